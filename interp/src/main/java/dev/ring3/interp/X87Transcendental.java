package dev.ring3.interp;

import dev.ring3.semgen.Semantics;
import java.math.BigDecimal;

/**
 * The x87 transcendental instructions (SDM Vol. 2 FSIN, FCOS, FSINCOS, FPTAN, FPATAN, F2XM1,
 * FYL2X, FYL2XP1), evaluated with {@link X87Real} to well beyond 64 bits and rounded once by RC
 * at 64-bit precision, trigonometric arguments reduced with the host's 68-bit pi. The host's
 * microcode misses that correctly rounded value by a last bit in up to 3 cases in 100
 * (docs/quirks.md, "x87"). Arguments of trigonometric functions at or beyond
 * 2^63 in magnitude leave ST(0) alone and set C2 ("out of range"). As on the host, C0 and C3 keep
 * their values; C2 is cleared by the trigonometric functions and kept by the others.
 */
@Semantics(Exec.class)
final class X87Transcendental {
    private X87Transcendental() {}

    private static final int TRIG_LIMIT_EXP = Float80.BIAS + 63;

    private static int cw64(Cpu c) {
        return c.fpuControl | 0x300;
    }

    /**
     * Common checks for one-operand functions on ST(0): returns the class of ST(0), or −1 when
     * the instruction is finished (stack underflow, NaN or invalid operand: result delivered to
     * ST(0) and, for the two-result functions, pushed too).
     */
    private static int operand(Cpu c, boolean pushesToo, boolean trig) {
        int p = X87.st(c, 0);
        if (X87.empty(c, p)) {
            if (X87.underflow(c, p) && pushesToo) {
                c.fpuAcc.setIndefinite();
                X87.push(c, 0);
            }
            return -1;
        }
        int se = c.fpuSe[p];
        long man = c.fpuMan[p];
        int cls = Float80.classify(se, man);
        Float80 acc = c.fpuAcc;
        int f;
        if (cls == Float80.UNSUPPORTED) {
            acc.setIndefinite();
            f = Float80.IE;
        } else if (Float80.isNaN(cls)) {
            f = acc.propagateNaN(se, man, cls, 0, 0, -1);
        } else {
            // An unmasked #D stops the instruction, after a stack overflow (the host).
            if (cls == Float80.DENORMAL && X87.unmasked(c, Float80.DE) && !(pushesToo && !X87.empty(c, X87.st(c, 7)))) {
                X87.status(c, Float80.DE);
                return -1;
            }
            return cls;
        }
        if (pushesToo && !X87.empty(c, X87.st(c, 7))) {
            X87.push(c, 0);     // stack overflow
            return -1;
        }
        if (X87.deliver(c, p, f) && pushesToo) {
            X87.push(c, f);
        }
        if (trig) {
            c.fpuStatus &= ~X87.C2;
        }
        return -1;
    }

    /** True (and C2 set) if |ST(0)| ≥ 2^63, where the trigonometric functions do nothing. */
    private static boolean outOfRange(Cpu c, int p) {
        if ((c.fpuSe[p] & 0x7FFF) >= TRIG_LIMIT_EXP) {
            c.fpuStatus = (c.fpuStatus & ~X87.C1) | X87.C2;
            return true;
        }
        return false;
    }

    /** Infinity in a trigonometric function: IE, the indefinite. */
    private static boolean infinite(Cpu c, int p, int cls, boolean pushesToo) {
        if (cls != Float80.INF) {
            return false;
        }
        c.fpuAcc.setIndefinite();
        if (X87.deliver(c, p, Float80.IE) && pushesToo) {
            X87.push(c, Float80.IE);
        }
        c.fpuStatus &= ~(X87.C1 | X87.C2);
        return true;
    }

    /** Below this biased exponent the tangent takes the host's tiny path (|x·TAN_K| &lt; 2^−33). */
    private static final int TAN_TINY_EXP = Float80.BIAS - 34;

    private static int trig(Cpu c, Float80 acc, int se, long man, int which, int flags) {
        if (which == 2 && (se & 0x7FFF) < TAN_TINY_EXP && X87Real.tanScaleExact(man)) {
            // x·K exact at 68 bits: the host returns x, inexact all the same (checked on the bits:
            // toBig rounds the tiniest values, and the remainder of a tiny x is x itself).
            acc.set(se, man);
            return flags | Float80.PE;
        }
        BigDecimal x = X87Real.toBig(se, man);
        boolean[] exact = new boolean[1];
        BigDecimal v = which == 0 ? X87Real.sin(x, X87Real.PI66) : which == 1 ? X87Real.cos(x, X87Real.PI66)
                : X87Real.tan(x, X87Real.PI66, exact);
        return flags | X87Real.round(acc, v, cw64(c), exact[0]) | Float80.PE;
    }

    /** D9 FE FSIN. */
    static void fsin(Cpu c, Insn i) {
        oneTrig(c, 0);
    }

    /** D9 FF FCOS. */
    static void fcos(Cpu c, Insn i) {
        oneTrig(c, 1);
    }

    private static void oneTrig(Cpu c, int which) {
        c.fpuStatus &= ~X87.C2;     // whatever stops the instruction, C2 is clear unless out of range
        int cls = operand(c, false, true);
        if (cls < 0) {
            return;
        }
        int p = X87.st(c, 0);
        if (infinite(c, p, cls, false) || outOfRange(c, p)) {
            return;
        }
        Float80 acc = c.fpuAcc;
        int flags = cls == Float80.DENORMAL ? Float80.DE : 0;
        if (cls == Float80.ZERO) {
            if (which == 0) {
                acc.set(c.fpuSe[p], 0);
            } else {
                acc.set(Float80.BIAS, Float80.J);
            }
        } else {
            flags = trig(c, acc, c.fpuSe[p], c.fpuMan[p], which, flags);
        }
        if (X87.deliver(c, p, flags)) {
            c.fpuStatus &= ~X87.C2;
        }
    }

    /** D9 FB FSINCOS: ST(0) ← sin, then cos pushed. */
    static void fsincos(Cpu c, Insn i) {
        twoResults(c, true);
    }

    /** D9 F2 FPTAN: ST(0) ← tan, then 1.0 pushed. */
    static void fptan(Cpu c, Insn i) {
        twoResults(c, false);
    }

    private static void twoResults(Cpu c, boolean sincos) {
        c.fpuStatus &= ~X87.C2;
        int cls = operand(c, true, true);
        if (cls < 0) {
            return;
        }
        int p = X87.st(c, 0);
        // The stack overflow check comes first (the host), then out of range; an infinity is an
        // invalid operand, not out of range.
        if (X87.empty(c, X87.st(c, 7)) && cls != Float80.INF && outOfRange(c, p)) {
            return;
        }
        if (!X87.empty(c, X87.st(c, 7))) {
            X87.status(c, Float80.IE | Float80.SF | Float80.C1);
            if (!X87.unmasked(c, Float80.IE)) {
                X87.write(c, p, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN);
                c.fpuAcc.setIndefinite();
                int n = X87.st(c, 7);
                X87.setTop(c, n);
                X87.write(c, n, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN);
            }
            return;
        }
        if (infinite(c, p, cls, true)) {
            return;
        }
        Float80 acc = c.fpuAcc;
        int flags = cls == Float80.DENORMAL ? Float80.DE : 0;
        int se = c.fpuSe[p];
        long man = c.fpuMan[p];
        int f1, f2;
        int se1, se2;
        long m1, m2;
        if (cls == Float80.ZERO) {
            se1 = se;
            m1 = 0;
            f1 = 0;
        } else {
            f1 = trig(c, acc, se, man, sincos ? 0 : 2, flags);
            se1 = acc.se;
            m1 = acc.man;
        }
        if (sincos) {
            if (cls == Float80.ZERO) {
                acc.set(Float80.BIAS, Float80.J);
                f2 = 0;
            } else {
                f2 = trig(c, acc, se, man, 1, flags);
            }
        } else {
            acc.set(Float80.BIAS, Float80.J);
            f2 = 0;
        }
        se2 = acc.se;
        m2 = acc.man;
        int all = f1 | f2;
        if (X87.unmasked(c, all & (Float80.IE | Float80.DE | Float80.ZE))) {
            X87.status(c, all);
            return;
        }
        X87.write(c, p, se1, m1);
        int n = X87.st(c, 7);
        X87.setTop(c, n);
        X87.write(c, n, se2, m2);
        X87.status(c, (all & 0x3F) | (f1 & Float80.C1));     // C1 of the sine or the tangent (the host)
        c.fpuStatus &= ~X87.C2;
    }

    /** D9 F0 F2XM1: 2^ST(0) − 1 for −1 ≤ ST(0) ≤ 1 (and what the host does beyond). */
    static void f2xm1(Cpu c, Insn i) {
        int cls = operand(c, false, false);
        if (cls < 0) {
            return;
        }
        int p = X87.st(c, 0);
        Float80 acc = c.fpuAcc;
        int se = c.fpuSe[p];
        int flags = cls == Float80.DENORMAL ? Float80.DE : 0;
        if (cls == Float80.ZERO) {
            acc.set(se, 0);
        } else if (cls == Float80.INF) {
            if ((se & 0x8000) != 0) {
                acc.set(0xBFFF, Float80.J);
            } else {
                acc.set(se, c.fpuMan[p]);
            }
        } else {
            BigDecimal x = X87Real.toBig(se, c.fpuMan[p]);
            int cmp = x.abs().compareTo(BigDecimal.ONE);
            if (cmp > 0) {
                // Outside the documented domain the host returns x itself, inexact.
                acc.set(se, c.fpuMan[p]);
                flags |= Float80.PE;
            } else if (cmp == 0 && x.signum() < 0) {
                // 2^−1 − 1: exactly −0.5 but inexact on the host, whatever RC.
                acc.set(0xBFFE, Float80.J);
                flags |= Float80.PE;
            } else {
                // At x = 1 the host's value is just below 1 (RD and RZ give 1 − 2^−64).
                BigDecimal v = cmp == 0 ? BigDecimal.ONE.subtract(BigDecimal.ONE.movePointLeft(40))
                        : X87Real.expm1(x.multiply(X87Real.LN2, X87Real.MC));
                flags |= X87Real.round(acc, v, cw64(c), false);
            }
        }
        X87.deliver(c, p, flags);
    }

    /** D9 F3 FPATAN: ST(1) ← atan2(ST(1), ST(0)), pop. */
    static void fpatan(Cpu c, Insn i) {
        int p = X87.st(c, 0), q = X87.st(c, 1);
        if (X87.empty(c, p) || X87.empty(c, q)) {
            if (X87.underflow(c, q)) {
                X87.pop(c);
            }
            return;
        }
        Float80 acc = c.fpuAcc;
        int xSe = c.fpuSe[p], ySe = c.fpuSe[q];
        long xMan = c.fpuMan[p], yMan = c.fpuMan[q];
        int xc = Float80.classify(xSe, xMan), yc = Float80.classify(ySe, yMan);
        int flags;
        if (xc == Float80.UNSUPPORTED || yc == Float80.UNSUPPORTED) {
            acc.setIndefinite();
            flags = Float80.IE;
        } else if (Float80.isNaN(xc) || Float80.isNaN(yc)) {
            flags = acc.propagateNaN(ySe, yMan, yc, xSe, xMan, xc);
        } else {
            flags = (xc == Float80.DENORMAL || yc == Float80.DENORMAL) ? Float80.DE : 0;
            if (flags != 0 && X87.unmasked(c, flags)) {
                X87.status(c, flags);
                return;
            }
            boolean xNeg = (xSe & 0x8000) != 0;
            int ySign = ySe & 0x8000;
            BigDecimal v;
            if (yc == Float80.ZERO || (xc == Float80.INF && yc != Float80.INF)) {
                // atan2(±0, x) and atan2(finite, ±∞): ±0 for positive x, ±pi for negative x.
                if (!xNeg) {
                    acc.set(ySign, 0);
                    v = null;
                } else {
                    v = X87Real.PI;
                }
            } else if (xc == Float80.ZERO || (yc == Float80.INF && xc != Float80.INF)) {
                v = X87Real.PI.divide(BigDecimal.valueOf(2), X87Real.MC);
            } else if (xc == Float80.INF) {
                v = X87Real.PI.divide(BigDecimal.valueOf(4), X87Real.MC);
                if (xNeg) {
                    v = v.multiply(BigDecimal.valueOf(3));
                }
            } else {
                // The host: the smaller over the larger rounded to 68 bits, and its own 68-bit pi for
                // the quadrant (fitted; each halves the misses).
                BigDecimal x = X87Real.toBig(xSe, xMan).abs(), y = X87Real.toBig(ySe, yMan).abs();
                if (y.compareTo(x) <= 0) {
                    v = X87Real.atan(X87Real.round68(y.divide(x, X87Real.MC)));
                } else {
                    v = X87Real.PI66.divide(BigDecimal.valueOf(2)).subtract(
                            X87Real.atan(X87Real.round68(x.divide(y, X87Real.MC))), X87Real.MC);
                }
                if (xNeg) {
                    v = X87Real.PI66.subtract(v, X87Real.MC);
                }
            }
            if (v != null) {
                flags |= X87Real.round(acc, ySign != 0 ? v.negate() : v, cw64(c), false);
            }
        }
        if (X87.deliver(c, q, flags)) {
            X87.pop(c);
        }
    }

    /** D9 F1 FYL2X: ST(1) ← ST(1) × log2(ST(0)), pop. */
    static void fyl2x(Cpu c, Insn i) {
        logarithm(c, false);
    }

    /** D9 F9 FYL2XP1: ST(1) ← ST(1) × log2(ST(0) + 1), pop. */
    static void fyl2xp1(Cpu c, Insn i) {
        logarithm(c, true);
    }

    private static void logarithm(Cpu c, boolean plusOne) {
        int p = X87.st(c, 0), q = X87.st(c, 1);
        if (X87.empty(c, p) || X87.empty(c, q)) {
            if (X87.underflow(c, q)) {
                X87.pop(c);
            }
            return;
        }
        Float80 acc = c.fpuAcc;
        int xSe = c.fpuSe[p], ySe = c.fpuSe[q];
        long xMan = c.fpuMan[p], yMan = c.fpuMan[q];
        int xc = Float80.classify(xSe, xMan), yc = Float80.classify(ySe, yMan);
        int flags;
        boolean xNeg = (xSe & 0x8000) != 0, yNeg = (ySe & 0x8000) != 0;
        if (xc == Float80.UNSUPPORTED || yc == Float80.UNSUPPORTED) {
            acc.setIndefinite();
            flags = Float80.IE;
        } else if (Float80.isNaN(xc) || Float80.isNaN(yc)) {
            flags = acc.propagateNaN(ySe, yMan, yc, xSe, xMan, xc);
        } else {
            flags = (xc == Float80.DENORMAL || yc == Float80.DENORMAL) ? Float80.DE : 0;
            int sp = special(c, acc, plusOne, xc, xSe, xMan, xNeg, yc, ySe, yNeg);
            if ((sp & (Float80.IE | Float80.ZE)) != 0) {
                flags = 0;      // #I and #Z outrank #D (SDM Vol. 1 §8.7): no DE beside them, as on the host
            }
            flags |= sp;
            if ((flags & 0x100000) != 0) {
                flags &= ~0x100000;
            } else {
                if (flags != 0 && X87.unmasked(c, flags)) {
                    X87.status(c, flags);
                    return;
                }
                boolean exact = !plusOne && xMan << 1 == 0 && (xSe & 0x7FFF) != 0;
                if (exact) {
                    // log2 of a power of two is an integer k: the result is y × k, rounded once.
                    Float80Convert.fromLong(acc, (xSe & 0x7FFF) - Float80.BIAS);
                    if (acc.man == 0) {
                        acc.set(ySe & 0x8000, 0);      // log2(1) = +0
                    } else {
                        flags |= acc.mul(ySe, yMan, acc.se, acc.man, cw64(c));
                        if (acc.man != 0) {
                            flags |= Float80.PE; // the host flags it inexact all the same (y × 1 included)
                        }
                    }
                } else if (plusOne && xNeg && (xSe & 0x7FFF) >= Float80.BIAS) {
                    // x ≤ −1, outside FYL2XP1's domain: the host returns x itself, inexact.
                    acc.set(xSe, xMan);
                    flags |= Float80.PE;
                } else {
                    // The host: log2 rounded to 68 bits (FYL2XP1: ln(1 + x) times its 68-bit log2 e),
                    // times y rounded once (fitted).
                    BigDecimal x = X87Real.toBig(xSe, xMan), y = X87Real.toBig(ySe, yMan);
                    BigDecimal ln = plusOne ? X87Real.log1p(x) : X87Real.ln(x);
                    BigDecimal log2 = X87Real.round68(plusOne ? ln.multiply(X87Real.LOG2E68)
                            : ln.divide(X87Real.LN2, X87Real.MC));
                    flags |= X87Real.round(acc, y.multiply(log2), cw64(c), true) | Float80.PE;
                }
            }
        }
        if (X87.deliver(c, q, flags)) {
            X87.pop(c);
        }
    }

    /**
     * Zeros, infinities and negative arguments (SDM Vol. 2 FYL2X/FYL2XP1 tables). Returns the
     * flags with bit 20 set if the result is already in acc.
     */
    private static int special(Cpu c, Float80 acc, boolean plusOne, int xc, int xSe, long xMan, boolean xNeg,
                               int yc, int ySe, boolean yNeg) {
        final int done = 0x100000;
        int ySign = ySe & 0x8000;
        if (!plusOne) {
            if (xNeg && xc != Float80.ZERO) {
                acc.setIndefinite();
                return Float80.IE | done;
            }
            boolean xIsOne = xc == Float80.NORMAL && (xSe & 0x7FFF) == Float80.BIAS && xMan << 1 == 0;
            if (xc == Float80.ZERO) {
                if (yc == Float80.ZERO) {
                    acc.setIndefinite();
                    return Float80.IE | done;
                }
                if (yc == Float80.INF) {
                    acc.set((ySign ^ 0x8000) | 0x7FFF, Float80.J);
                    return done;
                }
                acc.set((ySign ^ 0x8000) | 0x7FFF, Float80.J);
                return Float80.ZE | done;
            }
            if (xc == Float80.INF) {
                if (yc == Float80.ZERO) {
                    acc.setIndefinite();
                    return Float80.IE | done;
                }
                acc.set(ySign | 0x7FFF, Float80.J);
                return done;
            }
            if (yc == Float80.INF) {
                if (xIsOne) {
                    acc.setIndefinite();
                    return Float80.IE | done;
                }
                boolean less = (xSe & 0x7FFF) < Float80.BIAS;
                acc.set((ySign ^ (less ? 0x8000 : 0)) | 0x7FFF, Float80.J);
                return done;
            }
            if (yc == Float80.ZERO) {
                boolean less = (xSe & 0x7FFF) < Float80.BIAS;
                acc.set(ySign ^ (less ? 0x8000 : 0), 0);
                return done;
            }
            return 0;
        }
        if (xc == Float80.ZERO) {
            if (yc == Float80.INF) {
                acc.setIndefinite();
                return Float80.IE | done;
            }
            acc.set((ySign ^ (xSe & 0x8000)), 0);
            return done;
        }
        if (xc == Float80.INF) {
            if (xNeg || yc == Float80.ZERO) {
                acc.setIndefinite();
                return Float80.IE | done;
            }
            acc.set(ySign | 0x7FFF, Float80.J);
            return done;
        }
        if (yc == Float80.INF) {
            acc.set((ySign ^ (xSe & 0x8000)) | 0x7FFF, Float80.J);
            return done;
        }
        if (yc == Float80.ZERO) {
            acc.set(ySign ^ (xSe & 0x8000), 0);
            return done;
        }
        return 0;
    }
}
