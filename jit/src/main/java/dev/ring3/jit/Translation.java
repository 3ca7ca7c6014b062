package dev.ring3.jit;

import dev.ring3.interp.Cpu;

/**
 * Translated code for one region: the superclass of every generated hidden class. {@link #run}
 * enters at the region's entry block and returns with {@code cpu.rip} at the next guest
 * instruction to execute and the registers and flags written back.
 */
public abstract class Translation {
    /**
     * Set (by the code cache, on the guest thread) when a page the region covers is written: the
     * generated code checks it at every block boundary inside the region and leaves, so written
     * code never runs stale past the block that wrote it, as in the interpreter.
     */
    public boolean dropped;

    protected Translation() {}

    public abstract void run(Cpu cpu);
}
