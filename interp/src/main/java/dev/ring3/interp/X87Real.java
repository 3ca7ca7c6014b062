package dev.ring3.interp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arbitrary-precision real arithmetic for the x87 transcendental instructions: exact conversion
 * between 80-bit values and BigDecimal, series for sin, cos, atan, exp and ln evaluated to about
 * 160 bits, and correct rounding of the result to the 80-bit format. Not a hot path (those
 * instructions are rare and slow on hardware too), so it may allocate.
 */
final class X87Real {
    private X87Real() {}

    static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    /** For exact scaling by powers of two of values with at most ~130 significant bits. */
    private static final MathContext WIDE = new MathContext(110, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** pi and ln 2 to 60 digits. */
    static final BigDecimal PI = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899863");
    static final BigDecimal LN2 = new BigDecimal(
            "0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863");
    /**
     * The x87's own pi for argument reduction: pi rounded to 68 bits, 0.C90FDAA22168C234C × 2^2 (its
     * last two bits are zero; SDM Vol. 1 §8.3.8 calls it the 66-bit pi). Exact (a terminating
     * decimal). The host (an AMD EPYC) reduces FSIN/FCOS/FSINCOS/FPTAN arguments by multiples of its
     * half and evaluates the functions of the exact remainder: fitted on large arguments, where it
     * moves results by up to 2^62 ulps from the true sine.
     */
    static final BigDecimal PI66 = new BigDecimal(new BigInteger("C90FDAA22168C234C", 16))
            .divide(new BigDecimal(BigInteger.ONE.shiftLeft(66)));

    /**
     * log2 e rounded to nearest at 68 bits, 0.B8AA3B295C17F0BBC × 2^1, exactly: the host's FYL2XP1
     * computes log2(1 + x) as ln(1 + x) times this constant (fitted: for |x| below 2^−66, where
     * the result is x·log2 e rounded at 68 bits, it turns 98.5% into 100%; with 66 to 70 bits alike).
     */
    static final BigDecimal LOG2E68 = new BigDecimal(new BigInteger("B8AA3B295C17F0BBC", 16))
            .divide(new BigDecimal(BigInteger.ONE.shiftLeft(67)));

    /** The exact value of a finite 80-bit number. */
    static BigDecimal toBig(int se, long man) {
        int e = se & 0x7FFF;
        int exp = (e == 0 ? 1 : e) - Float80.BIAS - 63;
        BigDecimal m = new BigDecimal(new BigInteger(Long.toUnsignedString(man)));
        BigDecimal v = exp >= 0 ? m.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(exp)), WIDE)
                : m.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-exp)), WIDE);   // relative error 1e-110
        return (se & 0x8000) != 0 ? v.negate() : v;
    }

    /**
     * Rounds {@code v} (approximate to ~190 bits, never exactly a rounding boundary unless the
     * caller knows it is exact) to 64 bits by the control word's RC into acc; returns the flags.
     * {@code exact} says v is the exact result (no PE).
     */
    static int round(Float80 acc, BigDecimal v, int cw, boolean exact) {
        if (v.signum() == 0) {
            acc.set(0, 0);
            return 0;
        }
        int sign = v.signum() < 0 ? 1 : 0;
        BigDecimal a = v.abs();
        // e = floor(log2 a), from the unscaled value's bit length, then corrected.
        BigInteger unscaled = a.unscaledValue();
        long e = unscaled.bitLength() - 1 - (long) Math.ceil(a.scale() * (Math.log(10) / Math.log(2)));
        if (e > 0x4100) {
            return acc.roundPack(sign, 0x9000, Float80.J, 1, 64, cw);      // overflows
        } else if (e < -0x4100) {
            return acc.roundPack(sign, -0x9000, Float80.J, 1, 64, cw);     // underflows to zero
        }
        e = ilog2(a, e);
        BigDecimal scaled = scale2(a, 63 - e);
        BigInteger hi = scaled.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
        BigDecimal frac = scaled.subtract(new BigDecimal(hi));
        BigDecimal fracScaled = scale2(frac, 64);
        BigInteger lo = fracScaled.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
        boolean sticky = !exact || fracScaled.compareTo(new BigDecimal(lo)) != 0;
        long loBits = lo.longValue() | (sticky ? 1 : 0);
        long exp = e + Float80.BIAS;
        if (exp > 0x10000) {
            exp = 0x10000;
        } else if (exp < -0x10000) {
            exp = -0x10000;
        }
        return acc.roundPack(sign, (int) exp, hi.longValue(), loBits, 64, cw);
    }

    /** floor(log2 a) for a > 0, from the estimate e. */
    private static long ilog2(BigDecimal a, long e) {
        for (;;) {
            BigDecimal s = scale2(a, -e);
            if (s.compareTo(TWO) >= 0) {
                e++;
            } else if (s.compareTo(BigDecimal.ONE) < 0) {
                e--;
            } else {
                return e;
            }
        }
    }

    /**
     * v rounded to nearest (even) at 68 significant bits: the precision of the host's internal
     * intermediate values, where FPATAN rounds its quotient and FYL2X/FYL2XP1 their logarithm
     * (fitted: either model matches the host more often than exact intermediates or 64 to 72 bits).
     */
    static BigDecimal round68(BigDecimal v) {
        if (v.signum() == 0) {
            return v;
        }
        BigDecimal a = v.abs();
        long e = ilog2(a, a.unscaledValue().bitLength() - 1 - (long) Math.ceil(a.scale() * (Math.log(10) / Math.log(2))));
        BigInteger n = scale2(a, 67 - e).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        long k = e - 67;
        // Exactly n × 2^k (scale2 rounds to 110 digits), so that FYL2X can round y × log2 once.
        BigDecimal r = k >= 0 ? new BigDecimal(n.shiftLeft((int) k))
                : new BigDecimal(n.multiply(BigInteger.valueOf(5).pow((int) -k)), (int) -k);
        return v.signum() < 0 ? r.negate() : r;
    }

    /** a × 2^n exactly. */
    static BigDecimal scale2(BigDecimal a, long n) {
        if (n >= 0) {
            return a.multiply(new BigDecimal(BigInteger.ONE.shiftLeft((int) n)), WIDE);
        }
        return a.divide(new BigDecimal(BigInteger.ONE.shiftLeft((int) -n)), WIDE);
    }

    // ---- series ------------------------------------------------------------------------------------

    /** Below this the series' second term vanishes at MC's 60 digits, so its sign would be lost. */
    private static final BigDecimal TINY = new BigDecimal("1e-12");

    /**
     * v × (1 + sign × 10^−55): for a tiny argument r (|r| < 10^−12 ≈ 2^−40), where sin r = r − r³/6
     * and cos r = 1 − r²/2, the true correction (below 2^−80 relative) is far below
     * half an ulp of the 64-bit result, so any correction of the same sign rounds the same way in
     * every RC, and 10^−55 still shows at the 110 digits {@link #round} works with.
     */
    private static BigDecimal nudge(BigDecimal v, int sign) {
        BigDecimal d = v.movePointLeft(55);
        return sign < 0 ? v.subtract(d) : v.add(d);
    }

    /** sin and cos of |x| ≤ pi/4 by Taylor series. */
    static BigDecimal sinSmall(BigDecimal x) {
        if (x.abs().compareTo(TINY) < 0) {
            return nudge(x, -1);
        }
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x, sum = x;
        for (int k = 1; k < 60; k++) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf((2L * k) * (2L * k + 1)), MC).negate();
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(62)) < 0) {
                break;
            }
        }
        return sum;
    }

    static BigDecimal cosSmall(BigDecimal x) {
        if (x.abs().compareTo(TINY) < 0) {
            return nudge(BigDecimal.ONE, -1);
        }
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = BigDecimal.ONE, sum = BigDecimal.ONE;
        for (int k = 1; k < 60; k++) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf((2L * k - 1) * (2L * k)), MC).negate();
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(62)) < 0) {
                break;
            }
        }
        return sum;
    }

    /**
     * Reduces x by multiples of pi/2 with the given pi: returns the quadrant in {@code quadrant[0]}
     * and the reduced argument in [−pi/4, pi/4].
     */
    static BigDecimal reduce(BigDecimal x, BigDecimal pi, int[] quadrant) {
        BigDecimal halfPi = pi.divide(TWO);     // exact: a 60-digit rounding would change PI66
        BigDecimal k = x.divide(halfPi, MC).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = x.subtract(k.multiply(halfPi, new MathContext(120)), new MathContext(120));
        quadrant[0] = k.toBigInteger().intValue() & 3;
        return r.round(MC);
    }

    static BigDecimal sin(BigDecimal x, BigDecimal pi) {
        int[] q = new int[1];
        BigDecimal r = reduce(x, pi, q);
        switch (q[0]) {
            case 0: return hostSin(r);
            case 1: return cosSmall(r);
            case 2: return hostSin(r).negate();
            default: return cosSmall(r).negate();
        }
    }

    static BigDecimal cos(BigDecimal x, BigDecimal pi) {
        int[] q = new int[1];
        BigDecimal r = reduce(x, pi, q);
        switch (q[0]) {
            case 0: return cosSmall(r);
            case 1: return hostSin(r).negate();
            case 2: return cosSmall(r).negate();
            default: return hostSin(r);
        }
    }

    /**
     * The relative error of the host's sine of a reduced argument |r| ≤ pi/4, in units of 2^−64,
     * at r = 0.0025 + 0.005 k: the smooth error curve of its polynomial (it swings between about
     * ±0.037, i.e. ±0.07 ulp, eight times over [0, pi/4]). Measured on the host (an AMD EPYC): at
     * each point, the rounding-to-nearest decisions of ~1,000 arguments within a relative 10^−5
     * pin the offset from the exact sine to about 0.001 ulp. With it the host's last bit is
     * predicted 4 times as often (X87TranscendentalNativeTest). Its cosine shows no such bias.
     */
    private static final double[] SIN_ERROR = {
            0.0, 0.0003, 0.0009, 0.0004, 0.0028, 0.0037, 0.0029, 0.0058, 0.0074, 0.0115, 0.0122,
            0.0139, 0.0160, 0.0185, 0.0190, 0.0230, 0.0266, 0.0268, 0.0288, 0.0311, 0.0324, 0.0332,
            0.0342, 0.0344, 0.0366, 0.0393, 0.0345, 0.0365, 0.0370, 0.0379, 0.0370, 0.0343, 0.0317,
            0.0292, 0.0288, 0.0255, 0.0234, 0.0201, 0.0163, 0.0143, 0.0090, 0.0073, 0.0030, 0.0003,
            -0.0034, -0.0083, -0.0109, -0.0143, -0.0167, -0.0194, -0.0230, -0.0265, -0.0289,
            -0.0293, -0.0344, -0.0347, -0.0359, -0.0362, -0.0355, -0.0375, -0.0352, -0.0314,
            -0.0325, -0.0336, -0.0300, -0.0256, -0.0245, -0.0219, -0.0201, -0.0140, -0.0043,
            -0.0064, -0.0014, 0.0024, 0.0052, 0.0081, 0.0131, 0.0192, 0.0235, 0.0245, 0.0278,
            0.0315, 0.0321, 0.0355, 0.0345, 0.0356, 0.0343, 0.0366, 0.0353, 0.0341, 0.0337, 0.0297,
            0.0286, 0.0238, 0.0233, 0.0177, 0.0140, 0.0072, 0.0019, -0.0026, -0.0073, -0.0077,
            -0.0148, -0.0162, -0.0276, -0.0288, -0.0276, -0.0283, -0.0378, -0.0375, -0.0381,
            -0.0378, -0.0356, -0.0381, -0.0341, -0.0321, -0.0273, -0.0226, -0.0179, -0.0027,
            -0.0071, 0.0000, 0.0026, 0.0138, 0.0214, 0.0221, 0.0288, 0.0286, 0.0338, 0.0369, 0.0379,
            0.0368, 0.0280, 0.0315, 0.0305, 0.0251, 0.0143, 0.0130, -0.0016, -0.0093, -0.0163,
            -0.0169, -0.0275, -0.0357, -0.0340, -0.0361, -0.0307, -0.0320, -0.0207, -0.0052, 0.0029,
            0.0106, 0.0246, 0.0382, 0.0362, 0.0235, -0.0050, 0.0360
    };

    /** sin r with the host's error curve applied (see {@link #SIN_ERROR}). */
    private static BigDecimal hostSin(BigDecimal r) {
        BigDecimal v = sinSmall(r);
        double a = Math.abs(r.doubleValue());
        double k = (a - 0.0025) / 0.005;
        if (k <= 0) {
            return v;       // too small to show: tiny arguments keep the exact rounding direction
        }
        int i = (int) k;
        double e = i >= SIN_ERROR.length - 1 ? SIN_ERROR[SIN_ERROR.length - 1]
                : SIN_ERROR[i] + (k - i) * (SIN_ERROR[i + 1] - SIN_ERROR[i]);
        return v.add(v.multiply(new BigDecimal(e).multiply(ULP64), MC), MC);
    }

    /** 2^−64, exactly. */
    private static final BigDecimal ULP64 = BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(64)));

    /**
     * The host's scale for tiny tangents: 0.B9F25A5EEF7C79A2C × 2^1 (about 1.4527085), exactly.
     * For a reduced argument r with |r·K| &lt; 2^−33 the host's tangent is V/K (−K/V in odd
     * quadrants), where V is r·K rounded to nearest at 68 bits; it sets PE even when V is exact.
     * Measured on the host (an AMD EPYC): the last bits of its results for such arguments follow
     * the rounding of r·K (a rotation in the argument's mantissa at 2^−4 ulp per unit, with a
     * period that halves where r·K crosses a power of two), which pinned K to these 66 bits; the
     * threshold is where the host switches to its polynomial (docs/quirks.md, "x87").
     */
    static final BigDecimal TAN_K = new BigDecimal(new BigInteger("B9F25A5EEF7C79A2C", 16))
            .divide(new BigDecimal(BigInteger.ONE.shiftLeft(67)));
    private static final BigDecimal TAN_TINY = BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(33)));

    /**
     * tan x = sin/cos of the remainder; −cot in odd quadrants; tiny remainders as the host
     * (TAN_K). {@code exact[0]} is set when the value returned is exact: a tiny remainder whose
     * product with TAN_K fits 68 bits (the host still sets PE).
     */
    static BigDecimal tan(BigDecimal x, BigDecimal pi, boolean[] exact) {
        int[] q = new int[1];
        BigDecimal r = reduce(x, pi, q);
        boolean odd = (q[0] & 1) != 0;
        BigDecimal scaled = r.multiply(TAN_K);
        if (scaled.abs().compareTo(TAN_TINY) < 0) {
            BigDecimal v = round68(scaled);
            if (v.compareTo(scaled) == 0) {
                if (!odd) {
                    exact[0] = true;
                    return r;
                }
                try {
                    BigDecimal t = BigDecimal.ONE.divide(r).negate();
                    exact[0] = true;
                    return t;
                } catch (ArithmeticException e) {
                    // 1/r does not terminate: rounded below
                }
            }
            return odd ? TAN_K.divide(v, MC).negate() : v.divide(TAN_K, MC);
        }
        BigDecimal t = sinSmall(r).divide(cosSmall(r), MC);
        return odd ? BigDecimal.ONE.divide(t, MC).negate() : t;
    }

    /** TAN_K's significand without its trailing zero bits. */
    private static final BigInteger TAN_K_ODD = new BigInteger("B9F25A5EEF7C79A2C", 16).shiftRight(2);

    /**
     * True if x·TAN_K is exact at 68 bits for this significand, so that the host's tangent of a
     * tiny x is x itself (with PE, C1 clear): x has at most 2 significant bits.
     */
    static boolean tanScaleExact(long man) {
        long odd = man >>> Long.numberOfTrailingZeros(man);
        return new BigInteger(Long.toUnsignedString(odd)).multiply(TAN_K_ODD).bitLength() <= 68;
    }

    /** atan(x) for any x: halve the argument until small, then the Taylor series. */
    static BigDecimal atan(BigDecimal x) {
        if (x.signum() < 0) {
            return atan(x.negate()).negate();
        }
        if (x.compareTo(BigDecimal.ONE) > 0) {
            return PI.divide(TWO, MC).subtract(atan(BigDecimal.ONE.divide(x, MC)), MC);
        }
        int doublings = 0;
        BigDecimal y = x;
        while (y.compareTo(new BigDecimal("0.125")) > 0) {
            y = y.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(y.multiply(y, MC), MC).sqrt(MC), MC), MC);
            doublings++;
        }
        BigDecimal y2 = y.multiply(y, MC);
        BigDecimal term = y, sum = y;
        for (int k = 1; k < 400; k++) {
            term = term.multiply(y2, MC).negate();
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * k + 1), MC);
            sum = sum.add(t, MC);
            if (t.signum() == 0 || t.abs().compareTo(sum.abs().movePointLeft(62)) < 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(1L << doublings));
    }

    /** e^x − 1 for |x| ≤ 1, by the Taylor series (no cancellation near 0). */
    static BigDecimal expm1(BigDecimal x) {
        BigDecimal term = x, sum = x;
        for (int k = 2; k < 200; k++) {
            term = term.multiply(x, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(62)) < 0) {
                break;
            }
        }
        return sum;
    }

    /** ln(1 + x) for x > −1: 2 atanh(x / (2 + x)), with the argument first scaled by powers of 2. */
    static BigDecimal log1p(BigDecimal x) {
        BigDecimal v = BigDecimal.ONE.add(x);
        if (v.compareTo(new BigDecimal("0.7")) >= 0 && v.compareTo(new BigDecimal("1.45")) <= 0) {
            return atanh2(x.divide(TWO.add(x), MC));
        }
        return ln(v);
    }

    /** ln(v) for v > 0: v = w × 2^k with w in [0.7, 1.45], ln v = 2 atanh((w−1)/(w+1)) + k ln 2. */
    static BigDecimal ln(BigDecimal v) {
        long k = v.unscaledValue().bitLength() - (long) Math.ceil(v.scale() * (Math.log(10) / Math.log(2)));
        v = scale2(v, -k);
        while (v.compareTo(new BigDecimal("1.45")) > 0) {
            v = v.divide(TWO);
            k++;
        }
        while (v.compareTo(new BigDecimal("0.7")) < 0) {
            v = v.multiply(TWO);
            k--;
        }
        BigDecimal r = atanh2(v.subtract(BigDecimal.ONE).divide(v.add(BigDecimal.ONE), MC));
        return r.add(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
    }

    /** 2 atanh(z) = 2 (z + z^3/3 + z^5/5 ...). */
    private static BigDecimal atanh2(BigDecimal z) {
        BigDecimal z2 = z.multiply(z, MC);
        BigDecimal term = z, sum = z;
        for (int k = 1; k < 400; k++) {
            term = term.multiply(z2, MC);
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * k + 1), MC);
            sum = sum.add(t, MC);
            if (t.signum() == 0 || t.abs().compareTo(sum.abs().movePointLeft(62)) < 0) {
                break;
            }
        }
        return sum.multiply(TWO);
    }
}
