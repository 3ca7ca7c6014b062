package dev.ring3.interp;

/**
 * Opcode-table rows for SSE4.2 (the PCMPxSTRx string comparisons, PCMPGTQ, CRC32), PCLMULQDQ and
 * AES-NI (SDM Vol. 2 Appendix A, three-byte maps 0F 38 and 0F 3A). POPCNT, which CPUID reports
 * beside SSE4.2, is with the bit instructions in {@link AluRows}.
 */
final class Sse42Rows {
    private Sse42Rows() {}

    static void register(OpcodeTable.Builder b) {
        b.row("66 0F 3A 60", "pcmpestrm Vdq,Wdq,Ib", SseStringSem.pcmpestrmVdqWdqIb).writes(Flags.OSZAPC)
                .implicit(Cpu.RAX, Cpu.RDX);
        b.row("66 0F 3A 61", "pcmpestri Vdq,Wdq,Ib", SseStringSem.pcmpestriVdqWdqIb).writes(Flags.OSZAPC)
                .implicit(Cpu.RAX, Cpu.RCX, Cpu.RDX);
        b.row("66 0F 3A 62", "pcmpistrm Vdq,Wdq,Ib", SseStringSem.pcmpistrmVdqWdqIb).writes(Flags.OSZAPC);
        b.row("66 0F 3A 63", "pcmpistri Vdq,Wdq,Ib", SseStringSem.pcmpistriVdqWdqIb).writes(Flags.OSZAPC).implicit(Cpu.RCX);
        b.row("66 0F 38 37", "pcmpgtq Vx,Wx", SseIntSem.pcmpgtqVxWx);
        b.row("F2 0F 38 F0", "crc32 Gy,Eb", Crc32Sem.crc32GyEb);
        b.row("F2 0F 38 F1", "crc32 Gy,Ev", Crc32Sem.crc32GyEv);

        b.row("66 0F 3A 44", "pclmulqdq Vdq,Wdq,Ib", ClmulSem.pclmulqdqVdqWdqIb);

        b.row("66 0F 38 DB", "aesimc Vdq,Wdq", AesNiSem.aesimcVdqWdq);
        b.row("66 0F 38 DC", "aesenc Vdq,Wdq", AesNiSem.aesencVdqWdq);
        b.row("66 0F 38 DD", "aesenclast Vdq,Wdq", AesNiSem.aesenclastVdqWdq);
        b.row("66 0F 38 DE", "aesdec Vdq,Wdq", AesNiSem.aesdecVdqWdq);
        b.row("66 0F 38 DF", "aesdeclast Vdq,Wdq", AesNiSem.aesdeclastVdqWdq);
        b.row("66 0F 3A DF", "aeskeygenassist Vdq,Wdq,Ib", AesNiSem.aeskeygenassistVdqWdqIb);
    }
}
