package dev.ring3.vdso;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One guest process's time page: ring3 writes it (when it is mapped and then at every tick of
 * {@link HostClock}) with the kernel's seqlock protocol, and the vDSO code reads it. See
 * {@link TimePageLayout} for the fields.
 */
public final class TimePage implements AutoCloseable {
    /**
     * The conversion range a multiplier keeps within 64 bits when it cannot be exact, as the
     * kernel asks of the TSC clocksource (clocks_calc_mult_shift with 600 s); longer deltas take
     * the vDSO's 128-bit product.
     */
    static final long RANGE_SECONDS = 600;

    private final AddressSpace mem;
    private final long address;
    private final long tscBase;
    private final long monoBase;
    private final long tscHz;
    private final long mult;
    private final int shift;
    private final byte[] fields = new byte[TimePageLayout.SIZE];
    private final byte[] word = new byte[4];
    private int seq;
    private boolean closed;

    /**
     * A page at {@code address} (mapped by the caller) for a TSC that read {@code tscBase} when
     * CLOCK_MONOTONIC read {@code monoBase}, and runs at {@code tscHz}.
     */
    TimePage(AddressSpace mem, long address, long tscBase, long monoBase, long tscHz) {
        this.mem = mem;
        this.address = address;
        this.tscBase = tscBase;
        this.monoBase = monoBase;
        this.tscHz = tscHz;
        long c = conversion(tscHz);
        this.mult = c >>> 8;
        this.shift = (int) c & 0xFF;
    }

    /**
     * The multiplier and shift that turn ticks of a {@code tscHz} TSC into nanoseconds
     * (ns = ticks * mult >> shift), as {@code mult << 8 | shift}: exact with the smallest shift
     * where the rate allows it (ring3's 1 GHz TSC: 1 and 0, so the 64-bit product never
     * overflows), else the largest shift whose 32-bit multiplier keeps {@link #RANGE_SECONDS}
     * of ticks within 63 bits.
     */
    static long conversion(long tscHz) {
        if (tscHz <= 0) {
            throw new IllegalArgumentException("TSC rate out of range: " + tscHz + " Hz");
        }
        for (int s = 0; s <= 32; s++) {
            long scaled = HostClock.NS << s;
            if (scaled % tscHz == 0 && scaled / tscHz <= 0xFFFFFFFFL) {
                return scaled / tscHz << 8 | s;
            }
        }
        for (int s = 32; s >= 0; s--) {
            long m = Math.round((double) HostClock.NS * (1L << s) / tscHz);
            if (m > 0 && m <= 0xFFFFFFFFL && Math.multiplyHigh(RANGE_SECONDS * tscHz, m) == 0
                    && RANGE_SECONDS * tscHz * m >= 0) {
                return m << 8 | s;
            }
        }
        throw new IllegalArgumentException("TSC rate out of range: " + tscHz + " Hz");
    }

    /** The largest delta whose product with {@code mult} stays below 2^63 (the kernel's max_cycles). */
    static long maxCycles(long mult) {
        return Long.MAX_VALUE / mult;
    }

    /** The same clock bases for a page at {@code a}. */
    TimePage at(long a) {
        return new TimePage(mem, a, tscBase, monoBase, tscHz);
    }

    /** The same page in {@code child}, a copy of this page's address space (fork). */
    TimePage copyFor(AddressSpace child) {
        TimePage t = new TimePage(child, address, tscBase, monoBase, tscHz);
        t.seq = seq;
        return t;
    }

    /** The guest address of the page. */
    public long address() {
        return address;
    }

    /** The guest address of the vDSO image, the page after this one (AT_SYSINFO_EHDR). */
    public long vdsoBase() {
        return address + AddressSpace.PAGE_SIZE;
    }

    /** Writes the current bases and offsets into the guest page. */
    public synchronized void publish() {
        if (closed) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(fields).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(TimePageLayout.VERSION, TimePageLayout.LAYOUT_VERSION);
        b.putLong(TimePageLayout.TSC_BASE, tscBase);
        b.putLong(TimePageLayout.MAX_CYCLES, maxCycles(mult));
        b.putInt(TimePageLayout.MULT, (int) mult);
        b.putInt(TimePageLayout.SHIFT, shift);
        b.putInt(TimePageLayout.SERVED, HostClock.SERVED);
        b.putInt(TimePageLayout.COARSE, HostClock.COARSE);
        b.putInt(TimePageLayout.HRES, HostClock.SERVED & ~HostClock.COARSE);
        b.putLong(TimePageLayout.TICK_NS, HostClock.TICK_NS);
        b.putInt(TimePageLayout.TZ_MINUTESWEST, 0); // sys_tz: UTC, as gettimeofday(2) reports it
        b.putInt(TimePageLayout.TZ_DSTTIME, 0);
        b.putLong(TimePageLayout.HRES_NS, HostClock.HRES_NS);
        long tick = HostClock.tickMono();
        for (int c = 0; c < TimePageLayout.CLOCKS; c++) {
            boolean coarse = (HostClock.COARSE & (1 << c)) != 0;
            b.putLong(TimePageLayout.BASE + 8 * c, (coarse ? tick : monoBase) + HostClock.offset(c));
        }
        // The high half changes in 2106: the 4-byte stores of the copy below cannot tear it before.
        b.putLong(TimePageLayout.TIME_SECONDS, Math.floorDiv(tick + HostClock.offset(HostClock.CLOCK_REALTIME),
                HostClock.NS));
        try {
            // write_seqcount_begin / _end: odd while the fields change, fences between.
            putSeq(seq + 1);
            VarHandle.storeStoreFence();
            mem.poke(address + 4, fields, 4, fields.length - 4);
            VarHandle.storeStoreFence();
            putSeq(seq + 1);
        } catch (GuestFault f) {
            // The guest unmapped its time page: nothing left to keep up to date.
            closed = true;
            HostClock.unregister(this);
        }
    }

    private void putSeq(int v) {
        seq = v;
        word[0] = (byte) v;
        word[1] = (byte) (v >>> 8);
        word[2] = (byte) (v >>> 16);
        word[3] = (byte) (v >>> 24);
        mem.poke(address + TimePageLayout.SEQ, word, 0, 4);
    }

    boolean belongsTo(AddressSpace m) {
        return mem == m;
    }

    /** Stops updating the page; after this returns no update is in flight, so the memory may go. */
    @Override
    public synchronized void close() {
        closed = true;
        HostClock.unregister(this);
    }
}
