package dev.ring3.mmu;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.agrona.UnsafeApi;

/**
 * A memory object that several address spaces map at once (MAP_SHARED anonymous memory, System V
 * shm, the pages of a shared file mapping): one run of host memory, zero at first, which every
 * mapping of it reads and writes directly, so a store in one guest process is seen by the others
 * at once, as with the kernel's shmem pages.
 *
 * <p>With the host's mmap at hand ({@link HostMmap#AVAILABLE}) it is a memfd, mapped once at
 * {@link #address()} for ring3's own use and for paged address spaces, and mapped again into each
 * flat window that maps it (the window's pages become the memfd's). Without it, it is plain host
 * memory, which only paged spaces can share; a flat window then keeps a copy synchronised at
 * system calls ({@link AddressSpace#canMapShared}).
 *
 * <p>Reference-counted: each mapping holds a reference, and the memory goes with the last.
 */
public final class SharedHostMemory {
    private final long size;
    private final long address;
    private final int fd;
    private final Object identity;
    private final long identityOffset;
    private int refs = 1;

    private SharedHostMemory(long size, long address, int fd, Object identity, long identityOffset) {
        this.size = size;
        this.address = address;
        this.fd = fd;
        this.identity = identity;
        this.identityOffset = identityOffset;
    }

    /** A new object of {@code size} zero bytes (rounded up to pages), holding one reference. */
    public static SharedHostMemory create(long size, String name) {
        return create(size, name, null, 0);
    }

    /**
     * A new object that holds the bytes of something with an identity of its own from {@code
     * identityOffset} on (a file's range: its device and inode, and the range's offset), which
     * names its bytes where the object itself would not (futex keys: {@link #identity()}).
     */
    public static SharedHostMemory create(long size, String name, Object identity, long identityOffset) {
        long len = (size + AddressSpace.PAGE_MASK) & ~AddressSpace.PAGE_MASK;
        if (len <= 0) {
            throw new IllegalArgumentException("size " + size);
        }
        Long reused = takeView(len);
        if (HostMmap.AVAILABLE) {
            int fd = HostMmap.memfd("ring3 " + name, len);
            try {
                long a = reused != null
                        ? HostMmap.map(reused, len, HostMmap.MAP_SHARED | HostMmap.MAP_FIXED, fd, 0)
                        : HostMmap.map(0, len, HostMmap.MAP_SHARED, fd, 0);
                return new SharedHostMemory(len, a, fd, identity, identityOffset);
            } catch (RuntimeException | Error e) {
                HostMmap.closeFd(fd);
                if (reused != null) {
                    giveView(len, reused);
                }
                throw e;
            }
        }
        long a = reused != null ? reused : UnsafeApi.allocateMemory(len);
        UnsafeApi.setMemory(a, len, (byte) 0);
        return new SharedHostMemory(len, a, -1, identity, identityOffset);
    }

    /**
     * Host ranges of released objects, by size. A view is never given back to the host: a guest
     * store racing with the munmap that dropped the last mapping (through a paged space's stale
     * chunk) then lands in memory ring3 still owns, never in an unmapped page (a host SIGSEGV
     * would kill the JVM) or in memory malloc handed to someone else (HostPagePool does the same).
     */
    private static final Map<Long, ArrayDeque<Long>> FREE_VIEWS = new HashMap<>();

    private static synchronized Long takeView(long len) {
        ArrayDeque<Long> q = FREE_VIEWS.get(len);
        return q == null ? null : q.poll();
    }

    private static synchronized void giveView(long len, long address) {
        FREE_VIEWS.computeIfAbsent(len, k -> new ArrayDeque<>()).push(address);
    }

    /** Bytes, a multiple of the page size. */
    public long size() {
        return size;
    }

    /** What the object's bytes are part of (a file), or the object itself. */
    public Object identity() {
        return identity != null ? identity : this;
    }

    /** Where byte 0 of the object lies in {@link #identity()}: 0 for the object itself. */
    public long identityOffset() {
        return identity != null ? identityOffset : 0;
    }

    /** Where ring3 itself sees the object's bytes. */
    public long address() {
        return address;
    }

    /** The host memfd, or -1 when the object is plain host memory. */
    int fd() {
        return fd;
    }

    /** Copies {@code len} bytes at {@code offset} out to {@code dst}. */
    public void read(long offset, byte[] dst, int off, int len) {
        check(offset, len);
        UnsafeApi.copyMemory(null, address + offset, dst, UnsafeApi.arrayBaseOffset(byte[].class) + off, len);
    }

    /** Copies {@code len} bytes of {@code src} in at {@code offset}. */
    public void write(long offset, byte[] src, int off, int len) {
        check(offset, len);
        UnsafeApi.copyMemory(src, UnsafeApi.arrayBaseOffset(byte[].class) + off, null, address + offset, len);
    }

    private void check(long offset, int len) {
        if (offset < 0 || len < 0 || offset + len > size) {
            throw new IndexOutOfBoundsException(String.format("0x%x+%d in an object of 0x%x bytes", offset, len, size));
        }
    }

    public synchronized SharedHostMemory retain() {
        if (refs <= 0) {
            throw new IllegalStateException("retained after its last release");
        }
        refs++;
        return this;
    }

    /** Drops one reference; the last frees the memory (every mapping of it is gone by then). */
    public synchronized void release() {
        if (refs <= 0) {
            return;
        }
        if (--refs == 0) {
            if (fd >= 0) {
                HostMmap.zeroFixed(address, size); // the memfd's pages go with their last mapping
                HostMmap.closeFd(fd);
            }
            giveView(size, address);
        }
    }
}
