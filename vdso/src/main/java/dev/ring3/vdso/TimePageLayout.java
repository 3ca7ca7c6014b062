package dev.ring3.vdso;

/**
 * The layout of ring3's time page (its "vvar"), the read-only guest page just below the vDSO
 * image that ring3 writes and the vDSO code reads. It is ring3's own, not the kernel's
 * vdso_data; the offsets are duplicated as {@code TP_*} constants in vdso.asm, and TimePageTest
 * checks that the two agree.
 *
 * <p>All fields are little-endian. A reader follows the kernel's seqlock protocol
 * (lib/vdso/gettimeofday.c): read {@link #SEQ}, retry while it is odd, read the fields, re-read
 * {@link #SEQ} and retry if it changed. Every clock the page serves is computed as
 * <pre>
 *   mono = MONO_BASE + ((tsc - TSC_BASE) * MULT >> SHIFT)      (128-bit product)
 *   if clock is coarse: mono -= mono % TICK_NS                   (the time of the last tick)
 *   clock = mono + OFFSET[clock id]
 * </pre>
 */
public final class TimePageLayout {
    private TimePageLayout() {}

    /** u32: the sequence counter, odd while ring3 is updating the page. */
    public static final int SEQ = 0x00;
    /** u32: {@link #LAYOUT_VERSION}. */
    public static final int VERSION = 0x04;
    /** u64: the TSC value at which the bases were taken. */
    public static final int TSC_BASE = 0x08;
    /** u64: CLOCK_MONOTONIC in nanoseconds at {@link #TSC_BASE}. */
    public static final int MONO_BASE = 0x10;
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
    /** s64[{@link #CLOCKS}]: clock id n = the (possibly coarse) monotonic time + OFFSET[n]. */
    public static final int OFFSET = 0x40;
    /** Clock ids the page has room for; larger ones always take the syscall. */
    public static final int CLOCKS = 32;
    /** Bytes in use. */
    public static final int SIZE = OFFSET + 8 * CLOCKS;

    public static final int LAYOUT_VERSION = 1;
}
