package dev.ring3.cli;

import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.Interpreter;
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
    PAGED(AddressSpace.Kind.PAGED, Interpreter::new);
    // The JIT modes go here once the cli depends on the jit module (dev.ring3.jit.JitEngine):
    // JIT (default hotness thresholds) and JIT_EAGER (threshold 0: translate everything at once),
    // each over FLAT memory.
    // The TRACE mode goes here too: the interpreter with the syscall trace on (Config.observer),
    // because tracing must change nothing the guest can see.

    final AddressSpace.Kind memory;
    final Supplier<ExecutionEngine> engine;

    Mode(AddressSpace.Kind memory, Supplier<ExecutionEngine> engine) {
        this.memory = memory;
        this.engine = engine;
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
