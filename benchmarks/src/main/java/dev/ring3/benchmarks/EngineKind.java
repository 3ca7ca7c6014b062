package dev.ring3.benchmarks;

import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.Interpreter;
import dev.ring3.jit.JitEngine;

/**
 * The execution engines a benchmark can run guest code on, by the names the command lines use:
 * the interpreter alone, the background JIT as ring3 runs it by default (for microbenchmarks
 * without the warm-up that keeps short programs from loading ByteBuddy, since JMH measures the
 * steady state anyway), and translate-everything.
 */
public enum EngineKind {
    INTERP, JIT, JIT_ALL;

    /** A new engine of this kind; one per machine, since an engine caches per address space. */
    public ExecutionEngine create() {
        switch (this) {
            case INTERP:
                return new Interpreter();
            case JIT: {
                JitEngine.Config d = JitEngine.Config.of(JitEngine.Mode.ON);
                return new JitEngine(new JitEngine.Config(JitEngine.Mode.ON, 0, d.threshold(), d.maxBlocks(),
                        d.maxInsns(), d.maxCodeSize()));
            }
            default:
                return new JitEngine(JitEngine.Mode.ALL);
        }
    }

    /** The command-line name: interp, jit, jit-all. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind named {@code s} (interp, jit, jit-all; case and '-'/'_' do not matter). */
    public static EngineKind parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
