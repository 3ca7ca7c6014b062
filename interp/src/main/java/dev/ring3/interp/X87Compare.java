package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * x87 comparisons and classification (SDM Vol. 2 FCOM/FCOMP/FCOMPP, FUCOM*, FICOM*, FCOMI*,
 * FUCOMI*, FTST, FXAM): C3 C2 C0 (or ZF PF CF for the I forms, set eagerly) say greater, less,
 * equal or unordered. The ordered compares raise IE for any NaN, the unordered ones only for an
 * SNaN; denormal operands raise DE.
 */
@Semantics(Exec.class)
final class X87Compare {
    private X87Compare() {}

    static final int GREATER = 0, LESS = 1, EQUAL = 2, UNORDERED = 3;

    /** The relation of a to b in the low bits, exception flags (IE, DE) above; see the constants. */
    static int compare(int aSe, long aMan, int bSe, long bMan, boolean quiet) {
        int ac = Float80.classify(aSe, aMan), bc = Float80.classify(bSe, bMan);
        if (ac == Float80.UNSUPPORTED || bc == Float80.UNSUPPORTED) {
            return UNORDERED | Float80.IE << 4;
        }
        if (Float80.isNaN(ac) || Float80.isNaN(bc)) {
            boolean invalid = !quiet || ac == Float80.SNAN || bc == Float80.SNAN;
            return UNORDERED | (invalid ? Float80.IE << 4 : 0);
        }
        int flags = (ac == Float80.DENORMAL || bc == Float80.DENORMAL) ? Float80.DE << 4 : 0;
        if (ac == Float80.ZERO && bc == Float80.ZERO) {
            return EQUAL | flags;
        }
        boolean an = (aSe & 0x8000) != 0, bn = (bSe & 0x8000) != 0;
        if (ac == Float80.ZERO) {
            return (bn ? GREATER : LESS) | flags;
        }
        if (bc == Float80.ZERO) {
            return (an ? LESS : GREATER) | flags;
        }
        if (an != bn) {
            return (an ? LESS : GREATER) | flags;
        }
        // Same sign: compare magnitudes (denormals normalised; pseudo-denormals equal their normal twins).
        int ae = (aSe & 0x7FFF) == 0 ? 1 - Long.numberOfLeadingZeros(aMan) : aSe & 0x7FFF;
        int be = (bSe & 0x7FFF) == 0 ? 1 - Long.numberOfLeadingZeros(bMan) : bSe & 0x7FFF;
        long am = aMan << Long.numberOfLeadingZeros(aMan), bm = bMan << Long.numberOfLeadingZeros(bMan);
        int mag = ae != be ? Integer.compare(ae, be) : Long.compareUnsigned(am, bm);
        if (mag == 0) {
            return EQUAL | flags;
        }
        return ((mag > 0) != an ? GREATER : LESS) | flags;
    }

    private static final int[] CC = {0, X87.C0, X87.C3, X87.C3 | X87.C2 | X87.C0};
    private static final int[] EFLAGS = {0, Flags.CF, Flags.ZF, Flags.ZF | Flags.PF | Flags.CF};

    /**
     * Compares ST(0) with b and sets C3 C2 C0 (C1 cleared), then pops {@code pops} times. An
     * unmasked IE or DE still sets the condition codes (as the host does) but stops the pops.
     */
    private static void toCc(Cpu c, int bSe, long bMan, boolean bEmpty, boolean quiet, int pops) {
        toCc(c, bSe, bMan, bEmpty, quiet, pops, 0);
    }

    /** {@code extra}: DE from a denormal binary32/binary64 memory operand, dropped for NaN and invalid. */
    private static void toCc(Cpu c, int bSe, long bMan, boolean bEmpty, boolean quiet, int pops, int extra) {
        int p = X87.st(c, 0);
        int r;
        if (X87.empty(c, p) || bEmpty) {
            r = UNORDERED | (Float80.IE | Float80.SF) << 4;
        } else {
            r = compare(c.fpuSe[p], c.fpuMan[p], bSe, bMan, quiet);
            if ((r & 3) != UNORDERED && (r & (Float80.IE << 4)) == 0) {
                r |= extra << 4;
            }
        }
        boolean go = X87.status(c, r >>> 4);
        X87.conditions(c, CC[r & 3]);
        if (!go) {
            return;
        }
        for (int k = 0; k < pops; k++) {
            X87.pop(c);
        }
    }

    /** D8 /2, /3 FCOM/FCOMP m32fp. */
    static void fcomMd(Cpu c, Insn i) {
        int f = Float80Convert.fromFloatRaw(c.fpuAcc, c.mem.read32(X87.operand(c, i)));
        memory(c, i, f & Float80.DE);
    }

    /** DC /2, /3 FCOM/FCOMP m64fp. */
    static void fcomMq(Cpu c, Insn i) {
        int f = Float80Convert.fromDoubleRaw(c.fpuAcc, c.mem.read64(X87.operand(c, i)));
        memory(c, i, f & Float80.DE);
    }

    /** DA /2, /3 FICOM/FICOMP m32int. */
    static void ficomMd(Cpu c, Insn i) {
        Float80Convert.fromLong(c.fpuAcc, c.mem.read32(X87.operand(c, i)));
        memory(c, i, 0);
    }

    /** DE /2, /3 FICOM/FICOMP m16int. */
    static void ficomMw(Cpu c, Insn i) {
        Float80Convert.fromLong(c.fpuAcc, c.mem.read16(X87.operand(c, i)));
        memory(c, i, 0);
    }

    private static void memory(Cpu c, Insn i, int extra) {
        Float80 acc = c.fpuAcc;
        toCc(c, acc.se, acc.man, false, false, i.modrmReg & 1, extra);
    }

    /** D8 D0+i FCOM ST(i), D8 D8+i FCOMP ST(i) (and the aliases DC D0+i, DC D8+i, DE D0+i). */
    static void fcomSti(Cpu c, Insn i, int pops) {
        regs(c, i, false, pops);
    }

    /** DD E0+i FUCOM, DD E8+i FUCOMP. */
    static void fucomSti(Cpu c, Insn i, int pops) {
        regs(c, i, true, pops);
    }

    private static void regs(Cpu c, Insn i, boolean quiet, int pops) {
        int s = X87.st(c, i.modrm & 7);
        toCc(c, c.fpuSe[s], c.fpuMan[s], X87.empty(c, s), quiet, pops);
    }

    /** DE D9 FCOMPP, DA E9 FUCOMPP: compare with ST(1), pop twice. */
    static void fcompp(Cpu c, Insn i, boolean quiet) {
        int s = X87.st(c, 1);
        toCc(c, c.fpuSe[s], c.fpuMan[s], X87.empty(c, s), quiet, 2);
    }

    /**
     * DB F0+i FCOMI, DF F0+i FCOMIP, DB E8+i FUCOMI, DF E8+i FUCOMIP: ZF PF CF from the
     * relation, OF SF AF cleared (SDM Vol. 2 FCOMI).
     */
    static void fcomi(Cpu c, Insn i, boolean quiet, boolean pop) {
        int p = X87.st(c, 0), s = X87.st(c, i.modrm & 7);
        int r;
        int c1 = c.fpuStatus & X87.C1;   // kept unless the stack underflows, as on the host
        if (X87.empty(c, p) || X87.empty(c, s)) {
            r = UNORDERED | (Float80.IE | Float80.SF) << 4;
            c1 = 0;
        } else {
            r = compare(c.fpuSe[p], c.fpuMan[p], c.fpuSe[s], c.fpuMan[s], quiet);
        }
        boolean go = X87.status(c, r >>> 4 | c1);
        Flags.setEager(c, EFLAGS[r & 3]);
        if (go && pop) {
            X87.pop(c);
        }
    }

    /** D9 E4 FTST: ST(0) against +0.0, an ordered compare. */
    static void ftst(Cpu c, Insn i) {
        toCc(c, 0, 0, false, false, 0);
    }

    /**
     * D9 E5 FXAM: the class of ST(0) in C3 C2 C0 and its sign in C1 (SDM Vol. 2 FXAM, Table 3-?):
     * unsupported 000, NaN 001, normal 010, infinity 011, zero 100, empty 101, denormal 110.
     */
    static void fxam(Cpu c, Insn i) {
        int p = X87.st(c, 0);
        int se = c.fpuSe[p];
        int cc = (se & 0x8000) != 0 ? X87.C1 : 0;
        if (X87.empty(c, p)) {
            cc |= X87.C3 | X87.C0;
        } else {
            switch (Float80.classify(se, c.fpuMan[p])) {
                case Float80.UNSUPPORTED: break;
                case Float80.QNAN: case Float80.SNAN: cc |= X87.C0; break;
                case Float80.NORMAL: cc |= X87.C2; break;
                case Float80.INF: cc |= X87.C2 | X87.C0; break;
                case Float80.ZERO: cc |= X87.C3; break;
                default: cc |= X87.C3 | X87.C2; break;
            }
        }
        X87.conditions(c, cc);
    }
}
