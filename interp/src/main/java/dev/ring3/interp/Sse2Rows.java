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
        b.row("66 0F 6E W0", "movd Vd,Ed", SseMove::movdVyEy);
        b.row("66 0F 6E W1", "movq Vq,Eq", SseMove::movdVyEy);
        b.row("66 0F 7E W0", "movd Ed,Vd", SseMove::movdEyVy);
        b.row("66 0F 7E W1", "movq Eq,Vq", SseMove::movdEyVy);
        b.row("F3 0F 7E", "movq Vq,Wq", SseMove::movqVqWq);
        b.row("66 0F D6", "movq Wq,Vq", SseMove::movqWqVq);
        b.row("66 0F 6F", "movdqa Vx,Wx", SseMove::movapsVpsWps);
        b.row("F3 0F 6F", "movdqu Vx,Wx", SseMove::movupsVpsWps);
        b.row("66 0F 7F", "movdqa Wx,Vx", SseMove::movapsWpsVps);
        b.row("F3 0F 7F", "movdqu Wx,Vx", SseMove::movupsWpsVps);
        b.row("66 0F E7 mem", "movntdq Mx,Vx", SseMove::movapsWpsVps);
        b.row("NP 0F C3 mem", "movnti My,Gy", SseMove::movntiMyGy);
        b.row("66 0F F7 reg", "maskmovdqu Vdq,Udq", SseMove::maskmovdquVdqUdq).implicit(Cpu.RDI);
        b.row("66 0F D7 reg", "pmovmskb Gd,Ux", SseMove::pmovmskbGdUdq);
        b.row("66 0F C4", "pinsrw Vdq,Ew,Ib", SseShuffle::pinsrwVdqEwIb);
        b.row("66 0F C5 reg", "pextrw Gd,Udq,Ib", SseShuffle::pextrwGdUdqIb);
    }

    private static void arithmetic(OpcodeTable.Builder b) {
        b.row("66 0F FC", "paddb Vx,Wx", SseInt::paddbVxWx);
        b.row("66 0F FD", "paddw Vx,Wx", SseInt::paddwVxWx);
        b.row("66 0F FE", "paddd Vx,Wx", SseInt::padddVxWx);
        b.row("66 0F D4", "paddq Vx,Wx", SseInt::paddqVxWx);
        b.row("66 0F F8", "psubb Vx,Wx", SseInt::psubbVxWx);
        b.row("66 0F F9", "psubw Vx,Wx", SseInt::psubwVxWx);
        b.row("66 0F FA", "psubd Vx,Wx", SseInt::psubdVxWx);
        b.row("66 0F FB", "psubq Vx,Wx", SseInt::psubqVxWx);
        b.row("66 0F EC", "paddsb Vx,Wx", SseInt::paddsbVxWx);
        b.row("66 0F ED", "paddsw Vx,Wx", SseInt::paddswVxWx);
        b.row("66 0F DC", "paddusb Vx,Wx", SseInt::paddusbVxWx);
        b.row("66 0F DD", "paddusw Vx,Wx", SseInt::padduswVxWx);
        b.row("66 0F E8", "psubsb Vx,Wx", SseInt::psubsbVxWx);
        b.row("66 0F E9", "psubsw Vx,Wx", SseInt::psubswVxWx);
        b.row("66 0F D8", "psubusb Vx,Wx", SseInt::psubusbVxWx);
        b.row("66 0F D9", "psubusw Vx,Wx", SseInt::psubuswVxWx);
        b.row("66 0F D5", "pmullw Vx,Wx", SseInt::pmullwVxWx);
        b.row("66 0F E5", "pmulhw Vx,Wx", SseInt::pmulhwVxWx);
        b.row("66 0F E4", "pmulhuw Vx,Wx", SseInt::pmulhuwVxWx);
        b.row("66 0F F4", "pmuludq Vx,Wx", SseInt::pmuludqVxWx);
        b.row("66 0F F5", "pmaddwd Vx,Wx", SseInt::pmaddwdVxWx);
        b.row("66 0F E0", "pavgb Vx,Wx", SseInt::pavgbVxWx);
        b.row("66 0F E3", "pavgw Vx,Wx", SseInt::pavgwVxWx);
        b.row("66 0F DA", "pminub Vx,Wx", SseInt::pminubVxWx);
        b.row("66 0F DE", "pmaxub Vx,Wx", SseInt::pmaxubVxWx);
        b.row("66 0F EA", "pminsw Vx,Wx", SseInt::pminswVxWx);
        b.row("66 0F EE", "pmaxsw Vx,Wx", SseInt::pmaxswVxWx);
        b.row("66 0F F6", "psadbw Vx,Wx", SseInt::psadbwVxWx);
        b.row("66 0F 74", "pcmpeqb Vx,Wx", SseInt::pcmpeqbVxWx);
        b.row("66 0F 75", "pcmpeqw Vx,Wx", SseInt::pcmpeqwVxWx);
        b.row("66 0F 76", "pcmpeqd Vx,Wx", SseInt::pcmpeqdVxWx);
        b.row("66 0F 64", "pcmpgtb Vx,Wx", SseInt::pcmpgtbVxWx);
        b.row("66 0F 65", "pcmpgtw Vx,Wx", SseInt::pcmpgtwVxWx);
        b.row("66 0F 66", "pcmpgtd Vx,Wx", SseInt::pcmpgtdVxWx);
        b.row("66 0F DB", "pand Vx,Wx", SseInt::pandVxWx);
        b.row("66 0F DF", "pandn Vx,Wx", SseInt::pandnVxWx);
        b.row("66 0F EB", "por Vx,Wx", SseInt::porVxWx);
        b.row("66 0F EF", "pxor Vx,Wx", SseInt::pxorVxWx);
    }

    private static void shuffles(OpcodeTable.Builder b) {
        b.row("66 0F 60", "punpcklbw Vx,Wx", SseShuffle::punpcklbwVxWx);
        b.row("66 0F 61", "punpcklwd Vx,Wx", SseShuffle::punpcklwdVxWx);
        b.row("66 0F 62", "punpckldq Vx,Wx", SseShuffle::unpcklpsVpsWps);
        b.row("66 0F 6C", "punpcklqdq Vx,Wx", SseShuffle::unpcklpdVpdWpd);
        b.row("66 0F 68", "punpckhbw Vx,Wx", SseShuffle::punpckhbwVxWx);
        b.row("66 0F 69", "punpckhwd Vx,Wx", SseShuffle::punpckhwdVxWx);
        b.row("66 0F 6A", "punpckhdq Vx,Wx", SseShuffle::unpckhpsVpsWps);
        b.row("66 0F 6D", "punpckhqdq Vx,Wx", SseShuffle::unpckhpdVpdWpd);
        b.row("66 0F 63", "packsswb Vx,Wx", SseShuffle::packsswbVxWx);
        b.row("66 0F 6B", "packssdw Vx,Wx", SseShuffle::packssdwVxWx);
        b.row("66 0F 67", "packuswb Vx,Wx", SseShuffle::packuswbVxWx);
        b.row("66 0F 70", "pshufd Vx,Wx,Ib", SseShuffle::pshufdVxWxIb);
        b.row("F3 0F 70", "pshufhw Vx,Wx,Ib", SseShuffle::pshufhwVxWxIb);
        b.row("F2 0F 70", "pshuflw Vx,Wx,Ib", SseShuffle::pshuflwVxWxIb);
    }

    private static void shifts(OpcodeTable.Builder b) {
        b.row("66 0F D1", "psrlw Vx,Wx", SseShuffle::psrlwVxWx);
        b.row("66 0F D2", "psrld Vx,Wx", SseShuffle::psrldVxWx);
        b.row("66 0F D3", "psrlq Vx,Wx", SseShuffle::psrlqVxWx);
        b.row("66 0F E1", "psraw Vx,Wx", SseShuffle::psrawVxWx);
        b.row("66 0F E2", "psrad Vx,Wx", SseShuffle::psradVxWx);
        b.row("66 0F F1", "psllw Vx,Wx", SseShuffle::psllwVxWx);
        b.row("66 0F F2", "pslld Vx,Wx", SseShuffle::pslldVxWx);
        b.row("66 0F F3", "psllq Vx,Wx", SseShuffle::psllqVxWx);
        b.row("66 0F 71 /2 reg", "psrlw Ux,Ib", SseShuffle::psrlwUxIb);
        b.row("66 0F 71 /4 reg", "psraw Ux,Ib", SseShuffle::psrawUxIb);
        b.row("66 0F 71 /6 reg", "psllw Ux,Ib", SseShuffle::psllwUxIb);
        b.row("66 0F 72 /2 reg", "psrld Ux,Ib", SseShuffle::psrldUxIb);
        b.row("66 0F 72 /4 reg", "psrad Ux,Ib", SseShuffle::psradUxIb);
        b.row("66 0F 72 /6 reg", "pslld Ux,Ib", SseShuffle::pslldUxIb);
        b.row("66 0F 73 /2 reg", "psrlq Ux,Ib", SseShuffle::psrlqUxIb);
        b.row("66 0F 73 /3 reg", "psrldq Ux,Ib", SseShuffle::psrldqUxIb);
        b.row("66 0F 73 /6 reg", "psllq Ux,Ib", SseShuffle::psllqUxIb);
        b.row("66 0F 73 /7 reg", "pslldq Ux,Ib", SseShuffle::pslldqUxIb);
    }
}
