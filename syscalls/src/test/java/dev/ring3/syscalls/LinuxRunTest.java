package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.AddressSpace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole programs through {@link Linux#run} on the interpreter: exit statuses, output, death lines. */
class LinuxRunTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final ByteArrayOutputStream diag = new ByteArrayOutputStream();

    AddressSpace.Kind memory = AddressSpace.Kind.FLAT;

    int run(Path exe, String... args) {
        Linux.Config c = new Linux.Config();
        c.memory = memory;
        c.executable = exe.toString();
        c.argv = args.length == 0 ? List.of(exe.toString()) : List.of(args);
        c.env = List.of("HOME=/nowhere", "LANG=C");
        c.stdin = Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0]));
        c.stdout = Channels.newChannel(out);
        c.stderr = Channels.newChannel(err);
        c.diagnostics = new PrintStream(diag, true, StandardCharsets.UTF_8);
        c.cwd = dir.toString();
        return Linux.run(c);
    }

    String diag() {
        return diag.toString(StandardCharsets.UTF_8);
    }

    @Test
    void syntheticExitZero() throws IOException {
        Path p = dir.resolve("exit0");
        Files.write(p, ElfFileTest.minimal());
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(0, run(p), diag());
        assertEquals("", diag());
    }

    Path synthetic(byte[] code) throws IOException {
        Path p = dir.resolve("synthetic");
        Files.write(p, ElfFileTest.withCode(code));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    /** mov eax, nr; syscall; mov edi, eax; neg edi; mov eax, 60; syscall: exits with -result. */
    static byte[] callThenExitWithMinusResult(int nr) {
        return new byte[] {(byte) 0xb8, (byte) nr, (byte) (nr >> 8), 0, 0, 0x0f, 0x05, (byte) 0x89, (byte) 0xc7,
            (byte) 0xf7, (byte) 0xdf, (byte) 0xb8, 60, 0, 0, 0, 0x0f, 0x05};
    }

    @Test
    void unimplementedSyscallIsNotedOnceAndReturnsEnosys() throws IOException {
        Path p = synthetic(callThenExitWithMinusResult(335));
        assertEquals(Errno.ENOSYS, run(p));
        assertEquals("ring3: unimplemented syscall 335 (no such syscall)\n", diag());
    }

    @Test
    void observerSeesEveryCall() throws IOException {
        Path p = synthetic(callThenExitWithMinusResult(39));
        Linux.Config c = new Linux.Config();
        c.executable = p.toString();
        c.diagnostics = new PrintStream(diag, true, StandardCharsets.UTF_8);
        StringBuilder seen = new StringBuilder();
        c.observer = (t, nr, a0, a1, a2, a3, a4, a5, result) -> seen.append(nr).append(' ');
        assertEquals((-ProcessHandle.current().pid()) & 0xFF, Linux.run(c));
        assertEquals("39 60 ", seen.toString());
    }

    @Test
    void traceLinesLookLikeStrace() throws Exception {
        Path exe = TestTasks.compile(dir, "tr", "#include <unistd.h>\nint main(){write(1,\"hi\\n\",3);"
                + "return access(\"/no/such\",0)==0;}", "musl-gcc", "-static");
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        Linux.Config c = new Linux.Config();
        c.executable = exe.toString();
        c.stdout = Channels.newChannel(out);
        c.diagnostics = new PrintStream(diag, true, StandardCharsets.UTF_8);
        c.observer = dev.ring3.syscalls.trace.StraceObserver.to(new PrintStream(trace, true, StandardCharsets.UTF_8));
        assertEquals(0, Linux.run(c), diag());
        String lines = trace.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains("write(1, \"hi\\n\", 3)                     = 3\n"), lines);
        assertTrue(lines.contains("access(\"/no/such\", F_OK)                = -1 ENOENT (No such file or directory)\n"), lines);
        assertTrue(lines.endsWith("exit_group(0)                           = ?\n+++ exited with 0 +++\n"), lines);
        assertEquals("hi\n", out.toString(StandardCharsets.UTF_8), "tracing changes nothing");
    }

    @Test
    void engineBugIsOneLineAndStatus70() throws IOException {
        Path p = synthetic(new byte[] {(byte) 0x90});
        Linux.Config c = new Linux.Config();
        c.executable = p.toString();
        c.diagnostics = new PrintStream(diag, true, StandardCharsets.UTF_8);
        c.engine = () -> cpu -> {
            throw new IllegalStateException("boom");
        };
        assertEquals(Linux.INTERNAL_ERROR, Linux.run(c));
        assertTrue(diag().startsWith("ring3: internal error: IllegalStateException: boom at rip 0x400100"), diag());
        assertEquals(1, diag().lines().count());
    }

    @Test
    void muslHelloWorld() throws Exception {
        Path exe = TestTasks.compile(dir, "hello", "#include <stdio.h>\nint main(int c,char**v){printf(\"hi %d %s\\n\",c,v[1]);return 3;}",
                "musl-gcc", "-static");
        assertEquals(3, run(exe, "hello", "arg"), diag());
        assertEquals("hi 2 arg\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pagedMemoryRunsSignalHandlersToo() throws Exception {
        memory = AddressSpace.Kind.PAGED;
        segvHandlerRunsAndCanLongjmpOut();
    }

    @Test
    void glibcHelloWorld() throws Exception {
        Path exe = TestTasks.compile(dir, "hello", "#include <stdio.h>\nint main(){puts(\"hello\");return 0;}", "gcc", "-static");
        assertEquals(0, run(exe), diag());
        assertEquals("hello\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void nullDereferenceIsSegmentationFault() throws Exception {
        Path exe = TestTasks.compile(dir, "segv", "#include <stdio.h>\nint main(){printf(\"before\\n\");fflush(stdout);"
                + "return *(volatile int*)0;}", "musl-gcc", "-static");
        assertEquals(139, run(exe), diag());
        assertEquals("before\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(diag().startsWith("Segmentation fault (SIGSEGV at address 0x0 (read, not mapped), rip 0x"), diag());
    }

    @Test
    void abortIsAborted() throws Exception {
        Path exe = TestTasks.compile(dir, "abrt", "#include <stdlib.h>\nint main(){abort();}", "musl-gcc", "-static");
        assertEquals(134, run(exe), diag());
        assertTrue(diag().startsWith("Aborted (SIGABRT"), diag());
    }

    @Test
    void segvHandlerRunsAndCanLongjmpOut() throws Exception {
        String src = "#include <signal.h>\n#include <setjmp.h>\n#include <stdio.h>\n#include <string.h>\n"
                + "static sigjmp_buf jb; static volatile void *addr; static volatile int code;\n"
                + "static void h(int s, siginfo_t *si, void *uc){ addr = si->si_addr; code = si->si_code; siglongjmp(jb, 1); }\n"
                + "int main(){ struct sigaction sa; memset(&sa,0,sizeof sa); sa.sa_sigaction=h; sa.sa_flags=SA_SIGINFO;\n"
                + " sigaction(SIGSEGV,&sa,0);\n"
                + " if (!sigsetjmp(jb,1)) { *(volatile int*)0x1234 = 1; }\n"
                + " printf(\"caught %p code %d\\n\", (void*)addr, code); return 0; }\n";
        Path exe = TestTasks.compile(dir, "segvh", src, "musl-gcc", "-static");
        assertEquals(0, run(exe), diag());
        assertEquals("caught 0x1234 code 1\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void handlerReturnsThroughSigreturn() throws Exception {
        String src = "#include <signal.h>\n#include <stdio.h>\n"
                + "static volatile int n;\nstatic void h(int s){ n += s; }\n"
                + "int main(){ signal(SIGUSR1, h); raise(SIGUSR1); raise(SIGUSR1); printf(\"%d\\n\", n); return 0; }\n";
        Path exe = TestTasks.compile(dir, "usr1", src, "musl-gcc", "-static");
        assertEquals(0, run(exe), diag());
        assertEquals("20\n", out.toString(StandardCharsets.UTF_8));
    }
}
