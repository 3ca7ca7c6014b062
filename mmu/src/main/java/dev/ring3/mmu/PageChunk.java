package dev.ring3.mmu;

import dev.ring3.mmu.AddressSpace.Mapping;

/**
 * 64 consecutive pages (256 KiB) of a {@link PagedAddressSpace}: their bits, their host memory,
 * and the host-minus-guest deltas the fast paths add to a guest address (0: take the slow path).
 */
final class PageChunk {
    static final int SHIFT = 18;
    static final int PAGES = 1 << (SHIFT - AddressSpace.PAGE_SHIFT);
    static final int MASK = PAGES - 1;
    /** Stands for "no chunk here": its key matches no address and all its deltas are 0. */
    static final PageChunk EMPTY = new PageChunk();

    /** The guest address shifted right by {@link #SHIFT}; -1 for {@link #EMPTY}. */
    final long key;
    /** {@link PageBits} per page (FAST_WRITE unused). */
    final byte[] bits = new byte[PAGES];
    /** The page's private host memory, or 0 while it reads as zero. */
    final long[] host = new long[PAGES];
    /** The page's host memory belongs to a {@link SharedHostMemory}, not to the space's page pool. */
    final boolean[] shared = new boolean[PAGES];
    /** For a readable page: host (or the shared zero page) minus guest page address; else 0. */
    final long[] rd = new long[PAGES];
    /** For a writable page with private memory and no code mark: host minus guest page; else 0. */
    final long[] wr = new long[PAGES];

    private PageChunk() {
        this.key = -1;
    }

    /** A chunk whose page bits come from the mappings; built whole so its publication is safe. */
    PageChunk(long key, MappingTable table, long zeroPage) {
        this.key = key;
        long start = key << SHIFT;
        for (Mapping m : table.within(start, start + (1L << SHIFT))) {
            int b = PageBits.forProt(m.prot());
            for (long p = m.start(); p < m.end(); p += AddressSpace.PAGE_SIZE) {
                int i = index(p);
                bits[i] = (byte) b;
                refresh(i, zeroPage);
            }
        }
    }

    static int index(long a) {
        return (int) (a >>> AddressSpace.PAGE_SHIFT) & MASK;
    }

    long pageAddress(int i) {
        return (key << SHIFT) + ((long) i << AddressSpace.PAGE_SHIFT);
    }

    /** Recomputes the fast-path deltas of page {@code i} after its bits or host memory changed. */
    void refresh(int i, long zeroPage) {
        long page = pageAddress(i);
        int b = bits[i];
        long h = host[i];
        rd[i] = (b & PageBits.READ) != 0 ? (h != 0 ? h : zeroPage) - page : 0;
        wr[i] = (b & (PageBits.WRITE | PageBits.CODE)) == PageBits.WRITE && h != 0 ? h - page : 0;
    }
}
