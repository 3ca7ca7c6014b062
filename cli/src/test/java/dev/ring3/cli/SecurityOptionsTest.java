package dev.ring3.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Security options: --audit[=FILE] never swallows the program, reports land where asked, bad values are usage errors. */
class SecurityOptionsTest {
    @TempDir
    Path dir;

    static Main parse(String... argv) {
        Main m = new Main();
        CommandLine cl = new CommandLine(m);
        cl.setStopAtPositional(true);
        cl.parseArgs(argv);
        return m;
    }

    @Test
    void detachedAuditTakesNoValue() {
        // "--audit PROGRAM" must run PROGRAM, not write a report to it.
        Main m = parse("--audit", "/bin/busybox", "true");
        assertEquals("-", m.security.audit);
        assertEquals("/bin/busybox", m.program);
        assertEquals(java.util.List.of("true"), m.args);
    }

    @Test
    void attachedValuesAndFlags() {
        Main m = parse("--deny-network", "--audit=out.json", "--audit-json", "--audit-fail=high", "--memory=paged", "prog");
        assertEquals("out.json", m.security.audit);
        assertTrue(m.security.json && m.security.denyNetwork && m.security.auditing());
        assertEquals("high", m.security.fail);
        assertEquals("paged", m.exec.memory);
        Main plain = parse("prog");
        assertTrue(!plain.security.auditing() && !plain.security.denyNetwork);
    }

    @Test
    void badSeverityAndRulesAreUsageErrors() throws Exception {
        assertEquals(2, Main.execute(new String[] {"--audit-fail=severe", "/bin/true"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        Path rules = dir.resolve("bad.rules");
        Files.writeString(rules, "rule x high\n    fly\n");
        assertEquals(2, Main.execute(new String[] {"--audit-rules=" + rules, "/bin/true"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    }
}
