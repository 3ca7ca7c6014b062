package dev.ring3.interp;

/**
 * Opcode-table rows for control flow: Jcc, JMP, CALL, RET, the LOOP family, JRCXZ, and ENTER/LEAVE.
 * Near branches are f64 (64-bit operand size whatever 0x66 says). Semantics in {@link Control}
 * and {@link Stack}.
 */
final class ControlRows {
    private ControlRows() {}

    private static final String[] CC = {
        "o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g",
    };

    /** The flags condition code {@code cc} reads (SDM Vol. 1 Appendix B). */
    static int condFlags(int cc) {
        switch (cc >> 1) {
            case 0: return Flags.OF;
            case 1: return Flags.CF;
            case 2: return Flags.ZF;
            case 3: return Flags.CF | Flags.ZF;
            case 4: return Flags.SF;
            case 5: return Flags.PF;
            case 6: return Flags.SF | Flags.OF;
            default: return Flags.ZF | Flags.SF | Flags.OF;
        }
    }

    static void register(OpcodeTable.Builder b) {
        for (int cc = 0; cc < 16; cc++) {
            b.row(String.format("%02X f64", 0x70 + cc), "j" + CC[cc] + " Jb", ControlSem.jccJz)
                    .reads(condFlags(cc)).ends();
            b.row(String.format("0F %02X f64", 0x80 + cc), "j" + CC[cc] + " Jz", ControlSem.jccJz)
                    .reads(condFlags(cc)).ends();
        }
        b.row("EB f64", "jmp Jb", ControlSem.jmpJz).ends();
        b.row("E9 f64", "jmp Jz", ControlSem.jmpJz).ends();
        b.row("FF /4 f64", "jmp Ev", ControlSem.jmpEv).ends();
        b.row("E8 f64", "call Jz", ControlSem.callJz).ends();
        b.row("FF /2 f64", "call Ev", ControlSem.callEv).ends();
        b.row("C3 f64", "ret", ControlSem.ret).ends();
        b.row("C2 f64", "ret Iw", ControlSem.retIw).ends();

        b.row("E0 f64", "loopne Jb", ControlSem.loopneJb).reads(Flags.ZF).ends().implicit(Cpu.RCX);
        b.row("E1 f64", "loope Jb", ControlSem.loopeJb).reads(Flags.ZF).ends().implicit(Cpu.RCX);
        b.row("E2 f64", "loop Jb", ControlSem.loopJb).ends().implicit(Cpu.RCX);
        b.row("E3 f64", "jrcxz Jb", ControlSem.jrcxzJb).ends().implicit(Cpu.RCX);

        // Far transfers (FarControl): AT&T mnemonics, as objdump prints them.
        b.row("FF /5 mem", "ljmp Mp", FarControlSem.jmpFarMp).ends();
        b.row("FF /3 mem", "lcall Mp", FarControlSem.callFarMp).ends();
        b.row("CB", "lret", FarControlSem.retFar).ends();
        b.row("CA", "lret Iw", FarControlSem.retFarIw).ends();
        b.row("CF", "iret", FarControlSem.iret).writes(Flags.OSZAPC).ends();
        b.row("0F B2 mem", "lss Gv,Mp", FarControlSem.lssGvMp);
        b.row("0F B4 mem", "lfs Gv,Mp", FarControlSem.lfsGvMp);
        b.row("0F B5 mem", "lgs Gv,Mp", FarControlSem.lgsGvMp);

        b.row("C8 d64", "enter Iw,Ib", StackSem.enterIwIb);
        b.row("C9 d64", "leave", StackSem.leave);
    }
}
