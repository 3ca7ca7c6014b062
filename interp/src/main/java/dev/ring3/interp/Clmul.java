package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * PCLMULQDQ (66 0F 3A 44 /r ib, SDM Vol. 2 PCLMULQDQ): the carry-less product of one quadword of
 * each operand, picked by imm8 bit 0 (destination) and bit 4 (source), as 128 bits.
 */
@Semantics(Exec.class)
final class Clmul {
    private Clmul() {}

    /** Low 64 bits of the carry-less product a * b. */
    static long low(long a, long b) {
        long r = 0;
        for (int k = 0; k < 64; k++) {
            if ((b >>> k & 1) != 0) {
                r ^= a << k;
            }
        }
        return r;
    }

    /** High 64 bits of the carry-less product a * b. */
    static long high(long a, long b) {
        long r = 0;
        for (int k = 1; k < 64; k++) {
            if ((b >>> k & 1) != 0) {
                r ^= a >>> (64 - k);
            }
        }
        return r;
    }

    /** PCLMULQDQ Vdq,Wdq,Ib: the memory operand must be 16-byte aligned (legacy SSE encoding). */
    static void pclmulqdqVdqWdqIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int d = i.reg << 1;
        long a = c.xmm[d + (int) (i.imm & 1)];
        long b = s[(int) (i.imm >> 4) & 1];
        c.xmm[d] = low(a, b);
        c.xmm[d + 1] = high(a, b);
    }
}
