package dev.ring3.jit;

import dev.ring3.interp.Insn;
import dev.ring3.interp.Op;
import dev.ring3.interp.OpcodeTable;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which opcode-table rows have a hand-written emitter, found by mnemonic and operand forms (the
 * names the table and STYLE.md share: "add Ev,Gv"). Rows without one run their semantics.
 */
final class EmitterTable {
    private final Map<Op, InsnEmitter> byOp = new IdentityHashMap<>();

    private static final EmitterTable INSTANCE = new EmitterTable(OpcodeTable.get());

    static EmitterTable get() {
        return INSTANCE;
    }

    private EmitterTable(OpcodeTable table) {
        Map<String, InsnEmitter> byName = new java.util.HashMap<>();
        String[] alu = {"add", "or", null, null, "and", "sub", "xor", "cmp"};
        for (int k = 0; k < alu.length; k++) {
            if (alu[k] == null) {
                continue;
            }
            byName.put(alu[k] + " Ev,Gv", new AluEmitter(k, AluEmitter.EG));
            byName.put(alu[k] + " Gv,Ev", new AluEmitter(k, AluEmitter.GE));
            byName.put(alu[k] + " rAX,Iz", new AluEmitter(k, AluEmitter.AI));
            byName.put(alu[k] + " Ev,Iz", new AluEmitter(k, AluEmitter.EI));
            byName.put(alu[k] + " Ev,Ib", new AluEmitter(k, AluEmitter.EI));
        }
        byName.put("test Ev,Gv", new AluEmitter(AluEmitter.TEST, AluEmitter.EG));
        byName.put("test rAX,Iz", new AluEmitter(AluEmitter.TEST, AluEmitter.AI));
        byName.put("test Ev,Iz", new AluEmitter(AluEmitter.TEST, AluEmitter.EI));
        byName.put("inc Ev", new AluEmitter(AluEmitter.INC, AluEmitter.E1));
        byName.put("dec Ev", new AluEmitter(AluEmitter.DEC, AluEmitter.E1));

        byName.put("mov Ev,Gv", new MoveEmitter(MoveEmitter.MOV_EG));
        byName.put("mov Gv,Ev", new MoveEmitter(MoveEmitter.MOV_GE));
        byName.put("mov Ev,Iz", new MoveEmitter(MoveEmitter.MOV_EI));
        byName.put("mov Zv,Iv", new MoveEmitter(MoveEmitter.MOV_ZI));
        byName.put("lea Gv,M", new MoveEmitter(MoveEmitter.LEA));
        byName.put("movzx Gv,Eb", new MoveEmitter(MoveEmitter.MOVZX_B));
        byName.put("movzx Gv,Ew", new MoveEmitter(MoveEmitter.MOVZX_W));
        byName.put("movsx Gv,Eb", new MoveEmitter(MoveEmitter.MOVSX_B));
        byName.put("movsx Gv,Ew", new MoveEmitter(MoveEmitter.MOVSX_W));
        byName.put("movsxd Gv,Ed", new MoveEmitter(MoveEmitter.MOVSXD));
        byName.put("push Zv", new MoveEmitter(MoveEmitter.PUSH_Z));
        byName.put("pop Zv", new MoveEmitter(MoveEmitter.POP_Z));
        byName.put("push Iz", new MoveEmitter(MoveEmitter.PUSH_I));
        byName.put("push Ib", new MoveEmitter(MoveEmitter.PUSH_I));

        for (Op op : table.ops()) {
            InsnEmitter e = byName.get(op.mnemonic + " " + op.form);
            if (e != null) {
                byOp.put(op, e);
            }
        }
    }

    /** The emitter that handles this decoded instruction, or null if its semantics must run. */
    InsnEmitter find(Insn in) {
        InsnEmitter e = byOp.get(in.op);
        return e != null && e.accepts(in) ? e : null;
    }
}
