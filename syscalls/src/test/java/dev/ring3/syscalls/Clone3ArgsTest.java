package dev.ring3.syscalls;

import static dev.ring3.syscalls.CloneSyscalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.interp.Cpu;
import org.junit.jupiter.api.Test;

/**
 * clone3's struct clone_args checks (kernel/fork.c copy_clone_args_from_user, clone3_args_valid),
 * which come before any task is made. A valid request reaches the shared clone path, which answers
 * ENOSYS for a process built alone by a test (no process table to add to).
 */
class Clone3ArgsTest extends GuestFixtureTest {
    private static final long THREAD = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD
            | CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;

    private long clone3(long size, long... fields) {
        long a = g.alloc(Math.max(size, 128));
        for (int i = 0; i < fields.length; i++) {
            g.mem.write64(a + 8L * i, fields[i]);
        }
        Task t = new Task(new Cpu(g.mem), g.p, g.p.pid);
        return GuestFixture.call(() -> CloneSyscalls.clone3(t, a, size));
    }

    @Test
    void sizeIsCheckedFirst() {
        assertEquals(-Errno.E2BIG, clone3(4097));
        assertEquals(-Errno.EINVAL, clone3(63));
        assertEquals(-Errno.EINVAL, clone3(0));
    }

    @Test
    void aLargerStructNeedsAZeroTail() {
        assertEquals(-Errno.ENOSYS, clone3(96, 0, 0, 0, 0, Signals.SIGCHLD), "valid: reaches the clone path");
        assertEquals(-Errno.E2BIG, clone3(96, 0, 0, 0, 0, Signals.SIGCHLD, 0, 0, 0, 0, 0, 0, 7));
        assertEquals(-Errno.ENOSYS, clone3(64, 0, 0, 0, 0, Signals.SIGCHLD), "version 0 has no set_tid");
    }

    @Test
    void fieldChecks() {
        assertEquals(-Errno.EINVAL, clone3(88, 0, 0, 0, 0, 65), "exit_signal beyond _NSIG");
        assertEquals(-Errno.EINVAL, clone3(88, 0, 0, 0, 0, 0x100 | Signals.SIGCHLD), "exit_signal above CSIGNAL");
        assertEquals(-Errno.EINVAL, clone3(88, Signals.SIGCHLD), "CSIGNAL bits of flags are not for clone3");
        assertEquals(-Errno.EINVAL, clone3(88, CLONE_DETACHED));
        assertEquals(-Errno.EINVAL, clone3(88, 1L << 40), "unknown flag");
        assertEquals(-Errno.EINVAL, clone3(88, CLONE_SIGHAND | CLONE_VM | CLONE_CLEAR_SIGHAND));
        assertEquals(-Errno.EINVAL, clone3(88, THREAD, 0, 0, 0, Signals.SIGCHLD, 0x1000, 0x1000), "a thread has no exit signal");
        assertEquals(-Errno.EINVAL, clone3(88, 0, 0, 0, 0, Signals.SIGCHLD, 0x1000, 0), "a stack needs its size");
        assertEquals(-Errno.EINVAL, clone3(88, 0, 0, 0, 0, Signals.SIGCHLD, 0, 0x1000), "a size needs its stack");
        assertEquals(-Errno.EINVAL, clone3(88, CLONE_INTO_CGROUP, 0, 0, 0, Signals.SIGCHLD, 0, 0, 0, 0, 0, 1L << 32));
    }

    @Test
    void setTidNeedsACapabilityTheGuestLacks() {
        long tids = g.alloc(8);
        g.mem.write32(tids, 5000);
        assertEquals(-Errno.EPERM, clone3(88, 0, 0, 0, 0, Signals.SIGCHLD, 0, 0, 0, tids, 1));
        assertEquals(-Errno.EINVAL, clone3(88, 0, 0, 0, 0, Signals.SIGCHLD, 0, 0, 0, tids, 2), "more levels than the namespace");
        assertEquals(-Errno.EINVAL, clone3(88, 0, 0, 0, 0, Signals.SIGCHLD, 0, 0, 0, 0, 1), "set_tid_size without set_tid");
        assertEquals(-Errno.EINVAL, clone3(88, 0, 0, 0, 0, Signals.SIGCHLD, 0, 0, 0, tids, 0), "set_tid without a size");
        assertEquals(-Errno.EINVAL, clone3(88, 0, 0, 0, 0, Signals.SIGCHLD, 0, 0, 0, tids, 33));
        assertEquals(-Errno.EFAULT, clone3(88, 0, 0, 0, 0, Signals.SIGCHLD, 0, 0, 0, GuestFixture.BAD, 1));
        g.mem.write32(tids, 0);
        assertEquals(-Errno.EINVAL, clone3(88, 0, 0, 0, 0, Signals.SIGCHLD, 0, 0, 0, tids, 1), "pid 0");
    }
}
