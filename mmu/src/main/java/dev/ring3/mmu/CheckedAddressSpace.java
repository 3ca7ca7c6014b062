package dev.ring3.mmu;

import org.agrona.UnsafeApi;
import org.agrona.collections.LongArrayList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * What both address spaces share: the slow paths of guest accesses (page crossings, faults, first
 * writes, code pages), bulk copies, and the mapping calls, written once over a few per-page
 * primitives that each implementation supplies.
 *
 * <p>Faults follow x86: an access is checked page by page before any byte moves, and the fault
 * names the first byte that is not accessible: {@code a} itself if its own page is bad, else the
 * first byte of the first bad page (checked on this host: a write64 at 0x...ffc whose second page
 * is read-only raises SIGSEGV with si_addr at that page and leaves the first page untouched).
 * Bulk calls (read, write, fill, peek, poke) likewise move nothing if any byte of the range faults.
 *
 * <p>Mapping calls take the address space's lock; accesses do not, except on first writes and code
 * pages. Code-write listeners are never called with the lock held.
 */
abstract class CheckedAddressSpace extends AddressSpace {
    static final long BYTE_ARRAY_BASE = UnsafeApi.arrayBaseOffset(byte[].class);

    /** The mappings, guarded by {@code this}. */
    MappingTable table = new MappingTable();
    private final Layout layout;
    private final CodeWriteListeners codeListeners = new CodeWriteListeners();
    /** Serialises compare-and-exchange emulation of page-crossing or unaligned operands. */
    private final Object casLock = new Object();
    /** The runs of pages that map a {@link SharedHostMemory}, by start; guarded by {@code this}. */
    private final TreeMap<Long, SharedRun> sharedRuns = new TreeMap<>();

    /** [start, end) maps {@code obj}'s bytes from {@code offset}; the run holds a reference to obj. */
    record SharedRun(long start, long end, SharedHostMemory obj, long offset) {
        SharedRun slice(long s, long e) {
            return new SharedRun(s, e, obj, offset + (s - start));
        }
    }

    CheckedAddressSpace(Layout layout) {
        this.layout = layout;
    }

    @Override
    public final Layout layout() {
        return layout;
    }

    // ---- per-page primitives --------------------------------------------------------------------

    /** The {@link PageBits} of the page at {@code page}, 0 if unmapped or out of range. */
    abstract int pageBits(long page);

    /** Host address of a mapped page's bytes for reading. */
    abstract long readHost(long page);

    @Override
    public boolean written(long addr) {
        return pageWritten(addr & ~PAGE_MASK);
    }

    /** True if the mapped page at {@code page} was written since it was mapped. */
    abstract boolean pageWritten(long page);

    /** Host address of a mapped page's bytes for writing, made private and marked dirty first. */
    abstract long writeHost(long page);

    /** Host address of [a, a+n) if it is contiguous in host memory and ready for writing, else 0. */
    abstract long writeSpan(long a, int n);

    /** Clears the code mark of a page; called with the lock held. */
    abstract void clearCode(long page);

    /** Sets the code mark of a mapped page; called with the lock held. */
    abstract void setCode(long page);

    /** Page table side of map: [start, end) becomes {@code bits}, zero-filled. Lock held. */
    abstract void mapPages(long start, long end, int bits, LongArrayList code);

    /** Page table side of unmap. Lock held. */
    abstract void unmapPages(long start, long end, LongArrayList code);

    /**
     * Page table side of markPastEof ({@code on}) and clearPastEof: the mapped pages of [start,
     * end) get {@link PageBits#PAST_EOF} and no access bits, or the bits of their mapping's
     * protection again; contents and the dirty bit stay. Lock held.
     */
    abstract void pastEofPages(long start, long end, boolean on, LongArrayList code);

    @Override
    public void markPastEof(long addr, long len) {
        long end = checkedEnd(addr, len);
        LongArrayList code = new LongArrayList();
        synchronized (this) {
            pastEofPages(addr & ~PAGE_MASK, end, true, code);
        }
        notifyCode(code);
    }

    @Override
    public void clearPastEof(long page) {
        page &= ~PAGE_MASK;
        LongArrayList code = new LongArrayList();
        synchronized (this) {
            pastEofPages(page, page + PAGE_SIZE, false, code);
        }
        notifyCode(code);
    }

    /** The bits a page of the mapping at {@code page} has when nothing else applies. Lock held. */
    final int protBits(long page) {
        return PageBits.forProt(table.protAt(page));
    }

    /** Page table side of protect: access bits change, contents stay. Lock held. */
    abstract void protectPages(long start, long end, int bits, LongArrayList code);

    /** Page table side of move; the table already shows the target mapped. Lock held. */
    abstract void movePages(long from, long to, long len, LongArrayList code);

    /**
     * The pages [start, end), just mapped, now show {@code obj}'s bytes from {@code offset} (and
     * count as written, so they are never zeroed or copied as private pages). Lock held.
     */
    abstract void attachPages(long start, long end, SharedHostMemory obj, long offset);

    /** The pages [start, end) of a shared run become private zero pages again. Lock held. */
    abstract void detachPages(long start, long end);

    // ---- shared memory --------------------------------------------------------------------------

    @Override
    public void mapShared(long addr, long len, int prot, String name, SharedHostMemory obj, long offset) {
        long end = checkedEnd(addr, len);
        if (end == addr) {
            return;
        }
        if (!canMapShared() || offset < 0 || (offset & PAGE_MASK) != 0 || offset + (end - addr) > obj.size()) {
            throw new IllegalArgumentException(String.format("cannot map 0x%x+0x%x of a shared object of 0x%x bytes at 0x%x",
                    offset, end - addr, obj.size(), addr));
        }
        LongArrayList code = new LongArrayList();
        synchronized (this) {
            table.map(addr, end, prot & PageBits.PROT_MASK, name == null ? "" : name);
            detachShared(addr, end);
            mapPages(addr, end, PageBits.forProt(prot), code);
            attach(new SharedRun(addr, end, obj.retain(), offset));
        }
        notifyCode(code);
    }

    private void attach(SharedRun r) {
        attachPages(r.start(), r.end(), r.obj(), r.offset());
        sharedRuns.put(r.start(), r);
    }

    @Override
    public synchronized SharedLocation sharedAt(long addr) {
        Map.Entry<Long, SharedRun> e = sharedRuns.floorEntry(addr);
        if (e == null || addr >= e.getValue().end()) {
            return null;
        }
        SharedRun r = e.getValue();
        return new SharedLocation(r.obj(), r.offset() + (addr - r.start()));
    }

    /** The end of the shared run holding {@code page}, or -1. Lock held. */
    final long sharedRunEnd(long page) {
        if (sharedRuns.isEmpty()) {
            return -1;
        }
        Map.Entry<Long, SharedRun> e = sharedRuns.floorEntry(page);
        return e != null && page < e.getValue().end() ? e.getValue().end() : -1;
    }

    /**
     * Takes [start, end) out of the shared runs: its pages become private zero pages, the parts of
     * runs outside it stay. Returns the parts taken, each still holding its reference. Lock held.
     */
    private List<SharedRun> cutShared(long start, long end) {
        if (sharedRuns.isEmpty()) {
            return List.of();
        }
        List<SharedRun> cut = new ArrayList<>();
        Map.Entry<Long, SharedRun> first = sharedRuns.floorEntry(start);
        Long from = first != null && first.getValue().end() > start ? first.getKey() : Long.valueOf(start);
        for (SharedRun r : new ArrayList<>(sharedRuns.subMap(from, true, end, false).values())) {
            sharedRuns.remove(r.start());
            long s = Math.max(r.start(), start);
            long e = Math.min(r.end(), end);
            if (r.start() < s) {
                r.obj().retain(); // the part before stays, with a reference of its own
                sharedRuns.put(r.start(), r.slice(r.start(), s));
            }
            if (e < r.end()) {
                r.obj().retain(); // and the part after
                sharedRuns.put(e, r.slice(e, r.end()));
            }
            detachPages(s, e);
            cut.add(r.slice(s, e));
        }
        return cut;
    }

    /** Unmaps the shared pages of [start, end) (munmap, a mapping over them). Lock held. */
    private void detachShared(long start, long end) {
        for (SharedRun r : cutShared(start, end)) {
            r.obj().release();
        }
    }

    /** Gives the child of a fork the same shared runs (the child's mappings exist already). */
    final void shareRunsWith(CheckedAddressSpace child) {
        synchronized (this) {
            synchronized (child) {
                for (SharedRun r : sharedRuns.values()) {
                    child.attach(new SharedRun(r.start(), r.end(), r.obj().retain(), r.offset()));
                }
            }
        }
    }

    /** close: every shared run lets go of its object. Lock held. */
    final void releaseShared() {
        for (SharedRun r : sharedRuns.values()) {
            r.obj().release();
        }
        sharedRuns.clear();
    }

    // ---- checks and slow paths ------------------------------------------------------------------

    static GuestFault fault(long address, Access access, int bits) {
        return new GuestFault(address, access,
                (bits & PageBits.MAPPED) == 0 ? GuestFault.SEGV_MAPERR : GuestFault.SEGV_ACCERR);
    }

    /** Throws for the first byte of [a, a+len) whose page lacks any of {@code need}. */
    final void check(long a, long len, int need, Access access) {
        long page = a & ~PAGE_MASK;
        while (true) {
            int bits = pageBits(page);
            if ((bits & need) != need) {
                long at = page - a > 0 ? page : a;
                if ((bits & PageBits.PAST_EOF) != 0 && (PageBits.forProt(protAt(page)) & need) == need) {
                    java.util.function.LongPredicate r = pastEofResolver;
                    if (r != null && r.test(page)) {
                        continue; // the file grew over the page: look at it again
                    }
                    throw new GuestFault(at, access, GuestFault.BUS_ADRERR);
                }
                throw fault(at, access, bits);
            }
            page += PAGE_SIZE;
            if (page - a >= len) {
                return;
            }
        }
    }

    /** Checks [a, a+len) for a write, then clears code marks in it and tells the listener. */
    final void prepareWrite(long a, long len, int need) {
        check(a, len, need, Access.WRITE);
        LongArrayList code = null;
        for (long page = a & ~PAGE_MASK; page - a < len; page += PAGE_SIZE) {
            if ((pageBits(page) & PageBits.CODE) != 0) {
                if (code == null) {
                    code = new LongArrayList();
                }
                synchronized (this) {
                    if ((pageBits(page) & PageBits.CODE) != 0) {
                        clearCode(page);
                        code.addLong(page);
                    }
                }
            }
        }
        notifyCode(code);
    }

    /**
     * Tells the listeners about every page in {@code pages}, each of which has lost its code mark:
     * a listener's exception (translated code asking to run the store again, see
     * CodeWriteRestart) waits until every page was told, so that none keeps stale code.
     */
    final void notifyCode(LongArrayList pages) {
        if (pages != null) {
            RuntimeException deferred = null;
            for (int i = 0; i < pages.size(); i++) {
                try {
                    codeListeners.notify(pages.getLong(i));
                } catch (RuntimeException e) {
                    deferred = e;
                }
            }
            if (deferred != null) {
                throw deferred;
            }
        }
    }

    /** Any scalar read the fast path declined: crossing, unmapped, unreadable or out of range. */
    final long readSlow(long a, int n) {
        check(a, n, PageBits.MAPPED | PageBits.READ, Access.READ);
        long v = 0;
        for (int i = 0; i < n; i++) {
            long b = a + i;
            v |= (UnsafeApi.getByte(readHost(b & ~PAGE_MASK) + (b & PAGE_MASK)) & 0xffL) << (8 * i);
        }
        return v;
    }

    /** Any scalar write the fast path declined: also first writes to a page and code pages. */
    final void writeSlow(long a, int n, long v) {
        prepareWrite(a, n, PageBits.MAPPED | PageBits.WRITE);
        for (int i = 0; i < n; i++) {
            long b = a + i;
            UnsafeApi.putByte(writeHost(b & ~PAGE_MASK) + (b & PAGE_MASK), (byte) (v >>> (8 * i)));
        }
    }

    final long cas64Slow(long a, long expected, long update) {
        prepareWrite(a, 8, PageBits.MAPPED | PageBits.WRITE);
        long h = (a & 7) == 0 ? writeSpan(a, 8) : 0;
        if (h != 0) {
            return UnsafeApi.compareAndExchangeLong(null, h, expected, update);
        }
        synchronized (casLock) {
            long old = readSlow(a, 8);
            if (old == expected) {
                writeSlow(a, 8, update);
            }
            return old;
        }
    }

    final int cas32Slow(long a, int expected, int update) {
        prepareWrite(a, 4, PageBits.MAPPED | PageBits.WRITE);
        long h = (a & 3) == 0 ? writeSpan(a, 4) : 0;
        if (h != 0) {
            return UnsafeApi.compareAndExchangeInt(null, h, expected, update);
        }
        synchronized (casLock) {
            int old = (int) readSlow(a, 4);
            if (old == expected) {
                writeSlow(a, 4, update);
            }
            return old;
        }
    }

    // ---- bulk accesses --------------------------------------------------------------------------

    @Override
    public void read(long a, byte[] dst, int off, int len) {
        checkBounds(dst, off, len);
        if (len > 0) {
            check(a, len, PageBits.MAPPED | PageBits.READ, Access.READ);
            copyOut(a, dst, off, len);
        }
    }

    @Override
    public void write(long a, byte[] src, int off, int len) {
        checkBounds(src, off, len);
        if (len > 0) {
            prepareWrite(a, len, PageBits.MAPPED | PageBits.WRITE);
            copyIn(a, src, off, len);
        }
    }

    @Override
    public void peek(long a, byte[] dst, int off, int len) {
        checkBounds(dst, off, len);
        if (len > 0) {
            check(a, len, PageBits.MAPPED, Access.READ);
            copyOut(a, dst, off, len);
        }
    }

    @Override
    public void poke(long a, byte[] src, int off, int len) {
        checkBounds(src, off, len);
        if (len > 0) {
            prepareWrite(a, len, PageBits.MAPPED);
            copyIn(a, src, off, len);
        }
    }

    @Override
    public void poke64(long a, long v) {
        if ((a & 7) != 0) {
            throw new IllegalArgumentException(String.format("poke64 at unaligned 0x%x", a));
        }
        prepareWrite(a, 8, PageBits.MAPPED);
        // Aligned, so one 8-byte store: single-copy atomic on every 64-bit platform the JDK runs on.
        UnsafeApi.putLongRelease(null, writeHost(a & ~PAGE_MASK) + (a & PAGE_MASK), v);
    }

    @Override
    public void fill(long a, long len, byte value) {
        if (len <= 0) {
            return;
        }
        prepareWrite(a, len, PageBits.MAPPED | PageBits.WRITE);
        long done = 0;
        while (done < len) {
            long p = a + done;
            long n = Math.min(PAGE_SIZE - (p & PAGE_MASK), len - done);
            UnsafeApi.setMemory(writeHost(p & ~PAGE_MASK) + (p & PAGE_MASK), n, value);
            done += n;
        }
    }

    @Override
    public byte[] readCString(long a, int max) {
        int n = 0;
        while (n < max) {
            long p = a + n;
            long page = p & ~PAGE_MASK;
            int bits = pageBits(page);
            if ((bits & (PageBits.MAPPED | PageBits.READ)) != (PageBits.MAPPED | PageBits.READ)) {
                if ((bits & PageBits.PAST_EOF) != 0) {
                    check(p, 1, PageBits.MAPPED | PageBits.READ, Access.READ); // SIGBUS, or the page is back
                    continue;
                }
                throw fault(p, Access.READ, bits);
            }
            long h = readHost(page) + (p & PAGE_MASK);
            int inPage = (int) Math.min(PAGE_SIZE - (p & PAGE_MASK), max - n);
            for (int i = 0; i < inPage; i++) {
                if (UnsafeApi.getByte(h + i) == 0) {
                    return copyString(a, n + i);
                }
            }
            n += inPage;
        }
        return copyString(a, n);
    }

    private byte[] copyString(long a, int n) {
        byte[] out = new byte[n];
        if (n > 0) {
            copyOut(a, out, 0, n);
        }
        return out;
    }

    @Override
    public int fetch(long a, byte[] dst, int off, int len) {
        checkBounds(dst, off, len);
        int done = 0;
        while (done < len) {
            long p = a + done;
            long page = p & ~PAGE_MASK;
            int bits = pageBits(page);
            if ((bits & (PageBits.MAPPED | PageBits.EXEC)) != (PageBits.MAPPED | PageBits.EXEC)) {
                if (done == 0 && (bits & PageBits.PAST_EOF) != 0) {
                    check(p, 1, PageBits.MAPPED | PageBits.EXEC, Access.EXECUTE); // SIGBUS, or the page is back
                    continue;
                }
                if (done == 0) {
                    throw fault(p, Access.EXECUTE, bits);
                }
                break;
            }
            int n = (int) Math.min(PAGE_SIZE - (p & PAGE_MASK), len - done);
            UnsafeApi.copyMemory(null, readHost(page) + (p & PAGE_MASK), dst, BYTE_ARRAY_BASE + off + done, n);
            done += n;
        }
        return done;
    }

    /** Copies checked guest bytes out, page by page. */
    void copyOut(long a, byte[] dst, int off, int len) {
        int done = 0;
        while (done < len) {
            long p = a + done;
            int n = (int) Math.min(PAGE_SIZE - (p & PAGE_MASK), len - done);
            UnsafeApi.copyMemory(null, readHost(p & ~PAGE_MASK) + (p & PAGE_MASK), dst, BYTE_ARRAY_BASE + off + done, n);
            done += n;
        }
    }

    /** Copies bytes into checked guest pages, page by page. */
    void copyIn(long a, byte[] src, int off, int len) {
        int done = 0;
        while (done < len) {
            long p = a + done;
            int n = (int) Math.min(PAGE_SIZE - (p & PAGE_MASK), len - done);
            UnsafeApi.copyMemory(src, BYTE_ARRAY_BASE + off + done, null, writeHost(p & ~PAGE_MASK) + (p & PAGE_MASK), n);
            done += n;
        }
    }

    private static void checkBounds(byte[] b, int off, int len) {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException("off " + off + " len " + len + " of " + b.length);
        }
    }

    // ---- mappings -------------------------------------------------------------------------------

    /** Rounds {@code len} up to pages and checks [addr, addr+len) lies in the space. */
    private long checkedEnd(long addr, long len) {
        if ((addr & PAGE_MASK) != 0 || len < 0) {
            throw new IllegalArgumentException(String.format("unaligned range 0x%x+0x%x", addr, len));
        }
        long end = addr + ((len + PAGE_MASK) & ~PAGE_MASK);
        if (addr < 0 || end < addr || end > layout.limit()) {
            throw new IllegalArgumentException(String.format(
                    "range 0x%x+0x%x outside the address space (limit 0x%x)", addr, len, layout.limit()));
        }
        return end;
    }

    @Override
    public void map(long addr, long len, int prot, String name) {
        long end = checkedEnd(addr, len);
        if (end == addr) {
            return;
        }
        LongArrayList code = new LongArrayList();
        synchronized (this) {
            table.map(addr, end, prot & PageBits.PROT_MASK, name == null ? "" : name);
            detachShared(addr, end);
            mapPages(addr, end, PageBits.forProt(prot), code);
        }
        notifyCode(code);
    }

    @Override
    public void unmap(long addr, long len) {
        if ((addr & PAGE_MASK) != 0 || len < 0) {
            throw new IllegalArgumentException(String.format("unaligned range 0x%x+0x%x", addr, len));
        }
        long limit = layout.limit();
        if (addr < 0 || addr >= limit || len == 0) {
            return;
        }
        long end = addr + ((len + PAGE_MASK) & ~PAGE_MASK);
        if (end > limit || end < addr) {
            end = limit;
        }
        LongArrayList code = new LongArrayList();
        synchronized (this) {
            table.remove(addr, end);
            detachShared(addr, end);
            unmapPages(addr, end, code);
        }
        notifyCode(code);
    }

    @Override
    public boolean protect(long addr, long len, int prot) {
        long end;
        try {
            end = checkedEnd(addr, len);
        } catch (IllegalArgumentException e) {
            return false;
        }
        LongArrayList code = new LongArrayList();
        synchronized (this) {
            if (!table.protect(addr, end, prot & PageBits.PROT_MASK)) {
                return false;
            }
            protectPages(addr, end, PageBits.forProt(prot), code);
        }
        notifyCode(code);
        return true;
    }

    @Override
    public synchronized long findFree(long len, long hint) {
        if (len <= 0) {
            return -1;
        }
        len = (len + PAGE_MASK) & ~PAGE_MASK;
        hint = (hint + PAGE_MASK) & ~PAGE_MASK;
        return table.findFree(len, hint, layout.mmapBottom(), layout.mmapTop(), layout.limit());
    }

    @Override
    public synchronized long findFreeIn(long len, long bottom, long top, boolean lowest) {
        if (len <= 0) {
            return -1;
        }
        len = (len + PAGE_MASK) & ~PAGE_MASK;
        bottom = Math.max(bottom, MappingTable.MMAP_MIN_ADDR);
        top = Math.min(top, layout.limit());
        return lowest ? table.findFreeUp(len, bottom, top) : table.findFree(len, 0, bottom, top, layout.limit());
    }

    @Override
    public synchronized boolean isMapped(long addr, long len) {
        long end = addr + Math.max(len, 1);
        return addr >= 0 && end > addr && table.covers(addr & ~PAGE_MASK, end);
    }

    @Override
    public synchronized int protAt(long addr) {
        return table.protAt(addr);
    }

    @Override
    public synchronized List<Mapping> mappings() {
        return table.list();
    }

    @Override
    public void move(long from, long to, long len) {
        long fromEnd = checkedEnd(from, len);
        long toEnd = checkedEnd(to, len);
        if (from < toEnd && to < fromEnd && from != to) {
            throw new IllegalArgumentException(String.format("overlapping move 0x%x -> 0x%x", from, to));
        }
        if (from == to || fromEnd == from) {
            return;
        }
        LongArrayList code = new LongArrayList();
        synchronized (this) {
            table.remove(to, toEnd);
            detachShared(to, toEnd);
            unmapPages(to, toEnd, code);
            List<Mapping> moved = table.within(from, fromEnd);
            table.remove(from, fromEnd);
            for (Mapping m : moved) {
                table.map(m.start() - from + to, m.end() - from + to, m.prot(), m.name());
            }
            // Shared pages move as mappings of their object, not as copies of its bytes.
            List<SharedRun> shared = cutShared(from, fromEnd);
            movePages(from, to, fromEnd - from, code);
            for (SharedRun r : shared) {
                attach(new SharedRun(r.start() - from + to, r.end() - from + to, r.obj(), r.offset()));
            }
        }
        notifyCode(code);
    }

    // ---- code tracking --------------------------------------------------------------------------

    @Override
    public void markCode(long addr) {
        long page = addr & ~PAGE_MASK;
        synchronized (this) {
            if ((pageBits(page) & PageBits.MAPPED) != 0) {
                setCode(page);
            }
        }
    }

    @Override
    public void addCodeWriteListener(LongConsumer listener) {
        codeListeners.add(listener);
    }

    @Override
    public void removeCodeWriteListener(LongConsumer listener) {
        codeListeners.remove(listener);
    }

    /** Copies every mapping and every page holding data into {@code dst}, a fresh space (no code marks). */
    final <T extends CheckedAddressSpace> T copyInto(T dst, DataPages pages) {
        byte[] buf = new byte[(int) PAGE_SIZE];
        synchronized (this) {
            for (Mapping m : table.list()) {
                dst.map(m.start(), m.end() - m.start(), m.prot(), m.name());
                pages.forEach(m.start(), m.end(), page -> {
                    if (sharedRunEnd(page) < 0) {
                        copyOut(page, buf, 0, buf.length);
                        dst.copyIn(page, buf, 0, buf.length);
                    }
                });
                if (m.name().startsWith("/")) { // a file's pages may lie past its end
                    for (long page = m.start(); page < m.end(); page += PAGE_SIZE) {
                        if ((pageBits(page) & PageBits.PAST_EOF) != 0) {
                            dst.markPastEof(page, PAGE_SIZE);
                        }
                    }
                }
            }
        }
        shareRunsWith(dst);
        return dst;
    }

    /** Visits the mapped pages of a range that may hold non-zero bytes. */
    @FunctionalInterface
    interface DataPages {
        void forEach(long start, long end, LongConsumer visitor);
    }
}
