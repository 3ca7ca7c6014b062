package dev.ring3.interp;

/**
 * Conversions between the x87's 80-bit format and memory formats: binary32, binary64, 16/32/64-bit
 * integers and 18-digit packed BCD (SDM Vol. 1 §4.2.2, §4.7, §8.2). Loads are exact; stores
 * round by the control word's RC (never its PC) and raise the status bits hardware raises. Results
 * land in the {@link Float80} accumulator: an 80-bit value in (se, man), a memory image in man.
 */
final class Float80Convert {
    private Float80Convert() {}

    private static final long QUIET = 0x4000_0000_0000_0000L;

    // ---- loads -----------------------------------------------------------------------------------

    /** FLD m32fp: exact; an SNaN raises IE and is quieted, a denormal raises DE. */
    static int fromFloat(Float80 acc, int bits) {
        int f = fromFloatRaw(acc, bits);
        if ((f & Float80.IE) != 0) {
            acc.man |= QUIET;
        }
        return f;
    }

    /** FLD m64fp. */
    static int fromDouble(Float80 acc, long bits) {
        int f = fromDoubleRaw(acc, bits);
        if ((f & Float80.IE) != 0) {
            acc.man |= QUIET;
        }
        return f;
    }

    /** binary32 to extended, leaving an SNaN signalling (for arithmetic, which raises IE itself). */
    static int fromFloatRaw(Float80 acc, int bits) {
        int sign = (bits >>> 16) & 0x8000;
        int e = (bits >>> 23) & 0xFF;
        long f = bits & 0x7FFFFFL;
        if (e == 0xFF) {
            if (f == 0) {
                acc.set(sign | 0x7FFF, Float80.J);
                return 0;
            }
            boolean snan = (f & 0x400000) == 0;
            acc.set(sign | 0x7FFF, Float80.J | (f << 40));
            return snan ? Float80.IE : 0;
        }
        if (e == 0) {
            if (f == 0) {
                acc.set(sign, 0);
                return 0;
            }
            int z = Long.numberOfLeadingZeros(f);          // f < 2^23: z >= 41
            acc.set(sign | (16383 - 126 - (z - 40)), f << z);
            return Float80.DE;
        }
        acc.set(sign | (e - 127 + 16383), Float80.J | (f << 40));
        return 0;
    }

    /** binary64 to extended, leaving an SNaN signalling. */
    static int fromDoubleRaw(Float80 acc, long bits) {
        int sign = (int) (bits >>> 48) & 0x8000;
        int e = (int) (bits >>> 52) & 0x7FF;
        long f = bits & 0xF_FFFF_FFFF_FFFFL;
        if (e == 0x7FF) {
            if (f == 0) {
                acc.set(sign | 0x7FFF, Float80.J);
                return 0;
            }
            boolean snan = (f & 0x8_0000_0000_0000L) == 0;
            acc.set(sign | 0x7FFF, Float80.J | (f << 11));
            return snan ? Float80.IE : 0;
        }
        if (e == 0) {
            if (f == 0) {
                acc.set(sign, 0);
                return 0;
            }
            int z = Long.numberOfLeadingZeros(f);          // z >= 12
            acc.set(sign | (16383 - 1022 - (z - 11)), f << z);
            return Float80.DE;
        }
        acc.set(sign | (e - 1023 + 16383), Float80.J | (f << 11));
        return 0;
    }

    /** FILD: any 64-bit integer is exact in 64 significand bits. */
    static void fromLong(Float80 acc, long v) {
        if (v == 0) {
            acc.set(0, 0);
            return;
        }
        int sign = v < 0 ? 0x8000 : 0;
        long m = v < 0 ? -v : v;                          // Long.MIN_VALUE stays 2^63 unsigned
        int z = Long.numberOfLeadingZeros(m);
        acc.set(sign | (16383 + 63 - z), m << z);
    }

    // ---- stores to binary formats ----------------------------------------------------------------

    /**
     * FST m32fp / m64fp: rounds (se, man) to {@code bits} significand bits with the exponent range
     * of the format whose biased maximum exponent is {@code expMax} (0xFF / 0x7FF), leaving the
     * memory image in acc.man. Returns status bits; with IE, OE or UE unmasked the caller must not
     * store (SDM Vol. 1 §4.9.1.4-5: memory destinations are left unchanged).
     */
    static int toBinary(Float80 acc, int se, long man, int bits, int expMax, int cw) {
        int cls = Float80.classify(se, man);
        long sign = (se >>> 15) & 1;
        int fracBits = bits - 1;
        int expShift = fracBits;
        long signBit = sign << (expShift + (bits == 24 ? 8 : 11));
        switch (cls) {
            case Float80.ZERO:
                acc.man = signBit;
                return 0;
            case Float80.INF:
                acc.man = signBit | ((long) expMax << expShift);
                return 0;
            case Float80.QNAN:
            case Float80.SNAN:
                acc.man = signBit | ((long) expMax << expShift) | ((man | QUIET) << 1 >>> (64 - fracBits));
                return cls == Float80.SNAN ? Float80.IE : 0;
            case Float80.UNSUPPORTED:
                acc.man = (1L << (expShift + (bits == 24 ? 8 : 11))) | ((long) expMax << expShift)
                        | (1L << (fracBits - 1));
                return Float80.IE;
            default:
                break;
        }
        int flags = 0;         // no #D for a denormal source on stores (as the host shows)
        int bias = expMax >> 1;
        int e = (se & 0x7FFF) == 0 ? 1 - Long.numberOfLeadingZeros(man) : se & 0x7FFF;
        long sig = (se & 0x7FFF) == 0 ? man << Long.numberOfLeadingZeros(man) : man;
        int te = e - 16383 + bias;
        // Round as if extended with the format's range: masked OE/UE here, the caller decides.
        int r = acc.roundPackRange((int) sign, te, sig, 0, bits, cw | Float80.OE | Float80.UE, expMax);
        boolean tiny = acc.lastTiny;
        if ((cw & Float80.UE) == 0 && tiny) {
            return flags | Float80.UE | (r & ~(Float80.UE | Float80.PE | Float80.C1));
        }
        if ((cw & Float80.OE) == 0 && (r & Float80.OE) != 0) {
            return flags | Float80.OE;
        }
        int outExp = acc.se & 0x7FFF;
        long frac = (acc.man << 1) >>> (64 - fracBits);
        acc.man = signBit | ((long) outExp << expShift) | frac;
        return flags | r;
    }

    // ---- integers ----------------------------------------------------------------------------------

    /**
     * FIST/FISTP/FISTTP: rounds by RC (or toward zero when {@code truncate}) to a signed integer of
     * {@code size} bytes, left in acc.man. Out of range, NaN and infinity raise IE and give the
     * integer indefinite, the most negative value (SDM Vol. 1 §4.8.3.7).
     */
    static int toInt(Float80 acc, int se, long man, int size, int cw, boolean truncate) {
        int cls = Float80.classify(se, man);
        long indefinite = size == 8 ? Long.MIN_VALUE : -1L << (size * 8 - 1);
        if (cls == Float80.ZERO) {
            acc.man = 0;
            return 0;
        }
        if (cls == Float80.INF || Float80.isNaN(cls) || cls == Float80.UNSUPPORTED) {
            acc.man = indefinite;
            return Float80.IE;
        }
        int flags = 0;
        boolean neg = (se & 0x8000) != 0;
        int e = (se & 0x7FFF) - 16383;                   // value = man × 2^(e − 63)
        if ((se & 0x7FFF) == 0) {
            e = 1 - 16383;
        }
        long ip;     // integer part (unsigned)
        long frac;   // fraction bits, left-aligned
        boolean sticky;
        if (e >= 64) {
            acc.man = indefinite;
            return flags | Float80.IE;
        } else if (e >= 63) {
            ip = man;
            frac = 0;
            sticky = false;
        } else if (e >= 0) {
            ip = man >>> (63 - e);
            frac = man << (e + 1);
            sticky = false;
        } else if (e == -1) {
            ip = 0;
            frac = man;
            sticky = false;
        } else {
            ip = 0;
            frac = e < -64 ? 0 : man >>> (-e - 1);
            sticky = e < -64 ? man != 0 : (man << (64 + e + 1)) != 0;
        }
        boolean inexact = frac != 0 || sticky;
        boolean inc = false;
        if (inexact) {
            flags |= Float80.PE;
            int rc = truncate ? 3 : (cw >>> 10) & 3;
            switch (rc) {
                case 0: inc = frac < 0 && ((frac << 1) != 0 || sticky || (ip & 1) != 0); break;
                case 1: inc = neg; break;
                case 2: inc = !neg; break;
                default: break;
            }
            if (inc) {
                ip++;
                flags |= Float80.C1;
            }
        }
        // Range check on the magnitude: up to 2^(bits−1) − 1, or 2^(bits−1) when negative.
        long limit = size == 8 ? Long.MIN_VALUE : 1L << (size * 8 - 1);   // as unsigned
        if (Long.compareUnsigned(ip, limit) > 0 || (ip == limit && !neg) || (inc && ip == 0)) {
            acc.man = indefinite;
            return (flags & ~(Float80.PE | Float80.C1)) | Float80.IE;
        }
        long v = neg ? -ip : ip;
        acc.man = size == 8 ? v : v & ((1L << (size * 8)) - 1);
        return flags;
    }

    // ---- packed BCD --------------------------------------------------------------------------------

    /** FBLD: 18 BCD digits in bytes 0..8 (two per byte, low digit first), sign in bit 7 of byte 9. */
    static void fromBcd(Float80 acc, long low8, int high2) {
        long v = 0;
        int b8 = high2 & 0xFF;
        v = (b8 >> 4) * 10L + (b8 & 15);
        for (int k = 7; k >= 0; k--) {
            int b = (int) (low8 >>> (8 * k)) & 0xFF;
            v = v * 100 + (b >> 4) * 10 + (b & 15);
        }
        fromLong(acc, v);
        if ((high2 & 0x8000) != 0) {
            acc.se |= 0x8000;                             // −0 stays −0
        }
    }

    /**
     * FBSTP: ST(0) rounded by RC to an integer of at most 18 digits; the image is returned as
     * (acc.man = bytes 0..7, acc.se = bytes 8..9). Out of range, NaN and infinity raise IE and
     * store the BCD indefinite FFFF C000 0000 0000 0000 (SDM Vol. 2 FBSTP).
     */
    static int toBcd(Float80 acc, int se, long man, int cw) {
        int cls = Float80.classify(se, man);
        int flags;
        long v;
        if (cls == Float80.ZERO) {
            v = 0;
            flags = 0;
        } else {
            flags = toInt(acc, se, man, 8, cw, false);
            v = acc.man;
            if ((flags & Float80.IE) != 0 || v > 999_999_999_999_999_999L || v < -999_999_999_999_999_999L) {
                acc.man = 0xC000_0000_0000_0000L;
                acc.se = 0xFFFF;
                return (flags & Float80.DE) | Float80.IE;
            }
            v = Math.abs(v);
        }
        long low = 0;
        for (int k = 0; k < 8; k++) {
            long d = v % 100;
            v /= 100;
            low |= ((d / 10) << 4 | (d % 10)) << (8 * k);
        }
        int hi = (int) ((v / 10) << 4 | (v % 10));
        hi |= (se & 0x8000);
        acc.man = low;
        acc.se = hi;
        return flags;
    }
}
