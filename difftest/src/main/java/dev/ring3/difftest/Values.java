package dev.ring3.difftest;

import java.util.Random;

/**
 * Random and edge-case operand values: integers at the sign and width boundaries, single and double
 * floats (signed zeros, denormals, the normal range's ends, infinities, quiet and signalling NaNs
 * with payloads, ties, the integer conversion limits), 80-bit extended values (pseudo-denormals,
 * unnormals, the indefinite) and shift counts around the operand widths.
 */
final class Values {
    private Values() {}

    private static final int[] F32 = {
        0x00000000, 0x80000000, 0x3F800000, 0xBF800000, 0x3FC00000, 0x40200000, 0xC0600000, 0x3F000000,
        0x00000001, 0x807FFFFF, 0x00800000, 0x80800000, 0x7F7FFFFF, 0xFF7FFFFF, 0x7F800000, 0xFF800000,
        0x7FC00000, 0xFFC00000, 0x7FC12345, 0x7F800001, 0xFFA00000, 0x4F000000, 0xCF000000, 0x5F000000,
        0xDF000000, 0x4EFFFFFF, 0x3EAAAAAB, 0x4B800001, 0x33800000, 0x0C000000, 0x40490FDB, 0x00400000,
    };

    private static final long[] F64 = {
        0L, 0x8000000000000000L, 0x3FF0000000000000L, 0xBFF0000000000000L, 0x3FF8000000000000L,
        0x4004000000000000L, 0x3FE0000000000000L, 0x0000000000000001L, 0x800FFFFFFFFFFFFFL,
        0x0010000000000000L, 0x7FEFFFFFFFFFFFFFL, 0xFFEFFFFFFFFFFFFFL, 0x7FF0000000000000L,
        0xFFF0000000000000L, 0x7FF8000000000000L, 0xFFF8000000000000L, 0x7FF8000000012345L,
        0x7FF0000000000001L, 0xFFF4000000000000L, 0x41E0000000000000L, 0xC1E0000000000000L,
        0x43E0000000000000L, 0xC3E0000000000000L, 0x41DFFFFFFFC00000L, 0x3FD5555555555555L,
        0x4340000000000001L, 0x3CA0000000000000L, 0x400921FB54442D18L, 0x0008000000000000L,
        0x47EFFFFFE0000000L, 0x3810000000000000L, 0x36A0000000000000L,
    };

    /** A 64-bit integer: boundaries of every width with random high garbage, small counts, or random. */
    static long integer(Random r) {
        long g = r.nextLong();
        switch (r.nextInt(14)) {
            case 0: return 0;
            case 1: return -1;
            case 2: return 1;
            case 3: return g & ~0xFFL | 0x80;
            case 4: return g & ~0xFFFFL | 0x8000;
            case 5: return g & ~0xFFFFFFFFL | 0x80000000L;
            case 6: return Long.MIN_VALUE;
            case 7: return Long.MAX_VALUE;
            case 8: return g & ~0xFFL | (r.nextBoolean() ? 0x7F : 0xFF);
            case 9: return r.nextInt(70);
            case 10: return g & ~0xFFFFFFFFL | (r.nextBoolean() ? 0x7FFFFFFFL : 0xFFFFFFFFL);
            case 11: return g & ~0xFFFFL | (r.nextBoolean() ? 0x7FFF : 0xFFFF);
            case 12: return -r.nextInt(70);
            default: return g;
        }
    }

    static int f32(Random r) {
        return r.nextInt(3) == 0 ? r.nextInt() : F32[r.nextInt(F32.length)] ^ (r.nextInt(8) == 0 ? r.nextInt(4) : 0);
    }

    static long f64(Random r) {
        return r.nextInt(3) == 0 ? r.nextLong() >>> r.nextInt(2)
                : F64[r.nextInt(F64.length)] ^ (r.nextInt(8) == 0 ? r.nextInt(4) : 0);
    }

    /** An 80-bit value as {significand, sign and exponent}. */
    static long[] f80(Random r) {
        long m = r.nextLong();
        int sign = r.nextBoolean() ? 0x8000 : 0;
        switch (r.nextInt(16)) {
            case 0: return new long[] {0, sign};
            case 1: return new long[] {m >>> 1, sign};                                  // denormal
            case 2: return new long[] {1L << 63, sign | 0x7FFF};                         // infinity
            case 3: return new long[] {0xC000000000000000L | (m >>> 2 & -r.nextInt(2)), sign | 0x7FFF}; // QNaN
            case 4: return new long[] {0x8000000000000000L | (m >>> 2 | 1), sign | 0x7FFF}; // SNaN
            case 5: return new long[] {0xC000000000000000L, 0xFFFF};                     // indefinite
            case 6: return new long[] {-1L, sign | 0x7FFE};                              // largest
            case 7: return new long[] {1L << 63, sign | 1};                              // smallest normal
            case 8: return new long[] {1L << 63, sign | 0x3FFF};                         // 1.0
            case 9: return new long[] {m | 1L << 63, sign | (0x3FFF + r.nextInt(70) - 5)}; // near integers
            case 10: return new long[] {m | 1L << 63, sign | 0x403E};                    // around 2^63
            case 11: return new long[] {m | 1L << 63, sign | r.nextInt(0x7FFF)};        // any normal
            case 12: return new long[] {m >>> 1, sign | (1 + r.nextInt(0x7FFE))};        // unnormal
            case 13: return new long[] {m | 1L << 63, sign};                             // pseudo-denormal
            case 14: return new long[] {(m | 1L << 63) & ~0xFFFFFFFFFFL, sign | (0x3FFF + r.nextInt(20))};
            default: return new long[] {m | 1L << 63, sign | (0x3FFF + r.nextInt(128) - 64)};
        }
    }

    /** An immediate byte: shift and rotate counts around 8/16/32/64, sign boundaries, or random. */
    static int imm8(Random r) {
        int[] edge = {0, 1, 2, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 0x7F, 0x80, 0xFF};
        return r.nextBoolean() ? edge[r.nextInt(edge.length)] : r.nextInt(256);
    }

    /** 16 bytes for an XMM register or memory operand, typed by {@code kind}. */
    static void vector(Random r, char kind, byte[] dst, int off) {
        for (int k = 0; k < 16; k += 8) {
            long v;
            char t = kind == '?' ? "fdi".charAt(r.nextInt(3)) : kind;
            switch (t) {
                case 'f': v = (f32(r) & 0xFFFFFFFFL) | ((long) f32(r) << 32); break;
                case 'd': v = f64(r); break;
                default:
                    v = r.nextInt(3) == 0 ? integer(r) : r.nextLong();
                    if (r.nextInt(4) == 0) {
                        v &= 0x8080808080808080L >>> r.nextInt(8) | r.nextLong();
                    }
                    break;
            }
            putLong(dst, off + k, v);
        }
    }

    static void putLong(byte[] b, int off, long v) {
        for (int k = 0; k < 8 && off + k < b.length; k++) {
            b[off + k] = (byte) (v >>> (8 * k));
        }
    }

    static long getLong(byte[] b, int off) {
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v |= (b[off + k] & 0xFFL) << (8 * k);
        }
        return v;
    }
}
