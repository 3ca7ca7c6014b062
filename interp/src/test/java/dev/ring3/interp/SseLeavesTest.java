package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fixed-form leaves translated code calls against the generic {@code SseKernels} kernels the
 * interpreter runs (themselves checked against the host by the differential tester): the packs
 * ({@code packUswb}, {@code packSswb}, {@code packSsdw}) for every word value in every lane with
 * random neighbours and for dwords around each saturation bound; the compares and byte min/max
 * ({@code equalBytes} ... {@code greaterDwords}, {@code minWords}, {@code maxWords}, {@code minBytes},
 * {@code maxBytes}) on lanes that
 * are equal, one apart, sign boundaries and random.
 */
class SseLeavesTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(7);

    @Test
    void wordPacksAgreeWithTheGenericPackForEveryWordInEveryLane() {
        for (int lane = 0; lane < 4; lane++) {
            for (int v = 0; v < 0x10000; v++) {
                long x = RANDOM.nextLong() & ~(0xFFFFL << (16 * lane)) | (long) v << (16 * lane);
                assertEquals(SseKernels.pack(x, 0, 0, 0, 16 | SseKernels.PACK_UNSIGNED, 0) & 0xFFFFFFFFL,
                        SseKernels.packUswb(x), () -> "packuswb " + Long.toHexString(x));
                assertEquals(SseKernels.pack(x, 0, 0, 0, 16, 0) & 0xFFFFFFFFL, SseKernels.packSswb(x),
                        () -> "packsswb " + Long.toHexString(x));
            }
        }
    }

    @Test
    void dwordPackAgreesWithTheGenericPackAroundEveryBound() {
        long[] bounds = {0, 1, 0x7FFF, 0x8000, 0xFFFF, 0x10000, 0x7FFFFFFFL, 0x80000000L, 0xFFFF8000L, 0xFFFF7FFFL,
            0xFFFFFFFFL, 0x00018000L, 0x7FFF8000L};
        for (int lane = 0; lane < 2; lane++) {
            for (long b : bounds) {
                for (int delta = -3; delta <= 3; delta++) {
                    long v = (b + delta) & 0xFFFFFFFFL;
                    long x = RANDOM.nextLong() & ~(0xFFFFFFFFL << (32 * lane)) | v << (32 * lane);
                    assertEquals(SseKernels.pack(x, 0, 0, 0, 32, 0) & 0xFFFFFFFFL, SseKernels.packSsdw(x),
                            () -> "packssdw " + Long.toHexString(x));
                }
            }
        }
        for (int k = 0; k < 1_000_000; k++) {
            long x = RANDOM.nextLong() >> RANDOM.nextInt(64) ^ (RANDOM.nextBoolean() ? RANDOM.nextLong() >>> 17 : 0);
            assertEquals(SseKernels.pack(x, 0, 0, 0, 32, 0) & 0xFFFFFFFFL, SseKernels.packSsdw(x),
                    () -> "packssdw " + Long.toHexString(x));
        }
    }

    @Test
    void compareAndMinMaxLeavesAgreeWithTheGenericKernels() {
        long[] special = {0, 1, -1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFFL, 0x80000000L, 0xFFFFFFFFL};
        for (int k = 0; k < 2_000_000; k++) {
            long a = RANDOM.nextLong(), b;
            switch (k % 4) {
                case 0: b = RANDOM.nextLong(); break;
                case 1: b = a ^ (RANDOM.nextLong() & RANDOM.nextLong() & RANDOM.nextLong()); break; // many equal lanes
                case 2: b = a + RANDOM.nextLong(3) - 1; break; // lanes one apart
                default: // lanes from the special values
                    a = 0;
                    b = 0;
                    for (int s = 0; s < 64; s += 8) {
                        a |= (special[RANDOM.nextInt(special.length)] & 0xFF) << s;
                        b |= (special[RANDOM.nextInt(special.length)] & 0xFF) << s;
                    }
                    if (RANDOM.nextBoolean()) {
                        a = Long.rotateLeft(a, 4);
                    }
            }
            long x = a, y = b;
            assertEquals(SseKernels.equalLanes(x, y, 8), SseKernels.equalBytes(x, y), () -> hex("pcmpeqb", x, y));
            assertEquals(SseKernels.equalLanes(x, y, 16), SseKernels.equalWords(x, y), () -> hex("pcmpeqw", x, y));
            assertEquals(SseKernels.equalLanes(x, y, 32), SseKernels.equalDwords(x, y), () -> hex("pcmpeqd", x, y));
            assertEquals(SseKernels.greaterLanes(x, y, 8), SseKernels.greaterBytes(x, y), () -> hex("pcmpgtb", x, y));
            assertEquals(SseKernels.greaterLanes(x, y, 16), SseKernels.greaterWords(x, y), () -> hex("pcmpgtw", x, y));
            assertEquals(SseKernels.greaterLanes(x, y, 32), SseKernels.greaterDwords(x, y), () -> hex("pcmpgtd", x, y));
            assertEquals(SseKernels.pickLanes(x, y, 16 | SseKernels.LANES_SIGNED), SseKernels.minWords(x, y),
                    () -> hex("pminsw", x, y));
            assertEquals(SseKernels.pickLanes(x, y, 16 | SseKernels.LANES_SIGNED | SseKernels.LANES_MAX),
                    SseKernels.maxWords(x, y), () -> hex("pmaxsw", x, y));
            assertEquals(SseKernels.minMaxBytes(x, y, 0), SseKernels.minBytes(x, y), () -> hex("pminub", x, y));
            assertEquals(SseKernels.minMaxBytes(x, y, 1), SseKernels.maxBytes(x, y), () -> hex("pmaxub", x, y));
        }
    }

    private static String hex(String what, long a, long b) {
        return what + " " + Long.toHexString(a) + ", " + Long.toHexString(b);
    }
}
