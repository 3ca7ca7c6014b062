package dev.ring3.interp;

/**
 * Opcode-table rows for the MMX instructions on MMX registers (the 0F-map integer opcodes without
 * a mandatory prefix, SDM Vol. 2 Appendix A), with the SSE extensions to them (PSHUFW, PAVGB,
 * PMINUB ..., PINSRW, PEXTRW, PMOVMSKB, PSADBW, PMULHUW, MASKMOVQ, MOVNTQ), SSE2's PADDQ, PSUBQ
 * and PMULUDQ, SSSE3's (0F 38 00-1E, 0F 3A 0F), MOVQ2DQ/MOVDQ2Q and the conversions between MMX
 * and XMM registers. Semantics in {@link Mmx}, {@link MmxInt} and {@link MmxConvert}.
 */
final class MmxRows {
    private MmxRows() {}

    static void register(OpcodeTable.Builder b) {
        moves(b);
        arithmetic(b);
        shuffles(b);
        shifts(b);
        ssse3(b);
        conversions(b);
    }

    private static void moves(OpcodeTable.Builder b) {
        b.row("NP 0F 6E W0", "movd Pq,Ed", Mmx::movdPqEy);
        b.row("NP 0F 6E W1", "movq Pq,Eq", Mmx::movdPqEy);
        b.row("NP 0F 7E W0", "movd Ed,Pq", Mmx::movdEyPq);
        b.row("NP 0F 7E W1", "movq Eq,Pq", Mmx::movdEyPq);
        b.row("NP 0F 6F", "movq Pq,Qq", Mmx::movqPqQq);
        b.row("NP 0F 7F", "movq Qq,Pq", Mmx::movqQqPq);
        b.row("NP 0F E7 mem", "movntq Mq,Pq", Mmx::movqQqPq);
        b.row("NP 0F F7 reg", "maskmovq Pq,Nq", Mmx::maskmovqPqNq).implicit(Cpu.RDI);
        b.row("NP 0F D7 reg", "pmovmskb Gd,Nq", Mmx::pmovmskbGdNq);
        b.row("NP 0F C4", "pinsrw Pq,Ew,Ib", Mmx::pinsrwPqEwIb);
        b.row("NP 0F C5 reg", "pextrw Gd,Nq,Ib", Mmx::pextrwGdNqIb);
        b.row("F3 0F D6 reg", "movq2dq Vdq,Nq", Mmx::movq2dqVdqNq);
        b.row("F2 0F D6 reg", "movdq2q Pq,Uq", Mmx::movdq2qPqUq);
        b.row("NP 0F 77", "emms", Mmx::emms);
    }

    private static void arithmetic(OpcodeTable.Builder b) {
        b.row("NP 0F FC", "paddb Pq,Qq", MmxInt::paddbPqQq);
        b.row("NP 0F FD", "paddw Pq,Qq", MmxInt::paddwPqQq);
        b.row("NP 0F FE", "paddd Pq,Qq", MmxInt::padddPqQq);
        b.row("NP 0F D4", "paddq Pq,Qq", MmxInt::paddqPqQq);
        b.row("NP 0F F8", "psubb Pq,Qq", MmxInt::psubbPqQq);
        b.row("NP 0F F9", "psubw Pq,Qq", MmxInt::psubwPqQq);
        b.row("NP 0F FA", "psubd Pq,Qq", MmxInt::psubdPqQq);
        b.row("NP 0F FB", "psubq Pq,Qq", MmxInt::psubqPqQq);
        b.row("NP 0F EC", "paddsb Pq,Qq", MmxInt::paddsbPqQq);
        b.row("NP 0F ED", "paddsw Pq,Qq", MmxInt::paddswPqQq);
        b.row("NP 0F DC", "paddusb Pq,Qq", MmxInt::paddusbPqQq);
        b.row("NP 0F DD", "paddusw Pq,Qq", MmxInt::padduswPqQq);
        b.row("NP 0F E8", "psubsb Pq,Qq", MmxInt::psubsbPqQq);
        b.row("NP 0F E9", "psubsw Pq,Qq", MmxInt::psubswPqQq);
        b.row("NP 0F D8", "psubusb Pq,Qq", MmxInt::psubusbPqQq);
        b.row("NP 0F D9", "psubusw Pq,Qq", MmxInt::psubuswPqQq);
        b.row("NP 0F D5", "pmullw Pq,Qq", MmxInt::pmullwPqQq);
        b.row("NP 0F E5", "pmulhw Pq,Qq", MmxInt::pmulhwPqQq);
        b.row("NP 0F E4", "pmulhuw Pq,Qq", MmxInt::pmulhuwPqQq);
        b.row("NP 0F F4", "pmuludq Pq,Qq", MmxInt::pmuludqPqQq);
        b.row("NP 0F F5", "pmaddwd Pq,Qq", MmxInt::pmaddwdPqQq);
        b.row("NP 0F E0", "pavgb Pq,Qq", MmxInt::pavgbPqQq);
        b.row("NP 0F E3", "pavgw Pq,Qq", MmxInt::pavgwPqQq);
        b.row("NP 0F DA", "pminub Pq,Qq", MmxInt::pminubPqQq);
        b.row("NP 0F DE", "pmaxub Pq,Qq", MmxInt::pmaxubPqQq);
        b.row("NP 0F EA", "pminsw Pq,Qq", MmxInt::pminswPqQq);
        b.row("NP 0F EE", "pmaxsw Pq,Qq", MmxInt::pmaxswPqQq);
        b.row("NP 0F F6", "psadbw Pq,Qq", MmxInt::psadbwPqQq);
        b.row("NP 0F 74", "pcmpeqb Pq,Qq", MmxInt::pcmpeqbPqQq);
        b.row("NP 0F 75", "pcmpeqw Pq,Qq", MmxInt::pcmpeqwPqQq);
        b.row("NP 0F 76", "pcmpeqd Pq,Qq", MmxInt::pcmpeqdPqQq);
        b.row("NP 0F 64", "pcmpgtb Pq,Qq", MmxInt::pcmpgtbPqQq);
        b.row("NP 0F 65", "pcmpgtw Pq,Qq", MmxInt::pcmpgtwPqQq);
        b.row("NP 0F 66", "pcmpgtd Pq,Qq", MmxInt::pcmpgtdPqQq);
        b.row("NP 0F DB", "pand Pq,Qq", MmxInt::pandPqQq);
        b.row("NP 0F DF", "pandn Pq,Qq", MmxInt::pandnPqQq);
        b.row("NP 0F EB", "por Pq,Qq", MmxInt::porPqQq);
        b.row("NP 0F EF", "pxor Pq,Qq", MmxInt::pxorPqQq);
    }

    private static void shuffles(OpcodeTable.Builder b) {
        b.row("NP 0F 60", "punpcklbw Pq,Qd", Mmx::punpcklbwPqQd);
        b.row("NP 0F 61", "punpcklwd Pq,Qd", Mmx::punpcklwdPqQd);
        b.row("NP 0F 62", "punpckldq Pq,Qd", Mmx::punpckldqPqQd);
        b.row("NP 0F 68", "punpckhbw Pq,Qq", Mmx::punpckhbwPqQq);
        b.row("NP 0F 69", "punpckhwd Pq,Qq", Mmx::punpckhwdPqQq);
        b.row("NP 0F 6A", "punpckhdq Pq,Qq", Mmx::punpckhdqPqQq);
        b.row("NP 0F 63", "packsswb Pq,Qq", Mmx::packsswbPqQq);
        b.row("NP 0F 6B", "packssdw Pq,Qq", Mmx::packssdwPqQq);
        b.row("NP 0F 67", "packuswb Pq,Qq", Mmx::packuswbPqQq);
        b.row("NP 0F 70", "pshufw Pq,Qq,Ib", Mmx::pshufwPqQqIb);
    }

    private static void shifts(OpcodeTable.Builder b) {
        b.row("NP 0F D1", "psrlw Pq,Qq", Mmx::psrlwPqQq);
        b.row("NP 0F D2", "psrld Pq,Qq", Mmx::psrldPqQq);
        b.row("NP 0F D3", "psrlq Pq,Qq", Mmx::psrlqPqQq);
        b.row("NP 0F E1", "psraw Pq,Qq", Mmx::psrawPqQq);
        b.row("NP 0F E2", "psrad Pq,Qq", Mmx::psradPqQq);
        b.row("NP 0F F1", "psllw Pq,Qq", Mmx::psllwPqQq);
        b.row("NP 0F F2", "pslld Pq,Qq", Mmx::pslldPqQq);
        b.row("NP 0F F3", "psllq Pq,Qq", Mmx::psllqPqQq);
        b.row("NP 0F 71 /2 reg", "psrlw Nq,Ib", Mmx::psrlwNqIb);
        b.row("NP 0F 71 /4 reg", "psraw Nq,Ib", Mmx::psrawNqIb);
        b.row("NP 0F 71 /6 reg", "psllw Nq,Ib", Mmx::psllwNqIb);
        b.row("NP 0F 72 /2 reg", "psrld Nq,Ib", Mmx::psrldNqIb);
        b.row("NP 0F 72 /4 reg", "psrad Nq,Ib", Mmx::psradNqIb);
        b.row("NP 0F 72 /6 reg", "pslld Nq,Ib", Mmx::pslldNqIb);
        b.row("NP 0F 73 /2 reg", "psrlq Nq,Ib", Mmx::psrlqNqIb);
        b.row("NP 0F 73 /6 reg", "psllq Nq,Ib", Mmx::psllqNqIb);
    }

    private static void ssse3(OpcodeTable.Builder b) {
        b.row("NP 0F 38 00", "pshufb Pq,Qq", Mmx::pshufbPqQq);
        b.row("NP 0F 38 01", "phaddw Pq,Qq", Mmx::phaddwPqQq);
        b.row("NP 0F 38 02", "phaddd Pq,Qq", Mmx::phadddPqQq);
        b.row("NP 0F 38 03", "phaddsw Pq,Qq", Mmx::phaddswPqQq);
        b.row("NP 0F 38 04", "pmaddubsw Pq,Qq", MmxInt::pmaddubswPqQq);
        b.row("NP 0F 38 05", "phsubw Pq,Qq", Mmx::phsubwPqQq);
        b.row("NP 0F 38 06", "phsubd Pq,Qq", Mmx::phsubdPqQq);
        b.row("NP 0F 38 07", "phsubsw Pq,Qq", Mmx::phsubswPqQq);
        b.row("NP 0F 38 08", "psignb Pq,Qq", MmxInt::psignbPqQq);
        b.row("NP 0F 38 09", "psignw Pq,Qq", MmxInt::psignwPqQq);
        b.row("NP 0F 38 0A", "psignd Pq,Qq", MmxInt::psigndPqQq);
        b.row("NP 0F 38 0B", "pmulhrsw Pq,Qq", MmxInt::pmulhrswPqQq);
        b.row("NP 0F 38 1C", "pabsb Pq,Qq", MmxInt::pabsbPqQq);
        b.row("NP 0F 38 1D", "pabsw Pq,Qq", MmxInt::pabswPqQq);
        b.row("NP 0F 38 1E", "pabsd Pq,Qq", MmxInt::pabsdPqQq);
        b.row("NP 0F 3A 0F", "palignr Pq,Qq,Ib", Mmx::palignrPqQqIb);
    }

    private static void conversions(OpcodeTable.Builder b) {
        b.row("NP 0F 2A", "cvtpi2ps Vps,Qpi", MmxConvert::cvtpi2psVpsQpi);
        b.row("66 0F 2A", "cvtpi2pd Vpd,Qpi", MmxConvert::cvtpi2pdVpdQpi);
        b.row("NP 0F 2D", "cvtps2pi Ppi,Wps", MmxConvert::cvtps2piPpiWps);
        b.row("66 0F 2D", "cvtpd2pi Ppi,Wpd", MmxConvert::cvtpd2piPpiWpd);
        b.row("NP 0F 2C", "cvttps2pi Ppi,Wps", MmxConvert::cvttps2piPpiWps);
        b.row("66 0F 2C", "cvttpd2pi Ppi,Wpd", MmxConvert::cvttpd2piPpiWpd);
    }
}
