package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * The element-wise MMX instructions: each is an SSE kernel on one 64-bit half ({@link SseInt},
 * {@link Ssse3Int}) applied to an MMX register and an MMX register or m64 by {@link Mmx#apply}.
 */
@Semantics(Exec.class)
final class MmxInt {
    private MmxInt() {}

    static void paddbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::paddb); }
    static void paddwPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::paddw); }
    static void padddPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::paddd); }
    static void paddqPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::paddq); }
    static void psubbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::psubb); }
    static void psubwPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::psubw); }
    static void psubdPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::psubd); }
    static void psubqPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::psubq); }
    static void paddsbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::paddsb); }
    static void paddswPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::paddsw); }
    static void paddusbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::paddusb); }
    static void padduswPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::paddusw); }
    static void psubsbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::psubsb); }
    static void psubswPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::psubsw); }
    static void psubusbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::psubusb); }
    static void psubuswPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::psubusw); }
    static void pmullwPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pmullw); }
    static void pmulhwPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pmulhw); }
    static void pmulhuwPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pmulhuw); }
    static void pmuludqPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pmuludq); }
    static void pmaddwdPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pmaddwd); }
    static void pavgbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pavgb); }
    static void pavgwPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pavgw); }
    static void pminubPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pminub); }
    static void pmaxubPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pmaxub); }
    static void pminswPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pminsw); }
    static void pmaxswPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pmaxsw); }
    static void psadbwPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::psadbw); }
    static void pcmpeqbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pcmpeqb); }
    static void pcmpeqwPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pcmpeqw); }
    static void pcmpeqdPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pcmpeqd); }
    static void pcmpgtbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pcmpgtb); }
    static void pcmpgtwPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pcmpgtw); }
    static void pcmpgtdPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pcmpgtd); }
    static void pandPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pand); }
    static void pandnPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pandn); }
    static void porPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::por); }
    static void pxorPqQq(Cpu c, Insn i) { Mmx.apply(c, i, SseInt::pxor); }
    static void pmaddubswPqQq(Cpu c, Insn i) { Mmx.apply(c, i, Ssse3Int::pmaddubsw); }
    static void psignbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, Ssse3Int::psignb); }
    static void psignwPqQq(Cpu c, Insn i) { Mmx.apply(c, i, Ssse3Int::psignw); }
    static void psigndPqQq(Cpu c, Insn i) { Mmx.apply(c, i, Ssse3Int::psignd); }
    static void pmulhrswPqQq(Cpu c, Insn i) { Mmx.apply(c, i, Ssse3Int::pmulhrsw); }
    static void pabsbPqQq(Cpu c, Insn i) { Mmx.apply(c, i, Ssse3Int::pabsb); }
    static void pabswPqQq(Cpu c, Insn i) { Mmx.apply(c, i, Ssse3Int::pabsw); }
    static void pabsdPqQq(Cpu c, Insn i) { Mmx.apply(c, i, Ssse3Int::pabsd); }
}
