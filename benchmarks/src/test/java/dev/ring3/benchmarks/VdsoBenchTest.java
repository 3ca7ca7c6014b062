package dev.ring3.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `ring3 bench vdso`'s pieces work (no timings are checked: STYLE.md keeps them out of tests). */
class VdsoBenchTest {
    @Test
    void measuresEachPathAndFindsNoSyscallOnTheVdsoPath() {
        VdsoBench b = new VdsoBench(List.of(EngineKind.INTERP), 1, 2, 0, false,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        double[] v = b.measure(GuestLoop.TIME_VDSO, EngineKind.INTERP);
        double[] s = b.measure(GuestLoop.TIME_SYSCALL, EngineKind.INTERP);
        assertTrue(v[0] > 0 && s[0] > 0, v[0] + " " + s[0]);
        assertEquals(0, v[1], "syscalls made by the vDSO loop");
    }

    @Test
    void enginesParseByTheirCommandLineNames() {
        for (EngineKind k : EngineKind.values()) {
            assertEquals(k, EngineKind.parse(k.label()));
        }
        assertEquals(EngineKind.JIT_ALL, EngineKind.parse("JIT_ALL"));
    }
}
