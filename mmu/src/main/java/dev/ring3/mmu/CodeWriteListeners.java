package dev.ring3.mmu;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Who is told that a page holding code is about to be written: every thread's block cache of an
 * address space. Held weakly, so the caches of ended threads (and of address spaces a thread left
 * by execve) fall away with them; cleared references are pruned on the next change. Notification
 * iterates an immutable snapshot, so it takes no lock.
 */
final class CodeWriteListeners {
    private volatile List<WeakReference<LongConsumer>> snapshot = List.of();

    synchronized void add(LongConsumer listener) {
        List<WeakReference<LongConsumer>> next = live(null);
        next.add(new WeakReference<>(listener));
        snapshot = List.copyOf(next);
    }

    synchronized void remove(LongConsumer listener) {
        snapshot = List.copyOf(live(listener));
    }

    /** The references still alive, without {@code except}; a mutable copy. */
    private List<WeakReference<LongConsumer>> live(LongConsumer except) {
        List<WeakReference<LongConsumer>> out = new ArrayList<>(snapshot.size() + 1);
        for (WeakReference<LongConsumer> r : snapshot) {
            LongConsumer l = r.get();
            if (l != null && l != except) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Tells every live listener, on the calling (writing) thread; an exception one throws is
     * rethrown once all were told.
     */
    void notify(long page) {
        RuntimeException deferred = null;
        for (WeakReference<LongConsumer> r : snapshot) {
            LongConsumer l = r.get();
            if (l != null) {
                try {
                    l.accept(page);
                } catch (RuntimeException e) {
                    deferred = e;
                }
            }
        }
        if (deferred != null) {
            throw deferred;
        }
    }
}
