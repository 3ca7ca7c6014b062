package dev.ring3.vdso;

import dev.ring3.interp.HostTsc;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * ring3's model of the host's clocks, shared by the vDSO's time pages and the clock syscalls so
 * that both paths give the same answer: CLOCK_MONOTONIC is ring3's TSC (interp's {@link HostTsc},
 * the host's CLOCK_MONOTONIC), and every other served clock is the monotonic time plus an offset —
 * CLOCK_REALTIME's offset measured from the host's wall clock.
 *
 * <p>As in the kernel, a host thread (the "tick", every {@link #TICK_NS}) keeps the state current:
 * it takes the time of the tick, which the _COARSE clocks and time() report until the next one
 * (kernel: the timekeeper's xtime at its last update), re-measures REALTIME - MONOTONIC, and
 * republishes every time page. The kernel keeps that offset constant except when the wall clock is
 * stepped (settimeofday, clock_settime, a leap second); a change larger than {@link #STEP_NS} is
 * such a step and is adopted, smaller ones are measurement noise and are ignored, which keeps
 * REALTIME continuous.
 *
 * <p>The tick writes under a sequence counter, {@link #seq}, and publishes every page before it
 * closes it; the syscall path reads under {@link #seq}, and the vDSO reads a page's coarse words
 * (stored atomically) or its high-resolution fields (under the page's own counter, which moves only
 * when those change): so a value read on one path is never newer than one read afterwards on the
 * other.
 *
 * <p>The state here is static on purpose: the host has one wall clock for all guest processes.
 */
public final class HostClock {
    public static final int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
            CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_REALTIME_COARSE = 5,
            CLOCK_MONOTONIC_COARSE = 6, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;
    static final long NS = 1_000_000_000L;
    /** The tick: one jiffy at the host's CONFIG_HZ=250 (clock_getres of the coarse clocks measured 4 ms). */
    public static final long TICK_NS = 4_000_000L;
    /** clock_getres of the high-resolution clocks (hrtimer_resolution with high-res timers). */
    public static final long HRES_NS = 1;
    /**
     * The clocks the vDSO serves, as the kernel's does (vdso_clock_mask for x86: REALTIME,
     * MONOTONIC, MONOTONIC_RAW, BOOTTIME, TAI and the two COARSE clocks). The CPU-time clocks,
     * the alarm clocks and dynamic (negative) ids take the syscall.
     */
    public static final int SERVED = 1 << CLOCK_REALTIME | 1 << CLOCK_MONOTONIC | 1 << CLOCK_MONOTONIC_RAW
            | 1 << CLOCK_REALTIME_COARSE | 1 << CLOCK_MONOTONIC_COARSE | 1 << CLOCK_BOOTTIME | 1 << CLOCK_TAI;
    /** The clocks that advance once per {@link #TICK_NS}, read from the page without the TSC. */
    public static final int COARSE = 1 << CLOCK_REALTIME_COARSE | 1 << CLOCK_MONOTONIC_COARSE;
    /**
     * A change of the offset above this is a step of the host's wall clock. Large enough that
     * measurement noise on a loaded host never moves REALTIME backwards; NTP slews smaller
     * corrections (adjtime), which move both clocks alike and so never change the offset.
     */
    static final long STEP_NS = 1_000_000L;
    /** A measurement whose two monotonic readings are further apart than this is not trusted. */
    static final long TRUSTED_WINDOW_NS = 50_000L;
    /** What {@link #measureRealtimeOffset} returns when every try was disturbed. */
    static final long UNTRUSTED = Long.MIN_VALUE;

    /** Odd while the tick updates the state and the pages. */
    private static volatile int seq;
    private static volatile long realtimeOffset = initialRealtimeOffset();
    /** CLOCK_MONOTONIC at the last tick: CLOCK_MONOTONIC_COARSE. */
    private static volatile long tickMono = HostTsc.peek();
    private static final List<TimePage> PAGES = new CopyOnWriteArrayList<>();
    private static final Thread TICKER = startTicker();

    private HostClock() {}

    /** True if the vDSO serves {@code clock} (and {@link #now} may be asked for it). */
    public static boolean served(long clock) {
        return clock >= 0 && clock < 32 && (SERVED & (1 << clock)) != 0;
    }

    /**
     * The current value of served clock {@code clock} in nanoseconds, computed as the vDSO
     * computes it (see {@link TimePageLayout}). BOOTTIME equals MONOTONIC (ring3 does not see host
     * suspends) and TAI equals REALTIME (the host's TAI offset is 0 unless NTP sets it).
     */
    public static long now(int clock) {
        boolean coarse = (COARSE & (1 << clock)) != 0;
        for (int tries = 1;; tries++) {
            int s = seq;
            if ((s & 1) == 0) {
                long v = (coarse ? tickMono : HostTsc.nanos()) + offset(clock); // a guest's read
                if (seq == s) {
                    return v;
                }
            }
            if (tries % 64 == 0) {
                Thread.yield(); // the tick was preempted mid-update (a loaded host): let it finish
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** time(): the seconds of CLOCK_REALTIME_COARSE, as the kernel's (xtime_sec) and the page's TIME_SECONDS. */
    public static long seconds() {
        return Math.floorDiv(now(CLOCK_REALTIME_COARSE), NS);
    }

    /** OFFSET[clock] of the time page: what is added to the monotonic time. */
    static long offset(int clock) {
        switch (clock) {
            case CLOCK_REALTIME:
            case CLOCK_REALTIME_COARSE:
            case CLOCK_TAI:
                return realtimeOffset;
            default:
                return 0;
        }
    }

    /** CLOCK_MONOTONIC at the last tick (the coarse clocks' base); read by pages while they publish. */
    static long tickMono() {
        return tickMono;
    }

    /**
     * One tick: re-measures the wall-clock offset (adopting it on a step), takes the tick's time
     * and republishes every time page, all under {@link #seq}.
     */
    static synchronized void tick() {
        long measured = measureRealtimeOffset();
        seq++; // odd: readers wait (volatile write, then the reads below)
        try {
            tickMono = Math.max(tickMono, HostTsc.peek());
            if (measured != UNTRUSTED && Math.abs(measured - realtimeOffset) > STEP_NS) {
                realtimeOffset = measured;
            }
            for (TimePage p : PAGES) {
                p.publish();
            }
        } finally {
            seq++;
        }
    }

    /** The first measurement must succeed: it retries until one is trusted. */
    private static long initialRealtimeOffset() {
        for (;;) {
            long m = measureRealtimeOffset();
            if (m != UNTRUSTED) {
                return m;
            }
        }
    }

    /**
     * REALTIME - MONOTONIC from the host: the reading taken between the two closest monotonic
     * readings of a few tries, against the reading's midpoint (error about 20 ns here), or
     * {@link #UNTRUSTED} if the thread was preempted in every try.
     */
    static long measureRealtimeOffset() {
        long best = Long.MAX_VALUE;
        long offset = 0;
        for (int i = 0; i < 5; i++) {
            long m0 = HostTsc.peek();
            Instant r = Instant.now();
            long m1 = HostTsc.peek();
            if (m1 - m0 < best) {
                best = m1 - m0;
                offset = r.getEpochSecond() * NS + r.getNano() - (m0 + (m1 - m0) / 2);
            }
        }
        return best <= TRUSTED_WINDOW_NS ? offset : UNTRUSTED;
    }

    /** Publishes {@code page} and keeps it up to date until it is closed (never during a tick). */
    static synchronized void register(TimePage page) {
        page.publish();
        PAGES.add(page);
    }

    static void unregister(TimePage page) {
        PAGES.remove(page);
    }

    /** The pages currently kept up to date (for tests and {@link Vdso#release}). */
    static List<TimePage> pages() {
        return PAGES;
    }

    private static Thread startTicker() {
        Thread t = new Thread(HostClock::tickForever, "ring3-host-clock");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The ticks, for as long as the JVM runs: the syscall path's coarse clocks need them too. */
    private static void tickForever() {
        long next = System.nanoTime();
        for (;;) {
            next += TICK_NS;
            long wait = next - System.nanoTime();
            if (wait < 0) {
                next = System.nanoTime(); // fell behind (a loaded host): the next tick is a full one away
            } else {
                try {
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                } catch (InterruptedException e) {
                    return;
                }
            }
            tick();
        }
    }

    /** True if the tick thread is running (for tests). */
    static boolean ticking() {
        return TICKER.isAlive();
    }
}
