package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;

/**
 * The SSE fast paths translated code calls (small static methods: C2 inlines them and folds the
 * constant kind), and the interpreter's SSE shapes ({@link SseFloat}, {@link SseCompare},
 * {@link SseConvert}) take first, so both tiers decide the fast case the same way. A lane runs as Java double/float arithmetic when it cannot raise a flag the CPU
 * does not already hold: MXCSR in its default state (round to nearest, no DAZ/FTZ, all exceptions
 * masked) with PE already set, which the region reads once into a local ({@link #mxcsrFast}),
 * operands not denormal, and a normal result (which rules out NaN, infinite and zero operands
 * where they would flag), or for ADD and SUB +0.0 (an exact zero: {@link #okSumD}). Then the result is the host's bit for bit (IEEE round to nearest) and
 * MXCSR does not change. Otherwise a lane answers {@link #EXACT} and the translated code (or the
 * interpreter) runs the exact body ({@link SseKernels#laneD} ...) for the whole instruction.
 */
public final class SseFast {
    private SseFast() {}

    /**
     * What a lane answers when the exact path must run. It is -0.0 (and a pair of singles +0.0,
     * -0.0): the arithmetic never answers a zero, and MIN/MAX or a conversion that would is sent
     * to the exact path too, which gives the same bits.
     */
    public static final long EXACT = Long.MIN_VALUE;

    private static final int GUARD = Mxcsr.FAST_BITS | Mxcsr.PE, GUARD_VALUE = Mxcsr.DEFAULT | Mxcsr.PE;
    private static final long EXP_D = 0x7FF0000000000000L, HIGH = 0xFFFFFFFF00000000L;
    private static final int EXP_F = 0x7F800000;

    /** 1 if MXCSR allows the fast path (default control bits, PE set), else 0. */
    public static int mxcsrFast(Cpu c) {
        return (c.mxcsr & GUARD) == GUARD_VALUE ? 1 : 0;
    }

    /** Exponent field neither 0 nor all ones. */
    private static boolean normD(long x) {
        return (((x >>> 52) + 1) & 0x7FF) > 1;
    }

    private static boolean normOrZeroD(long x) {
        return normD(x) || (x << 1) == 0;
    }

    /** Not a denormal (which raises DE as an operand). */
    private static boolean notDenormalD(long x) {
        return (x & EXP_D) != 0 || (x << 1) == 0;
    }

    private static boolean normF(int x) {
        return (((x >>> 23) + 1) & 0xFF) > 1;
    }

    private static boolean normOrZeroF(int x) {
        return normF(x) || (x << 1) == 0;
    }

    private static boolean notDenormalF(int x) {
        return (x & EXP_F) != 0 || (x << 1) == 0;
    }

    /*
     * Double ADD SUB MUL DIV SQRT lanes: translated code does the arithmetic itself and calls
     * okD, a small guard (C2 counts the whole bytecode of every method it inlines against the
     * region's DesiredMethodLimit, 8,000 bytes with the region's own: lanes that inlined laneD's
     * every kind, 211 bytes, stopped inlining after a dozen and the rest of n-body's region,
     * memory accesses included, became calls), and branches on its answer: no EXACT sentinel
     * to compare the result with. MIN and MAX answer a result or EXACT (minD, maxD).
     */

    /**
     * True if the double result r of a op b (a = 0 for SQRT) is the host's with MXCSR unchanged:
     * r normal, a and b not denormal, MXCSR in the fast state. Written out without helpers, whose
     * bytecode would count again at each lane.
     */
    public static boolean okD(long a, long b, long r, int mx) {
        return mx != 0 && (((r >>> 52) + 1) & 0x7FE) != 0
                && ((a & EXP_D) != 0 || a << 1 == 0) && ((b & EXP_D) != 0 || b << 1 == 0);
    }

    /**
     * {@link #okD} for ADD and SUB, which may also answer +0.0: a sum of operands that are not
     * denormal is zero only when it is exactly zero (a nonzero sum below the smallest normal is a
     * multiple of the smallest denormal, so exact), and an exact zero raises no flag. matmul's
     * {@code c += a * b} cancels to zero now and then: on the exact path that sent every one through a
     * real call in the loop, which made C2 keep the loop's values in stack slots.
     */
    public static boolean okSumD(long a, long b, long r, int mx) {
        return mx != 0 && ((((r >>> 52) + 1) & 0x7FE) != 0 || r == 0)
                && ((a & EXP_D) != 0 || a << 1 == 0) && ((b & EXP_D) != 0 || b << 1 == 0);
    }

    /** MINSD/PD: the second operand unless the first is strictly smaller; NaNs and denormals flag. */
    public static long minD(long a, long b, int mx) {
        return normOrZeroD(a) && normOrZeroD(b) ? (Double.longBitsToDouble(a) < Double.longBitsToDouble(b) ? a : b) : EXACT;
    }

    public static long maxD(long a, long b, int mx) {
        return normOrZeroD(a) && normOrZeroD(b) ? (Double.longBitsToDouble(a) > Double.longBitsToDouble(b) ? a : b) : EXACT;
    }

    /** One double lane (kinds as {@link SseKernels#laneD}): the result, or {@link #EXACT}. */
    public static long laneD(int kind, long a, long b, int mx) {
        double x = Double.longBitsToDouble(a), y = Double.longBitsToDouble(b);
        if (kind >= SseKernels.MIN) {
            // MINSD/MAXSD: the second operand unless the first is strictly smaller (larger), so
            // zeros of either sign give the second; NaNs and denormals flag.
            boolean first = kind == SseKernels.MAX ? x > y : x < y;
            return normOrZeroD(a) && normOrZeroD(b) ? (first ? a : b) : EXACT;
        }
        double r;
        switch (kind) {
            case SseKernels.ADD: r = x + y; break;
            case SseKernels.SUB: r = x - y; break;
            case SseKernels.MUL: r = x * y; break;
            case SseKernels.DIV: r = x / y; break;
            default: r = Math.sqrt(y); break;
        }
        long bits = Double.doubleToRawLongBits(r);
        return mx != 0 && (normD(bits) || bits == 0 && kind <= SseKernels.SUB) && notDenormalD(b)
                && (kind == SseKernels.SQRT || notDenormalD(a)) ? bits : EXACT;
    }

    /** The low single of half a op that of b, a's high dword kept; or {@link #EXACT}. */
    public static long laneS(int kind, long a, long b, int mx) {
        long r = single(kind, (int) a, (int) b, mx);
        return r == EXACT ? EXACT : (a & HIGH) | r;
    }

    /** Both singles of a half; or {@link #EXACT}. */
    public static long pairS(int kind, long a, long b, int mx) {
        long lo = single(kind, (int) a, (int) b, mx), hi = single(kind, (int) (a >>> 32), (int) (b >>> 32), mx);
        return lo == EXACT || hi == EXACT ? EXACT : lo | hi << 32;
    }

    /** One single, zero-extended, or {@link #EXACT}. */
    private static long single(int kind, int a, int b, int mx) {
        float x = Float.intBitsToFloat(a), y = Float.intBitsToFloat(b);
        if (kind >= SseKernels.MIN) {
            boolean first = kind == SseKernels.MAX ? x > y : x < y;
            return normOrZeroF(a) && normOrZeroF(b) ? (first ? a : b) & 0xFFFFFFFFL : EXACT;
        }
        float r;
        switch (kind) {
            case SseKernels.ADD: r = x + y; break;
            case SseKernels.SUB: r = x - y; break;
            case SseKernels.MUL: r = x * y; break;
            case SseKernels.DIV: r = x / y; break;
            default: r = (float) Math.sqrt(y); break; // one rounding: double holds the exact root to 2p + 2 bits
        }
        int bits = Float.floatToRawIntBits(r);
        return mx != 0 && (normF(bits) || bits == 0 && kind <= SseKernels.SUB) && notDenormalF(b)
                && (kind == SseKernels.SQRT || notDenormalF(a)) ? bits & 0xFFFFFFFFL : EXACT;
    }

    /**
     * A scalar conversion (kinds as {@link SseKernels#convert}), or {@link #EXACT}: exact
     * results need no MXCSR state beyond no DAZ on the way in; inexact ones the fast state.
     */
    public static long convert(int kind, long a, long b, int mx) {
        switch (kind) {
            case SseKernels.SI2SD: {
                double r = b;
                return mx != 0 || r != 0x1p63 && (long) r == b ? Double.doubleToRawLongBits(r) : EXACT;
            }
            case SseKernels.SI2SS: {
                float r = b;
                return mx != 0 || r != 0x1p63f && (long) r == b
                        ? (a & HIGH) | (Float.floatToRawIntBits(r) & 0xFFFFFFFFL) : EXACT;
            }
            case SseKernels.SS2SD: {
                int f = (int) b;
                return normOrZeroF(f) ? Double.doubleToRawLongBits(Float.intBitsToFloat(f)) : EXACT;
            }
            case SseKernels.SD2SS: {
                double x = Double.longBitsToDouble(b);
                float r = (float) x;
                int bits = Float.floatToRawIntBits(r);
                return normD(b) && normF(bits) && (mx != 0 || r == x) ? (a & HIGH) | (bits & 0xFFFFFFFFL) : EXACT;
            }
            default:
                return toInt(kind, b, mx);
        }
    }

    /** CVT(T)SD2SI and CVT(T)SS2SI: in range and exact, or inexact in the fast state. */
    private static long toInt(int kind, long b, int mx) {
        int k = kind - SseKernels.SD2SI32;           // bit 0: 64-bit; bit 1: truncating; bit 2: single
        double x = (k & 4) != 0 ? Float.intBitsToFloat((int) b) : Double.longBitsToDouble(b);
        // Truncation is the cast's own; rounding is to nearest (even), which only the fast state
        // asks for unless the value is integral already.
        double t = (k & 2) != 0 ? x : Math.rint(x);
        boolean inRange = (k & 1) != 0 ? t >= -0x1p63 && t < 0x1p63 : t > -0x1.00000002p31 && t < 0x1p31;
        if (!inRange || !(mx != 0 || (double) (long) t == x)) {
            return EXACT;
        }
        return (k & 1) != 0 ? (long) t : (int) t & 0xFFFFFFFFL;
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
