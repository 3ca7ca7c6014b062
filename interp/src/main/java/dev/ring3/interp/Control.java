package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of the near control transfers: Jcc, JMP, CALL, RET, LOOP/LOOPE/LOOPNE and JRCXZ.
 * The decoder has already set {@code cpu.rip} to the next instruction and put a relative branch's
 * absolute target in {@code insn.target}, so a taken branch just assigns RIP. Near branches are
 * 64-bit in 64-bit mode whatever the operand-size prefix says (Intel behaviour; the rows are f64).
 */
@Semantics(Exec.class)
public final class Control {
    private Control() {}

    /** 70-7F Jcc Jb and 0F 80-8F Jcc Jz: the condition is the opcode's low nibble. */
    public static void jccJz(Cpu c, Insn i) {
        if (Flags.cond(c, i.cond)) {
            c.rip = i.target;
        }
    }

    /** EB JMP Jb / E9 JMP Jz. */
    public static void jmpJz(Cpu c, Insn i) {
        c.rip = i.target;
    }

    /** FF /4 JMP Ev: absolute indirect. */
    public static void jmpEv(Cpu c, Insn i) {
        c.rip = target(Operands.getE(c, i, 8));
    }

    /**
     * A near branch's new RIP, which must be canonical: the host raises #GP at the branch itself
     * otherwise (RET, JMP and CALL through a register or memory), before RSP or anything else
     * changes, so the signal names the branch and not the address it could not reach (a native
     * probe, session 16; corpus `branch_noncanonical`).
     */
    public static long target(long rip) {
        if (rip >> 47 != 0 && rip >> 47 != -1) {
            throw new CpuException(CpuException.GP);
        }
        return rip;
    }

    /** {@link #target}'s #GP, for translated code that tested the address itself. */
    public static CpuException nonCanonicalTarget() {
        return new CpuException(CpuException.GP);
    }

    /** E8 CALL Jz: push the return address (already in RIP), jump. */
    public static void callJz(Cpu c, Insn i) {
        Operands.push64(c, c.rip);
        c.rip = i.target;
    }

    /** FF /2 CALL Ev: the target is read before the push, so CALL [RSP] uses the old top. */
    public static void callEv(Cpu c, Insn i) {
        long target = target(Operands.getE(c, i, 8));
        Operands.push64(c, c.rip);
        c.rip = target;
    }

    /** C3 RET. */
    public static void ret(Cpu c, Insn i) {
        c.rip = target(Operands.load(c, c.r[Cpu.RSP], 8));
        c.r[Cpu.RSP] += 8;
    }

    /** C2 RET Iw: pop the return address, then release Iw more bytes. */
    public static void retIw(Cpu c, Insn i) {
        long target = target(Operands.load(c, c.r[Cpu.RSP], 8));
        c.r[Cpu.RSP] += 8 + (i.imm & 0xFFFF);
        c.rip = target;
    }

    /**
     * The LOOP family's counter step: RCX, or ECX with a 0x67 prefix (written back as a 32-bit
     * register, so bits 63..32 of RCX become zero, as the host shows). Returns the new count.
     */
    private static long decrementCount(Cpu c, Insn i) {
        if (i.addrsize == 4) {
            long n = (c.r[Cpu.RCX] - 1) & 0xFFFFFFFFL;
            c.r[Cpu.RCX] = n;
            return n;
        }
        return --c.r[Cpu.RCX];
    }

    /** E2 LOOP Jb: decrement the count, jump if it is not zero. Flags are untouched. */
    public static void loopJb(Cpu c, Insn i) {
        if (decrementCount(c, i) != 0) {
            c.rip = i.target;
        }
    }

    /** E1 LOOPE Jb: decrement, jump if the count is not zero and ZF = 1. */
    public static void loopeJb(Cpu c, Insn i) {
        if (decrementCount(c, i) != 0 && Flags.zf(c) == loopWhileEqual(i, true)) {
            c.rip = i.target;
        }
    }

    /** E0 LOOPNE Jb: decrement, jump if the count is not zero and ZF = 0. */
    public static void loopneJb(Cpu c, Insn i) {
        if (decrementCount(c, i) != 0 && Flags.zf(c) == loopWhileEqual(i, false)) {
            c.rip = i.target;
        }
    }

    /**
     * The ZF that LOOPE/LOOPNE go on with: an AMD host lets a REP prefix choose it, as for CMPS
     * (F3: ZF = 1, F2: ZF = 0, the last of them if both), whatever the opcode says (found by the
     * differential tester with prefixes it does not need; docs/quirks.md); Intel follows the opcode.
     */
    private static boolean loopWhileEqual(Insn i, boolean opcode) {
        if (UndefinedFlags.INTEL) {
            return opcode;
        }
        int rep = i.prefixes & (Insn.P_REP | Insn.P_REPNE);
        return rep == 0 ? opcode : rep == Insn.P_REP;
    }

    /** E3 JRCXZ Jb (JECXZ with 0x67). */
    public static void jrcxzJb(Cpu c, Insn i) {
        long n = i.addrsize == 4 ? c.r[Cpu.RCX] & 0xFFFFFFFFL : c.r[Cpu.RCX];
        if (n == 0) {
            c.rip = i.target;
        }
    }
}
