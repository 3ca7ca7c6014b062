package dev.ring3.mmu;

import dev.ring3.mmu.AddressSpace.Kind;
import org.agrona.UnsafeApi;
import org.junit.jupiter.api.Test;

import static dev.ring3.mmu.Faults.A;
import static dev.ring3.mmu.Faults.P;
import static dev.ring3.mmu.Faults.RW;
import static dev.ring3.mmu.Faults.assertFault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first store to a clean page as generated code makes it through the flat window
 * ({@link FlatWindow}: a compare-and-set of the page byte, then the host store) leaves the space as
 * its own slow path would: the page is written for mincore, fork copies it, a remap zeroes it, and
 * later protection changes keep it written.
 */
class FirstWriteTest {

    /** What the JIT emits for a store to a page whose byte is not open: true if it went straight in. */
    private static boolean windowStore8(AddressSpace s, long a, byte v) {
        byte[] pages = s.windowPageBits();
        int page = (int) (a >>> AddressSpace.PAGE_SHIFT);
        if (pages[page] >= 0 && !UnsafeApi.compareAndSetByte(pages, FlatWindow.PAGES_BASE + page,
                FlatWindow.CLEAN_WRITABLE, FlatWindow.FIRST_WRITTEN)) {
            return false;
        }
        UnsafeApi.putByte(s.windowBase() + a, v);
        return true;
    }

    @Test
    void aFirstStoreMarksThePageWritten() {
        try (AddressSpace s = AddressSpace.create(Kind.FLAT)) {
            s.map(A, 2 * P, RW, "");
            assertFalse(s.written(A));
            assertTrue(windowStore8(s, A + 5, (byte) 7));
            assertTrue(s.written(A), "mincore sees the page");
            assertFalse(s.written(A + P), "and only that page");
            assertTrue(windowStore8(s, A + 6, (byte) 8), "the page is open to direct stores now");
            assertEquals(7, s.read8(A + 5));
            try (AddressSpace c = s.copy()) {
                assertEquals(7, c.read8(A + 5), "fork copies the page");
                assertEquals(8, c.read8(A + 6));
            }
            s.protect(A, P, Prot.READ);
            assertTrue(s.written(A), "a protection change keeps the page written");
            assertFalse(windowStore8(s, A + 5, (byte) 9), "a read-only page is not opened");
            assertFault(A + 5, Access.WRITE, GuestFault.SEGV_ACCERR, () -> s.write8(A + 5, (byte) 9));
            s.protect(A, P, RW);
            assertTrue(windowStore8(s, A + 5, (byte) 9));
            s.unmap(A, P);
            s.map(A, P, RW, "");
            assertFalse(s.written(A), "a new mapping is clean");
            assertEquals(0, s.read8(A + 5), "and zeroed");
        }
    }

    @Test
    void codeAndExecutablePagesTakeTheSlowPath() {
        try (AddressSpace s = AddressSpace.create(Kind.FLAT)) {
            s.map(A, P, RW | Prot.EXEC, "");
            assertFalse(windowStore8(s, A, (byte) 1), "a clean RWX page may be about to hold code");
            s.write8(A, (byte) 1);
            s.markCode(A);
            assertFalse(windowStore8(s, A, (byte) 2), "a code page goes through the listener");
            s.map(A + P, P, RW, "");
            s.markCode(A + P);
            assertFalse(windowStore8(s, A + P, (byte) 3), "a page marked as code is not clean-writable");
        }
    }

    @Test
    void aFirstStoreAfterAMoveMarksTheNewPage() {
        try (AddressSpace s = AddressSpace.create(Kind.FLAT)) {
            s.map(A, P, RW, "");
            s.move(A, A + 4 * P, P);
            assertTrue(windowStore8(s, A + 4 * P + 1, (byte) 4));
            assertTrue(s.written(A + 4 * P));
            s.move(A + 4 * P, A, P);
            assertEquals(4, s.read8(A + 1), "the written page moves with its data");
            assertTrue(s.written(A));
        }
    }
}
