package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import java.util.ArrayList;
import java.util.List;

/**
 * Priorities and scheduling policies: getpriority, setpriority and the sched_* calls
 * (kernel/sys.c, kernel/sched/syscalls.c). ring3 keeps each thread's nice value, policy and
 * static priority with the checks and answers of the kernel, inherited by new threads and
 * processes (SCHED_RESET_ON_FORK honoured), but does not apply them to the host thread
 * (docs/quirks.md). Also sched_rr_get_interval.
 */
@Semantics(SyscallHandler.class)
public final class SchedSyscalls {
    static final int PRIO_PROCESS = 0, PRIO_PGRP = 1, PRIO_USER = 2;
    static final int SCHED_OTHER = 0, SCHED_FIFO = 1, SCHED_RR = 2, SCHED_BATCH = 3, SCHED_IDLE = 5,
            SCHED_DEADLINE = 6, SCHED_EXT = 7;
    static final int SCHED_RESET_ON_FORK = 0x40000000;
    /** RR_TIMESLICE: 100 ms. */
    static final long RR_TIMESLICE_NS = 100_000_000L;

    private SchedSyscalls() {}

    static void register(SyscallTable t) {
        t.row(140, "getpriority", "priority_which,int", SchedSyscallsSem.getpriority);
        t.row(141, "setpriority", "priority_which,int,int", SchedSyscallsSem.setpriority);
        t.row(144, "sched_setscheduler", "int,sched_policy,sched_param_in", SchedSyscallsSem.schedSetscheduler);
        t.row(142, "sched_setparam", "int,sched_param_in", SchedSyscallsSem.schedSetparam);
        t.row(145, "sched_getscheduler", "int", SchedSyscallsSem.schedGetscheduler);
        t.row(143, "sched_getparam", "int,sched_param_out", SchedSyscallsSem.schedGetparam);
        t.row(146, "sched_get_priority_max", "sched_policy", SchedSyscallsSem.schedGetPriorityMax);
        t.row(147, "sched_get_priority_min", "sched_policy", SchedSyscallsSem.schedGetPriorityMin);
        t.row(148, "sched_rr_get_interval", "int,timespec_out", SchedSyscallsSem.schedRrGetInterval);
    }

    static long getpriority(Task k, long a, long b, long c, long d, long e, long f) {
        return getpriority(k, (int) a, (int) b);
    }

    static long setpriority(Task k, long a, long b, long c, long d, long e, long f) {
        return setpriority(k, (int) a, (int) b, (int) c);
    }

    static long schedSetscheduler(Task k, long a, long b, long c, long d, long e, long f) {
        return setscheduler(k, (int) a, (int) b, c, false);
    }

    static long schedSetparam(Task k, long a, long b, long c, long d, long e, long f) {
        return setscheduler(k, (int) a, -1, b, true);
    }

    static long schedGetscheduler(Task k, long a, long b, long c, long d, long e, long f) {
        Task x = target(k, (int) a);
        return x.schedPolicy | (x.schedResetOnFork ? SCHED_RESET_ON_FORK : 0);
    }

    static long schedGetparam(Task k, long a, long b, long c, long d, long e, long f) {
        if (b == 0) {
            return -Errno.EINVAL;
        }
        Task x = target(k, (int) a);
        k.process.mem.write32(b, x.schedPriority);
        return 0;
    }

    static long schedGetPriorityMax(Task k, long a, long b, long c, long d, long e, long f) {
        return priorityRange((int) a, true);
    }

    static long schedGetPriorityMin(Task k, long a, long b, long c, long d, long e, long f) {
        return priorityRange((int) a, false);
    }

    static long schedRrGetInterval(Task k, long a, long b, long c, long d, long e, long f) {
        Task x = target(k, (int) a);
        long ns = x.schedPolicy == SCHED_RR ? RR_TIMESLICE_NS : 0; // CFS: 0 when the CPU is not contended
        TimespecDescriptor.write(k.process.mem, b, ns / TimeSyscalls.NS, ns % TimeSyscalls.NS);
        return 0;
    }

    /** The thread {@code pid} names (0: the caller), ESRCH if none, EINVAL for a negative pid. */
    static Task target(Task k, int pid) {
        if (pid < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        if (pid == 0 || pid == k.tid) {
            return k;
        }
        Task t = k.process.table != null ? k.process.table.task(pid) : null;
        if (t == null) {
            throw ErrnoException.of(Errno.ESRCH);
        }
        return t;
    }

    /** The threads {@code which}/{@code who} name: one thread, a process group's, a user's (all of ring3's). */
    private static List<Task> targets(Task k, int which, int who) {
        List<Task> out = new ArrayList<>();
        switch (which) {
            case PRIO_PROCESS:
                if (who < 0) {
                    throw ErrnoException.of(Errno.ESRCH);
                }
                out.add(target(k, who));
                return out;
            case PRIO_PGRP:
            case PRIO_USER: {
                ProcessTable tab = k.process.table;
                List<LinuxProcess> ps;
                if (tab == null) {
                    ps = List.of(k.process);
                } else if (which == PRIO_PGRP) {
                    ps = tab.group(who == 0 ? k.process.pgid : who);
                } else {
                    int uid = who == 0 ? k.process.ids.uid() : who;
                    ps = uid == k.process.ids.uid() ? new ArrayList<>(tab.all()) : List.of();
                }
                for (LinuxProcess p : ps) {
                    synchronized (p) {
                        out.addAll(p.threads);
                    }
                }
                if (out.isEmpty() && which == PRIO_PGRP && who == 0) {
                    out.add(k);
                }
                return out;
            }
            default:
                throw ErrnoException.of(Errno.EINVAL);
        }
    }

    /** getpriority(2): the best (lowest) nice of the targets as 20 - nice, ESRCH if there are none. */
    static long getpriority(Task k, int which, int who) {
        List<Task> ts = targets(k, which, who);
        if (ts.isEmpty()) {
            return -Errno.ESRCH;
        }
        int best = Integer.MAX_VALUE;
        for (Task t : ts) {
            best = Math.min(best, t.nice);
        }
        return 20 - best;
    }

    /** setpriority(2): nice clamped to [-20, 19]; lowering it needs CAP_SYS_NICE (EACCES). */
    static long setpriority(Task k, int which, int who, int niceval) {
        List<Task> ts = targets(k, which, who);
        if (ts.isEmpty()) {
            return -Errno.ESRCH;
        }
        int nice = Math.max(-20, Math.min(19, niceval));
        boolean root = k.process.ids.euid() == 0;
        for (Task t : ts) {
            if (nice < t.nice && !root) {
                return -Errno.EACCES;
            }
            t.nice = nice;
        }
        return 0;
    }

    /** The policy's priority range: 1..99 for the real-time policies, 0 for the others, EINVAL if unknown. */
    static long priorityRange(int policy, boolean max) {
        switch (policy) {
            case SCHED_FIFO:
            case SCHED_RR:
                return max ? 99 : 1;
            case SCHED_OTHER:
            case SCHED_BATCH:
            case SCHED_IDLE:
            case SCHED_DEADLINE:
            case SCHED_EXT:
                return 0;
            default:
                return -Errno.EINVAL;
        }
    }

    /**
     * sched_setscheduler(2) and sched_setparam(2) ({@code keepPolicy}): the policy (with
     * SCHED_RESET_ON_FORK) and the static priority, checked as __sched_setscheduler checks them.
     */
    static long setscheduler(Task k, int pid, int policy, long param, boolean keepPolicy) {
        if (param == 0 || pid < 0) {
            return -Errno.EINVAL;
        }
        AddressSpace m = k.process.mem;
        int prio = m.read32(param);
        Task t = target(k, pid);
        boolean reset = t.schedResetOnFork;
        if (keepPolicy) {
            policy = t.schedPolicy;
        } else {
            reset = (policy & SCHED_RESET_ON_FORK) != 0;
            policy &= ~SCHED_RESET_ON_FORK;
            if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR && policy != SCHED_BATCH
                    && policy != SCHED_IDLE) {
                return -Errno.EINVAL; // SCHED_DEADLINE needs sched_setattr
            }
        }
        boolean rt = policy == SCHED_FIFO || policy == SCHED_RR;
        if (prio < 0 || prio > 99 || rt != (prio != 0)) {
            return -Errno.EINVAL;
        }
        if (rt && k.process.ids.euid() != 0) {
            return -Errno.EPERM;
        }
        t.schedPolicy = policy;
        t.schedPriority = prio;
        t.schedResetOnFork = reset;
        return 0;
    }

    /**
     * The first guest thread starts with the nice value, policy and real-time priority ring3 itself
     * runs with (/proc/self/stat), as a child of ring3 would inherit them natively.
     */
    static void fromHost(Task t) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // f[0] is field 3 (state): nice is field 19, rt_priority 40, policy 41.
            t.nice = Integer.parseInt(f[16]);
            if (f.length > 38) {
                t.schedPriority = Integer.parseInt(f[37]);
                int policy = Integer.parseInt(f[38]);
                t.schedResetOnFork = (policy & SCHED_RESET_ON_FORK) != 0;
                t.schedPolicy = policy & ~SCHED_RESET_ON_FORK;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux's /proc: SCHED_OTHER at nice 0.
        }
    }

    /** What a new thread or process takes from the one that made it (sched_fork). */
    static void inherit(Task parent, Task child) {
        child.nice = parent.nice;
        if (parent.schedResetOnFork) {
            boolean rt = parent.schedPolicy == SCHED_FIFO || parent.schedPolicy == SCHED_RR;
            child.schedPolicy = rt ? SCHED_OTHER : parent.schedPolicy;
            child.schedPriority = 0;
            child.nice = Math.max(0, parent.nice);
            child.schedResetOnFork = false;
        } else {
            child.schedPolicy = parent.schedPolicy;
            child.schedPriority = parent.schedPriority;
        }
    }
}
