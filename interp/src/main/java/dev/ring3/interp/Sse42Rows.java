package dev.ring3.interp;

/**
 * Opcode-table rows for SSE4.2 (the PCMPxSTRx string comparisons, PCMPGTQ, CRC32), PCLMULQDQ and
 * AES-NI (SDM Vol. 2 Appendix A, three-byte maps 0F 38 and 0F 3A). POPCNT, which CPUID reports
 * beside SSE4.2, is with the bit instructions in {@link AluRows}.
 */
final class Sse42Rows {
    private Sse42Rows() {}

    static void register(OpcodeTable.Builder b) {
        b.row("66 0F 3A 60", "pcmpestrm Vdq,Wdq,Ib", SseString::pcmpestrmVdqWdqIb).writes(Flags.OSZAPC)
                .implicit(Cpu.RAX, Cpu.RDX);
        b.row("66 0F 3A 61", "pcmpestri Vdq,Wdq,Ib", SseString::pcmpestriVdqWdqIb).writes(Flags.OSZAPC)
                .implicit(Cpu.RAX, Cpu.RCX, Cpu.RDX);
        b.row("66 0F 3A 62", "pcmpistrm Vdq,Wdq,Ib", SseString::pcmpistrmVdqWdqIb).writes(Flags.OSZAPC);
        b.row("66 0F 3A 63", "pcmpistri Vdq,Wdq,Ib", SseString::pcmpistriVdqWdqIb).writes(Flags.OSZAPC).implicit(Cpu.RCX);
        b.row("66 0F 38 37", "pcmpgtq Vx,Wx", SseInt::pcmpgtqVxWx);
        b.row("F2 0F 38 F0", "crc32 Gy,Eb", Crc32::crc32GyEb);
        b.row("F2 0F 38 F1", "crc32 Gy,Ev", Crc32::crc32GyEv);

        b.row("66 0F 3A 44", "pclmulqdq Vdq,Wdq,Ib", Clmul::pclmulqdqVdqWdqIb);

        b.row("66 0F 38 DB", "aesimc Vdq,Wdq", AesNi::aesimcVdqWdq);
        b.row("66 0F 38 DC", "aesenc Vdq,Wdq", AesNi::aesencVdqWdq);
        b.row("66 0F 38 DD", "aesenclast Vdq,Wdq", AesNi::aesenclastVdqWdq);
        b.row("66 0F 38 DE", "aesdec Vdq,Wdq", AesNi::aesdecVdqWdq);
        b.row("66 0F 38 DF", "aesdeclast Vdq,Wdq", AesNi::aesdeclastVdqWdq);
        b.row("66 0F 3A DF", "aeskeygenassist Vdq,Wdq,Ib", AesNi::aeskeygenassistVdqWdqIb);
    }
}
