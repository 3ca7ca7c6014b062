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
        b.row("NP 0F 6E W0", "movd Pq,Ed", MmxSem.movdPqEy);
        b.row("NP 0F 6E W1", "movq Pq,Eq", MmxSem.movdPqEy);
        b.row("NP 0F 7E W0", "movd Ed,Pq", MmxSem.movdEyPq);
        b.row("NP 0F 7E W1", "movq Eq,Pq", MmxSem.movdEyPq);
        b.row("NP 0F 6F", "movq Pq,Qq", MmxSem.movqPqQq);
        b.row("NP 0F 7F", "movq Qq,Pq", MmxSem.movqQqPq);
        b.row("NP 0F E7 mem", "movntq Mq,Pq", MmxSem.movqQqPq);
        b.row("NP 0F F7 reg", "maskmovq Pq,Nq", MmxSem.maskmovqPqNq).implicit(Cpu.RDI);
        b.row("NP 0F D7 reg", "pmovmskb Gd,Nq", MmxSem.pmovmskbGdNq);
        b.row("NP 0F C4", "pinsrw Pq,Ew,Ib", MmxSem.pinsrwPqEwIb);
        b.row("NP 0F C5 reg", "pextrw Gd,Nq,Ib", MmxSem.pextrwGdNqIb);
        b.row("F3 0F D6 reg", "movq2dq Vdq,Nq", MmxSem.movq2dqVdqNq);
        b.row("F2 0F D6 reg", "movdq2q Pq,Uq", MmxSem.movdq2qPqUq);
        b.row("NP 0F 77", "emms", MmxSem.emms);
    }

    private static void arithmetic(OpcodeTable.Builder b) {
        b.row("NP 0F FC", "paddb Pq,Qq", MmxIntSem.paddbPqQq);
        b.row("NP 0F FD", "paddw Pq,Qq", MmxIntSem.paddwPqQq);
        b.row("NP 0F FE", "paddd Pq,Qq", MmxIntSem.padddPqQq);
        b.row("NP 0F D4", "paddq Pq,Qq", MmxIntSem.paddqPqQq);
        b.row("NP 0F F8", "psubb Pq,Qq", MmxIntSem.psubbPqQq);
        b.row("NP 0F F9", "psubw Pq,Qq", MmxIntSem.psubwPqQq);
        b.row("NP 0F FA", "psubd Pq,Qq", MmxIntSem.psubdPqQq);
        b.row("NP 0F FB", "psubq Pq,Qq", MmxIntSem.psubqPqQq);
        b.row("NP 0F EC", "paddsb Pq,Qq", MmxIntSem.paddsbPqQq);
        b.row("NP 0F ED", "paddsw Pq,Qq", MmxIntSem.paddswPqQq);
        b.row("NP 0F DC", "paddusb Pq,Qq", MmxIntSem.paddusbPqQq);
        b.row("NP 0F DD", "paddusw Pq,Qq", MmxIntSem.padduswPqQq);
        b.row("NP 0F E8", "psubsb Pq,Qq", MmxIntSem.psubsbPqQq);
        b.row("NP 0F E9", "psubsw Pq,Qq", MmxIntSem.psubswPqQq);
        b.row("NP 0F D8", "psubusb Pq,Qq", MmxIntSem.psubusbPqQq);
        b.row("NP 0F D9", "psubusw Pq,Qq", MmxIntSem.psubuswPqQq);
        b.row("NP 0F D5", "pmullw Pq,Qq", MmxIntSem.pmullwPqQq);
        b.row("NP 0F E5", "pmulhw Pq,Qq", MmxIntSem.pmulhwPqQq);
        b.row("NP 0F E4", "pmulhuw Pq,Qq", MmxIntSem.pmulhuwPqQq);
        b.row("NP 0F F4", "pmuludq Pq,Qq", MmxIntSem.pmuludqPqQq);
        b.row("NP 0F F5", "pmaddwd Pq,Qq", MmxIntSem.pmaddwdPqQq);
        b.row("NP 0F E0", "pavgb Pq,Qq", MmxIntSem.pavgbPqQq);
        b.row("NP 0F E3", "pavgw Pq,Qq", MmxIntSem.pavgwPqQq);
        b.row("NP 0F DA", "pminub Pq,Qq", MmxIntSem.pminubPqQq);
        b.row("NP 0F DE", "pmaxub Pq,Qq", MmxIntSem.pmaxubPqQq);
        b.row("NP 0F EA", "pminsw Pq,Qq", MmxIntSem.pminswPqQq);
        b.row("NP 0F EE", "pmaxsw Pq,Qq", MmxIntSem.pmaxswPqQq);
        b.row("NP 0F F6", "psadbw Pq,Qq", MmxIntSem.psadbwPqQq);
        b.row("NP 0F 74", "pcmpeqb Pq,Qq", MmxIntSem.pcmpeqbPqQq);
        b.row("NP 0F 75", "pcmpeqw Pq,Qq", MmxIntSem.pcmpeqwPqQq);
        b.row("NP 0F 76", "pcmpeqd Pq,Qq", MmxIntSem.pcmpeqdPqQq);
        b.row("NP 0F 64", "pcmpgtb Pq,Qq", MmxIntSem.pcmpgtbPqQq);
        b.row("NP 0F 65", "pcmpgtw Pq,Qq", MmxIntSem.pcmpgtwPqQq);
        b.row("NP 0F 66", "pcmpgtd Pq,Qq", MmxIntSem.pcmpgtdPqQq);
        b.row("NP 0F DB", "pand Pq,Qq", MmxIntSem.pandPqQq);
        b.row("NP 0F DF", "pandn Pq,Qq", MmxIntSem.pandnPqQq);
        b.row("NP 0F EB", "por Pq,Qq", MmxIntSem.porPqQq);
        b.row("NP 0F EF", "pxor Pq,Qq", MmxIntSem.pxorPqQq);
    }

    private static void shuffles(OpcodeTable.Builder b) {
        b.row("NP 0F 60", "punpcklbw Pq,Qd", MmxSem.punpcklbwPqQd);
        b.row("NP 0F 61", "punpcklwd Pq,Qd", MmxSem.punpcklwdPqQd);
        b.row("NP 0F 62", "punpckldq Pq,Qd", MmxSem.punpckldqPqQd);
        b.row("NP 0F 68", "punpckhbw Pq,Qq", MmxSem.punpckhbwPqQq);
        b.row("NP 0F 69", "punpckhwd Pq,Qq", MmxSem.punpckhwdPqQq);
        b.row("NP 0F 6A", "punpckhdq Pq,Qq", MmxSem.punpckhdqPqQq);
        b.row("NP 0F 63", "packsswb Pq,Qq", MmxSem.packsswbPqQq);
        b.row("NP 0F 6B", "packssdw Pq,Qq", MmxSem.packssdwPqQq);
        b.row("NP 0F 67", "packuswb Pq,Qq", MmxSem.packuswbPqQq);
        b.row("NP 0F 70", "pshufw Pq,Qq,Ib", MmxSem.pshufwPqQqIb);
    }

    private static void shifts(OpcodeTable.Builder b) {
        b.row("NP 0F D1", "psrlw Pq,Qq", MmxSem.psrlwPqQq);
        b.row("NP 0F D2", "psrld Pq,Qq", MmxSem.psrldPqQq);
        b.row("NP 0F D3", "psrlq Pq,Qq", MmxSem.psrlqPqQq);
        b.row("NP 0F E1", "psraw Pq,Qq", MmxSem.psrawPqQq);
        b.row("NP 0F E2", "psrad Pq,Qq", MmxSem.psradPqQq);
        b.row("NP 0F F1", "psllw Pq,Qq", MmxSem.psllwPqQq);
        b.row("NP 0F F2", "pslld Pq,Qq", MmxSem.pslldPqQq);
        b.row("NP 0F F3", "psllq Pq,Qq", MmxSem.psllqPqQq);
        b.row("NP 0F 71 /2 reg", "psrlw Nq,Ib", MmxSem.psrlwNqIb);
        b.row("NP 0F 71 /4 reg", "psraw Nq,Ib", MmxSem.psrawNqIb);
        b.row("NP 0F 71 /6 reg", "psllw Nq,Ib", MmxSem.psllwNqIb);
        b.row("NP 0F 72 /2 reg", "psrld Nq,Ib", MmxSem.psrldNqIb);
        b.row("NP 0F 72 /4 reg", "psrad Nq,Ib", MmxSem.psradNqIb);
        b.row("NP 0F 72 /6 reg", "pslld Nq,Ib", MmxSem.pslldNqIb);
        b.row("NP 0F 73 /2 reg", "psrlq Nq,Ib", MmxSem.psrlqNqIb);
        b.row("NP 0F 73 /6 reg", "psllq Nq,Ib", MmxSem.psllqNqIb);
    }

    private static void ssse3(OpcodeTable.Builder b) {
        b.row("NP 0F 38 00", "pshufb Pq,Qq", MmxSem.pshufbPqQq);
        b.row("NP 0F 38 01", "phaddw Pq,Qq", MmxSem.phaddwPqQq);
        b.row("NP 0F 38 02", "phaddd Pq,Qq", MmxSem.phadddPqQq);
        b.row("NP 0F 38 03", "phaddsw Pq,Qq", MmxSem.phaddswPqQq);
        b.row("NP 0F 38 04", "pmaddubsw Pq,Qq", MmxIntSem.pmaddubswPqQq);
        b.row("NP 0F 38 05", "phsubw Pq,Qq", MmxSem.phsubwPqQq);
        b.row("NP 0F 38 06", "phsubd Pq,Qq", MmxSem.phsubdPqQq);
        b.row("NP 0F 38 07", "phsubsw Pq,Qq", MmxSem.phsubswPqQq);
        b.row("NP 0F 38 08", "psignb Pq,Qq", MmxIntSem.psignbPqQq);
        b.row("NP 0F 38 09", "psignw Pq,Qq", MmxIntSem.psignwPqQq);
        b.row("NP 0F 38 0A", "psignd Pq,Qq", MmxIntSem.psigndPqQq);
        b.row("NP 0F 38 0B", "pmulhrsw Pq,Qq", MmxIntSem.pmulhrswPqQq);
        b.row("NP 0F 38 1C", "pabsb Pq,Qq", MmxIntSem.pabsbPqQq);
        b.row("NP 0F 38 1D", "pabsw Pq,Qq", MmxIntSem.pabswPqQq);
        b.row("NP 0F 38 1E", "pabsd Pq,Qq", MmxIntSem.pabsdPqQq);
        b.row("NP 0F 3A 0F", "palignr Pq,Qq,Ib", MmxSem.palignrPqQqIb);
    }

    private static void conversions(OpcodeTable.Builder b) {
        b.row("NP 0F 2A", "cvtpi2ps Vps,Qpi", MmxConvertSem.cvtpi2psVpsQpi);
        b.row("66 0F 2A", "cvtpi2pd Vpd,Qpi", MmxConvertSem.cvtpi2pdVpdQpi);
        b.row("NP 0F 2D", "cvtps2pi Ppi,Wps", MmxConvertSem.cvtps2piPpiWps);
        b.row("66 0F 2D", "cvtpd2pi Ppi,Wpd", MmxConvertSem.cvtpd2piPpiWpd);
        b.row("NP 0F 2C", "cvttps2pi Ppi,Wps", MmxConvertSem.cvttps2piPpiWps);
        b.row("66 0F 2C", "cvttpd2pi Ppi,Wpd", MmxConvertSem.cvttpd2piPpiWpd);
    }
}
