package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of the bit-manipulation extensions: LZCNT and TZCNT (F3 0F BD/BC), BMI1 (ANDN, BEXTR,
 * BLSI, BLSMSK, BLSR) and BMI2 (BZHI, MULX, PDEP, PEXT, RORX, SARX, SHLX, SHRX), the latter two
 * VEX-encoded with VEX.W choosing 32 or 64 bits (SDM Vol. 2, each instruction's page). The B
 * operand is the register VEX.vvvv names ({@link Insn#vreg}). Flags the SDM leaves undefined are
 * what the AMD host gives (docs/quirks.md).
 */
@Semantics(Exec.class)
public final class Bmi {
    private Bmi() {}

    // ---- LZCNT TZCNT ---------------------------------------------------------------------------

    /** LZCNT Gv,Ev: leading zero bits; a zero source gives the width and CF = 1, ZF = result is 0. */
    public static void lzcntGvEv(Cpu c, Insn i) {
        long s = Operands.getE(c, i);
        int bits = i.opsize << 3;
        int n = s == 0 ? bits : Long.numberOfLeadingZeros(s) - (64 - bits);
        Operands.setG(c, i, n);
        countFlags(c, n, s == 0);
    }

    /** TZCNT Gv,Ev: trailing zero bits; a zero source gives the width and CF = 1, ZF = result is 0. */
    public static void tzcntGvEv(Cpu c, Insn i) {
        long s = Operands.getE(c, i);
        int bits = i.opsize << 3;
        int n = s == 0 ? bits : Long.numberOfTrailingZeros(s);
        Operands.setG(c, i, n);
        countFlags(c, n, s == 0);
    }

    /**
     * CF = zero source, ZF = zero count; of the undefined ones SF AF PF are cleared and OF is kept
     * (AMD) or cleared (Intel: {@link UndefinedFlags}).
     */
    private static void countFlags(Cpu c, int count, boolean zeroSource) {
        int of = UndefinedFlags.INTEL ? 0 : Flags.oszapc(c) & Flags.OF;
        Flags.setEager(c, of | (zeroSource ? Flags.CF : 0) | (count == 0 ? Flags.ZF : 0));
    }

    /** SF ZF PF of an operation's {@code size}-byte result {@code r}, plus {@code others}. */
    private static int resultFlags(int size, long r, int others) {
        return ((r & Flags.mask(size)) == 0 ? Flags.ZF : 0) | ((r & Flags.signBit(size)) != 0 ? Flags.SF : 0)
                | ((Long.bitCount(r & 0xFF) & 1) == 0 ? Flags.PF : 0) | others;
    }

    // ---- BMI1 ----------------------------------------------------------------------------------

    /** ANDN Gy,By,Ey: G = ~B & E. SF ZF from the result, CF = OF = 0 (as a logic operation). */
    public static void andnGyByEy(Cpu c, Insn i) {
        long r = ~Operands.getReg(c, i.vreg, i.opsize) & Operands.getE(c, i);
        Operands.setG(c, i, r);
        logicWithCarry(c, i.opsize, r, false);
    }

    /**
     * BEXTR Gy,Ey,By: the field of E starting at bit B[7:0], B[15:8] bits long; a start beyond
     * the width gives 0, a length beyond it takes the rest. ZF from the result, CF = OF = 0.
     */
    public static void bextrGyEyBy(Cpu c, Insn i) {
        long s = Operands.getE(c, i);
        long ctl = Operands.getReg(c, i.vreg, i.opsize);
        int start = (int) (ctl & 0xFF);
        int len = (int) (ctl >>> 8 & 0xFF);
        int bits = i.opsize << 3;
        long r = start >= bits ? 0 : s >>> start;
        if (len < 64) {
            r &= (1L << len) - 1;
        }
        Operands.setG(c, i, r);
        // Undefined SF AF PF as the host gives them: SF = 0, and AF = 1 and PF from the result
        // (AMD) or AF = PF = 0 (Intel).
        Flags.setEager(c, UndefinedFlags.INTEL ? resultFlags(i.opsize, r, 0) & Flags.ZF
                : resultFlags(i.opsize, r, Flags.AF) & ~Flags.SF);
    }

    /** BLSI By,Ey: B = lowest set bit of E. CF = source is not zero; SF ZF from the result. */
    public static void blsiByEy(Cpu c, Insn i) {
        long s = Operands.getE(c, i);
        blsResult(c, i, s & -s, s != 0);
    }

    /** BLSMSK By,Ey: B = the mask up to and including E's lowest set bit. CF = source is zero. */
    public static void blsmskByEy(Cpu c, Insn i) {
        long s = Operands.getE(c, i);
        blsResult(c, i, (s ^ (s - 1)) & Flags.mask(i.opsize), s == 0);
    }

    /** BLSR By,Ey: B = E with its lowest set bit cleared. CF = source is zero. */
    public static void blsrByEy(Cpu c, Insn i) {
        long s = Operands.getE(c, i);
        blsResult(c, i, s & (s - 1), s == 0);
    }

    private static void blsResult(Cpu c, Insn i, long r, boolean cf) {
        Operands.setReg(c, i.vreg, i.opsize, r);
        logicWithCarry(c, i.opsize, r, cf);
    }

    /** SF ZF from {@code r}, PF from it too (AMD) or 0 (Intel), CF as given, OF = AF = 0. */
    private static void logicWithCarry(Cpu c, int size, long r, boolean cf) {
        if (UndefinedFlags.INTEL) {
            Flags.setEager(c, resultFlags(size, r, cf ? Flags.CF : 0) & ~Flags.PF);
            return;
        }
        Flags.logic(c, size, r);
        if (cf) {
            Flags.setEager(c, Flags.oszapc(c) | Flags.CF);
        }
    }

    // ---- BMI2 ----------------------------------------------------------------------------------

    /**
     * BZHI Gy,Ey,By: E with the bits from index B[7:0] up cleared; CF = the index is beyond the
     * top bit (E is then copied whole). SF ZF from the result, OF = 0.
     */
    public static void bzhiGyEyBy(Cpu c, Insn i) {
        long s = Operands.getE(c, i);
        int n = (int) (Operands.getReg(c, i.vreg, i.opsize) & 0xFF);
        int bits = i.opsize << 3;
        long r = n < bits ? s & ((1L << n) - 1) : s;
        Operands.setG(c, i, r);
        logicWithCarry(c, i.opsize, r, n > bits - 1);
    }

    /**
     * MULX Gy,By,Ey: the unsigned product of rDX and E, high half to G and low half to B (the
     * high half wins when they are the same register). No flags.
     */
    public static void mulxGyByEy(Cpu c, Insn i) {
        long a = Operands.getReg(c, Cpu.RDX, i.opsize);
        long b = Operands.getE(c, i);
        long lo, hi;
        if (i.opsize == 8) {
            lo = a * b;
            hi = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a); // unsigned high half
        } else {
            long p = a * b;
            lo = p;
            hi = p >>> 32;
        }
        Operands.setReg(c, i.vreg, i.opsize, lo);
        Operands.setG(c, i, hi);
    }

    /** PDEP Gy,By,Ey: deposits B's low bits at the positions of E's set bits. No flags. */
    public static void pdepGyByEy(Cpu c, Insn i) {
        long src = Operands.getReg(c, i.vreg, i.opsize);
        long mask = Operands.getE(c, i);
        long r = 0;
        for (long m = mask; m != 0; m &= m - 1) {
            if ((src & 1) != 0) {
                r |= m & -m;
            }
            src >>>= 1;
        }
        Operands.setG(c, i, r);
    }

    /** PEXT Gy,By,Ey: gathers B's bits at the positions of E's set bits into the low bits. No flags. */
    public static void pextGyByEy(Cpu c, Insn i) {
        long src = Operands.getReg(c, i.vreg, i.opsize);
        long mask = Operands.getE(c, i);
        long r = 0;
        int k = 0;
        for (long m = mask; m != 0; m &= m - 1) {
            if ((src & m & -m) != 0) {
                r |= 1L << k;
            }
            k++;
        }
        Operands.setG(c, i, r);
    }

    /** RORX Gy,Ey,Ib: rotate right by the immediate modulo the width. No flags. */
    public static void rorxGyEyIb(Cpu c, Insn i) {
        long s = Operands.getE(c, i);
        int n = (int) i.imm;
        long r = i.opsize == 8 ? Long.rotateRight(s, n) : Integer.rotateRight((int) s, n) & 0xFFFFFFFFL;
        Operands.setG(c, i, r);
    }

    /** SARX Gy,Ey,By: arithmetic shift right by B modulo the width. No flags. */
    public static void sarxGyEyBy(Cpu c, Insn i) {
        long s = Flags.sext(Operands.getE(c, i), i.opsize);
        Operands.setG(c, i, s >> count(c, i));
    }

    /** SHLX Gy,Ey,By: shift left by B modulo the width. No flags. */
    public static void shlxGyEyBy(Cpu c, Insn i) {
        Operands.setG(c, i, Operands.getE(c, i) << count(c, i));
    }

    /** SHRX Gy,Ey,By: logical shift right by B modulo the width. No flags. */
    public static void shrxGyEyBy(Cpu c, Insn i) {
        Operands.setG(c, i, Operands.getE(c, i) >>> count(c, i));
    }

    private static int count(Cpu c, Insn i) {
        return (int) c.r[i.vreg] & ((i.opsize << 3) - 1);
    }
}
