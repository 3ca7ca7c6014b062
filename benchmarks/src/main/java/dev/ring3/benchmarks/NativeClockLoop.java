package dev.ring3.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The native row of `ring3 bench vdso`: compiles clock_loop.c (the same loops as {@link GuestLoop})
 * with the host's gcc and runs it. Returns nothing, rather than failing, where there is no gcc or
 * the host cannot run x86-64 code.
 */
final class NativeClockLoop {
    private NativeClockLoop() {}

    /** ns per call by "op.path" (e.g. clock_gettime.vdso), or an empty map with {@code why} filled. */
    static Map<String, Double> measure(long calls, int reps, boolean wall, StringBuilder why) {
        Map<String, Double> ns = new LinkedHashMap<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ring3-bench-vdso");
            Path src = dir.resolve("clock_loop.c");
            try (InputStream in = NativeClockLoop.class.getResourceAsStream("clock_loop.c")) {
                Files.write(src, in.readAllBytes());
            }
            Path exe = dir.resolve("clock_loop");
            String log = run(List.of("gcc", "-O2", "-o", exe.toString(), src.toString()));
            if (!Files.isExecutable(exe)) {
                why.append("gcc failed or is missing").append(log.isEmpty() ? "" : ": " + log.strip());
                return ns;
            }
            String out = run(List.of(exe.toString(), Long.toString(calls), Integer.toString(reps), wall ? "wall" : "cpu"));
            for (String line : out.split("\n")) {
                String[] f = line.trim().split(" ");
                if (f.length == 2) {
                    ns.put(f[0], Double.parseDouble(f[1]));
                }
            }
            if (ns.isEmpty()) {
                why.append("the native loop printed nothing usable: ").append(out.strip());
            }
        } catch (IOException | NumberFormatException e) {
            why.append(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why.append("interrupted");
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
        return ns;
    }

    /** Combined output of {@code cmd}; empty if it cannot be started. */
    private static String run(List<String> cmd) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
