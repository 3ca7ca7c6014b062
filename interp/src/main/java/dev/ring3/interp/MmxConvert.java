package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Conversions between packed doublewords in MMX registers and packed floats in XMM registers
 * (CVTPI2PS, CVTPI2PD, CVT(T)PS2PI, CVT(T)PD2PI; SDM Vol. 2): the lane arithmetic is
 * {@link SseConvert}'s. Each one is an MMX instruction (the x87-to-MMX transition of
 * {@link Mmx#enter}) whenever an MMX register is its source or destination; CVTPI2PS and
 * CVTPI2PD from memory are plain SSE instructions and leave the x87 state alone. As on the host,
 * the transition follows the operand's read (a fault there leaves the x87 state alone) and
 * precedes the SIMD exception check (an unmasked exception leaves it made).
 */
@Semantics(Exec.class)
final class MmxConvert {
    private MmxConvert() {}

    private static final int FLAGS = SoftFloat.FLAG_SLOT;

    /** CVTPI2PS Vps,Qpi: two dwords to the low two floats (MXCSR rounding); V's high half is kept. */
    static void cvtpi2psVpsQpi(Cpu c, Insn i) {
        if (i.rm >= 0) {
            Mmx.enter(c);
        }
        long v = Mmx.getQ(c, i);
        c.scratch[FLAGS] = 0;
        long r = SseConvert.fromInt(c, (int) v, false) | SseConvert.fromInt(c, (int) (v >>> 32), false) << 32;
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        c.xmm[i.reg << 1] = r;
    }

    /** CVTPI2PD Vpd,Qpi: two dwords to two doubles, always exact. */
    static void cvtpi2pdVpdQpi(Cpu c, Insn i) {
        if (i.rm >= 0) {
            Mmx.enter(c);
        }
        long v = Mmx.getQ(c, i);
        c.xmm[i.reg << 1] = Double.doubleToRawLongBits((int) v);
        c.xmm[(i.reg << 1) + 1] = Double.doubleToRawLongBits((int) (v >>> 32));
    }

    /** Two floats (the low half of W, or m64) to two dwords in P. */
    private static void ps2pi(Cpu c, Insn i, int rc) {
        Mmx.pending(c);
        long v = Operands.getWq(c, i);
        Mmx.transition(c);
        c.scratch[FLAGS] = 0;
        long r = SseConvert.toInt(c, v & 0xFFFFFFFFL, false, 4, rc) | SseConvert.toInt(c, v >>> 32, false, 4, rc) << 32;
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        Mmx.set(c, i.reg, r);
    }

    /** Two doubles (W, or an aligned m128) to two dwords in P. */
    private static void pd2pi(Cpu c, Insn i, int rc) {
        Mmx.pending(c);
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        Mmx.transition(c);
        s[FLAGS] = 0;
        long r = SseConvert.toInt(c, s[0], true, 4, rc) | SseConvert.toInt(c, s[1], true, 4, rc) << 32;
        Mxcsr.commit(c, (int) s[FLAGS]);
        Mmx.set(c, i.reg, r);
    }

    static void cvtps2piPpiWps(Cpu c, Insn i) { ps2pi(c, i, Mxcsr.rc(c.mxcsr)); }
    static void cvttps2piPpiWps(Cpu c, Insn i) { ps2pi(c, i, Mxcsr.RC_ZERO); }
    static void cvtpd2piPpiWpd(Cpu c, Insn i) { pd2pi(c, i, Mxcsr.rc(c.mxcsr)); }
    static void cvttpd2piPpiWpd(Cpu c, Insn i) { pd2pi(c, i, Mxcsr.RC_ZERO); }
}
