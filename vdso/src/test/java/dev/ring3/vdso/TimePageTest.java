package dev.ring3.vdso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The time page as ring3 writes it, against the layout the vDSO code reads. */
class TimePageTest {
    @Test
    void asmOffsetsMatchTheJavaLayout() throws Exception {
        String asm = Files.readString(Path.of("src/main/asm/vdso.asm"));
        Matcher m = Pattern.compile("(?m)^TP_(\\w+)\\s+equ\\s+(0x[0-9a-fA-F]+)").matcher(asm);
        Map<String, Integer> found = new HashMap<>();
        while (m.find()) {
            found.put(m.group(1), Integer.decode(m.group(2)));
        }
        assertEquals(15, found.size(), found.toString());
        for (Map.Entry<String, Integer> e : found.entrySet()) {
            int java = TimePageLayout.class.getField(e.getKey()).getInt(null);
            assertEquals(java, e.getValue(), "TP_" + e.getKey());
        }
        Matcher text = Pattern.compile("(?m)^TEXT_VADDR\\s+equ\\s+(0x[0-9a-fA-F]+)").matcher(asm);
        assertTrue(text.find());
        assertEquals(VdsoElfWriter.TEXT_VADDR, Integer.decode(text.group(1)));
    }

    @Test
    void installMapsVvarBelowVdsoAndPublishes() throws Exception {
        try (AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            TimePage t = Vdso.install(mem);
            try {
                long vvar = t.address();
                assertEquals(vvar + 4096, t.vdsoBase());
                assertEquals(Prot.READ, mem.protAt(vvar) & 7);
                assertEquals(Prot.READ | Prot.EXEC, mem.protAt(t.vdsoBase()) & 7);
                assertEquals(0x464c457f, mem.read32(t.vdsoBase()));
                assertTrue(mem.mappings().stream().anyMatch(x -> x.name().equals("[vvar]") && x.start() == vvar));
                assertTrue(mem.mappings().stream().anyMatch(x -> x.name().equals("[vdso]")));
                int seq = mem.read32(vvar + TimePageLayout.SEQ);
                assertTrue(seq >= 2 && seq % 2 == 0, "published: even " + seq);
                assertEquals(TimePageLayout.LAYOUT_VERSION, mem.read32(vvar + TimePageLayout.VERSION));
                assertEquals(1, mem.read32(vvar + TimePageLayout.MULT), "1 GHz TSC: exact");
                assertEquals(0, mem.read32(vvar + TimePageLayout.SHIFT));
                assertEquals(Long.MAX_VALUE, mem.read64(vvar + TimePageLayout.MAX_CYCLES));
                long mono = mem.read64(vvar + TimePageLayout.BASE + 8 * HostClock.CLOCK_MONOTONIC);
                assertEquals(mem.read64(vvar + TimePageLayout.TSC_BASE), mono);
                assertEquals(HostClock.SERVED, mem.read32(vvar + TimePageLayout.SERVED));
                assertEquals(HostClock.SERVED & ~HostClock.COARSE, mem.read32(vvar + TimePageLayout.HRES));
                assertEquals(HostClock.TICK_NS, mem.read64(vvar + TimePageLayout.TICK_NS));
                long real = mem.read64(vvar + TimePageLayout.BASE + 8 * HostClock.CLOCK_REALTIME) - mono;
                assertEquals(HostClock.offset(HostClock.CLOCK_REALTIME), real);
                assertEquals(mono, mem.read64(vvar + TimePageLayout.BASE + 8 * HostClock.CLOCK_BOOTTIME));
                long wall = System.currentTimeMillis() * 1_000_000L;
                assertTrue(Math.abs(System.nanoTime() + real - wall) < 50_000_000L, "REALTIME offset is the wall clock");
                assertTrue(HostClock.pages().contains(t));
            } finally {
                Vdso.release(mem);
            }
            assertFalse(HostClock.pages().contains(t));
            long coarse = t.address() + TimePageLayout.BASE + 8 * HostClock.CLOCK_MONOTONIC_COARSE;
            long last = mem.read64(coarse);
            t.publish();
            Thread.sleep(3 * HostClock.TICK_NS / 1_000_000L);
            assertEquals(last, mem.read64(coarse), "released: no more writes");
        }
    }

    /**
     * Regression (issue 4, JDK 17): the tick moved the page's sequence counter every 4 ms, so a
     * translated clock_gettime loop sometimes retried; the retry block then got hot first, the
     * region was entered there and the loop ran ~25% slower. The tick now stores only the coarse
     * words: the counter, and every field the high-resolution clocks read, stay as they were.
     */
    @Test
    void ticksMoveTheCoarseWordsButNeverTheCounter() throws Exception {
        assertTrue(HostClock.ticking());
        try (AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            TimePage t = Vdso.install(mem);
            try {
                long vvar = t.address();
                long coarse = vvar + TimePageLayout.BASE + 8 * HostClock.CLOCK_MONOTONIC_COARSE;
                byte[] before = new byte[TimePageLayout.BASE + 8 * HostClock.CLOCK_REALTIME_COARSE];
                mem.peek(vvar, before, 0, before.length);
                long seen = mem.read64(coarse);
                int ticks = 0;
                for (long end = System.nanoTime() + 2_000_000_000L; ticks < 3 && System.nanoTime() < end;) {
                    Thread.sleep(1);
                    long now = mem.read64(coarse);
                    if (now != seen) {
                        assertTrue(now > seen, now + " after " + seen);
                        seen = now;
                        ticks++;
                    }
                }
                assertEquals(3, ticks, "the coarse clocks advanced at the ticks");
                t.publish();
                byte[] after = new byte[before.length];
                mem.peek(vvar, after, 0, after.length);
                assertArrayEquals(before, after, "the counter and the precise fields up to the coarse bases");
                assertEquals(mem.read64(vvar + TimePageLayout.BASE + 8 * HostClock.CLOCK_MONOTONIC),
                        mem.read64(vvar + TimePageLayout.TSC_BASE));
            } finally {
                Vdso.release(mem);
            }
        }
    }

    @Test
    void conversionIsExactWhereItCanBeAndKeepsItsRangeElsewhere() {
        assertEquals(1L << 8, TimePage.conversion(1_000_000_000L), "1 GHz: mult 1, shift 0");
        assertEquals(2L << 8, TimePage.conversion(500_000_000L));
        assertEquals(1L << 8 | 1, TimePage.conversion(2_000_000_000L), "2 GHz: half a nanosecond per tick");
        assertEquals(5L << 8 | 3, TimePage.conversion(1_600_000_000L), "1.6 GHz: 5/8 ns per tick");
        for (long hz : new long[] {2_445_000_000L, 3_000_000_001L, 32_768L, 10_000_000_000L}) {
            long c = TimePage.conversion(hz);
            long mult = c >>> 8;
            int shift = (int) c & 0xFF;
            double nsPerTick = (double) mult / (1L << shift);
            assertEquals(1e9 / hz, nsPerTick, 1e9 / hz * 2e-6, hz + " Hz");
            long ticks = TimePage.RANGE_SECONDS * hz;
            assertTrue(ticks <= TimePage.maxCycles(mult), hz + " Hz: 600 s within 64 bits");
        }
    }

    @Test
    void aForkedChildKeepsItsOwnPage() {
        try (AddressSpace parent = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            TimePage t = Vdso.install(parent);
            try (AddressSpace child = parent.copy()) {
                TimePage c = Vdso.inherit(parent, child);
                try {
                    assertEquals(t.address(), c.address());
                    int seq = child.read32(c.address() + TimePageLayout.SEQ);
                    assertTrue(seq >= 4 && seq % 2 == 0, "continues the parent's sequence: " + seq);
                    assertTrue(HostClock.pages().contains(c));
                } finally {
                    Vdso.release(child);
                }
                assertTrue(HostClock.pages().contains(t));
                assertFalse(HostClock.pages().contains(c));
            } finally {
                Vdso.release(parent);
            }
        }
    }

    @Test
    void aPageTheGuestUnmappedIsDropped() {
        try (AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            TimePage t = Vdso.install(mem);
            mem.unmap(t.address(), 4096);
            t.publish();
            assertFalse(HostClock.pages().contains(t));
        }
    }

    /**
     * The coarse clocks and time() are the state of the last tick, the same on the page the vDSO
     * reads and on the syscall path; a tick moves them forward within about a tick of the precise clock.
     */
    @Test
    void coarseClocksAndTimeAreTheLastTicksOnBothPaths() throws Exception {
        assertTrue(HostClock.ticking());
        try (AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            TimePage t = Vdso.install(mem);
            try {
                long vvar = t.address();
                long firstTick = -1;
                int ticks = 0;
                for (int i = 0; i < 200_000 && ticks < 3; i++) {
                    long mono = HostClock.now(HostClock.CLOCK_MONOTONIC_COARSE);
                    long real = HostClock.now(HostClock.CLOCK_REALTIME_COARSE);
                    long secs = HostClock.seconds();
                    long precise = HostClock.now(HostClock.CLOCK_MONOTONIC);
                    long pageMono = mem.read64(vvar + TimePageLayout.BASE + 8 * HostClock.CLOCK_MONOTONIC_COARSE);
                    long pageReal = mem.read64(vvar + TimePageLayout.BASE + 8 * HostClock.CLOCK_REALTIME_COARSE);
                    long pageSecs = mem.read64(vvar + TimePageLayout.TIME_SECONDS);
                    if (HostClock.now(HostClock.CLOCK_MONOTONIC_COARSE) != mono) {
                        continue; // a tick in between (it wrote the pages before the syscall path saw it)
                    }
                    assertEquals(mono, pageMono);
                    assertEquals(real, pageReal);
                    assertEquals(real - mono, HostClock.offset(HostClock.CLOCK_REALTIME));
                    assertEquals(Math.floorDiv(real, 1_000_000_000L), secs);
                    assertEquals(secs, pageSecs);
                    assertTrue(mono <= precise, mono + " " + precise);
                    if (firstTick == -1) {
                        firstTick = mono;
                    } else if (mono != firstTick) {
                        assertTrue(mono > firstTick);
                        firstTick = mono;
                        ticks++;
                    }
                    Thread.sleep(0, 100_000);
                }
                assertEquals(3, ticks, "the coarse clocks advanced at the ticks");
            } finally {
                Vdso.release(mem);
            }
        }
    }

    @Test
    void servedClocksAreTheKernelVdsos() {
        for (int c : new int[] {0, 1, 4, 5, 6, 7, 11}) {
            assertTrue(HostClock.served(c), "clock " + c);
        }
        for (long c : new long[] {2, 3, 8, 9, 10, 12, 31, 32, -1, -6, 1L << 32}) {
            assertFalse(HostClock.served(c), "clock " + c);
        }
    }
}
