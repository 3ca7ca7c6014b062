package dev.ring3.jit;

import dev.ring3.interp.Block;
import dev.ring3.interp.BlockCache;
import dev.ring3.interp.ExecutionObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongHashSet;

/**
 * The translations of one block cache (one address space, one thread): installs finished
 * translations on the guest thread, hangs each on its entry block, links the static exits of translations to the
 * translations of their targets (chaining: {@link ChainTable}), and drops them, unlinking every
 * exit that led to them, when a page they cover is written (the block cache's invalidation
 * listener) or the cache is cleared. Regions are indexed by page and exits by target with
 * primitive keys (never boxed guest addresses: DESIGN.md decision 5).
 */
final class CodeCache {
    private final BlockCache blocks;
    /** Told of every installed translation (the profiler), or null. */
    final ExecutionObserver observer;
    private final Long2ObjectHashMap<List<Region>> byPage = new Long2ObjectHashMap<>();
    /** Entry addresses requested and not yet installed or failed (no duplicate requests). */
    private final LongHashSet requested = new LongHashSet();
    /** Entries whose translation failed: interpreted from now on. */
    private final LongHashSet failed = new LongHashSet();
    /** Finished by the compiler thread, waiting for the guest thread to install them. */
    private final ConcurrentLinkedQueue<Object> done = new ConcurrentLinkedQueue<>();
    /** Per guest address: the installed translations with a static exit to it (their link slots). */
    private final Long2ObjectHashMap<List<Translation>> exitsTo = new Long2ObjectHashMap<>();
    /** Installed translations by entry, and the hop budget of chains. */
    final ChainTable chain;
    volatile boolean pending;
    private int installed;

    CodeCache(BlockCache blocks, ExecutionObserver observer) {
        this.blocks = blocks;
        this.observer = observer;
        this.chain = new ChainTable(blocks.memory());
        blocks.setInvalidationListener(this::invalidate);
        blocks.setForeignWriteListener(this::markDropped);
    }

    BlockCache blocks() {
        return blocks;
    }

    int installedCount() {
        return installed;
    }

    /** True if a request for this entry is outstanding or its translation failed before. */
    boolean requestedOrFailed(long entry) {
        return requested.contains(entry) || failed.contains(entry);
    }

    void markRequested(long entry) {
        requested.add(entry);
    }

    /** Called by the compiler thread: a result (Translator.Result) or a failure (the Region). */
    void offer(Object resultOrFailedRegion) {
        done.add(resultOrFailedRegion);
        pending = true;
    }

    /** On the guest thread: installs what the compiler finished. */
    void installPending() {
        pending = false;
        Object o;
        while ((o = done.poll()) != null) {
            if (o instanceof Translator.Result) {
                Translator.Result r = (Translator.Result) o;
                requested.remove(r.region().entry);
                install(r);
            } else {
                long entry = ((Region) o).entry;
                requested.remove(entry);
                failed.add(entry);
            }
        }
    }

    void markFailed(long entry) {
        failed.add(entry);
    }

    /**
     * Hangs the translation on its region's entry block unless its code changed meanwhile. Under
     * the block cache's write lock, after draining other threads' writes: a write by another
     * thread either drops the region's blocks first or finds the translation and marks it.
     */
    void install(Translator.Result result) {
        synchronized (blocks.writeLock()) {
            blocks.drainWrites();
            installDrained(result);
        }
    }

    private void installDrained(Translator.Result result) {
        Region region = result.region();
        Translation code = result.code();
        if (region.stale()) {
            return; // a block was dropped while it compiled: it will get hot again if it matters
        }
        region.code = code;
        Block entry = region.blocks[0];
        if (entry.translation instanceof Translation) {
            unlink((Translation) entry.translation); // replaced: no exit may lead to the old one
        }
        entry.translation = code;
        for (long p : region.pages) {
            byPage.computeIfAbsent(p, k -> new ArrayList<>(2)).add(region);
        }
        link(code, region.entry, result.links());
        installed++;
        if (observer != null) {
            observer.translated(region.blocks, result.counters(), result.codeSize(), result.nanos(), result::listing);
        }
    }

    /**
     * Makes {@code t} reachable by chaining: its static exits linked to the translations installed
     * at their targets, and the exits of installed translations that lead to its entry linked to it.
     */
    private void link(Translation t, long entry, long[] targets) {
        t.entry = entry;
        t.targets = targets;
        t.links = new Translation[targets.length];
        t.chain = chain;
        for (int i = 0; i < targets.length; i++) {
            exitsTo.computeIfAbsent(targets[i], k -> new ArrayList<>(2)).add(t);
            Block b = blocks.peek(targets[i]);
            if (b != null && b.translation instanceof Translation) {
                t.links[i] = (Translation) b.translation;
            }
        }
        List<Translation> from = exitsTo.get(entry);
        if (from != null) {
            for (Translation f : from) {
                f.links[slotOf(f, entry)] = t;
            }
        }
        chain.put(t);
    }

    /** No exit leads to {@code t} any more, and its own exits are forgotten. */
    private void unlink(Translation t) {
        chain.remove(t);
        List<Translation> from = exitsTo.get(t.entry);
        if (from != null) {
            for (Translation f : from) {
                int i = slotOf(f, t.entry);
                if (f.links[i] == t) {
                    f.links[i] = null;
                }
            }
        }
        for (long target : t.targets) {
            List<Translation> to = exitsTo.get(target);
            if (to != null) {
                to.remove(t);
                if (to.isEmpty()) {
                    exitsTo.remove(target);
                }
            }
        }
        java.util.Arrays.fill(t.links, null);
    }

    private static int slotOf(Translation t, long target) {
        long[] ts = t.targets;
        for (int i = 0; i < ts.length; i++) {
            if (ts[i] == target) {
                return i;
            }
        }
        throw new IllegalStateException("no exit to 0x" + Long.toHexString(target));
    }

    /** Calls {@code visitor} with every installed translation (tests: no link may lead to dropped code). */
    void forEachInstalled(java.util.function.Consumer<Translation> visitor) {
        java.util.Set<Translation> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Region> rs : byPage.values()) {
            for (Region r : rs) {
                if (r.code != null && seen.add(r.code)) {
                    visitor.accept(r.code);
                }
            }
        }
    }

    /** Installed regions whose code covers the page of guest address {@code a} (tests). */
    int regionsCovering(long a) {
        List<Region> rs = byPage.get(a & ~dev.ring3.mmu.AddressSpace.PAGE_MASK);
        return rs == null ? 0 : rs.size();
    }

    /**
     * Another thread is about to write {@code page} (its thread, under the block cache's write
     * lock): the translations covering it leave at their next block boundary; this thread drops
     * them properly when it drains the write ({@link #invalidate}).
     */
    private void markDropped(long page) {
        List<Region> rs = byPage.get(page);
        if (rs != null) {
            for (Region r : rs) {
                Translation t = r.code;
                if (t != null) {
                    t.drop();
                }
            }
        }
    }

    /** The block cache dropped the blocks of {@code page} (-1: all): drop the translations covering it. */
    void invalidate(long page) {
        if (page == -1) {
            for (List<Region> rs : byPage.values()) {
                for (Region r : rs) {
                    drop(r);
                }
            }
            byPage.clear();
            exitsTo.clear();
            chain.clear();
            requested.clear();
            return;
        }
        List<Region> rs = byPage.remove(page);
        if (rs == null) {
            return;
        }
        for (Region r : rs) {
            drop(r);
            for (long p : r.pages) {
                List<Region> other = byPage.get(p);
                if (other != null) {
                    other.remove(r);
                    if (other.isEmpty()) {
                        byPage.remove(p);
                    }
                }
            }
        }
    }

    private void drop(Region r) {
        Translation t = r.code;
        if (t != null) {
            r.code = null; // once: a region covering several pages is dropped for each
            t.drop();
            unlink(t);
            if (r.blocks[0].translation == t) {
                r.blocks[0].translation = null;
            }
        }
    }
}
