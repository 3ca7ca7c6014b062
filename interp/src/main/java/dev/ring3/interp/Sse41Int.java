package dev.ring3.interp;

import static dev.ring3.interp.SseInt.lane;
import static dev.ring3.interp.SseInt.slane;

import dev.ring3.semgen.Semantics;

/**
 * SSE4.1 packed-integer instructions that are not plain element-wise kernels (SDM Vol. 1 §12.10):
 * blends by immediate and by XMM0's sign bits, sign and zero extension (PMOVSX/PMOVZX), PTEST,
 * PHMINPOSUW and MPSADBW.
 */
@Semantics(Exec.class)
final class Sse41Int {
    private Sse41Int() {}

    private static void put(Cpu c, Insn i, long lo, long hi) {
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    // ---- blends ---------------------------------------------------------------------------------

    /** Each {@code bits}-wide element of the result is W's where {@code select} has its bit set. */
    private static long blend(long v, long w, int bits, int select) {
        long m = 0;
        long ones = bits == 64 ? -1L : (1L << bits) - 1;
        for (int k = 0; k < 64 / bits; k++) {
            if ((select >> k & 1) != 0) {
                m |= ones << (k * bits);
            }
        }
        return (v & ~m) | (w & m);
    }

    private static void blendImm(Cpu c, Insn i, int bits) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int m = (int) i.imm;
        int perHalf = 64 / bits;
        put(c, i, blend(c.xmm[i.reg << 1], s[0], bits, m), blend(c.xmm[(i.reg << 1) + 1], s[1], bits, m >> perHalf));
    }

    static void pblendwVxWxIb(Cpu c, Insn i) { blendImm(c, i, 16); }
    static void blendpsVxWxIb(Cpu c, Insn i) { blendImm(c, i, 32); }
    static void blendpdVxWxIb(Cpu c, Insn i) { blendImm(c, i, 64); }

    /** The sign bits of the {@code bits}-wide elements of one half of XMM0, as a lane mask. */
    private static int signs(long v, int bits) {
        int r = 0;
        for (int k = 0; k < 64 / bits; k++) {
            r |= (int) (v >>> ((k + 1) * bits - 1) & 1) << k;
        }
        return r;
    }

    private static void blendXmm0(Cpu c, Insn i, int bits) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        long m0 = c.xmm[0], m1 = c.xmm[1];
        put(c, i, blend(c.xmm[i.reg << 1], s[0], bits, signs(m0, bits)),
                blend(c.xmm[(i.reg << 1) + 1], s[1], bits, signs(m1, bits)));
    }

    static void pblendvbVxWx(Cpu c, Insn i) { blendXmm0(c, i, 8); }
    static void blendvpsVxWx(Cpu c, Insn i) { blendXmm0(c, i, 32); }
    static void blendvpdVxWx(Cpu c, Insn i) { blendXmm0(c, i, 64); }

    // ---- PMOVSX / PMOVZX ------------------------------------------------------------------------

    /**
     * Widens the low 128/{@code to}*{@code from} bits of W (an xmm register, or memory of exactly
     * that size, unaligned) from {@code from}-bit to {@code to}-bit elements.
     */
    private static void extend(Cpu c, Insn i, int from, int to, boolean signed) {
        int n = 128 / to;
        long src = i.rm >= 0 ? c.xmm[i.rm << 1] : Operands.load(c, Operands.ea(c, i), n * from / 8);
        long lo = 0, hi = 0;
        long mask = to == 64 ? -1L : (1L << to) - 1;
        for (int k = 0; k < n; k++) {
            long x = (signed ? slane(src, k, from) : lane(src, k, from)) & mask;
            int at = k * to;
            if (at < 64) {
                lo |= x << at;
            } else {
                hi |= x << (at - 64);
            }
        }
        put(c, i, lo, hi);
    }

    static void pmovsxbwVxWq(Cpu c, Insn i) { extend(c, i, 8, 16, true); }
    static void pmovsxbdVxWd(Cpu c, Insn i) { extend(c, i, 8, 32, true); }
    static void pmovsxbqVxWw(Cpu c, Insn i) { extend(c, i, 8, 64, true); }
    static void pmovsxwdVxWq(Cpu c, Insn i) { extend(c, i, 16, 32, true); }
    static void pmovsxwqVxWd(Cpu c, Insn i) { extend(c, i, 16, 64, true); }
    static void pmovsxdqVxWq(Cpu c, Insn i) { extend(c, i, 32, 64, true); }
    static void pmovzxbwVxWq(Cpu c, Insn i) { extend(c, i, 8, 16, false); }
    static void pmovzxbdVxWd(Cpu c, Insn i) { extend(c, i, 8, 32, false); }
    static void pmovzxbqVxWw(Cpu c, Insn i) { extend(c, i, 8, 64, false); }
    static void pmovzxwdVxWq(Cpu c, Insn i) { extend(c, i, 16, 32, false); }
    static void pmovzxwqVxWd(Cpu c, Insn i) { extend(c, i, 16, 64, false); }
    static void pmovzxdqVxWq(Cpu c, Insn i) { extend(c, i, 32, 64, false); }

    // ---- PTEST, PHMINPOSUW, MPSADBW -------------------------------------------------------------

    /** PTEST: ZF = (V AND W) == 0, CF = (NOT V AND W) == 0; OF, SF, AF, PF cleared. */
    static void ptestVxWx(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        long dl = c.xmm[i.reg << 1], dh = c.xmm[(i.reg << 1) + 1];
        boolean zf = ((dl & s[0]) | (dh & s[1])) == 0;
        boolean cf = ((~dl & s[0]) | (~dh & s[1])) == 0;
        Flags.setEager(c, (zf ? Flags.ZF : 0) | (cf ? Flags.CF : 0));
    }

    /** PHMINPOSUW: the least unsigned word of W (lowest index on ties) and its index; the rest zero. */
    static void phminposuwVdqWdq(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        long min = 0x10000;
        int at = 0;
        for (int k = 0; k < 8; k++) {
            long w = lane(s[k >> 2], k & 3, 16);
            if (w < min) {
                min = w;
                at = k;
            }
        }
        put(c, i, min | (long) at << 16, 0);
    }

    /** Byte k (0..15) of the 128-bit value (lo, hi). */
    private static int byteOf(long lo, long hi, int k) {
        return (int) ((k < 8 ? lo : hi) >>> ((k & 7) << 3)) & 0xFF;
    }

    /**
     * MPSADBW: eight sums of absolute differences between the four bytes of W at 4*Ib[1:0] and the
     * eight overlapping four-byte blocks of V starting at 4*Ib[2] (SDM Vol. 2 MPSADBW).
     */
    static void mpsadbwVxWxIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        long dl = c.xmm[i.reg << 1], dh = c.xmm[(i.reg << 1) + 1];
        int srcAt = ((int) i.imm & 3) * 4;
        int dstAt = ((int) i.imm & 4);
        long lo = 0, hi = 0;
        for (int k = 0; k < 8; k++) {
            long sum = 0;
            for (int j = 0; j < 4; j++) {
                sum += Math.abs(byteOf(dl, dh, dstAt + k + j) - byteOf(s[0], s[1], srcAt + j));
            }
            if (k < 4) {
                lo |= sum << (16 * k);
            } else {
                hi |= sum << (16 * (k - 4));
            }
        }
        put(c, i, lo, hi);
    }
}
