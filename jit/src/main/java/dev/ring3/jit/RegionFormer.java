package dev.ring3.jit;

import dev.ring3.interp.Block;
import dev.ring3.interp.BlockCache;
import dev.ring3.mmu.GuestFault;
import java.util.ArrayList;
import java.util.List;

/**
 * Forms a region from a hot entry block: breadth-first along static successors (branch targets,
 * fall-throughs, call targets), taking blocks that are hot enough until a block or instruction
 * budget is reached (DESIGN.md decision 5: a loop and what it calls in one method). Runs on the
 * guest thread: the block cache is not thread-safe.
 */
final class RegionFormer {
    private final int maxBlocks;
    private final int maxInsns;

    RegionFormer(int maxBlocks, int maxInsns) {
        this.maxBlocks = maxBlocks;
        this.maxInsns = maxInsns;
    }

    /**
     * The region entered at {@code entry}. With {@code decodeAhead} (translate-everything mode)
     * successors are decoded if need be; otherwise only decoded blocks executed at least
     * {@code minExecutions} times join.
     */
    Region form(BlockCache cache, Block entry, boolean decodeAhead, long minExecutions) {
        List<Block> out = new ArrayList<>();
        out.add(entry);
        int insns = entry.insns.length;
        for (int i = 0; i < out.size() && out.size() < maxBlocks; i++) {
            for (long s : BlockEnd.successors(out.get(i))) {
                if (out.size() >= maxBlocks) {
                    break;
                }
                if (contains(out, s)) {
                    continue;
                }
                Block b = decodeAhead ? lookup(cache, s) : cache.peek(s);
                if (b == null || b.dropped || (!decodeAhead && b.executions < minExecutions)) {
                    continue;
                }
                if (insns + b.insns.length > maxInsns) {
                    continue;
                }
                insns += b.insns.length;
                out.add(b);
            }
        }
        return new Region(out.toArray(new Block[0]), cache.memory().windowPageBits() != null);
    }

    private static boolean contains(List<Block> blocks, long a) {
        for (Block b : blocks) {
            if (b.start == a) {
                return true;
            }
        }
        return false;
    }

    private static Block lookup(BlockCache cache, long a) {
        try {
            return cache.lookup(a);
        } catch (GuestFault e) {
            return null; // not code (yet): the region exits there
        }
    }
}
