package dev.ring3.mmu;

import dev.ring3.mmu.AddressSpace.Kind;
import dev.ring3.mmu.AddressSpace.Mapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.ring3.mmu.Faults.A;
import static dev.ring3.mmu.Faults.P;
import static dev.ring3.mmu.Faults.RW;
import static dev.ring3.mmu.Faults.assertFault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** map, unmap, protect, findFree, move and the mapping list. */
class MappingTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void remapAfterWritingReadsZeroAgain(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 3 * P, RW, "");
            s.write64(A + 8, -1);
            s.write64(A + 2 * P - 4, -1);
            s.map(A, 3 * P, RW, "");
            assertEquals(0, s.read64(A + 8));
            assertEquals(0, s.read64(A + 2 * P - 4));
            s.write32(A + P, 7);
            s.unmap(A, 3 * P);
            assertFault(A + P, Access.READ, GuestFault.SEGV_MAPERR, () -> s.read32(A + P));
            s.map(A, 3 * P, Prot.READ, "");
            assertEquals(0, s.read32(A + P));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void mappingsMergeEqualNeighboursAndSplitOnProtect(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 2 * P, RW, "");
            s.map(A + 2 * P, 2 * P, RW, "");
            s.map(A + 4 * P, P, RW, "/bin/x");
            s.map(A + 6 * P, P, RW, "");
            assertEquals(List.of(new Mapping(A, A + 4 * P, RW, ""), new Mapping(A + 4 * P, A + 5 * P, RW, "/bin/x"),
                    new Mapping(A + 6 * P, A + 7 * P, RW, "")), s.mappings());
            assertTrue(s.protect(A + P, P, Prot.READ));
            assertEquals(new Mapping(A + P, A + 2 * P, Prot.READ, ""), s.mappings().get(1));
            assertEquals(5, s.mappings().size());
            assertTrue(s.protect(A + P, P, RW));
            assertEquals(3, s.mappings().size());
            s.unmap(A + P, P);
            assertEquals(new Mapping(A, A + P, RW, ""), s.mappings().get(0));
            assertEquals(new Mapping(A + 2 * P, A + 4 * P, RW, ""), s.mappings().get(1));
            assertEquals(Prot.READ | Prot.WRITE, s.protAt(A + 3 * P + 5));
            assertEquals(-1, s.protAt(A + P));
            assertTrue(s.isMapped(A + 2 * P, 3 * P));
            assertFalse(s.isMapped(A, 3 * P));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void protectOverAHoleFailsAndChangesNothing(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, RW, "");
            s.map(A + 2 * P, P, RW, "");
            assertFalse(s.protect(A, 3 * P, Prot.READ));
            assertFalse(s.protect(A - P, 2 * P, Prot.READ));
            s.write8(A, (byte) 1);
            s.write8(A + 2 * P, (byte) 1);
            assertEquals(RW, s.protAt(A));
            assertTrue(s.protect(A, P, Prot.NONE));
            assertFault(A, Access.READ, GuestFault.SEGV_ACCERR, () -> s.read8(A));
            assertTrue(s.protect(A, P, Prot.READ));
            assertEquals(1, s.read8(A), "contents survive protect");
            assertFault(A, Access.WRITE, GuestFault.SEGV_ACCERR, () -> s.write8(A, (byte) 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findFreeTakesAFreeHintElseGoesTopDown(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            AddressSpace.Layout l = s.layout();
            long top = l.mmapTop();
            assertEquals(top - 4 * P, s.findFree(4 * P, 0));
            s.map(top - 4 * P, 4 * P, RW, "");
            assertEquals(top - 5 * P, s.findFree(P, 0));
            assertEquals(top - 6 * P, s.findFree(2 * P - 100, 0), "length rounds up");
            s.map(top - 10 * P, 3 * P, RW, "");
            assertEquals(top - 6 * P, s.findFree(2 * P, 0), "fits the gap between");
            assertEquals(top - 7 * P, s.findFree(3 * P, 0), "fills the gap exactly");
            assertEquals(top - 14 * P, s.findFree(4 * P, 0), "skips a gap too small");
            assertEquals(A, s.findFree(P, A));
            assertEquals(A + P, s.findFree(P, A + 1), "hint rounds up");
            assertEquals(top - 5 * P, s.findFree(P, top - 2 * P), "occupied hint");
            assertEquals(top - 5 * P, s.findFree(P, 0x1000), "hint below mmap_min_addr");
            assertEquals(top - 5 * P, s.findFree(P, l.limit()), "hint outside");
            assertEquals(-1, s.findFree(top, 0));
            assertEquals(-1, s.findFree(0, 0));
            long room = top - 10 * P - l.mmapBottom();
            assertEquals(l.mmapBottom(), s.findFree(room, 0));
            assertEquals(-1, s.findFree(room + top, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void moveCarriesContentsAndPermissions(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            long b = A + 100 * P;
            s.map(b, 3 * P, RW, "");
            s.fill(b, 3 * P, (byte) 0x33);
            s.map(A, 3 * P, RW, "[heap]");
            s.write64(A + 8, 0x1234);
            s.write64(A + 2 * P + 8, 0x5678);
            s.protect(A + 2 * P, P, Prot.READ);
            s.unmap(b, 3 * P);
            s.move(A, b, 3 * P);
            assertFault(A + 8, Access.READ, GuestFault.SEGV_MAPERR, () -> s.read64(A + 8));
            assertEquals(0x1234, s.read64(b + 8));
            assertEquals(0, s.read64(b + P + 8), "clean source page over a dirty old target");
            assertEquals(0x5678, s.read64(b + 2 * P + 8));
            assertFault(b + 2 * P, Access.WRITE, GuestFault.SEGV_ACCERR, () -> s.write8(b + 2 * P, (byte) 1));
            s.write8(b + P, (byte) 9);
            assertEquals(List.of(new Mapping(b, b + 2 * P, RW, "[heap]"), new Mapping(b + 2 * P, b + 3 * P, Prot.READ, "[heap]")),
                    s.mappings());
            s.map(A, 3 * P, RW, "");
            assertEquals(0, s.read64(A + 8), "source remapped reads zero");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rangesOutsideTheSpaceAreRejected(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            long limit = s.layout().limit();
            assertThrows(IllegalArgumentException.class, () -> s.map(limit - P, 2 * P, RW, ""));
            assertThrows(IllegalArgumentException.class, () -> s.map(A + 1, P, RW, ""));
            assertFalse(s.protect(limit, P, RW));
            s.unmap(limit - P, 100 * P);
            s.map(limit - P, P, RW, "");
            s.write64(limit - 8, 5);
            assertFault(limit, Access.READ, GuestFault.SEGV_MAPERR, () -> s.read64(limit - 4));
            assertFalse(s.isMapped(limit - P, 2 * P));
        }
    }

    @Test
    void pagedAcceptsTheWholeCanonicalUserRange() {
        try (AddressSpace s = AddressSpace.create(Kind.PAGED)) {
            AddressSpace.Layout l = s.layout();
            assertEquals(1L << 47, l.limit());
            assertEquals(0x5555_5555_4000L, l.pieBase());
            long top = l.stackTop();
            s.map(top - (8 << 20), 8 << 20, RW, "[stack]");
            s.write64(top - 8, 99);
            assertEquals(99, s.read64(top - 8));
            long m = s.findFree(1L << 40, 0);
            s.map(m, 1L << 40, RW, "");
            s.write64(m + (1L << 39), 3);
            assertEquals(3, s.read64(m + (1L << 39)));
            assertEquals(0, s.read64(m + (1L << 39) + P));
        }
    }

    @Test
    void flatLayoutFitsTheWindow() {
        try (AddressSpace s = AddressSpace.create(Kind.FLAT)) {
            assumeTrue(s.kind() == Kind.FLAT, "the host would not reserve the 16 GiB window");
            AddressSpace.Layout l = s.layout();
            assertEquals(1L << 34, l.limit());
            assertTrue(l.pieBase() < l.mmapBottom() && l.mmapBottom() < l.mmapTop());
            assertTrue(l.mmapTop() + (8 << 20) < l.stackTop() && l.stackTop() < l.limit());
        }
    }
}
