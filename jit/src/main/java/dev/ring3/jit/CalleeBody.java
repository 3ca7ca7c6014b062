package dev.ring3.jit;

import dev.ring3.interp.Block;
import dev.ring3.interp.BlockCache;
import org.agrona.collections.LongHashSet;

/**
 * The hot body of a called function, if it is small enough to be copied into a caller's region
 * although it has a translation of its own (docs/jit.md "Copied callees"): the blocks reachable
 * from its entry without passing a return, taking only blocks that region formation would take,
 * with no loop among them and within a block and instruction budget. A copy turns the call and
 * the return into jumps inside the caller's method (the return is predicted against the region's
 * call continuations) instead of an exit, a chained call and a prologue each way.
 */
final class CalleeBody {
    /** The block region formation would take at {@code a}, reached from {@code from}, or null. */
    interface Blocks {
        Block take(Block from, long a);
    }

    private final Blocks blocks;
    private final int maxBlocks;
    private final int maxInsns;
    private final LongHashSet onPath = new LongHashSet();
    private final LongHashSet seen = new LongHashSet();
    private int insns;
    private boolean small = true;

    private CalleeBody(Blocks blocks, int maxBlocks, int maxInsns) {
        this.blocks = blocks;
        this.maxBlocks = maxBlocks;
        this.maxInsns = maxInsns;
    }

    /**
     * The start addresses of the body of the function entered at {@code entry}, or null when it
     * is not small: a loop (a recursive call is one), more than {@code maxBlocks} blocks or
     * {@code maxInsns} instructions. {@code caller} is the block that calls it; {@code blocks}
     * answers the block region formation would take at an address, or null where the region
     * would leave (not decoded, dropped, cold): the body ends there. A call inside the body takes its callee and its continuation into the body.
     */
    static LongHashSet of(Block caller, long entry, Blocks blocks, int maxBlocks, int maxInsns) {
        CalleeBody w = new CalleeBody(blocks, maxBlocks, maxInsns);
        w.visit(caller, entry);
        return w.small && !w.seen.isEmpty() ? w.seen : null;
    }

    private void visit(Block from, long a) {
        Block b = blocks.take(from, a);
        if (b == null) {
            return; // the region leaves here: not part of the copy
        }
        seen.add(a);
        insns += b.insns.length;
        if (seen.size() > maxBlocks || insns > maxInsns) {
            small = false;
            return;
        }
        if (returns(b)) {
            return; // back to the caller: its continuation joins from the caller's side
        }
        onPath.add(a);
        long back = RegionFormer.continuation(b);
        long[] succ = RegionFormer.followed(b);
        for (long s : succ) {
            if (s == back) {
                continue; // after the callee, below
            }
            if (back != -1) {
                // A call inside the body: its callee is copied too if it is small itself, and then
                // the continuation with it; else the call leaves the copy (as region formation
                // leaves such a call), and so does its return.
                if (!called(b, s)) {
                    back = -1;
                }
            } else if (onPath.contains(s)) {
                small = false; // a back edge: loops stay in translations of their own
            } else if (!seen.contains(s)) {
                visit(b, s);
            }
            if (!small) {
                return;
            }
        }
        if (back != -1 && !seen.contains(back)) {
            visit(b, back);
        }
        onPath.remove(a);
    }

    /** Walks the callee at {@code target} of the call ending {@code call}; true if it is copied. */
    private boolean called(Block call, long target) {
        if (onPath.contains(target)) {
            small = false; // recursion: a loop
            return false;
        }
        if (seen.contains(target)) {
            return true;
        }
        CalleeBody sub = new CalleeBody(blocks, maxBlocks - seen.size(), maxInsns - insns);
        sub.onPath.addAll(onPath);
        sub.visit(call, target);
        if (!sub.small || sub.seen.isEmpty()) {
            return false;
        }
        seen.addAll(sub.seen);
        insns += sub.insns;
        return true;
    }

    /** True if {@code b} ends in a return (RET or RET Iw). */
    static boolean returns(Block b) {
        return b.insns[b.insns.length - 1].op.mnemonic.equals("ret");
    }
}
