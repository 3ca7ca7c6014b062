package dev.ring3.interp;

import dev.ring3.semgen.Semantics;
import java.util.function.LongBinaryOperator;

/**
 * MMX state and instructions on the MMX registers (SDM Vol. 1 §9.5, Vol. 3 §12.2): MMn is the
 * significand of x87 physical register Rn. Every MMX instruction but EMMS first raises #MF if an
 * unmasked x87 exception is pending, then sets TOP to 0 and every tag to valid; writing MMn also
 * sets Rn's sign and exponent bits to all ones. EMMS sets TOP to 0 and empties every tag. The element-wise
 * arithmetic reuses the SSE kernels on a 64-bit half ({@link SseInt}, {@link Ssse3Int}), which
 * on an MMX register is the whole operand. REX.R and REX.B do not extend MMX register numbers.
 */
@Semantics(Exec.class)
final class Mmx {
    private Mmx() {}

    // ---- state ---------------------------------------------------------------------------------

    /** #MF if an unmasked x87 exception is pending: the first thing every MMX instruction checks. */
    static void pending(Cpu c) {
        if ((c.fpuStatus & X87.ES) != 0) {
            throw new CpuException(CpuException.MF);
        }
    }

    /** The x87-to-MMX transition: TOP 0, every tag valid. */
    static void transition(Cpu c) {
        c.fpuStatus &= ~X87.TOP;
        c.fpuTag = 0;
    }

    /** Both, for instructions without a memory operand. */
    static void enter(Cpu c) {
        pending(c);
        transition(c);
    }

    static long get(Cpu c, int n) {
        return c.fpuMan[n & 7];
    }

    /** Writes MMn: the significand of Rn, with Rn's sign and exponent set to all ones. */
    static void set(Cpu c, int n, long v) {
        c.fpuMan[n & 7] = v;
        c.fpuSe[n & 7] = 0xFFFF;
    }

    /** The Q operand: an MMX register or m64. */
    static long getQ(Cpu c, Insn i) {
        return i.rm >= 0 ? c.fpuMan[i.rm & 7] : c.mem.read64(Operands.ea(c, i));
    }

    /** The Q operand of the low unpacks: an MMX register, or only 32 bits of memory (mm/m32). */
    private static long getQd(Cpu c, Insn i) {
        return i.rm >= 0 ? c.fpuMan[i.rm & 7] : c.mem.read32(Operands.ea(c, i)) & 0xFFFFFFFFL;
    }

    /**
     * The Q operand between the #MF check and the transition: a memory operand that faults (#PF,
     * #GP) leaves the x87 state alone, as on the host.
     */
    private static long source(Cpu c, Insn i) {
        pending(c);
        long b = getQ(c, i);
        transition(c);
        return b;
    }

    /** P = k(P, Q), for kernels that are non-capturing method references (no allocation). */
    static void apply(Cpu c, Insn i, LongBinaryOperator k) {
        long b = source(c, i);
        set(c, i.reg, k.applyAsLong(get(c, i.reg), b));
    }

    /** EMMS: every x87 register empty (the tag word all 11b) and TOP 0 (SDM Vol. 1 Table 9-2). */
    static void emms(Cpu c, Insn i) {
        pending(c);
        c.fpuStatus &= ~X87.TOP;
        c.fpuTag = 0xFFFF;
    }

    // ---- moves ---------------------------------------------------------------------------------

    /** MOVD Pq,Ed / MOVQ Pq,Eq (0F 6E): zero-extends a GPR or memory dword, or takes a qword. */
    static void movdPqEy(Cpu c, Insn i) {
        pending(c);
        long v = Operands.getE(c, i, i.rexW ? 8 : 4);
        transition(c);
        set(c, i.reg, v);
    }

    /** MOVD Ed,Pq / MOVQ Eq,Pq (0F 7E). */
    static void movdEyPq(Cpu c, Insn i) {
        pending(c);
        Operands.setE(c, i, i.rexW ? 8 : 4, get(c, i.reg));
        transition(c);
    }

    /** MOVQ Pq,Qq (0F 6F). */
    static void movqPqQq(Cpu c, Insn i) {
        set(c, i.reg, source(c, i));
    }

    /** MOVQ Qq,Pq (0F 7F) and MOVNTQ Mq,Pq (0F E7). */
    static void movqQqPq(Cpu c, Insn i) {
        pending(c);
        long v = get(c, i.reg);
        if (i.rm < 0) {
            c.mem.write64(Operands.ea(c, i), v);
        }
        transition(c);
        if (i.rm >= 0) {
            set(c, i.rm, v);
        }
    }

    /** MOVQ2DQ Vdq,Nq: XMM = MM zero-extended. */
    static void movq2dqVdqNq(Cpu c, Insn i) {
        enter(c);
        c.xmm[i.reg << 1] = get(c, i.rm);
        c.xmm[(i.reg << 1) + 1] = 0;
    }

    /** MOVDQ2Q Pq,Uq: MM = the low quadword of XMM. */
    static void movdq2qPqUq(Cpu c, Insn i) {
        enter(c);
        set(c, i.reg, c.xmm[i.rm << 1]);
    }

    /**
     * MASKMOVQ Pq,Nq: the bytes of P whose mask byte in N has its top bit set, to DS:RDI. The
     * transition comes first: on the host it has happened when the store faults.
     */
    static void maskmovqPqNq(Cpu c, Insn i) {
        enter(c);
        long a = SseMove.maskmovTarget(c, i);
        long v = get(c, i.reg), m = get(c, i.rm);
        for (int k = 0; k < 8; k++) {
            if ((m >>> (8 * k) & 0x80) != 0) {
                c.mem.write8(a + k, (byte) (v >>> (8 * k)));
            }
        }
    }

    static void pmovmskbGdNq(Cpu c, Insn i) {
        enter(c);
        c.r[i.reg] = SseKernels.byteSigns(get(c, i.rm));
    }

    /** PINSRW Pq,Ry/Mw,Ib: word Ib&3 of P from the low word of a GPR or m16. */
    static void pinsrwPqEwIb(Cpu c, Insn i) {
        pending(c);
        long w = Operands.getE(c, i, 2);
        transition(c);
        int sh = (int) (i.imm & 3) << 4;
        set(c, i.reg, (get(c, i.reg) & ~(0xFFFFL << sh)) | (w << sh));
    }

    /** PEXTRW Gd,Nq,Ib: word Ib&3 of N, zero-extended into the GPR. */
    static void pextrwGdNqIb(Cpu c, Insn i) {
        enter(c);
        c.r[i.reg] = SseInt.lane(get(c, i.rm), (int) i.imm & 3, 16);
    }

    static void pshufwPqQqIb(Cpu c, Insn i) {
        set(c, i.reg, SseShuffle.shufWords(source(c, i), (int) i.imm));
    }

    // ---- unpacks and packs -----------------------------------------------------------------------

    /** The low halves of a and b interleaved: a0 b0 a1 b1 ... in {@code bits}-wide elements. */
    static long interleaveLow(long a, long b, int bits) {
        long r = 0;
        long m = bits == 32 ? 0xFFFFFFFFL : (1L << bits) - 1;
        for (int k = 0; k < 32 / bits; k++) {
            r |= ((a >>> (k * bits)) & m) << (2 * k * bits) | ((b >>> (k * bits)) & m) << ((2 * k + 1) * bits);
        }
        return r;
    }

    private static void unpackLow(Cpu c, Insn i, int bits) {
        pending(c);
        long b = getQd(c, i);
        transition(c);
        set(c, i.reg, interleaveLow(get(c, i.reg), b, bits));
    }

    private static void unpackHigh(Cpu c, Insn i, int bits) {
        long b = source(c, i);
        set(c, i.reg, interleaveLow(get(c, i.reg) >>> 32, b >>> 32, bits));
    }

    static void punpcklbwPqQd(Cpu c, Insn i) { unpackLow(c, i, 8); }
    static void punpcklwdPqQd(Cpu c, Insn i) { unpackLow(c, i, 16); }
    static void punpckldqPqQd(Cpu c, Insn i) { unpackLow(c, i, 32); }
    static void punpckhbwPqQq(Cpu c, Insn i) { unpackHigh(c, i, 8); }
    static void punpckhwdPqQq(Cpu c, Insn i) { unpackHigh(c, i, 16); }
    static void punpckhdqPqQq(Cpu c, Insn i) { unpackHigh(c, i, 32); }

    private static long pack(long a, long b, int bits, boolean unsignedResult) {
        return SseKernels.pack(a, b, 0, 0, bits | (unsignedResult ? SseKernels.PACK_UNSIGNED : 0), 0);
    }

    private static void pack(Cpu c, Insn i, int bits, boolean unsignedResult) {
        long b = source(c, i);
        set(c, i.reg, pack(get(c, i.reg), b, bits, unsignedResult));
    }

    static void packsswbPqQq(Cpu c, Insn i) { pack(c, i, 16, false); }
    static void packssdwPqQq(Cpu c, Insn i) { pack(c, i, 32, false); }
    static void packuswbPqQq(Cpu c, Insn i) { pack(c, i, 16, true); }

    // ---- shifts ----------------------------------------------------------------------------------

    /** By the count in an MMX register or m64 (all 64 bits of it). */
    private static void shiftQ(Cpu c, Insn i, int bits, int kind) {
        long count = source(c, i);
        set(c, i.reg, SseKernels.shiftLanes(get(c, i.reg), count, bits, kind));
    }

    /** By Ib, on the register in ModRM.rm (0F 71/72/73 groups). */
    private static void shiftI(Cpu c, Insn i, int bits, int kind) {
        enter(c);
        set(c, i.rm, SseKernels.shiftLanes(get(c, i.rm), i.imm & 0xFF, bits, kind));
    }

    static void psrlwPqQq(Cpu c, Insn i) { shiftQ(c, i, 16, SseShuffle.SRL); }
    static void psrldPqQq(Cpu c, Insn i) { shiftQ(c, i, 32, SseShuffle.SRL); }
    static void psrlqPqQq(Cpu c, Insn i) { shiftQ(c, i, 64, SseShuffle.SRL); }
    static void psrawPqQq(Cpu c, Insn i) { shiftQ(c, i, 16, SseShuffle.SAR); }
    static void psradPqQq(Cpu c, Insn i) { shiftQ(c, i, 32, SseShuffle.SAR); }
    static void psllwPqQq(Cpu c, Insn i) { shiftQ(c, i, 16, SseShuffle.SLL); }
    static void pslldPqQq(Cpu c, Insn i) { shiftQ(c, i, 32, SseShuffle.SLL); }
    static void psllqPqQq(Cpu c, Insn i) { shiftQ(c, i, 64, SseShuffle.SLL); }
    static void psrlwNqIb(Cpu c, Insn i) { shiftI(c, i, 16, SseShuffle.SRL); }
    static void psrldNqIb(Cpu c, Insn i) { shiftI(c, i, 32, SseShuffle.SRL); }
    static void psrlqNqIb(Cpu c, Insn i) { shiftI(c, i, 64, SseShuffle.SRL); }
    static void psrawNqIb(Cpu c, Insn i) { shiftI(c, i, 16, SseShuffle.SAR); }
    static void psradNqIb(Cpu c, Insn i) { shiftI(c, i, 32, SseShuffle.SAR); }
    static void psllwNqIb(Cpu c, Insn i) { shiftI(c, i, 16, SseShuffle.SLL); }
    static void pslldNqIb(Cpu c, Insn i) { shiftI(c, i, 32, SseShuffle.SLL); }
    static void psllqNqIb(Cpu c, Insn i) { shiftI(c, i, 64, SseShuffle.SLL); }

    // ---- SSSE3 on MMX registers --------------------------------------------------------------------

    /** PSHUFB Pq,Qq: byte k of P becomes P[Q[k] & 7], or 0 where Q[k] has its top bit set. */
    static long pshufb(long a, long b) {
        long r = 0;
        for (int k = 0; k < 8; k++) {
            long sel = b >>> (8 * k);
            if ((sel & 0x80) == 0) {
                r |= (a >>> (8 * (sel & 7)) & 0xFF) << (8 * k);
            }
        }
        return r;
    }

    /** PALIGNR Pq,Qq,Ib: the 16-byte P:Q (P high) shifted right by Ib bytes, low 8 bytes kept. */
    static long palignr(long a, long b, int n) {
        if (n >= 16) {
            return 0;
        }
        if (n >= 8) {
            return a >>> (8 * (n - 8));
        }
        return n == 0 ? b : b >>> (8 * n) | a << (64 - 8 * n);
    }

    /**
     * Horizontal add/subtract: {@link Ssse3Int#pairs} of the 128-bit value (P, Q) gives P's pairs
     * then Q's in one 64-bit result, which is the MMX form.
     */
    private static void horizontal(Cpu c, Insn i, int bits, boolean sub, boolean saturate) {
        long b = source(c, i);
        set(c, i.reg, Ssse3Int.pairs(get(c, i.reg), b, bits, sub, saturate));
    }

    static void pshufbPqQq(Cpu c, Insn i) { apply(c, i, Mmx::pshufb); }
    static void palignrPqQqIb(Cpu c, Insn i) {
        long b = source(c, i);
        set(c, i.reg, palignr(get(c, i.reg), b, (int) (i.imm & 0xFF)));
    }
    static void phaddwPqQq(Cpu c, Insn i) { horizontal(c, i, 16, false, false); }
    static void phadddPqQq(Cpu c, Insn i) { horizontal(c, i, 32, false, false); }
    static void phaddswPqQq(Cpu c, Insn i) { horizontal(c, i, 16, false, true); }
    static void phsubwPqQq(Cpu c, Insn i) { horizontal(c, i, 16, true, false); }
    static void phsubdPqQq(Cpu c, Insn i) { horizontal(c, i, 32, true, false); }
    static void phsubswPqQq(Cpu c, Insn i) { horizontal(c, i, 16, true, true); }
}
