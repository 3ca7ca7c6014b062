package dev.ring3.interp;

import dev.ring3.semgen.Semantics;
import java.math.BigInteger;

/**
 * The x87's exact operations on exponents and integer parts (SDM Vol. 2 FRNDINT, FSCALE, FXTRACT,
 * FPREM, FPREM1): results are exact except where they must round (FRNDINT by RC, FSCALE into the
 * denormal range), always at 64-bit precision whatever PC says.
 */
@Semantics(Exec.class)
final class X87Scale {
    private X87Scale() {}

    /** Full precision and masked OE/UE-as-the-cw-says rounding: PC forced to 64 bits. */
    private static int cw64(Cpu c) {
        return c.fpuControl | 0x300;
    }

    /** D9 FC FRNDINT: ST(0) rounded to an integer by RC. */
    static void frndint(Cpu c, Insn i) {
        int p = X87.st(c, 0);
        if (X87.empty(c, p)) {
            X87.underflow(c, p);
            return;
        }
        Float80 acc = c.fpuAcc;
        int se = c.fpuSe[p];
        long man = c.fpuMan[p];
        int cls = Float80.classify(se, man);
        switch (cls) {
            case Float80.UNSUPPORTED:
                acc.setIndefinite();
                X87.deliver(c, p, Float80.IE);
                return;
            case Float80.QNAN: case Float80.SNAN:
                X87.deliver(c, p, acc.propagateNaN(se, man, cls, 0, 0, -1));
                return;
            case Float80.ZERO: case Float80.INF:
                acc.set(se, man);
                X87.deliver(c, p, 0);
                return;
            default:
                break;
        }
        int flags = cls == Float80.DENORMAL ? Float80.DE : 0;
        if (flags != 0 && X87.unmasked(c, flags)) {
            X87.status(c, flags);
            return;
        }
        int e = (se & 0x7FFF) - Float80.BIAS;
        if (e >= 63) {
            acc.set(se, man);
            X87.deliver(c, p, flags);
            return;
        }
        // Reuse the integer conversion's rounding on the magnitude; it is exact below 2^63.
        int f = Float80Convert.toInt(acc, se & 0x7FFF, man, 8, c.fpuControl ^ signedRc(c, se), false);
        long v = acc.man;
        f &= Float80.PE | Float80.C1;
        if (v == 0) {
            acc.set(se & 0x8000, 0);
        } else {
            int z = Long.numberOfLeadingZeros(v);
            acc.set((se & 0x8000) | (Float80.BIAS + 63 - z), v << z);
        }
        X87.deliver(c, p, flags | f);
    }

    /**
     * Rounding the magnitude of a negative value: "down" and "up" swap. Returns the bits to XOR
     * into the control word.
     */
    private static int signedRc(Cpu c, int se) {
        int rc = (c.fpuControl >>> 10) & 3;
        return (se & 0x8000) != 0 && (rc == 1 || rc == 2) ? 0xC00 : 0;
    }

    /** D9 FD FSCALE: ST(0) × 2^trunc(ST(1)). */
    static void fscale(Cpu c, Insn i) {
        int p = X87.st(c, 0), q = X87.st(c, 1);
        if (X87.empty(c, p) || X87.empty(c, q)) {
            X87.underflow(c, p);
            return;
        }
        Float80 acc = c.fpuAcc;
        int aSe = c.fpuSe[p], bSe = c.fpuSe[q];
        long aMan = c.fpuMan[p], bMan = c.fpuMan[q];
        int ac = Float80.classify(aSe, aMan), bc = Float80.classify(bSe, bMan);
        if (ac == Float80.UNSUPPORTED || bc == Float80.UNSUPPORTED) {
            acc.setIndefinite();
            X87.deliver(c, p, Float80.IE);
            return;
        }
        if (Float80.isNaN(ac) || Float80.isNaN(bc)) {
            X87.deliver(c, p, acc.propagateNaN(aSe, aMan, ac, bSe, bMan, bc));
            return;
        }
        int flags = (ac == Float80.DENORMAL || bc == Float80.DENORMAL) ? Float80.DE : 0;
        boolean bNeg = (bSe & 0x8000) != 0;
        if (bc == Float80.INF) {
            if ((ac == Float80.ZERO && !bNeg) || (ac == Float80.INF && bNeg)) {
                acc.setIndefinite();
                X87.deliver(c, p, Float80.IE);
                return;
            }
            if (ac == Float80.ZERO || ac == Float80.INF) {
                acc.set(aSe, aMan);
            } else {
                acc.set(bNeg ? aSe & 0x8000 : (aSe & 0x8000) | 0x7FFF, bNeg ? 0 : Float80.J);
            }
            X87.deliver(c, p, flags);
            return;
        }
        if (ac == Float80.ZERO || ac == Float80.INF) {
            acc.set(aSe, aMan);
            X87.deliver(c, p, flags);
            return;
        }
        if (flags != 0 && X87.unmasked(c, flags)) {
            X87.status(c, flags);
            return;
        }
        // trunc(ST(1)), clamped far beyond any exponent that can still give a finite non-zero result.
        long n;
        int be = (bSe & 0x7FFF) - Float80.BIAS;
        if (bc == Float80.ZERO || be < 0) {
            n = 0;
        } else if (be > 20) {
            n = 1 << 20;
        } else {
            n = bMan >>> (63 - be);
        }
        if (bNeg) {
            n = -n;
        }
        int ae = (aSe & 0x7FFF) == 0 ? 1 - Long.numberOfLeadingZeros(aMan) : aSe & 0x7FFF;
        long sig = aMan << Long.numberOfLeadingZeros(aMan);
        // Unmasked overflow and underflow wrap the exponent only for scales below 2^16 whose
        // wrapped exponent fits. Otherwise ("massive" overflow or underflow, SDM Vol. 1 8.5.4.2)
        // an unmasked overflow gives a signed infinity whatever the rounding mode (OE, PE, C1),
        // an unmasked underflow a signed zero whatever the rounding mode (UE, PE, C1 = 0; until
        // session 16 the masked result, which differs from it only under RD and RU), both with ES
        // set: what the host does (X87FindingsTest.fscaleMassiveOverflow, ...Underflow).
        int f;
        long wrapped = ae + n + (ae + n > 0 ? -Float80.WRAP : Float80.WRAP);
        if (Math.abs(n) <= 0xFFFF && wrapped > 0 && wrapped < 0x7FFF) {
            f = acc.roundPack(aSe >>> 15 & 1, (int) (ae + n), sig, 0, 64, cw64(c));
        } else {
            f = acc.roundPack(aSe >>> 15 & 1, (int) (ae + n), sig, 0, 64, cw64(c) | Float80.OE | Float80.UE);
            if ((f & Float80.OE) != 0 && X87.unmasked(c, Float80.OE)) {
                acc.set((aSe & 0x8000) | 0x7FFF, Float80.J);
                f = Float80.OE | Float80.PE | Float80.C1;
            } else if (((f & Float80.UE) != 0 || acc.lastTiny) && X87.unmasked(c, Float80.UE)) {
                acc.set(aSe & 0x8000, 0);
                f = Float80.UE | Float80.PE;
            }
        }
        X87.deliver(c, p, flags | f);
    }

    /**
     * D9 F4 FXTRACT: ST(0) becomes the unbiased exponent, then the significand (exponent 0) is
     * pushed. Zero raises ZE and gives −∞ as the exponent (SDM Vol. 2 FXTRACT).
     */
    static void fxtract(Cpu c, Insn i) {
        int p = X87.st(c, 0);
        if (X87.empty(c, p)) {
            // Stack underflow: the indefinite in ST(0) and pushed, reported as an underflow (C1 = 0)
            // even when ST(7) is full too, as on the host.
            if (X87.underflow(c, p)) {
                int n = X87.st(c, 7);
                X87.setTop(c, n);
                X87.write(c, n, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN);
            }
            return;
        }
        int n = X87.st(c, 7);
        if (!X87.empty(c, n)) {
            // Stack overflow: both ST(0) and the new top become the indefinite.
            if (X87.status(c, Float80.IE | Float80.SF | Float80.C1)) {
                X87.write(c, p, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN);
                X87.setTop(c, n);
                X87.write(c, n, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN);
            }
            return;
        }
        Float80 acc = c.fpuAcc;
        int se = c.fpuSe[p];
        long man = c.fpuMan[p];
        int cls = Float80.classify(se, man);
        int expSe, sigSe, flags = 0;
        long expMan, sigMan;
        switch (cls) {
            case Float80.UNSUPPORTED:
                expSe = sigSe = Float80.INDEFINITE_SE;
                expMan = sigMan = Float80.INDEFINITE_MAN;
                flags = Float80.IE;
                break;
            case Float80.QNAN: case Float80.SNAN:
                flags = acc.propagateNaN(se, man, cls, 0, 0, -1);
                expSe = sigSe = acc.se;
                expMan = sigMan = acc.man;
                break;
            case Float80.ZERO:
                if (X87.unmasked(c, Float80.ZE)) {
                    X87.status(c, Float80.ZE);
                    return;
                }
                expSe = 0xFFFF;
                expMan = Float80.J;
                sigSe = se;
                sigMan = 0;
                flags = Float80.ZE;
                break;
            case Float80.INF:
                expSe = 0x7FFF;
                expMan = Float80.J;
                sigSe = se;
                sigMan = man;
                break;
            default: {
                if (cls == Float80.DENORMAL) {
                    flags = Float80.DE;
                    if (X87.unmasked(c, flags)) {
                        X87.status(c, flags);
                        return;
                    }
                }
                int e = ((se & 0x7FFF) == 0 ? 1 - Long.numberOfLeadingZeros(man) : se & 0x7FFF) - Float80.BIAS;
                Float80Convert.fromLong(acc, e);
                expSe = acc.se;
                expMan = acc.man;
                sigSe = (se & 0x8000) | Float80.BIAS;
                sigMan = man << Long.numberOfLeadingZeros(man);
                break;
            }
        }
        if (!X87.status(c, flags)) {
            return;
        }
        X87.write(c, p, expSe, expMan);
        X87.setTop(c, n);
        X87.write(c, n, sigSe, sigMan);
    }

    /** D9 F8 FPREM: the remainder of a truncated quotient. */
    static void fprem(Cpu c, Insn i) {
        remainder(c, false);
    }

    /** D9 F5 FPREM1: the IEEE remainder (quotient rounded to nearest even). */
    static void fprem1(Cpu c, Insn i) {
        remainder(c, true);
    }

    /**
     * ST(0) ← ST(0) rem ST(1), exact. With exponents 64 or more apart only a partial remainder is
     * computed, reducing the exponent difference to below 64 in steps of 32 to 63 bits
     * (N = 32 + difference mod 32, the choice AMD documents), C2 set and C0 C3 C1 cleared;
     * otherwise C2 is cleared and C0 C3 C1 receive quotient bits 2, 1, 0.
     */
    private static void remainder(Cpu c, boolean nearest) {
        int p = X87.st(c, 0), q = X87.st(c, 1);
        // An invalid or NaN operand (empty, unsupported, an infinite dividend, a zero divisor, a
        // NaN) clears C1 and C2 and leaves C0 and C3 as they were, as on the host.
        int keep = c.fpuStatus & (X87.C0 | X87.C3);
        if (X87.empty(c, p) || X87.empty(c, q)) {
            X87.underflow(c, p);
            X87.conditions(c, keep);
            return;
        }
        Float80 acc = c.fpuAcc;
        int aSe = c.fpuSe[p], bSe = c.fpuSe[q];
        long aMan = c.fpuMan[p], bMan = c.fpuMan[q];
        int ac = Float80.classify(aSe, aMan), bc = Float80.classify(bSe, bMan);
        int flags;
        if (ac == Float80.UNSUPPORTED || bc == Float80.UNSUPPORTED || ac == Float80.INF || bc == Float80.ZERO) {
            if (ac != Float80.UNSUPPORTED && bc != Float80.UNSUPPORTED && (Float80.isNaN(ac) || Float80.isNaN(bc))) {
                flags = acc.propagateNaN(aSe, aMan, ac, bSe, bMan, bc);
            } else {
                acc.setIndefinite();
                flags = Float80.IE;
            }
            X87.deliver(c, p, flags);
            X87.conditions(c, keep);     // C1 and C2 cleared even when an unmasked IE stops it (the host)
            return;
        }
        if (Float80.isNaN(ac) || Float80.isNaN(bc)) {
            X87.deliver(c, p, acc.propagateNaN(aSe, aMan, ac, bSe, bMan, bc));
            X87.conditions(c, keep);
            return;
        }
        flags = (ac == Float80.DENORMAL || bc == Float80.DENORMAL) ? Float80.DE : 0;
        if (flags != 0 && X87.unmasked(c, flags)) {
            X87.status(c, flags);
            X87.conditions(c, keep);
            return;
        }
        if (ac == Float80.DENORMAL && bc == Float80.INF && X87.unmasked(c, Float80.UE)) {
            // A denormal ST(0) comes back as a tiny result: with UE unmasked, UE and its exponent
            // wrapped, as an arithmetic result would be (the Zen 5 host, session 16).
            int ae = 1 - Long.numberOfLeadingZeros(aMan);
            int f = acc.roundPack(aSe >>> 15 & 1, ae, aMan << Long.numberOfLeadingZeros(aMan), 0, 64, cw64(c));
            if (X87.deliver(c, p, flags | (f & ~Float80.C1))) {
                X87.conditions(c, 0);
            }
            return;
        }
        if (ac == Float80.ZERO || bc == Float80.INF) {
            // ST(0) unchanged, but a pseudo-denormal comes back with its exponent made 1.
            acc.set((aSe & 0x7FFF) == 0 && aMan < 0 ? aSe | 1 : aSe, aMan);
            if (X87.deliver(c, p, flags)) {
                X87.conditions(c, 0);
            }
            return;
        }
        int ae = (aSe & 0x7FFF) == 0 ? 1 - Long.numberOfLeadingZeros(aMan) : aSe & 0x7FFF;
        int be = (bSe & 0x7FFF) == 0 ? 1 - Long.numberOfLeadingZeros(bMan) : bSe & 0x7FFF;
        long am = aMan << Long.numberOfLeadingZeros(aMan), bm = bMan << Long.numberOfLeadingZeros(bMan);
        int d = ae - be;
        BigInteger a = new BigInteger(1, toBytes(am));
        BigInteger b = new BigInteger(1, toBytes(bm));
        int cc;
        int scale;      // the remainder's units are 2^(scale − BIAS − 63)
        BigInteger r;
        if (d >= 64) {
            int n = 32 + d % 32;
            // Divide by ST(1) × 2^(d − n): the quotient truncated, the remainder exact.
            r = a.shiftLeft(n).mod(b);
            scale = be + d - n;
            cc = X87.C2;
        } else {
            BigInteger[] qr;
            if (d >= 0) {
                qr = a.shiftLeft(d).divideAndRemainder(b);
                scale = be;
            } else {
                qr = a.divideAndRemainder(b.shiftLeft(-d));
                scale = ae;
            }
            BigInteger quo = qr[0];
            r = qr[1];
            if (nearest) {
                BigInteger div = d >= 0 ? b : b.shiftLeft(-d);
                int cmp = r.shiftLeft(1).compareTo(div);
                if (cmp > 0 || (cmp == 0 && quo.testBit(0))) {
                    r = r.subtract(div);
                    quo = quo.add(BigInteger.ONE);
                }
            }
            long qlow = quo.longValue();
            cc = ((qlow & 4) != 0 ? X87.C0 : 0) | ((qlow & 2) != 0 ? X87.C3 : 0) | ((qlow & 1) != 0 ? X87.C1 : 0);
        }
        int sign = aSe >>> 15 & 1;
        if (r.signum() < 0) {
            sign ^= 1;
            r = r.negate();
        }
        int f;
        if (r.signum() == 0) {
            acc.set(aSe & 0x8000, 0);
            f = 0;
        } else {
            long rm = r.longValue();
            int z = Long.numberOfLeadingZeros(rm);
            f = acc.roundPack(sign, scale - z, rm << z, 0, 64, cw64(c));
        }
        if (X87.deliver(c, p, flags | (f & ~Float80.C1))) {
            X87.conditions(c, cc);
        }
    }

    private static byte[] toBytes(long v) {
        byte[] b = new byte[8];
        for (int k = 0; k < 8; k++) {
            b[k] = (byte) (v >>> (56 - 8 * k));
        }
        return b;
    }
}
