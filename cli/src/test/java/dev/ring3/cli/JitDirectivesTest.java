package dev.ring3.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * The JVM prints "N compiler directives added" on stdout when it reads the file: the guest's
     * stdout, under the launcher. Its options (the {@code jitopts} line of {@code ring3}) must
     * keep a program's output exactly its own.
     */
    @Test
    void theLaunchersOptionsKeepTheOutputTheProgramsOwn() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Matcher line = Pattern.compile("(?m)\\|\\| jitopts=\\((.+)\\)$").matcher(Files.readString(root.resolve("ring3")));
        assertTrue(line.find(), "the launcher sets jitopts");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String opt : line.group(1).split(" ")) {
            cmd.add(opt.replace("\"", "").replace("$here", root.toString()));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Echo.class.getName()));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        assertEquals("out\n", out, cmd.toString());
        assertEquals("err\n", err, cmd.toString());
    }

    /** A program whose whole output is known. */
    static final class Echo {
        public static void main(String[] args) {
            System.out.println("out");
            System.err.println("err");
        }
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
