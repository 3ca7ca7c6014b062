package dev.ring3.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ring3.guest.Tools;
import dev.ring3.jit.JitEngine;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.syscalls.Linux;
import dev.ring3.syscalls.SyscallObserver;
import dev.ring3.syscalls.Task;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 4 item 3 under translation: a guest loop calling clock_gettime through libc (glibc and
 * musl, static) and ring3's vDSO stays inside generated code. The program runs rounds of calls
 * with a getppid() between them; at each one the test reads the JIT's dispatcher entries
 * (translations entered plus blocks interpreted). Once the loop is translated a round of 20,000
 * calls may enter the dispatcher only a few times (the back-edge budget that lets pending work in),
 * where leaving generated code at every call, return or indirect branch would enter it 40,000
 * times or more. And no clock call ever reaches the syscall dispatcher.
 */
@Tag("x86-64-host")
class VdsoJitTest {
    static final int ROUNDS = 100, CALLS = 20_000;
    /** Dispatcher entries allowed in a translated round: a thousandth of a call each. */
    static final long CLEAN = CALLS / 1000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gcc", "musl-gcc"})
    void clockLoopStaysInGeneratedCode(String compiler) throws Exception {
        assumeTrue(Tools.nativeHost(), "needs an x86-64 Linux host");
        assumeTrue(Tools.onPath(compiler), compiler + " is not installed");
        Path exe = compile(compiler);
        String want = "ok " + ROUNDS + "\n";
        assertEquals(want, runNatively(exe, Integer.toString(ROUNDS), Integer.toString(CALLS)), "the native run");

        JitEngine.Config d = JitEngine.Config.of(JitEngine.Mode.ON);
        JitEngine engine = new JitEngine(new JitEngine.Config(JitEngine.Mode.ON, 0, d.threshold(), d.maxBlocks(),
                d.maxInsns(), d.maxCodeSize()));
        List<Long> perRound = new ArrayList<>();
        long[] last = {0};
        long[] clockSyscalls = {0};
        SyscallObserver observer = new SyscallObserver() {
            @Override
            public void completed(Task t, long nr, long a0, long a1, long a2, long a3, long a4, long a5, long result) {
                if (nr == 228) {
                    clockSyscalls[0]++;
                } else if (nr == 110) { // getppid: a round ended
                    long now = engine.translationEntries() + engine.interpretedBlocks();
                    perRound.add(now - last[0]);
                    last[0] = now;
                }
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        Linux.Config c = new Linux.Config();
        c.executable = exe.toString();
        c.argv = List.of(exe.toString(), Integer.toString(ROUNDS), Integer.toString(CALLS));
        c.env = List.of("LANG=C");
        c.stdin = Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0]));
        c.stdout = Channels.newChannel(out);
        c.stderr = Channels.newChannel(out);
        c.diagnostics = new PrintStream(diag, true, StandardCharsets.UTF_8);
        c.memory = AddressSpace.Kind.FLAT;
        c.cwd = dir.toString();
        c.engine = () -> engine;
        c.observer = observer;
        assertEquals(0, Linux.run(c), out.toString(StandardCharsets.UTF_8) + diag.toString(StandardCharsets.UTF_8));
        assertEquals(want, out.toString(StandardCharsets.UTF_8));
        assertEquals(0, clockSyscalls[0], "clock_gettime calls that reached the syscall dispatcher");
        assertEquals(ROUNDS, perRound.size());
        // The loop gets translated on the compiler thread while it runs: from some round on, every
        // round stays in generated code (the last five at least, so a late compile still passes).
        int firstClean = perRound.size();
        while (firstClean > 0 && perRound.get(firstClean - 1) <= CLEAN) {
            firstClean--;
        }
        assertTrue(firstClean <= ROUNDS - 5, "dispatcher entries per round of " + CALLS + " calls: " + perRound);
        // The first round starts interpreted (a block is hot after 1,024 runs, so at least that many
        // calls enter the dispatcher at every block), else the count proves nothing.
        assertTrue(perRound.get(0) > 100 * CLEAN, "the first round is interpreted at first: " + perRound);
    }

    private Path compile(String compiler) throws IOException, InterruptedException {
        Path src = dir.resolve("vdso_loop.c");
        try (InputStream in = VdsoJitTest.class.getResourceAsStream("vdso_loop.c")) {
            Files.write(src, in.readAllBytes());
        }
        Path exe = dir.resolve("vdso_loop_" + compiler.replace('-', '_'));
        Process p = new ProcessBuilder(compiler, "-O2", "-static", "-o", exe.toString(), src.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, compiler + " failed: " + log);
        return exe;
    }

    private static String runNatively(Path exe, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String o = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "native run: " + o);
        return o;
    }
}
