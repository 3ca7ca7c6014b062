package dev.ring3.vdso;

import dev.ring3.interp.HostTsc;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * ring3's model of the host's clocks, shared by the vDSO's time pages and the clock syscalls so
 * that both paths give the same answer: CLOCK_MONOTONIC is the host's own (System.nanoTime,
 * which HotSpot reads from CLOCK_MONOTONIC on Linux), and every other served clock is the
 * monotonic time plus an offset — CLOCK_REALTIME's offset measured from the host's wall clock.
 *
 * <p>The kernel keeps REALTIME - MONOTONIC constant except when the wall clock is stepped
 * (settimeofday, clock_settime, a leap second), so ring3 measures the offset once and re-checks
 * it every {@link #CHECK_NS} on a daemon thread while any time page exists, and lazily from the
 * syscall path; a change larger than {@link #STEP_NS} is a step and is published to every page.
 * Smaller differences are measurement noise and are ignored, which keeps REALTIME continuous.
 *
 * <p>The state here is static on purpose: the host has one wall clock for all guest processes.
 */
public final class HostClock {
    public static final int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
            CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_REALTIME_COARSE = 5,
            CLOCK_MONOTONIC_COARSE = 6, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;
    static final long NS = 1_000_000_000L;
    /** The coarse clocks' tick: one jiffy at the host's CONFIG_HZ=250 (clock_getres measured 4 ms). */
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
    /** The clocks that advance once per {@link #TICK_NS}. */
    public static final int COARSE = 1 << CLOCK_REALTIME_COARSE | 1 << CLOCK_MONOTONIC_COARSE;
    /** How often the wall-clock offset is re-checked. */
    static final long CHECK_NS = 10_000_000L;
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

    private static volatile long realtimeOffset = initialRealtimeOffset();
    private static volatile long checkedAt = HostTsc.nanos();
    private static final List<TimePage> PAGES = new CopyOnWriteArrayList<>();
    private static Thread ticker;

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
        long mono = HostTsc.nanos();
        if ((COARSE & (1 << clock)) != 0) {
            mono -= Long.remainderUnsigned(mono, TICK_NS);
        }
        long offset = offset(clock);
        if (offset != 0 && mono - checkedAt > CHECK_NS) {
            check();
            offset = offset(clock);
        }
        return mono + offset;
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

    /** Re-measures the wall-clock offset; on a step, adopts it and republishes every time page. */
    static void check() {
        checkedAt = HostTsc.nanos();
        long measured = measureRealtimeOffset();
        if (measured != UNTRUSTED && Math.abs(measured - realtimeOffset) > STEP_NS) {
            realtimeOffset = measured;
            for (TimePage p : PAGES) {
                p.publish();
            }
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
            long m0 = HostTsc.nanos();
            Instant r = Instant.now();
            long m1 = HostTsc.nanos();
            if (m1 - m0 < best) {
                best = m1 - m0;
                offset = r.getEpochSecond() * NS + r.getNano() - (m0 + (m1 - m0) / 2);
            }
        }
        return best <= TRUSTED_WINDOW_NS ? offset : UNTRUSTED;
    }

    /** Keeps {@code page} up to date until it is closed; starts the checking thread if needed. */
    static synchronized void register(TimePage page) {
        PAGES.add(page);
        if (ticker == null) {
            ticker = new Thread(HostClock::tick, "ring3-host-clock");
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    static void unregister(TimePage page) {
        PAGES.remove(page);
    }

    /** The pages currently kept up to date (for tests and {@link Vdso#release}). */
    static List<TimePage> pages() {
        return PAGES;
    }

    private static void tick() {
        for (;;) {
            try {
                Thread.sleep(CHECK_NS / 1_000_000L);
            } catch (InterruptedException e) {
                return;
            }
            if (!PAGES.isEmpty()) {
                check();
            }
        }
    }
}
