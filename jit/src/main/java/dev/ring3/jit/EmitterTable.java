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
        String[] alu = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};
        for (int k = 0; k < alu.length; k++) {
            byName.put(alu[k] + " Ev,Gv", new AluEmitter(k, AluEmitter.EG));
            byName.put(alu[k] + " Eb,Gb", new AluEmitter(k, AluEmitter.EG));
            byName.put(alu[k] + " Gv,Ev", new AluEmitter(k, AluEmitter.GE));
            byName.put(alu[k] + " Gb,Eb", new AluEmitter(k, AluEmitter.GE));
            byName.put(alu[k] + " rAX,Iz", new AluEmitter(k, AluEmitter.AI));
            byName.put(alu[k] + " AL,Ib", new AluEmitter(k, AluEmitter.AI));
            byName.put(alu[k] + " Ev,Iz", new AluEmitter(k, AluEmitter.EI));
            byName.put(alu[k] + " Ev,Ib", new AluEmitter(k, AluEmitter.EI));
            byName.put(alu[k] + " Eb,Ib", new AluEmitter(k, AluEmitter.EI));
        }
        byName.put("test Ev,Gv", new AluEmitter(AluEmitter.TEST, AluEmitter.EG));
        byName.put("test Eb,Gb", new AluEmitter(AluEmitter.TEST, AluEmitter.EG));
        byName.put("test rAX,Iz", new AluEmitter(AluEmitter.TEST, AluEmitter.AI));
        byName.put("test AL,Ib", new AluEmitter(AluEmitter.TEST, AluEmitter.AI));
        byName.put("test Ev,Iz", new AluEmitter(AluEmitter.TEST, AluEmitter.EI));
        byName.put("test Eb,Ib", new AluEmitter(AluEmitter.TEST, AluEmitter.EI));
        for (String e : new String[] {"Ev", "Eb"}) {
            byName.put("inc " + e, new AluEmitter(AluEmitter.INC, AluEmitter.E1));
            byName.put("dec " + e, new AluEmitter(AluEmitter.DEC, AluEmitter.E1));
            byName.put("neg " + e, new AluEmitter(AluEmitter.NEG, AluEmitter.E));
            byName.put("not " + e, new AluEmitter(AluEmitter.NOT, AluEmitter.E));
            String[] shifts = {"rol", "ror", null, null, "shl", "shr", "sal", "sar"};
            for (int k = 0; k < shifts.length; k++) {
                if (shifts[k] != null) {
                    int op = k == 6 ? ShiftEmitter.SHL : k;
                    byName.put(shifts[k] + " " + e + ",Ib", new ShiftEmitter(op, ShiftEmitter.BY_IMM));
                    byName.put(shifts[k] + " " + e + ",1", new ShiftEmitter(op, ShiftEmitter.BY_ONE));
                    byName.put(shifts[k] + " " + e + ",CL", new ShiftEmitter(op, ShiftEmitter.BY_CL));
                }
            }
        }
        byName.put("imul Gv,Ev", new MulEmitter(MulEmitter.IMUL_GE));
        byName.put("imul Gv,Ev,Iz", new MulEmitter(MulEmitter.IMUL_GEI));
        byName.put("imul Gv,Ev,Ib", new MulEmitter(MulEmitter.IMUL_GEI));
        byName.put("mul Ev", new MulEmitter(MulEmitter.MUL_E));
        byName.put("imul Ev", new MulEmitter(MulEmitter.IMUL_E));
        String[] cc = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"};
        for (String c : cc) {
            byName.put("set" + c + " Eb", new ConditionalEmitter(false));
            byName.put("cmov" + c + " Gv,Ev", new ConditionalEmitter(true));
        }
        byName.put("bsf Gv,Ev", new BitScanEmitter(false));
        byName.put("bsr Gv,Ev", new BitScanEmitter(true));

        byName.put("mov Ev,Gv", new MoveEmitter(MoveEmitter.MOV_EG));
        byName.put("mov Eb,Gb", new MoveEmitter(MoveEmitter.MOV_EG));
        byName.put("mov Gv,Ev", new MoveEmitter(MoveEmitter.MOV_GE));
        byName.put("mov Gb,Eb", new MoveEmitter(MoveEmitter.MOV_GE));
        byName.put("mov Ev,Iz", new MoveEmitter(MoveEmitter.MOV_EI));
        byName.put("mov Eb,Ib", new MoveEmitter(MoveEmitter.MOV_EI));
        byName.put("mov Zv,Iv", new MoveEmitter(MoveEmitter.MOV_ZI));
        byName.put("mov Zb,Ib", new MoveEmitter(MoveEmitter.MOV_ZI));
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
        byName.put("xchg Zv,rAX", new MoveEmitter(MoveEmitter.XCHG_Z));
        byName.put("xchg Ev,Gv", new MoveEmitter(MoveEmitter.XCHG_EG));
        byName.put("xchg Eb,Gb", new MoveEmitter(MoveEmitter.XCHG_EG));
        byName.put("nop Ev", new MoveEmitter(MoveEmitter.NOP));
        byName.put("cwde ", new MoveEmitter(MoveEmitter.CWDE));
        byName.put("cdq ", new MoveEmitter(MoveEmitter.CDQ));
        byName.put("bswap Zv", new MoveEmitter(MoveEmitter.BSWAP));

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
