package dev.ring3.vdso;

/**
 * The layout of ring3's time page (its "vvar"), the read-only guest page just below the vDSO
 * image that ring3 writes and the vDSO code reads. It is ring3's own, not the kernel's
 * vdso_data; the offsets are duplicated as {@code TP_*} constants in vdso.asm, and TimePageTest
 * checks that the two agree.
 *
 * <p>All fields are little-endian. A reader of the high-resolution clocks follows the kernel's
 * seqlock protocol (lib/vdso/gettimeofday.c): read {@link #SEQ}, retry while it is odd, read the
 * fields, re-read {@link #SEQ} and retry if it changed. The coarse clocks' bases and
 * {@link #TIME_SECONDS} are single 64-bit words stored atomically, read with one load and no
 * counter. Every clock the page serves is computed as the kernel's do_hres() and do_coarse()
 * compute it:
 * <pre>
 *   delta = tsc - TSC_BASE                              (negative: 0)
 *   ns    = delta * MULT >> SHIFT                       (64-bit product if delta &lt;= MAX_CYCLES, else 128-bit)
 *   clock = BASE[clock id] + ns                         (a high-resolution clock: bit set in HRES)
 *   clock = BASE[clock id]                              (a coarse clock: bit set in COARSE; its time at the last tick)
 *   time() = TIME_SECONDS                               (CLOCK_REALTIME_COARSE's seconds, read without the counter)
 * </pre>
 * The bases of the coarse clocks and TIME_SECONDS change at every tick of {@link HostClock}, without
 * moving {@link #SEQ}; the other fields (and {@link #SEQ}) change only when ring3 first writes the
 * page and at a step of the host's wall clock. Unlike the kernel's, whose tick moves its counter
 * every time, a guest reading CLOCK_MONOTONIC in a loop thus never retries: under the JIT a retry
 * taken once is a branch C2 had compiled as never taken, and enough of them during warm-up made the
 * retry block the hottest, so the region was entered there, mid-loop, and ran slower (issue 4, JDK 17).
 */
public final class TimePageLayout {
    private TimePageLayout() {}

    /** u32: the sequence counter, odd while ring3 is updating the fields the high-resolution clocks read. */
    public static final int SEQ = 0x00;
    /** u32: {@link #LAYOUT_VERSION}. */
    public static final int VERSION = 0x04;
    /** u64: the TSC value at which the bases were taken (the kernel's cycle_last). */
    public static final int TSC_BASE = 0x08;
    /** u64: the largest TSC delta whose product with {@link #MULT} fits in 64 bits (max_cycles). */
    public static final int MAX_CYCLES = 0x10;
    /** u32: the TSC-to-nanoseconds multiplier. */
    public static final int MULT = 0x18;
    /** u32: and its shift. */
    public static final int SHIFT = 0x1c;
    /** u32: bit n set when clock id n is served by the vDSO (clear ones take the syscall). */
    public static final int SERVED = 0x20;
    /** u32: bit n set when clock id n is a _COARSE clock, advancing once per {@link #TICK_NS}. */
    public static final int COARSE = 0x24;
    /** u64: the coarse clocks' tick in nanoseconds, which is also their clock_getres. */
    public static final int TICK_NS = 0x28;
    /** s32: tz_minuteswest for gettimeofday's timezone argument. */
    public static final int TZ_MINUTESWEST = 0x30;
    /** s32: tz_dsttime. */
    public static final int TZ_DSTTIME = 0x34;
    /** u64: clock_getres of the served clocks that are not coarse. */
    public static final int HRES_NS = 0x38;
    /** u32: {@link #SERVED} without {@link #COARSE}: the clocks read straight from the TSC. */
    public static final int HRES = 0x40;
    /** s64[{@link #CLOCKS}]: clock id n in nanoseconds at {@link #TSC_BASE}, or at the last tick if coarse. */
    public static final int BASE = 0x48;
    /** Clock ids the page has room for; larger ones always take the syscall. */
    public static final int CLOCKS = 32;
    /** s64: what time() returns: the seconds of CLOCK_REALTIME_COARSE (the kernel's xtime_sec). */
    public static final int TIME_SECONDS = BASE + 8 * CLOCKS;
    /** Bytes in use. */
    public static final int SIZE = TIME_SECONDS + 8;

    /** 4: the offsets of 3; the coarse words are no longer written under {@link #SEQ}. */
    public static final int LAYOUT_VERSION = 4;
}
