package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;

/**
 * SSE instruction bodies on operand values, the W operand already fetched: what the JIT's
 * translated code calls for the exact path of floating point (MXCSR not in its default state, or
 * operands or results that raise flags) and for the packed-integer lane kernels. {@code d} is the
 * index of the destination's low half in {@code Cpu.xmm} (2 * register). The interpreter's
 * instruction shapes ({@code SseFloat}) run these same bodies.
 */
public final class SseKernels {
    private SseKernels() {}

    /**
     * Stores 16 bytes at {@code a}. Across a page boundary it is one bulk write, which checks both
     * pages first, so a fault leaves memory unchanged and names the first inaccessible byte, as on
     * hardware.
     */
    public static void store128(AddressSpace m, long a, long lo, long hi) {
        if (((a ^ (a + 15)) & ~0xFFFL) != 0) {
            byte[] b = new byte[16];
            for (int k = 0; k < 8; k++) {
                b[k] = (byte) (lo >>> (8 * k));
                b[k + 8] = (byte) (hi >>> (8 * k));
            }
            m.write(a, b, 0, 16);
            return;
        }
        m.write64(a, lo);
        m.write64(a + 8, hi);
    }

    /** Operation kinds of the floating-point bodies. */
    public static final int ADD = SoftFloat.ADD, SUB = SoftFloat.SUB, MUL = SoftFloat.MUL, DIV = SoftFloat.DIV;
    /** Lane kinds beyond the four: SQRT of b (a is ignored), MIN and MAX (SDM MINSD/MAXSD rules). */
    public static final int SQRT = SoftFloat.SQRT, MIN = 5, MAX = 6;
    /**
     * Conversion kinds ({@link #convert}): b is the source (an integer already sign-extended for
     * SI2*, a raw lane otherwise), a the destination half whose other bits are kept.
     */
    public static final int SI2SD = 0, SI2SS = 1, SD2SI32 = 2, SD2SI64 = 3, TSD2SI32 = 4, TSD2SI64 = 5,
            SS2SI32 = 6, SS2SI64 = 7, TSS2SI32 = 8, TSS2SI64 = 9, SS2SD = 10, SD2SS = 11;

    // ---- floating point ---------------------------------------------------------------------------

    /*
     * Lanes: the translated code's exact path computes each lane of an instruction with these,
     * the flags gathering in the scratch slot from the FIRST lane and committed after the LAST
     * (a #XM before any write, as the CPU); then it writes the lanes itself.
     */

    /** Bits of a lane call's {@code step}: the instruction's first lane, its last (both: scalar). */
    public static final int FIRST = 1, LAST = 2;

    private static long step(Cpu c, int step, long r) {
        if ((step & LAST) != 0) {
            Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        }
        return r;
    }

    private static void begin(Cpu c, int step) {
        if ((step & FIRST) != 0) {
            c.scratch[SoftFloat.FLAG_SLOT] = 0;
        }
    }

    /** One double lane: a op b (SQRT: of b; MIN, MAX as MINSD/MAXSD). */
    public static long laneD(Cpu c, int kind, long a, long b, int step) {
        begin(c, step);
        return step(c, step, kind >= MIN ? SseCompare.minMax(c, a, b, true, kind == MAX)
                : SseFloat.f64(c, kind, kind == SQRT ? b : a, kind == SQRT ? 0 : b));
    }

    /** The low single of a 64-bit half op the low single of b; the high dword of a is kept. */
    public static long laneS(Cpu c, int kind, long a, long b, int step) {
        begin(c, step);
        return step(c, step, (a & 0xFFFFFFFF00000000L) | single(c, kind, a & 0xFFFFFFFFL, b & 0xFFFFFFFFL));
    }

    /** Both singles of a 64-bit half. */
    public static long pairS(Cpu c, int kind, long a, long b, int step) {
        begin(c, step);
        return step(c, step, single(c, kind, a & 0xFFFFFFFFL, b & 0xFFFFFFFFL) | single(c, kind, a >>> 32, b >>> 32) << 32);
    }

    private static long single(Cpu c, int kind, long a, long b) {
        if (kind >= MIN) {
            return SseCompare.minMax(c, a, b, false, kind == MAX);
        }
        int r = kind == SQRT ? SseFloat.f32(c, kind, (int) b, 0) : SseFloat.f32(c, kind, (int) a, (int) b);
        return r & 0xFFFFFFFFL;
    }

    /** A scalar conversion of b (see {@link #SI2SD}): the new destination half, or the integer. */
    public static long convert(Cpu c, int kind, long a, long b, int step) {
        begin(c, step);
        return step(c, step, convertLane(c, kind, a, b));
    }

    private static long convertLane(Cpu c, int kind, long a, long b) {
        int rc = Mxcsr.rc(c.mxcsr);
        switch (kind) {
            case SI2SD: return SseConvert.fromInt(c, b, true);
            case SI2SS: return (a & 0xFFFFFFFF00000000L) | SseConvert.fromInt(c, b, false);
            case SD2SI32: return SseConvert.toInt(c, b, true, 4, rc);
            case SD2SI64: return SseConvert.toInt(c, b, true, 8, rc);
            case TSD2SI32: return SseConvert.toInt(c, b, true, 4, Mxcsr.RC_ZERO);
            case TSD2SI64: return SseConvert.toInt(c, b, true, 8, Mxcsr.RC_ZERO);
            case SS2SI32: return SseConvert.toInt(c, b & 0xFFFFFFFFL, false, 4, rc);
            case SS2SI64: return SseConvert.toInt(c, b & 0xFFFFFFFFL, false, 8, rc);
            case TSS2SI32: return SseConvert.toInt(c, b & 0xFFFFFFFFL, false, 4, Mxcsr.RC_ZERO);
            case TSS2SI64: return SseConvert.toInt(c, b & 0xFFFFFFFFL, false, 8, Mxcsr.RC_ZERO);
            case SS2SD: return SseConvert.widen(c, b & 0xFFFFFFFFL);
            default: return (a & 0xFFFFFFFF00000000L) | SseConvert.narrow(c, b);
        }
    }

    /** Packed single: xmm[d..d+1] = xmm[d..d+1] op (b0, b1), flags committed before the write. */
    public static void packedS(Cpu c, int kind, int d, long b0, long b1) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long x0 = c.xmm[d], x1 = c.xmm[d + 1];
        long lo = (SseFloat.f32(c, kind, (int) x0, (int) b0) & 0xFFFFFFFFL)
                | ((long) SseFloat.f32(c, kind, (int) (x0 >>> 32), (int) (b0 >>> 32)) << 32);
        long hi = (SseFloat.f32(c, kind, (int) x1, (int) b1) & 0xFFFFFFFFL)
                | ((long) SseFloat.f32(c, kind, (int) (x1 >>> 32), (int) (b1 >>> 32)) << 32);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = lo;
        c.xmm[d + 1] = hi;
    }

    /** Scalar single: the low dword of xmm[d] = itself op b; the rest is kept. */
    public static void scalarS(Cpu c, int kind, int d, int b) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long x = c.xmm[d];
        int r = SseFloat.f32(c, kind, (int) x, b);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = (x & 0xFFFFFFFF00000000L) | (r & 0xFFFFFFFFL);
    }

    public static void packedD(Cpu c, int kind, int d, long b0, long b1) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long lo = SseFloat.f64(c, kind, c.xmm[d], b0);
        long hi = SseFloat.f64(c, kind, c.xmm[d + 1], b1);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = lo;
        c.xmm[d + 1] = hi;
    }

    public static void scalarD(Cpu c, int kind, int d, long b) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long r = SseFloat.f64(c, kind, c.xmm[d], b);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = r;
    }

    public static void sqrtpd(Cpu c, int d, long b0, long b1) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long lo = SseFloat.f64(c, SoftFloat.SQRT, b0, 0);
        long hi = SseFloat.f64(c, SoftFloat.SQRT, b1, 0);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = lo;
        c.xmm[d + 1] = hi;
    }

    public static void sqrtsd(Cpu c, int d, long b) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long r = SseFloat.f64(c, SoftFloat.SQRT, b, 0);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = r;
    }

    /**
     * COMISD/UCOMISD ({@code dbl}) and COMISS/UCOMISS of a and b: sets the flags eagerly and MXCSR
     * as the instructions do (#XM if an unmasked invalid is raised) and returns the OSZAPC bits.
     */
    public static int comi(Cpu c, long a, long b, boolean dbl, boolean signalQuiet) {
        SseCompare.comi(c, a, b, dbl, signalQuiet);
        return Flags.oszapc(c);
    }

    // ---- packed-integer kernels on one 64-bit half ------------------------------------------------

    public static long paddb(long a, long b) { return SseInt.paddb(a, b); }
    public static long paddw(long a, long b) { return SseInt.paddw(a, b); }
    public static long paddd(long a, long b) { return SseInt.paddd(a, b); }
    public static long psubb(long a, long b) { return SseInt.psubb(a, b); }
    public static long psubw(long a, long b) { return SseInt.psubw(a, b); }
    public static long psubd(long a, long b) { return SseInt.psubd(a, b); }
    public static long pcmpeqb(long a, long b) { return SseInt.pcmpeqb(a, b); }
    public static long pcmpeqw(long a, long b) { return SseInt.pcmpeqw(a, b); }
    public static long pcmpeqd(long a, long b) { return SseInt.pcmpeqd(a, b); }
    public static long pcmpgtb(long a, long b) { return SseInt.pcmpgtb(a, b); }
    public static long pcmpgtw(long a, long b) { return SseInt.pcmpgtw(a, b); }
    public static long pcmpgtd(long a, long b) { return SseInt.pcmpgtd(a, b); }
    public static long pminub(long a, long b) { return SseInt.pminub(a, b); }
    public static long pmaxub(long a, long b) { return SseInt.pmaxub(a, b); }
    public static long pminsw(long a, long b) { return SseInt.pminsw(a, b); }
    public static long pmaxsw(long a, long b) { return SseInt.pmaxsw(a, b); }
    public static long pmullw(long a, long b) { return SseInt.pmullw(a, b); }
    public static long pmuludq(long a, long b) { return SseInt.pmuludq(a, b); }

    /** PSLLx/PSRLx/PSRAx on one half: {@code kind} 0 left, 1 right logical, 2 right arithmetic. */
    public static long shiftLanes(long v, long count, int bits, int kind) {
        return SseShuffle.shiftLanes(v, count, bits, kind);
    }

    // ---- rearrangements: half h (0 low, 1 high) of V = k(V, W, Ib), from both halves of each ------

    /** PUNPCKLBW: the low halves' bytes interleaved. */
    public static long punpcklbw(long v0, long v1, long w0, long w1, int imm, int h) {
        return SseShuffle.interleaveHalf(v0, w0, 8, h);
    }

    /** PUNPCKLWD: the low halves' words interleaved. */
    public static long punpcklwd(long v0, long v1, long w0, long w1, int imm, int h) {
        return SseShuffle.interleaveHalf(v0, w0, 16, h);
    }

    /** PSHUFD: W's dwords picked by Ib. */
    public static long pshufd(long v0, long v1, long w0, long w1, int imm, int h) {
        return SseShuffle.pshufdHalf(w0, w1, imm & 0xFF, h);
    }

    /** PALIGNR: V:W shifted right by Ib bytes. */
    public static long palignr(long v0, long v1, long w0, long w1, int imm, int h) {
        return Ssse3Int.palignrHalf(v0, v1, w0, w1, imm & 0xFF, h);
    }

    /** PUNPCKHBW: the high halves' bytes interleaved. */
    public static long punpckhbw(long v0, long v1, long w0, long w1, int imm, int h) {
        return SseShuffle.interleaveHalf(v1, w1, 8, h);
    }

    /** PUNPCKHWD: the high halves' words interleaved. */
    public static long punpckhwd(long v0, long v1, long w0, long w1, int imm, int h) {
        return SseShuffle.interleaveHalf(v1, w1, 16, h);
    }

    /** PUNPCKLDQ / UNPCKLPS: the low halves' dwords interleaved. */
    public static long punpckldq(long v0, long v1, long w0, long w1, int imm, int h) {
        return SseShuffle.interleaveHalf(v0, w0, 32, h);
    }

    /** PUNPCKHDQ / UNPCKHPS: the high halves' dwords interleaved. */
    public static long punpckhdq(long v0, long v1, long w0, long w1, int imm, int h) {
        return SseShuffle.interleaveHalf(v1, w1, 32, h);
    }

    /** PACKSSWB: V's then W's signed words to signed bytes. */
    public static long packsswb(long v0, long v1, long w0, long w1, int imm, int h) {
        return h == 0 ? SseShuffle.packHalf(v0, v1, 16, false) : SseShuffle.packHalf(w0, w1, 16, false);
    }

    /** PACKSSDW: V's then W's signed dwords to signed words. */
    public static long packssdw(long v0, long v1, long w0, long w1, int imm, int h) {
        return h == 0 ? SseShuffle.packHalf(v0, v1, 32, false) : SseShuffle.packHalf(w0, w1, 32, false);
    }

    /** PACKUSWB: V's then W's signed words to unsigned bytes. */
    public static long packuswb(long v0, long v1, long w0, long w1, int imm, int h) {
        return h == 0 ? SseShuffle.packHalf(v0, v1, 16, true) : SseShuffle.packHalf(w0, w1, 16, true);
    }

    /** SHUFPS: two of V's dwords, then two of W's, picked by Ib. */
    public static long shufps(long v0, long v1, long w0, long w1, int imm, int h) {
        return SseShuffle.shufpsHalf(v0, v1, w0, w1, imm & 0xFF, h);
    }

    /** PSLLDQ / PSRLDQ on one half of (lo, hi): the register shifted by n bytes. */
    public static long byteShift(long lo, long hi, int n, boolean left, int h) {
        return SseShuffle.byteShiftHalf(lo, hi, n, left, h);
    }

    /** The top bits of the eight bytes of v (PMOVMSKB on one half). */
    public static long byteSigns(long v) {
        return SseMove.byteSigns(v);
    }
}
