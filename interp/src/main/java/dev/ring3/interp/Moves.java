package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of the data moves: MOV in its register, memory, immediate and moffs forms, MOV to and
 * from segment registers, MOVZX/MOVSX/MOVSXD, LEA, MOVBE and the short XCHG with rAX (90+r). None of them
 * touch the flags. Partial-register rules live in {@link Operands}: a 32-bit destination clears
 * bits 63..32, 8- and 16-bit destinations keep the rest.
 */
@Semantics(Exec.class)
public final class Moves {
    private Moves() {}

    /** Selectors a 64-bit Linux process sees (arch/x86/include/asm/segment.h: __USER_CS, __USER_DS). */
    static final int USER_CS = 0x33, USER_DS = 0x2B;
    /** Segment register numbers as ModRM.reg encodes them for 8C/8E. */
    public static final int SREG_ES = 0, SREG_CS = 1, SREG_SS = 2, SREG_DS = 3, SREG_FS = 4, SREG_GS = 5;

    /** 88/89 MOV Eb,Gb / Ev,Gv. */
    public static void movEvGv(Cpu c, Insn i) {
        Operands.setE(c, i, Operands.getG(c, i));
    }

    /** 8A/8B MOV Gb,Eb / Gv,Ev. */
    public static void movGvEv(Cpu c, Insn i) {
        Operands.setG(c, i, Operands.getE(c, i));
    }

    /** C6 /0 MOV Eb,Ib and C7 /0 MOV Ev,Iz (the imm32 is sign-extended to 64 bits with REX.W). */
    public static void movEvIz(Cpu c, Insn i) {
        Operands.setE(c, i, i.imm);
    }

    /** B0+r MOV Zb,Ib and B8+r MOV Zv,Iv (a full imm64 with REX.W: "movabs"). */
    public static void movZvIv(Cpu c, Insn i) {
        Operands.setReg(c, i.reg, i.opsize, i.imm);
    }

    /** A0/A1 MOV AL,Ob / rAX,Ov: load from the absolute moffs address (FS/GS overrides apply). */
    public static void movrAXOv(Cpu c, Insn i) {
        Operands.setReg(c, Cpu.RAX, i.opsize, Operands.load(c, Operands.ea(c, i), i.opsize));
    }

    /** A2/A3 MOV Ob,AL / Ov,rAX. */
    public static void movOvrAX(Cpu c, Insn i) {
        Operands.store(c, Operands.ea(c, i), i.opsize, Operands.getReg(c, Cpu.RAX, i.opsize));
    }

    /**
     * 8C MOV Ev,Sw: the selector last loaded (Linux starts with CS 0x33, SS 0x2B and the others
     * null). A register destination of 32 or 64 bits is zero-extended; a 16-bit one keeps bits
     * 63..16; a memory destination is always a 16-bit store (SDM Vol. 2 MOV, checked on the host).
     */
    public static void movEvSw(Cpu c, Insn i) {
        long sel = selector(c, i.modrmReg);
        if (i.rm >= 0) {
            Operands.setReg(c, i.rm, i.opsize, sel);
        } else {
            Operands.store(c, Operands.ea(c, i), 2, sel);
        }
    }

    /** 8E MOV Sw,Ew. Loading CS is #UD; the rest is {@link #loadSelector}. */
    public static void movSwEw(Cpu c, Insn i) {
        int sreg = i.modrmReg;
        if (sreg == SREG_CS || sreg > SREG_GS) {
            throw new CpuException(CpuException.UD);
        }
        loadSelector(c, sreg, (int) Operands.getE(c, i, 2));
    }

    /**
     * Loads {@code sel} into segment register {@code sreg} (MOV Sw, POP FS/GS, LFS/LGS/LSS): #GP
     * unless the host's Linux would take it. SS takes only __USER_DS with RPL 3 (it cannot be null
     * at CPL 3 and must be a writable data segment: SDM Vol. 2 MOV). DS, ES, FS and GS take a null
     * selector or, with any RPL, the GDT entries with DPL 3 (arch/x86/include/asm/segment.h): 4
     * (__USER32_CS), 5 (__USER_DS), 6 (__USER_CS) and 15 (the CPU-number segment); the LDT
     * (TI = 1) is empty. The selector is kept for MOV Ev,Sw; loading FS or GS sets its base to 0,
     * the descriptor's, and so does a null selector (the host's Zen CPU clears the base on a null
     * load too). Checked on the host.
     */
    static void loadSelector(Cpu c, int sreg, int sel) {
        int index = sel >> 3;
        boolean user = (sel & 4) == 0 && (index == 4 || index == 5 || index == 6 || index == 15);
        boolean ok = sreg == SREG_SS ? sel == USER_DS : (sel & ~3) == 0 || user;
        if (!ok) {
            throw new CpuException(CpuException.GP);
        }
        c.sreg[sreg] = sel;
        if (sreg == SREG_FS) {
            c.fsBase = 0;
        } else if (sreg == SREG_GS) {
            c.gsBase = 0;
        }
    }

    /** The selector MOV Ev,Sw reads for segment register {@code sreg}; 6 and 7 are #UD. */
    static long selector(Cpu c, int sreg) {
        if (sreg > SREG_GS) {
            throw new CpuException(CpuException.UD);
        }
        return c.sreg[sreg];
    }

    /** 0F B6 MOVZX Gv,Eb. */
    public static void movzxGvEb(Cpu c, Insn i) {
        Operands.setG(c, i, Operands.getE(c, i, 1));
    }

    /** 0F B7 MOVZX Gv,Ew. */
    public static void movzxGvEw(Cpu c, Insn i) {
        Operands.setG(c, i, Operands.getE(c, i, 2));
    }

    /** 0F BE MOVSX Gv,Eb. */
    public static void movsxGvEb(Cpu c, Insn i) {
        Operands.setG(c, i, (byte) Operands.getE(c, i, 1));
    }

    /** 0F BF MOVSX Gv,Ew. */
    public static void movsxGvEw(Cpu c, Insn i) {
        Operands.setG(c, i, (short) Operands.getE(c, i, 2));
    }

    /**
     * 63 MOVSXD Gv,Ed: sign-extends with REX.W; without it the SDM defines a plain move of the
     * operand size (32 bits, zero-extended into the register; 16 bits with 0x66).
     */
    public static void movsxdGvEd(Cpu c, Insn i) {
        if (i.opsize == 8) {
            Operands.setG(c, i, (int) Operands.getE(c, i, 4));
        } else {
            Operands.setG(c, i, Operands.getE(c, i, i.opsize));
        }
    }

    /** 8D LEA Gv,M: the offset (no segment base), truncated to the address and operand sizes. */
    public static void leaGvM(Cpu c, Insn i) {
        Operands.setG(c, i, Operands.eaOffset(c, i));
    }

    /**
     * 90+r XCHG Zv,rAX. Opcode 90 itself (register 0, no REX.B) is NOP: it must not clear the top
     * of RAX as a 32-bit XCHG EAX,EAX would (SDM Vol. 2 NOP). With REX.B it exchanges R8 and rAX.
     */
    public static void xchgZvrAX(Cpu c, Insn i) {
        int n = i.reg;
        if (n == Cpu.RAX) {
            return;
        }
        int size = i.opsize;
        long a = Operands.getReg(c, n, size);
        Operands.setReg(c, n, size, Operands.getReg(c, Cpu.RAX, size));
        Operands.setReg(c, Cpu.RAX, size, a);
    }

    /** MOVBE Gv,Mv (0F 38 F0): a load with its bytes reversed. */
    public static void movbeGvMv(Cpu c, Insn i) {
        Operands.setG(c, i, reverseBytes(Operands.getE(c, i), i.opsize));
    }

    /** MOVBE Mv,Gv (0F 38 F1): a store with its bytes reversed. */
    public static void movbeMvGv(Cpu c, Insn i) {
        Operands.setE(c, i, reverseBytes(Operands.getG(c, i), i.opsize));
    }

    private static long reverseBytes(long v, int size) {
        switch (size) {
            case 8: return Long.reverseBytes(v);
            case 4: return Integer.reverseBytes((int) v) & 0xFFFFFFFFL;
            default: return Short.reverseBytes((short) v) & 0xFFFFL;
        }
    }

    /** D7 XLAT: AL ← the byte at RBX + AL (EBX + AL with 0x67; an FS or GS override applies). */
    static void xlat(Cpu c, Insn i) {
        long a = c.r[Cpu.RBX] + (c.r[Cpu.RAX] & 0xFF);
        if (i.addrsize == 4) {
            a &= 0xFFFFFFFFL;
        }
        if (i.seg != Insn.SEG_NONE) {
            a += i.seg == Insn.SEG_FS ? c.fsBase : c.gsBase;
        }
        Operands.setReg(c, Cpu.RAX, 1, c.mem.read8(a));
    }
}
