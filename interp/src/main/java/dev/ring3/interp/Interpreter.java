package dev.ring3.interp;

import dev.ring3.mmu.GuestFault;

/**
 * The interpreter: runs cached, pre-decoded blocks by calling each instruction's semantics. It is
 * the tier everything runs in first and the fallback for whatever the JIT does not translate.
 * Leaves {@link #run} only by exception (DESIGN.md "One program's path").
 */
public final class Interpreter implements ExecutionEngine {
    private final ExecutionObserver observer;
    private BlockCache cache;

    public Interpreter() {
        this(null);
    }

    /** An interpreter that reports to {@code observer} (the profiler), or to nobody when null. */
    public Interpreter(ExecutionObserver observer) {
        this.observer = observer;
    }

    @Override
    public void run(Cpu cpu) {
        if (observer != null) {
            runObserved(cpu);
            return;
        }
        for (;;) {
            runBlock(cpu, next(cpu));
        }
    }

    /** The same loop for the profiler: a separate path, so that the unobserved one is untouched. */
    private void runObserved(Cpu cpu) {
        for (;;) {
            runBlock(observer, cpu, next(cpu));
        }
    }

    /** The block at RIP, counted, after any work another thread asked of this one. */
    private Block next(Cpu cpu) {
        if (cpu.attention) {
            cpu.os.attention(cpu); // another thread asked this one to stop or take a signal
        }
        BlockCache bc = cache;
        if (bc == null || bc.memory() != cpu.mem) {
            bc = cache = new BlockCache(cpu.mem);
        }
        Block b = bc.lookup(cpu.rip);
        b.executions++;
        return b;
    }

    /**
     * Interprets one block: each instruction's semantics with RIP already at the next one,
     * dispatched by the form {@link FastPath} chose when the block was decoded. On a fault RIP goes
     * back to the faulting instruction (INT3, a trap, reports the next one) and the retired count
     * includes only the instructions before it. The JIT calls this for code it has not translated.
     */
    public static void runBlock(Cpu cpu, Block b) {
        Insn[] insns = b.insns;
        int[] forms = b.forms;
        int k = 0;
        try {
            for (; k < insns.length; k++) {
                Insn in = insns[k];
                cpu.rip = in.next;
                FastPath.exec(cpu, in, forms[k]);
            }
        } catch (GuestFault e) {
            cpu.rip = insns[k].addr;
            cpu.instructions += k;
            throw e;
        } catch (CpuException e) {
            // Faults report the faulting instruction; INT3 is a trap and reports the next one.
            cpu.rip = e.vector() == CpuException.BP ? insns[k].next : insns[k].addr;
            cpu.instructions += k;
            throw e;
        } catch (GuestExit e) {
            cpu.instructions += k + 1;
            throw e;
        }
        cpu.instructions += insns.length;
    }

    /** {@link #runBlock(Cpu, Block)}, told to {@code observer} when there is one. */
    public static void runBlock(ExecutionObserver observer, Cpu cpu, Block b) {
        if (observer == null) {
            runBlock(cpu, b);
            return;
        }
        observer.entering(cpu, b);
        runBlock(cpu, b);
        observer.left(cpu, b);
    }

    /** The block cache in use (for profiles and the JIT), or null before the first run. */
    public BlockCache cache() {
        return cache;
    }
}
