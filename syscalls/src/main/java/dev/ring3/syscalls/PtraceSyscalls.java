package dev.ring3.syscalls;

import dev.ring3.semgen.Semantics;

/**
 * ptrace(2) as a process that no debugger watches sees it: PTRACE_TRACEME succeeds once (the parent
 * becomes the tracer: a second call is EPERM), attaching to others is EPERM, and requests on a
 * tracee ring3 does not have are ESRCH. ring3 traces nothing itself, so programs that test for a
 * debugger this way find none; the audit reports the check.
 */
@Semantics(SyscallHandler.class)
public final class PtraceSyscalls {
    public static final int PTRACE_TRACEME = 0, PTRACE_ATTACH = 16, PTRACE_SEIZE = 0x4206;

    private PtraceSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(101, "ptrace", "int,int,addr,addr", PtraceSyscallsSem.ptrace);
    }

    static long ptrace(Task k, long a, long b, long c, long d, long e, long f) {
        return ptrace(k.process, a, b);
    }

    public static long ptrace(LinuxProcess p, long request, long pid) {
        switch ((int) request) {
            case PTRACE_TRACEME:
                synchronized (p) {
                    if (p.ptraced) {
                        return -Errno.EPERM;
                    }
                    p.ptraced = true;
                }
                return 0;
            case PTRACE_ATTACH:
            case PTRACE_SEIZE:
                return -Errno.EPERM;
            default:
                return -Errno.ESRCH;
        }
    }
}
