package dev.ring3.syscalls.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.interp.Cpu;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import dev.ring3.syscalls.FdTable;
import dev.ring3.syscalls.LinuxProcess;
import dev.ring3.syscalls.SyscallObserver;
import dev.ring3.syscalls.SyscallTable;
import dev.ring3.syscalls.Task;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * strace -f's lines when threads' calls overlap, driven event by event, against what strace 6.1
 * printed on the host for epoll_ops and clone3_threads: a call another thread's line cuts into is
 * left "<unfinished ...>" and ends in "<... NAME resumed>", "[pid N] " while several tasks are
 * traced (the first thread's lines too), and strace's epoll_ctl/epoll_wait decoding.
 */
class StraceInterleavingTest {
    private static final long BASE = 0x10000;
    private final AddressSpace m = AddressSpace.create(AddressSpace.Kind.FLAT);
    private final LinuxProcess p = new LinuxProcess(100, m, new FdTable(), "/");
    private final Task main = new Task(new Cpu(m), p, 100);
    private final Task waiter = new Task(new Cpu(m), p, 101);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    /** Each guest thread's calls come from its own Java thread, as in a run (the observer keeps a call per thread). */
    private final Map<Task, ExecutorService> threads = new HashMap<>();

    @AfterEach
    void stopThreads() {
        threads.values().forEach(ExecutorService::shutdownNow);
    }

    private void on(Task t, Runnable r) {
        try {
            threads.computeIfAbsent(t, k -> Executors.newSingleThreadExecutor()).submit(r).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void entering(SyscallObserver o, Task t, long nr, long... a) {
        long[] x = java.util.Arrays.copyOf(a, 6);
        on(t, () -> o.entering(t, nr, x[0], x[1], x[2], x[3], x[4], x[5]));
    }

    private void completed(SyscallObserver o, Task t, long nr, long result, long... a) {
        long[] x = java.util.Arrays.copyOf(a, 6);
        on(t, () -> o.completed(t, nr, x[0], x[1], x[2], x[3], x[4], x[5], result));
    }

    StraceInterleavingTest() {
        m.map(BASE, 0x10000, Prot.READ | Prot.WRITE, "");
    }

    private StraceObserver observer(boolean toFile) {
        TraceOptions o = new TraceOptions();
        o.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        o.followForks = true;
        o.toFile = toFile;
        StraceObserver s = new StraceObserver(SyscallTable.get(), o);
        s.started(main, "/prog", List.of("/prog"), 0, BASE);
        return s;
    }

    private String[] lines() {
        return bytes.toString(StandardCharsets.UTF_8).split("\n");
    }

    private void call(SyscallObserver o, Task t, long nr, long result, long... a) {
        entering(o, t, nr, a);
        completed(o, t, nr, result, a);
    }

    /** clone3 of a thread, its struct at BASE + 0x100 with parent_tid pointing at BASE + 0x80. */
    private void clone3(SyscallObserver o) {
        long a = BASE + 0x100;
        m.write64(a, 0x3d0f00); // CLONE_VM|CLONE_FS|...|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID
        m.write64(a + 16, BASE + 0x80);
        m.write64(a + 24, BASE + 0x80);
        m.write64(a + 40, 0x7000);
        m.write64(a + 48, 0x1000);
        m.write64(a + 56, 0x9000);
        m.write32(BASE + 0x80, 101);
        call(o, main, 435, 101, a, 88);
    }

    @Test
    void aBlockedCallCutByAnotherThreadEndsResumed() {
        StraceObserver o = observer(false);
        clone3(o);
        long ev = BASE + 0x200;
        entering(o, waiter, 232, 5, ev, 1, -1); // epoll_wait blocks
        m.write(BASE + 0x300, new byte[] {'w'}, 0, 1);
        call(o, main, 1, 1, 4, BASE + 0x300, 1);
        m.write32(ev, 1);
        m.write64(ev + 4, 70);
        completed(o, waiter, 232, 1, 5, ev, 1, -1);
        on(waiter, () -> o.threadExited(waiter, 0, 0));
        call(o, main, 1, 1, 4, BASE + 0x300, 1);
        String[] l = lines();
        assertEquals("clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS"
                + "|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, child_tid=0x10080, parent_tid=0x10080, exit_signal=0,"
                + " stack=0x7000, stack_size=0x1000, tls=0x9000} => {parent_tid=[101]}, 88) = 101", l[1]);
        assertEquals("[pid   101] epoll_wait(5,  <unfinished ...>", l[2]);
        assertEquals("[pid   100] write(4, \"w\", 1)            = 1", l[3]);
        assertEquals("[pid   101] <... epoll_wait resumed>[{events=EPOLLIN, data={u32=70, u64=70}}], 1, -1) = 1", l[4]);
        assertEquals("[pid   101] +++ exited with 0 +++", l[5]);
        assertEquals("write(4, \"w\", 1)                        = 1", l[6], "one task left: no prefix");
    }

    @Test
    void toAFileEveryLineStartsWithThePid() {
        StraceObserver o = observer(true);
        long a = BASE + 0x100;
        m.write64(a, 0x4100); // CLONE_VM|CLONE_VFORK: no parent_tid, strace prints all of clone3 at entry
        m.write64(a + 32, 17);
        m.write64(a + 40, 0x7000);
        m.write64(a + 48, 0x10000);
        entering(o, main, 435, a, 88);
        Task child = new Task(new Cpu(m), p, 102);
        call(o, child, 60, SyscallObserver.NO_RETURN, 7);
        completed(o, main, 435, 102, a, 88);
        String[] l = lines();
        assertEquals("100   clone3({flags=CLONE_VM|CLONE_VFORK, exit_signal=SIGCHLD, stack=0x7000, stack_size=0x10000}, 88"
                + " <unfinished ...>", l[1]);
        assertEquals("102   exit(7)                           = ?", l[2]);
        assertEquals("100   <... clone3 resumed>)             = 102", l[3]);
    }

    @Test
    void epollArgumentsAsStraceDecodesThem() {
        StraceObserver o = observer(false);
        long ev = BASE + 0x200;
        m.write32(ev, 0x80002001); // EPOLLIN|EPOLLRDHUP|EPOLLET
        m.write64(ev + 4, 62);
        call(o, main, 233, 0, 3, 1, 6, ev);
        call(o, main, 233, 0, 3, 2, 4, ev);
        call(o, main, 233, -22, 3, 7, 4, ev);
        m.write32(ev, 0x4000);
        m.write64(ev + 4, -1);
        call(o, main, 233, 0, 3, 3, 5, ev);
        call(o, main, 291, -22, 0x800);
        call(o, main, 291, 4, 02000000);
        m.write32(ev, 4);
        m.write64(ev + 4, 11);
        m.write32(ev + 12, 1);
        m.write64(ev + 16, 10);
        call(o, main, 232, 2, 5, ev, 8, 0);
        call(o, main, 232, 0, 5, ev, 8, 0);
        m.write64(BASE + 0x400, 1L << 9); // [USR1]
        call(o, main, 281, -4, 3, ev, 1, -1, BASE + 0x400, 8);
        call(o, main, 281, 0, 3, ev, 1, 0, BASE + 0x400, 8);
        m.write64(BASE + 0x500, 0);
        m.write64(BASE + 0x508, 1000000);
        call(o, main, 441, 0, 3, ev, 1, BASE + 0x500, 0, 8);
        String[] l = lines();
        assertEquals("epoll_ctl(3, EPOLL_CTL_ADD, 6, {events=EPOLLIN|EPOLLRDHUP|EPOLLET, data={u32=62, u64=62}}) = 0", l[1]);
        assertEquals("epoll_ctl(3, EPOLL_CTL_DEL, 4, 0x10200) = 0", l[2]);
        assertEquals("epoll_ctl(3, 0x7 /* EPOLL_CTL_??? */, 4, {events=EPOLLIN|EPOLLRDHUP|EPOLLET, data={u32=62, u64=62}})"
                + " = -1 EINVAL (Invalid argument)", l[3]);
        assertEquals("epoll_ctl(3, EPOLL_CTL_MOD, 5, {events=0x4000 /* EPOLL??? */, data={u32=4294967295,"
                + " u64=18446744073709551615}}) = 0", l[4]);
        assertEquals("epoll_create1(0x800 /* EPOLL_??? */)    = -1 EINVAL (Invalid argument)", l[5]);
        assertEquals("epoll_create1(EPOLL_CLOEXEC)            = 4", l[6]);
        assertEquals("epoll_wait(5, [{events=EPOLLOUT, data={u32=11, u64=11}}, {events=EPOLLIN, data={u32=10, u64=10}}],"
                + " 8, 0) = 2", l[7]);
        assertEquals("epoll_wait(5, [], 8, 0)                 = 0", l[8]);
        assertEquals("epoll_pwait(3, 0x10200, 1, -1, 0x10400, 8) = -1 EINTR (Interrupted system call)", l[9]);
        assertEquals("epoll_pwait(3, [], 1, 0, [USR1], 8)     = 0", l[10]);
        assertEquals("epoll_pwait2(3, [], 1, {tv_sec=0, tv_nsec=1000000}, NULL, 8) = 0", l[11]);
    }
}
