package dev.ring3.jit;

import dev.ring3.interp.ExecutionObserver;

/**
 * What a translation compiled for the profiler (--profile) calls: it counts block entries and
 * tells the observer where the thread is and which CALLs and RETs ran. One per translation, held
 * in its class data; translations made without a profile have none and call nothing.
 */
final class ProfileProbe {
    static final String NAME = "dev/ring3/jit/ProfileProbe";

    private final ExecutionObserver observer;
    private final long[] cursor;
    final long[] counters;

    ProfileProbe(ExecutionObserver observer, int blocks) {
        this.observer = observer;
        this.cursor = observer.cursor();
        this.counters = new long[blocks];
    }

    /** Block {@code index} of the region, at guest address {@code start}, is entered. */
    void enter(int index, long start) {
        cursor[0] = start;
        counters[index]++;
    }

    void called(long returnAddress, long rsp, long target) {
        observer.called(returnAddress, rsp, target);
    }

    void returned(long rsp, long returnAddress) {
        observer.returned(rsp, returnAddress);
    }
}
