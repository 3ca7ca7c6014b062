package dev.ring3.interp;

import static dev.ring3.interp.SseInt.lane;
import static dev.ring3.interp.SseInt.slane;

import dev.ring3.semgen.Semantics;

/**
 * SSSE3 packed-integer instructions on XMM registers (SDM Vol. 1 §12.9): byte shuffle, horizontal
 * add/subtract, multiply-add of unsigned by signed bytes, rounded high multiply, sign, absolute
 * value and byte alignment. Element-wise ones are kernels on a 64-bit half ({@link SseInt#apply});
 * the others read both halves of both operands.
 */
@Semantics(Exec.class)
final class Ssse3Int {
    private Ssse3Int() {}

    private static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    private static long sat16(long v) {
        return Math.max(-0x8000, Math.min(0x7FFF, v)) & 0xFFFF;
    }

    private static void put(Cpu c, Insn i, long lo, long hi) {
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    // ---- PSHUFB / PALIGNR -----------------------------------------------------------------------

    /** Byte k (0..15) of the 128-bit value (lo, hi). */
    private static long byteOf(long lo, long hi, int k) {
        return ((k < 8 ? lo : hi) >>> ((k & 7) << 3)) & 0xFF;
    }

    /** PSHUFB: byte k of V becomes V[W[k] & 15], or 0 where W[k] has its top bit set. */
    static void pshufbVxWx(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        long dl = c.xmm[i.reg << 1], dh = c.xmm[(i.reg << 1) + 1];
        long lo = 0, hi = 0;
        for (int k = 0; k < 8; k++) {
            long a = lane(s[0], k, 8), b = lane(s[1], k, 8);
            lo |= (a >= 0x80 ? 0 : byteOf(dl, dh, (int) a & 15)) << (8 * k);
            hi |= (b >= 0x80 ? 0 : byteOf(dl, dh, (int) b & 15)) << (8 * k);
        }
        put(c, i, lo, hi);
    }

    /** PALIGNR: the 32-byte V:W (V high) shifted right by Ib bytes, low 16 bytes kept. */
    static void palignrVxWxIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        long dl = c.xmm[i.reg << 1], dh = c.xmm[(i.reg << 1) + 1];
        int n = (int) (i.imm & 0xFF);
        put(c, i, SseKernels.palignr(dl, dh, s[0], s[1], n, 0), SseKernels.palignr(dl, dh, s[0], s[1], n, 1));
    }

    // ---- horizontal add / subtract --------------------------------------------------------------

    /**
     * Adjacent pairs of {@code bits}-wide elements of the 128-bit (lo, hi), combined and packed into
     * one 64-bit half: pairs of lo first, then pairs of hi.
     */
    static long pairs(long lo, long hi, int bits, boolean sub, boolean saturate) {
        long r = 0;
        int perHalf = 64 / bits / 2;
        for (int k = 0; k < 2 * perHalf; k++) {
            long v = k < perHalf ? lo : hi;
            int j = 2 * (k % perHalf);
            long a = slane(v, j, bits), b = slane(v, j + 1, bits);
            long x = sub ? a - b : a + b;
            r |= (saturate ? sat16(x) : x & mask(bits)) << (k * bits);
        }
        return r;
    }

    private static void horizontal(Cpu c, Insn i, int bits, boolean sub, boolean saturate) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        long lo = pairs(c.xmm[i.reg << 1], c.xmm[(i.reg << 1) + 1], bits, sub, saturate);
        long hi = pairs(s[0], s[1], bits, sub, saturate);
        put(c, i, lo, hi);
    }

    static void phaddwVxWx(Cpu c, Insn i) { horizontal(c, i, 16, false, false); }
    static void phadddVxWx(Cpu c, Insn i) { horizontal(c, i, 32, false, false); }
    static void phaddswVxWx(Cpu c, Insn i) { horizontal(c, i, 16, false, true); }
    static void phsubwVxWx(Cpu c, Insn i) { horizontal(c, i, 16, true, false); }
    static void phsubdVxWx(Cpu c, Insn i) { horizontal(c, i, 32, true, false); }
    static void phsubswVxWx(Cpu c, Insn i) { horizontal(c, i, 16, true, true); }

    // ---- element-wise kernels -------------------------------------------------------------------

    /** PMADDUBSW: unsigned bytes of V times signed bytes of W, adjacent products summed, saturated. */
    static long pmaddubsw(long a, long b) {
        long r = 0;
        for (int k = 0; k < 4; k++) {
            long v = lane(a, 2 * k, 8) * slane(b, 2 * k, 8) + lane(a, 2 * k + 1, 8) * slane(b, 2 * k + 1, 8);
            r |= sat16(v) << (16 * k);
        }
        return r;
    }

    /** PMULHRSW: bits 16..1 of the 32-bit product, rounded: ((a * b >> 14) + 1) >> 1. */
    static long pmulhrsw(long a, long b) {
        long r = 0;
        for (int k = 0; k < 4; k++) {
            long p = slane(a, k, 16) * slane(b, k, 16);
            r |= (((p >> 14) + 1) >> 1 & 0xFFFF) << (16 * k);
        }
        return r;
    }

    /** PSIGN: each element of a negated, kept or zeroed as the matching element of b is <0, >0, 0. */
    private static long sign(long a, long b, int bits) {
        long r = 0;
        for (int k = 0; k < 64 / bits; k++) {
            long s = slane(b, k, bits);
            long x = s < 0 ? -slane(a, k, bits) : s == 0 ? 0 : slane(a, k, bits);
            r |= (x & mask(bits)) << (k * bits);
        }
        return r;
    }

    /** PABS: the absolute value of each element of b (the most negative value stays as it is). */
    private static long abs(long b, int bits) {
        long r = 0;
        for (int k = 0; k < 64 / bits; k++) {
            r |= (Math.abs(slane(b, k, bits)) & mask(bits)) << (k * bits);
        }
        return r;
    }

    static long psignb(long a, long b) { return sign(a, b, 8); }
    static long psignw(long a, long b) { return sign(a, b, 16); }
    static long psignd(long a, long b) { return sign(a, b, 32); }
    static long pabsb(long a, long b) { return abs(b, 8); }
    static long pabsw(long a, long b) { return abs(b, 16); }
    static long pabsd(long a, long b) { return abs(b, 32); }

    static void pmaddubswVxWx(Cpu c, Insn i) { SseInt.apply(c, i, Ssse3Int::pmaddubsw); }
    static void pmulhrswVxWx(Cpu c, Insn i) { SseInt.apply(c, i, Ssse3Int::pmulhrsw); }
    static void psignbVxWx(Cpu c, Insn i) { SseInt.apply(c, i, Ssse3Int::psignb); }
    static void psignwVxWx(Cpu c, Insn i) { SseInt.apply(c, i, Ssse3Int::psignw); }
    static void psigndVxWx(Cpu c, Insn i) { SseInt.apply(c, i, Ssse3Int::psignd); }
    static void pabsbVxWx(Cpu c, Insn i) { SseInt.apply(c, i, Ssse3Int::pabsb); }
    static void pabswVxWx(Cpu c, Insn i) { SseInt.apply(c, i, Ssse3Int::pabsw); }
    static void pabsdVxWx(Cpu c, Insn i) { SseInt.apply(c, i, Ssse3Int::pabsd); }
}
