package dev.ring3.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests the sidecar spec format: arguments keep their spaces, env needs '=', paths resolve. */
class ProgramSpecTest {
    private static final Path GUEST = Path.of("/g");

    @Test
    void argsKeepSpacesAndEmptyArgs() {
        ProgramSpec s = ProgramSpec.parse(List.of("# c", "arg a b", "arg", "arg ", "arg \tx", "", "env A=1",
                "stdin data/in.txt", "timeout 5"), "t", GUEST);
        assertEquals(List.of("a b", "", "", "\tx"), s.args());
        assertEquals(List.of("A=1"), s.env());
        assertEquals(Path.of("/g/data/in.txt"), s.stdin());
        assertEquals(Duration.ofSeconds(5), s.timeout());
    }

    @Test
    void defaultsWhenNoSpecFile() {
        ProgramSpec s = ProgramSpec.read(Path.of("/nonexistent/x.spec"), GUEST);
        assertEquals(List.of(), s.args());
        assertNull(s.stdin());
        assertEquals(ProgramSpec.DEFAULT_TIMEOUT, s.timeout());
    }

    @Test
    void rejectsEnvWithoutEqualsAndUnknownDirectives() {
        assertThrows(IllegalArgumentException.class, () -> ProgramSpec.parse(List.of("env NOEQUALS"), "t", GUEST));
        assertThrows(IllegalArgumentException.class, () -> ProgramSpec.parse(List.of("args x"), "t", GUEST));
    }
}
