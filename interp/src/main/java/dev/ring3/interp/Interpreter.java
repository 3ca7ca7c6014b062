package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;

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
        Block prev = null;
        for (;;) {
            if (cpu.attention) {
                attention(cpu, cache);
            }
            BlockCache bc = cache;
            if (bc == null || bc.memory() != cpu.mem) {
                bc = cache = new BlockCache(cpu.mem, cpu);
                prev = null;
            }
            long rip = cpu.rip;
            Block b;
            // The previous block's successors first: straight-line code and loops never hash.
            if (prev != null && (b = prev.next0) != null && b.start == rip && !b.dropped) {
                // found
            } else if (prev != null && (b = prev.next1) != null && b.start == rip && !b.dropped) {
                prev.next1 = prev.next0; // the most recent first
                prev.next0 = b;
            } else {
                b = bc.lookup(rip);
                if (prev != null) {
                    prev.next1 = prev.next0;
                    prev.next0 = b;
                }
            }
            b.executions++;
            FastPath.run(cpu, b);
            prev = b;
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
            attention(cpu, cache);
        }
        BlockCache bc = cache;
        if (bc == null || bc.memory() != cpu.mem) {
            bc = cache = new BlockCache(cpu.mem, cpu);
        }
        Block b = bc.lookup(cpu.rip);
        b.executions++;
        return b;
    }

    /**
     * Another thread asked this one to stop, take a signal, or drop code it wrote (a block
     * boundary): the personality first, which clears the flag, then the cache's queue of foreign
     * code writes, so a write queued meanwhile sets the flag again. The JIT's dispatcher calls it too.
     */
    public static void attention(Cpu cpu, BlockCache cache) {
        for (;;) {
            cpu.os.attention(cpu);
            if (cache != null) {
                cache.drainWrites();
            }
            if ((cpu.rflags & (Flags.TF | Flags.AC)) == 0) {
                return;
            }
            // TF: throws the trap, or comes back after a SYSCALL to step the next one. AC alone:
            // comes back after each instruction; a fault (#AC among them) is thrown.
            step(cpu);
        }
    }

    /**
     * With TF set: runs the one instruction at RIP, then raises the debug trap after it (SIGTRAP,
     * TRAP_TRACE, RIP and si_addr past it, TF still set in the saved flags), as the host does after
     * every instruction that starts with TF set (the POPF that clears it included). The handler
     * runs with TF clear; its sigreturn puts TF back, which asks for attention again
     * ({@link Flags#setRflags}). A fault or a system call's exit from the instruction wins; a
     * SYSCALL is not trapped (the next instruction is).
     *
     * <p>With AC set the instruction's data accesses are checked for alignment ({@link
     * AlignmentCheck}: {@link Cpu#mem} is a checking view meanwhile); not a system call's, which
     * the kernel makes.
     */
    private static void step(Cpu cpu) {
        Insn in = new Decoder().decode(cpu.mem, cpu.rip);
        boolean trap = (cpu.rflags & Flags.TF) != 0;
        boolean system = in.op.mnemonic.equals("syscall") || in.op.mnemonic.equals("int") && (in.imm & 0xFF) == 0x80;
        Insn[] insns = {in};
        int[] forms = FastPath.forms(insns);
        boolean check = (cpu.rflags & Flags.AC) != 0 && !system;
        if (check && (forms[0] & 0xFF) == FastPath.SSE_LOAD128) {
            forms[0] = FastPath.EXEC; // its semantics (Operands.getW128) check the 16 bytes; the fast form does not
        }
        Block one = new Block(cpu.rip, in.next, insns, forms);
        if (check) {
            AddressSpace mem = cpu.mem;
            cpu.mem = AlignmentCheck.view(mem);
            cpu.alignCheck = true;
            try {
                FastPath.run(cpu, one);
            } finally {
                cpu.alignCheck = false;
                cpu.mem = mem;
            }
        } else {
            FastPath.run(cpu, one);
        }
        if (!trap || system) {
            // SYSCALL masks TF and SYSRET restores it, the INT 0x80 gate clears it and IRET
            // restores it: the host traps after the next instruction.
            return;
        }
        throw new CpuException(CpuException.DB, CpuException.TRAP_TRACE);
    }

    /**
     * Interprets one block ({@link FastPath#run}): each instruction's semantics dispatched by the
     * form chosen when the block was decoded. On a fault RIP goes back to the faulting instruction
     * (INT3, a trap, reports the next one) and the retired count includes only the instructions
     * before it. The JIT calls this for code it has not translated.
     */
    public static void runBlock(Cpu cpu, Block b) {
        FastPath.run(cpu, b);
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
