package dev.ring3.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ring3.guest.Flavour;
import dev.ring3.guest.GuestProgram;
import dev.ring3.guest.GuestPrograms;
import dev.ring3.guest.Tools;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden test of {@code --strace}: corpus programs run natively under the host's strace
 * ({@code strace -o FILE -s 32}) and under ring3 ({@code ring3 --strace -o FILE -s 32}, a separate
 * JVM so stdio are real host fds as natively), and the two traces must be equal line for line
 * once addresses, pids and times are masked. Every other way ring3's trace may legitimately
 * differ is listed in {@link #KNOWN} with its reason (docs/quirks.md, "Syscall trace").
 * Narrow with {@code -Dring3.strace.filter=REGEX} on "flavour/name".
 */
@Tag("x86-64-host")
class StraceGoldenTest {
    /** Programs whose traces are compared; the rest of the corpus shows ring3 bugs, not trace bugs (see the report). */
    static final List<String> PROGRAMS = List.of("hello", "file_io", "pipe_rw", "uname_info", "sig_segv",
            "sig_abort", "sig_term", "div_zero", "segv_handler", "getrandom_nb", "exit_1", "exit_255",
            "sbrk_brk", "stdin_stats", "clock_time", "environ_ops", "realloc_growth");
    // Not compared yet, each for a ring3 bug the trace shows (not a trace bug):
    // args_env: under LANG=C the JVM decodes non-ASCII argv bytes as U+FFFD before ring3 sees them;
    // errno_paths (musl): open("f/child") gives ENOENT where Linux gives ENOTDIR;
    // mmap_ops: pread64 after a store through a MAP_SHARED mapping reads the old bytes.
    // proc_*: what the parent traces matches in form (clone, wait4, SIGCHLD), but natively and under
    // ring3 alike the SIGCHLD line falls before or after the next call as the child's timing goes.

    /**
     * Socket programs of the syscalls module's tests, compiled here for each libc: the socket calls,
     * sockaddrs, options and errors on loopback only. (net_loopback is not compared: how many bytes
     * each non-blocking send moves depends on timing, natively too.)
     */
    static final List<String> NET_SOURCES = List.of("syscalls/src/test/resources/dev/ring3/syscalls/net/net_errno.c");

    /**
     * Threaded programs, traced with {@code -f} and the given {@code -e} expression (futex calls
     * depend on which thread wins a lock, so they are left out). Lines of different threads
     * interleave as the threads run, natively as under ring3, so the traces are compared thread by
     * thread (see {@link #byThread}): each thread's calls in order, a call another thread's line cut
     * into ("NAME(args <unfinished ...>" ... "<... NAME resumed>rest") joined back into one line.
     */
    static final Map<String, String> FOLLOWED = Map.of("epoll_ops", "trace=!futex", "clone3_threads", "trace=!futex");

    /**
     * Programs traced with only the given {@code -e} expression, not followed: prctl_ops makes
     * every prctl and arch_prctl call the kernel answers on x86-64 (the rest of it is threads,
     * forks and an execve, whose calls the other programs cover).
     */
    static final Map<String, String> FILTERED = Map.of("prctl_ops", "trace=prctl,arch_prctl");

    /** A rewrite applied to both traces: masking what changes from run to run. */
    record Mask(String why, Pattern pattern, String replacement) {}

    static final List<Mask> MASKS = List.of(
            new Mask("addresses differ (ASLR natively, ring3's own layout)", Pattern.compile("0x[0-9a-f]+"), "0xADDR"),
            new Mask("alignment of ' = ' depends on the width of masked addresses", Pattern.compile(" += "), " = "),
            new Mask("pids", Pattern.compile("^(set_tid_address|getpid|gettid|getppid)\\((.*)\\) = \\d+$"), "$1($2) = PID"),
            new Mask("pids", Pattern.compile("si_pid=\\d+"), "si_pid=PID"),
            new Mask("ephemeral ports", Pattern.compile("htons\\(\\d+\\)"), "htons(PORT)"),
            new Mask("pids", Pattern.compile("^(tgkill|tkill|kill)\\(\\d+, (\\d+, )?"), "$1(PID, "),
            new Mask("random bytes", Pattern.compile("getrandom\\(\"[^\"]*\"(\\.\\.\\.)?"), "getrandom(\"RANDOM\""),
            new Mask("mkdtemp/mkstemp names are random", Pattern.compile("(ring3-[a-z]+-)[A-Za-z0-9]{6}"), "$1XXXXXX"),
            new Mask("times", Pattern.compile("(tv_sec|tv_nsec|tv_usec|tms_[a-z]+)=\\d+"), "$1=T"),
            new Mask("times", Pattern.compile("^(times\\(.*\\)) = \\d+$"), "$1 = T"),
            new Mask("glibc's threads share one word for CLONE_PARENT_SETTID and CLONE_CHILD_CLEARTID: a new"
                    + " thread that runs and exits before strace reads the word at the call's exit leaves 0 there"
                    + " (a race seen natively), so a 0 reads as the tid the call returned",
                    Pattern.compile("parent_tid=\\[0\\](.*) = (\\S+)$"), "parent_tid=[$2]$1 = $2"));

    /** A native line that ring3 prints differently on purpose, with the reason. */
    record Known(String why, Pattern nativeLine, String ring3Line) {}

    static final List<Known> KNOWN = List.of(
            new Known("ring3 has no restartable sequences: rseq fails with ENOSYS and glibc carries on",
                    Pattern.compile("^rseq\\((.*)\\) = 0$"), "rseq($1) = -1 ENOSYS (Function not implemented)"));

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> traces() {
        assumeTrue(Tools.nativeHost(), "needs an x86-64 Linux host as the oracle");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "needs strace (apt-get install strace)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs python3 to start the native run unmasked");
        GuestPrograms corpus = GuestPrograms.locate();
        String problem = corpus.builtOrMissingTool();
        assumeTrue(problem == null, problem);
        Pattern filter = Pattern.compile(System.getProperty("ring3.strace.filter", ".*"));
        List<DynamicTest> tests = new ArrayList<>();
        // Dynamically linked builds too: ld.so's own calls (ld.so.cache, the libraries' mmaps,
        // mprotect of RELRO) must come out as strace prints them.
        for (Flavour f : new Flavour[] {Flavour.GLIBC, Flavour.MUSL, Flavour.DYN}) {
            if (!GuestPrograms.toolAvailable(f)) {
                continue;
            }
            for (GuestProgram p : corpus.list(f)) {
                List<String> argv = new ArrayList<>(p.argv());
                argv.set(0, "./" + p.id());
                if (PROGRAMS.contains(p.name()) && filter.matcher(p.id()).find()) {
                    tests.add(DynamicTest.dynamicTest(p.id(), () -> compare(new Traced(p.id(), argv, p.env(),
                            p.spec().stdin(), corpus.buildDir(), keepCtype(p), List.of()))));
                }
                String only = FILTERED.get(p.name());
                if (only != null && filter.matcher(p.id()).find()) {
                    tests.add(DynamicTest.dynamicTest(p.id() + " " + only, () -> compare(new Traced(p.id(), argv, p.env(),
                            p.spec().stdin(), corpus.buildDir(), keepCtype(p), List.of("-e", only)))));
                }
                String expr = FOLLOWED.get(p.name());
                if (expr != null && filter.matcher(p.id() + " -f").find()) {
                    tests.add(DynamicTest.dynamicTest(p.id() + " -f", () -> compare(new Traced(p.id(), argv, p.env(),
                            p.spec().stdin(), corpus.buildDir(), keepCtype(p), List.of("-f", "-e", expr)))));
                }
            }
            for (String src : f == Flavour.DYN ? List.<String>of() : NET_SOURCES) {
                String name = Path.of(src).getFileName().toString().replace(".c", "");
                String id = f.dir() + "/" + name;
                if (filter.matcher(id).find()) {
                    Path source = corpus.dir().toAbsolutePath().getParent().resolve(src);
                    tests.add(DynamicTest.dynamicTest(id, () -> compare(new Traced(id, List.of("./" + name),
                            GuestPrograms.BASE_ENV, null, compile(f, source, name), "False", List.of()))));
                }
            }
        }
        return tests.stream();
    }

    /** A program to trace both ways: its id, argv, environment, stdin (or null), directory and extra trace options. */
    record Traced(String id, List<String> argv, List<String> env, Path stdin, Path dir, String keepCtype,
            List<String> options) {
        boolean followed() {
            return options.contains("-f");
        }
    }

    /** Builds {@code source} statically with the flavour's compiler, as the corpus Makefile does. */
    private Path compile(Flavour f, Path source, String name) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(tmp.resolve(f.dir()));
        Process cc = new ProcessBuilder(f.tool(), "-O2", "-static", "-o", dir.resolve(name).toString(), source.toString())
                .redirectErrorStream(true).start();
        String log = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cc.waitFor(), f.tool() + " " + source + ": " + log);
        return dir;
    }

    private void compare(Traced p) throws Exception {
        String id = p.id().replace('/', '-') + (p.followed() ? "-f" : "");
        Path nat = tmp.resolve(id + ".native");
        Path emu = tmp.resolve(id + ".ring3");
        List<String> argv = p.argv();
        // The JVM's threads block SIGQUIT and a child inherits the mask; a shell would start the
        // program with nothing blocked, as ring3 starts its guest, so clear it first.
        List<String> strace = new ArrayList<>(List.of("/usr/bin/python3", "-c",
                // (python ignores SIGPIPE and SIGXFSZ and adds LC_CTYPE under LANG=C: undo both)
                "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []);"
                        + " signal.signal(signal.SIGPIPE, signal.SIG_DFL); signal.signal(signal.SIGXFSZ, signal.SIG_DFL);"
                        + " env = {k: v for k, v in os.environ.items() if k != 'LC_CTYPE' or " + p.keepCtype() + "};"
                        + " os.execve(sys.argv[1], sys.argv[1:], env)",
                "/usr/bin/strace", "-o", nat.toString(), "-s", "32"));
        strace.addAll(p.options());
        strace.addAll(argv);
        run(strace, p);
        List<String> ring3 = new ArrayList<>(List.of(javaBin(), "-Xss16m", "-XX:+UseSerialGC",
                "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED", "-Dagrona.disable.bounds.checks=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "-q", "--strace", "-o", emu.toString(), "-s", "32"));
        ring3.addAll(p.options());
        ring3.addAll(argv);
        run(ring3, p);
        List<String> nativeLines = Files.readAllLines(nat, StandardCharsets.UTF_8);
        List<String> ring3Lines = Files.readAllLines(emu, StandardCharsets.UTF_8);
        if (!p.followed() && p.options().contains("-e")) {
            // A filtered program's children end while it makes the calls traced: when their
            // SIGCHLD line comes depends on the child, natively as under ring3.
            nativeLines.removeIf(l -> l.startsWith("--- SIGCHLD "));
            ring3Lines.removeIf(l -> l.startsWith("--- SIGCHLD "));
        }
        List<String> expected = p.followed() ? byThread(nativeLines, true) : normalise(nativeLines, true);
        List<String> actual = p.followed() ? byThread(ring3Lines, false) : normalise(ring3Lines, false);
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        if (i < expected.size() || i < actual.size()) {
            assertEquals(i < expected.size() ? expected.get(i) : "(end of trace)",
                    i < actual.size() ? actual.get(i) : "(end of trace)",
                    p.id() + ": first difference at line " + (i + 1) + " (native then ring3)");
        }
    }

    /** "PID   call..." as strace -f -o writes every line. */
    static final Pattern PID_LINE = Pattern.compile("^(\\d+) +(.*)$");
    static final Pattern UNFINISHED = Pattern.compile("^(.*) <unfinished \\.\\.\\.>$");
    static final Pattern RESUMED = Pattern.compile("^<\\.\\.\\. [a-z0-9_]+ resumed>(.*)$");
    static final Pattern CLONED = Pattern.compile("^(clone3?|fork|vfork)\\(.*\\) += (\\d+)$");

    /**
     * A -f trace as one block per task: each task's lines in order, "<unfinished ...>" joined with
     * its "<... NAME resumed>", tasks named by who made them rather than by tid (the first task P,
     * the children of P in the order P's clone calls returned them P.1, P.2, and so on), every tid
     * in the text replaced by that name, SIGCHLD lines dropped (when one arrives depends on the
     * child), then the usual masks.
     */
    static List<String> byThread(List<String> lines, boolean nativeSide) {
        Map<String, List<String>> calls = new LinkedHashMap<>();
        for (String l : lines) {
            java.util.regex.Matcher m = PID_LINE.matcher(l);
            if (!m.matches()) {
                continue;
            }
            List<String> own = calls.computeIfAbsent(m.group(1), k -> new ArrayList<>());
            java.util.regex.Matcher r = RESUMED.matcher(m.group(2));
            int last = own.size() - 1;
            if (r.matches() && last >= 0 && UNFINISHED.matcher(own.get(last)).matches()) {
                java.util.regex.Matcher u = UNFINISHED.matcher(own.get(last));
                u.matches();
                own.set(last, u.group(1) + r.group(1));
            } else {
                own.add(m.group(2));
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        if (!calls.isEmpty()) {
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
            String first = calls.keySet().iterator().next();
            names.put(first, "P");
            todo.add(first);
            while (!todo.isEmpty()) {
                String pid = todo.poll();
                int n = 0;
                for (String l : calls.getOrDefault(pid, List.of())) {
                    java.util.regex.Matcher c = CLONED.matcher(l);
                    if (c.matches() && !names.containsKey(c.group(2))) {
                        names.put(c.group(2), names.get(pid) + "." + ++n);
                        todo.add(c.group(2));
                    }
                }
            }
        }
        Map<String, List<String>> named = new TreeMap<>();
        calls.forEach((pid, own) -> {
            List<String> renamed = new ArrayList<>();
            boolean newImage = "P".equals(names.get(pid));
            for (String l : own) {
                if (l.startsWith("--- SIGCHLD ")) {
                    continue;
                }
                newImage |= l.startsWith("execve(");
                if (nativeSide && !newImage && l.startsWith("rseq(")) {
                    // ring3 has no rseq (KNOWN): glibc then registers it for no later thread of that image either.
                    continue;
                }
                for (Map.Entry<String, String> e : names.entrySet()) {
                    l = l.replaceAll("\\b" + e.getKey() + "\\b", e.getValue());
                }
                renamed.add(l);
            }
            named.put(names.getOrDefault(pid, "unknown task " + pid), normalise(renamed, nativeSide));
        });
        List<String> out = new ArrayList<>();
        named.forEach((name, own) -> {
            out.add("== " + name);
            out.addAll(own);
        });
        return out;
    }

    private static String keepCtype(GuestProgram p) {
        return p.env().stream().anyMatch(kv -> kv.startsWith("LC_CTYPE=")) ? "True" : "False";
    }

    /**
     * glibc's mkstemp/mkdtemp (gnulib tempname.c) draw their first random bits from the clock and
     * call getrandom(GRND_NONBLOCK) again only when those bits fall in the biased top ~4.5% of the
     * range, natively as under ring3. Such a retry line says nothing about ring3, so a getrandom
     * line directly before the one that creates the temporary name is dropped on both sides.
     */
    static final Pattern TEMPNAME_RETRY = Pattern.compile("^getrandom\\(.*, 8, GRND_NONBLOCK\\) = 8$");

    static List<String> normalise(List<String> lines, boolean nativeSide) {
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (TEMPNAME_RETRY.matcher(lines.get(i)).matches() && next.matches("^(mkdir|openat)\\(.*XXXXXX.*|^(mkdir|openat)\\(.*/tmp/.*")) {
                continue;
            }
            kept.add(lines.get(i));
        }
        lines = kept;
        return lines.stream().map(l -> {
            String s = l;
            for (Mask m : MASKS) {
                s = m.pattern().matcher(s).replaceAll(m.replacement());
            }
            if (nativeSide) {
                for (Known k : KNOWN) {
                    s = k.nativeLine().matcher(s).replaceAll(k.ring3Line());
                }
            }
            return s;
        }).collect(Collectors.toList());
    }

    private static void run(List<String> cmd, Traced p) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(p.dir().toFile());
        pb.environment().clear();
        for (String kv : p.env()) {
            int eq = kv.indexOf('=');
            pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Path in = p.stdin();
        pb.redirectInput(in != null ? ProcessBuilder.Redirect.from(in.toFile()) : ProcessBuilder.Redirect.from(new File("/dev/null")));
        // Both sides write to /dev/null so that fstat(1) and isatty answer the same.
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process proc = pb.start();
        if (!proc.waitFor(600, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
