package dev.ring3.jit;

import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one compiler thread (DESIGN.md decision 4): translates regions while the guest keeps running
 * in the interpreter, and hands the results to each region's code cache, which installs them at
 * the guest thread's next dispatch. A daemon, started at the first request, so programs that never
 * get hot never start it, nor load ByteBuddy's classes.
 */
final class BackgroundCompiler {
    private record Task(Region region, CodeCache cache, long queued) {}

    private final LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final int maxCodeSize;
    private Thread thread;
    private volatile long translated;

    BackgroundCompiler(int maxCodeSize) {
        this.maxCodeSize = maxCodeSize;
    }

    /**
     * The compiler every engine with this budget shares: one thread for the whole JVM, however many
     * guest threads and processes there are (a shell script forks hundreds). It holds no guest
     * state between tasks: each result goes to the code cache that asked.
     */
    static BackgroundCompiler shared(int maxCodeSize) {
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(maxCodeSize, BackgroundCompiler::new);
        }
    }

    private static final java.util.Map<Integer, BackgroundCompiler> SHARED = new java.util.HashMap<>();

    /** Queues a region; the result reaches {@code cache} when done. */
    synchronized void submit(Region region, CodeCache cache) {
        if (thread == null) {
            thread = new Thread(this::loop, "ring3-jit");
            thread.setDaemon(true);
            thread.start();
        }
        queue.add(new Task(region, cache, System.nanoTime()));
    }

    long translatedCount() {
        return translated;
    }

    private void loop() {
        Translator translator = new Translator(maxCodeSize);
        for (;;) {
            Task t;
            try {
                t = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            long start = System.nanoTime();
            try {
                t.cache.offer(translator.translate(t.region, t.cache.observer));
                translated++;
                if (Translator.LOG) {
                    // Where warm-up time goes: waiting behind other regions, then translating.
                    System.err.printf("ring3-jit: 0x%x at %.0f ms: queued %.1f ms, translated in %.1f ms, %d waiting%n",
                            t.region.entry, (start - JitEngine.STARTED) / 1e6, (start - t.queued) / 1e6,
                            (System.nanoTime() - start) / 1e6, queue.size());
                }
            } catch (RuntimeException | LinkageError e) {
                // Not translatable (a bug or a limit): the guest keeps running it in the interpreter.
                t.cache.offer(t.region);
            }
        }
    }
}
