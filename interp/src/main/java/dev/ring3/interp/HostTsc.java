package dev.ring3.interp;

/**
 * ring3's time-stamp counter: one tick per nanosecond of the host's CLOCK_MONOTONIC, shared by all
 * guest threads, never going backwards. RDTSC reads it, the vDSO's time page is calibrated for it
 * and the clock syscalls add their offsets to it, so every path that tells the time agrees.
 *
 * <p>At first it is System.nanoTime, which is the host's clock_gettime (about 30 ns here). A guest
 * that reads the clock often ({@link #UPGRADE_AFTER} reads) gets it from the host's TSC instead,
 * the way the kernel computes CLOCK_MONOTONIC (kernel/time/timekeeping.c): a background thread links
 * {@link NativeTsc} (a critical FFM downcall, about 14 ns with the RDTSC's own 12 ns; JDK 22 and later
 * on a host whose clocksource is the TSC), calibrates the TSC's rate, and from then on converts
 * with a multiplier and shift from a base, {@code ns = base + ((tsc - tscBase) * mult + frac >>> shift)}.
 * Every {@link #PERIOD_MS} it takes a new base where the old line is (so the clock is continuous)
 * and steers the multiplier so that the clock converges on the host's CLOCK_MONOTONIC (which NTP
 * slews against the TSC), as the kernel's NTP adjustment of its clocksource multiplier does.
 * The setup costs 0.1-0.25 s of CPU on JDK 25 (the FFM linker's first use), which is why
 * short programs never pay it: like the JIT, it is for code that runs long enough to win it back.
 *
 * <p>Readers take a line, read the TSC and check the line is still current, so a reader that was
 * preempted across an update starts again. The updater takes its new base from the TSC, checks
 * that little time passed before it publishes, and starts the new line slightly ahead of the
 * old one so that no reader that used the old line meanwhile sees a later, smaller value.
 * {@code -Dring3.tsc=nanotime} keeps System.nanoTime.
 */
public final class HostTsc {
    /** Reads of System.nanoTime after which the host TSC is set up. */
    static final int UPGRADE_AFTER = 1 << 20;
    /** How often the updater takes a new base and steers. */
    static final long PERIOD_MS = 10;
    /** Calibration time before the first line. */
    static final long CALIBRATE_MS = 10;
    /** Steering: the rate is corrected by error / this (ns), at most {@link #MAX_SLEW}. */
    static final double CONVERGE_NS = 100_000_000.0;
    /** The kernel's limit on NTP frequency slewing (MAXFREQ, 500 ppm). */
    static final double MAX_SLEW = 500e-6;
    /** Further behind the host than this (a stalled updater), the clock jumps forward. */
    static final long STEP_NS = 1_000_000L;
    /** TSC ticks (about 20 us) within which a new base must be published, else it is not (the updater was preempted). */
    static final long WINDOW_TICKS = 50_000L;
    /** Conversions keep this many seconds of ticks within 64 bits (the kernel asks 600 s of the TSC). */
    static final long RANGE_SECONDS = 600;
    static final long NS = 1_000_000_000L;
    static final boolean ALLOWED = !"nanotime".equals(System.getProperty("ring3.tsc"));
    /** False where the host TSC can never be used (JDK 17-21): RDTSC is then System.nanoTime and nothing else. */
    static final boolean POSSIBLE = ALLOWED && Runtime.version().feature() >= 22;

    private static volatile Line line;
    private static int fallbackReads;
    private static Thread updater;

    private HostTsc() {}

    /** The current value of ring3's TSC, in nanoseconds of the host's CLOCK_MONOTONIC. */
    public static long nanos() {
        if (!POSSIBLE) {
            return System.nanoTime();
        }
        Line l = line;
        if (l != null) {
            long n = l.at(NativeTsc.read());
            if (l == line) {
                return n;
            }
        }
        return slow();
    }

    private static long slow() {
        if (line == null && fallbackReads++ >= UPGRADE_AFTER) {
            startUpgrade();
        }
        return peek();
    }

    /** {@link #nanos} for ring3's own housekeeping: the same clock, not counted as a guest's read. */
    public static long peek() {
        if (!POSSIBLE) {
            return System.nanoTime();
        }
        for (;;) {
            Line l = line;
            if (l != null) {
                long n = l.at(NativeTsc.read());
                if (l == line) {
                    return n;
                }
            } else {
                long n = System.nanoTime();
                if (line == null) {
                    return n; // the first line starts ahead of every value System.nanoTime gave before it
                }
            }
        }
    }

    /** True once ring3's TSC comes from the host's TSC. */
    public static boolean isNative() {
        return line != null;
    }

    /** What ring3's TSC is read from, for reports. */
    public static String source() {
        Line l = line;
        if (l != null) {
            return String.format(java.util.Locale.ROOT, "the host TSC (%.3f GHz, critical FFM downcall)",
                    (double) (1L << l.shift) / l.mult);
        }
        String why = !ALLOWED ? "-Dring3.tsc=nanotime" : NativeTsc.unavailable;
        return "System.nanoTime" + (why != null ? " (" + why + ")" : "");
    }

    /** Sets up the host TSC now and waits for it; false (see {@link #source}) where it cannot be. */
    public static boolean upgradeNow() {
        Thread t = startUpgrade();
        while (line == null && t != null && t.isAlive()) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return line != null;
    }

    private static synchronized Thread startUpgrade() {
        if (updater == null && ALLOWED) {
            updater = new Thread(HostTsc::run, "ring3-tsc");
            updater.setDaemon(true);
            updater.start();
        }
        fallbackReads = Integer.MIN_VALUE;
        return updater;
    }

    /** The updater: link, calibrate, publish the first line, then steer every {@link #PERIOD_MS}. */
    private static void run() {
        if (NativeTsc.READ == null) {
            return;
        }
        long[] first = pair();
        if (!sleep(CALIBRATE_MS)) {
            return;
        }
        long[] p = pair();
        int shift = shift(rate(first, p));
        for (;;) {
            long mult = Math.round((1L << shift) / rate(first, p));
            // Ahead of every System.nanoTime value read before the store: the upper reading plus a margin.
            Line l = new Line(p[0], p[2] + 100, 0, mult, shift);
            if (NativeTsc.read() - p[0] <= WINDOW_TICKS) {
                line = l;
                break;
            }
            p = pair();
        }
        while (sleep(PERIOD_MS)) {
            steer(first, pair());
        }
    }

    /** A new line at the TSC reading of {@code p}, continuing the current one, steered toward the host. */
    static void steer(long[] first, long[] p) {
        Line old = line;
        long[] at = old.exact(p[0]);
        long error = p[1] - at[0]; // the host ahead of ring3
        long base = at[0];
        long frac = at[1];
        if (error > STEP_NS) {
            base = p[1];
            frac = 0;
            error = 0;
        }
        double slew = Math.max(-MAX_SLEW, Math.min(MAX_SLEW, error / CONVERGE_NS));
        long mult = Math.round((1L << old.shift) / rate(first, p) * (1 + slew));
        long window = Math.max(0, NativeTsc.read() - p[0]) + WINDOW_TICKS;
        long change = Math.abs(mult - old.mult);
        if (window > 2 * WINDOW_TICKS || change > 0xFFFFFFFFL) {
            return; // preempted (or a wild reading): try again next period
        }
        // A reader may have used the old line at a TSC up to `window` past the new base: start at
        // least as far ahead as the old line can have got there, plus a nanosecond for rounding.
        long ahead = 1 + (window * change >>> old.shift);
        line = new Line(p[0], base + ahead, frac, mult, old.shift);
    }

    /** TSC ticks per nanosecond between two pairs. */
    static double rate(long[] a, long[] b) {
        return (double) (b[0] - a[0]) / (b[1] - a[1]);
    }

    /** The largest shift whose multiplier keeps {@link #RANGE_SECONDS} of ticks within 63 bits. */
    static int shift(double ticksPerNs) {
        double range = RANGE_SECONDS * NS * ticksPerNs;
        for (int s = 32; s > 0; s--) {
            double mult = (1L << s) / ticksPerNs;
            if (mult * range < 0x1p62) {
                return s;
            }
        }
        return 0;
    }

    /**
     * {TSC, CLOCK_MONOTONIC at the same moment, an upper bound of CLOCK_MONOTONIC then}: the TSC read
     * between the two closest of a few pairs of System.nanoTime readings.
     */
    static long[] pair() {
        long[] best = null;
        long bestWidth = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long m0 = System.nanoTime();
            long t = NativeTsc.read();
            long m1 = System.nanoTime();
            if (m1 - m0 < bestWidth) {
                bestWidth = m1 - m0;
                best = new long[] {t, m0 + (m1 - m0) / 2, m1};
            }
        }
        return best;
    }

    private static boolean sleep(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** One conversion: TSC ticks since {@code tscBase} to nanoseconds since {@code base}. */
    static final class Line {
        final long tscBase;
        final long base;
        final long frac;
        final long mult;
        final int shift;
        final long maxCycles;

        Line(long tscBase, long base, long frac, long mult, int shift) {
            this.tscBase = tscBase;
            this.base = base;
            this.frac = frac;
            this.mult = mult;
            this.shift = shift;
            this.maxCycles = (Long.MAX_VALUE - frac) / mult;
        }

        /** The clock at TSC value {@code t} (a TSC behind the base reads as the base, as in the kernel). */
        long at(long t) {
            long d = t - tscBase;
            if (d <= 0) {
                return base;
            }
            if (d > maxCycles) {
                return exact(t)[0];
            }
            return base + ((d * mult + frac) >>> shift);
        }

        /** {nanoseconds, the fraction below a nanosecond in 2^-shift units} at {@code t}, with a 128-bit product. */
        long[] exact(long t) {
            long d = Math.max(0, t - tscBase);
            long lo = d * mult;
            long hi = Math.multiplyHigh(d, mult);
            long sum = lo + frac;
            if (Long.compareUnsigned(sum, lo) < 0) {
                hi++;
            }
            long mask = (1L << shift) - 1;
            long ns = shift == 0 ? sum : hi << (64 - shift) | sum >>> shift;
            return new long[] {base + ns, sum & mask};
        }
    }
}
