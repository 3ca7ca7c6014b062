package dev.ring3.jit;

import dev.ring3.interp.Block;
import dev.ring3.mmu.AddressSpace;
import java.util.Arrays;

/**
 * A translation unit: the decoded blocks that become one JVM method, entry block first, and the
 * guest pages their code covers (for invalidation). Immutable, so the guest thread can form it
 * and hand it to the compiler thread.
 */
final class Region {
    final long entry;
    final Block[] blocks;
    final long[] pages;
    /** Per block: where control may go after it (RegionFormer.followed, taken when the region formed). */
    final long[][] followed;
    /** The address space the region was formed in, and the only one its code runs in. */
    final AddressSpace memory;
    /** The address space is a flat window: the compiler inlines its memory fast path. */
    final boolean flat;
    /** The installed code, once installed. */
    Translation code;

    Region(Block[] blocks, long[][] followed, AddressSpace memory) {
        this.memory = memory;
        this.flat = memory.windowPageBits() != null;
        this.followed = followed;
        this.entry = blocks[0].start;
        this.blocks = blocks;
        this.pages = pagesOf(blocks);
    }

    /** Index of the block starting at {@code a}, or -1 if none in the region does. */
    int indexOf(long a) {
        for (int i = 0; i < blocks.length; i++) {
            if (blocks[i].start == a) {
                return i;
            }
        }
        return -1;
    }

    int instructionCount() {
        int n = 0;
        for (Block b : blocks) {
            n += b.insns.length;
        }
        return n;
    }

    /** True if a block of the region was dropped (its page was written) since it was decoded. */
    boolean stale() {
        for (Block b : blocks) {
            if (b.dropped) {
                return true;
            }
        }
        return false;
    }

    /** Entry, blocks and the guessed successors, for the translation log. */
    String describe() {
        StringBuilder sb = new StringBuilder("region 0x").append(Long.toHexString(entry)).append(':');
        for (int i = 0; i < blocks.length; i++) {
            sb.append(' ').append(Long.toHexString(blocks[i].start)).append("->");
            for (long s : followed[i]) {
                sb.append(Long.toHexString(s)).append(indexOf(s) >= 0 ? "" : "!").append(',');
            }
        }
        return sb.toString();
    }

    /** The region with only its first {@code n} blocks (a retry after a bytecode budget was blown). */
    Region prefix(int n) {
        return new Region(Arrays.copyOf(blocks, n), Arrays.copyOf(followed, n), memory);
    }

    private static long[] pagesOf(Block[] blocks) {
        long[] p = new long[8];
        int n = 0;
        for (Block b : blocks) {
            long last = (b.end - 1) & ~AddressSpace.PAGE_MASK;
            for (long pg = b.start & ~AddressSpace.PAGE_MASK; pg <= last; pg += AddressSpace.PAGE_SIZE) {
                boolean seen = false;
                for (int i = 0; i < n; i++) {
                    seen |= p[i] == pg;
                }
                if (!seen) {
                    if (n == p.length) {
                        p = Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = pg;
                }
            }
        }
        return Arrays.copyOf(p, n);
    }
}
