package dev.ring3.interp;

import dev.ring3.mmu.GuestFault;
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
            MOV_EG = 54, MOV_GE = 55, LEA = 56, MOV_EI = 57,
            ROT_RI64 = 58, ROT_RI32 = 59, SHIFT_RI64 = 60, SHIFT_RI32 = 61,
            ALU_GM64 = 62, ALU_GM32 = 63, ALU_MG64 = 64, ALU_MG32 = 65, ALU_MI64 = 66, ALU_MI32 = 67,
            // SSE rows called directly (each its row's own semantic method), bits 8 and up the arithmetic kind
            SSE_MOVSD_L = 68, SSE_MOVSD_S = 69, SSE_MOVSS_L = 70, SSE_MOVSS_S = 71,
            SSE_MOVA_L = 72, SSE_MOVA_S = 73, SSE_MOVU_L = 74, SSE_MOVU_S = 75,
            SSE_SD = 76, SSE_PD = 77, SSE_SS = 78, SSE_PS = 79, SSE_PXOR = 80, SSE_PAND = 81,
            SSE_MOVQ_L = 82, SSE_MOVQ_S = 83, SSE_MOVD_L = 84, SSE_MOVD_S = 85,
            SSE_UCOMISD = 86, SSE_COMISD = 87, SSE_CVTSI2SD = 88, SSE_CVTTSD2SI = 89,
            SSE_UNPCKLPD = 90, SSE_UNPCKHPD = 91,
            // a register CMP or TEST and the Jcc after it, run as one (fuse)
            CMP_RR64_JCC = 92, CMP_RR32_JCC = 93, CMP_RI64_JCC = 94, CMP_RI32_JCC = 95,
            TEST_RR64_JCC = 96, TEST_RR32_JCC = 97;

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
        byName.put("movsd Vsd,Wsd", SSE_MOVSD_L);
        byName.put("movsd Wsd,Vsd", SSE_MOVSD_S);
        byName.put("movss Vss,Wss", SSE_MOVSS_L);
        byName.put("movss Wss,Vss", SSE_MOVSS_S);
        for (String[] m : new String[][] {{"movaps", "Vps,Wps", "Wps,Vps"}, {"movapd", "Vpd,Wpd", "Wpd,Vpd"},
                {"movdqa", "Vx,Wx", "Wx,Vx"}}) {
            byName.put(m[0] + " " + m[1], SSE_MOVA_L);
            byName.put(m[0] + " " + m[2], SSE_MOVA_S);
        }
        for (String[] m : new String[][] {{"movups", "Vps,Wps", "Wps,Vps"}, {"movupd", "Vpd,Wpd", "Wpd,Vpd"},
                {"movdqu", "Vx,Wx", "Wx,Vx"}}) {
            byName.put(m[0] + " " + m[1], SSE_MOVU_L);
            byName.put(m[0] + " " + m[2], SSE_MOVU_S);
        }
        String[] arith = {"add", "sub", "mul", "div"};
        for (int k = 0; k < arith.length; k++) {
            int kind = k << 8; // SoftFloat.ADD, SUB, MUL, DIV
            byName.put(arith[k] + "sd Vsd,Wsd", SSE_SD | kind);
            byName.put(arith[k] + "pd Vpd,Wpd", SSE_PD | kind);
            byName.put(arith[k] + "ss Vss,Wss", SSE_SS | kind);
            byName.put(arith[k] + "ps Vps,Wps", SSE_PS | kind);
        }
        byName.put("pxor Vx,Wx", SSE_PXOR);
        byName.put("xorpd Vpd,Wpd", SSE_PXOR);
        byName.put("xorps Vps,Wps", SSE_PXOR);
        byName.put("pand Vx,Wx", SSE_PAND);
        byName.put("andpd Vpd,Wpd", SSE_PAND);
        byName.put("andps Vps,Wps", SSE_PAND);
        byName.put("movq Vq,Wq", SSE_MOVQ_L);
        byName.put("movq Wq,Vq", SSE_MOVQ_S);
        byName.put("movd Vd,Ed", SSE_MOVD_L);
        byName.put("movq Vq,Eq", SSE_MOVD_L);
        byName.put("movd Ed,Vd", SSE_MOVD_S);
        byName.put("movq Eq,Vq", SSE_MOVD_S);
        byName.put("ucomisd Vsd,Wsd", SSE_UCOMISD);
        byName.put("comisd Vsd,Wsd", SSE_COMISD);
        byName.put("cvtsi2sd Vsd,Ey", SSE_CVTSI2SD);
        byName.put("cvttsd2si Gy,Wsd", SSE_CVTTSD2SI);
        byName.put("unpcklpd Vpd,Wpd", SSE_UNPCKLPD);
        byName.put("unpckhpd Vpd,Wpd", SSE_UNPCKHPD);
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
                if (wide && op != Alu.ADC && op != Alu.SBB && plain && (reg || flatEa)) {
                    int k = reg ? (kind == ALU_EG ? ALU_EG_R64 : kind == ALU_GE ? ALU_GE_R64 : ALU_EI_R64)
                            : (kind == ALU_EG ? ALU_MG64 : kind == ALU_GE ? ALU_GM64 : ALU_MI64);
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
            case SHIFT_I:
                if (reg && wide && plain) {
                    boolean rot = op == Shift.ROL || op == Shift.ROR;
                    boolean shift = op == Shift.SHL || op == Shift.SHR || op == Shift.SAR;
                    if (rot || shift) {
                        int k = rot ? ROT_RI64 : SHIFT_RI64;
                        return (k + (size == 4 ? 1 : 0)) | op << 8;
                    }
                }
                return s;
            default:
                return s;
        }
    }

    /**
     * The forms of a block's instructions: {@link #classify} for each, then a register CMP or TEST
     * followed by the block's closing Jcc becomes one form that runs both (it records the flags as
     * the CMP or TEST does, then branches), so a loop's test costs one dispatch.
     */
    static int[] forms(Insn[] insns) {
        int n = insns.length;
        int[] forms = new int[n];
        for (int k = 0; k < n; k++) {
            forms[k] = classify(insns[k]);
        }
        if (n >= 2 && forms[n - 1] == JCC) {
            int f = forms[n - 2];
            int kind = f & 0xFF;
            boolean cmp = (f >>> 8) == Alu.CMP;
            int fused = kind == ALU_EG_R64 && cmp ? CMP_RR64_JCC : kind == ALU_EG_R32 && cmp ? CMP_RR32_JCC
                    : kind == ALU_EI_R64 && cmp ? CMP_RI64_JCC : kind == ALU_EI_R32 && cmp ? CMP_RI32_JCC
                    : kind == TEST_RR64 ? TEST_RR64_JCC : kind == TEST_RR32 ? TEST_RR32_JCC : EXEC;
            if (fused != EXEC) {
                forms[n - 2] = fused;
            }
        }
        return forms;
    }

    /** True for the forms whose semantics read or write RIP: they run with RIP at the next instruction. */
    static boolean usesRip(int form) {
        int kind = form & 0xFF;
        return kind == EXEC || kind == JCC || kind == JMP || kind == CALL || kind == RET;
    }

    /**
     * Runs {@code in} as its form says, with RIP already at the next instruction; the same effect
     * as {@code in.op.exec}. Single steps and the oracle tests come here; it runs the instruction
     * through {@link #run}, as the interpreter does.
     */
    public static void exec(Cpu c, Insn in, int form) {
        run(c, new Block(in.addr, in.next, new Insn[] {in}, new int[] {form}));
    }

    /**
     * Runs a block: each instruction dispatched by its form, the loop and the dispatch in one
     * method so that C2 compiles them together (a call per instruction would spill every live
     * register around it). Straight-line forms leave RIP alone, since none of them reads it; the
     * forms that read or write it ({@link #usesRip}) get it set to the next instruction first, and
     * a block that does not end in one gets it at its end. On a fault RIP goes back to the
     * faulting instruction (INT3, a trap, reports the next one) and the retired count includes
     * only the instructions before it.
     */
    static void run(Cpu c, Block b) {
        Insn[] insns = b.insns;
        int[] forms = b.forms;
        long[] r = c.r;
        int k = 0;
        try {
            for (; k < insns.length; k++) {
                Insn in = insns[k];
                int form = forms[k];
                switch (form & 0xFF) {
                    case MOV_EG_R64: r[in.rm] = r[in.reg]; continue;
                    case MOV_EG_R32: r[in.rm] = r[in.reg] & M32; continue;
                    case MOV_GE_R64: r[in.reg] = r[in.rm]; continue;
                    case MOV_GE_R32: r[in.reg] = r[in.rm] & M32; continue;
                    case LOAD64: r[in.reg] = c.mem.read64(ea(r, in)); continue;
                    case LOAD32: r[in.reg] = c.mem.read32(ea(r, in)) & M32; continue;
                    case STORE64: c.mem.write64(ea(r, in), r[in.reg]); continue;
                    case STORE32: c.mem.write32(ea(r, in), (int) r[in.reg]); continue;
                    case MOV_ZI64: r[in.reg] = in.imm; continue;
                    case MOV_ZI32: r[in.reg] = in.imm & M32; continue;
                    case MOV_EI_R64: r[in.rm] = in.imm; continue;
                    case MOV_EI_R32: r[in.rm] = in.imm & M32; continue;
                    case LEA64: r[in.reg] = ea(r, in); continue;
                    case LEA32: r[in.reg] = ea(r, in) & M32; continue;
                    case ALU_EG_R64: r[in.rm] = alu64(c, form >>> 8, r[in.rm], r[in.reg], r[in.rm]); continue;
                    case ALU_EG_R32: r[in.rm] = alu32(c, form >>> 8, r[in.rm] & M32, r[in.reg] & M32, r[in.rm]); continue;
                    case ALU_GE_R64: r[in.reg] = alu64(c, form >>> 8, r[in.reg], r[in.rm], r[in.reg]); continue;
                    case ALU_GE_R32: r[in.reg] = alu32(c, form >>> 8, r[in.reg] & M32, r[in.rm] & M32, r[in.reg]); continue;
                    case ALU_EI_R64: r[in.rm] = alu64(c, form >>> 8, r[in.rm], in.imm, r[in.rm]); continue;
                    case ALU_EI_R32: r[in.rm] = alu32(c, form >>> 8, r[in.rm] & M32, in.imm, r[in.rm]); continue;
                    case TEST_RR64: Flags.logic(c, 8, r[in.rm] & r[in.reg]); continue;
                    case TEST_RR32: Flags.logic(c, 4, r[in.rm] & r[in.reg] & M32); continue;
                    case TEST_RI64: Flags.logic(c, 8, r[in.rm] & in.imm); continue;
                    case TEST_RI32: Flags.logic(c, 4, r[in.rm] & in.imm & M32); continue;
                    case JCC: c.rip = Flags.cond(c, in.cond) ? in.target : in.next; continue;
                    case JMP: c.rip = in.target; continue;
                    case CALL: c.rip = in.next; Control.callJz(c, in); continue;
                    case RET: c.rip = in.next; Control.ret(c, in); continue;
                    case PUSH64: Operands.push64(c, r[in.reg]); continue;
                    case POP64: r[in.reg] = Operands.pop64(c); continue; // POP RSP: the loaded value wins
                    case ALU_EG: Alu.rmwE(c, in, form >>> 8, Operands.getG(c, in)); continue;
                    case ALU_GE: Alu.opGE(c, in, form >>> 8); continue;
                    case ALU_EI: Alu.rmwE(c, in, form >>> 8, in.imm); continue;
                    case ALU_AI: Alu.opAccI(c, in, form >>> 8); continue;
                    case TEST_EG: Alu.testEvGv(c, in); continue;
                    case TEST_EI: Alu.testEvIz(c, in); continue;
                    case TEST_AI: Alu.testrAXIz(c, in); continue;
                    case INC: Alu.incEv(c, in); continue;
                    case DEC: Alu.decEv(c, in); continue;
                    case NOT: Alu.notEv(c, in); continue;
                    case NEG: Alu.negEv(c, in); continue;
                    case SHIFT_I: Shift.shift(c, in, form >>> 8, in.imm); continue;
                    case SHIFT_1: Shift.shift(c, in, form >>> 8, 1); continue;
                    case SHIFT_CL: Shift.shift(c, in, form >>> 8, r[Cpu.RCX]); continue;
                    case MOVZX_B: Moves.movzxGvEb(c, in); continue;
                    case MOVZX_W: Moves.movzxGvEw(c, in); continue;
                    case MOVSX_B: Moves.movsxGvEb(c, in); continue;
                    case MOVSX_W: Moves.movsxGvEw(c, in); continue;
                    case MOVSXD: Moves.movsxdGvEd(c, in); continue;
                    case CMOV: Conditional.cmovccGvEv(c, in); continue;
                    case SETCC: Conditional.setccEb(c, in); continue;
                    case IMUL_GE: MulDiv.imulGvEv(c, in); continue;
                    case IMUL_GEI: MulDiv.imulGvEvIz(c, in); continue;
                    case MOV_EG: Moves.movEvGv(c, in); continue;
                    case MOV_GE: Moves.movGvEv(c, in); continue;
                    case LEA: Moves.leaGvM(c, in); continue;
                    case MOV_EI: Moves.movEvIz(c, in); continue;
                    case ROT_RI64: Shift.rotateReg64(c, in.rm, form >>> 8, (int) in.imm); continue;
                    case ROT_RI32: Shift.rotateReg32(c, in.rm, form >>> 8, (int) in.imm); continue;
                    case SHIFT_RI64: Shift.shiftReg64(c, in.rm, form >>> 8, (int) in.imm); continue;
                    case SHIFT_RI32: Shift.shiftReg32(c, in.rm, form >>> 8, (int) in.imm); continue;
                    case ALU_GM64: r[in.reg] = alu64(c, form >>> 8, r[in.reg], c.mem.read64(ea(r, in)), r[in.reg]); continue;
                    case ALU_GM32:
                        r[in.reg] = alu32(c, form >>> 8, r[in.reg] & M32, c.mem.read32(ea(r, in)) & M32, r[in.reg]);
                        continue;
                    case ALU_MG64: aluMem(c, form >>> 8, 8, ea(r, in), r[in.reg]); continue;
                    case ALU_MG32: aluMem(c, form >>> 8, 4, ea(r, in), r[in.reg] & M32); continue;
                    case ALU_MI64: aluMem(c, form >>> 8, 8, ea(r, in), in.imm); continue;
                    case ALU_MI32: aluMem(c, form >>> 8, 4, ea(r, in), in.imm); continue;
                    case SSE_MOVSD_L: SseMove.movsdVsdWsd(c, in); continue;
                    case SSE_MOVSD_S: SseMove.movsdWsdVsd(c, in); continue;
                    case SSE_MOVSS_L: SseMove.movssVssWss(c, in); continue;
                    case SSE_MOVSS_S: SseMove.movssWssVss(c, in); continue;
                    case SSE_MOVA_L: SseMove.movapsVpsWps(c, in); continue;
                    case SSE_MOVA_S: SseMove.movapsWpsVps(c, in); continue;
                    case SSE_MOVU_L: SseMove.movupsVpsWps(c, in); continue;
                    case SSE_MOVU_S: SseMove.movupsWpsVps(c, in); continue;
                    case SSE_SD: SseFloat.scalarD(c, in, form >>> 8); continue;
                    case SSE_PD: SseFloat.packedD(c, in, form >>> 8); continue;
                    case SSE_SS: SseFloat.scalarS(c, in, form >>> 8); continue;
                    case SSE_PS: SseFloat.packedS(c, in, form >>> 8); continue;
                    case SSE_PXOR: SseInt.pxorVxWx(c, in); continue;
                    case SSE_PAND: SseInt.pandVxWx(c, in); continue;
                    case SSE_MOVQ_L: SseMove.movqVqWq(c, in); continue;
                    case SSE_MOVQ_S: SseMove.movqWqVq(c, in); continue;
                    case SSE_MOVD_L: SseMove.movdVyEy(c, in); continue;
                    case SSE_MOVD_S: SseMove.movdEyVy(c, in); continue;
                    case SSE_UCOMISD: SseCompare.ucomisdVsdWsd(c, in); continue;
                    case SSE_COMISD: SseCompare.comisdVsdWsd(c, in); continue;
                    case SSE_CVTSI2SD: SseConvert.cvtsi2sdVsdEy(c, in); continue;
                    case SSE_CVTTSD2SI: SseConvert.cvttsd2siGyWsd(c, in); continue;
                    case SSE_UNPCKLPD: SseShuffle.unpcklpdVpdWpd(c, in); continue;
                    case SSE_UNPCKHPD: SseShuffle.unpckhpdVpdWpd(c, in); continue;
                    case CMP_RR64_JCC: Flags.sub(c, 8, r[in.rm], r[in.reg], r[in.rm] - r[in.reg]); k = jcc(c, insns, k); continue;
                    case CMP_RR32_JCC: {
                        long a = r[in.rm] & M32, b2 = r[in.reg] & M32;
                        Flags.sub(c, 4, a, b2, a - b2);
                        k = jcc(c, insns, k);
                        continue;
                    }
                    case CMP_RI64_JCC: Flags.sub(c, 8, r[in.rm], in.imm, r[in.rm] - in.imm); k = jcc(c, insns, k); continue;
                    case CMP_RI32_JCC: {
                        long a = r[in.rm] & M32;
                        Flags.sub(c, 4, a, in.imm, a - in.imm);
                        k = jcc(c, insns, k);
                        continue;
                    }
                    case TEST_RR64_JCC: Flags.logic(c, 8, r[in.rm] & r[in.reg]); k = jcc(c, insns, k); continue;
                    case TEST_RR32_JCC: Flags.logic(c, 4, r[in.rm] & r[in.reg] & M32); k = jcc(c, insns, k); continue;
                    default:
                        c.rip = in.next;
                        in.op.exec.exec(c, in);
                }
            }
        } catch (GuestFault e) {
            c.rip = insns[k].addr;
            c.instructions += k;
            throw e;
        } catch (CpuException e) {
            // Faults report the faulting instruction; INT3 is a trap and reports the next one.
            c.rip = e.vector() == CpuException.BP ? insns[k].next : insns[k].addr;
            c.instructions += k;
            throw e;
        } catch (GuestExit e) {
            c.instructions += k + 1;
            throw e;
        }
        if (!b.endsWithRip) {
            c.rip = b.end;
        }
        c.instructions += insns.length;
    }

    /** Runs the Jcc after instruction {@code k} (the block's last) and returns its index. */
    private static int jcc(Cpu c, Insn[] insns, int k) {
        Insn j = insns[++k];
        c.rip = Flags.cond(c, j.cond) ? j.target : j.next;
        return k;
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
     * {@code [ea] = [ea] op b} at 4 or 8 bytes, as {@link Alu#rmwE} does it: the store before the
     * flags, so that a faulting store leaves them alone; CMP only compares. {@code b} is what Alu
     * sees: a zero-extended register or the sign-extended immediate. ADC and SBB never come here.
     */
    private static void aluMem(Cpu c, int op, int size, long ea, long b) {
        long a = size == 8 ? c.mem.read64(ea) : c.mem.read32(ea) & M32;
        long res;
        switch (op) {
            case Alu.ADD: res = a + b; break;
            case Alu.OR: res = a | b; break;
            case Alu.AND: res = a & b; break;
            case Alu.XOR: res = a ^ b; break;
            default: res = a - b; break; // SUB, CMP
        }
        if (op != Alu.CMP) {
            if (size == 8) {
                c.mem.write64(ea, res);
            } else {
                c.mem.write32(ea, (int) res);
            }
        }
        Alu.record(c, op, size, a, b, 0, res);
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
