package dev.ring3.jit;

import dev.ring3.interp.Block;
import dev.ring3.interp.BlockCache;
import dev.ring3.interp.Insn;
import dev.ring3.mmu.GuestFault;
import java.util.ArrayList;
import java.util.List;
import org.agrona.collections.LongHashSet;

/**
 * Forms a region from a hot entry block: breadth-first along static successors (branch targets,
 * fall-throughs, call targets and return continuations) and the profiled targets of returns and
 * indirect branches ({@link #followed}), taking blocks that are hot enough until a block or instruction
 * budget is reached (DESIGN.md decision 5: a loop and what it calls in one method). Runs on the
 * guest thread: the block cache is not thread-safe.
 */
final class RegionFormer {
    /** The most blocks of a callee copied (CalleeBody). */
    static final int MAX_CALLEE_BLOCKS = 16;
    private final int maxBlocks;
    private final int maxInsns;
    /** The most instructions of a callee copied; 0: none. */
    private final int maxCalleeInsns;

    RegionFormer(int maxBlocks, int maxInsns, int maxCalleeInsns) {
        this.maxBlocks = maxBlocks;
        this.maxInsns = maxInsns;
        this.maxCalleeInsns = maxCalleeInsns;
    }

    /**
     * The region entered at {@code entry}. With {@code decodeAhead} (translate-everything mode)
     * successors are decoded if need be; otherwise only decoded blocks executed at least
     * {@code minExecutions} times join.
     */
    Region form(BlockCache cache, Block entry, boolean decodeAhead, long minExecutions) {
        return form(cache, entry, decodeAhead, minExecutions, a -> false);
    }

    /**
     * As above, stopping at blocks for which {@code isEntry} holds (the entries of translations
     * installed or being made): the region leaves there and the dispatcher enters that
     * translation, so regions do not copy each other's loops (each copy costs C2 a compile).
     */
    Region form(BlockCache cache, Block entry, boolean decodeAhead, long minExecutions, java.util.function.LongPredicate isEntry) {
        List<Block> out = new ArrayList<>();
        out.add(entry);
        // Blocks of small callees copied in although they are other translations' entries.
        LongHashSet copied = new LongHashSet();
        int insns = entry.insns.length;
        for (int i = 0; i < out.size() && out.size() < maxBlocks; i++) {
            Block from = out.get(i);
            if (copied.contains(from.start) && CalleeBody.returns(from)) {
                // A copied callee's return goes back to its callers' continuations, which join from
                // their calls' side; its profiled target is some other caller's.
                continue;
            }
            long[] succ = followed(from);
            long back = continuation(from);
            for (long s : succ) {
                if (out.size() >= maxBlocks) {
                    break;
                }
                if (contains(out, s)) {
                    continue;
                }
                if (s == back && !calleeJoined(out, succ, back)) {
                    // The callee stays outside (another translation's entry, cold, or over budget),
                    // so its return leaves the region too: the continuation would be dead code here,
                    // compiled by C1 and C2 for nothing (bintrees' return continuations were ~5 KB
                    // copies of their callers). It gets a region of its own when it is hot.
                    continue;
                }
                if (isEntry.test(s) && !copied.contains(s)) {
                    if (back != -1 && s != back && maxCalleeInsns > 0) {
                        // A call to another translation: copied if small (no loop), so the call and
                        // its return stay inside this method.
                        LongHashSet body = CalleeBody.of(from, s,
                                (f, a) -> take(cache, f, a, decodeAhead, minExecutions),
                                MAX_CALLEE_BLOCKS, maxCalleeInsns);
                        if (body == null) {
                            continue;
                        }
                        copied.addAll(body);
                    } else if (s != back || maxCalleeInsns == 0) {
                        continue;
                    }
                    // A continuation whose callee joined: the callee's return comes back here.
                }
                Block b = take(cache, from, s, decodeAhead, minExecutions);
                if (b == null) {
                    continue;
                }
                if (insns + b.insns.length > maxInsns) {
                    continue;
                }
                insns += b.insns.length;
                out.add(b);
            }
        }
        Block[] blocks = out.toArray(new Block[0]);
        long[][] next = new long[blocks.length][];
        for (int i = 0; i < blocks.length; i++) {
            next[i] = followed(blocks[i]);
        }
        return new Region(blocks, next, cache.memory());
    }

    /**
     * The block at {@code s}, a successor of {@code from}, if it may join a region: decoded (or, in
     * translate-everything mode, decodable when a static successor), not dropped, and run at least
     * {@code minExecutions} times. Guessed successors (profiled, or after a SYSCALL) join only once
     * decoded: decoding ahead past them would translate whatever bytes follow.
     */
    private static Block take(BlockCache cache, Block from, long s, boolean decodeAhead, long minExecutions) {
        Block b = decodeAhead && isStatic(from, s) ? lookup(cache, s) : cache.peek(s);
        return b == null || b.dropped || (!decodeAhead && b.executions < minExecutions) ? null : b;
    }

    /**
     * Where control may go after {@code b}: its static successors, and past a CALL its return
     * continuation too; past a return or an indirect branch, where it went the last time the
     * interpreter ran it ({@link Block#lastExit}), and past an indirect CALL or a SYSCALL the next
     * instruction. The compiler turns each one inside the region into a guarded jump (the region
     * leaves when the guess is wrong), so whole call trees and their returns stay in one method.
     */
    static long[] followed(Block b) {
        Insn last = b.insns[b.insns.length - 1];
        long seen = b.lastExit;
        switch (BlockEnd.of(last)) {
            case CALL:
                return new long[] {last.target, last.next};
            case RET:
                return seen != 0 ? new long[] {seen} : new long[0];
            case DYNAMIC: case INDIRECT: {
                String m = last.op.mnemonic;
                boolean comesBack = m.equals("call") || m.equals("syscall");
                if (seen != 0 && comesBack && seen != last.next) {
                    return new long[] {seen, last.next};
                }
                if (seen != 0) {
                    return new long[] {seen};
                }
                return comesBack ? new long[] {last.next} : new long[0];
            }
            default:
                return BlockEnd.successors(b);
        }
    }

    /**
     * The return continuation of a block ending in a CALL (direct or not) that is not a call to
     * the next instruction, else -1 (no guest address).
     */
    static long continuation(Block b) {
        Insn last = b.insns[b.insns.length - 1];
        BlockEnd end = BlockEnd.of(last);
        boolean call = end == BlockEnd.CALL
                || (end == BlockEnd.INDIRECT || end == BlockEnd.DYNAMIC) && last.op.mnemonic.equals("call");
        return call && !(end == BlockEnd.CALL && last.target == last.next) ? last.next : -1;
    }

    /** True if a successor of the call other than its continuation {@code back} is in the region. */
    private static boolean calleeJoined(List<Block> out, long[] succ, long back) {
        for (long t : succ) {
            if (t != back && contains(out, t)) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code s} is a successor of {@code b} by its encoding (a CALL's continuation included). */
    private static boolean isStatic(Block b, long s) {
        for (long t : BlockEnd.successors(b)) {
            if (t == s) {
                return true;
            }
        }
        return BlockEnd.of(b) == BlockEnd.CALL && s == b.end;
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
