package dev.ring3.jit;

import dev.ring3.interp.Insn;
import dev.ring3.interp.Op;
import dev.ring3.interp.OpcodeTable;
import dev.ring3.interp.SseKernels;
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
        for (String d : new String[] {"shld", "shrd"}) {
            byName.put(d + " Ev,Gv,Ib", new DoubleShiftEmitter(d.equals("shld"), false));
            byName.put(d + " Ev,Gv,CL", new DoubleShiftEmitter(d.equals("shld"), true));
        }
        byName.put("imul Gv,Ev", new MulEmitter(MulEmitter.IMUL_GE));
        byName.put("imul Gv,Ev,Iz", new MulEmitter(MulEmitter.IMUL_GEI));
        byName.put("imul Gv,Ev,Ib", new MulEmitter(MulEmitter.IMUL_GEI));
        byName.put("mul Ev", new MulEmitter(MulEmitter.MUL_E));
        byName.put("imul Ev", new MulEmitter(MulEmitter.IMUL_E));
        byName.put("mul Eb", new MulEmitter(MulEmitter.MUL_E));
        byName.put("imul Eb", new MulEmitter(MulEmitter.IMUL_E));
        byName.put("div Ev", new DivEmitter(false));
        byName.put("idiv Ev", new DivEmitter(true));
        byName.put("div Eb", new DivEmitter(false));
        byName.put("idiv Eb", new DivEmitter(true));
        String[] cc = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"};
        for (String c : cc) {
            byName.put("set" + c + " Eb", new ConditionalEmitter(false));
            byName.put("cmov" + c + " Gv,Ev", new ConditionalEmitter(true));
        }
        String[] bitTests = {"bt", "bts", "btr", "btc"};
        for (int k = 0; k < bitTests.length; k++) {
            byName.put(bitTests[k] + " Ev,Gv", new BitTestEmitter(k, true));
            byName.put(bitTests[k] + " Ev,Ib", new BitTestEmitter(k, false));
        }
        byName.put("popcnt Gv,Ev", new BitCountEmitter(BitCountEmitter.POPCNT));
        byName.put("tzcnt Gv,Ev", new BitCountEmitter(BitCountEmitter.TZCNT));
        byName.put("lzcnt Gv,Ev", new BitCountEmitter(BitCountEmitter.LZCNT));
        byName.put("lahf ", new FlagsByteEmitter(false));
        byName.put("sahf ", new FlagsByteEmitter(true));
        byName.put("clc ", new CarryEmitter(CarryEmitter.CLC));
        byName.put("stc ", new CarryEmitter(CarryEmitter.STC));
        byName.put("cmc ", new CarryEmitter(CarryEmitter.CMC));
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
        for (String e : new String[] {"Ev,Gv", "Eb,Gb"}) {
            byName.put("xchg " + e, new AtomicEmitter(AtomicEmitter.XCHG));
            byName.put("xadd " + e, new AtomicEmitter(AtomicEmitter.XADD));
            byName.put("cmpxchg " + e, new AtomicEmitter(AtomicEmitter.CMPXCHG));
        }
        byName.put("nop Ev", new MoveEmitter(MoveEmitter.NOP));
        byName.put("cwde ", new MoveEmitter(MoveEmitter.CWDE));
        byName.put("cdq ", new MoveEmitter(MoveEmitter.CDQ));
        byName.put("bswap Zv", new MoveEmitter(MoveEmitter.BSWAP));

        byName.put("movs Yb,Xb", new StringEmitter(false));
        byName.put("movs Yv,Xv", new StringEmitter(false));
        byName.put("stos Yb,AL", new StringEmitter(true));
        byName.put("stos Yv,rAX", new StringEmitter(true));

        sse(byName);

        byName.put("rdtsc ", new SystemEmitter(SystemEmitter.RDTSC));
        byName.put("rdtscp ", new SystemEmitter(SystemEmitter.RDTSCP));
        byName.put("lfence ", new SystemEmitter(SystemEmitter.LFENCE));
        byName.put("mfence ", new SystemEmitter(SystemEmitter.MFENCE));
        byName.put("sfence ", new SystemEmitter(SystemEmitter.SFENCE));

        for (Op op : table.ops()) {
            InsnEmitter e = byName.get(op.mnemonic + " " + op.form);
            if (e != null) {
                byOp.put(op, e);
            }
        }
    }

    private static void sse(Map<String, InsnEmitter> byName) {
        for (String m : new String[] {"movaps Vps,Wps", "movapd Vpd,Wpd", "movdqa Vx,Wx"}) {
            byName.put(m, new SseEmitter(SseEmitter.LOAD, true));
        }
        for (String m : new String[] {"movups Vps,Wps", "movupd Vpd,Wpd", "movdqu Vx,Wx"}) {
            byName.put(m, new SseEmitter(SseEmitter.LOAD, false));
        }
        for (String m : new String[] {"movaps Wps,Vps", "movapd Wpd,Vpd", "movdqa Wx,Vx", "movntps Mps,Vps",
            "movntpd Mpd,Vpd", "movntdq Mx,Vx"}) {
            byName.put(m, new SseEmitter(SseEmitter.STORE, true));
        }
        for (String m : new String[] {"movups Wps,Vps", "movupd Wpd,Vpd", "movdqu Wx,Vx"}) {
            byName.put(m, new SseEmitter(SseEmitter.STORE, false));
        }
        byName.put("movsd Vsd,Wsd", new SseEmitter(SseEmitter.MOVSD_VW));
        byName.put("movsd Wsd,Vsd", new SseEmitter(SseEmitter.MOVSD_WV));
        byName.put("movlpd Mq,Vq", new SseEmitter(SseEmitter.MOVSD_WV));
        byName.put("movss Vss,Wss", new SseEmitter(SseEmitter.MOVSS_VW));
        byName.put("movss Wss,Vss", new SseEmitter(SseEmitter.MOVSS_WV));
        byName.put("movq Vq,Wq", new SseEmitter(SseEmitter.MOVQ_VW));
        byName.put("movq Wq,Vq", new SseEmitter(SseEmitter.MOVQ_WV));
        for (String m : new String[] {"movd Vd,Ed", "movq Vq,Eq"}) {
            byName.put(m, new SseEmitter(SseEmitter.MOVD_VE));
        }
        for (String m : new String[] {"movd Ed,Vd", "movq Eq,Vq"}) {
            byName.put(m, new SseEmitter(SseEmitter.MOVD_EV));
        }
        byName.put("pmovmskb Gd,Ux", new SseEmitter(SseEmitter.PMOVMSKB));
        byName.put("movmskpd Gy,Upd", new SseEmitter(SseEmitter.MOVMSKPD));
        byName.put("unpcklpd Vpd,Wpd", new SseEmitter(SseEmitter.UNPCKL));
        byName.put("punpcklqdq Vx,Wx", new SseEmitter(SseEmitter.UNPCKL));
        byName.put("unpckhpd Vpd,Wpd", new SseEmitter(SseEmitter.UNPCKH));
        byName.put("punpckhqdq Vx,Wx", new SseEmitter(SseEmitter.UNPCKH));
        // glibc's memchr/strlen/strchr family (busybox sort: ~5M calls to their semantics per run)
        // and sha256's message schedule (gcc's vectorised byte swap) and crc32's table set-up
        int high = SseKernels.UNPACK_HIGH;
        String[] unpacks = {"punpcklbw Vx,Wx", "punpcklwd Vx,Wx", "punpckldq Vx,Wx", "unpcklps Vps,Wps",
            "punpckhbw Vx,Wx", "punpckhwd Vx,Wx", "punpckhdq Vx,Wx", "unpckhps Vps,Wps"};
        int[] unpackForm = {8, 16, 32, 32, 8 | high, 16 | high, 32 | high, 32 | high};
        for (int k = 0; k < unpacks.length; k++) {
            byName.put(unpacks[k], SseEmitter.shuffle("unpack", unpackForm[k]));
        }
        byName.put("packsswb Vx,Wx", SseEmitter.shuffle("pack", 16));
        byName.put("packssdw Vx,Wx", SseEmitter.shuffle("pack", 32));
        byName.put("packuswb Vx,Wx", SseEmitter.shuffle("pack", 16 | SseKernels.PACK_UNSIGNED));
        byName.put("pshufd Vx,Wx,Ib", SseEmitter.shuffle("pshufd"));
        byName.put("palignr Vx,Wx,Ib", SseEmitter.shuffle("palignr"));
        byName.put("shufps Vps,Wps,Ib", SseEmitter.shuffle("shufps"));
        byName.put("pslldq Ux,Ib", SseEmitter.byteShift(true));
        byName.put("psrldq Ux,Ib", SseEmitter.byteShift(false));
        byName.put("paddq Vx,Wx", new SseEmitter(SseEmitter.ADDQ));
        byName.put("psubq Vx,Wx", new SseEmitter(SseEmitter.SUBQ));
        // busybox sed and uniq: ~400k MOVHPS loads per run
        for (String m : new String[] {"movhps Vq,Mq", "movhpd Vq,Mq"}) {
            byName.put(m, new SseEmitter(SseEmitter.MOVH_LOAD));
        }
        for (String m : new String[] {"movlps Vq,Mq", "movlpd Vq,Mq"}) {
            byName.put(m, new SseEmitter(SseEmitter.MOVL_LOAD));
        }
        for (String m : new String[] {"movhps Mq,Vq", "movhpd Mq,Vq"}) {
            byName.put(m, new SseEmitter(SseEmitter.MOVH_STORE));
        }
        byName.put("movlps Mq,Vq", new SseEmitter(SseEmitter.MOVSD_WV));
        byName.put("movhlps Vq,Uq", new SseEmitter(SseEmitter.MOVHL));
        byName.put("movlhps Vq,Uq", new SseEmitter(SseEmitter.MOVLH));
        String[][] logic = {{"pand Vx,Wx", "andps Vps,Wps", "andpd Vpd,Wpd"}, {"por Vx,Wx", "orps Vps,Wps", "orpd Vpd,Wpd"},
            {"pxor Vx,Wx", "xorps Vps,Wps", "xorpd Vpd,Wpd"}, {"pandn Vx,Wx", "andnps Vps,Wps", "andnpd Vpd,Wpd"}};
        int[] logicKind = {SseEmitter.AND, SseEmitter.OR, SseEmitter.XOR, SseEmitter.ANDN};
        for (int k = 0; k < logic.length; k++) {
            for (String m : logic[k]) {
                byName.put(m, new SseEmitter(logicKind[k]));
            }
        }
        String[] widths = {"b", "w", "d"};
        String[][] byWidth = {{"padd", "addLanes"}, {"psub", "subLanes"}, {"pcmpeq", "equalLanes"}, {"pcmpgt", "greaterLanes"}};
        for (String[] op : byWidth) {
            for (int w = 0; w < widths.length; w++) {
                byName.put(op[0] + widths[w] + " Vx,Wx", SseEmitter.lanes(op[1], 8 << w));
            }
        }
        byName.put("pminub Vx,Wx", SseEmitter.lanes("minMaxBytes", 0));
        byName.put("pmaxub Vx,Wx", SseEmitter.lanes("minMaxBytes", 1));
        byName.put("pminsw Vx,Wx", SseEmitter.lanes("pickLanes", 16 | SseKernels.LANES_SIGNED));
        byName.put("pmaxsw Vx,Wx", SseEmitter.lanes("pickLanes", 16 | SseKernels.LANES_SIGNED | SseKernels.LANES_MAX));
        byName.put("pmullw Vx,Wx", new SseEmitter("pmullw"));
        byName.put("pmuludq Vx,Wx", new SseEmitter("pmuludq"));
        String[] dir = {"sll", "srl", "sra"};
        for (int k = 0; k < dir.length; k++) {
            byName.put("p" + dir[k] + "w Ux,Ib", new SseEmitter(16, k));
            byName.put("p" + dir[k] + "d Ux,Ib", new SseEmitter(32, k));
            if (k < 2) {
                byName.put("p" + dir[k] + "q Ux,Ib", new SseEmitter(64, k));
            }
        }
        String[] arith = {"add", "sub", "mul", "div", "sqrt", "min", "max"};
        int[] arithOp = {SseKernels.ADD, SseKernels.SUB, SseKernels.MUL, SseKernels.DIV, SseKernels.SQRT,
            SseKernels.MIN, SseKernels.MAX};
        for (int k = 0; k < arith.length; k++) {
            byName.put(arith[k] + "sd Vsd,Wsd", new SseFloatEmitter(SseFloatEmitter.SCALAR_D, arithOp[k]));
            byName.put(arith[k] + "pd Vpd,Wpd", new SseFloatEmitter(SseFloatEmitter.PACKED_D, arithOp[k]));
            byName.put(arith[k] + "ss Vss,Wss", new SseFloatEmitter(SseFloatEmitter.SCALAR_S, arithOp[k]));
            byName.put(arith[k] + "ps Vps,Wps", new SseFloatEmitter(SseFloatEmitter.PACKED_S, arithOp[k]));
        }
        byName.put("cvtsi2sd Vsd,Ey", new SseConvertEmitter(SseKernels.SI2SD));
        byName.put("cvtsi2ss Vss,Ey", new SseConvertEmitter(SseKernels.SI2SS));
        byName.put("cvtsd2si Gy,Wsd", new SseConvertEmitter(SseKernels.SD2SI32));
        byName.put("cvttsd2si Gy,Wsd", new SseConvertEmitter(SseKernels.TSD2SI32));
        byName.put("cvtss2si Gy,Wss", new SseConvertEmitter(SseKernels.SS2SI32));
        byName.put("cvttss2si Gy,Wss", new SseConvertEmitter(SseKernels.TSS2SI32));
        byName.put("cvtss2sd Vsd,Wss", new SseConvertEmitter(SseKernels.SS2SD));
        byName.put("cvtsd2ss Vss,Wsd", new SseConvertEmitter(SseKernels.SD2SS));
        byName.put("ucomisd Vsd,Wsd", new SseFloatEmitter(SseFloatEmitter.COMISD, 0));
        byName.put("comisd Vsd,Wsd", new SseFloatEmitter(SseFloatEmitter.COMISD, 1));
        byName.put("ucomiss Vss,Wss", new SseFloatEmitter(SseFloatEmitter.COMISS, 0));
        byName.put("comiss Vss,Wss", new SseFloatEmitter(SseFloatEmitter.COMISS, 1));
    }

    /** The emitter that handles this decoded instruction, or null if its semantics must run. */
    InsnEmitter find(Insn in) {
        InsnEmitter e = byOp.get(in.op);
        return e != null && e.accepts(in) ? e : null;
    }
}
