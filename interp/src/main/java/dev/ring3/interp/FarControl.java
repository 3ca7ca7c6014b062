package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Far JMP and CALL through memory, far RET, IRET and LFS/LGS/LSS as a 64-bit Linux program meets
 * them on the host (an AMD EPYC), checked there by native probes whose results
 * {@code FarControlTest} carries. The only code segment they reach is __USER_CS (0x33): the host
 * would switch to 32-bit compatibility mode through __USER32_CS (0x23), which ring3 does not run,
 * so that selector is #GP here (docs/quirks.md); every other selector is #GP on the host too.
 */
@Semantics(Exec.class)
public final class FarControl {
    private FarControl() {}

    /**
     * The offset size of an m16:16/m16:32 far pointer: 2 with 0x66 (and no REX.W), else 4. AMD
     * ignores REX.W here (no m16:64), as the host shows.
     */
    private static int offsetSize(Insn i) {
        // REX.W outranks 0x66 here too (as for LFS/LGS/LSS), and AMD then reads m16:32: the host's
        // far CALL with 66 and REX.W faults past a 4-byte pointer's end (a campaign, session 16)
        return (i.prefixes & Insn.P_OPSIZE) != 0 && !i.rexW ? 2 : 4;
    }

    /** The size of each stack slot a far CALL, RET or IRET moves: 8 with REX.W, 2 with 0x66, else 4. */
    private static int slotSize(Insn i) {
        return i.rexW ? 8 : (i.prefixes & Insn.P_OPSIZE) != 0 ? 2 : 4;
    }

    /**
     * #GP unless {@code sel} names the 64-bit user code segment: with any RPL for JMP and CALL
     * (RPL 0..3 at or below CPL 3), with RPL 3 only for a return, which cannot raise privilege.
     */
    private static void checkCode(int sel, boolean isReturn) {
        boolean ok = (sel & ~3) == (Moves.USER_CS & ~3) && (!isReturn || (sel & 3) == 3);
        if (!ok) {
            throw new CpuException(CpuException.GP);
        }
    }

    /** FF /5 JMP FAR Mp: RIP = the pointer's offset, zero-extended; CS stays 0x33. */
    public static void jmpFarMp(Cpu c, Insn i) {
        long a = Operands.ea(c, i);
        int n = offsetSize(i);
        long offset = Operands.load(c, a, n);
        checkCode((int) Operands.load(c, a + n, 2), false);
        c.rip = offset;
    }

    /**
     * FF /3 CALL FAR Mp: pushes CS, then the return address, each in a slot of the operand size
     * (REX.W: 8 bytes, though the pointer stays m16:32), and jumps. Nothing changes if a push faults.
     */
    public static void callFarMp(Cpu c, Insn i) {
        long a = Operands.ea(c, i);
        int n = offsetSize(i);
        long offset = Operands.load(c, a, n);
        checkCode((int) Operands.load(c, a + n, 2), false);
        int size = slotSize(i);
        long sp = c.r[Cpu.RSP];
        Operands.store(c, sp - size, size, Moves.USER_CS);
        Operands.store(c, sp - 2 * size, size, c.rip);
        c.r[Cpu.RSP] = sp - 2 * size;
        c.rip = offset;
    }

    /** CB RETF: pops the offset and CS, in slots of the operand size. */
    public static void retFar(Cpu c, Insn i) {
        retFar(c, i, 0);
    }

    /** CA RETF Iw: as RETF, then releases Iw more bytes. */
    public static void retFarIw(Cpu c, Insn i) {
        retFar(c, i, i.imm & 0xFFFF);
    }

    private static void retFar(Cpu c, Insn i, long release) {
        int size = slotSize(i);
        long sp = c.r[Cpu.RSP];
        long offset = Operands.load(c, sp, size);
        int sel = (int) Operands.load(c, sp + size, size) & 0xFFFF;
        // The host (AMD) touches memory past the released bytes before it checks CS, in a way not
        // modelled here (docs/quirks.md): ring3 checks CS first.
        checkCode(sel, true);
        Control.target(offset);
        c.r[Cpu.RSP] = sp + 2 * size + release;
        c.rip = offset;
    }

    /**
     * CF IRET (IRETD; IRETQ with REX.W, IRETW with 0x66): pops RIP, CS, RFLAGS, RSP and SS, always
     * all five in 64-bit mode. CS must be 0x33 and SS 0x2B (a null SS is #GP at CPL 3); RFLAGS
     * takes the bits user code may change, as POPF does.
     */
    public static void iret(Cpu c, Insn i) {
        int size = slotSize(i);
        long sp = c.r[Cpu.RSP];
        long rip = Operands.load(c, sp, size);
        checkCode((int) Operands.load(c, sp + size, size) & 0xFFFF, true);
        long flags = Operands.load(c, sp + 2 * size, size);
        long rsp = Operands.load(c, sp + 3 * size, size);
        if (((int) Operands.load(c, sp + 4 * size, size) & 0xFFFF) != Moves.USER_DS) {
            throw new CpuException(CpuException.GP);
        }
        Control.target(rip); // #GP at the IRET, nothing changed, as for a near branch
        Flags.setRflags(c, flags, size == 2 ? Flags.USER_WRITABLE & 0xFFFF : Flags.USER_WRITABLE);
        c.r[Cpu.RSP] = rsp;
        c.rip = rip;
    }

    /**
     * 0F B2 LSS, 0F B4 LFS, 0F B5 LGS Gv,Mp: the selector is loaded as MOV Sw loads it (#GP for
     * one Linux refuses, before G is written), then G gets the offset: m16:16 with 0x66, m16:32
     * otherwise (REX.W too, on AMD: the 64-bit register gets the 32-bit offset, zero-extended).
     */
    static void loadFarPointer(Cpu c, Insn i, int sreg) {
        long a = Operands.ea(c, i);
        int n = (i.prefixes & Insn.P_OPSIZE) != 0 && !i.rexW ? 2 : 4; // here REX.W outranks 0x66
        long offset = Operands.load(c, a, n);
        Moves.loadSelector(c, sreg, (int) Operands.load(c, a + n, 2) & 0xFFFF);
        Operands.setReg(c, i.reg, i.rexW ? 8 : n, offset);
    }

    public static void lssGvMp(Cpu c, Insn i) {
        loadFarPointer(c, i, Moves.SREG_SS);
    }

    public static void lfsGvMp(Cpu c, Insn i) {
        loadFarPointer(c, i, Moves.SREG_FS);
    }

    public static void lgsGvMp(Cpu c, Insn i) {
        loadFarPointer(c, i, Moves.SREG_GS);
    }
}
