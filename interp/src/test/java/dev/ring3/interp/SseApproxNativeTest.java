package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RCPSS and RSQRTSS bit for bit against the host, on the AMD family whose tables ring3 carries
 * ({@link AmdApproximations}): every 12-bit significand prefix at 16 exponents and both signs, and
 * the special inputs. A few pinned values hold without a compiler.
 */
class SseApproxNativeTest {

    @Test
    @Tag("native")
    void matchesTheHostBitForBit(@TempDir Path dir) throws IOException, InterruptedException {
        Assumptions.assumeTrue(NativeOracle.transcendentalModelHost(), "the tables were measured on AMD family 25 and hold on 26");
        Path program = NativeOracle.build(dir, "sse", "approx_oracle");
        Process p = new ProcessBuilder(program.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int cases = 0;
        List<String> wrong = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(" ");
                int x = Integer.parseUnsignedInt(f[0], 16);
                int rcp = Integer.parseUnsignedInt(f[1], 16), rsqrt = Integer.parseUnsignedInt(f[2], 16);
                cases++;
                if (SseFloat.rcp(x) != rcp || SseFloat.rsqrt(x) != rsqrt) {
                    wrong.add(String.format("x %08x: rcp %08x want %08x, rsqrt %08x want %08x", x, SseFloat.rcp(x), rcp,
                            SseFloat.rsqrt(x), rsqrt));
                }
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(cases > 100_000, "only " + cases + " cases");
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " of " + cases + " differ");
    }

    /** The host's answers (AMD family 25), as FEX's and box64's tests met them. */
    @Test
    void pinnedValues() {
        Assumptions.assumeFalse(UndefinedFlags.INTEL, "the AMD host's tables");
        int[][] cases = {
            {0x3F800000, 0x3F7FF000, 0x3F7FF800}, // 1
            {0x40800000, 0x3E7FF000, 0x3EFFF800}, // 4
            {0x41100000, 0x3DE38000, 0x3EAAA800}, // 9
            {0x41800000, 0x3D7FF000, 0x3E7FF800}, // 16
            {0x00FFFFFF, 0x7E000000, 0x5EB50800}, // the largest exponent-1 input
            {0x7E800000, 0x00000000, 0x1FFFF800}, // 1/x would be denormal: flushed to zero
            {0x80800000, 0xFE7FF000, 0xFFC00000}, // negative: RSQRT's default NaN
            {0x00000001, 0x7F800000, 0x7F800000}, // a denormal acts as zero
            {0x7F800000, 0x00000000, 0x00000000},
            {0x7F800001, 0x7FC00001, 0x7FC00001},
        };
        for (int[] c : cases) {
            assertEquals(c[1], SseFloat.rcp(c[0]), () -> String.format("rcp %08x", c[0]));
            assertEquals(c[2], SseFloat.rsqrt(c[0]), () -> String.format("rsqrt %08x", c[0]));
        }
    }
}
