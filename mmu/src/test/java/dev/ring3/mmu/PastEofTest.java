package dev.ring3.mmu;

import dev.ring3.mmu.AddressSpace.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.concurrent.atomic.AtomicInteger;

import static dev.ring3.mmu.Faults.A;
import static dev.ring3.mmu.Faults.P;
import static dev.ring3.mmu.Faults.RW;
import static dev.ring3.mmu.Faults.assertFault;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pages of a file mapping past the end of the file: SIGBUS, unless the resolver brings them back. */
class PastEofTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void pastEndOfFileIsBusErrorWhereTheProtectionAllows(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 3 * P, RW, "/tmp/file");
            s.write64(A + 8, 7);
            s.markPastEof(A + P, 2 * P);
            assertEquals(7, s.read64(A + 8), "the page before stays");
            assertFault(A + P + 16, Access.READ, GuestFault.BUS_ADRERR, () -> s.read64(A + P + 16));
            assertFault(A + 2 * P, Access.WRITE, GuestFault.BUS_ADRERR, () -> s.write8(A + 2 * P, (byte) 1));
            assertFault(A + P, Access.READ, GuestFault.BUS_ADRERR, () -> s.read64(A + P - 4)); // the first byte past
            assertEquals(Prot.READ | Prot.WRITE, s.protAt(A + P), "the mapping keeps its protection");
            s.protect(A + P, P, Prot.NONE);
            assertFault(A + P, Access.READ, GuestFault.SEGV_ACCERR, () -> s.read8(A + P));
            s.protect(A + P, P, Prot.READ);
            assertFault(A + P, Access.WRITE, GuestFault.SEGV_ACCERR, () -> s.write8(A + P, (byte) 1));
            assertFault(A + P, Access.READ, GuestFault.BUS_ADRERR, () -> s.read8(A + P));
            try (AddressSpace c = s.copy()) {
                assertFault(A + 2 * P, Access.READ, GuestFault.BUS_ADRERR, () -> c.read8(A + 2 * P));
            }
            s.unmap(A + 2 * P, P);
            s.map(A + 2 * P, P, RW, "");
            s.write8(A + 2 * P, (byte) 3);
            assertEquals(3, s.read8(A + 2 * P), "a new mapping over it is ordinary");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theResolverBringsAPageBack(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 2 * P, RW, "/tmp/file");
            s.markPastEof(A, 2 * P);
            AtomicInteger asked = new AtomicInteger();
            s.setPastEofResolver(page -> {
                asked.incrementAndGet();
                if (page != A) {
                    return false;
                }
                s.poke(page, new byte[] {42}, 0, 1);
                s.clearPastEof(page);
                return true;
            });
            assertEquals(42, s.read8(A), "the file grew over page 0");
            assertEquals(1, asked.get());
            s.write8(A + 1, (byte) 5);
            assertEquals(1, asked.get(), "an ordinary page again: not asked twice");
            assertFault(A + P, Access.READ, GuestFault.BUS_ADRERR, () -> s.read8(A + P));
            assertEquals(2, asked.get());
        }
    }
}
