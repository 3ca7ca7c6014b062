package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * Decoded blocks of one address space, by start address: a direct-mapped array in front of a
 * primitive-keyed hash map (never boxed guest addresses: DESIGN.md decision 5). Pages holding
 * decoded code are marked in the MMU, so a write to them drops the blocks on that page before the
 * written code can be decoded again (self-modifying and generated code).
 */
public final class BlockCache {
    private static final int MAX_INSNS = 64;
    private static final int L1_BITS = 12;

    private final AddressSpace mem;
    private final Decoder decoder = new Decoder();
    private final Block[] l1 = new Block[1 << L1_BITS];
    private final Long2ObjectHashMap<Block> blocks = new Long2ObjectHashMap<>();
    private final List<Insn> scratch = new ArrayList<>();
    /** Told the page of every invalidation, or -1 when everything is dropped (the JIT's code cache). */
    private LongConsumer invalidationListener = page -> { };

    public BlockCache(AddressSpace mem) {
        this.mem = mem;
        mem.setCodeWriteListener(this::invalidatePage);
    }

    public AddressSpace memory() {
        return mem;
    }

    /** The block starting at {@code rip}, decoding it on first use. */
    public Block lookup(long rip) {
        int slot = (int) (rip ^ (rip >>> L1_BITS)) & ((1 << L1_BITS) - 1);
        Block b = l1[slot];
        if (b != null && b.start == rip) {
            return b;
        }
        b = blocks.get(rip);
        if (b == null) {
            b = decodeBlock(rip);
            blocks.put(rip, b);
        }
        l1[slot] = b;
        return b;
    }

    private Block decodeBlock(long rip) {
        scratch.clear();
        long a = rip;
        while (scratch.size() < MAX_INSNS) {
            Insn in;
            try {
                in = decoder.decode(mem, a);
            } catch (GuestFault f) {
                if (scratch.isEmpty()) {
                    throw f;
                }
                break; // the fault belongs to a later instruction: raise it when that one is reached
            }
            scratch.add(in);
            a = in.next;
            if (in.op.endsBlock) {
                break;
            }
        }
        Block b = new Block(rip, a, scratch.toArray(new Insn[0]));
        for (long p = rip & ~AddressSpace.PAGE_MASK; p < a; p += AddressSpace.PAGE_SIZE) {
            mem.markCode(p);
        }
        return b;
    }

    /** The block starting at {@code rip} if it is decoded already, else null (never decodes). */
    public Block peek(long rip) {
        return blocks.get(rip);
    }

    /**
     * Sets who hears about dropped code (the JIT drops translations that cover the page), called
     * after the blocks are gone and before the write lands.
     */
    public void setInvalidationListener(LongConsumer listener) {
        this.invalidationListener = listener;
    }

    /** Drops every block that overlaps the page at {@code page} (called before a write to it lands). */
    public void invalidatePage(long page) {
        long end = page + AddressSpace.PAGE_SIZE;
        blocks.values().removeIf(b -> {
            boolean hit = b.start < end && b.end > page;
            b.dropped |= hit;
            return hit;
        });
        java.util.Arrays.fill(l1, null);
        invalidationListener.accept(page);
    }

    /** Drops everything (execve, munmap of code). */
    public void clear() {
        for (Block b : blocks.values()) {
            b.dropped = true;
        }
        blocks.clear();
        java.util.Arrays.fill(l1, null);
        invalidationListener.accept(-1L);
    }

    public int size() {
        return blocks.size();
    }
}
