package dev.ring3.interp;

/**
 * Opcode-table rows for data movement: MOV in all its forms, MOVZX/MOVSX/MOVSXD, LEA, XCHG with
 * rAX (90+r), and the stack's PUSH/POP/PUSHF/POPF. Semantics in {@link Moves} and {@link Stack}.
 */
final class MoveRows {
    private MoveRows() {}

    static void register(OpcodeTable.Builder b) {
        b.row("88", "mov Eb,Gb", MovesSem.movEvGv);
        b.row("89", "mov Ev,Gv", MovesSem.movEvGv);
        b.row("8A", "mov Gb,Eb", MovesSem.movGvEv);
        b.row("8B", "mov Gv,Ev", MovesSem.movGvEv);
        b.row("C6 /0", "mov Eb,Ib", MovesSem.movEvIz);
        b.row("C7 /0", "mov Ev,Iz", MovesSem.movEvIz);
        b.row("B0+r", "mov Zb,Ib", MovesSem.movZvIv);
        b.row("B8+r", "mov Zv,Iv", MovesSem.movZvIv);
        b.row("A0", "mov AL,Ob", MovesSem.movrAXOv);
        b.row("A1", "mov rAX,Ov", MovesSem.movrAXOv);
        b.row("A2", "mov Ob,AL", MovesSem.movOvrAX);
        b.row("A3", "mov Ov,rAX", MovesSem.movOvrAX);
        b.row("8C", "mov Ev,Sw", MovesSem.movEvSw);
        b.row("8E", "mov Sw,Ew", MovesSem.movSwEw);

        b.row("0F B6", "movzx Gv,Eb", MovesSem.movzxGvEb);
        b.row("0F B7", "movzx Gv,Ew", MovesSem.movzxGvEw);
        b.row("0F BE", "movsx Gv,Eb", MovesSem.movsxGvEb);
        b.row("0F BF", "movsx Gv,Ew", MovesSem.movsxGvEw);
        b.row("63", "movsxd Gv,Ed", MovesSem.movsxdGvEd);
        // "M" alone is not an addressing token to OperandForm; the key's "mem" makes LEA with a
        // register operand decode as invalid (#UD), as the SDM requires.
        b.row("8D mem", "lea Gv,M", MovesSem.leaGvM);
        b.row("90+r", "xchg Zv,rAX", MovesSem.xchgZvrAX);

        b.row("50+r d64", "push Zv", StackSem.pushZv);
        b.row("58+r d64", "pop Zv", StackSem.popZv);
        b.row("68 d64", "push Iz", StackSem.pushIz);
        b.row("6A d64", "push Ib", StackSem.pushIz);
        b.row("FF /6 d64", "push Ev", StackSem.pushEv);
        b.row("8F /0 d64", "pop Ev", StackSem.popEv);
        b.row("D7", "xlat", MovesSem.xlat).implicit(Cpu.RAX, Cpu.RBX);
        b.row("0F A0 d64", "push FS", StackSem.pushFs);
        b.row("0F A8 d64", "push GS", StackSem.pushGs);
        b.row("0F A1 d64", "pop FS", StackSem.popFs);
        b.row("0F A9 d64", "pop GS", StackSem.popGs);
        b.row("9C d64", "pushf", StackSem.pushf).reads(Flags.OSZAPC);
        // POPF ends its block: one that sets TF has the next instruction single-stepped (the
        // engines step at a block boundary, Interpreter.attention).
        b.row("9D d64", "popf", StackSem.popf).writes(Flags.OSZAPC).ends();
    }
}
