package dev.ring3.mmu;

import org.agrona.UnsafeApi;
import org.agrona.collections.LongArrayList;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The general address space: any canonical user address (below 2^47), through a three-level
 * radix table of {@link PageChunk}s fronted by a small direct-mapped cache of chunks.
 *
 * <p>The mapping table is the truth; a chunk is built from it the first time an address in its
 * 256 KiB is touched, so reserving terabytes costs nothing. Readable pages without data read from
 * one shared zero page; a page gets private host memory on its first write.
 *
 * <p>Layout as Linux without ASLR: stack top 0x7fff_ffff_f000, mmap area top-down from
 * 0x7fff_f7ff_f000 (128 MiB below, Linux's minimum gap) to 0x1_0000_0000, PIE at
 * 0x5555_5555_4000.
 */
final class PagedAddressSpace extends CheckedAddressSpace {
    static final long LIMIT = 1L << 47;
    static final long STACK_TOP = 0x7fff_ffff_f000L;
    static final long MMAP_TOP = STACK_TOP - (128L << 20);
    static final long MMAP_BOTTOM = 1L << 32;
    static final long PIE_BASE = 0x5555_5555_4000L;
    static final Layout LAYOUT = new Layout(STACK_TOP, MMAP_TOP, MMAP_BOTTOM, PIE_BASE, LIMIT);

    private static final int TLB_SIZE = 64;
    /** Chunk key bits: 11 for the root, 9 and 9 below it (47 - 18 = 29). */
    private static final int ROOT_SHIFT = 18;
    private static final int MID_SHIFT = 9;
    private static final int LEVEL_MASK = 511;

    private final PageChunk[][][] root = new PageChunk[1 << (47 - PageChunk.SHIFT - ROOT_SHIFT)][][];
    /** Recently used chunks by key; racy by design: a stale entry is still a valid chunk. */
    private final PageChunk[] tlb = new PageChunk[TLB_SIZE];
    private final HostPagePool pool = new HostPagePool();
    private final long zeroPage;
    private boolean closed;

    PagedAddressSpace(Layout layout) {
        super(layout);
        Arrays.fill(tlb, PageChunk.EMPTY);
        zeroPage = pool.take();
    }

    @Override
    public Kind kind() {
        return Kind.PAGED;
    }

    // ---- fast paths -----------------------------------------------------------------------------

    private PageChunk chunk(long a) {
        PageChunk c = tlb[(int) (a >>> PageChunk.SHIFT) & (TLB_SIZE - 1)];
        return c.key == a >>> PageChunk.SHIFT ? c : miss(a);
    }

    /** The read delta for an access ending at page offset {@code last} or less, else 0. */
    private long readDelta(long a, int last) {
        if (((int) a & (int) PAGE_MASK) > last) {
            return 0;
        }
        return chunk(a).rd[(int) (a >>> PAGE_SHIFT) & PageChunk.MASK];
    }

    private long writeDelta(long a, int last) {
        if (((int) a & (int) PAGE_MASK) > last) {
            return 0;
        }
        return chunk(a).wr[(int) (a >>> PAGE_SHIFT) & PageChunk.MASK];
    }

    @Override
    public byte read8(long a) {
        long d = readDelta(a, 0xfff);
        return d != 0 ? UnsafeApi.getByte(d + a) : (byte) readSlow(a, 1);
    }

    @Override
    public short read16(long a) {
        long d = readDelta(a, 0xffe);
        return d != 0 ? UnsafeApi.getShort(d + a) : (short) readSlow(a, 2);
    }

    @Override
    public int read32(long a) {
        long d = readDelta(a, 0xffc);
        return d != 0 ? UnsafeApi.getInt(d + a) : (int) readSlow(a, 4);
    }

    @Override
    public long read64(long a) {
        long d = readDelta(a, 0xff8);
        return d != 0 ? UnsafeApi.getLong(d + a) : readSlow(a, 8);
    }

    @Override
    public void write8(long a, byte v) {
        long d = writeDelta(a, 0xfff);
        if (d != 0) {
            UnsafeApi.putByte(d + a, v);
        } else {
            writeSlow(a, 1, v);
        }
    }

    @Override
    public void write16(long a, short v) {
        long d = writeDelta(a, 0xffe);
        if (d != 0) {
            UnsafeApi.putShort(d + a, v);
        } else {
            writeSlow(a, 2, v);
        }
    }

    @Override
    public void write32(long a, int v) {
        long d = writeDelta(a, 0xffc);
        if (d != 0) {
            UnsafeApi.putInt(d + a, v);
        } else {
            writeSlow(a, 4, v);
        }
    }

    @Override
    public void write64(long a, long v) {
        long d = writeDelta(a, 0xff8);
        if (d != 0) {
            UnsafeApi.putLong(d + a, v);
        } else {
            writeSlow(a, 8, v);
        }
    }

    @Override
    public long compareAndExchange64(long a, long expected, long update) {
        long d = writeDelta(a, 0xff8);
        if (d != 0 && (a & 7) == 0) {
            return UnsafeApi.compareAndExchangeLong(null, d + a, expected, update);
        }
        return cas64Slow(a, expected, update);
    }

    @Override
    public int compareAndExchange32(long a, int expected, int update) {
        long d = writeDelta(a, 0xffc);
        if (d != 0 && (a & 3) == 0) {
            return UnsafeApi.compareAndExchangeInt(null, d + a, expected, update);
        }
        return cas32Slow(a, expected, update);
    }

    // ---- the chunk table ------------------------------------------------------------------------

    /** The chunk holding {@code a}: cached, found, or built if any of its pages is mapped; else EMPTY. */
    private PageChunk miss(long a) {
        if ((a >>> 47) != 0) {
            return PageChunk.EMPTY;
        }
        long key = a >>> PageChunk.SHIFT;
        PageChunk c = lookup(key);
        if (c == null) {
            synchronized (this) {
                c = lookup(key);
                if (c == null) {
                    if (!table.intersects(key << PageChunk.SHIFT, (key + 1) << PageChunk.SHIFT)) {
                        return PageChunk.EMPTY;
                    }
                    c = create(key);
                }
            }
        }
        tlb[(int) key & (TLB_SIZE - 1)] = c;
        return c;
    }

    private PageChunk lookup(long key) {
        PageChunk[][] mid = root[(int) (key >>> ROOT_SHIFT)];
        if (mid == null) {
            return null;
        }
        PageChunk[] leaf = mid[(int) (key >>> MID_SHIFT) & LEVEL_MASK];
        return leaf == null ? null : leaf[(int) key & LEVEL_MASK];
    }

    /** Builds and installs the chunk for {@code key}; lock held. */
    private PageChunk create(long key) {
        int r = (int) (key >>> ROOT_SHIFT);
        if (root[r] == null) {
            root[r] = new PageChunk[LEVEL_MASK + 1][];
        }
        PageChunk[][] mid = root[r];
        int m = (int) (key >>> MID_SHIFT) & LEVEL_MASK;
        if (mid[m] == null) {
            mid[m] = new PageChunk[LEVEL_MASK + 1];
        }
        PageChunk c = new PageChunk(key, table, zeroPage);
        mid[m][(int) key & LEVEL_MASK] = c;
        return c;
    }

    /** What to do with the pages [from, to) of one existing chunk. */
    @FunctionalInterface
    private interface PageRun {
        void apply(PageChunk c, int from, int to);
    }

    /** Calls {@code run} for every existing chunk overlapping [start, end), skipping empty subtrees. */
    private void forEachChunk(long start, long end, PageRun run) {
        long last = (end - 1) >>> PageChunk.SHIFT;
        long key = start >>> PageChunk.SHIFT;
        while (key <= last) {
            PageChunk[][] mid = root[(int) (key >>> ROOT_SHIFT)];
            if (mid == null) {
                key = (key | ((1L << ROOT_SHIFT) - 1)) + 1;
                continue;
            }
            PageChunk[] leaf = mid[(int) (key >>> MID_SHIFT) & LEVEL_MASK];
            if (leaf == null) {
                key = (key | LEVEL_MASK) + 1;
                continue;
            }
            PageChunk c = leaf[(int) key & LEVEL_MASK];
            if (c != null) {
                long chunkStart = key << PageChunk.SHIFT;
                int from = start > chunkStart ? PageChunk.index(start) : 0;
                int to = end < chunkStart + (1L << PageChunk.SHIFT) ? PageChunk.index(end) : PageChunk.PAGES;
                run.apply(c, from, to);
            }
            key++;
        }
    }

    // ---- per-page primitives --------------------------------------------------------------------

    @Override
    int pageBits(long page) {
        return chunk(page).bits[PageChunk.index(page)] & 0x7f;
    }

    @Override
    long readHost(long page) {
        long h = chunk(page).host[PageChunk.index(page)];
        return h != 0 ? h : zeroPage;
    }

    @Override
    boolean pageWritten(long page) {
        return chunk(page).host[PageChunk.index(page)] != 0;
    }

    @Override
    long writeHost(long page) {
        PageChunk c = chunk(page);
        int i = PageChunk.index(page);
        long h = c.host[i];
        if (h == 0) {
            if (c == PageChunk.EMPTY) {
                // Unmapped by another thread since the check.
                throw new GuestFault(page, Access.WRITE, GuestFault.SEGV_MAPERR);
            }
            synchronized (this) {
                h = c.host[i];
                if (h == 0) {
                    h = pool.take();
                    c.host[i] = h;
                    c.refresh(i, zeroPage);
                }
            }
        }
        return h;
    }

    @Override
    long writeSpan(long a, int n) {
        long page = a & ~PAGE_MASK;
        return ((a + n - 1) & ~PAGE_MASK) == page ? writeHost(page) + (a & PAGE_MASK) : 0;
    }

    @Override
    void clearCode(long page) {
        PageChunk c = chunk(page);
        int i = PageChunk.index(page);
        c.bits[i] &= ~PageBits.CODE;
        c.refresh(i, zeroPage);
    }

    @Override
    void setCode(long page) {
        PageChunk c = chunk(page);
        int i = PageChunk.index(page);
        c.bits[i] |= PageBits.CODE;
        c.refresh(i, zeroPage);
    }

    private void reset(PageChunk c, int i, int bits, LongArrayList code) {
        if ((c.bits[i] & PageBits.CODE) != 0) {
            code.addLong(c.pageAddress(i));
        }
        if (c.host[i] != 0) {
            if (!c.shared[i]) {
                pool.give(c.host[i]);
            }
            c.host[i] = 0;
            c.shared[i] = false;
        }
        c.bits[i] = (byte) bits;
        c.refresh(i, zeroPage);
    }

    @Override
    void mapPages(long start, long end, int bits, LongArrayList code) {
        forEachChunk(start, end, (c, from, to) -> {
            for (int i = from; i < to; i++) {
                reset(c, i, bits, code);
            }
        });
    }

    @Override
    void unmapPages(long start, long end, LongArrayList code) {
        forEachChunk(start, end, (c, from, to) -> {
            for (int i = from; i < to; i++) {
                reset(c, i, 0, code);
            }
        });
    }

    @Override
    void protectPages(long start, long end, int bits, LongArrayList code) {
        forEachChunk(start, end, (c, from, to) -> {
            for (int i = from; i < to; i++) {
                int keep = c.bits[i] & PageBits.CODE;
                if (keep != 0 && (bits & PageBits.EXEC) == 0) {
                    code.addLong(c.pageAddress(i));
                    keep = 0;
                }
                if ((c.bits[i] & PageBits.PAST_EOF) != 0) {
                    c.bits[i] = (byte) (PageBits.MAPPED | PageBits.PAST_EOF | (c.bits[i] & PageBits.DIRTY));
                } else {
                    c.bits[i] = (byte) (bits | keep);
                }
                c.refresh(i, zeroPage);
            }
        });
    }

    @Override
    void pastEofPages(long start, long end, boolean on, LongArrayList code) {
        for (long page = start; page < end; page += PAGE_SIZE) {
            PageChunk c = miss(page); // built from the table if none holds it yet
            if (c == PageChunk.EMPTY) {
                continue;
            }
            int i = PageChunk.index(page);
            int old = c.bits[i];
            if ((old & PageBits.MAPPED) == 0) {
                continue;
            }
            if ((old & PageBits.CODE) != 0) {
                code.addLong(page);
            }
            int dirty = old & PageBits.DIRTY;
            c.bits[i] = (byte) (on ? PageBits.MAPPED | PageBits.PAST_EOF | dirty : protBits(page) | dirty);
            c.refresh(i, zeroPage);
        }
    }

    @Override
    void movePages(long from, long to, long len, LongArrayList code) {
        for (long off = 0; off < len; off += PAGE_SIZE) {
            PageChunk s = lookup((from + off) >>> PageChunk.SHIFT);
            if (s == null) {
                continue; // no data; the target's chunk will be built from the table
            }
            int i = PageChunk.index(from + off);
            int bits = s.bits[i] & ~PageBits.CODE;
            long h = s.host[i];
            s.host[i] = 0;
            s.shared[i] = false; // shared pages were cut out before and are attached again after
            reset(s, i, 0, code);
            long dstPage = to + off;
            PageChunk d = lookup(dstPage >>> PageChunk.SHIFT);
            if (d == null && h != 0) {
                d = create(dstPage >>> PageChunk.SHIFT);
            }
            if (d != null) {
                int j = PageChunk.index(dstPage);
                d.bits[j] = (byte) bits;
                d.host[j] = (bits & PageBits.MAPPED) != 0 ? h : 0;
                d.refresh(j, zeroPage);
            }
            if (h != 0 && (bits & PageBits.MAPPED) == 0) {
                pool.give(h);
            }
        }
    }

    @Override
    public boolean canMapShared() {
        return true;
    }

    @Override
    void attachPages(long start, long end, SharedHostMemory obj, long offset) {
        for (long page = start; page < end; page += PAGE_SIZE) {
            PageChunk c = miss(page); // the table shows the page mapped: built if none holds it yet
            int i = PageChunk.index(page);
            if (c.host[i] != 0 && !c.shared[i]) {
                pool.give(c.host[i]);
            }
            c.host[i] = obj.address() + offset + (page - start);
            c.shared[i] = true;
            c.refresh(i, zeroPage);
        }
    }

    @Override
    void detachPages(long start, long end) {
        forEachChunk(start, end, (c, from, to) -> {
            for (int i = from; i < to; i++) {
                if (c.shared[i]) {
                    c.host[i] = 0;
                    c.shared[i] = false;
                    c.refresh(i, zeroPage);
                }
            }
        });
    }

    /** Visits the pages of [start, end) that have private host memory. */
    private void forEachDataPage(long start, long end, LongConsumer visitor) {
        forEachChunk(start, end, (c, from, to) -> {
            for (int i = from; i < to; i++) {
                if (c.host[i] != 0) {
                    visitor.accept(c.pageAddress(i));
                }
            }
        });
    }

    // ---- whole-space operations -----------------------------------------------------------------

    @Override
    public AddressSpace copy() {
        return copyInto(new PagedAddressSpace(layout()), this::forEachDataPage);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            // Every later access now misses, finds no mapping, and faults.
            Arrays.fill(tlb, PageChunk.EMPTY);
            Arrays.fill(root, null);
            table = new MappingTable();
            releaseShared();
            pool.close();
        }
    }
}
