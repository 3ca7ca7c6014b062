package dev.ring3.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ring3.guest.GuestPrograms;
import dev.ring3.guest.Tools;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * --profile end to end through the command line, in each JIT mode: exact block counts for a nasm
 * loop of known trip counts, the hottest function of a compute guest, the call chains of the
 * collapsed stacks (also across longjmp), JSON that parses and agrees with the text table, and
 * an HTML report holding the hottest block's disassembly (as objdump prints it) and its bytecode.
 */
@Tag("x86-64-host")
class ProfileTest {
    @TempDir
    Path dir;

    record Run(int status, String stdout, String messages) {}

    /** Runs the ring3 command in this JVM with the guest's stdio and ring3's reports captured. */
    static Run ring3(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        Main m = new Main();
        m.stdin = Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0]));
        m.stdout = Channels.newChannel(out);
        m.stderr = Channels.newChannel(msg);
        m.messages = new PrintStream(msg, true, StandardCharsets.UTF_8);
        CommandLine cl = new CommandLine(m);
        cl.setStopAtPositional(true);
        int status = cl.execute(argv);
        return new Run(status, out.toString(StandardCharsets.ISO_8859_1), msg.toString(StandardCharsets.UTF_8));
    }

    static Path guest(String relative) {
        assumeTrue(Tools.nativeHost(), "needs an x86-64 Linux host");
        GuestPrograms corpus = GuestPrograms.locate();
        String problem = corpus.builtOrMissingTool();
        assumeTrue(problem == null, problem);
        Path p = corpus.buildDir().resolve(relative);
        assumeTrue(Files.isExecutable(p), relative + " is not built (its toolchain is missing)");
        return p;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Path file) throws IOException {
        return (Map<String, Object>) MiniJson.parse(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> json, String key) {
        return (List<Map<String, Object>>) json.get(key);
    }

    static long num(Map<String, Object> o, String key) {
        return ((Number) o.get(key)).longValue();
    }

    static Map<String, Object> blockAt(Map<String, Object> profile, String symbol) {
        for (Map<String, Object> b : list(profile, "blocks")) {
            if (symbol.equals(b.get("symbol"))) {
                return b;
            }
        }
        throw new AssertionError("no block at " + symbol + " in the profile");
    }

    @ParameterizedTest(name = "--jit={0}")
    @ValueSource(strings = {"off", "on", "all"})
    void blockCountsEqualTheLoopTripCounts(String jit) throws IOException {
        Path exe = guest("asm/profile_loop");
        Path js = dir.resolve("p.json"), txt = dir.resolve("p.txt");
        Run r = ring3("--jit=" + jit, "--profile=" + js, "--profile=" + txt, "--profile-interval=0", "-i", exe.toString());
        assertEquals(0, r.status(), r.messages());
        String expected = Files.readString(exe.getParent().getParent().getParent().resolve("src/asm/profile_loop.expected"));
        assertEquals(expected.substring(0, expected.lastIndexOf("exit ")), r.stdout(), "profiling changed the guest's output");

        Map<String, Object> p = json(js);
        // outer: call inner | dec r12d; jnz outer.  inner: mov ecx,20; jmp body | body: add; dec; jnz | ret
        assertEquals(100_000, num(blockAt(p, "outer"), "executions"));
        assertEquals(100_000, num(blockAt(p, "outer+0x5"), "executions"));
        assertEquals(100_000, num(blockAt(p, "inner"), "executions"));
        assertEquals(2_000_000, num(blockAt(p, "body"), "executions"));
        assertEquals(3, num(blockAt(p, "body"), "length"));
        assertEquals(100_000, num(blockAt(p, "body+0x7"), "executions"));
        assertEquals(1, num(blockAt(p, "_start"), "executions"));
        Map<String, Object> body = blockAt(p, "body");
        assertEquals(num(body, "executions"), num(body, "interpreted") + num(body, "translated"));
        if (jit.equals("all")) {
            assertEquals("jit", body.get("ran"));
            assertNotNull(body.get("region"));
        } else if (jit.equals("off")) {
            assertEquals("interp", body.get("ran"));
        }
        long sum = 0;
        for (Map<String, Object> b : list(p, "blocks")) {
            sum += num(b, "instructions");
        }
        assertEquals(num(p, "instructions"), sum);
        assertEquals("body", list(p, "functions").get(0).get("name"));
        assertTextAgreesWithJson(Files.readString(txt), p);
    }

    /** Every row of the text's block table is the JSON's block of the same rank, with the same numbers. */
    static void assertTextAgreesWithJson(String text, Map<String, Object> p) {
        Pattern row = Pattern.compile("^\\s*([0-9.]+)\\s+(\\S+)\\s+([0-9,]+)\\s+(\\d+)\\s+0x([0-9a-f]+)-0x([0-9a-f]+)\\s", Pattern.MULTILINE);
        String blocks = text.substring(text.indexOf("Hottest blocks"));
        Matcher m = row.matcher(blocks);
        List<Map<String, Object>> rows = list(p, "blocks");
        int n = 0;
        while (m.find()) {
            Map<String, Object> b = rows.get(n++);
            assertEquals(b.get("start"), "0x" + m.group(5));
            assertEquals(b.get("end"), "0x" + m.group(6));
            assertEquals(num(b, "executions"), Long.parseLong(m.group(3).replace(",", "")));
            assertEquals(num(b, "length"), Long.parseLong(m.group(4)));
            assertEquals(((Number) b.get("instruction_share")).doubleValue(), Double.parseDouble(m.group(1)), 0.006);
        }
        assertEquals(Math.min(20, rows.size()), n, "rows in the text table:\n" + text);
        Matcher total = Pattern.compile("([0-9,]+) guest instructions in ([0-9,]+) block runs").matcher(text);
        assertTrue(total.find(), text);
        assertEquals(num(p, "instructions"), Long.parseLong(total.group(1).replace(",", "")));
        assertEquals(num(p, "block_executions"), Long.parseLong(total.group(2).replace(",", "")));
    }

    @ParameterizedTest(name = "--jit={0}")
    @ValueSource(strings = {"off", "on", "all"})
    void hottestFunctionOfSha256IsItsBlockFunction(String jit) throws IOException {
        Path exe = guest("musl/sha256");
        Path js = dir.resolve("p.json"), txt = dir.resolve("p.txt");
        Run r = ring3("--jit=" + jit, "--profile=" + js, "--profile=" + txt, "-i", exe.toString());
        assertEquals(0, r.status(), r.messages());
        Map<String, Object> p = json(js);
        Map<String, Object> top = list(p, "functions").get(0);
        assertEquals("block", top.get("name"));
        assertTrue(((Number) top.get("instruction_share")).doubleValue() > 80, "block's share: " + top);
        assertEquals("block", list(p, "blocks").get(0).get("function"));
        String text = Files.readString(txt);
        Matcher first = Pattern.compile("Hottest functions\\n.*\\n.*\\s(\\S+)\\n").matcher(text);
        assertTrue(first.find(), text);
        assertEquals("block", first.group(1));
        assertTextAgreesWithJson(text, p);
    }

    @ParameterizedTest(name = "--jit={0}")
    @ValueSource(strings = {"off", "on", "all"})
    void collapsedStacksHoldTheCallChains(String jit) throws IOException {
        Path exe = guest("glibc/profile_calls");
        Path folded = dir.resolve("p.folded"), js = dir.resolve("p.json");
        Run r = ring3("--jit=" + jit, "--profile=" + folded, "--profile=" + js, "--profile-interval=200us", "-i",
                exe.toString());
        assertEquals(0, r.status(), r.messages());
        assertEquals("f: 41c982f63ecf7781\nlongjmps: 100\nh: 47ffb3c2ec9ec731\n", r.stdout());
        long fg = 0, h = 0, total = 0;
        for (String line : Files.readAllLines(folded)) {
            Matcher m = Pattern.compile("^(\\S.*) (\\d+)$").matcher(line);
            assertTrue(m.matches(), "not a collapsed-stack line: " + line);
            String stack = m.group(1);
            long n = Long.parseLong(m.group(2));
            total += n;
            if (stack.endsWith(";main;f;g")) {
                fg += n;
            }
            if (stack.endsWith(";main;h")) {
                h += n;
            }
            // h runs after 100 longjmps out of 51-deep recursion: none of dive's frames may remain.
            assertFalse(stack.endsWith(";h") && stack.contains("dive"), "stale frames: " + line);
        }
        assertTrue(fg > 0 && h > 0, "main;f;g " + fg + ", main;h " + h);
        Map<String, Object> p = json(js);
        assertEquals(num(p, "samples"), total);
        long stacks = 0;
        for (Map<String, Object> s : list(p, "stacks")) {
            stacks += num(s, "samples");
        }
        assertEquals(total, stacks);
        String hottest = (String) list(p, "functions").get(0).get("name");
        assertTrue(hottest.equals("g") || hottest.equals("h"), hottest);
    }

    @ParameterizedTest(name = "--jit={0}")
    @ValueSource(strings = {"off", "all"})
    void htmlReportShowsTheHottestBlockAndItsBytecode(String jit) throws IOException, InterruptedException {
        assumeTrue(Tools.onPath("objdump"), "needs objdump (binutils) as the disassembly oracle");
        Path exe = guest("glibc/profile_calls");
        Path html = dir.resolve("p.html"), js = dir.resolve("p.json");
        Run r = ring3("--jit=" + jit, "--profile=" + html, "--profile=" + js, "-i", exe.toString());
        assertEquals(0, r.status(), r.messages());
        String page = Files.readString(html);
        Map<String, Object> top = list(json(js), "blocks").get(0);
        String start = (String) top.get("start");
        assertTrue(page.contains("id=\"b" + start.substring(2) + "\""), "no detail section for " + start);
        String section = page.substring(page.indexOf("id=\"b" + start.substring(2) + "\""));
        section = section.substring(0, section.indexOf("</div></div>"));
        List<String> objdump = objdump(exe, start, (String) top.get("end"));
        assertEquals(num(top, "length"), objdump.size());
        for (String insn : objdump) {
            assertTrue(section.contains(escape(insn)), "missing '" + insn + "' in\n" + section);
        }
        assertTrue(page.contains("<svg"), "no flame graph");
        assertFalse(page.contains("src=") || page.contains("href=\"http"), "the report must be self-contained");
        if (jit.equals("all")) {
            assertTrue(section.contains("method run(Ldev/ring3/interp/Cpu;)V"), section);
            assertTrue(section.contains("INVOKEVIRTUAL dev/ring3/jit/ProfileProbe.enter(IJ)V"), section);
        } else {
            assertTrue(section.contains("Ran in the interpreter only"), section);
        }
    }

    /** objdump -d's text for each instruction in [start, end), with its {@code <symbol>} notes dropped. */
    static List<String> objdump(Path exe, String start, String end) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("objdump", "-d", "--no-show-raw-insn", "--start-address=" + start,
                "--stop-address=" + end, exe.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        List<String> insns = new ArrayList<>();
        Matcher m = Pattern.compile("^\\s*[0-9a-f]+:\\t(.*)$", Pattern.MULTILINE).matcher(out);
        while (m.find()) {
            insns.add(m.group(1).replaceAll(" <[^>]*>", "").strip());
        }
        return insns;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Test
    void badValuesAreOneLineUsageErrors() {
        for (String[] bad : new String[][] {{"--profile-format=xml"}, {"--profile-interval=5"},
                {"--profile-interval=1us"}, {"--profile-top=0"}, {"--profile="}}) {
            String[] argv = {bad[0], "/bin/true"};
            Run r = ring3(argv);
            assertEquals(2, r.status(), String.join(" ", argv));
            assertTrue(r.messages().startsWith("ring3: --profile") && r.messages().strip().lines().count() == 1,
                    r.messages());
        }
    }

    @Test
    void detachedProfileTakesNoValue() {
        Main m = SecurityOptionsTest.parse("--profile", "/bin/busybox", "true");
        assertEquals(List.of("-"), m.profiling.outputs);
        assertEquals("/bin/busybox", m.program);
        Main two = SecurityOptionsTest.parse("--profile", "--profile=a.json", "--profile-interval=250us", "prog");
        assertEquals(List.of("-", "a.json"), two.profiling.outputs);
        assertEquals(250_000, two.profiling.settings().intervalNanos());
    }
}
