package dev.ring3.interp;

/**
 * Opcode-table rows for the SSE2 packed-integer instructions on XMM registers (66 0F 60-7F,
 * C3-C5, D1-FE) and their moves. Registered from {@link SseRows#register}.
 */
final class Sse2Rows {
    private Sse2Rows() {}

    static void register(OpcodeTable.Builder b) {
        moves(b);
        arithmetic(b);
        shuffles(b);
        shifts(b);
    }

    private static void moves(OpcodeTable.Builder b) {
        b.row("66 0F 6E W0", "movd Vd,Ed", SseMoveSem.movdVyEy);
        b.row("66 0F 6E W1", "movq Vq,Eq", SseMoveSem.movdVyEy);
        b.row("66 0F 7E W0", "movd Ed,Vd", SseMoveSem.movdEyVy);
        b.row("66 0F 7E W1", "movq Eq,Vq", SseMoveSem.movdEyVy);
        b.row("F3 0F 7E", "movq Vq,Wq", SseMoveSem.movqVqWq);
        b.row("66 0F D6", "movq Wq,Vq", SseMoveSem.movqWqVq);
        b.row("66 0F 6F", "movdqa Vx,Wx", SseMoveSem.movapsVpsWps);
        b.row("F3 0F 6F", "movdqu Vx,Wx", SseMoveSem.movupsVpsWps);
        b.row("66 0F 7F", "movdqa Wx,Vx", SseMoveSem.movapsWpsVps);
        b.row("F3 0F 7F", "movdqu Wx,Vx", SseMoveSem.movupsWpsVps);
        b.row("66 0F E7 mem", "movntdq Mx,Vx", SseMoveSem.movapsWpsVps);
        b.row("NP 0F C3 mem", "movnti My,Gy", SseMoveSem.movntiMyGy);
        b.row("66 0F F7 reg", "maskmovdqu Vdq,Udq", SseMoveSem.maskmovdquVdqUdq).implicit(Cpu.RDI);
        b.row("66 0F D7 reg", "pmovmskb Gd,Ux", SseMoveSem.pmovmskbGdUdq);
        b.row("66 0F C4", "pinsrw Vdq,Ew,Ib", SseShuffleSem.pinsrwVdqEwIb);
        b.row("66 0F C5 reg", "pextrw Gd,Udq,Ib", SseShuffleSem.pextrwGdUdqIb);
    }

    private static void arithmetic(OpcodeTable.Builder b) {
        b.row("66 0F FC", "paddb Vx,Wx", SseIntSem.paddbVxWx);
        b.row("66 0F FD", "paddw Vx,Wx", SseIntSem.paddwVxWx);
        b.row("66 0F FE", "paddd Vx,Wx", SseIntSem.padddVxWx);
        b.row("66 0F D4", "paddq Vx,Wx", SseIntSem.paddqVxWx);
        b.row("66 0F F8", "psubb Vx,Wx", SseIntSem.psubbVxWx);
        b.row("66 0F F9", "psubw Vx,Wx", SseIntSem.psubwVxWx);
        b.row("66 0F FA", "psubd Vx,Wx", SseIntSem.psubdVxWx);
        b.row("66 0F FB", "psubq Vx,Wx", SseIntSem.psubqVxWx);
        b.row("66 0F EC", "paddsb Vx,Wx", SseIntSem.paddsbVxWx);
        b.row("66 0F ED", "paddsw Vx,Wx", SseIntSem.paddswVxWx);
        b.row("66 0F DC", "paddusb Vx,Wx", SseIntSem.paddusbVxWx);
        b.row("66 0F DD", "paddusw Vx,Wx", SseIntSem.padduswVxWx);
        b.row("66 0F E8", "psubsb Vx,Wx", SseIntSem.psubsbVxWx);
        b.row("66 0F E9", "psubsw Vx,Wx", SseIntSem.psubswVxWx);
        b.row("66 0F D8", "psubusb Vx,Wx", SseIntSem.psubusbVxWx);
        b.row("66 0F D9", "psubusw Vx,Wx", SseIntSem.psubuswVxWx);
        b.row("66 0F D5", "pmullw Vx,Wx", SseIntSem.pmullwVxWx);
        b.row("66 0F E5", "pmulhw Vx,Wx", SseIntSem.pmulhwVxWx);
        b.row("66 0F E4", "pmulhuw Vx,Wx", SseIntSem.pmulhuwVxWx);
        b.row("66 0F F4", "pmuludq Vx,Wx", SseIntSem.pmuludqVxWx);
        b.row("66 0F F5", "pmaddwd Vx,Wx", SseIntSem.pmaddwdVxWx);
        b.row("66 0F E0", "pavgb Vx,Wx", SseIntSem.pavgbVxWx);
        b.row("66 0F E3", "pavgw Vx,Wx", SseIntSem.pavgwVxWx);
        b.row("66 0F DA", "pminub Vx,Wx", SseIntSem.pminubVxWx);
        b.row("66 0F DE", "pmaxub Vx,Wx", SseIntSem.pmaxubVxWx);
        b.row("66 0F EA", "pminsw Vx,Wx", SseIntSem.pminswVxWx);
        b.row("66 0F EE", "pmaxsw Vx,Wx", SseIntSem.pmaxswVxWx);
        b.row("66 0F F6", "psadbw Vx,Wx", SseIntSem.psadbwVxWx);
        b.row("66 0F 74", "pcmpeqb Vx,Wx", SseIntSem.pcmpeqbVxWx);
        b.row("66 0F 75", "pcmpeqw Vx,Wx", SseIntSem.pcmpeqwVxWx);
        b.row("66 0F 76", "pcmpeqd Vx,Wx", SseIntSem.pcmpeqdVxWx);
        b.row("66 0F 64", "pcmpgtb Vx,Wx", SseIntSem.pcmpgtbVxWx);
        b.row("66 0F 65", "pcmpgtw Vx,Wx", SseIntSem.pcmpgtwVxWx);
        b.row("66 0F 66", "pcmpgtd Vx,Wx", SseIntSem.pcmpgtdVxWx);
        b.row("66 0F DB", "pand Vx,Wx", SseIntSem.pandVxWx);
        b.row("66 0F DF", "pandn Vx,Wx", SseIntSem.pandnVxWx);
        b.row("66 0F EB", "por Vx,Wx", SseIntSem.porVxWx);
        b.row("66 0F EF", "pxor Vx,Wx", SseIntSem.pxorVxWx);
    }

    private static void shuffles(OpcodeTable.Builder b) {
        b.row("66 0F 60", "punpcklbw Vx,Wx", SseShuffleSem.punpcklbwVxWx);
        b.row("66 0F 61", "punpcklwd Vx,Wx", SseShuffleSem.punpcklwdVxWx);
        b.row("66 0F 62", "punpckldq Vx,Wx", SseShuffleSem.unpcklpsVpsWps);
        b.row("66 0F 6C", "punpcklqdq Vx,Wx", SseShuffleSem.unpcklpdVpdWpd);
        b.row("66 0F 68", "punpckhbw Vx,Wx", SseShuffleSem.punpckhbwVxWx);
        b.row("66 0F 69", "punpckhwd Vx,Wx", SseShuffleSem.punpckhwdVxWx);
        b.row("66 0F 6A", "punpckhdq Vx,Wx", SseShuffleSem.unpckhpsVpsWps);
        b.row("66 0F 6D", "punpckhqdq Vx,Wx", SseShuffleSem.unpckhpdVpdWpd);
        b.row("66 0F 63", "packsswb Vx,Wx", SseShuffleSem.packsswbVxWx);
        b.row("66 0F 6B", "packssdw Vx,Wx", SseShuffleSem.packssdwVxWx);
        b.row("66 0F 67", "packuswb Vx,Wx", SseShuffleSem.packuswbVxWx);
        b.row("66 0F 70", "pshufd Vx,Wx,Ib", SseShuffleSem.pshufdVxWxIb);
        b.row("F3 0F 70", "pshufhw Vx,Wx,Ib", SseShuffleSem.pshufhwVxWxIb);
        b.row("F2 0F 70", "pshuflw Vx,Wx,Ib", SseShuffleSem.pshuflwVxWxIb);
    }

    private static void shifts(OpcodeTable.Builder b) {
        b.row("66 0F D1", "psrlw Vx,Wx", SseShuffleSem.psrlwVxWx);
        b.row("66 0F D2", "psrld Vx,Wx", SseShuffleSem.psrldVxWx);
        b.row("66 0F D3", "psrlq Vx,Wx", SseShuffleSem.psrlqVxWx);
        b.row("66 0F E1", "psraw Vx,Wx", SseShuffleSem.psrawVxWx);
        b.row("66 0F E2", "psrad Vx,Wx", SseShuffleSem.psradVxWx);
        b.row("66 0F F1", "psllw Vx,Wx", SseShuffleSem.psllwVxWx);
        b.row("66 0F F2", "pslld Vx,Wx", SseShuffleSem.pslldVxWx);
        b.row("66 0F F3", "psllq Vx,Wx", SseShuffleSem.psllqVxWx);
        b.row("66 0F 71 /2 reg", "psrlw Ux,Ib", SseShuffleSem.psrlwUxIb);
        b.row("66 0F 71 /4 reg", "psraw Ux,Ib", SseShuffleSem.psrawUxIb);
        b.row("66 0F 71 /6 reg", "psllw Ux,Ib", SseShuffleSem.psllwUxIb);
        b.row("66 0F 72 /2 reg", "psrld Ux,Ib", SseShuffleSem.psrldUxIb);
        b.row("66 0F 72 /4 reg", "psrad Ux,Ib", SseShuffleSem.psradUxIb);
        b.row("66 0F 72 /6 reg", "pslld Ux,Ib", SseShuffleSem.pslldUxIb);
        b.row("66 0F 73 /2 reg", "psrlq Ux,Ib", SseShuffleSem.psrlqUxIb);
        b.row("66 0F 73 /3 reg", "psrldq Ux,Ib", SseShuffleSem.psrldqUxIb);
        b.row("66 0F 73 /6 reg", "psllq Ux,Ib", SseShuffleSem.psllqUxIb);
        b.row("66 0F 73 /7 reg", "pslldq Ux,Ib", SseShuffleSem.pslldqUxIb);
    }
}
