package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SSE/SSE2 instruction in sse_cases.h against the host CPU: live when gcc is present (the
 * oracle is compiled and run at test time), and always against the checked-in sample of its
 * output (sse_expected.txt.gz).
 */
class SseNativeTest {

    @Test
    @Tag("native")
    void matchesHostCpu(@TempDir Path dir) throws IOException, InterruptedException {
        String arch = System.getProperty("os.arch");
        Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux")
                && (arch.equals("amd64") || arch.equals("x86_64")), "needs an x86-64 Linux host");
        Assumptions.assumeTrue(onPath("gcc"), "needs gcc");
        for (String f : new String[] {"sse_oracle.c", "sse_cases.h"}) {
            try (InputStream in = getClass().getResourceAsStream("/sse/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        Process cc = new ProcessBuilder("gcc", "-O1", "-mno-red-zone", "-o", "sse_oracle", "sse_oracle.c")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(cc.waitFor(120, TimeUnit.SECONDS) && cc.exitValue() == 0, ccOut);
        Process p = new ProcessBuilder(dir.resolve("sse_oracle").toString()).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (SseOracleCases oracle = new SseOracleCases();
             BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII), 1 << 16)) {
            oracle.replay(r);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
            assertTrue(oracle.cases > 100_000, "oracle printed only " + oracle.cases + " cases");
            assertEquals(0, oracle.failed, oracle.report());
        }
    }

    @Test
    void matchesRecordedExpectations() throws IOException {
        try (SseOracleCases oracle = new SseOracleCases();
             InputStream raw = getClass().getResourceAsStream("/sse/sse_expected.txt.gz");
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
            oracle.replay(r);
            assertTrue(oracle.cases > 5_000, "only " + oracle.cases + " cases");
            assertEquals(0, oracle.failed, oracle.report());
        }
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
