package dev.ring3.semgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor run by javac on small sources, as interp's build runs it: the constants it writes
 * call the right methods, and only the methods whose signature is the interface's.
 */
class SemanticsProcessorTest {
    @TempDir
    Path dir;

    private String compile(Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/p")), out = Files.createDirectories(dir.resolve("out"));
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-s", out.toString(),
                "-processor", SemanticsProcessor.class.getName(),
                "-cp", System.getProperty("java.class.path")));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey() + ".java");
            Files.writeString(f, "package p;\n" + e.getValue());
            args.add(f.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter err = new StringWriter();
        int status = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                err.write(b);
            }
        }), args.toArray(new String[0]));
        return status == 0 ? null : err.toString();
    }

    @Test
    void writesOneConstantPerMatchingStaticMethod() throws Exception {
        String errors = compile(Map.of(
                "F", "public interface F { long f(int a, String b); }",
                "H", "@dev.ring3.semgen.Semantics(F.class) final class H {\n"
                        + "  static long twice(int a, String b) { return 2L * a + b.length(); }\n"
                        + "  static long neg(int a, String b) { return -a; }\n"
                        + "  private static long hidden(int a, String b) { return 0; }\n"
                        + "  long instance(int a, String b) { return 0; }\n"
                        + "  static int otherReturn(int a, String b) { return 0; }\n"
                        + "  static long otherParams(long a, String b) { return 0; }\n"
                        + "}\n"));
        assertEquals(null, errors);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.resolve("out").toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> sem = cl.loadClass("p.HSem");
            List<String> names = new ArrayList<>();
            for (Field f : sem.getDeclaredFields()) {
                assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()), f.toString());
                names.add(f.getName());
            }
            names.sort(null);
            assertEquals(List.of("neg", "twice"), names);
            Class<?> iface = cl.loadClass("p.F");
            Field twice = sem.getDeclaredField("twice");
            twice.setAccessible(true);
            Object k = twice.get(null);
            assertEquals(2L * 20 + 3, iface.getMethod("f", int.class, String.class).invoke(k, 20, "abc"));
            assertEquals("p.HSem$Twice", k.getClass().getName());
            assertFalse(k.getClass().isHidden());
        }
    }

    @Test
    void refusesAnInterfaceWithMoreThanOneAbstractMethod() throws Exception {
        String errors = compile(Map.of(
                "G", "public interface G { void a(); void b(); }",
                "H", "@dev.ring3.semgen.Semantics(G.class) final class H { static void a() {} }\n"));
        assertTrue(errors != null && errors.contains("@Semantics needs a functional interface"), errors);
    }
}
