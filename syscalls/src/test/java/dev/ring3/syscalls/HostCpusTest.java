package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The CPU masks of /proc/PID/status and sched_setaffinity, in the kernel's formats. */
class HostCpusTest {
    @Test
    void cpuListsParseAsTheKernelPrintsThem() {
        assertArrayEquals(new long[] {0b11}, HostCpus.parseList("0-1"));
        assertArrayEquals(new long[] {0b1_0011_1101}, HostCpus.parseList("0,2-5,8"));
        assertArrayEquals(new long[] {0, 1L << 6}, HostCpus.parseList("70"));
        assertNull(HostCpus.parseList(""));
        assertNull(HostCpus.parseList("0-"));
        assertNull(HostCpus.parseList(null));
    }

    @Test
    void allowedIsHexInGroupsOf32BitsWideAsNrCpuIds() {
        // %*pb: nr_cpu_ids bits, so a 2-CPU host prints one digit and a 64-CPU one two groups
        assertEquals("2", HostCpus.allowed(new long[] {0b10}, 2));
        assertEquals("0003", HostCpus.allowed(new long[] {0b11}, 16));
        assertEquals("00000000,00000001", HostCpus.allowed(new long[] {1}, 64));
        assertEquals("1,00000000,80000000", HostCpus.allowed(new long[] {1L << 31, 1}, 65));
    }

    @Test
    void allowedListNamesRuns() {
        assertEquals("1", HostCpus.allowedList(new long[] {0b10}));
        assertEquals("0-1", HostCpus.allowedList(new long[] {0b11}));
        assertEquals("0,2-5,8", HostCpus.allowedList(new long[] {0b1_0011_1101}));
        assertEquals("63-64", HostCpus.allowedList(new long[] {1L << 63, 1}));
    }

    @Test
    void theLowestCpuIsTheOneReported() {
        assertEquals(1, HostCpus.first(new long[] {0b110}));
        assertEquals(64, HostCpus.first(new long[] {0, 1}));
    }

    @Test
    void aRequestKeepsOnlyCpusTheHostCanGrantAndNoneIsRefused() {
        assertNull(HostCpus.restrict(new long[] {0}));
        assertNull(HostCpus.restrict(new long[] {0, 0, 0, 1L << 63})); // CPU 255: not on this host
        long[] cpu0 = HostCpus.restrict(new long[] {1, 0, 0});
        assertArrayEquals(new long[] {1}, cpu0); // every host has CPU 0 online; no trailing zero words
    }
}
