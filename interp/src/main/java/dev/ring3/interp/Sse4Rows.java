package dev.ring3.interp;

/**
 * Opcode-table rows for SSE3, SSSE3 and SSE4.1 on XMM registers (SDM Vol. 2 Appendix A: the
 * 0F D0/7C/7D/12/16/F0 rows with F2/F3/66, and the 66-prefixed three-byte maps 0F 38 and 0F 3A).
 * Registered from {@link SseRows#register}. MONITOR/MWAIT stay undefined (CPUID does not
 * advertise them); FISTTP is an x87 row ({@link X87Rows}); the MMX forms of SSSE3 are absent.
 */
final class Sse4Rows {
    private Sse4Rows() {}

    static void register(OpcodeTable.Builder b) {
        sse3(b);
        ssse3(b);
        sse41Integer(b);
        sse41Blends(b);
        sse41Float(b);
        sse41Lanes(b);
    }

    private static void sse3(OpcodeTable.Builder b) {
        b.row("66 0F D0", "addsubpd Vpd,Wpd", SseHorizontalSem.addsubpdVpdWpd);
        b.row("F2 0F D0", "addsubps Vps,Wps", SseHorizontalSem.addsubpsVpsWps);
        b.row("66 0F 7C", "haddpd Vpd,Wpd", SseHorizontalSem.haddpdVpdWpd);
        b.row("F2 0F 7C", "haddps Vps,Wps", SseHorizontalSem.haddpsVpsWps);
        b.row("66 0F 7D", "hsubpd Vpd,Wpd", SseHorizontalSem.hsubpdVpdWpd);
        b.row("F2 0F 7D", "hsubps Vps,Wps", SseHorizontalSem.hsubpsVpsWps);
        b.row("F3 0F 12", "movsldup Vx,Wx", SseLanesSem.movsldupVxWx);
        b.row("F3 0F 16", "movshdup Vx,Wx", SseLanesSem.movshdupVxWx);
        b.row("F2 0F 12", "movddup Vx,Wq", SseLanesSem.movddupVxWq);
        b.row("F2 0F F0 mem", "lddqu Vx,Mx", SseMoveSem.movupsVpsWps);
    }

    private static void ssse3(OpcodeTable.Builder b) {
        b.row("66 0F 38 00", "pshufb Vx,Wx", Ssse3IntSem.pshufbVxWx);
        b.row("66 0F 38 01", "phaddw Vx,Wx", Ssse3IntSem.phaddwVxWx);
        b.row("66 0F 38 02", "phaddd Vx,Wx", Ssse3IntSem.phadddVxWx);
        b.row("66 0F 38 03", "phaddsw Vx,Wx", Ssse3IntSem.phaddswVxWx);
        b.row("66 0F 38 04", "pmaddubsw Vx,Wx", Ssse3IntSem.pmaddubswVxWx);
        b.row("66 0F 38 05", "phsubw Vx,Wx", Ssse3IntSem.phsubwVxWx);
        b.row("66 0F 38 06", "phsubd Vx,Wx", Ssse3IntSem.phsubdVxWx);
        b.row("66 0F 38 07", "phsubsw Vx,Wx", Ssse3IntSem.phsubswVxWx);
        b.row("66 0F 38 08", "psignb Vx,Wx", Ssse3IntSem.psignbVxWx);
        b.row("66 0F 38 09", "psignw Vx,Wx", Ssse3IntSem.psignwVxWx);
        b.row("66 0F 38 0A", "psignd Vx,Wx", Ssse3IntSem.psigndVxWx);
        b.row("66 0F 38 0B", "pmulhrsw Vx,Wx", Ssse3IntSem.pmulhrswVxWx);
        b.row("66 0F 38 1C", "pabsb Vx,Wx", Ssse3IntSem.pabsbVxWx);
        b.row("66 0F 38 1D", "pabsw Vx,Wx", Ssse3IntSem.pabswVxWx);
        b.row("66 0F 38 1E", "pabsd Vx,Wx", Ssse3IntSem.pabsdVxWx);
        b.row("66 0F 3A 0F", "palignr Vx,Wx,Ib", Ssse3IntSem.palignrVxWxIb);
    }

    private static void sse41Integer(OpcodeTable.Builder b) {
        b.row("66 0F 38 28", "pmuldq Vx,Wx", SseIntSem.pmuldqVxWx);
        b.row("66 0F 38 29", "pcmpeqq Vx,Wx", SseIntSem.pcmpeqqVxWx);
        b.row("66 0F 38 2B", "packusdw Vx,Wx", SseShuffleSem.packusdwVxWx);
        b.row("66 0F 38 38", "pminsb Vx,Wx", SseIntSem.pminsbVxWx);
        b.row("66 0F 38 39", "pminsd Vx,Wx", SseIntSem.pminsdVxWx);
        b.row("66 0F 38 3A", "pminuw Vx,Wx", SseIntSem.pminuwVxWx);
        b.row("66 0F 38 3B", "pminud Vx,Wx", SseIntSem.pminudVxWx);
        b.row("66 0F 38 3C", "pmaxsb Vx,Wx", SseIntSem.pmaxsbVxWx);
        b.row("66 0F 38 3D", "pmaxsd Vx,Wx", SseIntSem.pmaxsdVxWx);
        b.row("66 0F 38 3E", "pmaxuw Vx,Wx", SseIntSem.pmaxuwVxWx);
        b.row("66 0F 38 3F", "pmaxud Vx,Wx", SseIntSem.pmaxudVxWx);
        b.row("66 0F 38 40", "pmulld Vx,Wx", SseIntSem.pmulldVxWx);
        b.row("66 0F 38 41", "phminposuw Vdq,Wdq", Sse41IntSem.phminposuwVdqWdq);
        b.row("66 0F 38 17", "ptest Vx,Wx", Sse41IntSem.ptestVxWx).writes(Flags.OSZAPC);
        b.row("66 0F 38 20", "pmovsxbw Vx,Wq", Sse41IntSem.pmovsxbwVxWq);
        b.row("66 0F 38 21", "pmovsxbd Vx,Wd", Sse41IntSem.pmovsxbdVxWd);
        b.row("66 0F 38 22", "pmovsxbq Vx,Ww", Sse41IntSem.pmovsxbqVxWw);
        b.row("66 0F 38 23", "pmovsxwd Vx,Wq", Sse41IntSem.pmovsxwdVxWq);
        b.row("66 0F 38 24", "pmovsxwq Vx,Wd", Sse41IntSem.pmovsxwqVxWd);
        b.row("66 0F 38 25", "pmovsxdq Vx,Wq", Sse41IntSem.pmovsxdqVxWq);
        b.row("66 0F 38 30", "pmovzxbw Vx,Wq", Sse41IntSem.pmovzxbwVxWq);
        b.row("66 0F 38 31", "pmovzxbd Vx,Wd", Sse41IntSem.pmovzxbdVxWd);
        b.row("66 0F 38 32", "pmovzxbq Vx,Ww", Sse41IntSem.pmovzxbqVxWw);
        b.row("66 0F 38 33", "pmovzxwd Vx,Wq", Sse41IntSem.pmovzxwdVxWq);
        b.row("66 0F 38 34", "pmovzxwq Vx,Wd", Sse41IntSem.pmovzxwqVxWd);
        b.row("66 0F 38 35", "pmovzxdq Vx,Wq", Sse41IntSem.pmovzxdqVxWq);
        b.row("66 0F 3A 42", "mpsadbw Vx,Wx,Ib", Sse41IntSem.mpsadbwVxWxIb);
    }

    private static void sse41Blends(OpcodeTable.Builder b) {
        b.row("66 0F 38 10", "pblendvb Vx,Wx,XMM0", Sse41IntSem.pblendvbVxWx);
        b.row("66 0F 38 14", "blendvps Vx,Wx,XMM0", Sse41IntSem.blendvpsVxWx);
        b.row("66 0F 38 15", "blendvpd Vx,Wx,XMM0", Sse41IntSem.blendvpdVxWx);
        b.row("66 0F 3A 0C", "blendps Vx,Wx,Ib", Sse41IntSem.blendpsVxWxIb);
        b.row("66 0F 3A 0D", "blendpd Vx,Wx,Ib", Sse41IntSem.blendpdVxWxIb);
        b.row("66 0F 3A 0E", "pblendw Vx,Wx,Ib", Sse41IntSem.pblendwVxWxIb);
    }

    private static void sse41Float(OpcodeTable.Builder b) {
        b.row("66 0F 3A 08", "roundps Vx,Wx,Ib", SseRoundSem.roundpsVxWxIb);
        b.row("66 0F 3A 09", "roundpd Vx,Wx,Ib", SseRoundSem.roundpdVxWxIb);
        b.row("66 0F 3A 0A", "roundss Vss,Wss,Ib", SseRoundSem.roundssVssWssIb);
        b.row("66 0F 3A 0B", "roundsd Vsd,Wsd,Ib", SseRoundSem.roundsdVsdWsdIb);
        b.row("66 0F 3A 40", "dpps Vx,Wx,Ib", SseHorizontalSem.dppsVxWxIb);
        b.row("66 0F 3A 41", "dppd Vx,Wx,Ib", SseHorizontalSem.dppdVxWxIb);
    }

    private static void sse41Lanes(OpcodeTable.Builder b) {
        b.row("66 0F 38 2A mem", "movntdqa Vx,Mx", SseMoveSem.movapsVpsWps);
        b.row("66 0F 3A 14", "pextrb Ed,Vdq,Ib", SseLanesSem.pextrbEdVdqIb);
        b.row("66 0F 3A 15", "pextrw Ed,Vdq,Ib", SseLanesSem.pextrwEdVdqIb);
        b.row("66 0F 3A 16 W0", "pextrd Ed,Vdq,Ib", SseLanesSem.pextrdEdVdqIb);
        b.row("66 0F 3A 16 W1", "pextrq Eq,Vdq,Ib", SseLanesSem.pextrqEqVdqIb);
        b.row("66 0F 3A 17", "extractps Ed,Vdq,Ib", SseLanesSem.pextrdEdVdqIb);
        b.row("66 0F 3A 20", "pinsrb Vdq,Ed,Ib", SseLanesSem.pinsrbVdqEdIb);
        b.row("66 0F 3A 21", "insertps Vdq,Wd,Ib", SseLanesSem.insertpsVdqWdIb);
        b.row("66 0F 3A 22 W0", "pinsrd Vdq,Ed,Ib", SseLanesSem.pinsrdVdqEdIb);
        b.row("66 0F 3A 22 W1", "pinsrq Vdq,Eq,Ib", SseLanesSem.pinsrqVdqEqIb);
    }
}
