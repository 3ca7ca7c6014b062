package dev.ring3.interp;

/**
 * Exact 80-bit extended-precision arithmetic as the x87 computes it (SDM Vol. 1 ch. 4 and 8):
 * one mutable accumulator per CPU that receives each result as (sign+exponent, 64-bit significand
 * with its explicit integer bit), so that no operation allocates. Every operation rounds once, to
 * the precision (24, 53 or 64 bits) and the rounding mode of the control word it is given, and
 * returns the status-word bits it raises: IE DE ZE OE UE PE, and C1 when it rounded up.
 *
 * <p>Denormals, pseudo-denormals (read as denormal operands), infinities and NaNs follow the x87's
 * rules (SDM Vol. 1 §4.8.3, Table 4-7 for NaN propagation, §8.2.2 for unsupported encodings,
 * which are invalid operands). Unmasked overflow and underflow deliver the result with the
 * exponent wrapped by 24576 (§8.5.3.1, §8.5.4.1), as hardware does before the handler runs.
 */
public final class Float80 {
    /** Status-word exception bits and C1 (SDM Vol. 1 §8.1.3). */
    public static final int IE = 1, DE = 2, ZE = 4, OE = 8, UE = 0x10, PE = 0x20, SF = 0x40, ES = 0x80,
            C0 = 0x100, C1 = 0x200, C2 = 0x400, C3 = 0x4000;

    /** Operand classes from {@link #classify}. */
    public static final int ZERO = 0, NORMAL = 1, DENORMAL = 2, INF = 3, QNAN = 4, SNAN = 5, UNSUPPORTED = 6;

    static final long J = 0x8000_0000_0000_0000L;
    /** The default NaN ("real indefinite"): negative, quiet, payload zero. */
    static final int INDEFINITE_SE = 0xFFFF;
    static final long INDEFINITE_MAN = 0xC000_0000_0000_0000L;
    static final int BIAS = 16383;
    /** Exponent wrap for unmasked overflow and underflow (SDM Vol. 1 §8.5.3.1). */
    static final int WRAP = 0x6000;

    /** The result of the last operation. */
    public int se;
    public long man;

    /** Unpacked operands: biased exponents that may go below 1 for denormals, normalised significands. */
    int aExp, bExp;
    long aSig, bSig;
    /** A 128-bit temporary (high, low) for shifts. */
    private long tHi, tLo;

    // ---- classification --------------------------------------------------------------------------

    public static int classify(int se, long man) {
        int e = se & 0x7FFF;
        if (e == 0) {
            return man == 0 ? ZERO : DENORMAL;
        }
        if (man >= 0) {
            return UNSUPPORTED;     // unnormal, pseudo-infinity, pseudo-NaN: J bit clear
        }
        if (e == 0x7FFF) {
            if ((man << 1) == 0) {
                return INF;
            }
            return (man & 0x4000_0000_0000_0000L) != 0 ? QNAN : SNAN;
        }
        return NORMAL;
    }

    static boolean isNaN(int cls) {
        return cls == QNAN || cls == SNAN;
    }

    /** Biased exponent and significand of a finite non-zero operand, normalised (denormals get exp < 1). */
    private static int normExp(int se, long man) {
        int e = se & 0x7FFF;
        if (e == 0) {
            return 1 - Long.numberOfLeadingZeros(man);
        }
        return e;
    }

    private static long normSig(int se, long man) {
        return (se & 0x7FFF) == 0 ? man << Long.numberOfLeadingZeros(man) : man;
    }

    void unpackA(int se, long man) {
        aExp = normExp(se, man);
        aSig = normSig(se, man);
    }

    void unpackB(int se, long man) {
        bExp = normExp(se, man);
        bSig = normSig(se, man);
    }

    public void set(int se, long man) {
        this.se = se;
        this.man = man;
    }

    void setIndefinite() {
        se = INDEFINITE_SE;
        man = INDEFINITE_MAN;
    }

    /**
     * NaN operands (SDM Vol. 1 Table 4-7, x87 column): an SNaN raises IE and is returned quieted;
     * with two NaNs the QNaN wins over an SNaN, otherwise the larger significand, and on a tie the
     * positive one. {@code bCls} may be -1 for a one-operand instruction.
     */
    int propagateNaN(int aSe, long aMan, int aCls, int bSe, long bMan, int bCls) {
        int flags = (aCls == SNAN || bCls == SNAN) ? IE : 0;
        boolean aNaN = isNaN(aCls), bNaN = isNaN(bCls);
        boolean pickA;
        if (aNaN && bNaN) {
            if (aCls != bCls) {
                pickA = aCls == QNAN;
            } else {
                long am = aMan & 0x3FFF_FFFF_FFFF_FFFFL, bm = bMan & 0x3FFF_FFFF_FFFF_FFFFL;
                pickA = am != bm ? Long.compareUnsigned(am, bm) > 0 : (aSe & 0x8000) == 0 || (bSe & 0x8000) != 0;
            }
        } else {
            pickA = aNaN;
        }
        if (pickA) {
            se = aSe;
            man = aMan | 0x4000_0000_0000_0000L;
        } else {
            se = bSe;
            man = bMan | 0x4000_0000_0000_0000L;
        }
        return flags;
    }

    // ---- rounding --------------------------------------------------------------------------------

    /** Shifts (hi, lo) right by n ≥ 1 into (tHi, tLo), ORing the bits shifted out into bit 0. */
    private void shiftRightJam(long hi, long lo, int n) {
        if (n >= 128) {
            tHi = 0;
            tLo = (hi | lo) != 0 ? 1 : 0;
        } else if (n >= 64) {
            long out = (n == 64 ? 0 : hi << (128 - n)) | lo;
            tLo = (n == 64 ? hi : hi >>> (n - 64)) | (out != 0 ? 1 : 0);
            tHi = 0;
        } else if (n > 0) {
            tLo = (hi << (64 - n)) | (lo >>> n) | ((lo << (64 - n)) != 0 ? 1 : 0);
            tHi = hi >>> n;
        } else {
            tHi = hi;
            tLo = lo;
        }
    }

    /**
     * Rounds sign × (hi.lo) × 2^(exp − BIAS − 63) to {@code bits} significant bits (24, 53 or 64)
     * under the rounding mode of {@code cw}, with the extended exponent range; hi must have bit 63
     * set. The result goes to (se, man). Tininess is detected before rounding (SDM Vol. 1 §4.9.1.5,
     * checked on the host); a tiny result is denormalised first and rounded at the same bit
     * positions, as the x87 does under reduced precision control.
     */
    int roundPack(int sign, int exp, long hi, long lo, int bits, int cw) {
        return roundPackRange(sign, exp, hi, lo, bits, cw, 0x7FFF);
    }

    /** True if the last rounding saw a tiny result (before rounding). */
    boolean lastTiny;

    /**
     * {@link #roundPack} for a format whose biased exponent runs to {@code expMax} (infinity's):
     * 0x7FFF for the registers, 0xFF and 0x7FF when storing binary32 and binary64.
     */
    int roundPackRange(int sign, int exp, long hi, long lo, int bits, int cw, int expMax) {
        int flags = 0;
        int drop = 64 - bits;
        // Tininess after rounding (as the host shows): tiny unless rounding to the precision with
        // an unbounded exponent would carry up to the smallest normal.
        boolean tiny = exp < 0 || (exp == 0 && !carriesToNormal(sign, hi, lo, drop, cw));
        lastTiny = tiny;
        if (exp <= 0) {
            if ((cw & UE) == 0 && tiny) {
                flags |= UE;
                exp += WRAP;
                tiny = false;
            } else {
                shiftRightJam(hi, lo, 1 - exp);
                hi = tHi;
                lo = tLo;
                exp = 0;
            }
        }
        long dropMask = drop == 0 ? 0 : (1L << drop) - 1;
        long rest = hi & dropMask;
        if (rest != 0 || lo != 0) {
            flags |= PE;
            boolean inc;
            switch ((cw >>> 10) & 3) {
                case 0: {
                    boolean half, below, odd;
                    if (drop == 0) {
                        half = lo < 0;
                        below = (lo << 1) != 0;
                        odd = (hi & 1) != 0;
                    } else {
                        long halfBit = 1L << (drop - 1);
                        half = (rest & halfBit) != 0;
                        below = (rest & (halfBit - 1)) != 0 || lo != 0;
                        odd = (hi & (1L << drop)) != 0;
                    }
                    inc = half && (below || odd);
                    break;
                }
                case 1: inc = sign != 0; break;
                case 2: inc = sign == 0; break;
                default: inc = false; break;
            }
            hi &= ~dropMask;
            if (inc) {
                flags |= C1;
                long before = hi;
                hi += 1L << drop;
                if (Long.compareUnsigned(hi, before) < 0) {   // carried out of bit 63
                    hi = J;
                    exp++;
                } else if (exp == 0 && hi < 0) {
                    exp = 1;                                   // a denormal rounded up to normal
                }
            }
            if (tiny) {
                flags |= UE;
            }
        }
        if (exp >= expMax) {
            if ((cw & OE) == 0) {
                flags |= OE;
                exp -= WRAP;
            } else {
                return flags | overflow(sign, bits, cw, expMax);
            }
        }
        se = (sign << 15) | (exp & 0x7FFF);   // a wrapped exponent keeps its low 15 bits
        man = hi;
        return flags;
    }

    /** True if rounding hi.lo at {@code drop} bits increments a kept part that is all ones. */
    private static boolean carriesToNormal(int sign, long hi, long lo, int drop, int cw) {
        long kept = hi >>> drop;
        if (kept != (-1L >>> drop)) {
            return false;
        }
        long rest = drop == 0 ? 0 : hi & ((1L << drop) - 1);
        if (rest == 0 && lo == 0) {
            return false;
        }
        switch ((cw >>> 10) & 3) {
            case 0: {
                boolean half = drop == 0 ? lo < 0 : (rest & (1L << (drop - 1))) != 0;
                return half;      // the kept part is odd (all ones), so a half rounds up too
            }
            case 1: return sign != 0;
            case 2: return sign == 0;
            default: return false;
        }
    }

    /** Masked overflow: infinity or the largest finite value, by rounding mode and sign (SDM Vol. 1 Table 4-10). */
    private int overflow(int sign, int bits, int cw, int expMax) {
        int rc = (cw >>> 10) & 3;
        boolean toInf = rc == 0 || (rc == 1 && sign != 0) || (rc == 2 && sign == 0);
        if (toInf) {
            se = (sign << 15) | expMax;
            man = J;
            return OE | PE | C1;
        }
        se = (sign << 15) | (expMax - 1);
        man = bits == 64 ? -1L : -1L << (64 - bits);
        return OE | PE;
    }

    /** Normalises (hi, lo) that is not zero and rounds it: for sums, differences and products. */
    private int normRound(int sign, int exp, long hi, long lo, int bits, int cw) {
        if (hi == 0) {
            hi = lo;
            lo = 0;
            exp -= 64;
        }
        int z = Long.numberOfLeadingZeros(hi);
        if (z != 0) {
            hi = (hi << z) | (lo >>> (64 - z));
            lo <<= z;
            exp -= z;
        }
        return roundPack(sign, exp, hi, lo, bits, cw);
    }

    /** The precision the PC field selects (SDM Vol. 1 §8.1.5.2): 24, 53 or 64 bits (10b and 11b both 53/64). */
    public static int precision(int cw) {
        switch ((cw >>> 8) & 3) {
            case 0: return 24;
            case 2: return 53;
            default: return 64;
        }
    }

    // ---- addition and subtraction ----------------------------------------------------------------

    /**
     * a + b, or a − b when {@code bFlip} is 0x8000 (the flip is not applied to a NaN b, whose sign
     * propagates unchanged), rounded per the control word's precision and rounding fields.
     * Operands denormal or special take the slow path.
     */
    public int add(int aSe, long aMan, int bSe, long bMan, int bFlip, int cw) {
        int ae = aSe & 0x7FFF, be = bSe & 0x7FFF;
        int bEff = bSe ^ bFlip;
        if (ae == 0 || ae == 0x7FFF || be == 0 || be == 0x7FFF || aMan >= 0 || bMan >= 0) {
            int r = addSpecial(aSe, aMan, bSe, bMan, bEff, cw);
            if (r >= 0) {
                return r;
            }
        } else {
            aExp = ae;
            aSig = aMan;
            bExp = be;
            bSig = bMan;
        }
        return addUnpacked(aSe >>> 15 & 1, bEff >>> 15 & 1, precision(cw), cw);
    }

    /** Adds the unpacked aExp/aSig and bExp/bSig with the given signs. */
    private int addUnpacked(int sa, int sb, int bits, int cw) {
        int flags = 0;
        int ea = aExp, eb = bExp;
        long ma = aSig, mb = bSig;
        if (ea < eb || (ea == eb && Long.compareUnsigned(ma, mb) < 0)) {
            int te = ea; ea = eb; eb = te;
            long tm = ma; ma = mb; mb = tm;
            int ts = sa; sa = sb; sb = ts;
        }
        int d = ea - eb;
        long bHi, bLo;
        if (d == 0) {
            bHi = mb;
            bLo = 0;
        } else {
            shiftRightJam(mb, 0, d);
            bHi = tHi;
            bLo = tLo;
        }
        if (sa == sb) {
            long lo = bLo;
            long hi = ma + bHi;
            if (Long.compareUnsigned(hi, ma) < 0) {   // carry: shift right one, keep the lost bit sticky
                lo = (hi << 63) | (lo >>> 1) | (lo & 1);
                hi = (hi >>> 1) | J;
                ea++;
            }
            return flags | roundPack(sa, ea, hi, lo, bits, cw);
        }
        long lo = -bLo;
        long hi = ma - bHi - (bLo != 0 ? 1 : 0);
        if (hi == 0 && lo == 0) {
            // Exact zero: +0, or −0 when rounding down (SDM Vol. 1 §4.8.3.9... Table 4-? "x − x").
            se = ((cw >>> 10) & 3) == 1 ? 0x8000 : 0;
            man = 0;
            return flags;
        }
        return flags | normRound(sa, ea, hi, lo, bits, cw);
    }

    /** Zeros, denormals, infinities, NaNs and unsupported encodings for add; −1 to continue with the unpacked operands. */
    private int addSpecial(int aSe, long aMan, int bNaNSe, long bMan, int bSe, int cw) {
        int ac = classify(aSe, aMan), bc = classify(bSe, bMan);
        if (ac == UNSUPPORTED || bc == UNSUPPORTED) {
            setIndefinite();
            return IE;
        }
        if (isNaN(ac) || isNaN(bc)) {
            return propagateNaN(aSe, aMan, ac, bNaNSe, bMan, bc);
        }
        int flags = (ac == DENORMAL || bc == DENORMAL) ? DE : 0;
        if (ac == INF || bc == INF) {
            if (ac == INF && bc == INF && ((aSe ^ bSe) & 0x8000) != 0) {
                setIndefinite();
                return IE;
            }
            if (ac == INF) {
                set(aSe, aMan);
            } else {
                set(bSe, bMan);
            }
            return flags;
        }
        if ((flags & DE) != 0 && (cw & DE) == 0) {
            return DE;   // unmasked #D: the instruction stops before computing
        }
        if (ac == ZERO && bc == ZERO) {
            if (((aSe ^ bSe) & 0x8000) == 0) {
                set(aSe & 0x8000, 0);
            } else {
                set(((cw >>> 10) & 3) == 1 ? 0x8000 : 0, 0);
            }
            return flags;
        }
        if (ac == ZERO || bc == ZERO) {
            // x + 0 is x, but still rounded to the precision control (and a denormal x may be tiny).
            int s = ac == ZERO ? bSe : aSe;
            long m = ac == ZERO ? bMan : aMan;
            return flags | roundPack(s >>> 15 & 1, normExp(s, m), normSig(s, m), 0, precision(cw), cw);
        }
        unpackA(aSe, aMan);
        unpackB(bSe, bMan);
        return flags | addUnpacked(aSe >>> 15 & 1, bSe >>> 15 & 1, precision(cw), cw);
    }

    // ---- multiplication --------------------------------------------------------------------------

    public int mul(int aSe, long aMan, int bSe, long bMan, int cw) {
        int ae = aSe & 0x7FFF, be = bSe & 0x7FFF;
        int flags = 0;
        int sign = (aSe ^ bSe) >>> 15 & 1;
        if (ae == 0 || ae == 0x7FFF || be == 0 || be == 0x7FFF || aMan >= 0 || bMan >= 0) {
            int ac = classify(aSe, aMan), bc = classify(bSe, bMan);
            if (ac == UNSUPPORTED || bc == UNSUPPORTED) {
                setIndefinite();
                return IE;
            }
            if (isNaN(ac) || isNaN(bc)) {
                return propagateNaN(aSe, aMan, ac, bSe, bMan, bc);
            }
            flags = (ac == DENORMAL || bc == DENORMAL) ? DE : 0;
            if (ac == INF || bc == INF) {
                if (ac == ZERO || bc == ZERO) {
                    setIndefinite();
                    return IE;
                }
                set(sign << 15 | 0x7FFF, J);
                return flags;
            }
            if (flags != 0 && (cw & DE) == 0) {
                return DE;
            }
            if (ac == ZERO || bc == ZERO) {
                set(sign << 15, 0);
                return flags;
            }
            unpackA(aSe, aMan);
            unpackB(bSe, bMan);
        } else {
            aExp = ae;
            aSig = aMan;
            bExp = be;
            bSig = bMan;
        }
        long lo = aSig * bSig;
        long hi = Math.multiplyHigh(aSig, bSig) + ((aSig >> 63) & bSig) + ((bSig >> 63) & aSig);
        int exp = aExp + bExp - BIAS + 1;
        return flags | normRound(sign, exp, hi, lo, precision(cw), cw);
    }

    // ---- division --------------------------------------------------------------------------------

    public int div(int aSe, long aMan, int bSe, long bMan, int cw) {
        int ae = aSe & 0x7FFF, be = bSe & 0x7FFF;
        int flags = 0;
        int sign = (aSe ^ bSe) >>> 15 & 1;
        if (ae == 0 || ae == 0x7FFF || be == 0 || be == 0x7FFF || aMan >= 0 || bMan >= 0) {
            int ac = classify(aSe, aMan), bc = classify(bSe, bMan);
            if (ac == UNSUPPORTED || bc == UNSUPPORTED) {
                setIndefinite();
                return IE;
            }
            if (isNaN(ac) || isNaN(bc)) {
                return propagateNaN(aSe, aMan, ac, bSe, bMan, bc);
            }
            if ((ac == INF && bc == INF) || (ac == ZERO && bc == ZERO)) {
                setIndefinite();
                return IE;
            }
            flags = (ac == DENORMAL || bc == DENORMAL) ? DE : 0;
            if (ac == INF) {
                set(sign << 15 | 0x7FFF, J);
                return flags;
            }
            if (bc == INF) {
                set(sign << 15, 0);
                return flags;
            }
            if (bc == ZERO) {
                // #Z outranks #D (SDM Vol. 1 §4.9.2; the host raises ZE alone for denormal / 0).
                if ((cw & ZE) != 0) {
                    set(sign << 15 | 0x7FFF, J);
                }
                return ZE;
            }
            if (flags != 0 && (cw & DE) == 0) {
                return DE;
            }
            if (ac == ZERO) {
                set(sign << 15, 0);
                return flags;
            }
            unpackA(aSe, aMan);
            unpackB(bSe, bMan);
        } else {
            aExp = ae;
            aSig = aMan;
            bExp = be;
            bSig = bMan;
        }
        // Quotient of the 64-bit significands to 64 bits, two guard bits and a sticky remainder.
        long n = aSig, dv = bSig;
        int exp = aExp - bExp + BIAS;
        long rem;
        long q;
        if (Long.compareUnsigned(n, dv) >= 0) {
            rem = n - dv;          // quotient in [1, 2): its integer bit is 1
            q = 1;
        } else {
            exp--;                 // quotient in [1/2, 1)
            rem = n;
            q = 0;
        }
        long q2;
        int steps = q == 1 ? 63 : 64;
        long hi = q;
        for (int k = 0; k < steps; k++) {
            boolean top = rem < 0;
            rem <<= 1;
            hi <<= 1;
            if (top || Long.compareUnsigned(rem, dv) >= 0) {
                rem -= dv;
                hi |= 1;
            }
        }
        // Guard bits for rounding: 64 more bits would be exact but 2 plus sticky suffice.
        q2 = 0;
        for (int k = 0; k < 2; k++) {
            boolean top = rem < 0;
            rem <<= 1;
            q2 <<= 1;
            if (top || Long.compareUnsigned(rem, dv) >= 0) {
                rem -= dv;
                q2 |= 1;
            }
        }
        long lo = (q2 << 62) | (rem != 0 ? 1 : 0);
        return flags | roundPack(sign, exp, hi, lo, precision(cw), cw);
    }

    // ---- square root -----------------------------------------------------------------------------

    public int sqrt(int aSe, long aMan, int cw) {
        int ac = classify(aSe, aMan);
        int flags = 0;
        if (ac != NORMAL) {
            if (ac == UNSUPPORTED) {
                setIndefinite();
                return IE;
            }
            if (isNaN(ac)) {
                return propagateNaN(aSe, aMan, ac, 0, 0, -1);
            }
            if (ac == ZERO) {
                set(aSe, 0);
                return 0;
            }
            if ((aSe & 0x8000) != 0) {
                setIndefinite();
                return IE;
            }
            if (ac == INF) {
                set(aSe, aMan);
                return 0;
            }
            if ((cw & DE) == 0) {
                return DE;
            }
            flags = DE;
        } else if ((aSe & 0x8000) != 0) {
            setIndefinite();
            return IE;
        }
        unpackA(aSe, aMan);
        // value = sig × 2^(e − BIAS − 63). Make the exponent even: radicand r = sig × 2^s with the
        // root's integer part at bit 63 of a 128-bit radicand (hi, lo).
        int e = aExp - BIAS;
        long rHi, rLo;
        if ((e & 1) == 0) {
            rHi = aSig >>> 1;      // radicand = sig/2 × 2^64... root of (sig × 2^63) has 63.5 bits
            rLo = aSig << 63;
        } else {
            rHi = aSig;
            rLo = 0;
        }
        // Bit-by-bit root of the 128-bit radicand (rHi:rLo): a 64-bit root with a sticky remainder.
        long root = 0, remHi = 0, remLo = 0;
        for (int k = 0; k < 64; k++) {
            // bring down two bits
            remHi = (remHi << 2) | (remLo >>> 62);
            remLo = (remLo << 2) | (rHi >>> 62);
            rHi = (rHi << 2) | (rLo >>> 62);
            rLo <<= 2;
            // trial = 4·root + 1, compare with remainder (128-bit)
            long tLoV = (root << 2) | 1;
            long tHiV = root >>> 62;
            root <<= 1;
            if (Long.compareUnsigned(remHi, tHiV) > 0
                    || (remHi == tHiV && Long.compareUnsigned(remLo, tLoV) >= 0)) {
                long nlo = remLo - tLoV;
                remHi = remHi - tHiV - (Long.compareUnsigned(remLo, tLoV) < 0 ? 1 : 0);
                remLo = nlo;
                root |= 1;
            }
        }
        // The exact root is root + f with 0 <= f < 1: f >= 1/2 iff rem > root (f = 1/2 cannot
        // happen for an integer radicand), f = 0 iff rem = 0.
        boolean half = remHi != 0 || Long.compareUnsigned(remLo, root) > 0;
        long lo = (half ? J : 0) | ((remHi | remLo) != 0 ? 1 : 0);
        return flags | roundPack(0, (e >> 1) + BIAS, root, lo, precision(cw), cw);
    }
}
