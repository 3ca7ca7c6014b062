package dev.ring3.interp;

import dev.ring3.semgen.Semantics;
import java.util.function.LongBinaryOperator;

/**
 * SSE2 packed-integer arithmetic, comparisons and logic on XMM registers (SDM Vol. 1 §11.4.4),
 * with the element-wise SSE4.1 additions (PMINSB..PMAXUD, PMULLD, PMULDQ, PCMPEQQ):
 * each operation is a kernel on one 64-bit half, applied to both halves. The float logic ops
 * (ANDPS, XORPD...) are the same bitwise kernels.
 */
@Semantics(Exec.class)
final class SseInt {
    private SseInt() {}

    /** V = k(V, W) on both halves; W is m128 (aligned) or an XMM register. */
    static void apply(Cpu c, Insn i, LongBinaryOperator k) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int d = i.reg << 1;
        c.xmm[d] = k.applyAsLong(c.xmm[d], s[0]);
        c.xmm[d + 1] = k.applyAsLong(c.xmm[d + 1], s[1]);
    }

    /**
     * The rows the interpreter runs by operation number ({@code FastPath.SSE_INT}) instead of
     * through their {@link Exec}: a call site that sees every row's lambda is megamorphic.
     */
    static final int PCMPEQB = 0, PCMPEQW = 1, PCMPEQD = 2, PMINUB = 3, PMAXUB = 4, PAND = 5, PANDN = 6,
            POR = 7, PXOR = 8, PADDB = 9, PADDW = 10, PADDD = 11, PADDQ = 12, PSUBB = 13, PSUBW = 14,
            PSUBD = 15, PSUBQ = 16;

    /** V = op(V, W) on both halves, {@code op} one of {@link #PCMPEQB}...; W is m128 (aligned) or an XMM register. */
    static void run(Cpu c, Insn i, int op) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int d = i.reg << 1;
        long[] x = c.xmm;
        x[d] = half(op, x[d], s[0]);
        x[d + 1] = half(op, x[d + 1], s[1]);
    }

    private static long half(int op, long a, long b) {
        switch (op) {
            case PCMPEQB: return pcmpeqb(a, b);
            case PCMPEQW: return pcmpeqw(a, b);
            case PCMPEQD: return pcmpeqd(a, b);
            case PMINUB: return pminub(a, b);
            case PMAXUB: return pmaxub(a, b);
            case PAND: return a & b;
            case PANDN: return ~a & b;
            case POR: return a | b;
            case PXOR: return a ^ b;
            case PADDB: return paddb(a, b);
            case PADDW: return paddw(a, b);
            case PADDD: return paddd(a, b);
            case PADDQ: return a + b;
            case PSUBB: return psubb(a, b);
            case PSUBW: return psubw(a, b);
            case PSUBD: return psubd(a, b);
            default: return a - b; // PSUBQ
        }
    }

    // ---- lane access ----------------------------------------------------------------------------

    static long lane(long v, int k, int bits) {
        return (v >>> (k * bits)) & ((1L << bits) - 1);
    }

    static long slane(long v, int k, int bits) {
        return (v << (64 - (k + 1) * bits)) >> (64 - bits);
    }

    // ---- kernels on a 64-bit half -----------------------------------------------------------------

    // The kernels translated code calls too are leaves in SseKernels (why: there).
    static long paddb(long a, long b) { return SseKernels.addLanes(a, b, 8); }
    static long paddw(long a, long b) { return SseKernels.addLanes(a, b, 16); }
    static long paddd(long a, long b) { return SseKernels.addLanes(a, b, 32); }
    static long paddq(long a, long b) { return a + b; }
    static long psubb(long a, long b) { return SseKernels.subLanes(a, b, 8); }
    static long psubw(long a, long b) { return SseKernels.subLanes(a, b, 16); }
    static long psubd(long a, long b) { return SseKernels.subLanes(a, b, 32); }
    static long psubq(long a, long b) { return a - b; }

    /** Saturating add/sub; signed selects the range, sub negates b. */
    private static long sat(long a, long b, int bits, boolean signed, boolean sub) {
        long r = 0;
        long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        long min = signed ? -(1L << (bits - 1)) : 0;
        for (int k = 0; k < 64 / bits; k++) {
            long x = signed ? slane(a, k, bits) : lane(a, k, bits);
            long y = signed ? slane(b, k, bits) : lane(b, k, bits);
            long v = sub ? x - y : x + y;
            v = Math.max(min, Math.min(max, v));
            r |= (v & ((1L << bits) - 1)) << (k * bits);
        }
        return r;
    }

    static long paddsb(long a, long b) { return sat(a, b, 8, true, false); }
    static long paddsw(long a, long b) { return sat(a, b, 16, true, false); }
    static long paddusb(long a, long b) { return sat(a, b, 8, false, false); }
    static long paddusw(long a, long b) { return sat(a, b, 16, false, false); }
    static long psubsb(long a, long b) { return sat(a, b, 8, true, true); }
    static long psubsw(long a, long b) { return sat(a, b, 16, true, true); }
    static long psubusb(long a, long b) { return sat(a, b, 8, false, true); }
    static long psubusw(long a, long b) { return sat(a, b, 16, false, true); }

    static long pmullw(long a, long b) { return SseKernels.pmullw(a, b); }

    static long pmulhw(long a, long b) {
        long r = 0;
        for (int k = 0; k < 4; k++) {
            r |= (((slane(a, k, 16) * slane(b, k, 16)) >> 16) & 0xFFFF) << (16 * k);
        }
        return r;
    }

    static long pmulhuw(long a, long b) {
        long r = 0;
        for (int k = 0; k < 4; k++) {
            r |= (((lane(a, k, 16) * lane(b, k, 16)) >>> 16) & 0xFFFF) << (16 * k);
        }
        return r;
    }

    static long pmuludq(long a, long b) { return SseKernels.pmuludq(a, b); }

    static long pmaddwd(long a, long b) {
        long r = 0;
        for (int k = 0; k < 2; k++) {
            long v = slane(a, 2 * k, 16) * slane(b, 2 * k, 16) + slane(a, 2 * k + 1, 16) * slane(b, 2 * k + 1, 16);
            r |= (v & 0xFFFFFFFFL) << (32 * k);
        }
        return r;
    }

    private static long avg(long a, long b, int bits) {
        long r = 0;
        for (int k = 0; k < 64 / bits; k++) {
            r |= ((lane(a, k, bits) + lane(b, k, bits) + 1) >>> 1) << (k * bits);
        }
        return r;
    }

    static long pavgb(long a, long b) { return avg(a, b, 8); }
    static long pavgw(long a, long b) { return avg(a, b, 16); }

    static long pminub(long a, long b) { return SseKernels.minMaxBytes(a, b, 0); }
    static long pmaxub(long a, long b) { return SseKernels.minMaxBytes(a, b, 1); }

    static long pminsw(long a, long b) { return SseKernels.pickLanes(a, b, 16 | SseKernels.LANES_SIGNED); }
    static long pmaxsw(long a, long b) { return SseKernels.pickLanes(a, b, 16 | SseKernels.LANES_SIGNED | SseKernels.LANES_MAX); }
    static long pminsb(long a, long b) { return SseKernels.pickLanes(a, b, 8 | SseKernels.LANES_SIGNED); }
    static long pmaxsb(long a, long b) { return SseKernels.pickLanes(a, b, 8 | SseKernels.LANES_SIGNED | SseKernels.LANES_MAX); }
    static long pminuw(long a, long b) { return SseKernels.pickLanes(a, b, 16); }
    static long pmaxuw(long a, long b) { return SseKernels.pickLanes(a, b, 16 | SseKernels.LANES_MAX); }
    static long pminsd(long a, long b) { return SseKernels.pickLanes(a, b, 32 | SseKernels.LANES_SIGNED); }
    static long pmaxsd(long a, long b) { return SseKernels.pickLanes(a, b, 32 | SseKernels.LANES_SIGNED | SseKernels.LANES_MAX); }
    static long pminud(long a, long b) { return SseKernels.pickLanes(a, b, 32); }
    static long pmaxud(long a, long b) { return SseKernels.pickLanes(a, b, 32 | SseKernels.LANES_MAX); }

    /** PMULLD: the low 32 bits of each signed (or unsigned: the same bits) dword product. */
    static long pmulld(long a, long b) {
        return ((a * b) & 0xFFFFFFFFL) | ((a >>> 32) * (b >>> 32)) << 32;
    }

    /** PMULDQ: the even (low) signed dwords multiplied into a signed qword. */
    static long pmuldq(long a, long b) {
        return (long) (int) a * (int) b;
    }

    static long pcmpeqq(long a, long b) {
        return a == b ? -1L : 0;
    }

    /** PSADBW: the sum of absolute byte differences of each half in its low word. */
    static long psadbw(long a, long b) {
        long sum = 0;
        for (int k = 0; k < 8; k++) {
            sum += Math.abs(lane(a, k, 8) - lane(b, k, 8));
        }
        return sum;
    }

    static long pcmpeqb(long a, long b) { return SseKernels.equalLanes(a, b, 8); }
    static long pcmpeqw(long a, long b) { return SseKernels.equalLanes(a, b, 16); }
    static long pcmpeqd(long a, long b) { return SseKernels.equalLanes(a, b, 32); }
    static long pcmpgtb(long a, long b) { return SseKernels.greaterLanes(a, b, 8); }
    static long pcmpgtw(long a, long b) { return SseKernels.greaterLanes(a, b, 16); }
    static long pcmpgtd(long a, long b) { return SseKernels.greaterLanes(a, b, 32); }
    static long pcmpgtq(long a, long b) { return a > b ? -1L : 0; }

    static long pand(long a, long b) { return a & b; }
    static long pandn(long a, long b) { return ~a & b; }
    static long por(long a, long b) { return a | b; }
    static long pxor(long a, long b) { return a ^ b; }

    // ---- instructions -----------------------------------------------------------------------------

    static void paddbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::paddb); }
    static void paddwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::paddw); }
    static void padddVxWx(Cpu c, Insn i) { apply(c, i, SseInt::paddd); }
    static void paddqVxWx(Cpu c, Insn i) { apply(c, i, SseInt::paddq); }
    static void psubbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::psubb); }
    static void psubwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::psubw); }
    static void psubdVxWx(Cpu c, Insn i) { apply(c, i, SseInt::psubd); }
    static void psubqVxWx(Cpu c, Insn i) { apply(c, i, SseInt::psubq); }
    static void paddsbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::paddsb); }
    static void paddswVxWx(Cpu c, Insn i) { apply(c, i, SseInt::paddsw); }
    static void paddusbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::paddusb); }
    static void padduswVxWx(Cpu c, Insn i) { apply(c, i, SseInt::paddusw); }
    static void psubsbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::psubsb); }
    static void psubswVxWx(Cpu c, Insn i) { apply(c, i, SseInt::psubsw); }
    static void psubusbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::psubusb); }
    static void psubuswVxWx(Cpu c, Insn i) { apply(c, i, SseInt::psubusw); }
    static void pmullwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmullw); }
    static void pmulhwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmulhw); }
    static void pmulhuwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmulhuw); }
    static void pmuludqVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmuludq); }
    static void pmaddwdVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmaddwd); }
    static void pavgbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pavgb); }
    static void pavgwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pavgw); }
    static void pminubVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pminub); }
    static void pmaxubVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmaxub); }
    static void pminswVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pminsw); }
    static void pmaxswVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmaxsw); }
    static void pminsbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pminsb); }
    static void pmaxsbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmaxsb); }
    static void pminuwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pminuw); }
    static void pmaxuwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmaxuw); }
    static void pminsdVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pminsd); }
    static void pmaxsdVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmaxsd); }
    static void pminudVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pminud); }
    static void pmaxudVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmaxud); }
    static void pmulldVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmulld); }
    static void pmuldqVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pmuldq); }
    static void pcmpeqqVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pcmpeqq); }
    static void psadbwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::psadbw); }
    static void pcmpeqbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pcmpeqb); }
    static void pcmpeqwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pcmpeqw); }
    static void pcmpeqdVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pcmpeqd); }
    static void pcmpgtbVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pcmpgtb); }
    static void pcmpgtwVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pcmpgtw); }
    static void pcmpgtdVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pcmpgtd); }
    static void pcmpgtqVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pcmpgtq); }
    /** PAND, ANDPS, ANDPD. */
    static void pandVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pand); }
    /** PANDN, ANDNPS, ANDNPD: V = ~V & W. */
    static void pandnVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pandn); }
    static void porVxWx(Cpu c, Insn i) { apply(c, i, SseInt::por); }
    static void pxorVxWx(Cpu c, Insn i) { apply(c, i, SseInt::pxor); }
}
