package dev.ring3.interp;

import static dev.ring3.interp.SoftFloat.ADD;
import static dev.ring3.interp.SoftFloat.DIV;
import static dev.ring3.interp.SoftFloat.MUL;
import static dev.ring3.interp.SoftFloat.SQRT;
import static dev.ring3.interp.SoftFloat.SUB;

import dev.ring3.semgen.Semantics;

/**
 * SSE/SSE2 floating-point arithmetic, packed and scalar, single and double: ADD SUB MUL DIV SQRT
 * and the approximations RCP/RSQRT. The common case (MXCSR round-to-nearest, no DAZ/FTZ, all
 * exceptions masked, normal operands and result) is plain Java arithmetic with the precision
 * flag found by an error-free transformation; everything else goes to {@link SoftFloat}.
 */
@Semantics(Exec.class)
final class SseFloat {
    private SseFloat() {}

    // ---- lane kernels ---------------------------------------------------------------------------

    /** Exponent field neither 0 nor all ones. */
    static boolean normF(int x) {
        return (((x >>> 23) + 1) & 0xFF) > 1;
    }

    static boolean normD(long x) {
        return (((x >>> 52) + 1) & 0x7FF) > 1;
    }

    private static boolean okF(int x) {
        return normF(x) || (x & 0x7FFFFFFF) == 0;
    }

    private static int expD(long x) {
        return (int) (x >>> 52) & 0x7FF;
    }

    /** One binary32 lane: a op b. Flags go to the CPU's flag slot. */
    static int f32(Cpu c, int kind, int a, int b) {
        if (Mxcsr.fast(c.mxcsr) && okF(a) && okF(b)) {
            float fa = Float.intBitsToFloat(a), fb = Float.intBitsToFloat(b);
            switch (kind) {
                case SUB:
                case ADD: {
                    if (kind == SUB) {
                        fb = -fb;
                    }
                    float r = fa + fb;
                    int rb = Float.floatToRawIntBits(r);
                    if (normF(rb)) {
                        float bb = r - fa;   // TwoSum (Knuth): err is exactly (fa + fb) - r
                        float err = (fa - (r - bb)) + (fb - bb);
                        if (err != 0) {
                            SoftFloat.flag(c, Mxcsr.PE);
                        }
                        return rb;
                    }
                    break;
                }
                case MUL: {
                    double p = (double) fa * fb;    // exact: 24 + 24 bits
                    float r = (float) p;
                    int rb = Float.floatToRawIntBits(r);
                    if (normF(rb)) {
                        if (r != p) {
                            SoftFloat.flag(c, Mxcsr.PE);
                        }
                        return rb;
                    }
                    break;
                }
                case DIV: {
                    if (fb == 0) {
                        break;
                    }
                    float r = fa / fb;
                    int rb = Float.floatToRawIntBits(r);
                    if (normF(rb)) {
                        if ((double) r * fb != fa) {
                            SoftFloat.flag(c, Mxcsr.PE);
                        }
                        return rb;
                    }
                    break;
                }
                default: { // SQRT
                    if (!(fa > 0)) {
                        break;
                    }
                    float r = (float) Math.sqrt(fa);  // double rounding is harmless: 53 >= 2*24+2
                    if ((double) r * r != fa) {
                        SoftFloat.flag(c, Mxcsr.PE);
                    }
                    return Float.floatToRawIntBits(r);
                }
            }
        }
        return (int) SoftFloat.arith(c, kind, a & 0xFFFFFFFFL, b & 0xFFFFFFFFL, false);
    }

    /** One binary64 lane: a op b. */
    static long f64(Cpu c, int kind, long a, long b) {
        if (Mxcsr.fast(c.mxcsr)) {
            double da = Double.longBitsToDouble(a), db = Double.longBitsToDouble(b);
            switch (kind) {
                case SUB:
                case ADD: {
                    if (kind == SUB) {
                        db = -db;
                    }
                    if (!(normD(a) || da == 0) || !(normD(b) || db == 0)) {
                        break;
                    }
                    double r = da + db;
                    long rb = Double.doubleToRawLongBits(r);
                    if (normD(rb)) {
                        double bb = r - da;
                        double err = (da - (r - bb)) + (db - bb);
                        if (err != 0) {
                            SoftFloat.flag(c, Mxcsr.PE);
                        }
                        return rb;
                    }
                    break;
                }
                // The FMA residual is exact only away from the denormal range (the product's
                // low bits must stay above 2^-1074), hence the exponent bounds.
                case MUL: {
                    if (!normD(a) || !normD(b)) {
                        break;
                    }
                    double r = da * db;
                    long rb = Double.doubleToRawLongBits(r);
                    if (normD(rb) && expD(rb) >= 64) {
                        if (Math.fma(da, db, -r) != 0) {
                            SoftFloat.flag(c, Mxcsr.PE);
                        }
                        return rb;
                    }
                    break;
                }
                case DIV: {
                    if (!normD(a) || !normD(b) || expD(a) < 64) {
                        break;
                    }
                    double r = da / db;
                    long rb = Double.doubleToRawLongBits(r);
                    if (normD(rb) && expD(rb) >= 64) {
                        if (Math.fma(r, db, -da) != 0) {
                            SoftFloat.flag(c, Mxcsr.PE);
                        }
                        return rb;
                    }
                    break;
                }
                default: { // SQRT
                    if (!normD(a) || da < 0 || expD(a) < 128) {
                        break;
                    }
                    double r = Math.sqrt(da);
                    if (Math.fma(r, r, -da) != 0) {
                        SoftFloat.flag(c, Mxcsr.PE);
                    }
                    return Double.doubleToRawLongBits(r);
                }
            }
        }
        return SoftFloat.arith(c, kind, a, b, true);
    }

    // ---- instruction shapes ----------------------------------------------------------------------

    /*
     * The shapes take SseFast's lanes first, as translated code does: Java arithmetic whose result
     * is the host's bit for bit with MXCSR unchanged (default control bits with PE already set,
     * operands not denormal, a normal result); a lane that answers EXACT sends the whole
     * instruction to the exact body, which computes the flags.
     */

    /** Packed single: V = V op W (W m128 aligned). */
    static void packedS(Cpu c, Insn i, int kind) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int d = i.reg << 1, mx = SseFast.mxcsrFast(c);
        long lo = SseFast.pairS(kind, c.xmm[d], s[0], mx), hi = SseFast.pairS(kind, c.xmm[d + 1], s[1], mx);
        if (lo != SseFast.EXACT && hi != SseFast.EXACT) {
            c.xmm[d] = lo;
            c.xmm[d + 1] = hi;
            return;
        }
        SseKernels.packedS(c, kind, d, s[0], s[1]);
    }

    /** Scalar single: V[31:0] = V[31:0] op W (xmm or m32); the rest of V is kept. */
    static void scalarS(Cpu c, Insn i, int kind) {
        long b = Operands.getWd(c, i);
        int d = i.reg << 1;
        long r = SseFast.laneS(kind, c.xmm[d], b, SseFast.mxcsrFast(c));
        if (r != SseFast.EXACT) {
            c.xmm[d] = r;
            return;
        }
        SseKernels.scalarS(c, kind, d, (int) b);
    }

    static void packedD(Cpu c, Insn i, int kind) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int d = i.reg << 1, mx = SseFast.mxcsrFast(c);
        long lo = SseFast.laneD(kind, c.xmm[d], s[0], mx), hi = SseFast.laneD(kind, c.xmm[d + 1], s[1], mx);
        if (lo != SseFast.EXACT && hi != SseFast.EXACT) {
            c.xmm[d] = lo;
            c.xmm[d + 1] = hi;
            return;
        }
        SseKernels.packedD(c, kind, d, s[0], s[1]);
    }

    /** Scalar double: V[63:0] = V[63:0] op W (xmm or m64); the high half of V is kept. */
    static void scalarD(Cpu c, Insn i, int kind) {
        long b = Operands.getWq(c, i);
        int d = i.reg << 1;
        long r = SseFast.laneD(kind, c.xmm[d], b, SseFast.mxcsrFast(c));
        if (r != SseFast.EXACT) {
            c.xmm[d] = r;
            return;
        }
        SseKernels.scalarD(c, kind, d, b);
    }

    /** SQRTPS and friends: the destination's old value is not an operand. */
    static void sqrtpsVpsWps(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[SoftFloat.FLAG_SLOT] = 0;
        long lo = (f32(c, SQRT, (int) s[0], 0) & 0xFFFFFFFFL) | ((long) f32(c, SQRT, (int) (s[0] >>> 32), 0) << 32);
        long hi = (f32(c, SQRT, (int) s[1], 0) & 0xFFFFFFFFL) | ((long) f32(c, SQRT, (int) (s[1] >>> 32), 0) << 32);
        Mxcsr.commit(c, (int) s[SoftFloat.FLAG_SLOT]);
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    static void sqrtssVssWss(Cpu c, Insn i) {
        int b = (int) Operands.getWd(c, i);
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        int r = f32(c, SQRT, b, 0);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        int d = i.reg << 1;
        c.xmm[d] = (c.xmm[d] & 0xFFFFFFFF00000000L) | (r & 0xFFFFFFFFL);
    }

    static void sqrtpdVpdWpd(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        SseKernels.sqrtpd(c, i.reg << 1, s[0], s[1]);
    }

    static void sqrtsdVsdWsd(Cpu c, Insn i) {
        long b = Operands.getWq(c, i);
        int d = i.reg << 1;
        long r = SseFast.laneD(SQRT, 0, b, SseFast.mxcsrFast(c));
        if (r != SseFast.EXACT) {
            c.xmm[d] = r;
            return;
        }
        SseKernels.sqrtsd(c, d, b);
    }

    static void addpsVpsWps(Cpu c, Insn i) { packedS(c, i, ADD); }
    static void subpsVpsWps(Cpu c, Insn i) { packedS(c, i, SUB); }
    static void mulpsVpsWps(Cpu c, Insn i) { packedS(c, i, MUL); }
    static void divpsVpsWps(Cpu c, Insn i) { packedS(c, i, DIV); }
    static void addssVssWss(Cpu c, Insn i) { scalarS(c, i, ADD); }
    static void subssVssWss(Cpu c, Insn i) { scalarS(c, i, SUB); }
    static void mulssVssWss(Cpu c, Insn i) { scalarS(c, i, MUL); }
    static void divssVssWss(Cpu c, Insn i) { scalarS(c, i, DIV); }
    static void addpdVpdWpd(Cpu c, Insn i) { packedD(c, i, ADD); }
    static void subpdVpdWpd(Cpu c, Insn i) { packedD(c, i, SUB); }
    static void mulpdVpdWpd(Cpu c, Insn i) { packedD(c, i, MUL); }
    static void divpdVpdWpd(Cpu c, Insn i) { packedD(c, i, DIV); }
    static void addsdVsdWsd(Cpu c, Insn i) { scalarD(c, i, ADD); }
    static void subsdVsdWsd(Cpu c, Insn i) { scalarD(c, i, SUB); }
    static void mulsdVsdWsd(Cpu c, Insn i) { scalarD(c, i, MUL); }
    static void divsdVsdWsd(Cpu c, Insn i) { scalarD(c, i, DIV); }

    // ---- RCPPS / RSQRTPS ------------------------------------------------------------------------

    /**
     * RCPPS/RCPSS's approximation of 1/x. On an AMD host ring3 gives the host's bits: there (Zen 3,
     * family 25, measured exhaustively) the result's significand is a 12-bit table entry chosen by
     * the top 12 bits of x's significand, its exponent 253 minus x's ({@link AmdApproximations}).
     * On an Intel host, whose approximation is another, ring3 gives the correctly rounded reciprocal
     * (within the architectural error of 1.5 * 2^-12; docs/quirks.md). Special cases as on
     * hardware: denormal inputs act as zero, tiny results flush to zero, no exception flags.
     */
    static int rcp(int x) {
        int e = (x >>> 23) & 0xFF;
        int sign = x & 0x80000000;
        if (e == 0xFF) {
            return (x & 0x7FFFFF) != 0 ? x | 0x400000 : sign;   // NaN quieted; 1/inf = 0
        }
        if (e == 0) {
            return sign | 0x7F800000;
        }
        if (!UndefinedFlags.INTEL) {
            int re = 253 - e;
            return re <= 0 ? sign : sign | re << 23 | AmdApproximations.RCP[(x >>> 11) & 0xFFF] << 11;
        }
        float r = 1.0f / Float.intBitsToFloat(x);
        int rb = Float.floatToRawIntBits(r);
        return ((rb >>> 23) & 0xFF) == 0 ? sign : rb;
    }

    /**
     * RSQRTPS/RSQRTSS's approximation of 1/sqrt(x): on AMD the host's table, one per parity of the
     * unbiased exponent, the result's exponent 126 - floor((e - 127) / 2); on Intel correctly
     * rounded (see {@link #rcp}).
     */
    static int rsqrt(int x) {
        int e = (x >>> 23) & 0xFF;
        int sign = x & 0x80000000;
        if (e == 0xFF && (x & 0x7FFFFF) != 0) {
            return x | 0x400000;
        }
        if (e == 0) {
            return sign | 0x7F800000;
        }
        if (sign != 0) {
            return (int) SoftFloat.defaultNan(false);
        }
        if (e == 0xFF) {
            return 0;
        }
        if (!UndefinedFlags.INTEL) {
            int k = e - 127;
            short[] table = (k & 1) == 0 ? AmdApproximations.RSQRT_EVEN : AmdApproximations.RSQRT_ODD;
            return 126 - (k >> 1) << 23 | table[(x >>> 11) & 0xFFF] << 11;
        }
        double r = 1.0 / Math.sqrt(Float.intBitsToFloat(x));
        return Float.floatToRawIntBits((float) r);
    }

    static void rcppsVpsWps(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        c.xmm[i.reg << 1] = (rcp((int) s[0]) & 0xFFFFFFFFL) | ((long) rcp((int) (s[0] >>> 32)) << 32);
        c.xmm[(i.reg << 1) + 1] = (rcp((int) s[1]) & 0xFFFFFFFFL) | ((long) rcp((int) (s[1] >>> 32)) << 32);
    }

    static void rcpssVssWss(Cpu c, Insn i) {
        int r = rcp((int) Operands.getWd(c, i));
        int d = i.reg << 1;
        c.xmm[d] = (c.xmm[d] & 0xFFFFFFFF00000000L) | (r & 0xFFFFFFFFL);
    }

    static void rsqrtpsVpsWps(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        c.xmm[i.reg << 1] = (rsqrt((int) s[0]) & 0xFFFFFFFFL) | ((long) rsqrt((int) (s[0] >>> 32)) << 32);
        c.xmm[(i.reg << 1) + 1] = (rsqrt((int) s[1]) & 0xFFFFFFFFL) | ((long) rsqrt((int) (s[1] >>> 32)) << 32);
    }

    static void rsqrtssVssWss(Cpu c, Insn i) {
        int r = rsqrt((int) Operands.getWd(c, i));
        int d = i.reg << 1;
        c.xmm[d] = (c.xmm[d] & 0xFFFFFFFF00000000L) | (r & 0xFFFFFFFFL);
    }
}
