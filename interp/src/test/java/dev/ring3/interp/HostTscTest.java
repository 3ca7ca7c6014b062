package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** ring3's TSC: CLOCK_MONOTONIC at 1 GHz, from System.nanoTime and then (JDK 22+) from the host's TSC. */
class HostTscTest {
    static boolean hostTscUsable() throws Exception {
        return Runtime.version().feature() >= 22 && Files.isReadable(NativeTsc.CLOCKSOURCE)
                && Files.readString(NativeTsc.CLOCKSOURCE).trim().equals("tsc")
                && "amd64".equals(System.getProperty("os.arch"));
    }

    @Test
    void theHostTscIsUsedWhereTheJdkAndTheHostAllowIt() throws Exception {
        boolean upgraded = HostTsc.upgradeNow();
        assertEquals(hostTscUsable(), upgraded, HostTsc.source());
        assertEquals(upgraded, HostTsc.isNative());
        if (!upgraded) {
            assertTrue(HostTsc.source().startsWith("System.nanoTime ("), HostTsc.source());
        } else {
            assertTrue(HostTsc.source().startsWith("the host TSC ("), HostTsc.source());
        }
    }

    /**
     * Several threads read the clock across the switch from System.nanoTime to the host TSC and
     * across some 30 updates of the line (every 10 ms): nobody ever sees it go backwards, and it
     * stays within a millisecond of the host's CLOCK_MONOTONIC.
     */
    @Test
    void neverGoesBackwardsAcrossTheSwitchAndTheUpdates() throws Exception {
        AtomicReference<String> bad = new AtomicReference<>();
        Thread[] readers = new Thread[3];
        AtomicLong until = new AtomicLong(Long.MAX_VALUE);
        for (int i = 0; i < readers.length; i++) {
            readers[i] = new Thread(() -> {
                long last = HostTsc.nanos();
                while (System.nanoTime() < until.get() && bad.get() == null) {
                    long a = System.nanoTime();
                    long n = HostTsc.nanos();
                    long b = System.nanoTime();
                    if (n < last) {
                        bad.compareAndSet(null, "backwards: " + last + " then " + n);
                    }
                    if (n < a - 1_000_000L || n > b + 1_000_000L) {
                        bad.compareAndSet(null, "not CLOCK_MONOTONIC: " + a + " <= " + n + " <= " + b);
                    }
                    last = n;
                }
            });
            readers[i].start();
        }
        Thread.sleep(50);
        HostTsc.upgradeNow();
        until.set(System.nanoTime() + 300_000_000L);
        for (Thread t : readers) {
            t.join();
        }
        assertEquals(null, bad.get(), HostTsc.source());
    }

    @Test
    void aLineConvertsLikeItsExact128BitForm() {
        HostTsc.Line l = new HostTsc.Line(1_000_000L, 5_000_000_000L, 12345, 3_431_000L, 23);
        for (long d : new long[] {0, 1, 2, 1000, 2_445_000_000L, 600L * 2_445_000_000L, l.maxCycles, l.maxCycles + 1,
                Long.MAX_VALUE / 4}) {
            long t = 1_000_000L + d;
            long[] e = l.exact(t);
            assertEquals(e[0], l.at(t), "delta " + d);
            assertTrue(e[1] >= 0 && e[1] < 1 << 23);
        }
        assertEquals(5_000_000_000L, l.at(999_999L), "a TSC behind the base reads as the base");
        assertEquals(5_000_000_000L + (2_445_000_000L * 3_431_000L + 12345 >>> 23), l.at(1_000_000L + 2_445_000_000L));
    }

    @Test
    void theShiftKeepsTenMinutesOfTicksWithin63Bits() {
        for (double perNs : new double[] {0.032768, 1.0, 2.445, 5.0}) {
            int s = HostTsc.shift(perNs);
            long mult = Math.round((1L << s) / perNs);
            assertTrue(s > 0 && mult > 0, perNs + ": " + s);
            long range = (long) (HostTsc.RANGE_SECONDS * 1e9 * perNs);
            assertFalse(Math.multiplyHigh(range, mult) != 0 || range * mult < 0, perNs + " ticks/ns: shift " + s);
        }
    }
}
