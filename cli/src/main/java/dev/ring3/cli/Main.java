package dev.ring3.cli;

import dev.ring3.interp.Interpreter;
import dev.ring3.interp.OpcodeTable;
import dev.ring3.jit.JitEngine;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.syscalls.Linux;
import dev.ring3.syscalls.ObserverChain;
import dev.ring3.syscalls.SyscallTable;
import dev.ring3.syscalls.audit.AuditObserver;
import dev.ring3.syscalls.audit.AuditReport;
import dev.ring3.syscalls.audit.Finding;
import dev.ring3.syscalls.audit.RuleSet;
import dev.ring3.syscalls.audit.Severity;
import dev.ring3.syscalls.profile.Profile;
import dev.ring3.syscalls.profile.SyscallRecorder;
import dev.ring3.syscalls.trace.StraceObserver;
import dev.ring3.syscalls.trace.TraceOptions;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code ring3} command: parses the command line in the style of qemu-x86_64 and strace and
 * runs the guest program. The only place that wires the modules together.
 */
@Command(name = "ring3",
        separator = "=",
        usageHelpWidth = 100,
        sortOptions = false,
        customSynopsis = "ring3 [OPTION...] PROGRAM [ARG...]",
        description = {"Run an unmodified x86-64 Linux program on the JVM.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ring3 /bin/busybox sha256sum README.md",
            "  ring3 -E LANG=C -U HOME ./prog arg1 arg2",
            "  ring3 --memory=paged -0 sh /bin/busybox -c 'echo hi'",
            "  ring3 --strace -e trace=%%file,read -s 64 -o trace.txt /bin/busybox cat README.md",
            "  ring3 --profile --profile=prof.html --profile=prof.folded /bin/busybox sha256sum README.md",
            "",
            "The exit status is the guest's; a guest killed by signal N exits with 128+N.",
            "Report bugs with the program and the command line that shows them."})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "the x86-64 ELF executable to run: a path, or a name looked for in PATH as a shell does")
    String program;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "arguments passed to the program")
    List<String> args = new ArrayList<>();

    @CommandLine.ArgGroup(exclusive = false, heading = "%nEnvironment and arguments:%n", order = 1)
    EnvOptions env = new EnvOptions();

    @CommandLine.ArgGroup(exclusive = false, heading = "%nExecution:%n", order = 2)
    ExecOptions exec = new ExecOptions();

    @CommandLine.ArgGroup(exclusive = false, heading = "%nDiagnostics:%n", order = 3)
    DiagOptions diag = new DiagOptions();

    @CommandLine.ArgGroup(exclusive = false, heading = "%nTracing (strace's format and options):%n", order = 4)
    TraceCliOptions trace = new TraceCliOptions();

    @CommandLine.ArgGroup(exclusive = false, heading = "%nProfiling:%n", order = 5)
    ProfileOptions profiling = new ProfileOptions();

    @CommandLine.ArgGroup(exclusive = false, heading = "%nSecurity:%n", order = 6)
    SecurityOptions security = new SecurityOptions();

    @CommandLine.ArgGroup(exclusive = false, heading = "%nMiscellaneous:%n", order = 7)
    MiscOptions misc = new MiscOptions();

    static final class EnvOptions {
        @Option(names = "-E", paramLabel = "VAR=VALUE", description = "set VAR to VALUE in the guest's environment")
        List<String> set = new ArrayList<>();

        @Option(names = "-U", paramLabel = "VAR", description = "remove VAR from the guest's environment")
        List<String> unset = new ArrayList<>();

        @Option(names = "-0", paramLabel = "ARGV0", description = "pass ARGV0 as argv[0] instead of PROGRAM")
        String argv0;

        @Option(names = {"-i", "--ignore-environment"}, description = "start the guest with an empty environment")
        boolean clear;
    }

    static final class ExecOptions {
        @Option(names = "--memory", paramLabel = "KIND",
                description = "guest memory: flat (one host window, fastest; default) or paged (any address)")
        String memory = "flat";

        @Option(names = "--jit", paramLabel = "MODE",
                description = "translation to JVM bytecode: on (hot code, in the background; default), "
                        + "off (interpreter only) or all (every block at first execution)")
        String jit = "on";

        @Option(names = "--no-vdso",
                description = "map no vDSO: libc then makes real system calls for clock_gettime, gettimeofday, time")
        boolean noVdso;
    }

    static final class DiagOptions {
        @Option(names = {"-q", "--quiet"}, description = "do not report unimplemented system calls")
        boolean quiet;
    }

    static final class TraceCliOptions {
        @Option(names = {"-S", "--strace"}, description = "print every system call as strace does (to stderr)")
        boolean strace;

        @Option(names = {"-o", "--trace-output"}, paramLabel = "FILE", description = "write the trace to FILE instead of stderr")
        String output;

        @Option(names = {"-s", "--string-limit"}, paramLabel = "N",
                description = "show at most N bytes of strings and buffers (default: 32)")
        Integer stringLimit;

        @Option(names = {"-e", "--trace-expr"}, paramLabel = "EXPR",
                description = "strace's filter: trace=openat,read  trace=%%file,%%memory  trace=!brk  (repeatable)")
        List<String> expressions = new ArrayList<>();

        @Option(names = {"-c", "--summary"}, description = "count time, calls and errors per syscall; print strace's table at exit")
        boolean summary;

        @Option(names = {"-f", "--follow-forks"}, description = "prefix lines with the thread id when there are several")
        boolean follow;

        /** Any tracing option turns the trace on, as each of them means nothing without it. */
        boolean enabled() {
            return strace || summary || output != null || stringLimit != null || !expressions.isEmpty() || follow;
        }
    }

    static final class SecurityOptions {
        @Option(names = "--deny-network",
                description = "let the guest reach this machine only: connect/sendto beyond loopback (and DNS) fail"
                        + " with ENETUNREACH, wildcard binds become loopback")
        boolean denyNetwork;

        @Option(names = "--audit", arity = "0..1", paramLabel = "FILE", preprocessor = AttachedValueOnly.class,
                description = "report suspicious syscall patterns at exit, to stderr or (--audit=FILE) to FILE")
        String audit;

        @Option(names = "--audit-json", description = "write the audit report as JSON")
        boolean json;

        @Option(names = "--audit-fail", paramLabel = "SEVERITY",
                description = "exit with status " + AUDIT_FAILED + " if a finding of SEVERITY (low, medium, high)"
                        + " or worse occurred")
        String fail;

        @Option(names = "--audit-rules", paramLabel = "FILE",
                description = "use the rules in FILE instead of the built-in ones (same format)")
        String rules;

        boolean auditing() {
            return audit != null || json || fail != null || rules != null;
        }
    }

    /** The exit status of a run whose audit found something at the --audit-fail severity. */
    static final int AUDIT_FAILED = 3;

    /**
     * Takes --audit's FILE only when attached (--audit=FILE): "--audit PROGRAM" must not swallow
     * the program. A detached --audit gets "-", meaning stderr.
     */
    static final class AttachedValueOnly implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(java.util.Stack<String> args, CommandLine.Model.CommandSpec spec,
                CommandLine.Model.ArgSpec arg, Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) {
                args.push("-");
            }
            return false;
        }
    }

    static final class MiscOptions {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        boolean help;

        @Option(names = {"-V", "--version"}, versionHelp = true, description = "show the version and exit")
        boolean version;
    }

    /** The guest's stdio (null: the host's) and where ring3's own reports go; tests redirect them. */
    java.nio.channels.ReadableByteChannel stdin;
    java.nio.channels.WritableByteChannel stdout;
    java.nio.channels.WritableByteChannel stderr;
    PrintStream messages = System.err;

    @Override
    public Integer call() {
        rawCommandLine(1 + args.size());
        Linux.Config c = new Linux.Config();
        c.executable = ProgramPath.resolve(program, System.getenv("PATH"));
        List<String> argv = new ArrayList<>();
        argv.add(env.argv0 != null ? latin1(env.argv0) : rawProgram != null ? rawProgram : latin1(program));
        for (int i = 0; i < args.size(); i++) {
            argv.add(rawArgs != null && i < rawArgs.size() ? rawArgs.get(i) : latin1(args.get(i)));
        }
        c.argv = argv;
        c.env = environment();
        c.encoding = StandardCharsets.ISO_8859_1;
        c.stdin = stdin != null ? stdin : new FileInputStream(FileDescriptor.in).getChannel();
        c.stdout = stdout != null ? stdout : new FileOutputStream(FileDescriptor.out).getChannel();
        c.stderr = stderr != null ? stderr : new FileOutputStream(FileDescriptor.err).getChannel();
        c.diagnostics = messages;
        c.quiet = diag.quiet;
        switch (exec.memory) {
            case "flat": c.memory = AddressSpace.Kind.FLAT; break;
            case "paged": c.memory = AddressSpace.Kind.PAGED; break;
            default:
                System.err.println("ring3: --memory: expected flat or paged, not '" + exec.memory + "'");
                return 2;
        }
        c.vdso = !exec.noVdso;
        JitEngine.Mode jitMode;
        switch (exec.jit) {
            case "on": jitMode = JitEngine.Mode.ON; break;
            case "off": jitMode = JitEngine.Mode.OFF; break;
            case "all": jitMode = JitEngine.Mode.ALL; break;
            default:
                System.err.println("ring3: --jit: expected on, off or all, not '" + exec.jit + "'");
                return 2;
        }
        c.engine = jitMode == JitEngine.Mode.OFF ? Interpreter::new : () -> new JitEngine(jitMode);
        ProfileOptions.Settings profileSettings = null;
        Profile profile = null;
        if (profiling.enabled()) {
            try {
                profileSettings = profiling.settings();
            } catch (IllegalArgumentException e) {
                messages.println("ring3: " + e.getMessage());
                return 2;
            }
            profile = new Profile(profileSettings.intervalNanos());
            c.engine = profileSettings.engines(jitMode, profile);
        }
        StraceObserver tracer = null;
        PrintStream traceFile = null;
        if (trace.enabled()) {
            TraceOptions o = new TraceOptions();
            try {
                for (String e : trace.expressions) {
                    o.filter.add(e);
                }
            } catch (IllegalArgumentException e) {
                System.err.println("ring3: -e: " + e.getMessage());
                return 2;
            }
            if (trace.stringLimit != null) {
                if (trace.stringLimit < 0) {
                    System.err.println("ring3: -s: expected a number of bytes, not " + trace.stringLimit);
                    return 2;
                }
                o.stringLimit = trace.stringLimit;
            }
            o.summary = trace.summary;
            o.followForks = trace.follow;
            o.messages = messages;
            if (trace.output != null) {
                try {
                    traceFile = new PrintStream(new java.io.BufferedOutputStream(
                            new FileOutputStream(trace.output), 1 << 16), false, java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    System.err.println("ring3: -o: cannot write " + trace.output + ": " + e.getMessage());
                    return 2;
                }
                o.out = traceFile;
                o.toFile = true;
            }
            tracer = new StraceObserver(SyscallTable.get(), o);
            c.observer = tracer;
        }
        c.denyNetwork = security.denyNetwork;
        AuditObserver auditor = null;
        Severity failAt = null;
        if (security.auditing()) {
            RuleSet rules;
            try {
                failAt = security.fail != null ? Severity.of(security.fail) : null;
                rules = security.rules != null
                        ? RuleSet.parse(java.nio.file.Files.readString(java.nio.file.Path.of(security.rules)), security.rules)
                        : RuleSet.builtin();
            } catch (IllegalArgumentException | IOException e) {
                System.err.println("ring3: " + (security.fail != null && failAt == null ? "--audit-fail: " : "--audit-rules: ")
                        + e.getMessage());
                return 2;
            }
            auditor = new AuditObserver(rules, SyscallTable.get());
            c.observer = ObserverChain.of(tracer, auditor);
        }
        c.observer = ObserverChain.of(c.observer, profile,
                SyscallRecorder.recording() ? new SyscallRecorder() : null);
        int status = Linux.INTERNAL_ERROR;
        try {
            status = Linux.run(c);
        } finally {
            if (tracer != null) {
                tracer.flush();
            }
            if (traceFile != null) {
                traceFile.close();
            }
        }
        if (profile != null && !profileSettings.write(profile.finish(program, "jit=" + exec.jit), messages)) {
            return 2;
        }
        if (auditor != null) {
            List<Finding> findings = auditor.engine().findings();
            String report = security.json ? AuditReport.json(program, status, findings)
                    : AuditReport.text(program, findings);
            String to = security.audit == null || security.audit.equals("-") ? null : security.audit;
            try {
                if (to == null) {
                    System.err.print(report);
                    System.err.flush();
                } else {
                    java.nio.file.Files.writeString(java.nio.file.Path.of(to), report);
                }
            } catch (IOException e) {
                System.err.println("ring3: --audit: cannot write " + to + ": " + e.getMessage());
                return 2;
            }
            if (AuditReport.fails(findings, failAt)) {
                return AUDIT_FAILED;
            }
        }
        return status;
    }

    /** The program and its arguments exactly as the host passed them, one char per byte; or null. */
    private String rawProgram;
    private List<String> rawArgs;

    /**
     * Takes the guest's words from /proc/self/cmdline, which holds the bytes the JVM decoded
     * (lossily, under LANG=C) into {@code argv}: its last {@code guestWords} words are the program
     * and its arguments.
     */
    private void rawCommandLine(int guestWords) {
        try {
            byte[] b = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/cmdline"));
            List<String> words = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == 0) {
                    words.add(new String(b, start, i - start, StandardCharsets.ISO_8859_1));
                    start = i + 1;
                }
            }
            if (words.size() >= guestWords && guestWords > 0) {
                List<String> tail = words.subList(words.size() - guestWords, words.size());
                rawProgram = tail.get(0);
                rawArgs = new ArrayList<>(tail.subList(1, tail.size()));
            }
        } catch (java.io.IOException | RuntimeException e) {
            rawProgram = null; // not Linux, or /proc unreadable: use the JVM's decoding
            rawArgs = null;
        }
    }

    /** A JVM string as a byte string, encoded as the JVM encodes file names and arguments. */
    private static String latin1(String s) {
        return new String(s.getBytes(java.nio.charset.Charset.forName(
                System.getProperty("sun.jnu.encoding", "UTF-8"))), StandardCharsets.ISO_8859_1);
    }

    private List<String> environment() {
        Map<String, String> vars = new LinkedHashMap<>();
        if (!env.clear) {
            // In the host's own order (System.getenv() is a hash map): the guest sees what a native run sees.
            for (String kv : Linux.hostEnvironment()) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    vars.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
        }
        for (String s : env.set) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(new CommandLine(this), "-E expects VAR=VALUE, not '" + s + "'");
            }
            vars.put(latin1(s.substring(0, eq)), latin1(s.substring(eq + 1)));
        }
        for (String u : env.unset) {
            vars.remove(latin1(u));
        }
        List<String> out = new ArrayList<>();
        vars.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    /** Runs ring3 with {@code argv}; returns the exit status instead of exiting (tests use this). */
    public static int execute(String[] argv, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setStopAtPositional(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.getCommandSpec().version("ring3 " + version(), "x86-64 Linux user-mode emulator for the JVM",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("ring3: " + ex.getMessage());
            err.println("Try 'ring3 --help' for more information.");
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("ring3: internal error: " + ex);
            if (Boolean.getBoolean("ring3.debug")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 70;
        });
        return cl.execute(argv);
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-SNAPSHOT";
    }

    /**
     * The common command lines without picocli, which costs ~0.2-0.3 s of start-up (reflection over
     * its annotations): the program and its arguments, after nothing but the execution options
     * --jit, --memory (as --opt=V or --opt V), --no-vdso and -q. Null for anything else, which
     * picocli then parses (and explains when wrong).
     */
    static Main quickParse(String[] argv) {
        Main m = new Main();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int i = 0;
        for (; i < argv.length && argv[i].startsWith("-"); i++) {
            String a = argv[i];
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!seen.add(name.equals("--quiet") ? "-q" : name)) {
                return null; // picocli's error for a repeated option
            }
            if (name.equals("--jit") || name.equals("--memory")) {
                String v;
                if (eq >= 0) {
                    v = a.substring(eq + 1);
                } else if (i + 1 < argv.length) {
                    v = argv[++i];
                } else {
                    return null;
                }
                if (name.equals("--jit")) {
                    m.exec.jit = v;
                } else {
                    m.exec.memory = v;
                }
            } else if (a.equals("--no-vdso")) {
                m.exec.noVdso = true;
            } else if (a.equals("-q") || a.equals("--quiet")) {
                m.diag.quiet = true;
            } else {
                return null;
            }
        }
        if (i >= argv.length) {
            return null;
        }
        m.program = argv[i];
        m.args = new ArrayList<>(List.of(argv).subList(i + 1, argv.length));
        return m;
    }

    public static void main(String[] argv) {
        if (argv.length == 1 && argv[0].equals(AotTraining.ARG)) {
            System.exit(AotTraining.run()); // the launcher recording its AOT cache
        }
        // The opcode table (~70 ms on JDK 17: a fifth of a static hello world) is built on a
        // second core while this thread reads the ELF file and sets the process up.
        Thread table = new Thread(OpcodeTable::get, "ring3-opcode-table");
        table.setDaemon(true);
        table.start();
        Main fast = quickParse(argv);
        if (fast != null) {
            System.exit(fast.call());
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = execute(argv, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
