package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.HostTsc;
import dev.ring3.interp.SystemOps;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.vdso.TimePage;
import dev.ring3.vdso.Vdso;
import dev.ring3.vdso.HostClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static glibc and musl guests (compiled at test time; skipped without gcc or musl-gcc) find
 * ring3's vDSO through AT_SYSINFO_EHDR and read the clocks through it: the syscall observer, which
 * sees every call that reaches the dispatcher, proves the served clocks never get there; the
 * results agree with the syscall path; --no-vdso sends libc back to the syscalls.
 */
@Tag("toolchain")
class VdsoGuestTest {
    @TempDir
    Path dir;

    /** Where the JDK and host allow it (JDK 22+), the clocks come from the host TSC (HostTsc) in these tests. */
    @BeforeAll
    static void hostTsc() {
        HostTsc.upgradeNow();
    }

    /** Syscalls that reached the dispatcher, by kind. */
    static final class Counts {
        final AtomicLong servedClock = new AtomicLong();
        final AtomicLong otherClock = new AtomicLong();
        final AtomicLong gettimeofday = new AtomicLong();
        final AtomicLong time = new AtomicLong();
        final AtomicLong servedGetres = new AtomicLong();
        final AtomicLong getcpu = new AtomicLong();
        final AtomicLong all = new AtomicLong();

        void count(long nr, long a0) {
            all.incrementAndGet();
            if (nr == 228) {
                (HostClock.served(a0) ? servedClock : otherClock).incrementAndGet();
            } else if (nr == 96) {
                gettimeofday.incrementAndGet();
            } else if (nr == 201) {
                time.incrementAndGet();
            } else if (nr == 229 && HostClock.served(a0)) {
                servedGetres.incrementAndGet();
            } else if (nr == 309) {
                getcpu.incrementAndGet();
            }
        }
    }

    /** The raw clock_gettime syscalls vdso_clocks.c makes itself to compare against: 7 clocks x 200, and 4. */
    static final long OWN_SYSCALLS = 7 * 200 + 4;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream diag = new ByteArrayOutputStream();

    Path compile(String compiler) throws IOException, InterruptedException {
        String src;
        try (InputStream in = VdsoGuestTest.class.getResourceAsStream("vdso_clocks.c")) {
            src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return TestTasks.compile(dir, "vdso_clocks_" + compiler.replace('-', '_'), src, compiler, "-static");
    }

    int run(Path exe, boolean vdso, Counts counts, String... args) {
        Linux.Config c = new Linux.Config();
        c.executable = exe.toString();
        c.argv = args.length == 0 ? List.of(exe.toString()) : List.of(args);
        c.env = List.of("LANG=C");
        c.stdin = Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0]));
        c.stdout = Channels.newChannel(out);
        c.stderr = Channels.newChannel(out);
        c.diagnostics = new PrintStream(diag, true, StandardCharsets.UTF_8);
        c.cwd = dir.toString();
        c.quiet = true;
        c.vdso = vdso;
        c.observer = (t, nr, a0, a1, a2, a3, a4, a5, result) -> counts.count(nr, a0);
        return Linux.run(c);
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    void allChecksPass(String compiler, boolean glibc) throws Exception {
        Path exe = compile(compiler);
        Counts n = new Counts();
        assertEquals(0, run(exe, true, n), output() + diag);
        String o = output();
        assertTrue(o.startsWith("vdso yes\n"), o);
        assertTrue(o.endsWith("done 0\n"), o);
        assertEquals(OWN_SYSCALLS, n.servedClock.get(), "libc's clock_gettime reached the dispatcher\n" + o);
        assertEquals(0, n.gettimeofday.get(), "gettimeofday reached the dispatcher");
        assertEquals(0, n.time.get(), "time reached the dispatcher");
        assertTrue(n.otherClock.get() >= 3, "CPU-time and invalid clocks fall back to the syscall: " + n.otherClock);
        if (glibc) {
            // musl's clock_getres always makes the syscall; glibc's uses the vDSO.
            assertEquals(7, n.servedGetres.get(), "libc's clock_getres reached the dispatcher (7 are the program's own)");
        }
    }

    @Test
    void glibcUsesTheVdso() throws Exception {
        allChecksPass("gcc", true);
    }

    @Test
    void muslUsesTheVdso() throws Exception {
        allChecksPass("musl-gcc", false);
    }

    void loopNeverEntersTheDispatcher(String compiler) throws Exception {
        Path exe = compile(compiler);
        Counts n = new Counts();
        assertEquals(0, run(exe, true, n, "loop", "loop", "100000"), output() + diag);
        assertEquals("loop 100000 ok\n", output());
        assertEquals(0, n.servedClock.get() + n.otherClock.get(), "clock_gettime calls that reached the dispatcher");
    }

    @Test
    void glibcLoopOf100kClockGettimeMakesNoSyscall() throws Exception {
        loopNeverEntersTheDispatcher("gcc");
    }

    @Test
    void muslLoopOf100kClockGettimeMakesNoSyscall() throws Exception {
        loopNeverEntersTheDispatcher("musl-gcc");
    }

    /**
     * The vDSO and the syscall path in turn, every served clock, gettimeofday and time, across
     * dozens of ticks (each republishes the time page): no value is ever behind one read before it
     * on either path.
     */
    void interleavedPathsNeverGoBackwardsAcrossUpdates(String compiler, int callsPerRound) throws Exception {
        Path exe = compile(compiler);
        Counts n = new Counts();
        assertEquals(0, run(exe, true, n, "interleave", "interleave", "20000", "ticks"), output() + diag);
        String o = output();
        assertTrue(o.startsWith("interleave 20000 ok\nupdates "), o);
        long updates = Long.parseLong(o.substring(o.indexOf("updates ") + 8).trim());
        assertTrue(updates >= 3, "the loop ran across page updates: " + o);
        assertEquals(20000 * callsPerRound, n.servedClock.get() + n.gettimeofday.get() + n.time.get(),
                "one syscall per call and round (the others took the vDSO)");
    }

    @Test
    void glibcVdsoAndSyscallsInterleavedNeverGoBackwards() throws Exception {
        interleavedPathsNeverGoBackwardsAcrossUpdates("gcc", 9);
    }

    @Test
    void muslVdsoAndSyscallsInterleavedNeverGoBackwards() throws Exception {
        interleavedPathsNeverGoBackwardsAcrossUpdates("musl-gcc", 8); // musl's time() is not the vDSO's
    }

    void withoutVdsoLibcMakesTheSyscalls(String compiler) throws Exception {
        Path exe = compile(compiler);
        Counts n = new Counts();
        assertEquals(0, run(exe, false, n), output() + diag);
        String o = output();
        assertTrue(o.startsWith("vdso no\n"), o);
        assertTrue(o.endsWith("done 0\n"), o);
        assertTrue(n.servedClock.get() >= OWN_SYSCALLS + 7 * 200, "libc's clock_gettime made the syscall: " + n.servedClock);
        Counts loop = new Counts();
        out.reset();
        assertEquals(0, run(exe, false, loop, "loop", "loop", "1000"), output() + diag);
        assertEquals(1000, loop.servedClock.get());
    }

    @Test
    void glibcWithoutVdsoMakesTheSyscalls() throws Exception {
        withoutVdsoLibcMakesTheSyscalls("gcc");
    }

    @Test
    void muslWithoutVdsoMakesTheSyscalls() throws Exception {
        withoutVdsoLibcMakesTheSyscalls("musl-gcc");
    }

    @Test
    void auxvAnnouncesTheVdsoFirst() throws Exception {
        ElfFile f = ElfFile.parse("/bin/prog", ElfFileTest.minimal());
        try (AddressSpace m = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            ElfLoader.Image img = ElfLoader.load(m, f);
            TimePage page = Vdso.install(m);
            try {
                long sp = InitialStack.build(m, img, List.of("p"), List.of(), "p", new byte[16], HostIdentity.get(),
                        page.vdsoBase());
                long auxv = sp + 8 * 4; // argc, argv[0], NULL, envp NULL
                // x86-64 ARCH_DLINFO: AT_SYSINFO_EHDR, then AT_MINSIGSTKSZ, before the generic entries.
                assertEquals(InitialStack.AT_SYSINFO_EHDR, m.read64(auxv));
                assertEquals(page.vdsoBase(), m.read64(auxv + 8));
                assertEquals(InitialStack.AT_MINSIGSTKSZ, m.read64(auxv + 16));
                assertEquals(0x464c457f, m.read32(page.vdsoBase()));
                assertEquals(page.vdsoBase() - 4096, page.address());
                assertTrue(page.vdsoBase() < m.layout().mmapTop() && page.vdsoBase() > img.brk());
            } finally {
                Vdso.release(m);
            }
        }
    }

    @Test
    void tscIsTheMonotonicClockTheVdsoAssumes() {
        // Vdso.install relies on this: ring3's TSC is CLOCK_MONOTONIC at 1 GHz (System.nanoTime, or
        // the host TSC steered to within nanoseconds of it).
        assertEquals(1_000_000_000L, SystemOps.TSC_HZ);
        long a = System.nanoTime();
        long t = SystemOps.tsc();
        long b = System.nanoTime();
        assertTrue(a - 1_000_000L <= t && t <= b + 1_000_000L, a + " " + t + " " + b);
    }
}
