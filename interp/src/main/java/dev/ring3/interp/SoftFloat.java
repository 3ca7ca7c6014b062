package dev.ring3.interp;

import java.math.BigInteger;

/**
 * Exact IEEE 754 binary32/binary64 arithmetic under every MXCSR setting: the slow path behind
 * {@link SseFloat} for directed rounding, DAZ/FTZ, unmasked exceptions and the edge values (NaN,
 * infinities, zeros, denormals, overflow, underflow) the fast path declines. The exact result is
 * formed with BigInteger and rounded once, as SDM Vol. 1 §4.8 and §11.5.2 describe; tininess is
 * detected after rounding, as on x86 (checked natively: SseNativeTest). Allocates: only rare
 * operations come here.
 */
final class SoftFloat {
    private SoftFloat() {}

    static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, SQRT = 4;

    /** Where semantics accumulate the MXCSR flags of one instruction before {@link Mxcsr#commit}. */
    static final int FLAG_SLOT = 7;

    static void flag(Cpu c, int f) {
        c.scratch[FLAG_SLOT] |= f;
    }

    // ---- format parameters: d = binary64, else binary32 ---------------------------------------

    static int prec(boolean d) { return d ? 53 : 24; }

    static int emin(boolean d) { return d ? -1022 : -126; }

    static int emax(boolean d) { return d ? 1023 : 127; }

    static long signBit(boolean d) { return d ? Long.MIN_VALUE : 0x80000000L; }

    static long expMask(boolean d) { return d ? 0x7FF0000000000000L : 0x7F800000L; }

    static long fracMask(boolean d) { return d ? 0xFFFFFFFFFFFFFL : 0x7FFFFFL; }

    static long quietBit(boolean d) { return d ? 0x8000000000000L : 0x400000L; }

    /** The "QNaN floating-point indefinite" that invalid operations return (SDM Vol. 1 §4.8.3.7). */
    static long defaultNan(boolean d) { return d ? 0xFFF8000000000000L : 0xFFC00000L; }

    static long inf(boolean d, boolean neg) { return (neg ? signBit(d) : 0) | expMask(d); }

    /** The largest finite magnitude: all exponent bits but the lowest, all fraction bits. */
    static long maxFinite(boolean d, boolean neg) { return (neg ? signBit(d) : 0) | (expMask(d) - 1); }

    static boolean isNan(long x, boolean d) {
        return (x & expMask(d)) == expMask(d) && (x & fracMask(d)) != 0;
    }

    static boolean isSnan(long x, boolean d) {
        return isNan(x, d) && (x & quietBit(d)) == 0;
    }

    static boolean isInf(long x, boolean d) {
        return (x & ~signBit(d) & (d ? -1L : 0xFFFFFFFFL)) == expMask(d);
    }

    static boolean isZero(long x, boolean d) {
        return (x & ~signBit(d) & (d ? -1L : 0xFFFFFFFFL)) == 0;
    }

    static boolean isDenormal(long x, boolean d) {
        return (x & expMask(d)) == 0 && (x & fracMask(d)) != 0;
    }

    static boolean neg(long x, boolean d) {
        return (x & signBit(d)) != 0;
    }

    /**
     * Applies DAZ or raises DE for a denormal source operand; returns the operand as the operation
     * sees it. Callers handle NaN operands first (a NaN operand suppresses DE: checked natively).
     */
    static long source(Cpu c, long x, boolean d) {
        if (isDenormal(x, d)) {
            if ((c.mxcsr & Mxcsr.DAZ) != 0) {
                return x & signBit(d);
            }
            flag(c, Mxcsr.DE);
        }
        return x;
    }

    /**
     * Raises IE or ZE for an invalid operation or a division by zero; a denormal operand of the
     * same lane then raises no DE (the higher-priority exception wins; checked natively).
     */
    static void suppressDe(Cpu c, long before, int f) {
        c.scratch[FLAG_SLOT] = (c.scratch[FLAG_SLOT] & ~(long) Mxcsr.DE) | (before & Mxcsr.DE) | f;
    }

    /** The result for NaN operands (SDM Vol. 1 Table 11-1): the first NaN source, quieted. */
    static long propagateNan(Cpu c, long a, long b, boolean d) {
        if (isSnan(a, d) || isSnan(b, d)) {
            flag(c, Mxcsr.IE);
        }
        return (isNan(a, d) ? a : b) | quietBit(d);
    }

    /** Significand of a finite nonzero value as an integer. */
    static long mant(long x, boolean d) {
        long f = x & fracMask(d);
        return (x & expMask(d)) == 0 ? f : f | (fracMask(d) + 1);
    }

    /** Exponent of the significand's least significant bit. */
    static int lsbExp(long x, boolean d) {
        int e = (int) ((x & expMask(d)) >>> (prec(d) - 1));
        return (e == 0 ? 1 : e) - (emax(d)) - (prec(d) - 1);
    }

    // ---- arithmetic -----------------------------------------------------------------------------

    /** a op b (b ignored for SQRT), flags into the slot; the result is what the destination gets. */
    static long arith(Cpu c, int kind, long a, long b, boolean d) {
        boolean unary = kind == SQRT;
        if (isNan(a, d) || (!unary && isNan(b, d))) {
            return propagateNan(c, a, unary ? a : b, d);
        }
        long pre = c.scratch[FLAG_SLOT];
        boolean laneDe = (c.mxcsr & Mxcsr.DAZ) == 0 && (isDenormal(a, d) || (!unary && isDenormal(b, d)))
                // #I (the square root of a negative) and #Z (a division by zero) outrank #D in a lane.
                && !(unary && neg(a, d)) && !(kind == DIV && isZero(b, d));
        a = source(c, a, d);
        if (!unary) {
            b = source(c, b, d);
        }
        if (laneDe && (c.mxcsr & (Mxcsr.DE << Mxcsr.MASK_SHIFT)) == 0) {
            // An unmasked denormal-operand exception stops this lane before any result (and
            // before PE, OE or UE) is computed; the other lanes still report their IE and ZE, as
            // on the host. The destination is not written.
            return a;
        }
        boolean rd = Mxcsr.rc(c.mxcsr) == Mxcsr.RC_DOWN;
        switch (kind) {
            case SUB:
            case ADD: {
                if (kind == SUB) {
                    b ^= signBit(d);
                }
                boolean na = neg(a, d), nb = neg(b, d);
                if (isInf(a, d) || isInf(b, d)) {
                    if (isInf(a, d) && isInf(b, d) && na != nb) {
                        suppressDe(c, pre, Mxcsr.IE);
                        return defaultNan(d);
                    }
                    return isInf(a, d) ? a : b;
                }
                if (isZero(a, d) && isZero(b, d)) {
                    return na == nb ? a : (rd ? signBit(d) : 0);
                }
                // x + 0 is x, unless x is a denormal that FTZ must flush (tiny even when exact).
                if (isZero(a, d) && !isDenormal(b, d)) {
                    return b;
                }
                if (isZero(b, d) && !isDenormal(a, d)) {
                    return a;
                }
                int ea = lsbExp(a, d), eb = lsbExp(b, d);
                int e = Math.min(ea, eb);
                BigInteger ma = BigInteger.valueOf(mant(a, d)).shiftLeft(ea - e);
                BigInteger mb = BigInteger.valueOf(mant(b, d)).shiftLeft(eb - e);
                if (na) ma = ma.negate();
                if (nb) mb = mb.negate();
                BigInteger s = ma.add(mb);
                if (s.signum() == 0) {
                    return rd ? signBit(d) : 0;
                }
                return roundPack(c, s.signum() < 0, s.abs(), e, d);
            }
            case MUL: {
                boolean n = neg(a, d) != neg(b, d);
                if (isInf(a, d) || isInf(b, d)) {
                    if (isZero(a, d) || isZero(b, d)) {
                        suppressDe(c, pre, Mxcsr.IE);
                        return defaultNan(d);
                    }
                    return inf(d, n);
                }
                if (isZero(a, d) || isZero(b, d)) {
                    return n ? signBit(d) : 0;
                }
                BigInteger m = BigInteger.valueOf(mant(a, d)).multiply(BigInteger.valueOf(mant(b, d)));
                return roundPack(c, n, m, lsbExp(a, d) + lsbExp(b, d), d);
            }
            case DIV: {
                boolean n = neg(a, d) != neg(b, d);
                if (isInf(a, d)) {
                    if (isInf(b, d)) {
                        suppressDe(c, pre, Mxcsr.IE);
                        return defaultNan(d);
                    }
                    return inf(d, n);
                }
                if (isInf(b, d)) {
                    return n ? signBit(d) : 0;
                }
                if (isZero(b, d)) {
                    if (isZero(a, d)) {
                        suppressDe(c, pre, Mxcsr.IE);
                        return defaultNan(d);
                    }
                    suppressDe(c, pre, Mxcsr.ZE);
                    return inf(d, n);
                }
                if (isZero(a, d)) {
                    return n ? signBit(d) : 0;
                }
                // Quotient with at least 64 bits beyond the divisor, then a sticky bit.
                BigInteger ma = BigInteger.valueOf(mant(a, d)).shiftLeft(128);
                BigInteger[] qr = ma.divideAndRemainder(BigInteger.valueOf(mant(b, d)));
                BigInteger q = qr[0].shiftLeft(1);
                if (qr[1].signum() != 0) {
                    q = q.setBit(0);
                }
                return roundPack(c, n, q, lsbExp(a, d) - lsbExp(b, d) - 128 - 1, d);
            }
            default: { // SQRT
                if (isZero(a, d)) {
                    return a;
                }
                if (neg(a, d)) {
                    suppressDe(c, pre, Mxcsr.IE);
                    return defaultNan(d);
                }
                if (isInf(a, d)) {
                    return a;
                }
                int e = lsbExp(a, d);
                int shift = 256 + (e & 1);  // make the exponent even, keep plenty of bits
                BigInteger m = BigInteger.valueOf(mant(a, d)).shiftLeft(shift);
                BigInteger s = m.sqrt();
                BigInteger q = s.shiftLeft(1);
                if (!s.multiply(s).equals(m)) {
                    q = q.setBit(0);
                }
                return roundPack(c, false, q, (e - shift) / 2 - 1, d);
            }
        }
    }

    /** An integer converted to the format with the current rounding (CVTSI2SS/SD, CVTDQ2PS). */
    static long fromLong(Cpu c, long v, boolean d) {
        if (v == 0) {
            return 0;
        }
        BigInteger m = BigInteger.valueOf(v);
        return roundPack(c, v < 0, m.abs(), 0, d);
    }

    /** binary64 to binary32 with rounding, overflow and underflow (CVTSD2SS, CVTPD2PS). */
    static long narrow(Cpu c, long x) {
        if (isNan(x, true)) {
            if (isSnan(x, true)) {
                flag(c, Mxcsr.IE);
            }
            // Quieted, sign kept, the top 22 payload bits kept (SDM Vol. 1 §4.8.3.5).
            return ((x >>> 32) & 0x80000000L) | 0x7FC00000L | ((x >>> 29) & 0x3FFFFFL);
        }
        x = source(c, x, true);
        boolean n = x < 0;
        if (isInf(x, true)) {
            return inf(false, n);
        }
        if (isZero(x, true)) {
            return n ? 0x80000000L : 0;
        }
        return roundPack(c, n, BigInteger.valueOf(mant(x, true)), lsbExp(x, true), false);
    }

    // ---- rounding -------------------------------------------------------------------------------

    /**
     * Rounds sign * m * 2^e (m > 0) to the format under MXCSR.RC, raising PE, OE and UE (tiny after
     * rounding; with UE masked only if also inexact) and applying FTZ (SDM Vol. 1 §11.5.2.4-5).
     */
    static long roundPack(Cpu c, boolean n, BigInteger m, int e, boolean d) {
        int mx = c.mxcsr;
        int rc = Mxcsr.rc(mx);
        int p = prec(d);
        int bl = m.bitLength();
        int top = e + bl - 1;                       // exponent of the leading bit
        // Round to p bits as if the exponent range were unbounded.
        BigInteger r = m;
        boolean inexact = false;
        int sh = bl - p;
        if (sh > 0) {
            r = roundShift(m, sh, rc, n);
            inexact = r.shiftLeft(sh).compareTo(m) != 0;
            if (r.bitLength() > p) {
                r = r.shiftRight(1);
                top++;
            }
        } else {
            r = m.shiftLeft(-sh);
        }
        if (top > emax(d)) {
            // Unmasked, overflow reports OE, with PE only if the significand was rounded (the host,
            // found by the differential tester); the result is not written.
            boolean oeMasked = (mx & (Mxcsr.OE << Mxcsr.MASK_SHIFT)) != 0;
            flag(c, oeMasked || inexact ? Mxcsr.OE | Mxcsr.PE : Mxcsr.OE);
            boolean toInf = rc == Mxcsr.RC_NEAREST || (rc == Mxcsr.RC_UP && !n) || (rc == Mxcsr.RC_DOWN && n);
            return toInf ? inf(d, n) : maxFinite(d, n);
        }
        long sign = n ? signBit(d) : 0;
        if (top < emin(d)) {
            // Tiny. Round again at the denormal's fixed least significant bit.
            boolean ueMasked = (mx & (Mxcsr.UE << Mxcsr.MASK_SHIFT)) != 0;
            if ((mx & Mxcsr.FTZ) != 0 && ueMasked) {
                flag(c, Mxcsr.UE | Mxcsr.PE);
                return sign;
            }
            int lsb = emin(d) - (p - 1);
            int sh2 = lsb - e;
            BigInteger dm;
            boolean inexact2;
            if (sh2 > 0) {
                dm = roundShift(m, sh2, rc, n);
                inexact2 = dm.shiftLeft(sh2).compareTo(m) != 0;
            } else {
                dm = m.shiftLeft(-sh2);
                inexact2 = false;
            }
            if (!ueMasked) {
                flag(c, inexact ? Mxcsr.UE | Mxcsr.PE : Mxcsr.UE); // unmasked: any tiny result; PE as for OE
            } else if (inexact2) {
                flag(c, Mxcsr.UE | Mxcsr.PE);
            }
            return sign | dm.longValue();
        }
        if (inexact) {
            flag(c, Mxcsr.PE);
        }
        long bits = ((long) (top + emax(d)) << (p - 1)) | (r.longValue() & fracMask(d));
        return sign | bits;
    }

    /** m >> sh rounded per rc for a value of sign n. */
    static BigInteger roundShift(BigInteger m, int sh, int rc, boolean n) {
        BigInteger q = m.shiftRight(sh);
        BigInteger rem = m.subtract(q.shiftLeft(sh));
        if (rem.signum() == 0) {
            return q;
        }
        switch (rc) {
            case Mxcsr.RC_NEAREST: {
                int cmp = rem.shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft(sh));
                return cmp > 0 || (cmp == 0 && q.testBit(0)) ? q.add(BigInteger.ONE) : q;
            }
            case Mxcsr.RC_DOWN:
                return n ? q.add(BigInteger.ONE) : q;
            case Mxcsr.RC_UP:
                return n ? q : q.add(BigInteger.ONE);
            default:
                return q;
        }
    }
}
