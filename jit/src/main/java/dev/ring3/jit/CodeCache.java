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
 * The translations of one block cache (one address space): installs finished translations on the
 * guest thread, hangs each on its entry block, and drops them when a page they cover is written
 * (the block cache's invalidation listener) or the cache is cleared. Regions are indexed by page
 * with primitive keys (never boxed guest addresses: DESIGN.md decision 5).
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
    volatile boolean pending;
    private int installed;

    CodeCache(BlockCache blocks, ExecutionObserver observer) {
        this.blocks = blocks;
        this.observer = observer;
        blocks.setInvalidationListener(this::invalidate);
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

    /** Hangs the translation on its region's entry block unless its code changed meanwhile. */
    void install(Translator.Result result) {
        Region region = result.region();
        Translation code = result.code();
        if (region.stale()) {
            return; // a block was dropped while it compiled: it will get hot again if it matters
        }
        region.code = code;
        Block entry = region.blocks[0];
        entry.translation = code;
        for (long p : region.pages) {
            byPage.computeIfAbsent(p, k -> new ArrayList<>(2)).add(region);
        }
        installed++;
        if (observer != null) {
            observer.translated(region.blocks, result.counters(), result.codeSize(), result.nanos(), result::listing);
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

    private static void drop(Region r) {
        Translation t = r.code;
        if (t != null) {
            t.dropped = true;
            if (r.blocks[0].translation == t) {
                r.blocks[0].translation = null;
            }
        }
    }
}
