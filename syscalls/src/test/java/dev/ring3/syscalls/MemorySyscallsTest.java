package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** brk, mmap, munmap, mprotect, mremap and madvise through their handlers, errno for errno with Linux. */
class MemorySyscallsTest {
    static final long PAGE = 4096;
    static final int RW = Prot.READ | Prot.WRITE;
    static final long ANON_PRIVATE = MemorySyscalls.MAP_ANONYMOUS | MemorySyscalls.MAP_PRIVATE;

    final Task t = TestTasks.task();
    final AddressSpace m = t.process.mem;

    @AfterEach
    void close() {
        m.close();
    }

    long mmap(long addr, long len, long prot, long flags) {
        return MemorySyscalls.mmap(t, addr, len, prot, flags, -1, 0);
    }

    @Test
    void map32bitGoesBottomUpBetweenOneAndTwoGibOrToAHintBelowTwo() {
        long flags = ANON_PRIVATE | MemorySyscalls.MAP_32BIT;
        long a = mmap(0, 2 * PAGE, RW, flags);
        assertEquals(MemorySyscalls.MAP_32BIT_BOTTOM, a, "the lowest free range from 1 GiB");
        assertEquals(a + 2 * PAGE, mmap(0, PAGE, RW, flags), "the next one above it");
        assertEquals(0x1000_0000L, mmap(0x1000_0000L, PAGE, RW, flags), "a free hint below 2 GiB");
        assertEquals(a + 3 * PAGE, mmap(MemorySyscalls.MAP_32BIT_TOP, PAGE, RW, flags), "a hint at 2 GiB is ignored");
        assertTrue(mmap(0, PAGE, RW, ANON_PRIVATE) >= 1L << 32, "without the flag: above 4 GiB as before");
        assertEquals(-Errno.ENOMEM, mmap(0, MemorySyscalls.MAP_32BIT_TOP, RW, flags), "2 GiB cannot fit in [1, 2) GiB");
    }

    @Test
    void aFixedMappingBeyondTheFlatWindowIsRefusedWithOneLineSayingWhy() {
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        t.cpu.os = new LinuxSyscalls(t, SyscallTable.get(), null, new java.io.PrintStream(said, true), false);
        long high = 0x7f00_0000_0000L;
        assertEquals(-Errno.ENOMEM, mmap(high, PAGE, RW, ANON_PRIVATE | MemorySyscalls.MAP_FIXED));
        assertEquals(-Errno.ENOMEM, mmap(high + PAGE, PAGE, RW, ANON_PRIVATE | MemorySyscalls.MAP_FIXED_NOREPLACE));
        assertEquals("ring3: a fixed mapping at 0x7f0000000000 is beyond the flat memory's 16 GiB: ENOMEM"
                + " (--memory=paged maps any address)\n", said.toString(), "said once per process");
        assertTrue(mmap(high, PAGE, RW, ANON_PRIVATE) > 0, "a hint there is no error: the mapping goes elsewhere");
    }

    @Test
    void brkGrowsShrinksAndRefusesBelowStart() {
        long start = t.process.brkStart;
        assertEquals(start, MemorySyscalls.brk(t, 0, 0, 0, 0, 0, 0), "brk(0) reports the break");
        assertEquals(start + 10000, MemorySyscalls.brk(t, start + 10000, 0, 0, 0, 0, 0));
        m.write64(start + 9992, 7);
        assertTrue(m.isMapped(start, 3 * PAGE));
        assertEquals("[heap]", MemorySyscalls.nameAt(m, start));
        assertEquals(start + 10, MemorySyscalls.brk(t, start + 10, 0, 0, 0, 0, 0));
        assertEquals(-1, m.protAt(start + PAGE));
        assertEquals(start + 10, MemorySyscalls.brk(t, start - PAGE, 0, 0, 0, 0, 0), "failure returns the current break");
        // Growing into another mapping fails the same way.
        assertEquals(start + 4 * PAGE, mmap(start + 4 * PAGE, PAGE, RW, ANON_PRIVATE | MemorySyscalls.MAP_FIXED));
        assertEquals(start + 10, MemorySyscalls.brk(t, start + 8 * PAGE, 0, 0, 0, 0, 0));
        // Pages freed by shrinking come back zeroed.
        assertEquals(start + 3 * PAGE, MemorySyscalls.brk(t, start + 3 * PAGE, 0, 0, 0, 0, 0));
        assertEquals(0, m.read64(start + 9992));
    }

    @Test
    void mmapArgumentErrors() {
        assertEquals(-Errno.EINVAL, mmap(0, 0, RW, ANON_PRIVATE), "length 0");
        assertEquals(-Errno.EINVAL, mmap(0, PAGE, RW, MemorySyscalls.MAP_ANONYMOUS), "neither shared nor private");
        assertEquals(-Errno.EINVAL, MemorySyscalls.mmap(t, 0, PAGE, RW, ANON_PRIVATE, -1, 100), "unaligned offset");
        assertEquals(-Errno.EINVAL, mmap(0x10001, PAGE, RW, ANON_PRIVATE | MemorySyscalls.MAP_FIXED), "unaligned fixed");
        assertEquals(-Errno.EBADF, MemorySyscalls.mmap(t, 0, PAGE, RW, MemorySyscalls.MAP_PRIVATE, 77, 0), "no such fd");
        assertEquals(-Errno.ENOMEM, mmap(0, -PAGE, RW, ANON_PRIVATE), "absurd length");
        assertEquals(-Errno.EINVAL, mmap(0, PAGE, 0x100, ANON_PRIVATE), "unknown prot bit");
    }

    @Test
    void mmapAnonymousIsZeroAndHonoursProt() {
        long a = mmap(0, 3 * PAGE + 1, Prot.READ, ANON_PRIVATE);
        assertTrue(a > 0 && (a & (PAGE - 1)) == 0);
        assertTrue(m.isMapped(a, 4 * PAGE));
        assertEquals(0, m.read64(a + 3 * PAGE));
        assertEquals(Prot.READ, m.protAt(a) & 7);
        long b = mmap(0, PAGE, RW, ANON_PRIVATE);
        assertNotEquals(a, b);
    }

    @Test
    void hintIsUsedWhenFreeAndFixedReplaces() {
        long hint = 0x2000_0000L;
        assertEquals(hint, mmap(hint, PAGE, RW, ANON_PRIVATE));
        m.write64(hint, 42);
        long other = mmap(hint, PAGE, RW, ANON_PRIVATE);
        assertNotEquals(hint, other, "a taken hint is not used");
        assertEquals(-Errno.EEXIST, mmap(hint, PAGE, RW, ANON_PRIVATE | MemorySyscalls.MAP_FIXED_NOREPLACE));
        assertEquals(42, m.read64(hint));
        assertEquals(hint, mmap(hint, PAGE, RW, ANON_PRIVATE | MemorySyscalls.MAP_FIXED));
        assertEquals(0, m.read64(hint), "MAP_FIXED replaced the page");
    }

    @Test
    void munmapAndMprotect() {
        long a = mmap(0, 4 * PAGE, RW, ANON_PRIVATE);
        assertEquals(-Errno.EINVAL, MemorySyscalls.munmap(t, a + 1, PAGE, 0, 0, 0, 0));
        assertEquals(-Errno.EINVAL, MemorySyscalls.munmap(t, a, 0, 0, 0, 0, 0));
        assertEquals(0, MemorySyscalls.munmap(t, a + PAGE, 1, 0, 0, 0, 0));
        assertEquals(-1, m.protAt(a + PAGE));
        assertEquals(0, MemorySyscalls.munmap(t, a + PAGE, PAGE, 0, 0, 0, 0), "unmapping a hole is fine");
        assertEquals(0, MemorySyscalls.mprotect(t, a, PAGE, Prot.READ, 0, 0, 0));
        assertEquals(Prot.READ, m.protAt(a) & 7);
        assertEquals(-Errno.ENOMEM, MemorySyscalls.mprotect(t, a, 3 * PAGE, Prot.READ, 0, 0, 0), "range has a hole");
        assertEquals(-Errno.EINVAL, MemorySyscalls.mprotect(t, a + 8, PAGE, Prot.READ, 0, 0, 0));
        assertEquals(-Errno.EINVAL, MemorySyscalls.mprotect(t, a, PAGE, 0x40, 0, 0, 0));
        assertEquals(0, MemorySyscalls.mprotect(t, a, 0, Prot.READ, 0, 0, 0));
    }

    @Test
    void mremapShrinkGrowMove() {
        long a = mmap(0, 2 * PAGE, RW, ANON_PRIVATE);
        m.write64(a, 0x1234);
        assertEquals(-Errno.EINVAL, MemorySyscalls.mremap(t, a + 1, PAGE, PAGE, 0, 0, 0));
        assertEquals(-Errno.EINVAL, MemorySyscalls.mremap(t, a, PAGE, 0, 0, 0, 0));
        assertEquals(-Errno.EINVAL, MemorySyscalls.mremap(t, a, PAGE, PAGE, MemorySyscalls.MREMAP_FIXED, a + PAGE * 10, 0));
        assertEquals(-Errno.EFAULT, MemorySyscalls.mremap(t, 0x7000_0000L, PAGE, 2 * PAGE, 0, 0, 0));
        assertEquals(a, MemorySyscalls.mremap(t, a, 2 * PAGE, PAGE, 0, 0, 0));
        assertEquals(-1, m.protAt(a + PAGE));
        // Block growth in place, then grow with MAYMOVE.
        assertEquals(a + PAGE, mmap(a + PAGE, PAGE, Prot.READ, ANON_PRIVATE | MemorySyscalls.MAP_FIXED));
        assertEquals(-Errno.ENOMEM, MemorySyscalls.mremap(t, a, PAGE, 4 * PAGE, 0, 0, 0));
        long b = MemorySyscalls.mremap(t, a, PAGE, 4 * PAGE, MemorySyscalls.MREMAP_MAYMOVE, 0, 0);
        assertTrue(b > 0 && b != a);
        assertEquals(0x1234, m.read64(b));
        assertTrue(m.isMapped(b, 4 * PAGE));
        assertEquals(RW, m.protAt(b + 3 * PAGE) & 7);
        assertEquals(-1, m.protAt(a));
        // Grow in place when the pages after are free.
        long c = MemorySyscalls.mremap(t, a + PAGE, PAGE, 3 * PAGE, 0, 0, 0);
        assertEquals(a + PAGE, c);
        assertEquals(Prot.READ, m.protAt(a + 3 * PAGE) & 7);
        // MREMAP_FIXED moves to the given address, replacing what is there.
        long target = 0x3000_0000L;
        mmap(target, PAGE, Prot.READ, ANON_PRIVATE | MemorySyscalls.MAP_FIXED);
        assertEquals(target, MemorySyscalls.mremap(t, b, 4 * PAGE, 2 * PAGE,
                MemorySyscalls.MREMAP_MAYMOVE | MemorySyscalls.MREMAP_FIXED, target, 0));
        assertEquals(0x1234, m.read64(target));
        assertEquals(RW, m.protAt(target) & 7);
        assertEquals(-1, m.protAt(b));
    }

    @Test
    void madviseDontneedZeroesPrivateAnonymousPages() {
        long a = mmap(0, 2 * PAGE, RW, ANON_PRIVATE);
        m.write64(a, 5);
        m.write64(a + PAGE, 6);
        assertEquals(0, MemorySyscalls.madvise(t, a, PAGE, MemorySyscalls.MADV_DONTNEED, 0, 0, 0));
        assertEquals(0, m.read64(a));
        assertEquals(6, m.read64(a + PAGE));
        assertEquals(RW, m.protAt(a) & 7);
        assertEquals(-Errno.EINVAL, MemorySyscalls.madvise(t, a + 1, PAGE, 0, 0, 0, 0));
        assertEquals(-Errno.EINVAL, MemorySyscalls.madvise(t, a, PAGE, 77, 0, 0, 0));
        assertEquals(-Errno.ENOMEM, MemorySyscalls.madvise(t, a, 3 * PAGE, 0, 0, 0, 0));
    }
}
