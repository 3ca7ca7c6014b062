package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.mmu.AddressSpace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fork, vfork, clone threads, execve, wait4, futexes, pipes and kill between guest processes:
 * the corpus's proc_* C programs (compiled here with gcc and musl-gcc) and Debian's static
 * busybox and bash running shell pipelines, each compared with the native run (stdout, stderr,
 * exit status).
 */
@Tag("native")
@Tag("toolchain")
@Timeout(120)
class ProcessesTest {
    static final Path CORPUS = Path.of("..", "guest", "src", "c").toAbsolutePath().normalize();
    static final List<String> ENV = List.of("PATH=/usr/bin:/bin", "HOME=/tmp", "LANG=C");

    @TempDir
    Path dir;

    /** What a run printed and how it ended. */
    record Outcome(String stdout, String stderr, int status) {}

    Outcome ring3(AddressSpace.Kind memory, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Linux.Config c = new Linux.Config();
        c.memory = memory;
        c.executable = argv[0];
        c.argv = List.of(argv);
        c.env = ENV;
        c.stdin = Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0]));
        c.stdout = Channels.newChannel(out);
        c.stderr = Channels.newChannel(err);
        c.diagnostics = new PrintStream(err, true, StandardCharsets.UTF_8);
        c.cwd = dir.toString();
        c.quiet = true; // bash probes socket(2) for syslog: the note would differ from native stderr
        int status = Linux.run(c);
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    Outcome ring3(String... argv) {
        return ring3(AddressSpace.Kind.FLAT, argv);
    }

    Outcome host(String... argv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
        pb.environment().clear();
        for (String kv : ENV) {
            int eq = kv.indexOf('=');
            pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = dir.resolve("native.out");
        Path err = dir.resolve("native.err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        Assumptions.assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "native run timed out");
        return new Outcome(Files.readString(out), Files.readString(err), p.exitValue());
    }

    Path compile(String name, String compiler) throws IOException, InterruptedException {
        String src = Files.readString(CORPUS.resolve(name + ".c"));
        return TestTasks.compile(dir, name + "_" + compiler.replace('-', '_'), src, compiler,
                "-static", "-I" + CORPUS, "-pthread");
    }

    void sameAsNative(String... argv) throws IOException, InterruptedException {
        Outcome expected = host(argv);
        Outcome got = ring3(argv);
        assertEquals(expected, got, "ring3 differs from the native run of " + String.join(" ", argv));
    }

    @ParameterizedTest
    @CsvSource({
        "proc_fork_wait, gcc", "proc_fork_wait, musl-gcc",
        "proc_pipe_child, gcc", "proc_pipe_child, musl-gcc",
        "proc_threads, gcc", "proc_threads, musl-gcc",
        "proc_exec_spawn, gcc", "proc_exec_spawn, musl-gcc",
        "proc_shared_kill, gcc", "proc_shared_kill, musl-gcc",
    })
    void cProgramMatchesNative(String name, String compiler) throws Exception {
        Path exe = compile(name, compiler);
        sameAsNative(exe.toString());
    }

    @Test
    void forkWorksInThePagedAddressSpace() throws Exception {
        Path exe = compile("proc_fork_wait", "gcc");
        Outcome expected = host(exe.toString());
        assertEquals(expected, ring3(AddressSpace.Kind.PAGED, exe.toString()));
    }

    static final String SCRIPT = String.join("\n",
            "for i in 1 2 3; do echo \"line $i\"; done | while read a b; do echo \"[$b]\"; done",
            "x=$(echo sub | busybox tr a-z A-Z); echo \"x=$x\"",
            "( echo in subshell; exit 4 ); echo \"sub status $?\"",
            "echo to stderr >&2",
            "false || echo \"false failed\"",
            "y=`printf '%s-' a b c`; echo $y",
            "echo $((6 * 7)) | busybox wc -c",
            "busybox sh -c 'kill -TERM $$'; echo \"killed status $?\"",
            "busybox true & wait $!; echo \"background status $?\"",
            "busybox sh -c 'exit 9' | busybox cat; echo \"pipeline status $?\"",
            "missing_command_xyz 2>/dev/null; echo \"missing status $?\"",
            "exit 5",
            "");

    Path script() throws IOException {
        Path s = dir.resolve("script.sh");
        Files.writeString(s, SCRIPT);
        return s;
    }

    static Path need(String program) {
        Path p = Path.of(program);
        Assumptions.assumeTrue(Files.isExecutable(p), program + " not installed");
        return p;
    }

    @Test
    void busyboxPipelineAndExitStatus() {
        need("/bin/busybox");
        Outcome o = ring3("/bin/busybox", "sh", "-c", "echo hi | busybox tr a-z A-Z; exit 3");
        assertEquals(new Outcome("HI\n", "", 3), o);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bin/busybox", "/bin/bash-static"})
    void shellScriptMatchesNative(String shell) throws Exception {
        need(shell);
        need("/bin/busybox");
        List<String> argv = new ArrayList<>(List.of(shell));
        if (shell.endsWith("busybox")) {
            argv.add("sh");
        }
        argv.add(script().toString());
        sameAsNative(argv.toArray(new String[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bin/busybox", "/bin/bash-static"})
    void shellDashCMatchesNative(String shell) throws Exception {
        need(shell);
        need("/bin/busybox");
        List<String> argv = new ArrayList<>(List.of(shell));
        if (shell.endsWith("busybox")) {
            argv.add("sh");
        }
        argv.add("-c");
        argv.add(SCRIPT);
        sameAsNative(argv.toArray(new String[0]));
    }

    @Test
    void hashBangScriptRunsItsInterpreter() throws Exception {
        need("/bin/busybox");
        Path s = dir.resolve("hello.sh");
        Files.writeString(s, "#!/bin/busybox sh\necho \"args: $0 $1 $2\"\nexit 4\n");
        s.toFile().setExecutable(true);
        Outcome o = ring3("/bin/busybox", "sh", "-c", s + " one two; echo \"status $?\"");
        assertEquals(new Outcome("args: " + s + " one two\nstatus 4\n", "", 0), o);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bin/busybox", "/bin/bash-static"})
    void scriptWithADynamicInterpreterIsRunByTheShell(String shell) throws Exception {
        need(shell);
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        Path s = dir.resolve("dyn.sh");
        Files.writeString(s, "#!/bin/sh\necho \"script $1\"\nexit 2\n");
        s.toFile().setExecutable(true);
        List<String> argv = new ArrayList<>(List.of(shell));
        if (shell.endsWith("busybox")) {
            argv.add("sh");
        }
        argv.addAll(List.of("-c", s + " arg; echo \"status $?\""));
        sameAsNative(argv.toArray(new String[0]));
    }

    @Test
    void dynamicProgramsRunThroughTheHostsLoader() throws Exception {
        need("/bin/busybox");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/ls")) && Files.isExecutable(Path.of("/bin/cat")));
        sameAsNative("/bin/busybox", "sh", "-c", "/bin/ls -d / /bin; echo hi | /bin/cat; echo \"status $?\"");
    }

    @Test
    void aMissingInterpreterIsENOENTWithANote() throws Exception {
        need("/bin/busybox");
        Path ls = Path.of("/bin/ls");
        Assumptions.assumeTrue(Files.isExecutable(ls));
        byte[] b = Files.readAllBytes(ls);
        byte[] from = "/lib64/ld-linux-x86-64.so.2".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] to = "/lib64/ld-missing-x86-64.so".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = indexOf(b, from);
        Assumptions.assumeTrue(at >= 0, "/bin/ls names another loader");
        System.arraycopy(to, 0, b, at, to.length);
        Path prog = dir.resolve("noloader");
        Files.write(prog, b);
        prog.toFile().setExecutable(true);
        Outcome o = ring3("/bin/busybox", "sh", "-c", prog + "; echo \"status $?\"");
        assertEquals(true, o.stdout().endsWith("status 127\n"), o.toString());
        assertEquals(true, o.stderr().contains("cannot run its ELF interpreter /lib64/ld-missing-x86-64.so"), o.toString());
        Outcome direct = ring3(prog.toString());
        assertEquals(127, direct.status(), direct.toString());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
