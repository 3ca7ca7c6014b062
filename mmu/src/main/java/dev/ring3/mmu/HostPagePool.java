package dev.ring3.mmu;

import org.agrona.UnsafeApi;
import org.agrona.collections.LongArrayList;

/**
 * Host memory for the pages of a {@link PagedAddressSpace}: 4 KiB pages carved from 256 KiB
 * allocations, recycled when guest pages are unmapped and freed only on close, so a guest store
 * racing with munmap lands in ring3's own memory, never in memory returned to malloc.
 */
final class HostPagePool {
    private static final long SLAB = 64 * AddressSpace.PAGE_SIZE;

    private final LongArrayList slabs = new LongArrayList();
    private final LongArrayList free = new LongArrayList();
    private long next;
    private long end;

    /** A zero-filled page. */
    long take() {
        long p;
        if (!free.isEmpty()) {
            p = free.popLong();
        } else {
            if (next == end) {
                next = UnsafeApi.allocateMemory(SLAB);
                end = next + SLAB;
                slabs.addLong(next);
            }
            p = next;
            next += AddressSpace.PAGE_SIZE;
        }
        UnsafeApi.setMemory(p, AddressSpace.PAGE_SIZE, (byte) 0);
        return p;
    }

    void give(long page) {
        free.pushLong(page);
    }

    void close() {
        for (int i = 0; i < slabs.size(); i++) {
            UnsafeApi.freeMemory(slabs.getLong(i));
        }
        slabs.clear();
        free.clear();
        next = end = 0;
    }
}
