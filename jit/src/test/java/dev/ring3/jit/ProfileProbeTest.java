package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.GuestExit;
import dev.ring3.interp.Interpreter;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the profiler is told, held against the CPU: the instructions of the blocks reported
 * (interpreted, and counted by translated code) equal the retired count exactly, and CALLs and
 * RETs are all seen, whichever engine ran the program.
 */
class ProfileProbeTest {
    /** Programs of {@link ProgramCorpusTest} that end at their SYSCALL (no fault: every block entered runs to its end). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"calls", "flags", "sort", "strings", "sse", "sum"})
    void reportedInstructionsEqualTheRetiredCount(String name) {
        String hex = null;
        for (String[] p : ProgramCorpusTest.PROGRAMS) {
            if (p[0].equals(name)) {
                hex = p[1];
            }
        }
        for (Function<CountingObserver, ExecutionEngine> make : ENGINES) {
            CountingObserver o = new CountingObserver();
            try (Guest g = new Guest()) {
                g.code(hex);
                ExecutionEngine e = make.apply(o);
                assertTrue(g.run(e) instanceof GuestExit, name);
                assertEquals(g.cpu.instructions, o.instructions(), name + " via " + e);
                if (name.equals("calls")) {
                    assertEquals(50, o.calls, "CALLs seen via " + e);
                    assertEquals(50, o.returns, "RETs seen via " + e);
                }
                if (e instanceof JitEngine && ((JitEngine) e).mode() == JitEngine.Mode.ALL) {
                    assertTrue(o.translations > 0, "nothing translated");
                }
            }
        }
    }

    static final List<Function<CountingObserver, ExecutionEngine>> ENGINES = List.of(
            Interpreter::new,
            o -> new JitEngine(JitEngine.Config.of(JitEngine.Mode.ALL), o),
            o -> new JitEngine(Engines.eagerOn(), o));
}
