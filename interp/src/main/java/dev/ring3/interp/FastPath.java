package dev.ring3.interp;

import dev.ring3.mmu.GuestFault;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The interpreter's dispatch: one {@code switch} over a form chosen when the block is decoded,
 * instead of a call through each row's {@link Exec}. A call site that sees hundreds of lambda
 * classes is megamorphic, and HotSpot's itable stub then cost about a third of the interpreter's
 * time. The hottest forms are written out here with their operands resolved, small enough that
 * C2 inlines all of them (see {@link #run}); the other common rows are in {@link CommonForms};
 * everything else goes through {@link Exec}. Rows are found by mnemonic and operand forms, as
 * the JIT's emitter table does.
 */
public final class FastPath {
    private FastPath() {}

    /**
     * Kinds, in the low byte of a form. The forms {@link #run} writes out carry their registers
     * (destination in bits 8..15, source in bits 16..23), so that a
     * register form reads nothing from its {@link Insn}; the ALU kinds are one per operation
     * ({@code base + 2 * op + (32-bit ? 1 : 0)}), so that no second switch picks the operation.
     * The forms {@link CommonForms} runs carry an ALU, shift or SSE operation number in bits 8 and up.
     */
    static final int EXEC = 0,
            MOV_RR64 = 1, MOV_RR32 = 2, MOV_RI64 = 3, MOV_RI32 = 4,
            LOAD64 = 5, LOAD32 = 6, STORE64 = 7, STORE32 = 8, STORE64I = 9, STORE32I = 10,
            LOAD8ZX = 11, LOAD16ZX = 12, STORE8 = 13, STORE8I = 14, TEST_RI8 = 15,
            ALU_RR = 16, // ADD_RR64 16, ADD_RR32 17, OR 18/19, (ADC, SBB unused), AND 24/25, SUB 26/27, XOR 28/29, CMP 30/31
            ALU_RI = 32, // the same order, 32..47
            MOVZX_RR8 = 48, MOVSXD_RR = 49, LOAD32SX = 50, LEA64 = 51, LEA32 = 52,
            TEST_RR64 = 53, TEST_RR32 = 54, TEST_RI64 = 55, TEST_RI32 = 56,
            ALU_GM64 = 57, ALU_GM32 = 58, ALU_MEM = 59, CMP8_MI = 60, CMP8_MG = 61,
            ROT_RI64 = 62, ROT_RI32 = 63, SHIFT_RI64 = 64, SHIFT_RI32 = 65,
            // a block's last instruction: run after the dispatch loop (run), never through the switch
            JCC = 66, JMP = 67, CALL = 68, RET = 69,
            PUSH64 = 70, POP64 = 71,
            SSE_LOADSD = 78, SSE_STORESD = 79, SSE_MOV128_RR = 80, SSE_LOAD128 = 81,
            CMP_MG64 = 82, CMP_MG32 = 83, // CMP Ev,Gv with E in memory
            // rotates whose flags nothing observes (flagsDead), and shifts by a non-zero count: the count in bits 16..23
            ROL_NF64 = 84, ROL_NF32 = 85, ROR_NF64 = 86, ROR_NF32 = 87,
            SHL_RI64 = 88, SHL_RI32 = 89, SHR_RI64 = 90, SHR_RI32 = 91, SAR_RI64 = 92, SAR_RI32 = 93,
            NOP = 94, MOVZX_RR16 = 95,
            JMP_EV = 96, // JMP Ev with E a register or a flat memory operand: a block's last instruction, as JCC
            // CommonForms: rows called directly, by their semantic method
            ALU_EG = 100, ALU_GE = 101, ALU_EI = 102, ALU_AI = 103,
            TEST_EG = 104, TEST_EI = 105, TEST_AI = 106,
            INC = 107, DEC = 108, NOT = 109, NEG = 110,
            SHIFT_I = 111, SHIFT_1 = 112, SHIFT_CL = 113,
            MOVZX_B = 114, MOVZX_W = 115, MOVSX_B = 116, MOVSX_W = 117, MOVSXD = 118,
            CMOV = 119, SETCC = 120, IMUL_GE = 121, IMUL_GEI = 122,
            MOV_EG = 123, MOV_GE = 124, LEA = 125, MOV_EI = 126, MOV_ZI = 127,
            // SSE rows called directly, bits 8 and up the arithmetic kind
            SSE_MOVSD_L = 130, SSE_MOVSD_S = 131, SSE_MOVSS_L = 132, SSE_MOVSS_S = 133,
            SSE_MOVA_L = 134, SSE_MOVA_S = 135, SSE_MOVU_L = 136, SSE_MOVU_S = 137,
            SSE_SD = 138, SSE_PD = 139, SSE_SS = 140, SSE_PS = 141, SSE_INT = 142, SSE_PMOVMSKB = 143,
            SSE_MOVQ_L = 144, SSE_MOVQ_S = 145, SSE_MOVD_L = 146, SSE_MOVD_S = 147,
            SSE_UCOMISD = 148, SSE_COMISD = 149, SSE_CVTSI2SD = 150, SSE_CVTTSD2SI = 151,
            SSE_UNPCKLPD = 152, SSE_UNPCKHPD = 153, SSE_SQRTSD = 154,
            SSE_SHIFT_I = 155, // PSRLW..PSLLQ Ux,Ib: bits 8 and up SseShuffle's kind | lane bits << 2
            XCHG_RAX = 156, // XCHG Zv,rAX: a NOP when Z is rAX (90, 66 90), else through its Exec
            // every form of a dropped block (Block.drop), its index in bits 8 and up: leave the
            // block before this instruction. CommonForms runs it, so that the dispatch loop's own
            // switch is what it was before (an extra case there measured slower, session 13).
            STALE = 199;

    /** In an {@link #ALU_MEM} form: the second operand is the immediate, not G. */
    private static final int MEM_IMM = 1 << 12;

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
        byName.put("mov Zv,Iv", MOV_ZI);
        byName.put("mov Ev,Iz", MOV_EI);
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
        byName.put("nop Ev", NOP);
        byName.put("xchg Zv,rAX", XCHG_RAX);
        byName.put("jmp Ev", JMP_EV);
        String[][] shiftsI = {{"psrl", "" + SseShuffle.SRL}, {"psra", "" + SseShuffle.SAR}, {"psll", "" + SseShuffle.SLL}};
        for (String[] sh : shiftsI) {
            for (int bits = 16; bits <= 64; bits <<= 1) {
                String name = sh[0] + (bits == 16 ? "w" : bits == 32 ? "d" : "q") + " Ux,Ib";
                byName.put(name, SSE_SHIFT_I | (Integer.parseInt(sh[1]) | bits << 2) << 8);
            }
        }
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
        String[][] packedInt = {{"pcmpeqb"}, {"pcmpeqw"}, {"pcmpeqd"}, {"pminub"}, {"pmaxub"}, {"pand", "andpd", "andps"},
            {"pandn", "andnpd", "andnps"}, {"por", "orpd", "orps"}, {"pxor", "xorpd", "xorps"}, {"paddb"}, {"paddw"},
            {"paddd"}, {"paddq"}, {"psubb"}, {"psubw"}, {"psubd"}, {"psubq"}}; // in SseInt's order, PCMPEQB..PSUBQ
        for (int k = 0; k < packedInt.length; k++) {
            String[] names = packedInt[k];
            byName.put(names[0] + " Vx,Wx", SSE_INT | k << 8);
            for (int n = 1; n < names.length; n++) {
                byName.put(names[n] + (n == 1 ? " Vpd,Wpd" : " Vps,Wps"), SSE_INT | k << 8);
            }
        }
        byName.put("pmovmskb Gd,Ux", SSE_PMOVMSKB);
        byName.put("sqrtsd Vsd,Wsd", SSE_SQRTSD);
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
        int w = size == 4 ? 1 : 0; // the 32-bit variant of a kind follows the 64-bit one
        boolean plain = in.prefixes == 0 || in.prefixes == Insn.P_REX; // no LOCK, REP, 0x66, 0x67
        boolean flatEa = in.seg == Insn.SEG_NONE && in.addrsize == 8;
        boolean mem = !reg && plain && flatEa;
        boolean lowByteReg = in.reg < Insn.HIGH_BYTE; // G is not AH..BH
        switch (kind) {
            case ALU_EG:
            case ALU_GE:
            case ALU_EI:
                if (wide && op != Alu.ADC && op != Alu.SBB && plain) {
                    if (reg) {
                        int k = (kind == ALU_EI ? ALU_RI : ALU_RR) + 2 * op + w;
                        return kind == ALU_GE ? regs(k, in.reg, in.rm) : regs(k, in.rm, in.reg);
                    }
                    if (flatEa && kind == ALU_EG && op == Alu.CMP) {
                        return CMP_MG64 + w;
                    }
                    if (flatEa) {
                        return kind == ALU_GE ? (ALU_GM64 + w) | op << 8 : ALU_MEM | op << 8 | (kind == ALU_EI ? MEM_IMM : 0);
                    }
                }
                if (size == 1 && op == Alu.CMP && mem && kind != ALU_GE) {
                    if (kind == ALU_EI) {
                        return CMP8_MI;
                    }
                    return lowByteReg ? CMP8_MG : s;
                }
                return s;
            case ALU_AI: // AL/EAX/RAX and an immediate: the register forms with register 0
                return wide && plain && op != Alu.ADC && op != Alu.SBB ? regs(ALU_RI + 2 * op + w, Cpu.RAX, 0) : s;
            case TEST_AI:
                return !plain ? s : size == 1 ? regs(TEST_RI8, Cpu.RAX, 0) : wide ? regs(TEST_RI64 + w, Cpu.RAX, 0) : s;
            case XCHG_RAX:
                return in.reg == Cpu.RAX ? NOP : s;
            case JMP_EV:
                return reg || flatEa ? s : EXEC;
            case TEST_EG:
                return reg && wide && plain ? regs(TEST_RR64 + w, in.rm, in.reg) : s;
            case TEST_EI:
                if (reg && size == 1 && plain && in.rm < Insn.HIGH_BYTE) {
                    return regs(TEST_RI8, in.rm, 0);
                }
                return reg && wide && plain ? regs(TEST_RI64 + w, in.rm, 0) : s;
            case MOV_EG:
                if (wide && plain) {
                    return reg ? regs(MOV_RR64 + w, in.rm, in.reg) : flatEa ? STORE64 + w : s;
                }
                return size == 1 && mem && lowByteReg ? STORE8 : s;
            case MOV_GE:
                if (wide && plain) {
                    return reg ? regs(MOV_RR64 + w, in.reg, in.rm) : flatEa ? LOAD64 + w : s;
                }
                return s;
            case MOV_ZI:
                return wide ? regs(MOV_RI64 + w, in.reg, 0) : EXEC;
            case MOV_EI:
                if (wide && plain) {
                    return reg ? regs(MOV_RI64 + w, in.rm, 0) : flatEa ? STORE64I + w : s;
                }
                return size == 1 && mem ? STORE8I : s;
            case MOVZX_B:
                if (wide && plain) {
                    return reg ? (in.rm < Insn.HIGH_BYTE ? regs(MOVZX_RR8, in.reg, in.rm) : s) : flatEa ? LOAD8ZX : s;
                }
                return s;
            case MOVZX_W:
                return wide && plain && reg ? regs(MOVZX_RR16, in.reg, in.rm) : wide && mem ? LOAD16ZX : s;
            case MOVSXD:
                if (size == 8 && plain) {
                    return reg ? regs(MOVSXD_RR, in.reg, in.rm) : flatEa ? LOAD32SX : s;
                }
                return s;
            case LEA:
                return wide && in.addrsize == 8 ? LEA64 + w : s;
            case PUSH64:
            case POP64:
                return size == 8 ? kind : EXEC;
            case SHIFT_I:
                if (reg && wide && plain) {
                    int n = (int) in.imm & (size == 8 ? 63 : 31);
                    if (op == Shift.ROL || op == Shift.ROR) {
                        return (ROT_RI64 + w) | op << 8; // forms() makes it ROL_NF/ROR_NF where its flags are dead
                    }
                    if (n != 0 && (op == Shift.SHL || op == Shift.SHR || op == Shift.SAR)) {
                        int k = op == Shift.SHL ? SHL_RI64 : op == Shift.SHR ? SHR_RI64 : SAR_RI64;
                        return regs(k + w, in.rm, n);
                    }
                    if (op == Shift.SHL || op == Shift.SHR || op == Shift.SAR) {
                        return (SHIFT_RI64 + w) | op << 8;
                    }
                }
                return s;
            // (the decoder has refused LOCK on these rows; their mandatory prefixes are in prefixes)
            case SSE_MOVSD_L:
                return !reg && flatEa ? SSE_LOADSD : s;
            case SSE_MOVSD_S:
                return !reg && flatEa ? SSE_STORESD : s;
            case SSE_MOVA_L:
                return reg ? regs(SSE_MOV128_RR, in.reg, in.rm) : s;
            case SSE_MOVU_L:
                return reg ? regs(SSE_MOV128_RR, in.reg, in.rm) : flatEa ? SSE_LOAD128 : s;
            default:
                return s;
        }
    }

    /** A form with its registers: {@code d} in bits 8..15, {@code s} in bits 16..23. */
    private static int regs(int kind, int d, int s) {
        return kind | d << 8 | s << 16;
    }

    /**
     * The forms of a block's instructions: {@link #classify} for each, then rotates whose flags
     * nothing observes lose their flags ({@link #flagsDead}).
     */
    static int[] forms(Insn[] insns) {
        int n = insns.length;
        int[] forms = new int[n];
        for (int k = 0; k < n; k++) {
            forms[k] = classify(insns[k]);
        }
        // Backwards, so that a rotate sees whether the rotates after it still read the flags.
        for (int k = n - 1; k >= 0; k--) {
            int kind = forms[k] & 0xFF;
            if ((kind == ROT_RI64 || kind == ROT_RI32) && flagsDead(forms, k)) {
                Insn in = insns[k];
                int rol = (forms[k] >>> 8) == Shift.ROL ? 1 : 0;
                int nf = (rol == 1 ? ROL_NF64 : ROR_NF64) + (kind == ROT_RI32 ? 1 : 0);
                forms[k] = regs(nf, in.rm, (int) in.imm & (kind == ROT_RI64 ? 63 : 31));
            }
        }
        return forms;
    }

    /**
     * True if nothing can observe the flags instruction {@code k} leaves: before the block ends,
     * before anything reads a flag and before anything could fault (a signal handler sees the
     * flags), an instruction overwrites all six. The forms between may only be register moves
     * that touch no flag. A rotate keeps SF ZF AF PF and sets CF and OF, so where this holds it
     * need not materialise the older flags (the JIT's flag liveness, docs/jit.md, in one block).
     */
    private static boolean flagsDead(int[] forms, int k) {
        for (int j = k + 1; j < forms.length; j++) {
            int kind = forms[j] & 0xFF;
            if (kind >= ALU_RR && kind < ALU_RI + 16) {
                int op = (kind - ALU_RR) % 16 / 2;
                return op != Alu.ADC && op != Alu.SBB;
            }
            if (kind >= TEST_RR64 && kind <= TEST_RI32 || kind == TEST_RI8 || kind >= SHL_RI64 && kind <= SAR_RI32) {
                return true;
            }
            boolean flagFree = kind >= MOV_RR64 && kind <= MOV_RI32 || kind == MOVZX_RR8 || kind == MOVZX_RR16
                    || kind == NOP || kind == MOVSXD_RR || kind == LEA64 || kind == LEA32 || kind == SSE_MOV128_RR || kind >= ROL_NF64 && kind <= ROR_NF32;
            if (!flagFree) {
                return false;
            }
        }
        return false;
    }

    /** True for the forms whose semantics read or write RIP: they run with RIP at the next instruction. */
    static boolean usesRip(int form) {
        int kind = form & 0xFF;
        return kind == EXEC || closes(form);
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
     * register around it). Only the hottest forms are written out here, each small and with its
     * registers in the form: C2 inlines at most about 8,000 bytes of bytecode into one compiled
     * method (DesiredMethodLimit, the root included), and past that it silently calls what it
     * would have inlined, so the rest go to {@link CommonForms} (one call, compiled on its own).
     * A block's closing Jcc, JMP, CALL or RET ({@link Block#body}) is not dispatched: it runs
     * after the loop, so that the flag-setting instruction before a Jcc costs one dispatch for
     * the pair, whatever it is. Straight-line forms leave RIP alone, since none of them reads
     * it; the forms that read or write it ({@link #usesRip}) get it set to the next instruction
     * first, and a block that does not end in one gets it at its end. On a fault RIP goes back to
     * the faulting instruction (INT3, a trap, reports the next one) and the retired count
     * includes only the instructions before it.
     */
    static void run(Cpu c, Block b) {
        try {
            run(c, b.insns, b.forms, b.body);
        } catch (Stale s) {
            return; // RIP and the retired count are at the first instruction not run
        }
        if (!b.endsWithRip) {
            c.rip = b.end;
        }
        c.instructions += b.insns.length;
    }

    /**
     * Leaves a block that was dropped while it ran ({@link #STALE}): a store into its own
     * instructions, or into code on its page, takes effect at the next instruction, as on the host.
     */
    static final class Stale extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Stale INSTANCE = new Stale();

        private Stale() {
            super(null, null, false, false);
        }
    }

    /** Leaves a dropped block before its instruction {@code in}, the {@code k}th: the ones before it ran. */
    static void leave(Cpu c, Insn in, int k) {
        c.rip = in.addr;
        c.instructions += k;
        throw Stale.INSTANCE;
    }

    /** True for the forms that end a block and run after {@link #run}'s dispatch loop. */
    static boolean closes(int form) {
        int kind = form & 0xFF;
        return kind == JCC || kind == JMP || kind == CALL || kind == RET || kind == JMP_EV;
    }

    /**
     * {@link #run(Cpu, Block)}'s loop over the first {@code body} instructions, then the closing
     * branch if there is one, in a method of its own so that the block is not live in it: with
     * the block too, C2 (JDK 17) ran out of registers at the loop head and reloaded a dozen
     * values from the stack and stored them back at every dispatch (docs/how-it-works.md, "The
     * interpreter's speed").
     */
    private static void run(Cpu c, Insn[] insns, int[] forms, int body) {
        long[] r = c.r;
        int k = 0;
        try {
            for (; k < body; k++) {
                Insn in = insns[k];
                int f = forms[k];
                int d = f >>> 8 & 0xFF, s = f >>> 16 & 0xFF; // the registers of a register form
                switch (f & 0xFF) {
                    case MOV_RR64: r[d] = r[s]; continue;
                    case MOV_RR32: r[d] = r[s] & M32; continue;
                    case MOV_RI64: r[d] = in.imm; continue;
                    case MOV_RI32: r[d] = in.imm & M32; continue;
                    case LOAD64: r[in.reg] = c.mem.read64(ea(r, in)); continue;
                    case LOAD32: r[in.reg] = c.mem.read32(ea(r, in)) & M32; continue;
                    case STORE64: c.mem.write64(ea(r, in), r[in.reg]); continue;
                    case STORE32: c.mem.write32(ea(r, in), (int) r[in.reg]); continue;
                    case STORE64I: c.mem.write64(ea(r, in), in.imm); continue;
                    case STORE32I: c.mem.write32(ea(r, in), (int) in.imm); continue;
                    case LOAD8ZX: r[in.reg] = c.mem.read8(ea(r, in)) & 0xFFL; continue;
                    case STORE8: c.mem.write8(ea(r, in), (byte) r[in.reg]); continue;
                    case STORE8I: c.mem.write8(ea(r, in), (byte) in.imm); continue;
                    case MOVZX_RR8: r[d] = r[s] & 0xFFL; continue;
                    case MOVZX_RR16: r[d] = r[s] & 0xFFFFL; continue;
                    case NOP: continue;
                    case MOVSXD_RR: r[d] = (int) r[s]; continue;
                    case LEA64: r[in.reg] = ea(r, in); continue;
                    case LEA32: r[in.reg] = ea(r, in) & M32; continue;
                    // ALU on registers, one kind per operation; 32-bit operands zero-extended, the
                    // flags recording the unmasked result as Alu records it
                    case ALU_RR + 2 * Alu.ADD: {
                        long a = r[d], v = r[s], res = a + v;
                        Flags.add(c, 8, a, v, res);
                        r[d] = res;
                        continue;
                    }
                    case ALU_RR + 2 * Alu.ADD + 1: {
                        long a = r[d] & M32, v = r[s] & M32, res = a + v;
                        Flags.add(c, 4, a, v, res);
                        r[d] = res & M32;
                        continue;
                    }
                    case ALU_RR + 2 * Alu.SUB: {
                        long a = r[d], v = r[s], res = a - v;
                        Flags.sub(c, 8, a, v, res);
                        r[d] = res;
                        continue;
                    }
                    case ALU_RR + 2 * Alu.SUB + 1: {
                        long a = r[d] & M32, v = r[s] & M32, res = a - v;
                        Flags.sub(c, 4, a, v, res);
                        r[d] = res & M32;
                        continue;
                    }
                    case ALU_RR + 2 * Alu.CMP: {
                        long a = r[d], v = r[s];
                        Flags.sub(c, 8, a, v, a - v);
                        continue;
                    }
                    case ALU_RR + 2 * Alu.CMP + 1: {
                        long a = r[d] & M32, v = r[s] & M32;
                        Flags.sub(c, 4, a, v, a - v);
                        continue;
                    }
                    case ALU_RR + 2 * Alu.AND: logic64(c, r, d, r[d] & r[s]); continue;
                    case ALU_RR + 2 * Alu.AND + 1: logic32(c, r, d, r[d] & r[s]); continue;
                    case ALU_RR + 2 * Alu.OR: logic64(c, r, d, r[d] | r[s]); continue;
                    case ALU_RR + 2 * Alu.OR + 1: logic32(c, r, d, r[d] | r[s]); continue;
                    case ALU_RR + 2 * Alu.XOR: logic64(c, r, d, r[d] ^ r[s]); continue;
                    case ALU_RR + 2 * Alu.XOR + 1: logic32(c, r, d, r[d] ^ r[s]); continue;
                    case ALU_RI + 2 * Alu.ADD: {
                        long a = r[d], v = in.imm, res = a + v;
                        Flags.add(c, 8, a, v, res);
                        r[d] = res;
                        continue;
                    }
                    case ALU_RI + 2 * Alu.ADD + 1: {
                        long a = r[d] & M32, v = in.imm, res = a + v;
                        Flags.add(c, 4, a, v, res);
                        r[d] = res & M32;
                        continue;
                    }
                    case ALU_RI + 2 * Alu.SUB: {
                        long a = r[d], v = in.imm, res = a - v;
                        Flags.sub(c, 8, a, v, res);
                        r[d] = res;
                        continue;
                    }
                    case ALU_RI + 2 * Alu.SUB + 1: {
                        long a = r[d] & M32, v = in.imm, res = a - v;
                        Flags.sub(c, 4, a, v, res);
                        r[d] = res & M32;
                        continue;
                    }
                    case ALU_RI + 2 * Alu.CMP: {
                        long a = r[d], v = in.imm;
                        Flags.sub(c, 8, a, v, a - v);
                        continue;
                    }
                    case ALU_RI + 2 * Alu.CMP + 1: {
                        long a = r[d] & M32, v = in.imm;
                        Flags.sub(c, 4, a, v, a - v);
                        continue;
                    }
                    case ALU_RI + 2 * Alu.AND: logic64(c, r, d, r[d] & in.imm); continue;
                    case ALU_RI + 2 * Alu.AND + 1: logic32(c, r, d, r[d] & M32 & in.imm); continue;
                    case ALU_RI + 2 * Alu.OR: logic64(c, r, d, r[d] | in.imm); continue;
                    case ALU_RI + 2 * Alu.OR + 1: logic32(c, r, d, r[d] & M32 | in.imm); continue;
                    case ALU_RI + 2 * Alu.XOR: logic64(c, r, d, r[d] ^ in.imm); continue;
                    case ALU_RI + 2 * Alu.XOR + 1: logic32(c, r, d, r[d] & M32 ^ in.imm); continue;
                    case TEST_RR64: Flags.logic(c, 8, r[d] & r[s]); continue;
                    case TEST_RR32: Flags.logic(c, 4, r[d] & r[s] & M32); continue;
                    case TEST_RI64: Flags.logic(c, 8, r[d] & in.imm); continue;
                    case TEST_RI32: Flags.logic(c, 4, r[d] & in.imm & M32); continue;
                    case TEST_RI8: Flags.logic(c, 1, r[d] & in.imm & 0xFFL); continue;
                    case LOAD16ZX: r[in.reg] = c.mem.read16(ea(r, in)) & 0xFFFFL; continue;
                    case CMP_MG64: {
                        long a = c.mem.read64(ea(r, in)), v = r[in.reg];
                        Flags.sub(c, 8, a, v, a - v);
                        continue;
                    }
                    case CMP_MG32: {
                        long a = c.mem.read32(ea(r, in)) & M32, v = r[in.reg] & M32;
                        Flags.sub(c, 4, a, v, a - v);
                        continue;
                    }
                    case ALU_GM64: r[in.reg] = alu64(c, f >>> 8, r[in.reg], c.mem.read64(ea(r, in)), r[in.reg]); continue;
                    case ALU_GM32:
                        r[in.reg] = alu32(c, f >>> 8, r[in.reg] & M32, c.mem.read32(ea(r, in)) & M32, r[in.reg]);
                        continue;
                    case CMP8_MI: {
                        long a = c.mem.read8(ea(r, in)) & 0xFFL, v = in.imm;
                        Flags.sub(c, 1, a, v, a - v);
                        continue;
                    }
                    case ROL_NF64: r[d] = Long.rotateLeft(r[d], s); continue;
                    case ROL_NF32: r[d] = Integer.rotateLeft((int) r[d], s) & M32; continue;
                    case ROR_NF64: r[d] = Long.rotateRight(r[d], s); continue;
                    case ROR_NF32: r[d] = Integer.rotateRight((int) r[d], s) & M32; continue;
                    // shifts by a non-zero count, as Shift.shiftReg64 and shiftReg32
                    case SHL_RI64: {
                        long a = r[d], res = a << s;
                        r[d] = res;
                        Flags.shl(c, 8, a, s, res);
                        continue;
                    }
                    case SHL_RI32: {
                        long a = r[d] & M32, res = a << s;
                        r[d] = res & M32;
                        Flags.shl(c, 4, a, s, res);
                        continue;
                    }
                    case SHR_RI64: {
                        long a = r[d], res = a >>> s;
                        r[d] = res;
                        Flags.shr(c, 8, a, s, res);
                        continue;
                    }
                    case SHR_RI32: {
                        long a = r[d] & M32, res = a >>> s;
                        r[d] = res;
                        Flags.shr(c, 4, a, s, res);
                        continue;
                    }
                    case SAR_RI64: {
                        long a = r[d], res = a >> s;
                        r[d] = res;
                        Flags.sar(c, 8, a, s, res);
                        continue;
                    }
                    case SAR_RI32: {
                        long a = r[d] & M32, res = (long) (int) a >> s;
                        r[d] = res & M32;
                        Flags.sar(c, 4, a, s, res);
                        continue;
                    }
                    case PUSH64: {
                        long sp = r[Cpu.RSP] - 8;
                        c.mem.write64(sp, r[in.reg]);
                        r[Cpu.RSP] = sp;
                        continue;
                    }
                    case POP64: {
                        long sp = r[Cpu.RSP];
                        long v = c.mem.read64(sp);
                        r[Cpu.RSP] = sp + 8;
                        r[in.reg] = v; // POP RSP: the loaded value wins
                        continue;
                    }
                    case SSE_LOADSD: {
                        long[] x = c.xmm;
                        x[in.reg << 1] = c.mem.read64(ea(r, in));
                        x[(in.reg << 1) + 1] = 0;
                        continue;
                    }
                    case SSE_STORESD: c.mem.write64(ea(r, in), c.xmm[in.reg << 1]); continue;
                    case SSE_MOV128_RR: {
                        long[] x = c.xmm;
                        long lo = x[s << 1], hi = x[(s << 1) + 1];
                        x[d << 1] = lo;
                        x[(d << 1) + 1] = hi;
                        continue;
                    }
                    case SSE_LOAD128: { // as Operands.getW128: both halves read before the register changes
                        long a = ea(r, in);
                        long lo = c.mem.read64(a), hi = c.mem.read64(a + 8);
                        c.xmm[in.reg << 1] = lo;
                        c.xmm[(in.reg << 1) + 1] = hi;
                        continue;
                    }
                    case EXEC: c.rip = in.next; in.op.exec.exec(c, in); continue;
                    default: CommonForms.run(c, in, f); continue;
                }
            }
            if (k < insns.length) {
                Insn in = insns[k];
                switch (forms[k] & 0xFF) {
                    case JCC: c.rip = Flags.cond(c, in.cond) ? in.target : in.next; break;
                    case JMP: c.rip = in.target; break;
                    case CALL: {
                        long sp = r[Cpu.RSP] - 8;
                        c.mem.write64(sp, in.next);
                        r[Cpu.RSP] = sp;
                        c.rip = in.target;
                        break;
                    }
                    case JMP_EV: c.rip = Control.target(in.rm >= 0 ? r[in.rm] : c.mem.read64(ea(r, in))); break;
                    case STALE: leave(c, in, k); break;
                    default: { // RET
                        long sp = r[Cpu.RSP];
                        c.rip = Control.target(c.mem.read64(sp));
                        r[Cpu.RSP] = sp + 8;
                        break;
                    }
                }
            }
        } catch (GuestFault e) {
            c.rip = insns[k].addr;
            c.instructions += k;
            throw e;
        } catch (CpuException e) {
            // Faults report the faulting instruction; traps (INT3, INT1, INT 4) the next one.
            c.rip = e.trap() ? insns[k].next : insns[k].addr;
            c.instructions += k;
            throw e;
        } catch (GuestExit e) {
            c.instructions += k + 1;
            throw e;
        }
    }

    /** A 64-bit AND, OR or XOR's result into register {@code d}, with its flags. */
    private static void logic64(Cpu c, long[] r, int d, long res) {
        Flags.logic(c, 8, res);
        r[d] = res;
    }

    /**
     * A 32-bit AND, OR or XOR's result into register {@code d}: the flags record it unmasked (an
     * immediate is sign-extended to 64 bits), as Alu records it; the register gets it zero-extended.
     */
    private static void logic32(Cpu c, long[] r, int d, long res) {
        Flags.logic(c, 4, res);
        r[d] = res & M32;
    }

    /** The effective address of a memory operand with no segment override and 64-bit addressing. */
    static long ea(long[] r, Insn in) {
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

    /**
     * {@code [ea] = [ea] op b} at 4 or 8 bytes for the Ev,Gv and Ev,Iz/Ib forms (not ADC, SBB),
     * as {@link Alu#rmwE} does it: the store before the flags, so that a faulting store leaves
     * them alone; CMP only compares. {@code b} is what Alu sees: a zero-extended register or the
     * sign-extended immediate. 
     */
    static void aluMem(Cpu c, Insn in, int form) {
        int op = form >>> 8 & 7;
        int size = in.opsize;
        long b = (form & MEM_IMM) != 0 ? in.imm : size == 8 ? c.r[in.reg] : c.r[in.reg] & M32;
        long ea = ea(c.r, in);
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
}
