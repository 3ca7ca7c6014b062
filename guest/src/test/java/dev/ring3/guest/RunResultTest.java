package dev.ring3.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tests the difference report and the status description. */
class RunResultTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reportsFirstDifferingLine() {
        assertNull(RunResult.firstDifference("stdout", b("a\nb\n"), b("a\nb\n")));
        String d = RunResult.firstDifference("stdout", b("a\nb\nc\n"), b("a\nB\nc\n"));
        assertTrue(d.contains("line 2") && d.contains("[b]") && d.contains("[B]"), d);
        String m = RunResult.firstDifference("stdout", b("a\nb\n"), b("a\n"));
        assertTrue(m.contains("line 2") && m.contains("<end of output>"), m);
    }

    @Test
    void describesSignals() {
        assertEquals("signal 11 (Segmentation fault)", new RunResult(new byte[0], new byte[0], 139).describeStatus());
        assertEquals("exit 1", new RunResult(new byte[0], new byte[0], 1).describeStatus());
        assertEquals(0, new RunResult(new byte[0], new byte[0], 128).signal());
    }
}
