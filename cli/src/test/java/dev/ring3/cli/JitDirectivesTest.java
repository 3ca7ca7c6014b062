package dev.ring3.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The compiler directives the launcher hands the JVM when the JIT is on
 * ({@code cli/jit-directives.json}): a file HotSpot cannot parse stops the JVM from starting at
 * all, and a directive whose method was renamed silently stops applying.
 */
class JitDirectivesTest {
    private static final Path FILE = Path.of("jit-directives.json");

    @Test
    void theJvmAcceptsTheFile() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:+UnlockDiagnosticVMOptions",
                "-XX:CompilerDirectivesFile=" + FILE.toAbsolutePath(), "-version")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("1 compiler directives added"), out);
    }

    @Test
    void everyMatchedMethodExists() throws IOException, ClassNotFoundException {
        String text = Files.readString(FILE);
        Matcher m = Pattern.compile("\"([\\w/]+)\\.(\\w+)\"").matcher(text);
        int found = 0;
        while (m.find()) {
            Class<?> c = Class.forName(m.group(1).replace('/', '.'));
            String name = m.group(2);
            Method[] named = Arrays.stream(c.getDeclaredMethods()).filter(x -> x.getName().equals(name)).toArray(Method[]::new);
            assertTrue(named.length > 0, m.group() + " names no method");
            found++;
        }
        assertEquals(2, found, "the directives match FastPath.run and CommonForms.run");
    }
}
