package dev.ring3.interp;

import static dev.ring3.interp.SoftFloat.ADD;
import static dev.ring3.interp.SoftFloat.MUL;
import static dev.ring3.interp.SoftFloat.SUB;

import dev.ring3.semgen.Semantics;

/**
 * Floating-point operations that combine lanes of one register: SSE3's ADDSUB, HADD and HSUB and
 * SSE4.1's dot products DPPS/DPPD (SDM Vol. 2 entries). Every operation is one IEEE operation
 * rounded under MXCSR through {@link SseFloat}'s lane kernels, so flags, DAZ/FTZ and NaN
 * propagation are those of ADDPS/MULPS (a denormal intermediate is a denormal operand of the next
 * step: DE, or zero under DAZ, as the host does); flags are committed before the destination is
 * written.
 */
@Semantics(Exec.class)
final class SseHorizontal {
    private SseHorizontal() {}

    private static final int FLAGS = SoftFloat.FLAG_SLOT;

    private static int f(long v, int k) {
        return (int) (v >>> (32 * k));
    }

    private static long pack(int lo, int hi) {
        return (lo & 0xFFFFFFFFL) | ((long) hi << 32);
    }

    /** Writes V after committing the flags the lane operations collected. */
    private static void put(Cpu c, Insn i, long lo, long hi) {
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    /**
     * Ends one step of a multi-step instruction: its flags go to MXCSR, and an unmasked one faults
     * there, before later steps add theirs (checked natively: a DPPS whose products are inexact
     * with PE unmasked reports no DE for the denormal sum the next step would have read).
     */
    private static void step(Cpu c) {
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        c.scratch[FLAGS] = 0;
    }

    /** Reads W (m128 aligned) into scratch[0..1] and clears the flag slot. */
    private static long[] source(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[FLAGS] = 0;
        return s;
    }

    // ---- SSE3 -----------------------------------------------------------------------------------

    /** ADDSUBPS: even lanes V - W, odd lanes V + W. */
    static void addsubpsVpsWps(Cpu c, Insn i) {
        long[] s = source(c, i);
        long d0 = c.xmm[i.reg << 1], d1 = c.xmm[(i.reg << 1) + 1];
        long lo = pack(SseFloat.f32(c, SUB, f(d0, 0), f(s[0], 0)), SseFloat.f32(c, ADD, f(d0, 1), f(s[0], 1)));
        long hi = pack(SseFloat.f32(c, SUB, f(d1, 0), f(s[1], 0)), SseFloat.f32(c, ADD, f(d1, 1), f(s[1], 1)));
        put(c, i, lo, hi);
    }

    static void addsubpdVpdWpd(Cpu c, Insn i) {
        long[] s = source(c, i);
        long lo = SseFloat.f64(c, SUB, c.xmm[i.reg << 1], s[0]);
        long hi = SseFloat.f64(c, ADD, c.xmm[(i.reg << 1) + 1], s[1]);
        put(c, i, lo, hi);
    }

    /** HADDPS/HSUBPS: (V0 op V1, V2 op V3, W0 op W1, W2 op W3). */
    private static void horizontalS(Cpu c, Insn i, int kind) {
        long[] s = source(c, i);
        long d0 = c.xmm[i.reg << 1], d1 = c.xmm[(i.reg << 1) + 1];
        long lo = pack(SseFloat.f32(c, kind, f(d0, 0), f(d0, 1)), SseFloat.f32(c, kind, f(d1, 0), f(d1, 1)));
        long hi = pack(SseFloat.f32(c, kind, f(s[0], 0), f(s[0], 1)), SseFloat.f32(c, kind, f(s[1], 0), f(s[1], 1)));
        put(c, i, lo, hi);
    }

    /** HADDPD/HSUBPD: (V0 op V1, W0 op W1). */
    private static void horizontalD(Cpu c, Insn i, int kind) {
        long[] s = source(c, i);
        long lo = SseFloat.f64(c, kind, c.xmm[i.reg << 1], c.xmm[(i.reg << 1) + 1]);
        long hi = SseFloat.f64(c, kind, s[0], s[1]);
        put(c, i, lo, hi);
    }

    static void haddpsVpsWps(Cpu c, Insn i) { horizontalS(c, i, ADD); }
    static void hsubpsVpsWps(Cpu c, Insn i) { horizontalS(c, i, SUB); }
    static void haddpdVpdWpd(Cpu c, Insn i) { horizontalD(c, i, ADD); }
    static void hsubpdVpdWpd(Cpu c, Insn i) { horizontalD(c, i, SUB); }

    // ---- SSE4.1 dot products --------------------------------------------------------------------

    /**
     * DPPS: the products of the lanes selected by Ib[7:4] (+0.0 for the others) are summed as
     * (p0 + p1) + (p2 + p3) (on AMD; Intel's order differs per lane, below), each step rounded; the sum goes to the lanes Ib[3:0] selects, +0.0
     * to the rest (SDM Vol. 2 DPPS, DP_primitive). The products, the two pair sums and the final
     * sum are three steps for exceptions: an unmasked one faults at the end of its step.
     */
    static void dppsVxWxIb(Cpu c, Insn i) {
        long[] s = source(c, i);
        int m = (int) i.imm;
        long d0 = c.xmm[i.reg << 1], d1 = c.xmm[(i.reg << 1) + 1];
        int p0 = (m & 0x10) != 0 ? SseFloat.f32(c, MUL, f(d0, 0), f(s[0], 0)) : 0;
        int p1 = (m & 0x20) != 0 ? SseFloat.f32(c, MUL, f(d0, 1), f(s[0], 1)) : 0;
        int p2 = (m & 0x40) != 0 ? SseFloat.f32(c, MUL, f(d1, 0), f(s[1], 0)) : 0;
        int p3 = (m & 0x80) != 0 ? SseFloat.f32(c, MUL, f(d1, 1), f(s[1], 1)) : 0;
        step(c);
        int low = SseFloat.f32(c, ADD, p0, p1);
        int high = SseFloat.f32(c, ADD, p2, p3);
        if (!UndefinedFlags.INTEL) {
            step(c);
            int sum = SseFloat.f32(c, ADD, low, high);
            put(c, i, pack((m & 1) != 0 ? sum : 0, (m & 2) != 0 ? sum : 0),
                    pack((m & 4) != 0 ? sum : 0, (m & 8) != 0 ? sum : 0));
            return;
        }
        // Intel sums each result lane in its own order: (p1 + p0) + (p3 + p2), (p0 + p1) + (p2 + p3),
        // (p3 + p2) + (p1 + p0), (p2 + p3) + (p0 + p1). The sums are equal but for which NaN comes
        // out when several are NaN (x86 keeps the first operand's); the flags are the same.
        int lowR = SseFloat.f32(c, ADD, p1, p0);
        int highR = SseFloat.f32(c, ADD, p3, p2);
        step(c);
        int s0 = SseFloat.f32(c, ADD, lowR, highR), s1 = SseFloat.f32(c, ADD, low, high);
        int s2 = SseFloat.f32(c, ADD, highR, lowR), s3 = SseFloat.f32(c, ADD, high, low);
        put(c, i, pack((m & 1) != 0 ? s0 : 0, (m & 2) != 0 ? s1 : 0),
                pack((m & 4) != 0 ? s2 : 0, (m & 8) != 0 ? s3 : 0));
    }

    /** DPPD: the same with two binary64 lanes, Ib[5:4] selecting products and Ib[1:0] results. */
    static void dppdVxWxIb(Cpu c, Insn i) {
        long[] s = source(c, i);
        int m = (int) i.imm;
        long p0 = (m & 0x10) != 0 ? SseFloat.f64(c, MUL, c.xmm[i.reg << 1], s[0]) : 0;
        long p1 = (m & 0x20) != 0 ? SseFloat.f64(c, MUL, c.xmm[(i.reg << 1) + 1], s[1]) : 0;
        step(c);
        long sum = SseFloat.f64(c, ADD, p0, p1);
        // Intel adds the other way round for the high lane: only a NaN's choice can differ
        long high = UndefinedFlags.INTEL ? SseFloat.f64(c, ADD, p1, p0) : sum;
        put(c, i, (m & 1) != 0 ? sum : 0, (m & 2) != 0 ? high : 0);
    }
}
