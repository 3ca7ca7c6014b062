package dev.ring3.syscalls.trace;

import dev.ring3.mmu.AddressSpace;

/**
 * Process-call arguments as strace decodes them: clone's arguments in strace's order, clone3's
 * struct clone_args, execve's argv and envp, wait statuses and waitid's siginfo (x86-64 Linux
 * layouts; every method may raise GuestFault, which the caller turns into the bare address).
 */
final class ProcessFormat {
    private static final long CSIGNAL = 0xFF;
    private static final long CLONE_PIDFD = 0x1000, CLONE_SETTLS = 0x80000, CLONE_PARENT_SETTID = 0x100000,
            CLONE_CHILD_CLEARTID = 0x200000, CLONE_CHILD_SETTID = 0x1000000, CLONE_INTO_CGROUP = 0x200000000L;
    /** Most elements of an argv array shown; strace stops there too. */
    private static final int ARGV_MAX = 1 << 16;

    static final FlagTable CLONE = FlagTable.of("CLONE_", 0x100, "CLONE_VM", 0x200, "CLONE_FS", 0x400, "CLONE_FILES",
            0x800, "CLONE_SIGHAND", 0x1000, "CLONE_PIDFD", 0x2000, "CLONE_PTRACE", 0x4000, "CLONE_VFORK",
            0x8000, "CLONE_PARENT", 0x10000, "CLONE_THREAD", 0x20000, "CLONE_NEWNS", 0x40000, "CLONE_SYSVSEM",
            0x80000, "CLONE_SETTLS", 0x100000, "CLONE_PARENT_SETTID", 0x200000, "CLONE_CHILD_CLEARTID",
            0x800000, "CLONE_UNTRACED", 0x1000000, "CLONE_CHILD_SETTID",
            0x2000000, "CLONE_NEWCGROUP", 0x4000000, "CLONE_NEWUTS", 0x8000000, "CLONE_NEWIPC",
            0x10000000, "CLONE_NEWUSER", 0x20000000, "CLONE_NEWPID", 0x40000000, "CLONE_NEWNET",
            0x80000000L, "CLONE_IO", 0x100000000L, "CLONE_CLEAR_SIGHAND", 0x200000000L, "CLONE_INTO_CGROUP",
            0x400000000L, "CLONE_NEWTIME");
    static final FlagTable WAIT = FlagTable.of("W", 1, "WNOHANG", 2, "WUNTRACED", 4, "WEXITED", 8, "WCONTINUED",
            0x1000000, "WNOWAIT", 0x20000000, "__WNOTHREAD", 0x40000000, "__WALL", 0x80000000L, "__WCLONE");
    static final FlagTable WAITID = FlagTable.of("W", 1, "WNOHANG", 2, "WSTOPPED", 4, "WEXITED", 8, "WCONTINUED",
            0x1000000, "WNOWAIT", 0x20000000, "__WNOTHREAD", 0x40000000, "__WALL", 0x80000000L, "__WCLONE");
    static final FlagTable IDTYPE = FlagTable.of("P_", 0, "P_ALL", 1, "P_PID", 2, "P_PGID", 3, "P_PIDFD");
    static final FlagTable CLD = FlagTable.of("CLD_", 1, "CLD_EXITED", 2, "CLD_KILLED", 3, "CLD_DUMPED",
            4, "CLD_TRAPPED", 5, "CLD_STOPPED", 6, "CLD_CONTINUED");

    private ProcessFormat() {}

    /** clone(flags, stack, parent_tid, child_tid, tls) as strace prints it, after the call. */
    static void clone(StringBuilder sb, Call c) {
        long flags = c.a[0];
        sb.append("child_stack=");
        ArgFormat.address(sb, c.a[1]);
        sb.append(", flags=");
        cloneFlags(sb, flags);
        if ((flags & (CLONE_PARENT_SETTID | CLONE_PIDFD)) != 0) {
            sb.append((flags & CLONE_PARENT_SETTID) != 0 ? ", parent_tid=" : ", pidfd=");
            tidAfter(sb, c, c.a[2]);
        }
        if ((flags & CLONE_SETTLS) != 0) {
            sb.append(", tls=");
            ArgFormat.address(sb, c.a[4]);
        }
        if ((flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) != 0) {
            sb.append(", child_tidptr=");
            ArgFormat.address(sb, c.a[3]);
        }
    }

    /** clone's flag word: CLONE_* names, then the exit signal (CLONE_CHILD_SETTID|SIGCHLD). */
    private static void cloneFlags(StringBuilder sb, long flags) {
        long named = flags & ~CSIGNAL;
        int sig = (int) (flags & CSIGNAL);
        if (named != 0) {
            CLONE.flags(sb, named);
        }
        if (sig != 0) {
            if (named != 0) {
                sb.append('|');
            }
            ArgFormat.signal(sb, sig);
        }
        if (flags == 0) {
            sb.append('0');
        }
    }

    /** [tid] the kernel stored, or the address when the call failed. */
    private static void tidAfter(StringBuilder sb, Call c, long a) {
        if (c.failed || a == 0) {
            ArgFormat.address(sb, a);
        } else {
            sb.append('[').append(c.mem.read32(a) & 0xFFFFFFFFL).append(']');
        }
    }

    /** struct clone_args (include/uapi/linux/sched.h): the fields strace shows for the flags set. */
    static void clone3(StringBuilder sb, AddressSpace m, long a, long size, int limit) {
        if (a == 0) {
            sb.append("NULL");
            return;
        }
        if (size < 64) {
            ArgFormat.address(sb, a);
            return;
        }
        long flags = m.read64(a);
        sb.append("{flags=");
        CLONE.flags(sb, flags);
        if ((flags & CLONE_PIDFD) != 0) {
            sb.append(", pidfd=");
            ArgFormat.address(sb, m.read64(a + 8));
        }
        if ((flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) != 0) {
            sb.append(", child_tid=");
            ArgFormat.address(sb, m.read64(a + 16));
        }
        if ((flags & CLONE_PARENT_SETTID) != 0) {
            sb.append(", parent_tid=");
            ArgFormat.address(sb, m.read64(a + 24));
        }
        sb.append(", exit_signal=");
        ArgFormat.signal(sb, m.read64(a + 32));
        sb.append(", stack=");
        ArgFormat.address(sb, m.read64(a + 40));
        sb.append(", stack_size=");
        ArgFormat.hex(sb, m.read64(a + 48));
        if ((flags & CLONE_SETTLS) != 0) {
            sb.append(", tls=");
            ArgFormat.address(sb, m.read64(a + 56));
        }
        if (size >= 80 && m.read64(a + 72) != 0) {
            sb.append(", set_tid=");
            ArgFormat.address(sb, m.read64(a + 64));
            sb.append(", set_tid_size=").append(m.read64(a + 72));
        }
        if (size >= 88 && (flags & CLONE_INTO_CGROUP) != 0) {
            sb.append(", cgroup=").append(m.read64(a + 80));
        }
        if (size > 88) {
            // A struct larger than strace knows: the bytes past it, up to a page, unless all zero.
            long end = Math.min(size, 4096);
            byte[] tail = new byte[(int) (end - 88)];
            try {
                m.read(a + 88, tail, 0, tail.length);
                boolean zero = true;
                for (byte b : tail) {
                    zero &= b == 0;
                }
                if (zero) {
                    sb.append('}');
                    return;
                }
                sb.append(", /* bytes 88..").append(end - 1).append(" */ ");
                QuotedString.quote(sb, tail, Math.min(tail.length, limit), true);
                if (tail.length > limit) {
                    sb.append("...");
                }
            } catch (dev.ring3.mmu.GuestFault f) {
                sb.append(", ???");
            }
        }
        sb.append('}');
    }

    /**
     * What strace adds to clone3's struct once the call succeeded: the pidfd CLONE_PIDFD stored
     * and the parent's copy of the new tid, " => {pidfd=[3], parent_tid=[N]}".
     */
    static void clone3Result(StringBuilder sb, AddressSpace m, long a, long size) {
        if (clone3HasResult(m, a, size)) {
            long flags = m.read64(a);
            sb.append(" => {");
            if ((flags & CLONE_PIDFD) != 0) {
                sb.append("pidfd=[").append(m.read32(m.read64(a + 8))).append(']');
            }
            if ((flags & CLONE_PARENT_SETTID) != 0) {
                sb.append((flags & CLONE_PIDFD) != 0 ? ", " : "").append("parent_tid=[")
                        .append(m.read32(m.read64(a + 24)) & 0xFFFFFFFFL).append(']');
            }
            sb.append('}');
        }
    }

    /** Whether clone3's struct gets a " => {...}" part after the call (CLONE_PIDFD, CLONE_PARENT_SETTID). */
    static boolean clone3HasResult(AddressSpace m, long a, long size) {
        try {
            return a != 0 && size >= 64 && (m.read64(a) & (CLONE_PIDFD | CLONE_PARENT_SETTID)) != 0;
        } catch (dev.ring3.mmu.GuestFault f) {
            return false;
        }
    }

    /** execve's argv: ["prog", "arg"], each string and the count cut at the -s limit. */
    static void argv(StringBuilder sb, AddressSpace m, long a, int limit) {
        if (a == 0) {
            sb.append("NULL");
            return;
        }
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < ARGV_MAX; i++) {
            long s = m.read64(a + 8L * i);
            if (s == 0) {
                break;
            }
            if (i > 0) {
                items.append(", ");
            }
            if (i >= limit) {
                items.append("...");
                break;
            }
            QuotedString.cString(items, m, s, limit);
        }
        sb.append(items).append(']');
    }

    /** execve's envp: the address and a count, as strace prints it without -v. */
    static void envp(StringBuilder sb, AddressSpace m, long a) {
        ArgFormat.address(sb, a);
        if (a == 0) {
            return;
        }
        int n = 0;
        while (n < ARGV_MAX && m.read64(a + 8L * n) != 0) {
            n++;
        }
        sb.append(" /* ").append(n).append(n == 1 ? " var" : " vars").append(" */");
    }

    /** A wait status as strace's printstatus: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}]. */
    static void status(StringBuilder sb, int s) {
        sb.append('[');
        if ((s & 0xff) == 0x7f) {
            sb.append("{WIFSTOPPED(s) && WSTOPSIG(s) == ");
            ArgFormat.signal(sb, (s >> 8) & 0xff);
            sb.append('}');
        } else if (s == 0xffff) {
            sb.append("{WIFCONTINUED(s)}");
        } else if ((s & 0x7f) != 0) {
            sb.append("{WIFSIGNALED(s) && WTERMSIG(s) == ");
            ArgFormat.signal(sb, s & 0x7f);
            if ((s & 0x80) != 0) {
                sb.append(" && WCOREDUMP(s)");
            }
            sb.append('}');
        } else {
            sb.append("{WIFEXITED(s) && WEXITSTATUS(s) == ").append((s >> 8) & 0xff).append('}');
        }
        if ((s & 0xffff0000) != 0) {
            sb.append(" | 0x").append(Integer.toHexString(s & 0xffff0000));
        }
        sb.append(']');
    }

    /** waitid's siginfo: {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=1, si_uid=0, si_status=0, ...}, or {}. */
    static void waitSiginfo(StringBuilder sb, AddressSpace m, long a) {
        int signo = m.read32(a);
        if (signo == 0) {
            sb.append("{}");
            return;
        }
        int code = m.read32(a + 8);
        sb.append("{si_signo=");
        ArgFormat.signal(sb, signo);
        sb.append(", si_code=");
        CLD.value(sb, code);
        childInfo(sb, m.read32(a + 16), m.read32(a + 20), code, m.read32(a + 24), m.read64(a + 32), m.read64(a + 40));
        sb.append('}');
    }

    /** The SIGCHLD fields of a siginfo: ", si_pid=1, si_uid=0, si_status=0, si_utime=0, si_stime=0". */
    static void childInfo(StringBuilder sb, int pid, int uid, int code, int status, long utime, long stime) {
        sb.append(", si_pid=").append(pid).append(", si_uid=").append(uid & 0xFFFFFFFFL).append(", si_status=");
        if (code == 1) {
            sb.append(status);
        } else {
            ArgFormat.signal(sb, status);
        }
        sb.append(", si_utime=").append(utime).append(", si_stime=").append(stime);
    }
}
