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
        BigDecimal scaled;
        for (;;) {
            scaled = scale2(a, 63 - e);
            if (scaled.compareTo(new BigDecimal(BigInteger.ONE.shiftLeft(64))) >= 0) {
                e++;
            } else if (scaled.compareTo(new BigDecimal(BigInteger.ONE.shiftLeft(63))) < 0) {
                e--;
            } else {
                break;
            }
        }
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
     * v × (1 + sign × 10^−55): for a tiny argument r (|r| < 10^−12 ≈ 2^−40), where sin r = r − r³/6,
     * cos r = 1 − r²/2 and tan r = r + r³/3, the true correction (below 2^−80 relative) is far below
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
            case 0: return sinSmall(r);
            case 1: return cosSmall(r);
            case 2: return sinSmall(r).negate();
            default: return cosSmall(r).negate();
        }
    }

    static BigDecimal cos(BigDecimal x, BigDecimal pi) {
        int[] q = new int[1];
        BigDecimal r = reduce(x, pi, q);
        switch (q[0]) {
            case 0: return cosSmall(r);
            case 1: return sinSmall(r).negate();
            case 2: return cosSmall(r).negate();
            default: return sinSmall(r);
        }
    }

    /** tan x = sin/cos of the remainder; −cot in odd quadrants. */
    static BigDecimal tan(BigDecimal x, BigDecimal pi) {
        int[] q = new int[1];
        BigDecimal r = reduce(x, pi, q);
        boolean odd = (q[0] & 1) != 0;
        if (r.abs().compareTo(TINY) < 0) {
            return odd ? nudge(BigDecimal.ONE.divide(r, MC), -1).negate() : nudge(r, 1);
        }
        BigDecimal t = sinSmall(r).divide(cosSmall(r), MC);
        return odd ? BigDecimal.ONE.divide(t, MC).negate() : t;
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
