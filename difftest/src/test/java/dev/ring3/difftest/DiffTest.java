package dev.ring3.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.OpcodeTable;
import dev.ring3.interp.RowEncoding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential tester in CI: every opcode-table form, with a fixed seed and a small budget,
 * on the host CPU, the interpreter and the JIT. Fails on any difference not on the
 * known-differences list and on any form that ran no case without being excluded or skipped for
 * a host feature. Campaigns with more cases and a random seed: docs/difftest.md.
 */
@Tag("native")
class DiffTest {
    private static final long SEED = 0x52494E4733L;

    @Test
    void everyFormMatchesTheHost(@TempDir Path dir) throws Exception {
        String why = NativeHarness.unavailable();
        Assumptions.assumeTrue(why == null, why);
        int encodings = Integer.getInteger("ring3.difftest.encodings", 2);
        int states = Integer.getInteger("ring3.difftest.states", 3);
        Campaign c = new Campaign(new Campaign.Config(SEED, encodings, states, true, r -> true, 2, false));
        c.run(dir);
        System.out.println(report(c));

        assertEquals(RowEncoding.all(OpcodeTable.get()).size(), c.results.size(), "every row considered");
        List<String> untested = c.uncovered().stream().map(f -> f.row.op().toString()).toList();
        assertTrue(untested.isEmpty(), "forms the generator cannot exercise (exclude them with a reason in "
                + "exclusions.txt, or teach Encoder): " + untested);
        assertEquals(0, c.failures(), report(c));
        assertTrue(c.cases() >= c.results.size(), "cases ran");
    }

    /**
     * Prefixes an assembler would not write (segment overrides, repeated and conflicting 0x66,
     * 0x67, F2, F3, LOCK, voided REX, more than 15 bytes): ring3 decodes and runs them as the host.
     */
    @Test
    void everyFormWithNoisyPrefixesMatchesTheHost(@TempDir Path dir) throws Exception {
        String why = NativeHarness.unavailable();
        Assumptions.assumeTrue(why == null, why);
        Campaign c = new Campaign(new Campaign.Config(SEED + 1, 1, 2, true, r -> true, 2, true));
        c.run(dir);
        assertEquals(0, c.failures(), report(c));
        assertTrue(c.cases() >= c.results.size(), "cases ran");
    }

    /** Short blocks of random instructions (flags left for later ones, a branch at the end). */
    @Test
    void instructionSequencesMatchTheHost(@TempDir Path dir) throws Exception {
        String why = NativeHarness.unavailable();
        Assumptions.assumeTrue(why == null, why);
        Campaign c = new Campaign(new Campaign.Config(SEED + 2, 1, 2, true, r -> true, 2, false));
        c.runSequences(dir, 400);
        assertEquals(0, c.failures(), report(c));
        assertTrue(c.cases() >= 700, "cases ran: " + c.cases());
    }

    private static String report(Campaign c) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        c.print(new PrintStream(text, true, StandardCharsets.UTF_8));
        return text.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("ok ") && !l.startsWith("KNOWN ") && !l.startsWith("EXCLUDED ")
                        && !l.startsWith("SKIPPED ") && !l.matches("\\s+\\d+ cases.*"))
                .collect(Collectors.joining("\n"));
    }

    /** The differences campaigns found (findings.txt) stay fixed: host, interpreter and JIT agree on each. */
    @Test
    void everyFindingMatchesTheHost(@TempDir Path dir) throws Exception {
        String why = NativeHarness.unavailable();
        Assumptions.assumeTrue(why == null, why);
        List<Findings.Finding> findings = Findings.load();
        Campaign c = new Campaign(new Campaign.Config(SEED, 1, 16, true, r -> true, 2, false));
        c.runFindings(dir, findings);
        assertEquals(findings.size(), c.results.size());
        assertEquals(0, c.failures(), report(c));
        assertEquals(16 * findings.size(), c.cases(), "cases ran");
    }

    /** The exclusion and known-difference lists name forms that exist, each with a reason. */
    @Test
    void listsNameRealForms() {
        List<RowEncoding> rows = RowEncoding.all(OpcodeTable.get());
        for (FormRules.Rule r : FormRules.exclusions()) {
            assertTrue(rows.stream().anyMatch(x -> r.matches(x.op())), "exclusions.txt: no form " + r.selector());
            assertTrue(r.reason().length() > 10, r.selector());
        }
        for (FormRules.Rule r : FormRules.knownDifferences()) {
            assertTrue(rows.stream().anyMatch(x -> r.names(x.op())), "known-differences.txt: no form " + r.selector());
            assertTrue(r.reason().length() > 10, r.selector());
        }
    }
}
