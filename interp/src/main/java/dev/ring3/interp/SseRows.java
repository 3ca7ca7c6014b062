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
        b.row("NP 0F 10", "movups Vps,Wps", SseMove::movupsVpsWps);
        b.row("66 0F 10", "movupd Vpd,Wpd", SseMove::movupsVpsWps);
        b.row("F3 0F 10", "movss Vss,Wss", SseMove::movssVssWss);
        b.row("F2 0F 10", "movsd Vsd,Wsd", SseMove::movsdVsdWsd);
        b.row("NP 0F 11", "movups Wps,Vps", SseMove::movupsWpsVps);
        b.row("66 0F 11", "movupd Wpd,Vpd", SseMove::movupsWpsVps);
        b.row("F3 0F 11", "movss Wss,Vss", SseMove::movssWssVss);
        b.row("F2 0F 11", "movsd Wsd,Vsd", SseMove::movsdWsdVsd);
        b.row("NP 0F 12 reg", "movhlps Vq,Uq", SseMove::movhlpsVqUq);
        b.row("NP 0F 12 mem", "movlps Vq,Mq", SseMove::movlpsVqMq);
        b.row("66 0F 12 mem", "movlpd Vq,Mq", SseMove::movlpsVqMq);
        b.row("NP 0F 13 mem", "movlps Mq,Vq", SseMove::movsdWsdVsd);
        b.row("66 0F 13 mem", "movlpd Mq,Vq", SseMove::movsdWsdVsd);
        b.row("NP 0F 16 reg", "movlhps Vq,Uq", SseMove::movlhpsVqUq);
        b.row("NP 0F 16 mem", "movhps Vq,Mq", SseMove::movhpsVqMq);
        b.row("66 0F 16 mem", "movhpd Vq,Mq", SseMove::movhpsVqMq);
        b.row("NP 0F 17 mem", "movhps Mq,Vq", SseMove::movhpsMqVq);
        b.row("66 0F 17 mem", "movhpd Mq,Vq", SseMove::movhpsMqVq);
        b.row("NP 0F 28", "movaps Vps,Wps", SseMove::movapsVpsWps);
        b.row("66 0F 28", "movapd Vpd,Wpd", SseMove::movapsVpsWps);
        b.row("NP 0F 29", "movaps Wps,Vps", SseMove::movapsWpsVps);
        b.row("66 0F 29", "movapd Wpd,Vpd", SseMove::movapsWpsVps);
        b.row("NP 0F 2B mem", "movntps Mps,Vps", SseMove::movapsWpsVps);
        b.row("66 0F 2B mem", "movntpd Mpd,Vpd", SseMove::movapsWpsVps);
        b.row("NP 0F 50 reg", "movmskps Gy,Ups", SseMove::movmskpsGyUps);
        b.row("66 0F 50 reg", "movmskpd Gy,Upd", SseMove::movmskpdGyUpd);
    }

    private static void arithmetic(OpcodeTable.Builder b) {
        b.row("NP 0F 51", "sqrtps Vps,Wps", SseFloat::sqrtpsVpsWps);
        b.row("66 0F 51", "sqrtpd Vpd,Wpd", SseFloat::sqrtpdVpdWpd);
        b.row("F3 0F 51", "sqrtss Vss,Wss", SseFloat::sqrtssVssWss);
        b.row("F2 0F 51", "sqrtsd Vsd,Wsd", SseFloat::sqrtsdVsdWsd);
        b.row("NP 0F 52", "rsqrtps Vps,Wps", SseFloat::rsqrtpsVpsWps);
        b.row("F3 0F 52", "rsqrtss Vss,Wss", SseFloat::rsqrtssVssWss);
        b.row("NP 0F 53", "rcpps Vps,Wps", SseFloat::rcppsVpsWps);
        b.row("F3 0F 53", "rcpss Vss,Wss", SseFloat::rcpssVssWss);
        b.row("NP 0F 54", "andps Vps,Wps", SseInt::pandVxWx);
        b.row("66 0F 54", "andpd Vpd,Wpd", SseInt::pandVxWx);
        b.row("NP 0F 55", "andnps Vps,Wps", SseInt::pandnVxWx);
        b.row("66 0F 55", "andnpd Vpd,Wpd", SseInt::pandnVxWx);
        b.row("NP 0F 56", "orps Vps,Wps", SseInt::porVxWx);
        b.row("66 0F 56", "orpd Vpd,Wpd", SseInt::porVxWx);
        b.row("NP 0F 57", "xorps Vps,Wps", SseInt::pxorVxWx);
        b.row("66 0F 57", "xorpd Vpd,Wpd", SseInt::pxorVxWx);
        b.row("NP 0F 58", "addps Vps,Wps", SseFloat::addpsVpsWps);
        b.row("66 0F 58", "addpd Vpd,Wpd", SseFloat::addpdVpdWpd);
        b.row("F3 0F 58", "addss Vss,Wss", SseFloat::addssVssWss);
        b.row("F2 0F 58", "addsd Vsd,Wsd", SseFloat::addsdVsdWsd);
        b.row("NP 0F 59", "mulps Vps,Wps", SseFloat::mulpsVpsWps);
        b.row("66 0F 59", "mulpd Vpd,Wpd", SseFloat::mulpdVpdWpd);
        b.row("F3 0F 59", "mulss Vss,Wss", SseFloat::mulssVssWss);
        b.row("F2 0F 59", "mulsd Vsd,Wsd", SseFloat::mulsdVsdWsd);
        b.row("NP 0F 5C", "subps Vps,Wps", SseFloat::subpsVpsWps);
        b.row("66 0F 5C", "subpd Vpd,Wpd", SseFloat::subpdVpdWpd);
        b.row("F3 0F 5C", "subss Vss,Wss", SseFloat::subssVssWss);
        b.row("F2 0F 5C", "subsd Vsd,Wsd", SseFloat::subsdVsdWsd);
        b.row("NP 0F 5E", "divps Vps,Wps", SseFloat::divpsVpsWps);
        b.row("66 0F 5E", "divpd Vpd,Wpd", SseFloat::divpdVpdWpd);
        b.row("F3 0F 5E", "divss Vss,Wss", SseFloat::divssVssWss);
        b.row("F2 0F 5E", "divsd Vsd,Wsd", SseFloat::divsdVsdWsd);
    }

    private static void compares(OpcodeTable.Builder b) {
        b.row("NP 0F 5D", "minps Vps,Wps", SseCompare::minpsVpsWps);
        b.row("66 0F 5D", "minpd Vpd,Wpd", SseCompare::minpdVpdWpd);
        b.row("F3 0F 5D", "minss Vss,Wss", SseCompare::minssVssWss);
        b.row("F2 0F 5D", "minsd Vsd,Wsd", SseCompare::minsdVsdWsd);
        b.row("NP 0F 5F", "maxps Vps,Wps", SseCompare::maxpsVpsWps);
        b.row("66 0F 5F", "maxpd Vpd,Wpd", SseCompare::maxpdVpdWpd);
        b.row("F3 0F 5F", "maxss Vss,Wss", SseCompare::maxssVssWss);
        b.row("F2 0F 5F", "maxsd Vsd,Wsd", SseCompare::maxsdVsdWsd);
        b.row("NP 0F C2", "cmpps Vps,Wps,Ib", SseCompare::cmppsVpsWpsIb);
        b.row("66 0F C2", "cmppd Vpd,Wpd,Ib", SseCompare::cmppdVpdWpdIb);
        b.row("F3 0F C2", "cmpss Vss,Wss,Ib", SseCompare::cmpssVssWssIb);
        b.row("F2 0F C2", "cmpsd Vsd,Wsd,Ib", SseCompare::cmpsdVsdWsdIb);
        b.row("NP 0F 2E", "ucomiss Vss,Wss", SseCompare::ucomissVssWss).writes(Flags.OSZAPC);
        b.row("66 0F 2E", "ucomisd Vsd,Wsd", SseCompare::ucomisdVsdWsd).writes(Flags.OSZAPC);
        b.row("NP 0F 2F", "comiss Vss,Wss", SseCompare::comissVssWss).writes(Flags.OSZAPC);
        b.row("66 0F 2F", "comisd Vsd,Wsd", SseCompare::comisdVsdWsd).writes(Flags.OSZAPC);
    }

    private static void conversions(OpcodeTable.Builder b) {
        b.row("F3 0F 2A", "cvtsi2ss Vss,Ey", SseConvert::cvtsi2ssVssEy);
        b.row("F2 0F 2A", "cvtsi2sd Vsd,Ey", SseConvert::cvtsi2sdVsdEy);
        b.row("F3 0F 2C", "cvttss2si Gy,Wss", SseConvert::cvttss2siGyWss);
        b.row("F2 0F 2C", "cvttsd2si Gy,Wsd", SseConvert::cvttsd2siGyWsd);
        b.row("F3 0F 2D", "cvtss2si Gy,Wss", SseConvert::cvtss2siGyWss);
        b.row("F2 0F 2D", "cvtsd2si Gy,Wsd", SseConvert::cvtsd2siGyWsd);
        b.row("NP 0F 5A", "cvtps2pd Vpd,Wq", SseConvert::cvtps2pdVpdWq);
        b.row("66 0F 5A", "cvtpd2ps Vps,Wpd", SseConvert::cvtpd2psVpsWpd);
        b.row("F3 0F 5A", "cvtss2sd Vsd,Wss", SseConvert::cvtss2sdVsdWss);
        b.row("F2 0F 5A", "cvtsd2ss Vss,Wsd", SseConvert::cvtsd2ssVssWsd);
        b.row("NP 0F 5B", "cvtdq2ps Vps,Wdq", SseConvert::cvtdq2psVpsWdq);
        b.row("66 0F 5B", "cvtps2dq Vdq,Wps", SseConvert::cvtps2dqVdqWps);
        b.row("F3 0F 5B", "cvttps2dq Vdq,Wps", SseConvert::cvttps2dqVdqWps);
        b.row("66 0F E6", "cvttpd2dq Vdq,Wpd", SseConvert::cvttpd2dqVdqWpd);
        b.row("F2 0F E6", "cvtpd2dq Vdq,Wpd", SseConvert::cvtpd2dqVdqWpd);
        b.row("F3 0F E6", "cvtdq2pd Vpd,Wq", SseConvert::cvtdq2pdVpdWq);
    }

    private static void shuffles(OpcodeTable.Builder b) {
        b.row("NP 0F 14", "unpcklps Vps,Wps", SseShuffle::unpcklpsVpsWps);
        b.row("66 0F 14", "unpcklpd Vpd,Wpd", SseShuffle::unpcklpdVpdWpd);
        b.row("NP 0F 15", "unpckhps Vps,Wps", SseShuffle::unpckhpsVpsWps);
        b.row("66 0F 15", "unpckhpd Vpd,Wpd", SseShuffle::unpckhpdVpdWpd);
        b.row("NP 0F C6", "shufps Vps,Wps,Ib", SseShuffle::shufpsVpsWpsIb);
        b.row("66 0F C6", "shufpd Vpd,Wpd,Ib", SseShuffle::shufpdVpdWpdIb);
    }

    private static void state(OpcodeTable.Builder b) {
        b.row("NP 0F AE /0 mem", "fxsave Mx", SseState::fxsaveM);
        b.row("NP 0F AE /1 mem", "fxrstor Mx", SseState::fxrstorM);
        b.row("NP 0F AE /2 mem", "ldmxcsr Md", SseState::ldmxcsrMd);
        b.row("NP 0F AE /3 mem", "stmxcsr Md", SseState::stmxcsrMd);
    }
}
