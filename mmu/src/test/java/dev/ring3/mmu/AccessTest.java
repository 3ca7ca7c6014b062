package dev.ring3.mmu;

import dev.ring3.mmu.AddressSpace.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.ring3.mmu.Faults.A;
import static dev.ring3.mmu.Faults.P;
import static dev.ring3.mmu.Faults.RW;
import static dev.ring3.mmu.Faults.assertFault;
import static dev.ring3.mmu.GuestFault.SEGV_ACCERR;
import static dev.ring3.mmu.GuestFault.SEGV_MAPERR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Scalar and bulk guest accesses: values, widths, alignment, page crossings and faults. */
class AccessTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anonymousPagesReadAsZero(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 4 * P, RW, "");
            for (long a = A; a < A + 4 * P; a += 512) {
                assertEquals(0, s.read64(a));
            }
            assertEquals(0, s.read8(A + 4 * P - 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void allWidthsRoundTripLittleEndianAtEveryAlignment(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 2 * P, RW, "");
            for (long a = A + P - 16; a < A + P + 8; a++) {
                s.write64(a, 0x0807_0605_0403_0201L);
                assertEquals(0x0807_0605_0403_0201L, s.read64(a), Long.toHexString(a));
                for (int i = 0; i < 8; i++) {
                    assertEquals(i + 1, s.read8(a + i));
                }
                s.write32(a, 0xdead_beef);
                assertEquals(0xdead_beef, s.read32(a));
                assertEquals((short) 0xbeef, s.read16(a));
                assertEquals((short) 0xdead, s.read16(a + 2));
                s.write16(a + 1, (short) 0x1234);
                assertEquals(0xde12_34ef, s.read32(a));
                s.write8(a + 3, (byte) 0x77);
                assertEquals(0x7712_34ef, s.read32(a));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readOnlyAndUnmappedFaultWithTheirCodes(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, Prot.READ, "");
            assertEquals(0, s.read32(A + 8));
            assertFault(A + 8, Access.WRITE, SEGV_ACCERR, () -> s.write32(A + 8, 1));
            assertFault(A + 1, Access.WRITE, SEGV_ACCERR, () -> s.write8(A + 1, (byte) 1));
            assertFault(A + P, Access.READ, SEGV_MAPERR, () -> s.read64(A + P));
            assertFault(A + P + 3, Access.WRITE, SEGV_MAPERR, () -> s.write16(A + P + 3, (short) 1));
            assertFault(0, Access.READ, SEGV_MAPERR, () -> s.read8(0));
            assertFault(-8, Access.READ, SEGV_MAPERR, () -> s.read64(-8));
            assertFault(1L << 50, Access.WRITE, SEGV_MAPERR, () -> s.write64(1L << 50, 1));
            s.map(A + 2 * P, P, Prot.NONE, "");
            assertFault(A + 2 * P, Access.READ, SEGV_ACCERR, () -> s.read8(A + 2 * P));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writeOnlyAndExecOnlyPagesAreReadableAsOnX86(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, Prot.WRITE, "");
            s.map(A + P, P, Prot.EXEC, "");
            s.write64(A, 42);
            assertEquals(42, s.read64(A));
            assertEquals(0, s.read64(A + P));
            assertEquals(Prot.WRITE, s.protAt(A));
        }
    }

    /** x86 checks every page of an access before any byte is written; the fault names the bad page. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void pageCrossingFaultsAtTheFirstBadByteAndWritesNothing(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, RW, "");
            s.map(A + P, P, Prot.READ, "");
            for (int width : new int[] {2, 4, 8}) {
                for (int k = 1; k < width; k++) {
                    long a = A + P - k;
                    s.write64(A + P - 8, 0x1111_1111_1111_1111L);
                    assertFault(A + P, Access.WRITE, SEGV_ACCERR, () -> write(s, a, width, -1L));
                    assertEquals(0x1111_1111_1111_1111L, s.read64(A + P - 8), "partial write");
                    assertEquals(0x1111_1111_1111_1111L & mask(k), read(s, a, width) & mask(width), "crossing read");
                }
            }
            s.unmap(A + P, P);
            assertFault(A + P, Access.READ, SEGV_MAPERR, () -> s.read64(A + P - 4));
            assertFault(A + P, Access.READ, SEGV_MAPERR, () -> s.read16(A + P - 1));
            s.protect(A, P, Prot.READ);
            assertFault(A + P - 4, Access.WRITE, SEGV_ACCERR, () -> s.write64(A + P - 4, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void bulkAccessesCheckTheWholeRangeFirst(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 2 * P, RW, "");
            s.map(A + 2 * P, P, Prot.READ, "");
            byte[] src = new byte[3000];
            for (int i = 0; i < src.length; i++) {
                src[i] = (byte) (i * 7);
            }
            s.write(A + P - 1000, src, 0, src.length);
            byte[] back = new byte[3000];
            s.read(A + P - 1000, back, 0, back.length);
            assertArrayEquals(src, back);
            assertFault(A + 2 * P, Access.WRITE, SEGV_ACCERR, () -> s.write(A + 2 * P - 10, src, 0, 20));
            assertEquals(0, s.read64(A + 2 * P - 8));
            assertFault(A + 3 * P, Access.READ, SEGV_MAPERR, () -> s.read(A + 3 * P - 10, back, 0, 20));
            s.fill(A + 100, P, (byte) 0x5a);
            assertEquals(0x5a5a_5a5a_5a5a_5a5aL, s.read64(A + P + 92));
            assertEquals((byte) (1100 * 7), s.read8(A + P + 100));
            assertFault(A + 2 * P, Access.WRITE, SEGV_ACCERR, () -> s.fill(A + P, 2 * P, (byte) 1));
            assertEquals((byte) (1100 * 7), s.read8(A + P + 100));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void peekAndPokeIgnorePermissionsButNotHoles(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, Prot.READ, "");
            s.map(A + P, P, Prot.NONE, "");
            s.poke(A + P - 2, new byte[] {1, 2, 3, 4}, 0, 4);
            assertEquals(0x0201, s.read16(A + P - 2));
            byte[] b = new byte[4];
            s.peek(A + P - 2, b, 0, 4);
            assertArrayEquals(new byte[] {1, 2, 3, 4}, b);
            assertFault(A + 2 * P, Access.WRITE, SEGV_MAPERR, () -> s.poke(A + 2 * P - 1, b, 0, 2));
            assertFault(A + 2 * P, Access.READ, SEGV_MAPERR, () -> s.peek(A + 2 * P - 1, b, 0, 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void poke64StoresAnAlignedWordIgnoringPermissionsButNotHoles(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, Prot.READ, "");
            s.poke64(A + P - 8, 0x1122_3344_5566_7788L);
            assertEquals(0x1122_3344_5566_7788L, s.read64(A + P - 8));
            assertEquals(0x11, s.read8(A + P - 1));
            assertFault(A + P, Access.WRITE, SEGV_MAPERR, () -> s.poke64(A + P, 1));
            assertThrows(IllegalArgumentException.class, () -> s.poke64(A + 4, 1));
            assertEquals(0, s.read64(A), "an unaligned poke64 writes nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void fetchNeedsExecAndStopsAtTheFirstNonExecPage(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, Prot.READ | Prot.EXEC, "");
            s.map(A + P, P, Prot.READ, "");
            s.poke(A + P - 3, new byte[] {(byte) 0x90, (byte) 0xc3, 0x0f, 0x05}, 0, 4);
            byte[] buf = new byte[16];
            assertEquals(3, s.fetch(A + P - 3, buf, 1, 15));
            assertEquals((byte) 0x90, buf[1]);
            assertEquals(0x0f, buf[3]);
            assertEquals(16, s.fetch(A, buf, 0, 16));
            assertFault(A + P, Access.EXECUTE, SEGV_ACCERR, () -> s.fetch(A + P, buf, 0, 16));
            assertFault(A + 2 * P, Access.EXECUTE, SEGV_MAPERR, () -> s.fetch(A + 2 * P, buf, 0, 16));
            assertEquals(0x05_0f, s.read16(A + P - 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readCStringStopsAtNulOrMaxAndFaultsOnlyBeforeTheNul(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 2 * P, RW, "");
            byte[] hello = "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            s.write(A + P - 2, hello, 0, hello.length);
            assertArrayEquals(hello, s.readCString(A + P - 2, 100));
            assertArrayEquals("hel".getBytes(java.nio.charset.StandardCharsets.US_ASCII), s.readCString(A + P - 2, 3));
            assertEquals(0, s.readCString(A, 10).length);
            s.fill(A + P, P, (byte) 'x');
            s.write8(A + 2 * P - 1, (byte) 0);
            assertEquals(P - 1, s.readCString(A + P, 1 << 20).length);
            s.write8(A + 2 * P - 1, (byte) 'x');
            assertFault(A + 2 * P, Access.READ, SEGV_MAPERR, () -> s.readCString(A + P, 1 << 20));
            assertEquals(P, s.readCString(A + P, (int) P).length);
        }
    }

    private static long mask(int width) {
        return width == 8 ? -1L : (1L << (8 * width)) - 1;
    }

    private static void write(AddressSpace s, long a, int width, long v) {
        switch (width) {
            case 2: s.write16(a, (short) v); break;
            case 4: s.write32(a, (int) v); break;
            default: s.write64(a, v); break;
        }
    }

    private static long read(AddressSpace s, long a, int width) {
        switch (width) {
            case 2: return s.read16(a);
            case 4: return s.read32(a);
            default: return s.read64(a);
        }
    }
}
