package dev.ring3.jit;

import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.Interpreter;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The engines every functional JIT test runs through (STYLE.md: every functional test runs in
 * every mode): the interpreter, the JIT off, translate-everything, and the background JIT with
 * thresholds so low that translations arrive while the program runs. Use as a
 * {@code @MethodSource("dev.ring3.jit.Engines#all")}.
 */
final class Engines {
    private Engines() {}

    record Named(String name, Supplier<ExecutionEngine> make) {
        ExecutionEngine create() {
            return make.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Named> all() {
        return Stream.of(
                new Named("interpreter", Interpreter::new),
                new Named("jit-off", () -> new JitEngine(JitEngine.Mode.OFF)),
                new Named("jit-all", () -> new JitEngine(JitEngine.Mode.ALL)),
                new Named("jit-on-eager", () -> new JitEngine(eagerOn())),
                // The profiler's observer and probes must change nothing the guest sees.
                new Named("interpreter-profiled", () -> new Interpreter(new CountingObserver())),
                new Named("jit-all-profiled", () -> new JitEngine(JitEngine.Config.of(JitEngine.Mode.ALL),
                        new CountingObserver())),
                new Named("jit-on-eager-profiled", () -> new JitEngine(eagerOn(), new CountingObserver())));
    }

    /** ON with no warm-up and a tiny threshold. */
    static JitEngine.Config eagerOn() {
        JitEngine.Config d = JitEngine.Config.of(JitEngine.Mode.ON);
        return new JitEngine.Config(JitEngine.Mode.ON, 0, 4, d.maxBlocks(), d.maxInsns(), d.maxCodeSize());
    }
}
