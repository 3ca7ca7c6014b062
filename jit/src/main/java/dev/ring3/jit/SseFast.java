package dev.ring3.jit;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.CpuException;
import dev.ring3.interp.Mxcsr;
import dev.ring3.interp.SseKernels;
import dev.ring3.mmu.AddressSpace;

/**
 * The SSE fast paths translated code calls (small static methods: C2 inlines them and folds the
 * constant kind and register). Floating point runs as Java double/float arithmetic when it
 * cannot raise a flag the CPU does not already hold: MXCSR in its default state (round to
 * nearest, no DAZ/FTZ, all exceptions masked) with PE already set, and operands and result
 * normal (or zero where the operation allows). Then the result is the host's bit for bit (IEEE
 * round to nearest) and MXCSR does not change. Everything else (NaN, infinities, denormals,
 * zero divisors, the first inexact result, other MXCSR states) takes the interpreter's exact
 * body in {@link SseKernels}.
 */
public final class SseFast {
    private SseFast() {}

    private static final int GUARD = Mxcsr.FAST_BITS | Mxcsr.PE, GUARD_VALUE = Mxcsr.DEFAULT | Mxcsr.PE;

    private static boolean fast(Cpu c) {
        return (c.mxcsr & GUARD) == GUARD_VALUE;
    }

    /** Exponent field neither 0 nor all ones. */
    private static boolean normD(long x) {
        return (((x >>> 52) + 1) & 0x7FF) > 1;
    }

    private static boolean normOrZeroD(long x) {
        return normD(x) || (x << 1) == 0;
    }

    private static boolean normF(int x) {
        return (((x >>> 23) + 1) & 0xFF) > 1;
    }

    private static boolean normOrZeroF(int x) {
        return normF(x) || (x << 1) == 0;
    }

    /** a op b in doubles, or a NaN bit pattern (never normal) when the operands need the exact path. */
    private static long d(int kind, long a, long b) {
        double x = Double.longBitsToDouble(a), y = Double.longBitsToDouble(b);
        switch (kind) {
            case SseKernels.ADD:
                return normOrZeroD(a) && normOrZeroD(b) ? Double.doubleToRawLongBits(x + y) : -1L;
            case SseKernels.SUB:
                return normOrZeroD(a) && normOrZeroD(b) ? Double.doubleToRawLongBits(x - y) : -1L;
            case SseKernels.MUL:
                return normD(a) && normD(b) ? Double.doubleToRawLongBits(x * y) : -1L;
            default:
                return normD(a) && normD(b) ? Double.doubleToRawLongBits(x / y) : -1L;
        }
    }

    private static int f(int kind, int a, int b) {
        float x = Float.intBitsToFloat(a), y = Float.intBitsToFloat(b);
        switch (kind) {
            case SseKernels.ADD:
                return normOrZeroF(a) && normOrZeroF(b) ? Float.floatToRawIntBits(x + y) : -1;
            case SseKernels.SUB:
                return normOrZeroF(a) && normOrZeroF(b) ? Float.floatToRawIntBits(x - y) : -1;
            case SseKernels.MUL:
                return normF(a) && normF(b) ? Float.floatToRawIntBits(x * y) : -1;
            default:
                return normF(a) && normF(b) ? Float.floatToRawIntBits(x / y) : -1;
        }
    }

    /**
     * One double lane a op b on the fast path, or -1 (never a fast result: a NaN pattern) if the
     * exact path must run. Translated code branches on it itself, so each site has its own branch
     * profile and C2 compiles the never-taken exact call as an uncommon trap.
     */
    public static long laneD(Cpu c, int kind, long a, long b) {
        long r = d(kind, a, b);
        return normD(r) && fast(c) ? r : -1L;
    }

    /** SQRTSD/SQRTPD's lane: sqrt(b), or -1 for the exact path. */
    public static long sqrtLaneD(Cpu c, long b) {
        return normD(b) && b > 0 && fast(c) ? Double.doubleToRawLongBits(Math.sqrt(Double.longBitsToDouble(b))) : -1L;
    }

    /** ADDSS SUBSS MULSS DIVSS: the low dword of xmm[d] op= b. */
    public static void scalarS(Cpu c, int kind, int d, int b) {
        long x = c.xmm[d];
        int r = f(kind, (int) x, b);
        if (normF(r) && fast(c)) {
            c.xmm[d] = (x & 0xFFFFFFFF00000000L) | (r & 0xFFFFFFFFL);
            return;
        }
        SseKernels.scalarS(c, kind, d, b);
    }

    /** ADDPS SUBPS MULPS DIVPS. */
    public static void packedS(Cpu c, int kind, int d, long b0, long b1) {
        long x0 = c.xmm[d], x1 = c.xmm[d + 1];
        int r0 = f(kind, (int) x0, (int) b0), r1 = f(kind, (int) (x0 >>> 32), (int) (b0 >>> 32));
        int r2 = f(kind, (int) x1, (int) b1), r3 = f(kind, (int) (x1 >>> 32), (int) (b1 >>> 32));
        if (normF(r0) && normF(r1) && normF(r2) && normF(r3) && fast(c)) {
            c.xmm[d] = (r0 & 0xFFFFFFFFL) | (long) r1 << 32;
            c.xmm[d + 1] = (r2 & 0xFFFFFFFFL) | (long) r3 << 32;
            return;
        }
        SseKernels.packedS(c, kind, d, b0, b1);
    }

    /**
     * UCOMISD / COMISD: the OSZAPC bits (ZF, PF, CF; the rest clear). Normal or zero operands
     * compare without any MXCSR effect in every MXCSR state; others take the exact path.
     */
    public static long comisd(Cpu c, long a, long b, boolean signalQuiet) {
        if (normOrZeroD(a) && normOrZeroD(b)) {
            double x = Double.longBitsToDouble(a), y = Double.longBitsToDouble(b);
            return x < y ? 0x1 : x == y ? 0x40 : 0;
        }
        return SseKernels.comi(c, a, b, true, signalQuiet);
    }

    public static long comiss(Cpu c, int a, int b, boolean signalQuiet) {
        if (normOrZeroF(a) && normOrZeroF(b)) {
            float x = Float.intBitsToFloat(a), y = Float.intBitsToFloat(b);
            return x < y ? 0x1 : x == y ? 0x40 : 0;
        }
        return SseKernels.comi(c, a & 0xFFFFFFFFL, b & 0xFFFFFFFFL, false, signalQuiet);
    }

    /** #GP unless a 128-bit memory operand at {@code a} is 16-byte aligned. */
    public static void aligned16(long a) {
        if ((a & 15) != 0) {
            throw new CpuException(CpuException.GP);
        }
    }

    /**
     * A 128-bit store as {@code SseMove.setW128}: the alignment check, then {@link
     * SseKernels#store128}, so a fault leaves memory unchanged and names the first inaccessible
     * byte, as the interpreter's does.
     */
    public static void store128(AddressSpace m, long a, long lo, long hi, boolean aligned) {
        if (aligned) {
            aligned16(a);
        }
        SseKernels.store128(m, a, lo, hi);
    }
}
