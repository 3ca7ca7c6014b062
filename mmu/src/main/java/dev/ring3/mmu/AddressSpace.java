package dev.ring3.mmu;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * One guest process's 64-bit address space: 4 KiB pages with read/write/execute permissions,
 * backed lazily by off-heap host memory. Every guest permission is checked in software before
 * the host access (a host SIGSEGV would kill the JVM); a violation throws {@link GuestFault} with
 * the exact guest address.
 *
 * <p>Two implementations share this contract (DESIGN.md decision 1): {@code FlatAddressSpace},
 * one lazily backed window where {@code host = base + guest}, and {@code PagedAddressSpace}, a
 * page table that accepts any canonical address. {@link #layout()} tells the loader where the
 * stack, the mmap area and a PIE image go in each.
 *
 * <p>All multi-byte accesses are little-endian and may be unaligned and may cross pages; a
 * page-crossing access faults at the first byte that is not accessible, as the CPU does.
 */
public abstract class AddressSpace implements AutoCloseable {
    public static final int PAGE_SHIFT = 12;
    public static final long PAGE_SIZE = 1L << PAGE_SHIFT;
    public static final long PAGE_MASK = PAGE_SIZE - 1;

    /** Which implementation {@link #create} builds. */
    public enum Kind { FLAT, PAGED }

    /** Creates an empty address space; FLAT falls back to PAGED where the host cannot reserve the window. */
    public static AddressSpace create(Kind kind) {
        if (kind == Kind.FLAT) {
            try {
                return new FlatAddressSpace();
            } catch (OutOfMemoryError e) {
                // The host would not reserve the window (strict overcommit, a small ulimit -v).
            }
        }
        return new PagedAddressSpace(PagedAddressSpace.LAYOUT);
    }

    public abstract Kind kind();

    /** Where ring3 places things in this address space. */
    public abstract Layout layout();

    // ---- guest accesses: checked against the page permissions (READ / WRITE) --------------

    public abstract byte read8(long a);
    public abstract short read16(long a);
    public abstract int read32(long a);
    public abstract long read64(long a);

    public abstract void write8(long a, byte v);
    public abstract void write16(long a, short v);
    public abstract void write32(long a, int v);
    public abstract void write64(long a, long v);

    /** Bulk guest read into {@code dst} (READ permission), e.g. for write(2) and SSE loads. */
    public abstract void read(long a, byte[] dst, int off, int len);

    /** Bulk guest write from {@code src} (WRITE permission), e.g. for read(2). */
    public abstract void write(long a, byte[] src, int off, int len);

    /** Guest memset (WRITE permission), e.g. for REP STOSB fast paths. */
    public abstract void fill(long a, long len, byte value);

    /** Reads a NUL-terminated string of at most {@code max} bytes (READ); the result excludes the NUL. */
    public abstract byte[] readCString(long a, int max);

    /** Atomic compare-and-exchange (WRITE permission); returns the old value. */
    public abstract long compareAndExchange64(long a, long expected, long update);
    public abstract int compareAndExchange32(long a, int expected, int update);

    // ---- instruction fetch: EXEC permission -------------------------------------------------

    /**
     * Copies up to {@code len} executable bytes starting at {@code a} into {@code dst}; returns how
     * many were copied (stops early at the first non-executable page, faulting only if that is the
     * very first byte), so a decoder can read ahead of a short final instruction.
     */
    public abstract int fetch(long a, byte[] dst, int off, int len);

    // ---- kernel-side accesses: ignore permissions, but the pages must be mapped ---------------

    /** Writes ignoring permissions (the loader, signal frames on a read-only page never). */
    public abstract void poke(long a, byte[] src, int off, int len);

    /** Reads ignoring permissions. */
    public abstract void peek(long a, byte[] dst, int off, int len);

    /**
     * Writes the 64-bit {@code v} at 8-byte aligned {@code a} ignoring permissions, as one
     * single-copy-atomic store (a guest thread reading the word meanwhile sees the old value or the
     * new one, never a mix): ring3's updates of a page guest code reads without a lock, such as the
     * time page's coarse clocks.
     */
    public abstract void poke64(long a, long v);

    // ---- mappings ------------------------------------------------------------------------------

    /**
     * Maps [addr, addr+len) (page-aligned) with {@code prot} (bits of {@link Prot}), replacing
     * whatever was there. The new pages read as zero. {@code name} is what /proc/self/maps shows
     * ("[heap]", "[stack]", a path, or "" for anonymous).
     */
    public abstract void map(long addr, long len, int prot, String name);

    /**
     * Whether {@link #mapShared} can put a {@link SharedHostMemory}'s own bytes in this space: a
     * paged space always can (its pages may be any host memory); a flat window only with the
     * host's mmap ({@link HostMmap}), which maps the object's memfd over the window's pages.
     */
    public boolean canMapShared() {
        return false;
    }

    /**
     * Maps [addr, addr+len) (page-aligned) with {@code prot} onto {@code obj}'s bytes from
     * {@code offset} (page-aligned), replacing whatever was there: every space mapping the object
     * sees every store at once (MAP_SHARED). The mapping holds a reference to the object until it
     * is unmapped or mapped over, in this space or in the copies {@link #copy} makes of it (fork).
     * Only where {@link #canMapShared}.
     */
    public void mapShared(long addr, long len, int prot, String name, SharedHostMemory obj, long offset) {
        throw new UnsupportedOperationException("no shared mappings in this address space");
    }

    /** The shared object and offset that {@code addr} maps ({@link #mapShared}), or null. */
    public SharedLocation sharedAt(long addr) {
        return null;
    }

    /** A byte of a {@link SharedHostMemory}. */
    public record SharedLocation(SharedHostMemory obj, long offset) {}

    /** Unmaps [addr, addr+len) (page-aligned); unmapped holes inside the range are fine. */
    public abstract void unmap(long addr, long len);

    /** Changes the protection of [addr, addr+len); returns false (ENOMEM) if any page is unmapped. */
    public abstract boolean protect(long addr, long len, int prot);

    /**
     * Finds a free page-aligned range of {@code len} bytes for mmap without MAP_FIXED: the hint if
     * it is free and inside the space, else top-down below {@link Layout#mmapTop()}. Returns -1 if
     * there is no room.
     */
    public abstract long findFree(long len, long hint);

    /**
     * A free page-aligned range of {@code len} bytes inside [{@code bottom}, {@code top}): the
     * lowest one if {@code lowest} (MAP_32BIT's bottom-up search), else the highest; -1 if none.
     */
    public abstract long findFreeIn(long len, long bottom, long top, boolean lowest);

    /** True if every page of [addr, addr+len) is mapped. */
    public abstract boolean isMapped(long addr, long len);

    /**
     * True if the page holding {@code addr} has been written since it was mapped (it has memory
     * of its own: what mincore(2) reports as resident for anonymous memory).
     */
    public abstract boolean written(long addr);

    /** The {@link Prot} bits of the page holding {@code addr}, or -1 if it is unmapped. */
    public abstract int protAt(long addr);

    /** The mappings in address order, adjacent pages with equal prot and name merged. */
    public abstract List<Mapping> mappings();

    /**
     * Moves the contents and permissions of [from, from+len) to [to, to+len) (mremap); the source
     * range is unmapped afterwards. Both ranges are page-aligned; the target must be free.
     */
    public abstract void move(long from, long to, long len);

    /** A deep copy (fork); later copy-on-write may replace the eager copy. */
    public abstract AddressSpace copy();

    // ---- code tracking (decoded-block and JIT invalidation) -------------------------------------

    /** Marks the page holding {@code addr} as holding decoded code: a write to it calls the listeners. */
    public abstract void markCode(long addr);

    /**
     * Marks the mapped pages of [addr, addr+len) as lying past the end of the file they map: an
     * access the mapping's protection allows then asks {@link #setPastEofResolver the resolver},
     * and raises SIGBUS ({@link GuestFault#BUS_ADRERR}) unless it answers true.
     */
    public abstract void markPastEof(long addr, long len);

    /** The page at {@code page} is an ordinary page of its mapping again (its file grew over it). */
    public abstract void clearPastEof(long page);

    /**
     * What a page marked by {@link #markPastEof} asks at an access: true if the file now reaches
     * the page, which the resolver filled and cleared ({@link #clearPastEof}); false for SIGBUS.
     * Copies ({@link #copy}) start without one.
     */
    public void setPastEofResolver(java.util.function.LongPredicate resolver) {
        this.pastEofResolver = resolver;
    }

    /** See {@link #setPastEofResolver}. */
    protected volatile java.util.function.LongPredicate pastEofResolver;

    /**
     * Adds a listener called, on the writing thread and never with the space's lock held, with the
     * page address of a {@link #markCode marked} page before the first write to it lands; the mark
     * is cleared when the listeners are called. Every thread's block cache registers one (several
     * threads run code of one space). Held weakly: it stays registered while its owner keeps it
     * reachable, so the caches of ended threads need not unregister. A copy has no listeners.
     */
    public abstract void addCodeWriteListener(LongConsumer listener);

    /** Unregisters a listener added by {@link #addCodeWriteListener}; unknown ones are ignored. */
    public abstract void removeCodeWriteListener(LongConsumer listener);

    // ---- the flat window, for generated code (FlatWindow) -------------------------------------

    /** The host address of guest address 0 in a flat window, or 0 if this space is not one. */
    public long windowBase() {
        return 0;
    }

    /** The flat window's page bytes (read-only to callers), or null if this space is not one. */
    public byte[] windowPageBits() {
        return null;
    }

    /** Frees the host memory. */
    @Override
    public abstract void close();

    /** One run of pages with the same protection and name. */
    public record Mapping(long start, long end, int prot, String name) {}

    /** Addresses ring3 chooses for a new process in this address space. */
    public record Layout(long stackTop, long mmapTop, long mmapBottom, long pieBase, long limit) {}
}
