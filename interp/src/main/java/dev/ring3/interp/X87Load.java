package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * x87 data movement (SDM Vol. 2 FLD, FST/FSTP, FILD, FIST/FISTP, FISTTP, FBLD, FBSTP, FLD1 and the
 * other constants, FXCH, FCMOVcc): conversions through {@link Float80Convert}, stack handling
 * through {@link X87}.
 */
@Semantics(Exec.class)
final class X87Load {
    private X87Load() {}

    // ---- loads -------------------------------------------------------------------------------------

    /** D9 /0 FLD m32fp. */
    static void fldMd(Cpu c, Insn i) {
        long a = X87.operand(c, i);
        X87.pushLoaded(c, Float80Convert.fromFloat(c.fpuAcc, c.mem.read32(a)));
    }

    /** DD /0 FLD m64fp. */
    static void fldMq(Cpu c, Insn i) {
        long a = X87.operand(c, i);
        X87.pushLoaded(c, Float80Convert.fromDouble(c.fpuAcc, c.mem.read64(a)));
    }

    /** DB /5 FLD m80fp: the bits as they are, SNaNs and unsupported encodings included, no exception. */
    static void fldMt(Cpu c, Insn i) {
        long a = X87.operand(c, i);
        long m = c.mem.read64(a);
        int se = c.mem.read16(a + 8) & 0xFFFF;
        c.fpuAcc.set(se, m);
        X87.push(c, 0);
    }

    /** D9 C0+i FLD ST(i). */
    static void fldSti(Cpu c, Insn i) {
        int s = X87.st(c, i.modrm & 7);
        if (X87.empty(c, s)) {
            // Stack underflow: the real indefinite is pushed if IE is masked. With ST(7) full as
            // well the host reports the underflow (C1 = 0), not the overflow.
            int p = X87.st(c, 7);
            if (X87.underflow(c, -1)) {
                X87.setTop(c, p);
                X87.write(c, p, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN);
            }
            return;
        }
        c.fpuAcc.set(c.fpuSe[s], c.fpuMan[s]);
        X87.push(c, 0);
    }

    /** DF /0 FILD m16int. */
    static void fildMw(Cpu c, Insn i) {
        Float80Convert.fromLong(c.fpuAcc, c.mem.read16(X87.operand(c, i)));
        X87.push(c, 0);
    }

    /** DB /0 FILD m32int. */
    static void fildMd(Cpu c, Insn i) {
        Float80Convert.fromLong(c.fpuAcc, c.mem.read32(X87.operand(c, i)));
        X87.push(c, 0);
    }

    /** DF /5 FILD m64int. */
    static void fildMq(Cpu c, Insn i) {
        Float80Convert.fromLong(c.fpuAcc, c.mem.read64(X87.operand(c, i)));
        X87.push(c, 0);
    }

    /** DF /4 FBLD m80bcd. */
    static void fbld(Cpu c, Insn i) {
        long a = X87.operand(c, i);
        Float80Convert.fromBcd(c.fpuAcc, c.mem.read64(a), c.mem.read16(a + 8) & 0xFFFF);
        X87.push(c, 0);
    }

    // ---- constants (D9 E8..EE) -----------------------------------------------------------------------

    /**
     * The constants' significands rounded to nearest, and whether the exact value lies above it
     * (so that rounding down or toward zero gives one less): SDM Vol. 1 §8.3.8 — the x87 holds
     * them to 66 bits and rounds them by RC.
     */
    private static final long[] CONST_MAN = {
        0xD49A_784B_CD1B_8AFEL,   // log2(10)
        0xB8AA_3B29_5C17_F0BCL,   // log2(e)
        0xC90F_DAA2_2168_C235L,   // pi
        0x9A20_9A84_FBCF_F799L,   // log10(2)
        0xB172_17F7_D1CF_79ACL,   // ln(2)
    };
    private static final int[] CONST_EXP = {0x4000, 0x3FFF, 0x4000, 0x3FFD, 0x3FFE};
    /** True if the nearest value was rounded up (so RC down/zero give one ulp less). */
    private static final boolean[] CONST_UP = {false, true, true, true, true};

    /** D9 E9..ED FLDL2T, FLDL2E, FLDPI, FLDLG2, FLDLN2 (k = 0..4). */
    static void fldConst(Cpu c, int k) {
        int rc = (c.fpuControl >>> 10) & 3;
        long m = CONST_MAN[k];
        if (CONST_UP[k] && (rc == 1 || rc == 3)) {
            m--;
        } else if (!CONST_UP[k] && rc == 2) {
            m++;
        }
        c.fpuAcc.set(CONST_EXP[k], m);
        X87.push(c, 0);
    }

    static void fld1(Cpu c, Insn i) {
        c.fpuAcc.set(0x3FFF, Float80.J);
        X87.push(c, 0);
    }

    static void fldz(Cpu c, Insn i) {
        c.fpuAcc.set(0, 0);
        X87.push(c, 0);
    }

    static void fldl2t(Cpu c, Insn i) {
        fldConst(c, 0);
    }

    static void fldl2e(Cpu c, Insn i) {
        fldConst(c, 1);
    }

    static void fldpi(Cpu c, Insn i) {
        fldConst(c, 2);
    }

    static void fldlg2(Cpu c, Insn i) {
        fldConst(c, 3);
    }

    static void fldln2(Cpu c, Insn i) {
        fldConst(c, 4);
    }

    // ---- stores ------------------------------------------------------------------------------------

    /**
     * Stores ST(0) to memory of {@code kind}: 4/8 binary32/binary64, 10 extended. An empty ST(0)
     * is a stack underflow that stores the indefinite if IE is masked. Returns false if the
     * instruction stopped (then it must not pop).
     */
    private static boolean storeFloat(Cpu c, Insn i, int kind) {
        long a = X87.operand(c, i);
        int p = X87.st(c, 0);
        Float80 acc = c.fpuAcc;
        // Memory is written before the status word changes: a store that faults changes nothing.
        if (X87.empty(c, p)) {
            if (X87.unmasked(c, Float80.IE)) {
                Operands.probeWrite(c, a, kind);    // the host checks the destination first
                return X87.underflow(c, -1);
            }
            writeFloat(c, a, kind, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN, 0xFFC0_0000L,
                    0xFFF8_0000_0000_0000L);
            return X87.underflow(c, -1);
        }
        int se = c.fpuSe[p];
        long man = c.fpuMan[p];
        if (kind == 10) {
            write80(c, a, se, man);
            c.fpuStatus &= ~X87.C1;
            return true;
        }
        int f = kind == 4 ? Float80Convert.toBinary(acc, se, man, 24, 0xFF, c.fpuControl)
                : Float80Convert.toBinary(acc, se, man, 53, 0x7FF, c.fpuControl);
        long image = acc.man;
        // Unmasked IE, DE, OE or UE leave memory (and the stack) alone (SDM Vol. 1 §8.5.4.2).
        if (X87.unmasked(c, f & (Float80.IE | Float80.DE | Float80.ZE | Float80.OE | Float80.UE))) {
            Operands.probeWrite(c, a, kind);        // the host checks the destination first
            X87.status(c, f);
            return false;
        }
        writeFloat(c, a, kind, 0, 0, image, image);
        return X87.status(c, f);
    }

    private static void writeFloat(Cpu c, long a, int kind, int se, long man, long f32, long f64) {
        switch (kind) {
            case 4: c.mem.write32(a, (int) f32); break;
            case 8: c.mem.write64(a, f64); break;
            default:
                write80(c, a, se, man);
                break;
        }
    }

    /**
     * Stores an 80-bit value with one bulk write, which changes nothing if any byte faults: a store
     * running into an inaccessible page must leave the accessible part alone, as on hardware.
     */
    static void write80(Cpu c, long a, int se, long man) {
        byte[] b = new byte[10];
        for (int k = 0; k < 8; k++) {
            b[k] = (byte) (man >>> (8 * k));
        }
        b[8] = (byte) se;
        b[9] = (byte) (se >>> 8);
        AlignmentCheck.require(c, a, 8); // with AC set, an 80-bit operand is 8-aligned
        c.mem.write(a, b, 0, 10);
    }

    static void fstMd(Cpu c, Insn i) {
        storeFloat(c, i, 4);
    }

    static void fstpMd(Cpu c, Insn i) {
        if (storeFloat(c, i, 4)) {
            X87.pop(c);
        }
    }

    static void fstMq(Cpu c, Insn i) {
        storeFloat(c, i, 8);
    }

    static void fstpMq(Cpu c, Insn i) {
        if (storeFloat(c, i, 8)) {
            X87.pop(c);
        }
    }

    /** DB /7 FSTP m80fp. */
    static void fstpMt(Cpu c, Insn i) {
        if (storeFloat(c, i, 10)) {
            X87.pop(c);
        }
    }

    /** DD D0+i FST ST(i): a copy, no conversion and no exception but the stack fault. */
    static void fstSti(Cpu c, Insn i) {
        copyTo(c, X87.st(c, i.modrm & 7));
    }

    /** DD D8+i FSTP ST(i) (also the aliases D9 D8+i, DF D0+i, DF D8+i). */
    static void fstpSti(Cpu c, Insn i) {
        if (copyTo(c, X87.st(c, i.modrm & 7))) {
            X87.pop(c);
        }
    }

    /**
     * D9 D8+i FSTP1 ST(i), a reserved alias of FSTP ST(i): as on the host, an empty ST(0) is no
     * stack fault here; nothing is written, C1 is cleared and the stack pops.
     */
    static void fstp1Sti(Cpu c, Insn i) {
        if (X87.empty(c, X87.st(c, 0))) {
            c.fpuStatus &= ~X87.C1;
            X87.pop(c);
            return;
        }
        fstpSti(c, i);
    }

    private static boolean copyTo(Cpu c, int d) {
        int p = X87.st(c, 0);
        if (X87.empty(c, p)) {
            return X87.underflow(c, d);
        }
        X87.write(c, d, c.fpuSe[p], c.fpuMan[p]);
        c.fpuStatus &= ~X87.C1;
        return true;
    }

    /** FIST/FISTP/FISTTP to {@code size} bytes; returns false if the instruction stopped. */
    private static boolean storeInt(Cpu c, Insn i, int size, boolean truncate) {
        long a = X87.operand(c, i);
        int p = X87.st(c, 0);
        Float80 acc = c.fpuAcc;
        long v;
        int f;
        if (X87.empty(c, p)) {
            f = Float80.IE | Float80.SF;
            v = size == 8 ? Long.MIN_VALUE : -1L << (size * 8 - 1);
        } else {
            f = Float80Convert.toInt(acc, c.fpuSe[p], c.fpuMan[p], size, c.fpuControl, truncate);
            v = acc.man;
        }
        if (X87.unmasked(c, f & (Float80.IE | Float80.DE | Float80.ZE))) {
            Operands.probeWrite(c, a, size);
            return X87.status(c, f);
        }
        Operands.store(c, a, size, v); // before the status word: a store that faults changes nothing
        return X87.status(c, f);
    }

    static void fistMw(Cpu c, Insn i) {
        storeInt(c, i, 2, false);
    }

    static void fistMd(Cpu c, Insn i) {
        storeInt(c, i, 4, false);
    }

    static void fistpMw(Cpu c, Insn i) {
        if (storeInt(c, i, 2, false)) {
            X87.pop(c);
        }
    }

    static void fistpMd(Cpu c, Insn i) {
        if (storeInt(c, i, 4, false)) {
            X87.pop(c);
        }
    }

    static void fistpMq(Cpu c, Insn i) {
        if (storeInt(c, i, 8, false)) {
            X87.pop(c);
        }
    }

    static void fisttpMw(Cpu c, Insn i) {
        if (storeInt(c, i, 2, true)) {
            X87.pop(c);
        }
    }

    static void fisttpMd(Cpu c, Insn i) {
        if (storeInt(c, i, 4, true)) {
            X87.pop(c);
        }
    }

    static void fisttpMq(Cpu c, Insn i) {
        if (storeInt(c, i, 8, true)) {
            X87.pop(c);
        }
    }

    /** DF /6 FBSTP m80bcd. */
    static void fbstp(Cpu c, Insn i) {
        long a = X87.operand(c, i);
        int p = X87.st(c, 0);
        Float80 acc = c.fpuAcc;
        int f;
        if (X87.empty(c, p)) {
            f = Float80.IE | Float80.SF;
            acc.set(0xFFFF, 0xC000_0000_0000_0000L);
        } else {
            f = Float80Convert.toBcd(acc, c.fpuSe[p], c.fpuMan[p], c.fpuControl);
        }
        if (X87.unmasked(c, f & (Float80.IE | Float80.DE | Float80.ZE))) {
            Operands.probeWrite(c, a, 10);
            X87.status(c, f);
            return;
        }
        write80(c, a, acc.se, acc.man);
        X87.status(c, f);
        X87.pop(c);
    }

    // ---- register moves ----------------------------------------------------------------------------

    /** D9 C8+i FXCH ST(i): an empty register reads as the indefinite after a stack underflow. */
    static void fxch(Cpu c, Insn i) {
        int a = X87.st(c, 0), b = X87.st(c, i.modrm & 7);
        if (X87.empty(c, a) || X87.empty(c, b)) {
            if (!X87.underflow(c, -1)) {
                return;
            }
            if (X87.empty(c, a)) {
                X87.write(c, a, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN);
            }
            if (X87.empty(c, b)) {
                X87.write(c, b, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN);
            }
        } else {
            c.fpuStatus &= ~X87.C1;
        }
        int se = c.fpuSe[a];
        long m = c.fpuMan[a];
        c.fpuSe[a] = c.fpuSe[b];
        c.fpuMan[a] = c.fpuMan[b];
        c.fpuSe[b] = se;
        c.fpuMan[b] = m;
    }

    /**
     * DA/DB C0..DF FCMOVcc ST(0), ST(i): the condition is the opcode's (B, E, BE, U and their
     * negations) read from EFLAGS.
     */
    static void fcmov(Cpu c, Insn i) {
        int d = X87.st(c, 0), s = X87.st(c, i.modrm & 7);
        if (X87.empty(c, d) || X87.empty(c, s)) {
            X87.underflow(c, d);
            return;
        }
        boolean take;
        switch (i.modrmReg & 3) {
            case 0: take = Flags.cf(c); break;
            case 1: take = Flags.zf(c); break;
            case 2: take = Flags.cf(c) || Flags.zf(c); break;
            default: take = Flags.pf(c); break;
        }
        if ((i.cond & 1) == 1) {
            take = !take;    // DB: the negated conditions
        }
        if (take) {                  // C1 stays as it was (the host; the SDM leaves it undefined)
            X87.write(c, d, c.fpuSe[s], c.fpuMan[s]);
        }
    }
}
