package dev.ring3.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ring3.guest.Tools;
import dev.ring3.syscalls.Linux;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bench/compute, the suite bench/compare times: every kernel builds as the comparison builds it
 * (gcc -O2 -static -march=x86-64) and, at a small size given on its command line, prints under
 * ring3's interpreter exactly what it prints natively. Needs gcc and an x86-64 Linux host.
 */
@Tag("toolchain")
class ComputeSuiteTest {
    /** Each kernel with arguments that make it run in milliseconds natively. */
    static final Map<String, List<String>> SMALL = Map.of(
            "sha256", List.of("2"), "nbody", List.of("2000"), "matmul", List.of("24", "2"),
            "sieve", List.of("50000", "1"), "fannkuch", List.of("7"), "bintrees", List.of("6"),
            "qsort", List.of("3000", "1"), "lz77", List.of("16", "1"), "crc32", List.of("0", "1"),
            "strings", List.of("1"));

    @TempDir
    static Path dir;

    static Path suite() {
        return Path.of("").toAbsolutePath().getParent().resolve("bench/compute");
    }

    @BeforeAll
    static void toolchain() {
        assumeTrue(Tools.nativeHost(), "needs an x86-64 Linux host");
        assumeTrue(Tools.onPath("gcc"), "needs gcc");
        assumeTrue(Files.isDirectory(suite()), "bench/compute not found from " + Path.of("").toAbsolutePath());
    }

    static Stream<String> kernels() {
        return SMALL.keySet().stream().sorted();
    }

    @Test
    void suiteHasAtLeastEightKernelsAndEachHasASmallSize() throws IOException {
        List<String> sources;
        try (Stream<Path> s = Files.list(suite())) {
            sources = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".c"))
                    .map(n -> n.substring(0, n.length() - 2)).filter(n -> !n.equals("hello")).sorted()
                    .collect(Collectors.toList());
        }
        assertTrue(sources.size() >= 8, sources.toString());
        assertEquals(kernels().collect(Collectors.toList()), sources, "a kernel without a small size here");
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void kernelPrintsUnderRing3WhatItPrintsNatively(String kernel) throws Exception {
        Path exe = dir.resolve(kernel);
        String log = exec(List.of("gcc", "-O2", "-static", "-march=x86-64", "-o", exe.toString(),
                suite().resolve(kernel + ".c").toString(), "-lm"));
        assertTrue(Files.isExecutable(exe), "gcc failed: " + log);
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(SMALL.get(kernel));
        String expected = exec(cmd);
        assertTrue(!expected.isEmpty() && !expected.contains("failed") && !expected.contains("not sorted"), expected);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        Linux.Config c = new Linux.Config();
        c.executable = exe.toString();
        c.argv = cmd;
        c.env = List.of("LANG=C");
        c.stdin = Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0]));
        c.stdout = Channels.newChannel(out);
        c.stderr = Channels.newChannel(out);
        c.diagnostics = new PrintStream(diag, true, StandardCharsets.UTF_8);
        c.quiet = true;
        c.engine = EngineKind.INTERP::create;
        assertEquals(0, Linux.run(c), diag.toString(StandardCharsets.UTF_8));
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }

    /** Standard output of {@code cmd} (stderr merged), or a failure if it does not finish in time. */
    static String exec(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + cmd);
        return new String(out, StandardCharsets.UTF_8);
    }
}
