package dev.ring3.interp;

import dev.ring3.mmu.GuestFault;

/**
 * Opcode-table rows for the x87 unit, escape opcodes D8..DF and FWAIT (SDM Vol. 2 Appendix A.4,
 * Tables ). Every waiting instruction goes through {@link #w}, which raises a pending
 * unmasked exception (#MF) first and records FIP and FOP; the FN* control instructions do not
 * wait. Memory forms are keyed by ModRM /digit, register forms by /digit with {@code reg} or by
 * their exact second byte.
 */
final class X87Rows {
    private X87Rows() {}

    /**
     * A waiting x87 instruction with first opcode byte {@code esc}: FOP is esc[2:0] and the ModRM
     * byte. An instruction whose memory operand faults changes nothing, its pointers included: FIP,
     * FCS, FOP, FDP and FDS are put back as they were (the Intel host of session 8 keeps FIP on a
     * page fault; AMD's FXSAVE stores none of them without a pending exception).
     */
    private static Exec w(int esc, Exec e) {
        int hi = (esc & 7) << 8;
        return (c, i) -> {
            long ip = c.fpuIp, dp = c.fpuDp;
            int cs = c.fpuCs, op = c.fpuOp, ds = c.fpuDs;
            X87.begin(c, i, hi | (i.modrm & 0xFF));
            try {
                e.exec(c, i);
            } catch (GuestFault f) {
                c.fpuIp = ip;
                c.fpuCs = cs;
                c.fpuOp = op;
                c.fpuDp = dp;
                c.fpuDs = ds;
                throw f;
            }
        };
    }

    private static final String[] ARITH = {"fadd", "fmul", "fcom", "fcomp", "fsub", "fsubr", "fdiv", "fdivr"};

    static void register(OpcodeTable.Builder b) {
        // D8: m32fp arithmetic and ST(0),ST(i).
        for (int op = 0; op < 8; op++) {
            String m = ARITH[op];
            boolean cmp = op == 2 || op == 3;
            b.row("D8 /" + op + " mem", m + " Md", w(0xD8, cmp ? X87CompareSem.fcomMd : X87ArithSem.arithMd));
            b.row("DC /" + op + " mem", m + " Mq", w(0xDC, cmp ? X87CompareSem.fcomMq : X87ArithSem.arithMq));
            b.row("DA /" + op + " mem", "fi" + m.substring(1) + " Md", w(0xDA, cmp ? X87CompareSem.ficomMd : X87ArithSem.arithMdInt));
            b.row("DE /" + op + " mem", "fi" + m.substring(1) + " Mw", w(0xDE, cmp ? X87CompareSem.ficomMw : X87ArithSem.arithMwInt));
            if (!cmp) {
                b.row("D8 /" + op + " reg", m + " ST0,STi", w(0xD8, X87ArithSem.arithSt0Sti));
                // DC and DE swap the SUB/SUBR and DIV/DIVR encodings (SDM Vol. 2 Table ).
                String r = op < 4 ? m : ARITH[op ^ 1];
                b.row("DC /" + op + " reg", r + " STi,ST0", w(0xDC, X87ArithSem.arithStiSt0));
                b.row("DE /" + op + " reg", r + "p STi,ST0", w(0xDE, X87ArithSem.arithpStiSt0));
            }
        }
        int pops0 = 0, pops1 = 1;
        b.row("D8 /2 reg", "fcom STi", w(0xD8, (c, i) -> X87Compare.fcomSti(c, i, pops0)));
        b.row("D8 /3 reg", "fcomp STi", w(0xD8, (c, i) -> X87Compare.fcomSti(c, i, pops1)));
        // Reserved aliases that hardware runs as FCOM/FCOMP/FXCH/FSTP (SDM Vol. 2 Table A-18..A-22 footnotes).
        b.row("DC /2 reg", "fcom2 STi", w(0xDC, (c, i) -> X87Compare.fcomSti(c, i, pops0)));
        b.row("DC /3 reg", "fcomp3 STi", w(0xDC, (c, i) -> X87Compare.fcomSti(c, i, pops1)));
        b.row("DE /2 reg", "fcomp5 STi", w(0xDE, (c, i) -> X87Compare.fcomSti(c, i, pops1)));
        b.row("DE D9", "fcompp", w(0xDE, (c, i) -> X87Compare.fcompp(c, i, false)));

        // D9: loads, stores, control, constants, one-operand arithmetic and transcendentals.
        b.row("D9 /0 mem", "fld Md", w(0xD9, X87LoadSem.fldMd));
        b.row("D9 /2 mem", "fst Md", w(0xD9, X87LoadSem.fstMd));
        b.row("D9 /3 mem", "fstp Md", w(0xD9, X87LoadSem.fstpMd));
        b.row("D9 /4 mem", "fldenv M", w(0xD9, X87ControlSem.fldenv));
        b.row("D9 /5 mem", "fldcw Mw", X87ControlSem.fwaitFldcwMw);
        b.row("D9 /6 mem", "fnstenv M", X87ControlSem.fnstenv);
        b.row("D9 /7 mem", "fnstcw Mw", X87ControlSem.fnstcwMw);
        b.row("D9 /0 reg", "fld STi", w(0xD9, X87LoadSem.fldSti));
        b.row("D9 /1 reg", "fxch STi", w(0xD9, X87LoadSem.fxch));
        b.row("D9 D0", "fnop", w(0xD9, X87ControlSem.fnop));
        b.row("D9 /3 reg", "fstp1 STi", w(0xD9, X87LoadSem.fstp1Sti));
        b.row("D9 E0", "fchs", w(0xD9, X87ArithSem.fchs));
        b.row("D9 E1", "fabs", w(0xD9, X87ArithSem.fabs));
        b.row("D9 E4", "ftst", w(0xD9, X87CompareSem.ftst));
        b.row("D9 E5", "fxam", w(0xD9, X87CompareSem.fxam));
        b.row("D9 E8", "fld1", w(0xD9, X87LoadSem.fld1));
        b.row("D9 E9", "fldl2t", w(0xD9, X87LoadSem.fldl2t));
        b.row("D9 EA", "fldl2e", w(0xD9, X87LoadSem.fldl2e));
        b.row("D9 EB", "fldpi", w(0xD9, X87LoadSem.fldpi));
        b.row("D9 EC", "fldlg2", w(0xD9, X87LoadSem.fldlg2));
        b.row("D9 ED", "fldln2", w(0xD9, X87LoadSem.fldln2));
        b.row("D9 EE", "fldz", w(0xD9, X87LoadSem.fldz));
        b.row("D9 F0", "f2xm1", w(0xD9, X87TranscendentalSem.f2xm1));
        b.row("D9 F1", "fyl2x", w(0xD9, X87TranscendentalSem.fyl2x));
        b.row("D9 F2", "fptan", w(0xD9, X87TranscendentalSem.fptan));
        b.row("D9 F3", "fpatan", w(0xD9, X87TranscendentalSem.fpatan));
        b.row("D9 F4", "fxtract", w(0xD9, X87ScaleSem.fxtract));
        b.row("D9 F5", "fprem1", w(0xD9, X87ScaleSem.fprem1));
        b.row("D9 F6", "fdecstp", w(0xD9, X87ControlSem.fdecstp));
        b.row("D9 F7", "fincstp", w(0xD9, X87ControlSem.fincstp));
        b.row("D9 F8", "fprem", w(0xD9, X87ScaleSem.fprem));
        b.row("D9 F9", "fyl2xp1", w(0xD9, X87TranscendentalSem.fyl2xp1));
        b.row("D9 FA", "fsqrt", w(0xD9, X87ArithSem.fsqrt));
        b.row("D9 FB", "fsincos", w(0xD9, X87TranscendentalSem.fsincos));
        b.row("D9 FC", "frndint", w(0xD9, X87ScaleSem.frndint));
        b.row("D9 FD", "fscale", w(0xD9, X87ScaleSem.fscale));
        b.row("D9 FE", "fsin", w(0xD9, X87TranscendentalSem.fsin));
        b.row("D9 FF", "fcos", w(0xD9, X87TranscendentalSem.fcos));

        // DA: FCMOVB/E/BE/U, FUCOMPP.
        b.row("DA /0 reg", "fcmovb ST0,STi", w(0xDA, X87LoadSem.fcmov)).reads(Flags.CF | Flags.ZF | Flags.PF);
        b.row("DA /1 reg", "fcmove ST0,STi", w(0xDA, X87LoadSem.fcmov)).reads(Flags.CF | Flags.ZF | Flags.PF);
        b.row("DA /2 reg", "fcmovbe ST0,STi", w(0xDA, X87LoadSem.fcmov)).reads(Flags.CF | Flags.ZF | Flags.PF);
        b.row("DA /3 reg", "fcmovu ST0,STi", w(0xDA, X87LoadSem.fcmov)).reads(Flags.CF | Flags.ZF | Flags.PF);
        b.row("DA E9", "fucompp", w(0xDA, (c, i) -> X87Compare.fcompp(c, i, true)));

        // DB: m32int loads and stores, m80fp, FCMOVNcc, FUCOMI/FCOMI, FNCLEX, FNINIT.
        b.row("DB /0 mem", "fild Md", w(0xDB, X87LoadSem.fildMd));
        b.row("DB /1 mem", "fisttp Md", w(0xDB, X87LoadSem.fisttpMd));
        b.row("DB /2 mem", "fist Md", w(0xDB, X87LoadSem.fistMd));
        b.row("DB /3 mem", "fistp Md", w(0xDB, X87LoadSem.fistpMd));
        b.row("DB /5 mem", "fld Mt", w(0xDB, X87LoadSem.fldMt));
        b.row("DB /7 mem", "fstp Mt", w(0xDB, X87LoadSem.fstpMt));
        b.row("DB /0 reg", "fcmovnb ST0,STi", w(0xDB, X87LoadSem.fcmov)).reads(Flags.CF | Flags.ZF | Flags.PF);
        b.row("DB /1 reg", "fcmovne ST0,STi", w(0xDB, X87LoadSem.fcmov)).reads(Flags.CF | Flags.ZF | Flags.PF);
        b.row("DB /2 reg", "fcmovnbe ST0,STi", w(0xDB, X87LoadSem.fcmov)).reads(Flags.CF | Flags.ZF | Flags.PF);
        b.row("DB /3 reg", "fcmovnu ST0,STi", w(0xDB, X87LoadSem.fcmov)).reads(Flags.CF | Flags.ZF | Flags.PF);
        // The 8087's FNENI/FNDISI and the 287's FNSETPM: non-waiting no-ops since the 387, which
        // leave FIP and FOP alone (the host).
        b.row("DB E0", "feni", X87ControlSem.fnsetpm);
        b.row("DB E1", "fdisi", X87ControlSem.fnsetpm);
        b.row("DB E2", "fnclex", X87ControlSem.fnclex);
        b.row("DB E3", "fninit", X87ControlSem.fninit);
        b.row("DB E4", "fsetpm", X87ControlSem.fnsetpm);
        b.row("DB /5 reg", "fucomi ST0,STi", w(0xDB, (c, i) -> X87Compare.fcomi(c, i, true, false))).writes(Flags.OSZAPC);
        b.row("DB /6 reg", "fcomi ST0,STi", w(0xDB, (c, i) -> X87Compare.fcomi(c, i, false, false))).writes(Flags.OSZAPC);

        // DD: m64 loads and stores, FRSTOR/FNSAVE, FNSTSW m16, FFREE, FST/FSTP ST(i), FUCOM/FUCOMP.
        b.row("DD /0 mem", "fld Mq", w(0xDD, X87LoadSem.fldMq));
        b.row("DD /1 mem", "fisttp Mq", w(0xDD, X87LoadSem.fisttpMq));
        b.row("DD /2 mem", "fst Mq", w(0xDD, X87LoadSem.fstMq));
        b.row("DD /3 mem", "fstp Mq", w(0xDD, X87LoadSem.fstpMq));
        b.row("DD /4 mem", "frstor M", X87ControlSem.fwaitFrstor);
        b.row("DD /6 mem", "fnsave M", X87ControlSem.fnsave);
        b.row("DD /7 mem", "fnstsw Mw", X87ControlSem.fnstswMw);
        b.row("DD /0 reg", "ffree STi", w(0xDD, X87ControlSem.ffree));
        b.row("DD /1 reg", "fxch4 STi", w(0xDD, X87LoadSem.fxch));
        b.row("DD /2 reg", "fst STi", w(0xDD, X87LoadSem.fstSti));
        b.row("DD /3 reg", "fstp STi", w(0xDD, X87LoadSem.fstpSti));
        b.row("DD /4 reg", "fucom STi", w(0xDD, (c, i) -> X87Compare.fucomSti(c, i, pops0)));
        b.row("DD /5 reg", "fucomp STi", w(0xDD, (c, i) -> X87Compare.fucomSti(c, i, pops1)));

        // DF: m16int and m64int, BCD, FNSTSW AX, FUCOMIP/FCOMIP, FFREEP and aliases.
        b.row("DF /0 mem", "fild Mw", w(0xDF, X87LoadSem.fildMw));
        b.row("DF /1 mem", "fisttp Mw", w(0xDF, X87LoadSem.fisttpMw));
        b.row("DF /2 mem", "fist Mw", w(0xDF, X87LoadSem.fistMw));
        b.row("DF /3 mem", "fistp Mw", w(0xDF, X87LoadSem.fistpMw));
        b.row("DF /4 mem", "fbld Mt", w(0xDF, X87LoadSem.fbld));
        b.row("DF /5 mem", "fild Mq", w(0xDF, X87LoadSem.fildMq));
        b.row("DF /6 mem", "fbstp Mt", w(0xDF, X87LoadSem.fbstp));
        b.row("DF /7 mem", "fistp Mq", w(0xDF, X87LoadSem.fistpMq));
        b.row("DF /0 reg", "ffreep STi", w(0xDF, X87ControlSem.ffreep));
        b.row("DF /1 reg", "fxch7 STi", w(0xDF, X87LoadSem.fxch));
        b.row("DF /2 reg", "fstp8 STi", w(0xDF, X87LoadSem.fstpSti));
        b.row("DF /3 reg", "fstp9 STi", w(0xDF, X87LoadSem.fstpSti));
        b.row("DF E0", "fnstsw AX", X87ControlSem.fnstswAX);
        b.row("DF /5 reg", "fucomip ST0,STi", w(0xDF, (c, i) -> X87Compare.fcomi(c, i, true, true)))
                .writes(Flags.OSZAPC);
        b.row("DF /6 reg", "fcomip ST0,STi", w(0xDF, (c, i) -> X87Compare.fcomi(c, i, false, true)))
                .writes(Flags.OSZAPC);

        b.row("9B", "fwait", X87ControlSem.fwait);
    }
}
