package dev.ring3.vdso;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * One guest process's time page: ring3 writes it when it is mapped and then at every tick of
 * {@link HostClock} (the fields the high-resolution clocks read under the kernel's seqlock protocol,
 * the coarse ones as atomic words), and the vDSO code reads it. See {@link TimePageLayout} for the
 * fields.
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
    /** The fields as the next publication writes them under the counter (coarse ones and TIME_SECONDS stay zero). */
    private final byte[] fields = new byte[TimePageLayout.SIZE];
    /** {@link #fields} as last written, or null before the first publication. */
    private byte[] published;
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

    /**
     * Writes the current bases and offsets into the guest page. The fields the high-resolution
     * clocks read are written under the sequence counter, and only when they changed (the first
     * publication, a step of the wall clock): ring3's TSC runs at a fixed 1 GHz, so the tick leaves
     * them and the counter alone and a guest reading CLOCK_MONOTONIC never has to retry. The coarse
     * clocks' bases and TIME_SECONDS, which change at every tick, are single 64-bit words stored
     * atomically ({@link AddressSpace#poke64}) after them, which the vDSO reads without the counter.
     */
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
        for (int c = 0; c < TimePageLayout.CLOCKS; c++) {
            if (!coarse(c)) {
                b.putLong(TimePageLayout.BASE + 8 * c, monoBase + HostClock.offset(c));
            }
        }
        long tick = HostClock.tickMono();
        try {
            if (!Arrays.equals(fields, published)) {
                // write_seqcount_begin / _end: odd while the fields change, fences between.
                putSeq(seq + 1);
                VarHandle.storeStoreFence();
                putPrecise();
                VarHandle.storeStoreFence();
                putSeq(seq + 1);
                published = fields.clone();
            }
            for (int c = 0; c < TimePageLayout.CLOCKS; c++) {
                if (coarse(c)) {
                    mem.poke64(address + TimePageLayout.BASE + 8 * c, tick + HostClock.offset(c));
                }
            }
            mem.poke64(address + TimePageLayout.TIME_SECONDS,
                    Math.floorDiv(tick + HostClock.offset(HostClock.CLOCK_REALTIME), HostClock.NS));
        } catch (GuestFault f) {
            // The guest unmapped its time page: nothing left to keep up to date.
            closed = true;
            HostClock.unregister(this);
        }
    }

    private static boolean coarse(int clock) {
        return (HostClock.COARSE & (1 << clock)) != 0;
    }

    /** The fields after the counter up to TIME_SECONDS, except the coarse clocks' bases (left zero in {@link #fields}). */
    private void putPrecise() {
        int from = TimePageLayout.VERSION;
        for (int c = 0; c < TimePageLayout.CLOCKS; c++) {
            if (coarse(c)) {
                int at = TimePageLayout.BASE + 8 * c;
                mem.poke(address + from, fields, from, at - from);
                from = at + 8;
            }
        }
        mem.poke(address + from, fields, from, TimePageLayout.TIME_SECONDS - from);
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
