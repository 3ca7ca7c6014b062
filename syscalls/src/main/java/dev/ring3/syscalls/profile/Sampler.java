package dev.ring3.syscalls.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The sampling thread: every interval it reads, for each guest thread that is running guest code
 * or is inside a syscall, the block it is in (the cursor its engine keeps current), the syscall
 * and its shadow call stack, and counts what it saw. Costs the guest threads nothing but the
 * cursor stores; a thread that is neither (not started, ended, waiting for its children) is not
 * sampled.
 */
final class Sampler {
    /** Innermost frames kept per sample (deep recursion is cut, as perf cuts it). */
    static final int MAX_FRAMES = 256;

    private final List<ThreadProfile> threads;
    private final long interval;
    private final Map<Sample, long[]> counts = new HashMap<>();
    private final long[] frames = new long[MAX_FRAMES];
    private final boolean[] truncated = new boolean[1];
    private volatile boolean stop;
    private Thread thread;
    private long ticks;

    Sampler(List<ThreadProfile> threads, long intervalNanos) {
        this.threads = threads;
        this.interval = intervalNanos;
    }

    void start() {
        thread = new Thread(this::loop, "ring3-profile-sampler");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /** Stops the thread and returns the counts (only then safe to read). */
    Map<Sample, long[]> stop() {
        stop = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return counts;
    }

    long ticks() {
        return ticks;
    }

    private void loop() {
        long next = System.nanoTime() + interval;
        while (!stop) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            next += interval;
            if (next < System.nanoTime()) {
                next = System.nanoTime() + interval; // fell behind (a loaded machine): do not burst
            }
            ticks++;
            for (ThreadProfile t : threads) {
                sample(t);
            }
        }
    }

    private void sample(ThreadProfile t) {
        int sys = t.syscall;
        if (!t.thread.isAlive() || sys < 0 && t.thread.getState() != Thread.State.RUNNABLE) {
            return;
        }
        long pc = t.cursor[0];
        ProfileImage img = t.image;
        if (pc == 0 || img == null) {
            return; // not running guest code yet
        }
        int n = -1;
        for (int tries = 0; tries < 16 && n < 0; tries++) {
            if (tries > 0) {
                Thread.yield(); // the writer may be preempted mid-update on a loaded machine
            }
            n = t.stack.snapshot(frames, truncated);
        }
        // A stack that kept changing under the reader is shown cut ("[truncated]"), never wrong.
        long[] returns = n > 0 ? java.util.Arrays.copyOf(frames, n) : new long[0];
        counts.computeIfAbsent(new Sample(img, pc, sys, returns, n < 0 || truncated[0]), k -> new long[1])[0]++;
    }
}
