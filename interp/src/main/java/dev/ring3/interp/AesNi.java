package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * AES-NI (SDM Vol. 2 AESENC ... AESKEYGENASSIST; FIPS-197): one AES round on the state in the
 * destination with the round key in the source. State byte k of the 128-bit register is row k%4,
 * column k/4, so a column is a 32-bit word with row 0 in its low byte. The S-boxes are computed
 * from their definition (the GF(2^8) inverse and the affine map) when the class loads.
 */
@Semantics(Exec.class)
final class AesNi {
    private AesNi() {}

    private static final int[] SBOX = new int[256], INV_SBOX = new int[256];
    /** Source byte of each destination byte in ShiftRows and InvShiftRows. */
    private static final int[] SHIFT = new int[16], INV_SHIFT = new int[16];

    static {
        for (int x = 0; x < 256; x++) {
            int inv = 0;
            for (int y = 1; y < 256 && x != 0; y++) {
                if (gmul(x, y) == 1) {
                    inv = y;
                    break;
                }
            }
            int s = inv ^ rotl8(inv, 1) ^ rotl8(inv, 2) ^ rotl8(inv, 3) ^ rotl8(inv, 4) ^ 0x63;
            SBOX[x] = s;
            INV_SBOX[s] = x;
        }
        for (int r = 0; r < 4; r++) {
            for (int col = 0; col < 4; col++) {
                SHIFT[r + 4 * col] = r + 4 * ((col + r) & 3);
                INV_SHIFT[r + 4 * col] = r + 4 * ((col - r) & 3);
            }
        }
    }

    private static int gmul(int a, int b) {
        int p = 0;
        for (; b != 0; b >>= 1) {
            if ((b & 1) != 0) {
                p ^= a;
            }
            a = (a << 1) ^ ((a & 0x80) != 0 ? 0x11B : 0);
        }
        return p;
    }

    private static int rotl8(int v, int n) {
        return ((v << n) | (v >>> (8 - n))) & 0xFF;
    }

    private static int byteOf(long lo, long hi, int k) {
        return (int) ((k < 8 ? lo >>> (8 * k) : hi >>> (8 * (k - 8))) & 0xFF);
    }

    /** Multiplies each byte of a column word by x in GF(2^8). */
    private static int xtime(int w) {
        return ((w & 0x7F7F7F7F) << 1) ^ (((w >>> 7) & 0x01010101) * 0x1B);
    }

    /** MixColumns on one column: out[r] = 2 b[r] ^ 3 b[r+1] ^ b[r+2] ^ b[r+3]. */
    static int mix(int w) {
        int r1 = Integer.rotateRight(w, 8), r2 = Integer.rotateRight(w, 16), r3 = Integer.rotateRight(w, 24);
        return xtime(w) ^ xtime(r1) ^ r1 ^ r2 ^ r3;
    }

    /** InvMixColumns on one column: MixColumns after multiplying by 04x^2 + 05 (FIPS-197's d(x) = c(x)(04x^2 + 05)). */
    static int invMix(int w) {
        return mix(w ^ xtime(xtime(w ^ Integer.rotateRight(w, 16))));
    }

    private static long columns(long v, boolean inverse) {
        int c0 = (int) v, c1 = (int) (v >>> 32);
        c0 = inverse ? invMix(c0) : mix(c0);
        c1 = inverse ? invMix(c1) : mix(c1);
        return (c0 & 0xFFFFFFFFL) | (long) c1 << 32;
    }

    /** One round: (Inv)ShiftRows and (Inv)SubBytes, then (Inv)MixColumns unless last, then the key. */
    private static void round(Cpu c, Insn i, boolean decrypt, boolean last) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int d = i.reg << 1;
        long lo = c.xmm[d], hi = c.xmm[d + 1];
        int[] perm = decrypt ? INV_SHIFT : SHIFT;
        int[] box = decrypt ? INV_SBOX : SBOX;
        long nlo = 0, nhi = 0;
        for (int k = 0; k < 8; k++) {
            nlo |= (long) box[byteOf(lo, hi, perm[k])] << (8 * k);
            nhi |= (long) box[byteOf(lo, hi, perm[k + 8])] << (8 * k);
        }
        if (!last) {
            nlo = columns(nlo, decrypt);
            nhi = columns(nhi, decrypt);
        }
        c.xmm[d] = nlo ^ s[0];
        c.xmm[d + 1] = nhi ^ s[1];
    }

    static void aesencVdqWdq(Cpu c, Insn i) { round(c, i, false, false); }
    static void aesenclastVdqWdq(Cpu c, Insn i) { round(c, i, false, true); }
    static void aesdecVdqWdq(Cpu c, Insn i) { round(c, i, true, false); }
    static void aesdeclastVdqWdq(Cpu c, Insn i) { round(c, i, true, true); }

    /** AESIMC Vdq,Wdq: InvMixColumns of the source (turns an encryption round key into a decryption one). */
    static void aesimcVdqWdq(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int d = i.reg << 1;
        c.xmm[d] = columns(s[0], true);
        c.xmm[d + 1] = columns(s[1], true);
    }

    private static int subWord(int w) {
        return SBOX[w & 0xFF] | SBOX[(w >>> 8) & 0xFF] << 8 | SBOX[(w >>> 16) & 0xFF] << 16 | SBOX[w >>> 24] << 24;
    }

    /** AESKEYGENASSIST Vdq,Wdq,Ib: SubWord and RotWord of source dwords 1 and 3, RCON = imm8. */
    static void aeskeygenassistVdqWdqIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int rcon = (int) (i.imm & 0xFF);
        int x1 = subWord((int) (s[0] >>> 32)), x3 = subWord((int) (s[1] >>> 32));
        int d = i.reg << 1;
        c.xmm[d] = (x1 & 0xFFFFFFFFL) | ((Integer.rotateRight(x1, 8) ^ rcon) & 0xFFFFFFFFL) << 32;
        c.xmm[d + 1] = (x3 & 0xFFFFFFFFL) | ((Integer.rotateRight(x3, 8) ^ rcon) & 0xFFFFFFFFL) << 32;
    }
}
