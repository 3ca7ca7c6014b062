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
 * SSE4.2 (PCMPxSTRx over all 256 imm8 values, PCMPGTQ, CRC32), POPCNT, PCLMULQDQ, AES-NI and the
 * MMX instructions (with their aliasing of the x87 registers) in isa_cases.h against the host
 * CPU: live when gcc is present, and always against the checked-in sample of the oracle's output
 * (isa_expected.txt.gz).
 */
class IsaNativeTest {

    @Test
    @Tag("native")
    void matchesHostCpu(@TempDir Path dir) throws IOException, InterruptedException {
        Path program = NativeOracle.build(dir, "isa", "isa_oracle", "isa_cases.h");
        Process p = new ProcessBuilder(program.toString()).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (IsaOracleCases oracle = new IsaOracleCases();
             BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII), 1 << 16)) {
            oracle.replay(r);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
            assertEquals(0, oracle.failed, oracle.report());
            assertTrue(oracle.cases > 100_000, "oracle printed only " + oracle.cases + " cases");
        }
    }

    @Test
    void matchesRecordedExpectations() throws IOException {
        try (IsaOracleCases oracle = new IsaOracleCases();
             InputStream raw = getClass().getResourceAsStream("/isa/isa_expected.txt.gz");
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
            oracle.replay(r);
            assertTrue(oracle.cases > 1_800, "only " + oracle.cases + " cases");
            assertEquals(0, oracle.failed, oracle.report());
        }
    }
}
