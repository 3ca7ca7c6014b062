package dev.ring3.interp;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The interpreter's dispatch: one {@code switch} over a form chosen when the block is decoded,
 * instead of a call through each row's {@link Exec}. A call site that sees hundreds of lambda
 * classes is megamorphic, and HotSpot's itable stub then cost about a third of the interpreter's
 * time. The hottest register forms (MOV, LEA, the ALU at 32 and 64 bits, Jcc, CALL, RET, PUSH,
 * POP) are written out here with their operand kind resolved; the other common integer rows call
 * their semantic method directly (a static call C2 can inline); everything else goes through
 * {@link Exec}. Rows are found by mnemonic and operand forms, as the JIT's emitter table does.
 */
public final class FastPath {
    private FastPath() {}

    /** Kinds, in the low byte of a form; bits 8 and up carry the ALU or shift operation number. */
    static final int EXEC = 0,
            MOV_EG_R64 = 1, MOV_EG_R32 = 2, MOV_GE_R64 = 3, MOV_GE_R32 = 4,
            LOAD64 = 5, LOAD32 = 6, STORE64 = 7, STORE32 = 8,
            MOV_ZI64 = 9, MOV_ZI32 = 10, MOV_EI_R64 = 11, MOV_EI_R32 = 12,
            LEA64 = 13, LEA32 = 14,
            ALU_EG_R64 = 15, ALU_EG_R32 = 16, ALU_GE_R64 = 17, ALU_GE_R32 = 18,
            ALU_EI_R64 = 19, ALU_EI_R32 = 20,
            TEST_RR64 = 21, TEST_RR32 = 22, TEST_RI64 = 23, TEST_RI32 = 24,
            JCC = 25, JMP = 26, CALL = 27, RET = 28, PUSH64 = 29, POP64 = 30,
            ALU_EG = 31, ALU_GE = 32, ALU_EI = 33, ALU_AI = 34,
            TEST_EG = 35, TEST_EI = 36, TEST_AI = 37,
            INC = 38, DEC = 39, NOT = 40, NEG = 41,
            SHIFT_I = 42, SHIFT_1 = 43, SHIFT_CL = 44,
            MOVZX_B = 45, MOVZX_W = 46, MOVSX_B = 47, MOVSX_W = 48, MOVSXD = 49,
            CMOV = 50, SETCC = 51, IMUL_GE = 52, IMUL_GEI = 53,
            MOV_EG = 54, MOV_GE = 55, LEA = 56, MOV_EI = 57;

    private static final long M32 = 0xFFFFFFFFL;

    /** Row → shape (a kind, refined by operands in {@link #classify}), by "mnemonic forms" as the table names them. */
    private static final Map<Op, Integer> SHAPES = shapes(OpcodeTable.get());

    private static Map<Op, Integer> shapes(OpcodeTable table) {
        Map<String, Integer> byName = new HashMap<>();
        String[] alu = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};
        for (int k = 0; k < alu.length; k++) {
            int op = k << 8;
            byName.put(alu[k] + " Ev,Gv", ALU_EG | op);
            byName.put(alu[k] + " Eb,Gb", ALU_EG | op);
            byName.put(alu[k] + " Gv,Ev", ALU_GE | op);
            byName.put(alu[k] + " Gb,Eb", ALU_GE | op);
            byName.put(alu[k] + " Ev,Iz", ALU_EI | op);
            byName.put(alu[k] + " Ev,Ib", ALU_EI | op);
            byName.put(alu[k] + " Eb,Ib", ALU_EI | op);
            byName.put(alu[k] + " rAX,Iz", ALU_AI | op);
            byName.put(alu[k] + " AL,Ib", ALU_AI | op);
        }
        byName.put("test Ev,Gv", TEST_EG);
        byName.put("test Eb,Gb", TEST_EG);
        byName.put("test Ev,Iz", TEST_EI);
        byName.put("test Eb,Ib", TEST_EI);
        byName.put("test rAX,Iz", TEST_AI);
        byName.put("test AL,Ib", TEST_AI);
        String[] shifts = {"rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar"};
        for (String e : new String[] {"Ev", "Eb"}) {
            byName.put("inc " + e, INC);
            byName.put("dec " + e, DEC);
            byName.put("not " + e, NOT);
            byName.put("neg " + e, NEG);
            for (int k = 0; k < shifts.length; k++) {
                int op = (k == Shift.SAL ? Shift.SHL : k) << 8; // SAL's rows run SHL's semantics
                byName.put(shifts[k] + " " + e + ",Ib", SHIFT_I | op);
                byName.put(shifts[k] + " " + e + ",1", SHIFT_1 | op);
                byName.put(shifts[k] + " " + e + ",CL", SHIFT_CL | op);
            }
        }
        byName.put("mov Ev,Gv", MOV_EG);
        byName.put("mov Eb,Gb", MOV_EG);
        byName.put("mov Gv,Ev", MOV_GE);
        byName.put("mov Gb,Eb", MOV_GE);
        byName.put("mov Zv,Iv", MOV_ZI64);
        byName.put("mov Ev,Iz", MOV_EI_R64);
        byName.put("mov Eb,Ib", MOV_EI);
        byName.put("lea Gv,M", LEA);
        byName.put("movzx Gv,Eb", MOVZX_B);
        byName.put("movzx Gv,Ew", MOVZX_W);
        byName.put("movsx Gv,Eb", MOVSX_B);
        byName.put("movsx Gv,Ew", MOVSX_W);
        byName.put("movsxd Gv,Ed", MOVSXD);
        byName.put("imul Gv,Ev", IMUL_GE);
        byName.put("imul Gv,Ev,Iz", IMUL_GEI);
        byName.put("imul Gv,Ev,Ib", IMUL_GEI);
        byName.put("jmp Jb", JMP);
        byName.put("jmp Jz", JMP);
        byName.put("call Jz", CALL);
        byName.put("ret", RET);
        byName.put("push Zv", PUSH64);
        byName.put("pop Zv", POP64);
        String[] cc = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"};
        for (String c : cc) {
            byName.put("j" + c + " Jb", JCC);
            byName.put("j" + c + " Jz", JCC);
            byName.put("cmov" + c + " Gv,Ev", CMOV);
            byName.put("set" + c + " Eb", SETCC);
        }
        Map<Op, Integer> shapes = new IdentityHashMap<>();
        for (Op op : table.ops()) {
            Integer s = byName.get(op.form.isEmpty() ? op.mnemonic : op.mnemonic + " " + op.form);
            if (s != null) {
                shapes.put(op, s);
            }
        }
        return shapes;
    }

    /** The form {@link #exec} runs {@code in} with: decided once, when its block is decoded. */
    public static int classify(Insn in) {
        Integer shape = SHAPES.get(in.op);
        if (shape == null) {
            return EXEC;
        }
        int s = shape;
        int kind = s & 0xFF;
        int op = s >>> 8;
        int size = in.opsize;
        boolean reg = in.rm >= 0;
        boolean wide = size == 8 || size == 4;
        boolean plain = in.prefixes == 0 || in.prefixes == Insn.P_REX; // no LOCK, REP, 0x66, 0x67
        boolean flatEa = in.seg == Insn.SEG_NONE && in.addrsize == 8;
        switch (kind) {
            case ALU_EG:
            case ALU_GE:
            case ALU_EI:
                if (reg && wide && op != Alu.ADC && op != Alu.SBB && plain) {
                    int k = kind == ALU_EG ? ALU_EG_R64 : kind == ALU_GE ? ALU_GE_R64 : ALU_EI_R64;
                    return (k + (size == 4 ? 1 : 0)) | op << 8;
                }
                return s;
            case TEST_EG:
                return reg && wide && plain ? (size == 8 ? TEST_RR64 : TEST_RR32) : s;
            case TEST_EI:
                return reg && wide && plain ? (size == 8 ? TEST_RI64 : TEST_RI32) : s;
            case MOV_EG:
                if (wide && plain) {
                    return reg ? (size == 8 ? MOV_EG_R64 : MOV_EG_R32) : flatEa ? (size == 8 ? STORE64 : STORE32) : s;
                }
                return s;
            case MOV_GE:
                if (wide && plain) {
                    return reg ? (size == 8 ? MOV_GE_R64 : MOV_GE_R32) : flatEa ? (size == 8 ? LOAD64 : LOAD32) : s;
                }
                return s;
            case MOV_ZI64:
                return wide ? (size == 8 ? MOV_ZI64 : MOV_ZI32) : EXEC;
            case MOV_EI_R64:
                return reg && wide ? (size == 8 ? MOV_EI_R64 : MOV_EI_R32) : MOV_EI;
            case LEA:
                return wide && in.addrsize == 8 ? (size == 8 ? LEA64 : LEA32) : s;
            case PUSH64:
            case POP64:
                return size == 8 ? kind : EXEC;
            default:
                return s;
        }
    }

    /** Runs {@code in} as its form says; the same effect as {@code in.op.exec}. */
    public static void exec(Cpu c, Insn in, int form) {
        long[] r = c.r;
        switch (form & 0xFF) {
            case MOV_EG_R64: r[in.rm] = r[in.reg]; return;
            case MOV_EG_R32: r[in.rm] = r[in.reg] & M32; return;
            case MOV_GE_R64: r[in.reg] = r[in.rm]; return;
            case MOV_GE_R32: r[in.reg] = r[in.rm] & M32; return;
            case LOAD64: r[in.reg] = c.mem.read64(ea(r, in)); return;
            case LOAD32: r[in.reg] = c.mem.read32(ea(r, in)) & M32; return;
            case STORE64: c.mem.write64(ea(r, in), r[in.reg]); return;
            case STORE32: c.mem.write32(ea(r, in), (int) r[in.reg]); return;
            case MOV_ZI64: r[in.reg] = in.imm; return;
            case MOV_ZI32: r[in.reg] = in.imm & M32; return;
            case MOV_EI_R64: r[in.rm] = in.imm; return;
            case MOV_EI_R32: r[in.rm] = in.imm & M32; return;
            case LEA64: r[in.reg] = ea(r, in); return;
            case LEA32: r[in.reg] = ea(r, in) & M32; return;
            case ALU_EG_R64: r[in.rm] = alu64(c, form >>> 8, r[in.rm], r[in.reg], r[in.rm]); return;
            case ALU_EG_R32: r[in.rm] = alu32(c, form >>> 8, r[in.rm] & M32, r[in.reg] & M32, r[in.rm]); return;
            case ALU_GE_R64: r[in.reg] = alu64(c, form >>> 8, r[in.reg], r[in.rm], r[in.reg]); return;
            case ALU_GE_R32: r[in.reg] = alu32(c, form >>> 8, r[in.reg] & M32, r[in.rm] & M32, r[in.reg]); return;
            case ALU_EI_R64: r[in.rm] = alu64(c, form >>> 8, r[in.rm], in.imm, r[in.rm]); return;
            case ALU_EI_R32: r[in.rm] = alu32(c, form >>> 8, r[in.rm] & M32, in.imm, r[in.rm]); return;
            case TEST_RR64: Flags.logic(c, 8, r[in.rm] & r[in.reg]); return;
            case TEST_RR32: Flags.logic(c, 4, r[in.rm] & r[in.reg] & M32); return;
            case TEST_RI64: Flags.logic(c, 8, r[in.rm] & in.imm); return;
            case TEST_RI32: Flags.logic(c, 4, r[in.rm] & in.imm & M32); return;
            case JCC:
                if (Flags.cond(c, in.cond)) {
                    c.rip = in.target;
                }
                return;
            case JMP: c.rip = in.target; return;
            case CALL: Control.callJz(c, in); return;
            case RET: Control.ret(c, in); return;
            case PUSH64: Operands.push64(c, r[in.reg]); return;
            case POP64: r[in.reg] = Operands.pop64(c); return; // POP RSP: the loaded value wins
            case ALU_EG: Alu.rmwE(c, in, form >>> 8, Operands.getG(c, in)); return;
            case ALU_GE: Alu.opGE(c, in, form >>> 8); return;
            case ALU_EI: Alu.rmwE(c, in, form >>> 8, in.imm); return;
            case ALU_AI: Alu.opAccI(c, in, form >>> 8); return;
            case TEST_EG: Alu.testEvGv(c, in); return;
            case TEST_EI: Alu.testEvIz(c, in); return;
            case TEST_AI: Alu.testrAXIz(c, in); return;
            case INC: Alu.incEv(c, in); return;
            case DEC: Alu.decEv(c, in); return;
            case NOT: Alu.notEv(c, in); return;
            case NEG: Alu.negEv(c, in); return;
            case SHIFT_I: Shift.shift(c, in, form >>> 8, in.imm); return;
            case SHIFT_1: Shift.shift(c, in, form >>> 8, 1); return;
            case SHIFT_CL: Shift.shift(c, in, form >>> 8, r[Cpu.RCX]); return;
            case MOVZX_B: Moves.movzxGvEb(c, in); return;
            case MOVZX_W: Moves.movzxGvEw(c, in); return;
            case MOVSX_B: Moves.movsxGvEb(c, in); return;
            case MOVSX_W: Moves.movsxGvEw(c, in); return;
            case MOVSXD: Moves.movsxdGvEd(c, in); return;
            case CMOV: Conditional.cmovccGvEv(c, in); return;
            case SETCC: Conditional.setccEb(c, in); return;
            case IMUL_GE: MulDiv.imulGvEv(c, in); return;
            case IMUL_GEI: MulDiv.imulGvEvIz(c, in); return;
            case MOV_EG: Moves.movEvGv(c, in); return;
            case MOV_GE: Moves.movGvEv(c, in); return;
            case LEA: Moves.leaGvM(c, in); return;
            case MOV_EI: Moves.movEvIz(c, in); return;
            default: in.op.exec.exec(c, in);
        }
    }

    /** The effective address of a memory operand with no segment override and 64-bit addressing. */
    private static long ea(long[] r, Insn in) {
        long a = in.disp;
        if (in.base >= 0) {
            a += r[in.base];
        }
        if (in.index >= 0) {
            a += r[in.index] << in.scale;
        }
        return a;
    }

    /**
     * {@code a op b} at 64 bits with its lazy flags recorded as {@link Alu} records them; returns
     * what the destination holds afterwards ({@code old} for CMP). ADC and SBB never come here.
     */
    private static long alu64(Cpu c, int op, long a, long b, long old) {
        long res;
        switch (op) {
            case Alu.ADD: res = a + b; Flags.add(c, 8, a, b, res); return res;
            case Alu.OR: res = a | b; break;
            case Alu.AND: res = a & b; break;
            case Alu.XOR: res = a ^ b; break;
            case Alu.SUB: res = a - b; Flags.sub(c, 8, a, b, res); return res;
            default: Flags.sub(c, 8, a, b, a - b); return old; // CMP
        }
        Flags.logic(c, 8, res);
        return res;
    }

    /**
     * {@link #alu64} at 32 bits, with the operands {@link Alu} sees: {@code a} read as a 32-bit
     * register (zero-extended), {@code b} a zero-extended register or the sign-extended immediate.
     * The flags record the unmasked result, as Alu records it; the register gets it zero-extended.
     */
    private static long alu32(Cpu c, int op, long a, long b, long old) {
        long res;
        switch (op) {
            case Alu.ADD: res = a + b; Flags.add(c, 4, a, b, res); return res & M32;
            case Alu.OR: res = a | b; break;
            case Alu.AND: res = a & b; break;
            case Alu.XOR: res = a ^ b; break;
            case Alu.SUB: res = a - b; Flags.sub(c, 4, a, b, res); return res & M32;
            default: Flags.sub(c, 4, a, b, a - b); return old; // CMP
        }
        Flags.logic(c, 4, res);
        return res & M32;
    }
}
