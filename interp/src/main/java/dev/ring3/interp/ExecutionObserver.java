package dev.ring3.interp;

import java.util.function.Supplier;

/**
 * Watches one guest thread's execution for the profiler (--profile). An engine is given one per
 * thread, or none: without one it runs exactly as before (one null check per interpreted block),
 * with one it reports every interpreted block, every translation, and every CALL and RET that
 * translated code executes (the interpreter's are read from the blocks it reports). Called only
 * on the guest thread that owns it; implementations must not change the guest's state.
 */
public interface ExecutionObserver {
    /** The interpreter is about to run {@code b}. */
    void entering(Cpu cpu, Block b);

    /**
     * The interpreter ran {@code b} to its end: its last instruction's effect (a CALL's push, a
     * RET's pop) is in {@code cpu}. Not called when the block faulted or the thread ended in it.
     */
    void left(Cpu cpu, Block b);

    /** Translated code executed a CALL to {@code target} that pushed {@code returnAddress} at {@code rsp}. */
    void called(long returnAddress, long rsp, long target);

    /** Translated code executed a RET to {@code returnAddress}; {@code rsp} is the stack pointer after it. */
    void returned(long rsp, long returnAddress);

    /**
     * A one-element array into which translated code stores the start address of each block it
     * enters, so that a sampler on another thread sees where the thread is.
     */
    long[] cursor();

    /**
     * A translation was installed: {@code blocks} (entry first) now run as one JVM method of
     * {@code codeSize} bytecode bytes, made in {@code nanos}; translated code adds 1 to
     * {@code counters[i]} each time it enters {@code blocks[i]}; {@code listing} renders the
     * method's bytecode on demand.
     */
    void translated(Block[] blocks, long[] counters, int codeSize, long nanos, Supplier<String> listing);
}
