package dev.ring3.vdso;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.LongSupplier;

/**
 * One guest process's time page: ring3 writes it (from the guest thread at start and from the
 * host-clock thread when the wall clock steps) with the kernel's seqlock protocol, and the vDSO
 * code reads it. See {@link TimePageLayout} for the fields.
 */
public final class TimePage implements AutoCloseable {
    /** The shift of the TSC conversion; the kernel's clocksource shifts are of this order. */
    static final int SHIFT = 24;

    private final AddressSpace mem;
    private final long address;
    private final long tscBase;
    private final long monoBase;
    private final long tscHz;
    private final long mult;
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
        this.mult = multiplier(tscHz);
    }

    /** A page for a TSC read by {@code tsc}: the bases are taken together, the TSC between two clock readings. */
    static TimePage sampling(AddressSpace mem, long address, LongSupplier tsc, long tscHz) {
        long m0 = System.nanoTime();
        long t = tsc.getAsLong();
        long m1 = System.nanoTime();
        return new TimePage(mem, address, t, m0 + (m1 - m0) / 2, tscHz);
    }

    /** ns = ticks * mult >> SHIFT; exact (1 << SHIFT) for a 1 GHz TSC. */
    static long multiplier(long tscHz) {
        long m = Math.round((double) HostClock.NS * (1L << SHIFT) / tscHz);
        if (m <= 0 || m > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("TSC rate out of range: " + tscHz + " Hz");
        }
        return m;
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
        b.putLong(TimePageLayout.MONO_BASE, monoBase);
        b.putInt(TimePageLayout.MULT, (int) mult);
        b.putInt(TimePageLayout.SHIFT, SHIFT);
        b.putInt(TimePageLayout.SERVED, HostClock.SERVED);
        b.putInt(TimePageLayout.COARSE, HostClock.COARSE);
        b.putLong(TimePageLayout.TICK_NS, HostClock.TICK_NS);
        b.putInt(TimePageLayout.TZ_MINUTESWEST, 0); // sys_tz: UTC, as gettimeofday(2) reports it
        b.putInt(TimePageLayout.TZ_DSTTIME, 0);
        b.putLong(TimePageLayout.HRES_NS, HostClock.HRES_NS);
        for (int c = 0; c < TimePageLayout.CLOCKS; c++) {
            b.putLong(TimePageLayout.OFFSET + 8 * c, HostClock.offset(c));
        }
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
