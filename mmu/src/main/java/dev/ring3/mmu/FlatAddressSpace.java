package dev.ring3.mmu;

import org.agrona.UnsafeApi;
import org.agrona.collections.LongArrayList;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The default address space: one lazily backed 16 GiB host window where guest address {@code g}
 * lives at {@code base + g}, with a byte of {@link PageBits} per page checked before every access.
 *
 * <p>The window comes from {@link UnsafeApi#allocateMemory}, which glibc serves from a fresh
 * anonymous mmap: it reads as zero and costs host memory only where touched. A page's host bytes
 * are zeroed when it is mapped again only if it may have been written (the DIRTY bit, set by the
 * first write after mapping), so huge PROT_NONE or anonymous reservations stay free.
 *
 * <p>Layout, chosen to keep every user mapping inside the window:
 * <ul>
 * <li>stack top 0x3_ffff_0000 (16 pages below the window's end), the stack growing down from it;
 * <li>mmap area from 0x3_efff_0000 (256 MiB below the stack top, room for the 8 MiB stack and its
 *     growth) top-down to 0x1_0000_0000;
 * <li>below 4 GiB: an ET_EXEC image (0x400000) or a PIE at 0x5555_4000 (Linux's 0x5555_5555_4000,
 *     shortened; the loader rounds up to the image's alignment) and its brk heap, which has at least
 *     2.6 GiB before it can meet the mmap area, and more while that area is not full.
 * </ul>
 */
final class FlatAddressSpace extends CheckedAddressSpace {
    static final int WINDOW_SHIFT = 34;
    static final long WINDOW = 1L << WINDOW_SHIFT;
    static final long STACK_TOP = WINDOW - 16 * PAGE_SIZE;
    static final long MMAP_TOP = STACK_TOP - (256L << 20);
    static final long MMAP_BOTTOM = 1L << 32;
    static final long PIE_BASE = 0x5555_4000L;
    static final Layout LAYOUT = new Layout(STACK_TOP, MMAP_TOP, MMAP_BOTTOM, PIE_BASE, WINDOW);

    private final long base;
    /** What allocateMemory returned: {@link #base} is the first page boundary after it. */
    private final long allocation;
    /**
     * {@link PageBits} per page, FAST_WRITE in the sign bit; changed only with the lock held, but
     * for a first store's compare-and-set from CLEAN_WRITABLE to FIRST_WRITTEN ({@link FlatWindow}).
     */
    private final byte[] perm;
    private boolean closed;

    /** Reserves the window; throws OutOfMemoryError where the host refuses 16 GiB of address space. */
    FlatAddressSpace() {
        super(LAYOUT);
        this.perm = new byte[(int) (WINDOW >>> PAGE_SHIFT)];
        // Page-aligned, so that host pages can be mapped over guest pages (mapShared): malloc's
        // mmap chunk puts its header in front of what it returns.
        this.allocation = UnsafeApi.allocateMemory(WINDOW + PAGE_SIZE);
        this.base = (allocation + PAGE_MASK) & ~PAGE_MASK;
    }

    @Override
    public Kind kind() {
        return Kind.FLAT;
    }

    // ---- fast paths: a range check, one page byte, the page offset, then the host access --------

    /** The page byte for an access whose last byte is at page offset {@code last} or less, else 0. */
    private int fastBits(long a, int last) {
        if ((int) (a >>> WINDOW_SHIFT) != 0 || ((int) a & (int) PAGE_MASK) > last) {
            return 0;
        }
        return perm[(int) (a >>> PAGE_SHIFT)];
    }

    @Override
    public byte read8(long a) {
        return (fastBits(a, 0xfff) & PageBits.READ) != 0 ? UnsafeApi.getByte(base + a) : (byte) readSlow(a, 1);
    }

    @Override
    public short read16(long a) {
        return (fastBits(a, 0xffe) & PageBits.READ) != 0 ? UnsafeApi.getShort(base + a) : (short) readSlow(a, 2);
    }

    @Override
    public int read32(long a) {
        return (fastBits(a, 0xffc) & PageBits.READ) != 0 ? UnsafeApi.getInt(base + a) : (int) readSlow(a, 4);
    }

    @Override
    public long read64(long a) {
        return (fastBits(a, 0xff8) & PageBits.READ) != 0 ? UnsafeApi.getLong(base + a) : readSlow(a, 8);
    }

    @Override
    public void write8(long a, byte v) {
        if (fastBits(a, 0xfff) < 0) {
            UnsafeApi.putByte(base + a, v);
        } else {
            writeSlow(a, 1, v);
        }
    }

    @Override
    public void write16(long a, short v) {
        if (fastBits(a, 0xffe) < 0) {
            UnsafeApi.putShort(base + a, v);
        } else {
            writeSlow(a, 2, v);
        }
    }

    @Override
    public void write32(long a, int v) {
        if (fastBits(a, 0xffc) < 0) {
            UnsafeApi.putInt(base + a, v);
        } else {
            writeSlow(a, 4, v);
        }
    }

    @Override
    public void write64(long a, long v) {
        if (fastBits(a, 0xff8) < 0) {
            UnsafeApi.putLong(base + a, v);
        } else {
            writeSlow(a, 8, v);
        }
    }

    @Override
    public long compareAndExchange64(long a, long expected, long update) {
        if ((a & 7) == 0 && fastBits(a, 0xff8) < 0) {
            return UnsafeApi.compareAndExchangeLong(null, base + a, expected, update);
        }
        return cas64Slow(a, expected, update);
    }

    @Override
    public int compareAndExchange32(long a, int expected, int update) {
        if ((a & 3) == 0 && fastBits(a, 0xffc) < 0) {
            return UnsafeApi.compareAndExchangeInt(null, base + a, expected, update);
        }
        return cas32Slow(a, expected, update);
    }

    @Override
    public long windowBase() {
        return base;
    }

    @Override
    public byte[] windowPageBits() {
        return perm;
    }

    // ---- per-page primitives --------------------------------------------------------------------

    @Override
    int pageBits(long page) {
        return (page >>> WINDOW_SHIFT) != 0 ? 0 : perm[(int) (page >>> PAGE_SHIFT)] & 0x7f;
    }

    @Override
    long readHost(long page) {
        return base + page;
    }

    @Override
    boolean pageWritten(long page) {
        return (pageBits(page) & PageBits.DIRTY) != 0;
    }

    @Override
    long writeHost(long page) {
        int i = (int) (page >>> PAGE_SHIFT);
        if ((perm[i] & PageBits.DIRTY) == 0) {
            synchronized (this) {
                perm[i] = PageBits.withFastWrite(perm[i] | PageBits.DIRTY);
            }
        }
        return base + page;
    }

    @Override
    long writeSpan(long a, int n) {
        writeHost(a & ~PAGE_MASK);
        writeHost((a + n - 1) & ~PAGE_MASK);
        return base + a;
    }

    @Override
    void clearCode(long page) {
        int i = (int) (page >>> PAGE_SHIFT);
        perm[i] = PageBits.withFastWrite(perm[i] & ~PageBits.CODE);
    }

    @Override
    void setCode(long page) {
        int i = (int) (page >>> PAGE_SHIFT);
        int old = perm[i];
        update(i, old, old | PageBits.CODE);
    }

    /**
     * Page {@code i}'s byte, read as {@code old}, becomes {@code bits} (FAST_WRITE recomputed), which
     * keeps old's DIRTY bit. Lock held. A clean writable page's byte may meanwhile have been changed
     * to {@link PageBits#FIRST_WRITTEN} by a first store through the flat window, which takes no lock
     * ({@link FlatWindow}): then the page was written, and {@code bits} gets DIRTY as well.
     */
    private void update(int i, int old, int bits) {
        byte b = PageBits.withFastWrite(bits);
        if (old != PageBits.CLEAN_WRITABLE) {
            perm[i] = b;
        } else if (!UnsafeApi.compareAndSetByte(perm, BYTE_ARRAY_BASE + i, (byte) old, b)) {
            perm[i] = PageBits.withFastWrite(bits | PageBits.DIRTY); // the first store came in between
        }
    }

    @Override
    void mapPages(long start, long end, int bits, LongArrayList code) {
        int to = (int) (end >>> PAGE_SHIFT);
        int dirtyRun = -1;
        for (int i = (int) (start >>> PAGE_SHIFT); i < to; i++) {
            int old = perm[i];
            noteCode(old, i, code);
            if ((old & PageBits.DIRTY) != 0) {
                if (dirtyRun < 0) {
                    dirtyRun = i;
                }
            } else if (dirtyRun >= 0) {
                zero(dirtyRun, i);
                dirtyRun = -1;
            }
            perm[i] = PageBits.withFastWrite(bits);
        }
        if (dirtyRun >= 0) {
            zero(dirtyRun, to);
        }
    }

    @Override
    void unmapPages(long start, long end, LongArrayList code) {
        int to = (int) (end >>> PAGE_SHIFT);
        for (int i = (int) (start >>> PAGE_SHIFT); i < to; i++) {
            int old = perm[i];
            noteCode(old, i, code);
            update(i, old, old & PageBits.DIRTY);
        }
    }

    @Override
    void protectPages(long start, long end, int bits, LongArrayList code) {
        int to = (int) (end >>> PAGE_SHIFT);
        for (int i = (int) (start >>> PAGE_SHIFT); i < to; i++) {
            int old = perm[i];
            int keep = old & (PageBits.DIRTY | PageBits.CODE);
            if ((bits & PageBits.EXEC) == 0) {
                noteCode(keep, i, code);
                keep &= ~PageBits.CODE;
            }
            if ((old & PageBits.PAST_EOF) != 0) {
                update(i, old, PageBits.MAPPED | PageBits.PAST_EOF | (old & PageBits.DIRTY));
                continue;
            }
            update(i, old, bits | keep);
        }
    }

    @Override
    void pastEofPages(long start, long end, boolean on, LongArrayList code) {
        int to = (int) (end >>> PAGE_SHIFT);
        for (int i = (int) (start >>> PAGE_SHIFT); i < to; i++) {
            int old = perm[i];
            if ((old & PageBits.MAPPED) == 0) {
                continue;
            }
            noteCode(old, i, code);
            int dirty = old & PageBits.DIRTY;
            update(i, old, on ? PageBits.MAPPED | PageBits.PAST_EOF | dirty : protBits((long) i << PAGE_SHIFT) | dirty);
        }
    }

    @Override
    void movePages(long from, long to, long len, LongArrayList code) {
        int s = (int) (from >>> PAGE_SHIFT);
        int d = (int) (to >>> PAGE_SHIFT);
        int n = (int) (len >>> PAGE_SHIFT);
        for (int k = 0; k < n; k++) {
            int sp = perm[s + k];
            noteCode(sp, s + k, code);
            if ((sp & PageBits.MAPPED) == 0) {
                continue;
            }
            long src = base + ((long) (s + k) << PAGE_SHIFT);
            long dst = base + ((long) (d + k) << PAGE_SHIFT);
            if ((sp & PageBits.DIRTY) != 0) {
                UnsafeApi.copyMemory(src, dst, PAGE_SIZE);
            } else if ((perm[d + k] & PageBits.DIRTY) != 0) {
                UnsafeApi.setMemory(dst, PAGE_SIZE, (byte) 0);
            }
            perm[d + k] = PageBits.withFastWrite(sp & ~PageBits.CODE);
            update(s + k, sp, sp & PageBits.DIRTY);
        }
    }

    @Override
    public boolean canMapShared() {
        return HostMmap.AVAILABLE;
    }

    @Override
    void attachPages(long start, long end, SharedHostMemory obj, long offset) {
        HostMmap.map(base + start, end - start, HostMmap.MAP_SHARED | HostMmap.MAP_FIXED, obj.fd(), offset);
        int to = (int) (end >>> PAGE_SHIFT);
        for (int i = (int) (start >>> PAGE_SHIFT); i < to; i++) {
            update(i, perm[i], perm[i] | PageBits.DIRTY);
        }
    }

    @Override
    void detachPages(long start, long end) {
        HostMmap.zeroFixed(base + start, end - start);
        int to = (int) (end >>> PAGE_SHIFT);
        for (int i = (int) (start >>> PAGE_SHIFT); i < to; i++) {
            perm[i] = PageBits.withFastWrite(perm[i] & ~PageBits.DIRTY);
        }
    }

    private static void noteCode(int bits, int page, LongArrayList code) {
        if ((bits & PageBits.CODE) != 0) {
            code.addLong((long) page << PAGE_SHIFT);
        }
    }

    private void zero(int fromPage, int toPage) {
        UnsafeApi.setMemory(base + ((long) fromPage << PAGE_SHIFT), (long) (toPage - fromPage) << PAGE_SHIFT, (byte) 0);
    }

    /** Visits the pages of [start, end) that may hold non-zero bytes. */
    private void forEachDataPage(long start, long end, LongConsumer visitor) {
        int to = (int) (end >>> PAGE_SHIFT);
        for (int i = (int) (start >>> PAGE_SHIFT); i < to; i++) {
            if ((perm[i] & PageBits.DIRTY) != 0) {
                visitor.accept((long) i << PAGE_SHIFT);
            }
        }
    }

    // ---- whole-space operations -----------------------------------------------------------------

    @Override
    public AddressSpace copy() {
        FlatAddressSpace c;
        try {
            c = new FlatAddressSpace();
        } catch (OutOfMemoryError e) {
            return copyInto(new PagedAddressSpace(LAYOUT), this::forEachDataPage);
        }
        synchronized (this) {
            c.table = table.copy();
            for (Mapping m : table.list()) {
                int to = (int) (m.end() >>> PAGE_SHIFT);
                for (int i = (int) (m.start() >>> PAGE_SHIFT); i < to; i++) {
                    int b = perm[i] & ~PageBits.CODE;
                    if ((b & PageBits.DIRTY) != 0 && sharedRunEnd((long) i << PAGE_SHIFT) < 0) {
                        long off = (long) i << PAGE_SHIFT;
                        UnsafeApi.copyMemory(base + off, c.base + off, PAGE_SIZE);
                    }
                    c.perm[i] = PageBits.withFastWrite(b);
                }
            }
        }
        shareRunsWith(c);
        return c;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            // Every later access now faults instead of touching freed memory. Only mapped pages
            // have access bits (the rest keep at most DIRTY), so clearing the mappings' pages is
            // enough: the whole 4 MiB array took ~10% of a static hello world's start-up.
            for (Mapping m : table.list()) {
                Arrays.fill(perm, (int) (m.start() >>> PAGE_SHIFT), (int) (m.end() >>> PAGE_SHIFT), (byte) 0);
            }
            table = new MappingTable();
            releaseShared();
            UnsafeApi.freeMemory(allocation);
        }
    }
}
