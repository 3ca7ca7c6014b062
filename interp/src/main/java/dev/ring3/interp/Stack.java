package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of the stack instructions: PUSH and POP in all forms, PUSHF/POPF, ENTER and LEAVE.
 * In 64-bit mode the stack address size is always 64 bits; the operand size is 64 bits, or 16
 * with a 0x66 prefix (the rows are d64). Each instruction reads what it needs before it changes
 * RSP, so a fault leaves RSP as it was, as on hardware.
 */
@Semantics(Exec.class)
public final class Stack {
    private Stack() {}

    /** 50+r PUSH Zv. PUSH RSP pushes the value RSP had before the instruction. */
    public static void pushZv(Cpu c, Insn i) {
        Operands.push(c, i.opsize, Operands.getReg(c, i.reg, i.opsize));
    }

    /** 58+r POP Zv. POP RSP loads RSP with the popped value (the increment is overwritten). */
    public static void popZv(Cpu c, Insn i) {
        long v = Operands.pop(c, i.opsize);
        Operands.setReg(c, i.reg, i.opsize, v);
    }

    /** 68 PUSH Iz / 6A PUSH Ib: the immediate sign-extended to the operand size. */
    public static void pushIz(Cpu c, Insn i) {
        Operands.push(c, i.opsize, i.imm);
    }

    /** FF /6 PUSH Ev: the operand is read before RSP moves (PUSH [RSP] pushes the old top). */
    public static void pushEv(Cpu c, Insn i) {
        Operands.push(c, i.opsize, Operands.getE(c, i));
    }

    /**
     * 8F /0 POP Ev. An RSP-based destination address is computed after the increment (SDM Vol. 2
     * POP); if the store faults, RSP is put back.
     */
    public static void popEv(Cpu c, Insn i) {
        long sp = c.r[Cpu.RSP];
        long v = Operands.load(c, sp, i.opsize);
        c.r[Cpu.RSP] = sp + i.opsize;
        try {
            Operands.setE(c, i, v);
        } catch (RuntimeException e) {
            c.r[Cpu.RSP] = sp;
            throw e;
        }
    }

    /**
     * 0F A0 PUSH FS / 0F A8 PUSH GS: the selector last loaded, zero-extended to the
     * operand size: 8 bytes are written, or 2 with 0x66 (checked on the host).
     */
    static void pushSreg(Cpu c, Insn i, int sreg) {
        Operands.push(c, i.opsize, Moves.selector(c, sreg));
    }

    static void pushFs(Cpu c, Insn i) {
        pushSreg(c, i, Moves.SREG_FS);
    }

    static void pushGs(Cpu c, Insn i) {
        pushSreg(c, i, Moves.SREG_GS);
    }

    /**
     * 0F A1 POP FS / 0F A9 POP GS: pops the operand size and loads the low 16 bits as MOV Sw does
     * ({@link Moves#loadSelector}); a selector it refuses is #GP with RSP unchanged.
     */
    static void popSreg(Cpu c, Insn i, int sreg) {
        long sp = c.r[Cpu.RSP];
        Moves.loadSelector(c, sreg, (int) Operands.load(c, sp, i.opsize) & 0xFFFF);
        c.r[Cpu.RSP] = sp + i.opsize;
    }

    static void popFs(Cpu c, Insn i) {
        popSreg(c, i, Moves.SREG_FS);
    }

    static void popGs(Cpu c, Insn i) {
        popSreg(c, i, Moves.SREG_GS);
    }

    /** 9C PUSHF: RFLAGS (bit 1 set; RF and VM are never set in ring3's user mode), or FLAGS with 0x66. */
    public static void pushf(Cpu c, Insn i) {
        Operands.push(c, i.opsize, Flags.rflags(c));
    }

    /**
     * 9D POPF: only the bits user mode may change (IF and IOPL are silently kept at CPL 3 with
     * IOPL 0; SDM Vol. 2 POPF). With 0x66 only the low 16 bits are popped and written.
     */
    public static void popf(Cpu c, Insn i) {
        int size = i.opsize;
        long v = Operands.pop(c, size);
        long mask = size == 2 ? Flags.USER_WRITABLE & 0xFFFF : Flags.USER_WRITABLE;
        Flags.setRflags(c, v, mask);
    }

    /**
     * C8 ENTER Iw,Ib (SDM Vol. 2 ENTER, 64-bit mode): push RBP, remember the frame pointer, copy
     * level - 1 enclosing frame pointers from the old frame, push the new frame pointer, then
     * allocate Iw bytes. Addresses are 64-bit; with 0x66 the pushes are 16-bit and only BP is
     * written (bits 63..16 of RBP keep their value), as the host does. Everything is computed on a
     * local stack pointer and committed at the end, so a fault changes no register.
     */
    public static void enterIwIb(Cpu c, Insn i) {
        int size = i.opsize;
        long alloc = i.imm & 0xFFFF;
        int level = (int) i.imm2 & 31;
        long sp = c.r[Cpu.RSP] - size;
        long rbp = c.r[Cpu.RBP];
        Operands.store(c, sp, size, rbp);
        long frame = sp;
        if (level > 0) {
            long fp = rbp;
            for (int k = 1; k < level; k++) {
                fp -= size;
                long v = Operands.load(c, fp, size);
                sp -= size;
                Operands.store(c, sp, size, v);
            }
            sp -= size;
            Operands.store(c, sp, size, frame);
        }
        Operands.setReg(c, Cpu.RBP, size, frame);
        c.r[Cpu.RSP] = sp - alloc;
    }

    /** C9 LEAVE: RSP = RBP, then pop RBP (BP with 0x66). */
    public static void leave(Cpu c, Insn i) {
        int size = i.opsize;
        long fp = c.r[Cpu.RBP];
        long v = Operands.load(c, fp, size);
        c.r[Cpu.RSP] = fp + size;
        Operands.setReg(c, Cpu.RBP, size, v);
    }
}
