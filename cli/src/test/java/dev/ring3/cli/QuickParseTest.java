package dev.ring3.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Main's picocli-free path for the common command lines reads them exactly as picocli does, and leaves the rest to it. */
class QuickParseTest {
    private static void assertSameAsPicocli(String... argv) {
        Main quick = Main.quickParse(argv);
        assertNotNull(quick, () -> "quick path declined " + List.of(argv));
        Main full = SecurityOptionsTest.parse(argv);
        String what = List.of(argv).toString();
        assertEquals(full.program, quick.program, what);
        assertEquals(full.args, quick.args, what);
        assertEquals(full.exec.jit, quick.exec.jit, what);
        assertEquals(full.exec.memory, quick.exec.memory, what);
        assertEquals(full.exec.noVdso, quick.exec.noVdso, what);
        assertEquals(full.diag.quiet, quick.diag.quiet, what);
    }

    @Test
    void executionOptionsAndProgramMatchPicocli() {
        assertSameAsPicocli("prog");
        assertSameAsPicocli("prog", "-q", "--jit=off", "a b");
        assertSameAsPicocli("--jit=off", "prog", "x");
        assertSameAsPicocli("--jit", "all", "prog");
        assertSameAsPicocli("--memory=paged", "--no-vdso", "-q", "--jit", "on", "/bin/busybox", "sh", "-c", "echo");
        assertSameAsPicocli("--quiet", "--memory", "flat", "prog", "--jit=off");
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        assertNull(Main.quickParse(new String[] {}));
        assertNull(Main.quickParse(new String[] {"--help"}));
        assertNull(Main.quickParse(new String[] {"--jit=off"}));
        assertNull(Main.quickParse(new String[] {"--jit"}));
        assertNull(Main.quickParse(new String[] {"--strace", "prog"}));
        assertNull(Main.quickParse(new String[] {"--jit=off", "-E", "A=B", "prog"}));
        assertNull(Main.quickParse(new String[] {"--jit=off", "--jit=on", "prog"}));
        assertNull(Main.quickParse(new String[] {"-q", "--quiet", "prog"}));
        assertNull(Main.quickParse(new String[] {"--", "prog"}));
    }
}
