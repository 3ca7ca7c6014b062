package dev.ring3.interp;

/**
 * Opcode-table rows for SSE and the floating-point half of SSE2 (SDM Vol. 2 Appendix A, opcode
 * map rows 0F 10-17, 28-2F, 50-5F, AE, C2-C6): moves, arithmetic, comparisons, conversions,
 * shuffles and MXCSR/FXSAVE state. The packed-integer half is in {@link Sse2Rows}, SSE3 to SSE4.1
 * in {@link Sse4Rows}, both registered from here. The MMX forms (NP rows of the integer opcodes,
 * CVTPI2PS...) are in {@link MmxRows}.
 */
final class SseRows {
    private SseRows() {}

    static void register(OpcodeTable.Builder b) {
        moves(b);
        arithmetic(b);
        compares(b);
        conversions(b);
        shuffles(b);
        state(b);
        Sse2Rows.register(b);
        Sse4Rows.register(b);
    }

    private static void moves(OpcodeTable.Builder b) {
        b.row("NP 0F 10", "movups Vps,Wps", SseMoveSem.movupsVpsWps);
        b.row("66 0F 10", "movupd Vpd,Wpd", SseMoveSem.movupsVpsWps);
        b.row("F3 0F 10", "movss Vss,Wss", SseMoveSem.movssVssWss);
        b.row("F2 0F 10", "movsd Vsd,Wsd", SseMoveSem.movsdVsdWsd);
        b.row("NP 0F 11", "movups Wps,Vps", SseMoveSem.movupsWpsVps);
        b.row("66 0F 11", "movupd Wpd,Vpd", SseMoveSem.movupsWpsVps);
        b.row("F3 0F 11", "movss Wss,Vss", SseMoveSem.movssWssVss);
        b.row("F2 0F 11", "movsd Wsd,Vsd", SseMoveSem.movsdWsdVsd);
        b.row("NP 0F 12 reg", "movhlps Vq,Uq", SseMoveSem.movhlpsVqUq);
        b.row("NP 0F 12 mem", "movlps Vq,Mq", SseMoveSem.movlpsVqMq);
        b.row("66 0F 12 mem", "movlpd Vq,Mq", SseMoveSem.movlpsVqMq);
        b.row("NP 0F 13 mem", "movlps Mq,Vq", SseMoveSem.movsdWsdVsd);
        b.row("66 0F 13 mem", "movlpd Mq,Vq", SseMoveSem.movsdWsdVsd);
        b.row("NP 0F 16 reg", "movlhps Vq,Uq", SseMoveSem.movlhpsVqUq);
        b.row("NP 0F 16 mem", "movhps Vq,Mq", SseMoveSem.movhpsVqMq);
        b.row("66 0F 16 mem", "movhpd Vq,Mq", SseMoveSem.movhpsVqMq);
        b.row("NP 0F 17 mem", "movhps Mq,Vq", SseMoveSem.movhpsMqVq);
        b.row("66 0F 17 mem", "movhpd Mq,Vq", SseMoveSem.movhpsMqVq);
        b.row("NP 0F 28", "movaps Vps,Wps", SseMoveSem.movapsVpsWps);
        b.row("66 0F 28", "movapd Vpd,Wpd", SseMoveSem.movapsVpsWps);
        b.row("NP 0F 29", "movaps Wps,Vps", SseMoveSem.movapsWpsVps);
        b.row("66 0F 29", "movapd Wpd,Vpd", SseMoveSem.movapsWpsVps);
        b.row("NP 0F 2B mem", "movntps Mps,Vps", SseMoveSem.movapsWpsVps);
        b.row("66 0F 2B mem", "movntpd Mpd,Vpd", SseMoveSem.movapsWpsVps);
        b.row("NP 0F 50 reg", "movmskps Gy,Ups", SseMoveSem.movmskpsGyUps);
        b.row("66 0F 50 reg", "movmskpd Gy,Upd", SseMoveSem.movmskpdGyUpd);
    }

    private static void arithmetic(OpcodeTable.Builder b) {
        b.row("NP 0F 51", "sqrtps Vps,Wps", SseFloatSem.sqrtpsVpsWps);
        b.row("66 0F 51", "sqrtpd Vpd,Wpd", SseFloatSem.sqrtpdVpdWpd);
        b.row("F3 0F 51", "sqrtss Vss,Wss", SseFloatSem.sqrtssVssWss);
        b.row("F2 0F 51", "sqrtsd Vsd,Wsd", SseFloatSem.sqrtsdVsdWsd);
        b.row("NP 0F 52", "rsqrtps Vps,Wps", SseFloatSem.rsqrtpsVpsWps);
        b.row("F3 0F 52", "rsqrtss Vss,Wss", SseFloatSem.rsqrtssVssWss);
        b.row("NP 0F 53", "rcpps Vps,Wps", SseFloatSem.rcppsVpsWps);
        b.row("F3 0F 53", "rcpss Vss,Wss", SseFloatSem.rcpssVssWss);
        b.row("NP 0F 54", "andps Vps,Wps", SseIntSem.pandVxWx);
        b.row("66 0F 54", "andpd Vpd,Wpd", SseIntSem.pandVxWx);
        b.row("NP 0F 55", "andnps Vps,Wps", SseIntSem.pandnVxWx);
        b.row("66 0F 55", "andnpd Vpd,Wpd", SseIntSem.pandnVxWx);
        b.row("NP 0F 56", "orps Vps,Wps", SseIntSem.porVxWx);
        b.row("66 0F 56", "orpd Vpd,Wpd", SseIntSem.porVxWx);
        b.row("NP 0F 57", "xorps Vps,Wps", SseIntSem.pxorVxWx);
        b.row("66 0F 57", "xorpd Vpd,Wpd", SseIntSem.pxorVxWx);
        b.row("NP 0F 58", "addps Vps,Wps", SseFloatSem.addpsVpsWps);
        b.row("66 0F 58", "addpd Vpd,Wpd", SseFloatSem.addpdVpdWpd);
        b.row("F3 0F 58", "addss Vss,Wss", SseFloatSem.addssVssWss);
        b.row("F2 0F 58", "addsd Vsd,Wsd", SseFloatSem.addsdVsdWsd);
        b.row("NP 0F 59", "mulps Vps,Wps", SseFloatSem.mulpsVpsWps);
        b.row("66 0F 59", "mulpd Vpd,Wpd", SseFloatSem.mulpdVpdWpd);
        b.row("F3 0F 59", "mulss Vss,Wss", SseFloatSem.mulssVssWss);
        b.row("F2 0F 59", "mulsd Vsd,Wsd", SseFloatSem.mulsdVsdWsd);
        b.row("NP 0F 5C", "subps Vps,Wps", SseFloatSem.subpsVpsWps);
        b.row("66 0F 5C", "subpd Vpd,Wpd", SseFloatSem.subpdVpdWpd);
        b.row("F3 0F 5C", "subss Vss,Wss", SseFloatSem.subssVssWss);
        b.row("F2 0F 5C", "subsd Vsd,Wsd", SseFloatSem.subsdVsdWsd);
        b.row("NP 0F 5E", "divps Vps,Wps", SseFloatSem.divpsVpsWps);
        b.row("66 0F 5E", "divpd Vpd,Wpd", SseFloatSem.divpdVpdWpd);
        b.row("F3 0F 5E", "divss Vss,Wss", SseFloatSem.divssVssWss);
        b.row("F2 0F 5E", "divsd Vsd,Wsd", SseFloatSem.divsdVsdWsd);
    }

    private static void compares(OpcodeTable.Builder b) {
        b.row("NP 0F 5D", "minps Vps,Wps", SseCompareSem.minpsVpsWps);
        b.row("66 0F 5D", "minpd Vpd,Wpd", SseCompareSem.minpdVpdWpd);
        b.row("F3 0F 5D", "minss Vss,Wss", SseCompareSem.minssVssWss);
        b.row("F2 0F 5D", "minsd Vsd,Wsd", SseCompareSem.minsdVsdWsd);
        b.row("NP 0F 5F", "maxps Vps,Wps", SseCompareSem.maxpsVpsWps);
        b.row("66 0F 5F", "maxpd Vpd,Wpd", SseCompareSem.maxpdVpdWpd);
        b.row("F3 0F 5F", "maxss Vss,Wss", SseCompareSem.maxssVssWss);
        b.row("F2 0F 5F", "maxsd Vsd,Wsd", SseCompareSem.maxsdVsdWsd);
        b.row("NP 0F C2", "cmpps Vps,Wps,Ib", SseCompareSem.cmppsVpsWpsIb);
        b.row("66 0F C2", "cmppd Vpd,Wpd,Ib", SseCompareSem.cmppdVpdWpdIb);
        b.row("F3 0F C2", "cmpss Vss,Wss,Ib", SseCompareSem.cmpssVssWssIb);
        b.row("F2 0F C2", "cmpsd Vsd,Wsd,Ib", SseCompareSem.cmpsdVsdWsdIb);
        b.row("NP 0F 2E", "ucomiss Vss,Wss", SseCompareSem.ucomissVssWss).writes(Flags.OSZAPC);
        b.row("66 0F 2E", "ucomisd Vsd,Wsd", SseCompareSem.ucomisdVsdWsd).writes(Flags.OSZAPC);
        b.row("NP 0F 2F", "comiss Vss,Wss", SseCompareSem.comissVssWss).writes(Flags.OSZAPC);
        b.row("66 0F 2F", "comisd Vsd,Wsd", SseCompareSem.comisdVsdWsd).writes(Flags.OSZAPC);
    }

    private static void conversions(OpcodeTable.Builder b) {
        b.row("F3 0F 2A", "cvtsi2ss Vss,Ey", SseConvertSem.cvtsi2ssVssEy);
        b.row("F2 0F 2A", "cvtsi2sd Vsd,Ey", SseConvertSem.cvtsi2sdVsdEy);
        b.row("F3 0F 2C", "cvttss2si Gy,Wss", SseConvertSem.cvttss2siGyWss);
        b.row("F2 0F 2C", "cvttsd2si Gy,Wsd", SseConvertSem.cvttsd2siGyWsd);
        b.row("F3 0F 2D", "cvtss2si Gy,Wss", SseConvertSem.cvtss2siGyWss);
        b.row("F2 0F 2D", "cvtsd2si Gy,Wsd", SseConvertSem.cvtsd2siGyWsd);
        b.row("NP 0F 5A", "cvtps2pd Vpd,Wq", SseConvertSem.cvtps2pdVpdWq);
        b.row("66 0F 5A", "cvtpd2ps Vps,Wpd", SseConvertSem.cvtpd2psVpsWpd);
        b.row("F3 0F 5A", "cvtss2sd Vsd,Wss", SseConvertSem.cvtss2sdVsdWss);
        b.row("F2 0F 5A", "cvtsd2ss Vss,Wsd", SseConvertSem.cvtsd2ssVssWsd);
        b.row("NP 0F 5B", "cvtdq2ps Vps,Wdq", SseConvertSem.cvtdq2psVpsWdq);
        b.row("66 0F 5B", "cvtps2dq Vdq,Wps", SseConvertSem.cvtps2dqVdqWps);
        b.row("F3 0F 5B", "cvttps2dq Vdq,Wps", SseConvertSem.cvttps2dqVdqWps);
        b.row("66 0F E6", "cvttpd2dq Vdq,Wpd", SseConvertSem.cvttpd2dqVdqWpd);
        b.row("F2 0F E6", "cvtpd2dq Vdq,Wpd", SseConvertSem.cvtpd2dqVdqWpd);
        b.row("F3 0F E6", "cvtdq2pd Vpd,Wq", SseConvertSem.cvtdq2pdVpdWq);
    }

    private static void shuffles(OpcodeTable.Builder b) {
        b.row("NP 0F 14", "unpcklps Vps,Wps", SseShuffleSem.unpcklpsVpsWps);
        b.row("66 0F 14", "unpcklpd Vpd,Wpd", SseShuffleSem.unpcklpdVpdWpd);
        b.row("NP 0F 15", "unpckhps Vps,Wps", SseShuffleSem.unpckhpsVpsWps);
        b.row("66 0F 15", "unpckhpd Vpd,Wpd", SseShuffleSem.unpckhpdVpdWpd);
        b.row("NP 0F C6", "shufps Vps,Wps,Ib", SseShuffleSem.shufpsVpsWpsIb);
        b.row("66 0F C6", "shufpd Vpd,Wpd,Ib", SseShuffleSem.shufpdVpdWpdIb);
    }

    private static void state(OpcodeTable.Builder b) {
        b.row("NP 0F AE /0 mem", "fxsave Mx", SseStateSem.fxsaveM);
        b.row("NP 0F AE /1 mem", "fxrstor Mx", SseStateSem.fxrstorM);
        b.row("NP 0F AE /2 mem", "ldmxcsr Md", SseStateSem.ldmxcsrMd);
        b.row("NP 0F AE /3 mem", "stmxcsr Md", SseStateSem.stmxcsrMd);
    }
}
