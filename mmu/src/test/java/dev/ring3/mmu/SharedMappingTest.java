package dev.ring3.mmu;

import dev.ring3.mmu.AddressSpace.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.ring3.mmu.Faults.A;
import static dev.ring3.mmu.Faults.P;
import static dev.ring3.mmu.Faults.RW;
import static dev.ring3.mmu.Faults.assertFault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MAP_SHARED memory: the same host bytes in every space that maps the object, through fork
 * (copy), mremap (move), partial unmaps and mappings over part of it, in both layouts.
 */
class SharedMappingTest {

    @Test
    void theHostMmapIsAtHandInTheTestJvm() {
        // The build gives JDK 17 jdk.incubator.foreign, and JDK 22+ has java.lang.foreign: a flat
        // window that cannot map shared memory here is a broken link, not a fallback to accept.
        assertTrue(HostMmap.AVAILABLE, () -> "HostMmap: " + HostMmap.unavailable());
        try (AddressSpace s = AddressSpace.create(Kind.FLAT)) {
            assertEquals(Kind.FLAT, s.kind());
            assertTrue(s.canMapShared());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void storesMeetAcrossForkAndStayAfterTheParentGoes(Kind kind) {
        SharedHostMemory obj = SharedHostMemory.create(2 * P, "test");
        AddressSpace s = AddressSpace.create(kind);
        s.mapShared(A, 2 * P, RW, "/dev/zero (deleted)", obj, 0);
        obj.release(); // the mapping holds it now
        assertEquals(0, s.read64(A + P), "fresh shared memory reads zero");
        s.write64(A + 8, 41);
        AddressSpace c = s.copy();
        try {
            assertEquals(41, c.read64(A + 8));
            c.write64(A + 8, 42);
            assertEquals(42, s.read64(A + 8), "the child's store is the parent's");
            s.write32(A + P + 4, 7);
            assertEquals(7, c.read32(A + P + 4));
            assertEquals(0, c.compareAndExchange64(A + 16, 0, 1), "the parent's zero");
            assertEquals(1, s.read64(A + 16), "a locked operation in one is seen by the other");
            assertEquals(obj, c.sharedAt(A + P + 4).obj());
            assertEquals(P + 4, c.sharedAt(A + P + 4).offset());
            s.close();
            assertEquals(42, c.read64(A + 8), "the object lives while a mapping does");
        } finally {
            s.close();
            c.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMappingOverPartOfItIsPrivateAndTheRestStaysShared(Kind kind) {
        SharedHostMemory obj = SharedHostMemory.create(3 * P, "test");
        try (AddressSpace s = AddressSpace.create(kind); AddressSpace c = copyWithObject(s, obj)) {
            c.map(A + P, P, RW, "");
            assertEquals(0, c.read64(A + P), "the new private page reads zero");
            c.write64(A + P, 5);
            assertEquals(0, s.read64(A + P), "and is the child's alone");
            assertNull(c.sharedAt(A + P));
            c.write64(A + 2 * P, 6);
            assertEquals(6, s.read64(A + 2 * P), "the run after the hole is still shared");
            assertEquals(2 * P, c.sharedAt(A + 2 * P).offset());
            c.unmap(A, P);
            assertFault(A, Access.READ, GuestFault.SEGV_MAPERR, () -> c.read8(A));
            s.write64(A, 9);
            c.map(A, P, RW, "");
            assertEquals(0, c.read64(A), "a mapping where the shared page was is fresh");
            assertEquals(9, s.read64(A));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void mremapMovesTheMappingNotACopy(Kind kind) {
        SharedHostMemory obj = SharedHostMemory.create(2 * P, "test");
        try (AddressSpace s = AddressSpace.create(kind); AddressSpace c = copyWithObject(s, obj)) {
            s.write64(A + P + 8, 3);
            long to = A + 16 * P;
            c.move(A, to, 2 * P);
            assertEquals(3, c.read64(to + P + 8));
            c.write64(to, 4);
            assertEquals(4, s.read64(A), "the moved mapping is still the object");
            assertNull(c.sharedAt(A));
            assertEquals(P, c.sharedAt(to + P).offset());
            c.protect(to, P, Prot.READ);
            assertFault(to, Access.WRITE, GuestFault.SEGV_ACCERR, () -> c.write8(to, (byte) 1));
            s.write8(A, (byte) 8);
            assertEquals(8, c.read8(to), "protection is the mapping's, the bytes the object's");
        }
    }

    @Test
    void aForkOfAFlatWindowIntoPagesKeepsSharing() {
        SharedHostMemory obj = SharedHostMemory.create(P, "test");
        try (AddressSpace flat = AddressSpace.create(Kind.FLAT); AddressSpace paged = AddressSpace.create(Kind.PAGED)) {
            flat.mapShared(A, P, RW, "", obj, 0);
            paged.mapShared(A, P, RW, "", obj, 0);
            obj.release();
            flat.write64(A, 11);
            assertEquals(11, paged.read64(A), "one object, two layouts");
            byte[] b = new byte[8];
            obj.read(0, b, 0, 8);
            assertEquals(11, b[0], "ring3's own view of the object");
        }
    }

    /** A copy (fork) of {@code s} after mapping {@code obj} over [A, A+size) in it; obj's reference goes to the mapping. */
    private static AddressSpace copyWithObject(AddressSpace s, SharedHostMemory obj) {
        s.mapShared(A, obj.size(), RW, "", obj, 0);
        obj.release();
        return s.copy();
    }
}
