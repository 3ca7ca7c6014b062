package dev.ring3.jit;

import dev.ring3.interp.Cpu;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MutableCallSite;

/**
 * Translated code for one region: the superclass of every generated hidden class. {@link #run}
 * enters at the region's entry block and returns with {@code cpu.rip} at the next guest
 * instruction to execute and the registers and flags written back; before it returns, it may run
 * the translation at that address itself (chaining, {@link ChainTable#next}).
 */
public abstract class Translation {
    /**
     * Set when a page the region covers is written: by the code cache on the guest thread, or by
     * the writing thread when another thread writes it (cross-modifying code; the guest thread
     * then unlinks it at its next dispatch). Chaining refuses a dropped translation; the
     * generated code checks {@link #live} instead, which {@link #drop} turns DEAD with it.
     */
    public boolean dropped;
    /**
     * What the generated code tests at block boundaries instead of {@link #dropped}: a call site
     * whose target is {@link #LIVE} until the translation is dropped. C2 folds the test of a
     * constant call site's target to a constant and records a dependency, so the check costs
     * nothing in compiled code; dropping sets {@link #DEAD}, which deoptimises the compiled code
     * (in every thread, at its next safepoint poll), and the interpreted code then sees it and
     * leaves at the next block boundary. Null for a translation not made by {@link Translator}.
     */
    MutableCallSite live;
    static final MethodHandle LIVE = MethodHandles.constant(boolean.class, true);
    static final MethodHandle DEAD = MethodHandles.constant(boolean.class, false);
    /** The guest address of the region's entry. Set when installed, as are the fields below. */
    long entry;
    /** The guest addresses the region's static exits leave for, by link slot. */
    long[] targets = new long[0];
    /**
     * Per static exit: the installed translation of its target, or null. The code cache links a
     * slot when that translation is installed and clears it when it is dropped.
     */
    Translation[] links = new Translation[0];
    /** The code cache's table and hop budget. */
    ChainTable chain;

    protected Translation() {}

    /** Marks the translation dropped: its code leaves at its next block boundary. */
    void drop() {
        dropped = true;
        if (live != null && live.getTarget() == LIVE) {
            live.setTarget(DEAD);
            MutableCallSite.syncAll(new MutableCallSite[] {live});
        }
    }

    public abstract void run(Cpu cpu);

    /**
     * Loads two subclasses that are never run, before any code calling {@link #run} is compiled.
     * HotSpot's class hierarchy analysis otherwise lets C2 bind those calls to the only subclass
     * loaded so far (none, then the first region) under a dependency that the next region's class
     * breaks: on JDK 17 the dispatcher ({@link JitEngine#run}, the interpreter inlined) and the first
     * region were made not entrant and recompiled 3-4 times per run as the first regions arrived.
     */
    static void loadHierarchy() {
        // Made, not only loaded: JDK 17 looks for a unique implementation among linked classes only.
        new Sibling();
        new Sibling2();
    }

    /** A subclass for class hierarchy analysis only ({@link #loadHierarchy}). */
    private static final class Sibling extends Translation {
        @Override
        public void run(Cpu cpu) {
            throw new IllegalStateException("not a translation");
        }
    }

    /** The second one: two concrete subclasses leave C2 no unique implementation of run. */
    private static final class Sibling2 extends Translation {
        @Override
        public void run(Cpu cpu) {
            throw new IllegalStateException("not a translation");
        }
    }
}
