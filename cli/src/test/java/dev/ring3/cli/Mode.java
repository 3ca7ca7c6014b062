package dev.ring3.cli;

import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.Interpreter;
import dev.ring3.jit.JitEngine;
import dev.ring3.jit.JitEngine;
import dev.ring3.mmu.AddressSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The ways ring3 can run a guest; every differential test runs in every mode (STYLE.md "Tests").
 * Select a subset with {@code -Dring3.modes=INTERPRETER,PAGED}.
 */
enum Mode {
    /** The interpreter over the flat guest-memory window (the default configuration). */
    INTERPRETER(AddressSpace.Kind.FLAT, Interpreter::new),
    /** The interpreter over page-table memory, the general path for guests outside the window. */
    PAGED(AddressSpace.Kind.PAGED, Interpreter::new),
    /** The default: the interpreter first, hot code translated in the background. */
    JIT(AddressSpace.Kind.FLAT, () -> new JitEngine(JitEngine.Mode.ON)),
    /** Every block translated at its first execution (the JIT's whole surface, at once). */
    JIT_ALL(AddressSpace.Kind.FLAT, () -> new JitEngine(JitEngine.Mode.ALL)),
    /** The default engine with the syscall trace on: tracing must change nothing the guest sees. */
    TRACE(AddressSpace.Kind.FLAT, () -> new JitEngine(JitEngine.Mode.ON), true),
    /**
     * The default engine with --profile on (sampling, shadow stacks, every report rendered):
     * profiling must change nothing the guest sees. Ring3Run gives each thread its observer.
     */
    PROFILE(AddressSpace.Kind.FLAT, () -> new JitEngine(JitEngine.Mode.ON), false);

    final AddressSpace.Kind memory;
    final Supplier<ExecutionEngine> engine;
    final boolean trace;

    Mode(AddressSpace.Kind memory, Supplier<ExecutionEngine> engine) {
        this(memory, engine, false);
    }

    Mode(AddressSpace.Kind memory, Supplier<ExecutionEngine> engine, boolean trace) {
        this.memory = memory;
        this.engine = engine;
        this.trace = trace;
    }

    /** The modes chosen by {@code -Dring3.modes}, or all of them. */
    static List<Mode> selected() {
        String p = System.getProperty("ring3.modes", "").strip();
        if (p.isEmpty()) {
            return List.of(values());
        }
        List<Mode> modes = new ArrayList<>();
        for (String s : p.split(",")) {
            modes.add(valueOf(s.strip().toUpperCase(Locale.ROOT)));
        }
        return modes;
    }
}
