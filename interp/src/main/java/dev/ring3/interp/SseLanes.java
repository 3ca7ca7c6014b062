package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Moves of single lanes and duplicated lanes: SSE3's MOVSLDUP/MOVSHDUP/MOVDDUP and SSE4.1's
 * element inserts and extracts between XMM registers and general registers or memory (PINSRB/D/Q,
 * PEXTRB/W/D/Q, INSERTPS, EXTRACTPS). Register destinations of extracts are zero-extended to 64
 * bits; memory operands have the element's size and no alignment requirement.
 */
@Semantics(Exec.class)
final class SseLanes {
    private SseLanes() {}

    private static void put(Cpu c, Insn i, long lo, long hi) {
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    // ---- SSE3 duplicating moves -----------------------------------------------------------------

    /** MOVSLDUP: dwords 0, 0, 2, 2 of W. */
    static void movsldupVxWx(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        put(c, i, (s[0] & 0xFFFFFFFFL) | s[0] << 32, (s[1] & 0xFFFFFFFFL) | s[1] << 32);
    }

    /** MOVSHDUP: dwords 1, 1, 3, 3 of W. */
    static void movshdupVxWx(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        put(c, i, (s[0] >>> 32) | (s[0] & 0xFFFFFFFF00000000L), (s[1] >>> 32) | (s[1] & 0xFFFFFFFF00000000L));
    }

    /** MOVDDUP: the low qword of W (xmm or m64) in both halves. */
    static void movddupVxWq(Cpu c, Insn i) {
        long v = Operands.getWq(c, i);
        put(c, i, v, v);
    }

    // ---- extracts -------------------------------------------------------------------------------

    /** Element {@code k} of {@code bits} width from XMM register {@code x}. */
    private static long element(Cpu c, int x, int k, int bits) {
        int perHalf = 64 / bits;
        long half = c.xmm[(x << 1) + k / perHalf];
        return bits == 64 ? half : SseInt.lane(half, k % perHalf, bits);
    }

    /** Stores an extracted element: the whole 64-bit GPR (zero-extended), or memory of its size. */
    private static void extract(Cpu c, Insn i, int bits) {
        long v = element(c, i.reg, (int) i.imm & (128 / bits - 1), bits);
        if (i.rm >= 0) {
            c.r[i.rm] = v;
        } else {
            Operands.store(c, Operands.ea(c, i), bits / 8, v);
        }
    }

    static void pextrbEdVdqIb(Cpu c, Insn i) { extract(c, i, 8); }
    /** PEXTRW 66 0F 3A 15: unlike 66 0F C5 it may store to m16. */
    static void pextrwEdVdqIb(Cpu c, Insn i) { extract(c, i, 16); }
    /** PEXTRD and EXTRACTPS (a 32-bit register destination is zero-extended, even under REX.W). */
    static void pextrdEdVdqIb(Cpu c, Insn i) { extract(c, i, 32); }
    static void pextrqEqVdqIb(Cpu c, Insn i) { extract(c, i, 64); }

    // ---- inserts --------------------------------------------------------------------------------

    /** Replaces element Ib of V with the low {@code bits} of the GPR or the m8/m32/m64 operand. */
    private static void insert(Cpu c, Insn i, int bits) {
        long v = Operands.getE(c, i, bits / 8);
        int k = (int) i.imm & (128 / bits - 1);
        int perHalf = 64 / bits;
        int d = (i.reg << 1) + k / perHalf;
        if (bits == 64) {
            c.xmm[d] = v;
        } else {
            int sh = (k % perHalf) * bits;
            long m = ((1L << bits) - 1) << sh;
            c.xmm[d] = (c.xmm[d] & ~m) | (v << sh);
        }
    }

    static void pinsrbVdqEdIb(Cpu c, Insn i) { insert(c, i, 8); }
    static void pinsrdVdqEdIb(Cpu c, Insn i) { insert(c, i, 32); }
    static void pinsrqVdqEqIb(Cpu c, Insn i) { insert(c, i, 64); }

    /**
     * INSERTPS: dword Ib[7:6] of the source register (or the m32 operand) goes to dword Ib[5:4] of
     * V, then the dwords Ib[3:0] names are zeroed.
     */
    static void insertpsVdqWdIb(Cpu c, Insn i) {
        int m = (int) i.imm;
        long v = i.rm >= 0 ? element(c, i.rm, (m >> 6) & 3, 32) : c.mem.read32(Operands.ea(c, i)) & 0xFFFFFFFFL;
        int d = i.reg << 1;
        long lo = c.xmm[d], hi = c.xmm[d + 1];
        int to = (m >> 4) & 3;
        if (to < 2) {
            lo = (lo & ~(0xFFFFFFFFL << (32 * to))) | v << (32 * to);
        } else {
            hi = (hi & ~(0xFFFFFFFFL << (32 * (to - 2)))) | v << (32 * (to - 2));
        }
        long zlo = ((m & 1) != 0 ? 0xFFFFFFFFL : 0) | ((m & 2) != 0 ? 0xFFFFFFFF00000000L : 0);
        long zhi = ((m & 4) != 0 ? 0xFFFFFFFFL : 0) | ((m & 8) != 0 ? 0xFFFFFFFF00000000L : 0);
        put(c, i, lo & ~zlo, hi & ~zhi);
    }
}
