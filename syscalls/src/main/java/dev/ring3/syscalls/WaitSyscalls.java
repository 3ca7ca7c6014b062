package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;

/**
 * wait4 and waitid (kernel/exit.c do_wait): finds an ended child that matches, reaps it and reports
 * its status; blocks on the process table until one ends unless WNOHANG. There is no job control,
 * so WUNTRACED and WCONTINUED are accepted and never report anything.
 */
@Semantics(SyscallHandler.class)
public final class WaitSyscalls {
    public static final int WNOHANG = 1, WUNTRACED = 2, WSTOPPED = 2, WEXITED = 4, WCONTINUED = 8,
            WNOWAIT = 0x01000000;
    public static final int WNOTHREAD = 0x20000000, WALL = 0x40000000, WCLONE = 0x80000000;
    public static final int P_ALL = 0, P_PID = 1, P_PGID = 2, P_PIDFD = 3;
    /** sizeof(struct rusage): 2 timevals and 14 longs. */
    static final int RUSAGE_SIZE = 144;

    private WaitSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(61, "wait4", "int,wait_status,wait_options,rusage_out", WaitSyscallsSem.wait4);
        t.row(247, "waitid", "idtype,int,siginfo_out,wait_options,rusage_out", WaitSyscallsSem.waitid);
    }

    public static long wait4(Task k, long pid, long status, long options, long rusage, long a4, long a5) {
        if ((options & ~(long) (WNOHANG | WUNTRACED | WCONTINUED | WNOTHREAD | WALL | WCLONE)) != 0) {
            return -Errno.EINVAL;
        }
        int id = (int) pid;
        int kind = id < -1 ? P_PGID : id == -1 ? P_ALL : id == 0 ? P_PGID : P_PID;
        int which = id < -1 ? -id : id == 0 ? k.process.pgid : id;
        LinuxProcess c = find(k, kind, which, (int) options, true);
        if (c == null) {
            return 0; // WNOHANG and nothing ended
        }
        AddressSpace m = k.process.mem;
        if (status != 0) {
            m.write32(status, c.waitStatus());
        }
        if (rusage != 0) {
            m.fill(rusage, RUSAGE_SIZE, (byte) 0); // no accounting of guest CPU time (docs/quirks.md)
        }
        return c.pid;
    }

    public static long waitid(Task k, long idtype, long id, long infop, long options, long rusage, long a5) {
        if ((options & ~(long) (WNOHANG | WSTOPPED | WEXITED | WCONTINUED | WNOWAIT | WNOTHREAD | WALL | WCLONE)) != 0
                || (options & (WEXITED | WSTOPPED | WCONTINUED)) == 0) {
            return -Errno.EINVAL;
        }
        int kind = (int) idtype;
        int which = (int) id;
        boolean nonBlockingPidfd = false;
        if (kind == P_PGID && which == 0) {
            which = k.process.pgid;
        } else if ((kind != P_ALL && kind != P_PID && kind != P_PGID && kind != P_PIDFD) || (kind != P_ALL && which < 0)) {
            return -Errno.EINVAL;
        } else if (kind == P_PIDFD) {
            // The process the pidfd names; a nonblocking pidfd makes the wait WNOHANG, and finding
            // nothing then EAGAIN unless the caller asked for WNOHANG itself (kernel_waitid).
            PidFd pf = PidfdSyscalls.pidfd(k.process, which);
            kind = P_PID;
            which = pf.process.pid;
            nonBlockingPidfd = pf.nonBlocking();
        }
        int opts = (int) options | (nonBlockingPidfd ? WNOHANG : 0);
        LinuxProcess c = (options & WEXITED) != 0
                ? find(k, kind, which, opts, (options & WNOWAIT) == 0)
                : findNothing(k, kind, which, opts);
        if (c == null && nonBlockingPidfd && (options & WNOHANG) == 0) {
            return -Errno.EAGAIN;
        }
        AddressSpace m = k.process.mem;
        if (infop != 0) {
            // siginfo_t for SIGCHLD: si_signo, si_errno, si_code, then si_pid, si_uid, si_status.
            m.fill(infop, 32, (byte) 0);
            if (c != null) {
                m.write32(infop, Signals.SIGCHLD);
                int code = c.termSignal == 0 ? ProcessExit.CLD_EXITED
                        : (c.termSignal & 0x80) != 0 ? ProcessExit.CLD_DUMPED : ProcessExit.CLD_KILLED;
                m.write32(infop + 8, code);
                m.write32(infop + 16, c.pid);
                m.write32(infop + 20, c.ids.uid());
                m.write32(infop + 24, c.termSignal != 0 ? c.termSignal & 0x7F : c.exitStatus & 0xFF);
            }
        }
        if (rusage != 0) {
            m.fill(rusage, RUSAGE_SIZE, (byte) 0);
        }
        return 0;
    }

    /**
     * The first ended child that matches, reaped unless {@code !reap}; waits for one unless
     * WNOHANG (then null). ECHILD if no child matches at all.
     */
    private static LinuxProcess find(Task k, int kind, int which, int options, boolean reap) {
        ProcessTable tab = k.process.table;
        if (tab == null) {
            throw ErrnoException.of(Errno.ECHILD);
        }
        LinuxProcess me = k.process;
        synchronized (tab) {
            for (;;) {
                boolean any = false;
                for (LinuxProcess c : me.children) {
                    if (!matches(c, kind, which, options)) {
                        continue;
                    }
                    any = true;
                    if (c.zombie) {
                        if (reap) {
                            me.children.remove(c);
                            tab.remove(c);
                        }
                        return c;
                    }
                }
                if (!any) {
                    throw ErrnoException.of(Errno.ECHILD);
                }
                if ((options & WNOHANG) != 0) {
                    return null;
                }
                GuestWait.await(tab, -1); // ProcessTable.ended notifies; a signal ends the wait
            }
        }
    }

    /** waitid for stops or continues only: with no job control there is never one to report. */
    private static LinuxProcess findNothing(Task k, int kind, int which, int options) {
        ProcessTable tab = k.process.table;
        if (tab == null) {
            throw ErrnoException.of(Errno.ECHILD);
        }
        synchronized (tab) {
            boolean any = false;
            for (LinuxProcess c : k.process.children) {
                any |= matches(c, kind, which, options);
            }
            if (!any) {
                throw ErrnoException.of(Errno.ECHILD);
            }
            if ((options & WNOHANG) != 0) {
                return null;
            }
            for (;;) {
                GuestWait.await(tab, -1);
            }
        }
    }

    /** The selection of do_wait: by pid, group or any; "clone" children only with __WCLONE/__WALL. */
    private static boolean matches(LinuxProcess c, int kind, int which, int options) {
        if (kind == P_PID && c.pid != which || kind == P_PGID && c.pgid != which) {
            return false;
        }
        if ((options & WALL) != 0) {
            return true;
        }
        boolean cloneChild = c.exitSignal != Signals.SIGCHLD;
        return cloneChild == ((options & WCLONE) != 0);
    }
}
