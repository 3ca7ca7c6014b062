package dev.ring3.interp;

/**
 * Opcode-table rows for data movement: MOV in all its forms, MOVZX/MOVSX/MOVSXD, LEA, XCHG with
 * rAX (90+r), and the stack's PUSH/POP/PUSHF/POPF. Semantics in {@link Moves} and {@link Stack}.
 */
final class MoveRows {
    private MoveRows() {}

    static void register(OpcodeTable.Builder b) {
        b.row("88", "mov Eb,Gb", Moves::movEvGv);
        b.row("89", "mov Ev,Gv", Moves::movEvGv);
        b.row("8A", "mov Gb,Eb", Moves::movGvEv);
        b.row("8B", "mov Gv,Ev", Moves::movGvEv);
        b.row("C6 /0", "mov Eb,Ib", Moves::movEvIz);
        b.row("C7 /0", "mov Ev,Iz", Moves::movEvIz);
        b.row("B0+r", "mov Zb,Ib", Moves::movZvIv);
        b.row("B8+r", "mov Zv,Iv", Moves::movZvIv);
        b.row("A0", "mov AL,Ob", Moves::movrAXOv);
        b.row("A1", "mov rAX,Ov", Moves::movrAXOv);
        b.row("A2", "mov Ob,AL", Moves::movOvrAX);
        b.row("A3", "mov Ov,rAX", Moves::movOvrAX);
        b.row("8C", "mov Ev,Sw", Moves::movEvSw);
        b.row("8E", "mov Sw,Ew", Moves::movSwEw);

        b.row("0F B6", "movzx Gv,Eb", Moves::movzxGvEb);
        b.row("0F B7", "movzx Gv,Ew", Moves::movzxGvEw);
        b.row("0F BE", "movsx Gv,Eb", Moves::movsxGvEb);
        b.row("0F BF", "movsx Gv,Ew", Moves::movsxGvEw);
        b.row("63", "movsxd Gv,Ed", Moves::movsxdGvEd);
        // "M" alone is not an addressing token to OperandForm; the key's "mem" makes LEA with a
        // register operand decode as invalid (#UD), as the SDM requires.
        b.row("8D mem", "lea Gv,M", Moves::leaGvM);
        b.row("90+r", "xchg Zv,rAX", Moves::xchgZvrAX);

        b.row("50+r d64", "push Zv", Stack::pushZv);
        b.row("58+r d64", "pop Zv", Stack::popZv);
        b.row("68 d64", "push Iz", Stack::pushIz);
        b.row("6A d64", "push Ib", Stack::pushIz);
        b.row("FF /6 d64", "push Ev", Stack::pushEv);
        b.row("8F /0 d64", "pop Ev", Stack::popEv);
        b.row("D7", "xlat", Moves::xlat).implicit(Cpu.RAX, Cpu.RBX);
        b.row("0F A0 d64", "push FS", (c, i) -> Stack.pushSreg(c, i, Moves.SREG_FS));
        b.row("0F A8 d64", "push GS", (c, i) -> Stack.pushSreg(c, i, Moves.SREG_GS));
        b.row("0F A1 d64", "pop FS", (c, i) -> Stack.popSreg(c, i, Moves.SREG_FS));
        b.row("0F A9 d64", "pop GS", (c, i) -> Stack.popSreg(c, i, Moves.SREG_GS));
        b.row("9C d64", "pushf", Stack::pushf).reads(Flags.OSZAPC);
        // POPF ends its block: one that sets TF has the next instruction single-stepped (the
        // engines step at a block boundary, Interpreter.attention).
        b.row("9D d64", "popf", Stack::popf).writes(Flags.OSZAPC).ends();
    }
}
