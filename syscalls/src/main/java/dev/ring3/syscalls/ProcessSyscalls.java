package dev.ring3.syscalls;

import dev.ring3.interp.GuestExit;
import dev.ring3.interp.Moves;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's identity and thread setup: exit, ids and credentials, uname, arch_prctl (FS/GS
 * bases), set_tid_address, robust lists, rseq, umask, personality, prctl, scheduling queries and
 * getrandom. Resource limits and usage live in {@link ResourceSyscalls}.
 */
@Semantics(SyscallHandler.class)
public final class ProcessSyscalls {
    public static final int ARCH_SET_GS = 0x1001, ARCH_SET_FS = 0x1002, ARCH_GET_FS = 0x1003, ARCH_GET_GS = 0x1004,
            ARCH_GET_CPUID = 0x1011, ARCH_SET_CPUID = 0x1012;
    /**
     * Whether the host CPU can fault CPUID in user mode (the kernel's X86_FEATURE_CPUID_FAULT,
     * "cpuid_fault" in /proc/cpuinfo): ARCH_SET_CPUID works only there, ENODEV elsewhere, as on
     * the host.
     */
    static final boolean CPUID_FAULTING = hostCpuFlag("cpuid_fault");
    public static final int GRND_NONBLOCK = 1, GRND_RANDOM = 2, GRND_INSECURE = 4;
    /** The lowest non-canonical user address: FS/GS bases must lie below (TASK_SIZE_MAX). */
    static final long TASK_SIZE_MAX = (1L << 47) - 4096;
    /** size of one utsname field. */
    static final int UTS_LEN = 65;

    private ProcessSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(60, "exit", "int", ProcessSyscallsSem.exit);
        t.row(231, "exit_group", "int", ProcessSyscallsSem.exitGroup);
        t.row(39, "getpid", "", ProcessSyscallsSem.getpid);
        t.row(110, "getppid", "", ProcessSyscallsSem.getppid);
        t.row(186, "gettid", "", ProcessSyscallsSem.gettid);
        t.row(102, "getuid", "", ProcessSyscallsSem.getuid);
        t.row(107, "geteuid", "", ProcessSyscallsSem.geteuid);
        t.row(104, "getgid", "", ProcessSyscallsSem.getgid);
        t.row(108, "getegid", "", ProcessSyscallsSem.getegid);
        t.row(115, "getgroups", "int,gids_out", ProcessSyscallsSem.getgroups);
        t.row(105, "setuid", "int", ProcessSyscallsSem.setuid);
        t.row(106, "setgid", "int", ProcessSyscallsSem.setgid);
        t.row(113, "setreuid", "int,int", ProcessSyscallsSem.setreuid);
        t.row(114, "setregid", "int,int", ProcessSyscallsSem.setregid);
        t.row(117, "setresuid", "int,int,int", ProcessSyscallsSem.setresuid);
        t.row(119, "setresgid", "int,int,int", ProcessSyscallsSem.setresgid);
        t.row(118, "getresuid", "int_out,int_out,int_out", ProcessSyscallsSem.getresuid);
        t.row(120, "getresgid", "int_out,int_out,int_out", ProcessSyscallsSem.getresgid);
        t.row(122, "setfsuid", "int", ProcessSyscallsSem.setfsuid);
        t.row(123, "setfsgid", "int", ProcessSyscallsSem.setfsgid);
        t.row(116, "setgroups", "int,gids_in", ProcessSyscallsSem.setgroups);
        t.row(121, "getpgid", "int", ProcessSyscallsSem.getpgid);
        t.row(111, "getpgrp", "", ProcessSyscallsSem.getpgrp);
        t.row(124, "getsid", "int", ProcessSyscallsSem.getsid);
        t.row(109, "setpgid", "int,int", ProcessSyscallsSem.setpgid);
        t.row(112, "setsid", "", ProcessSyscallsSem.setsid);
        t.row(63, "uname", "utsname_out", ProcessSyscallsSem.uname);
        t.row(158, "arch_prctl", "arch_prctl_code,arch_prctl_addr", ProcessSyscallsSem.archPrctl);
        t.row(218, "set_tid_address", "addr", ProcessSyscallsSem.setTidAddress);
        t.row(273, "set_robust_list", "addr,size", ProcessSyscallsSem.setRobustList);
        t.row(274, "get_robust_list", "int,addr_out,size_out", ProcessSyscallsSem.getRobustList);
        // glibc treats ENOSYS as "no rseq" and carries on (sysdeps/unix/sysv/linux/rseq-internal.h).
        t.row(334, "rseq", "addr,hex,int,hex", ProcessSyscallsSem.rseq);
        t.row(95, "umask", "mode->mode", ProcessSyscallsSem.umask);
        t.row(135, "personality", "persona->hex", ProcessSyscallsSem.personality);
        t.row(157, "prctl", "prctl_option,prctl_arg,prctl_arg,prctl_arg,prctl_arg", ProcessSyscallsSem.prctl);
        t.row(24, "sched_yield", "", ProcessSyscallsSem.schedYield);
        t.row(204, "sched_getaffinity", "int,uint,cpuset_out", ProcessSyscallsSem.schedGetaffinity);
        t.row(203, "sched_setaffinity", "int,uint,cpuset_in", ProcessSyscallsSem.schedSetaffinity);
        t.row(309, "getcpu", "int_out,int_out,addr", ProcessSyscallsSem.getcpu);
        t.row(318, "getrandom", "buf_out_hex,size,grnd_flags", ProcessSyscallsSem.getrandom);
    }

    static long getpid(Task k, long a, long b, long c, long d, long e, long f) {
        return k.process.pid;
    }

    static long getppid(Task k, long a, long b, long c, long d, long e, long f) {
        return k.process.ppid;
    }

    static long gettid(Task k, long a, long b, long c, long d, long e, long f) {
        return k.tid;
    }

    static long getuid(Task k, long a, long b, long c, long d, long e, long f) {
        return k.process.ids.uid();
    }

    static long geteuid(Task k, long a, long b, long c, long d, long e, long f) {
        return k.process.ids.euid();
    }

    static long getgid(Task k, long a, long b, long c, long d, long e, long f) {
        return k.process.ids.gid();
    }

    static long getegid(Task k, long a, long b, long c, long d, long e, long f) {
        return k.process.ids.egid();
    }

    static long setuid(Task k, long a, long b, long c, long d, long e, long f) {
        return sameId(a, k.process.ids.uid(), k.process.ids.euid());
    }

    static long setgid(Task k, long a, long b, long c, long d, long e, long f) {
        return sameId(a, k.process.ids.gid(), k.process.ids.egid());
    }

    static long setreuid(Task k, long a, long b, long c, long d, long e, long f) {
        return setIds(k.process.ids.uid(), k.process.ids.euid(), a, b, -1);
    }

    static long setregid(Task k, long a, long b, long c, long d, long e, long f) {
        return setIds(k.process.ids.gid(), k.process.ids.egid(), a, b, -1);
    }

    static long setresuid(Task k, long a, long b, long c, long d, long e, long f) {
        return setIds(k.process.ids.uid(), k.process.ids.euid(), a, b, c);
    }

    static long setresgid(Task k, long a, long b, long c, long d, long e, long f) {
        return setIds(k.process.ids.gid(), k.process.ids.egid(), a, b, c);
    }

    static long getresuid(Task k, long a, long b, long c, long d, long e, long f) {
        return getres(k.process.mem, a, b, c, k.process.ids.uid(), k.process.ids.euid());
    }

    static long getresgid(Task k, long a, long b, long c, long d, long e, long f) {
        return getres(k.process.mem, a, b, c, k.process.ids.gid(), k.process.ids.egid());
    }

    static long setfsuid(Task k, long a, long b, long c, long d, long e, long f) {
        return k.process.ids.euid();
    }

    static long setfsgid(Task k, long a, long b, long c, long d, long e, long f) {
        return k.process.ids.egid();
    }

    static long setgroups(Task k, long a, long b, long c, long d, long e, long f) {
        return -Errno.EPERM;
    }

    static long getpgrp(Task k, long a, long b, long c, long d, long e, long f) {
        return k.process.pgid;
    }

    static long setTidAddress(Task k, long a, long b, long c, long d, long e, long f) {
        k.clearChildTid = a;
        return k.tid;
    }

    static long setRobustList(Task k, long a, long b, long c, long d, long e, long f) {
        if (b != 24) { // sizeof(struct robust_list_head)
            return -Errno.EINVAL;
        }
        k.robustList = a;
        return 0;
    }

    static long rseq(Task k, long a, long b, long c, long d, long e, long f) {
        return -Errno.ENOSYS;
    }

    static long umask(Task k, long a, long b, long c, long d, long e, long f) {
        int old = k.process.umask;
        k.process.umask = (int) a & 0777;
        return old;
    }

    static long personality(Task k, long a, long b, long c, long d, long e, long f) {
        long old = k.process.personality;
        if ((a & 0xFFFFFFFFL) != 0xFFFFFFFFL) {
            k.process.personality = a & 0xFFFFFFFFL;
        }
        return old;
    }

    static long schedYield(Task k, long a, long b, long c, long d, long e, long f) {
        Thread.yield();
        return 0;
    }

    /**
     * sched_setaffinity(pid, len, mask): the kernel reads min(len, cpumask_size) bytes (a shorter
     * mask is zero-extended; EFAULT before the thread is looked up), keeps the CPUs of it the host
     * allows, EINVAL if none. ring3's threads are not pinned on the host (JVM threads); what
     * changes is what the thread is told: sched_getaffinity, /proc's Cpus_allowed, and the CPU that
     * getcpu, RDTSCP and RDPID report, the mask's lowest (a thread pinned to one CPU is on it).
     */
    static long schedSetaffinity(Task k, long pid, long len, long mask, long d, long e, long f) {
        long n = Math.min(len & 0xFFFFFFFFL, HostCpus.MASK_BYTES);
        byte[] bytes = new byte[(int) n];
        GuestBuffers.checkReadable(k.process.mem, mask, n);
        k.process.mem.read(mask, bytes, 0, (int) n);
        long[] requested = new long[HostCpus.MASK_BYTES / 8];
        for (int i = 0; i < n; i++) {
            requested[i >>> 3] |= (bytes[i] & 0xFFL) << (8 * (i & 7));
        }
        Task t = affinityTarget(k, pid);
        long[] kept = HostCpus.restrict(requested);
        if (kept == null) {
            return -Errno.EINVAL;
        }
        t.affinity = kept;
        t.cpu.tscAux = HostCpus.first(kept); // node 0
        return 0;
    }

    /**
     * The thread a pid_t names for the affinity calls (0: the caller), as the scheduling calls
     * find it, but a negative pid names nothing (ESRCH) where sched_setscheduler says EINVAL.
     */
    private static Task affinityTarget(Task k, long pid) {
        if ((int) pid < 0) {
            throw ErrnoException.of(Errno.ESRCH);
        }
        return SchedSyscalls.target(k, (int) pid);
    }

    /** getcpu(cpu, node, tcache): what RDTSCP's TSC_AUX says, (node << 12) | cpu ({@link dev.ring3.interp.Cpu#tscAux}). */
    static long getcpu(Task k, long a, long b, long c, long d, long e, long f) {
        int aux = k.cpu.tscAux;
        if (a != 0) {
            k.process.mem.write32(a, aux & 0xFFF);
        }
        if (b != 0) {
            k.process.mem.write32(b, aux >>> 12);
        }
        return 0;
    }

    static boolean self(Task k, long pid) {
        return pid == 0 || pid == k.process.pid || pid == k.tid;
    }

    // ---- exit ---------------------------------------------------------------------------------

    /** exit(2) ends the calling thread; the last thread's code is the process's exit status. */
    public static long exit(Task k, long status, long a1, long a2, long a3, long a4, long a5) {
        k.exitCode = (int) status & 0xFF;
        throw new GuestExit();
    }

    /** exit_group(2): every thread of the process ends (see {@link ProcessExit#group}). */
    public static long exitGroup(Task k, long status, long a1, long a2, long a3, long a4, long a5) {
        ProcessExit.group(k.process, (int) status & 0xFF, 0, null);
        throw new GuestExit();
    }

    // ---- credentials ------------------------------------------------------------------------------

    /** set*id to the id the process already has succeeds; any change is EPERM (no privileges here). */
    private static long sameId(long want, int real, int effective) {
        int w = (int) want;
        return w == real || w == effective ? 0 : -Errno.EPERM;
    }

    private static long setIds(int real, int effective, long r, long e, long s) {
        for (long v : new long[] {r, e, s}) {
            int w = (int) v;
            if (w != -1 && w != real && w != effective) {
                return -Errno.EPERM;
            }
        }
        return 0;
    }

    private static long getres(AddressSpace m, long r, long e, long s, int real, int effective) {
        m.write32(r, real);
        m.write32(e, effective);
        m.write32(s, effective);
        return 0;
    }

    public static long getgroups(Task k, long size, long list, long a2, long a3, long a4, long a5) {
        int[] g = k.process.ids.groups();
        int n = (int) size;
        if (n < 0) {
            return -Errno.EINVAL;
        }
        if (n == 0) {
            return g.length;
        }
        if (n < g.length) {
            return -Errno.EINVAL;
        }
        for (int i = 0; i < g.length; i++) {
            k.process.mem.write32(list + 4L * i, g[i]);
        }
        return g.length;
    }

    /** The process {@code pid} names (0: the caller), or null if there is none. */
    private static LinuxProcess lookup(Task k, long pid) {
        if (self(k, pid)) {
            return k.process;
        }
        ProcessTable tab = k.process.table;
        return tab != null && (int) pid > 0 ? tab.process((int) pid) : null;
    }

    public static long getpgid(Task k, long pid, long a1, long a2, long a3, long a4, long a5) {
        LinuxProcess p = lookup(k, pid);
        return p != null ? p.pgid : -Errno.ESRCH;
    }

    public static long getsid(Task k, long pid, long a1, long a2, long a3, long a4, long a5) {
        LinuxProcess p = lookup(k, pid);
        return p != null ? p.sid : -Errno.ESRCH;
    }

    /** setpgid(2): the caller or one of its children, into a group of the caller's session. */
    public static long setpgid(Task k, long pid, long pgid, long a2, long a3, long a4, long a5) {
        if ((int) pgid < 0) {
            return -Errno.EINVAL;
        }
        LinuxProcess caller = k.process;
        LinuxProcess p = lookup(k, pid);
        if (p == null || (p != caller && p.parent != caller)) {
            return -Errno.ESRCH;
        }
        if (p.sid != caller.sid || p.sid == p.pid) {
            return -Errno.EPERM; // another session, or a session leader
        }
        int target = pgid == 0 ? p.pid : (int) pgid;
        ProcessTable tab = caller.table;
        boolean exists = tab != null ? tab.groupExists(target, caller.sid) : target == caller.pgid;
        if (target != p.pid && !exists) {
            return -Errno.EPERM;
        }
        p.pgid = target;
        return 0;
    }

    public static long setsid(Task k, long a0, long a1, long a2, long a3, long a4, long a5) {
        LinuxProcess p = k.process;
        ProcessTable tab = p.table;
        if (p.pgid == p.pid || (tab != null && !tab.group(p.pid).isEmpty())) {
            return -Errno.EPERM; // already a group leader, or its pid is some group's id
        }
        p.sid = p.pid;
        p.pgid = p.pid;
        return p.pid;
    }

    // ---- uname ----------------------------------------------------------------------------------

    /** uname(2): the host's release, version and node name, so `uname -a` matches native. */
    public static long uname(Task k, long buf, long a1, long a2, long a3, long a4, long a5) {
        AddressSpace m = k.process.mem;
        String[] fields = {
            "Linux", host("hostname", "localhost"), host("osrelease", "6.1.0-ring3"),
            host("version", "#1 SMP"), "x86_64", host("domainname", "(none)"),
        };
        byte[] out = new byte[UTS_LEN * fields.length];
        for (int i = 0; i < fields.length; i++) {
            byte[] b = fields[i].getBytes(StandardCharsets.UTF_8);
            System.arraycopy(b, 0, out, i * UTS_LEN, Math.min(b.length, UTS_LEN - 1));
        }
        m.write(buf, out, 0, out.length);
        return 0;
    }

    private static boolean hostCpuFlag(String flag) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("flags")) {
                    return (" " + line.substring(line.indexOf(':') + 1) + " ").contains(" " + flag + " ");
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static String host(String file, String fallback) {
        try {
            return Files.readString(Path.of("/proc/sys/kernel", file)).trim();
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    // ---- arch_prctl, robust list --------------------------------------------------------------------

    public static long archPrctl(Task k, long code, long addr, long a2, long a3, long a4, long a5) {
        switch ((int) code) {
            case ARCH_SET_FS:
                if (Long.compareUnsigned(addr, TASK_SIZE_MAX) >= 0) {
                    return -Errno.EPERM;
                }
                k.cpu.fsBase = addr;
                k.cpu.sreg[Moves.SREG_FS] = 0;     // the kernel nulls the selector too
                return 0;
            case ARCH_SET_GS:
                if (Long.compareUnsigned(addr, TASK_SIZE_MAX) >= 0) {
                    return -Errno.EPERM;
                }
                k.cpu.gsBase = addr;
                k.cpu.sreg[Moves.SREG_GS] = 0;
                return 0;
            case ARCH_GET_FS:
                k.process.mem.write64(addr, k.cpu.fsBase);
                return 0;
            case ARCH_GET_GS:
                k.process.mem.write64(addr, k.cpu.gsBase);
                return 0;
            case ARCH_GET_CPUID:
                return k.cpu.cpuidFault ? 0 : 1;
            case ARCH_SET_CPUID:
                if (!CPUID_FAULTING) {
                    return -Errno.ENODEV;
                }
                k.cpu.cpuidFault = addr == 0;
                return 0;
            default:
                return -Errno.EINVAL;
        }
    }

    public static long getRobustList(Task k, long pid, long head, long len, long a3, long a4, long a5) {
        if (!self(k, pid)) {
            return -Errno.ESRCH;
        }
        k.process.mem.write64(len, 24);
        k.process.mem.write64(head, k.robustList);
        return 0;
    }

    // ---- prctl ----------------------------------------------------------------------------------------

    public static long prctl(Task k, long option, long arg2, long arg3, long arg4, long arg5, long a5) {
        return Prctl.prctl(k, option, arg2, arg3, arg4, arg5);
    }

    // ---- scheduling, random --------------------------------------------------------------------------

    /**
     * The host's CPUs ({@link HostCpus}): a guest's threads run on them in parallel. Returns the
     * bytes written, at most the size of the kernel's cpumask, as sched_getaffinity(2) "NOTES"
     * describes; EINVAL for a buffer of fewer bits than nr_cpu_ids or not a whole number of words.
     */
    public static long schedGetaffinity(Task k, long pid, long len, long mask, long a3, long a4, long a5) {
        len &= 0xFFFFFFFFL; // unsigned int
        if (len * 8 < HostCpus.NR_CPU_IDS || (len & 7) != 0) {
            return -Errno.EINVAL;
        }
        long[] m = affinityTarget(k, pid).affinity;
        long n = Math.min(len, HostCpus.MASK_BYTES);
        GuestBuffers.checkWritable(k.process.mem, mask, n);
        for (int w = 0; w < n / 8; w++) {
            k.process.mem.write64(mask + 8L * w, HostCpus.word(m, w));
        }
        return n;
    }

    public static long getrandom(Task k, long buf, long count, long flags, long a3, long a4, long a5) {
        if ((flags & ~(long) (GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) != 0
                || (flags & (GRND_RANDOM | GRND_INSECURE)) == (GRND_RANDOM | GRND_INSECURE)) {
            return -Errno.EINVAL;
        }
        // The kernel caps one call at MAX_RW_COUNT (INT_MAX rounded down to a page).
        long n = Math.min(count & 0x7FFFFFFFFFFFFFFFL, 0x7FFFF000L);
        GuestBuffers.checkWritable(k.process.mem, buf, n);
        byte[] chunk = new byte[(int) Math.min(n, 4096)];
        long done = 0;
        while (done < n) {
            int c = (int) Math.min(chunk.length, n - done);
            k.process.randomBytes(chunk, c);
            k.process.mem.write(buf + done, chunk, 0, c);
            done += c;
        }
        return done;
    }
}
