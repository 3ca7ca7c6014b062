package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * x87 arithmetic semantics (SDM Vol. 2 FADD, FSUB, FSUBR, FMUL, FDIV, FDIVR and their P and I
 * forms; FCHS, FABS, FSQRT): reads the operands, computes with {@link Float80} and delivers the
 * result through {@link X87}. The operation is the instruction's ModRM /digit: 0 add, 1 mul,
 * 4 sub, 5 subr, 6 div, 7 divr (2 and 3 are the compares, in {@link X87Compare}).
 */
@Semantics(Exec.class)
final class X87Arith {
    private X87Arith() {}

    static final int ADD = 0, MUL = 1, SUB = 4, SUBR = 5, DIV = 6, DIVR = 7;

    /** dst op src with the operation as numbered by /digit. */
    static int compute(Float80 acc, int op, int dSe, long dMan, int sSe, long sMan, int cw) {
        switch (op) {
            case ADD: return acc.add(dSe, dMan, sSe, sMan, 0, cw);
            case MUL: return acc.mul(dSe, dMan, sSe, sMan, cw);
            case SUB: return acc.add(dSe, dMan, sSe, sMan, 0x8000, cw);
            case SUBR: return acc.add(sSe, sMan, dSe, dMan, 0x8000, cw);
            case DIV: return acc.div(dSe, dMan, sSe, sMan, cw);
            default: return acc.div(sSe, sMan, dSe, dMan, cw);
        }
    }

    /**
     * ST(0) ← ST(0) op (the memory operand, already in the accumulator). {@code convFlags} is
     * what converting it raised: DE for a denormal binary32/binary64 (the SNaN's IE is raised by
     * the operation itself, which sees the NaN unquieted).
     */
    private static void withMemory(Cpu c, int op, int convFlags) {
        int p = X87.st(c, 0);
        if (X87.empty(c, p)) {
            X87.underflow(c, p);
            return;
        }
        Float80 acc = c.fpuAcc;
        int sSe = acc.se;
        long sMan = acc.man;
        int dSe = c.fpuSe[p];
        long dMan = c.fpuMan[p];
        if (convFlags != 0) {
            int dc = Float80.classify(dSe, dMan);
            if (Float80.isNaN(dc) || dc == Float80.UNSUPPORTED || Float80.isNaN(Float80.classify(sSe, sMan))) {
                convFlags = 0;        // NaN operands take precedence over #D (SDM Vol. 1 §4.9.2)
            }
        }
        int f = compute(acc, op, dSe, dMan, sSe, sMan, c.fpuControl | convFlags);
        if ((f & (Float80.IE | Float80.ZE)) != 0) {
            convFlags = 0;            // #I and #Z outrank #D
        } else if (X87.unmasked(c, convFlags)) {
            X87.status(c, convFlags);
            return;
        }
        X87.deliver(c, p, f | convFlags);
    }

    /** D8 /op m32fp. */
    static void arithMd(Cpu c, Insn i) {
        long a = X87.operand(c, i);
        int f = Float80Convert.fromFloatRaw(c.fpuAcc, c.mem.read32(a));
        withMemory(c, i.modrmReg, f & Float80.DE);
    }

    /** DC /op m64fp. */
    static void arithMq(Cpu c, Insn i) {
        long a = X87.operand(c, i);
        int f = Float80Convert.fromDoubleRaw(c.fpuAcc, c.mem.read64(a));
        withMemory(c, i.modrmReg, f & Float80.DE);
    }

    /** DA /op m32int (FIADD, FIMUL, FISUB, FISUBR, FIDIV, FIDIVR). */
    static void arithMdInt(Cpu c, Insn i) {
        long a = X87.operand(c, i);
        Float80Convert.fromLong(c.fpuAcc, c.mem.read32(a));
        withMemory(c, i.modrmReg, 0);
    }

    /** DE /op m16int. */
    static void arithMwInt(Cpu c, Insn i) {
        long a = X87.operand(c, i);
        Float80Convert.fromLong(c.fpuAcc, c.mem.read16(a));
        withMemory(c, i.modrmReg, 0);
    }

    /** D8 /op reg: ST(0) ← ST(0) op ST(i). */
    static void arithSt0Sti(Cpu c, Insn i) {
        registers(c, i.modrmReg, X87.st(c, 0), X87.st(c, i.modrm & 7), false);
    }

    /**
     * DC /op reg: ST(i) ← ST(i) op ST(0). The encodings of SUB/SUBR and DIV/DIVR are swapped
     * relative to D8 (SDM Vol. 2 Table A-18: DC E0+i is FSUBR ST(i),ST(0)).
     */
    static void arithStiSt0(Cpu c, Insn i) {
        registers(c, i.modrmReg ^ (i.modrmReg >= 4 ? 1 : 0), X87.st(c, i.modrm & 7), X87.st(c, 0), false);
    }

    /** DE /op reg: the P forms, ST(i) ← ST(i) op ST(0), then pop. */
    static void arithpStiSt0(Cpu c, Insn i) {
        registers(c, i.modrmReg ^ (i.modrmReg >= 4 ? 1 : 0), X87.st(c, i.modrm & 7), X87.st(c, 0), true);
    }

    private static void registers(Cpu c, int op, int d, int s, boolean pop) {
        if (X87.empty(c, d) || X87.empty(c, s)) {
            if (X87.underflow(c, d) && pop) {
                X87.pop(c);
            }
            return;
        }
        int f = compute(c.fpuAcc, op, c.fpuSe[d], c.fpuMan[d], c.fpuSe[s], c.fpuMan[s], c.fpuControl);
        if (X87.deliver(c, d, f) && pop) {
            X87.pop(c);
        }
    }

    // ---- one-operand -------------------------------------------------------------------------------

    /** D9 E0 FCHS: flips the sign of anything, NaNs included; C1 cleared. */
    static void fchs(Cpu c, Insn i) {
        int p = X87.st(c, 0);
        if (X87.empty(c, p)) {
            X87.underflow(c, p);
            return;
        }
        c.fpuSe[p] ^= 0x8000;
        c.fpuStatus &= ~X87.C1;
    }

    /** D9 E1 FABS. */
    static void fabs(Cpu c, Insn i) {
        int p = X87.st(c, 0);
        if (X87.empty(c, p)) {
            X87.underflow(c, p);
            return;
        }
        c.fpuSe[p] &= 0x7FFF;
        c.fpuStatus &= ~X87.C1;
    }

    /** D9 FA FSQRT: rounded per PC and RC. */
    static void fsqrt(Cpu c, Insn i) {
        int p = X87.st(c, 0);
        if (X87.empty(c, p)) {
            X87.underflow(c, p);
            return;
        }
        int f = c.fpuAcc.sqrt(c.fpuSe[p], c.fpuMan[p], c.fpuControl);
        X87.deliver(c, p, f);
    }
}
