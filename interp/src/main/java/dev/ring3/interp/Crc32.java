package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * CRC32 (F2 0F 38 F0/F1, SDM Vol. 2 CRC32): accumulates the CRC-32C (Castagnoli, polynomial
 * 11EDC6F41h) of an 8-, 16-, 32- or 64-bit source into the low 32 bits of the destination,
 * bit-reflected as the SDM's pseudocode defines it, with no initial or final inversion; the
 * 32-bit result is zero-extended into a 64-bit destination. Flags are unaffected.
 */
@Semantics(Exec.class)
final class Crc32 {
    private Crc32() {}

    /** The reflected polynomial (82F63B78h) applied to every byte value: the usual byte-wise table. */
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0x82F63B78 : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    /** The CRC {@code crc} extended by the low {@code size} bytes of {@code v}, least significant first. */
    static int update(int crc, long v, int size) {
        for (int k = 0; k < size; k++) {
            crc = TABLE[(crc ^ (int) (v >>> (8 * k))) & 0xFF] ^ (crc >>> 8);
        }
        return crc;
    }

    private static void accumulate(Cpu c, Insn i, int size) {
        long src = Operands.getE(c, i, size);
        c.r[i.reg] = update((int) c.r[i.reg], src, size) & 0xFFFFFFFFL;
    }

    /** CRC32 Gy,Eb. */
    static void crc32GyEb(Cpu c, Insn i) {
        accumulate(c, i, 1);
    }

    /** CRC32 Gy,Ev: 16 bits with 0x66, 64 with REX.W, else 32. */
    static void crc32GyEv(Cpu c, Insn i) {
        accumulate(c, i, i.rexW ? 8 : (i.prefixes & Insn.P_OPSIZE) != 0 ? 2 : 4);
    }
}
