package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transcendental instructions against the host FPU over wide arguments (x87_oracle.c with
 * X87_ORACLE_TRANSCENDENTAL: every PC and RC, large and tiny arguments, trigonometric arguments
 * next to multiples of pi/2, F2XM1 outside its domain, logarithms next to 1), compared in full:
 * registers, status word (C1 and the exception flags included), tag word. The host's microcode
 * is not correctly rounded, so a few cases in a hundred still differ in the last bit
 * (docs/quirks.md, "x87"); this test fails when any instruction matches less often than the
 * floor below, so that a change to the model cannot lose ground unnoticed.
 */
class X87TranscendentalNativeTest {
    /** Cases per control word and instruction (12 control words). */
    static final int PER_CW = 250;

    /** Least share of cases (per mille) that must match the host in full, per instruction. */
    static final Map<String, Integer> FLOOR = Map.of(
            "fsin", 995, "fcos", 995, "fsincos", 993, "fptan", 976,
            "f2xm1", 965, "fyl2x", 965, "fyl2xp1", 970, "fpatan", 993);

    @Test
    @Tag("native")
    void matchesHostOftenEnough(@TempDir Path dir) throws IOException, InterruptedException {
        Path program = NativeOracle.build(dir, "x87", "x87_oracle", "x87_cases.h");
        Assumptions.assumeTrue(NativeOracle.transcendentalModelHost(), "the model was fitted on AMD family 25 microcode and holds on 26");
        ProcessBuilder pb = new ProcessBuilder(program.toString()).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("X87_ORACLE_TRANSCENDENTAL", Integer.toString(PER_CW));
        Process p = pb.start();
        try (X87OracleCases oracle = new X87OracleCases();
             BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII), 1 << 16)) {
            oracle.replay(r);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
            StringBuilder rates = new StringBuilder();
            StringBuilder below = new StringBuilder();
            FLOOR.forEach((insn, floor) -> {
                int n = oracle.casesPerInsn.getOrDefault(insn, new int[1])[0];
                int bad = oracle.failedPerInsn.getOrDefault(insn, new int[1])[0];
                assertTrue(n >= 12 * PER_CW, insn + ": only " + n + " cases");
                long perMille = 1000L * (n - bad) / n;
                rates.append(String.format("%-8s %5d of %5d match (%.2f%%)%n", insn, n - bad, n, 100.0 * (n - bad) / n));
                if (perMille < floor) {
                    below.append(insn).append(" matches ").append(perMille).append("‰ < ").append(floor).append("‰; ");
                }
            });
            System.out.print(rates);
            assertEquals(oracle.cases, oracle.casesPerInsn.values().stream().mapToInt(a -> a[0]).sum());
            assertTrue(below.length() == 0, below + "\n" + rates + oracle.report());
        }
    }
}
