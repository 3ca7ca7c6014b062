package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import dev.ring3.vdso.HostClock;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * The i386 system-call ABI that INT 0x80 gives a 64-bit program on a kernel built with
 * IA32_EMULATION, as Debian's is: the number in EAX, the arguments in EBX, ECX, EDX, ESI, EDI and
 * EBP, each cut to 32 bits and zero-extended (the __ia32_sys_* stubs), the result in RAX as a
 * 64-bit value (-errno included), every other register kept. Old assembly tutorials and shellcode
 * still make their calls this way from 64-bit code.
 *
 * <p>A call whose i386 entry is the same kernel function as an x86-64 call, with no structure
 * whose layout differs, runs that call's row (its <em>twin</em>: write is write, getuid32 is
 * getuid, clock_gettime64 is clock_gettime); the trace and the audit see it as that call. The
 * calls whose structures or argument order differ have rows of their own here, converting
 * (stat64, mmap2, _llseek, the 32-bit timespec and timeval, execve's 32-bit pointer arrays,
 * socketcall's argument array). What is neither is ENOSYS and reported as unimplemented: above all
 * the signal calls (a handler installed through rt_sigaction here would run in 32-bit mode, which
 * ring3 does not run), set_thread_area, sendmsg/recvmsg and the old 16-bit setters
 * (docs/quirks.md).
 */
@Semantics(SyscallHandler.class)
public final class Compat32Syscalls {
    /** i386 numbers stay below this. */
    public static final int SIZE = 451;
    /**
     * The number the observers see for a call with a row of its own: TRACE_BASE + the i386 number
     * (outside the x86-64 table, so the audit's x86-64 rules never match it by accident).
     */
    public static final int TRACE_BASE = 1024;
    /** The highest address a compat mmap chooses, below TASK_SIZE_32 and the legacy mmap base's gap. */
    static final long COMPAT_MMAP_TOP = 0xF7FF_E000L;
    private static final long M32 = 0xFFFF_FFFFL;
    /** What a 16-bit id call reports for an id above 65535 (overflowuid, overflowgid). */
    private static final int OVERFLOW_ID = 65534;

    /** i386 names by number (arch/x86/entry/syscalls/syscall_32.tbl), "-" for a hole. */
    private static final String[] NAMES = ("""
            restart_syscall exit fork read write open close waitpid creat link unlink execve chdir time
            mknod chmod lchown break oldstat lseek getpid mount umount setuid getuid stime ptrace alarm
            oldfstat pause utime stty gtty access nice ftime sync kill rename mkdir rmdir dup pipe times
            prof brk setgid getgid signal geteuid getegid acct umount2 lock ioctl fcntl mpx setpgid
            ulimit oldolduname umask chroot ustat dup2 getppid getpgrp setsid sigaction sgetmask
            ssetmask setreuid setregid sigsuspend sigpending sethostname setrlimit getrlimit getrusage
            gettimeofday settimeofday getgroups setgroups select symlink oldlstat readlink uselib swapon
            reboot readdir mmap munmap truncate ftruncate fchmod fchown getpriority setpriority profil
            statfs fstatfs ioperm socketcall syslog setitimer getitimer stat lstat fstat olduname iopl
            vhangup idle vm86old wait4 swapoff sysinfo ipc fsync sigreturn clone setdomainname uname
            modify_ldt adjtimex mprotect sigprocmask create_module init_module delete_module
            get_kernel_syms quotactl getpgid fchdir bdflush sysfs personality afs_syscall setfsuid
            setfsgid _llseek getdents _newselect flock msync readv writev getsid fdatasync _sysctl mlock
            munlock mlockall munlockall sched_setparam sched_getparam sched_setscheduler
            sched_getscheduler sched_yield sched_get_priority_max sched_get_priority_min
            sched_rr_get_interval nanosleep mremap setresuid getresuid vm86 query_module poll nfsservctl
            setresgid getresgid prctl rt_sigreturn rt_sigaction rt_sigprocmask rt_sigpending
            rt_sigtimedwait rt_sigqueueinfo rt_sigsuspend pread64 pwrite64 chown getcwd capget capset
            sigaltstack sendfile getpmsg putpmsg vfork ugetrlimit mmap2 truncate64 ftruncate64 stat64
            lstat64 fstat64 lchown32 getuid32 getgid32 geteuid32 getegid32 setreuid32 setregid32
            getgroups32 setgroups32 fchown32 setresuid32 getresuid32 setresgid32 getresgid32 chown32
            setuid32 setgid32 setfsuid32 setfsgid32 pivot_root mincore madvise getdents64 fcntl64 - -
            gettid readahead setxattr lsetxattr fsetxattr getxattr lgetxattr fgetxattr listxattr
            llistxattr flistxattr removexattr lremovexattr fremovexattr tkill sendfile64 futex
            sched_setaffinity sched_getaffinity set_thread_area get_thread_area io_setup io_destroy
            io_getevents io_submit io_cancel fadvise64 - exit_group lookup_dcookie epoll_create
            epoll_ctl epoll_wait remap_file_pages set_tid_address timer_create timer_settime
            timer_gettime timer_getoverrun timer_delete clock_settime clock_gettime clock_getres
            clock_nanosleep statfs64 fstatfs64 tgkill utimes fadvise64_64 vserver mbind get_mempolicy
            set_mempolicy mq_open mq_unlink mq_timedsend mq_timedreceive mq_notify mq_getsetattr
            kexec_load waitid - add_key request_key keyctl ioprio_set ioprio_get inotify_init
            inotify_add_watch inotify_rm_watch migrate_pages openat mkdirat mknodat fchownat futimesat
            fstatat64 unlinkat renameat linkat symlinkat readlinkat fchmodat faccessat pselect6 ppoll
            unshare set_robust_list get_robust_list splice sync_file_range tee vmsplice move_pages
            getcpu epoll_pwait utimensat signalfd timerfd_create eventfd fallocate timerfd_settime
            timerfd_gettime signalfd4 eventfd2 epoll_create1 dup3 pipe2 inotify_init1 preadv pwritev
            rt_tgsigqueueinfo perf_event_open recvmmsg fanotify_init fanotify_mark prlimit64
            name_to_handle_at open_by_handle_at clock_adjtime syncfs sendmmsg setns process_vm_readv
            process_vm_writev kcmp finit_module sched_setattr sched_getattr renameat2 seccomp getrandom
            memfd_create bpf execveat socket socketpair bind connect listen accept4 getsockopt
            setsockopt getsockname getpeername sendto sendmsg recvfrom recvmsg shutdown userfaultfd
            membarrier mlock2 copy_file_range preadv2 pwritev2 pkey_mprotect pkey_alloc pkey_free statx
            arch_prctl io_pgetevents rseq - - - - - - semget semctl shmget shmctl shmat shmdt msgget
            msgsnd msgrcv msgctl clock_gettime64 clock_settime64 clock_adjtime64 clock_getres_time64
            clock_nanosleep_time64 timer_gettime64 timer_settime64 timerfd_gettime64 timerfd_settime64
            utimensat_time64 pselect6_time64 ppoll_time64 - io_pgetevents_time64 recvmmsg_time64
            mq_timedsend_time64 mq_timedreceive_time64 semtimedop_time64 rt_sigtimedwait_time64
            futex_time64 sched_rr_get_interval_time64 pidfd_send_signal io_uring_setup io_uring_enter
            io_uring_register open_tree move_mount fsopen fsconfig fsmount fspick pidfd_open clone3
            close_range openat2 pidfd_getfd faccessat2 process_madvise epoll_pwait2 mount_setattr
            quotactl_fd landlock_create_ruleset landlock_add_rule landlock_restrict_self memfd_secret
            process_mrelease futex_waitv set_mempolicy_home_node
            """).trim().split("\\s+");

    /** Calls that are the same kernel function under both ABIs with the same name. */
    private static final String SAME_NAME = """
            exit fork read write open close creat link unlink chdir mknod chmod getpid alarm pause
            access sync kill rename mkdir rmdir dup pipe brk acct umount2 ioctl setpgid umask chroot dup2
            getppid getpgrp setsid sethostname symlink readlink reboot munmap fchmod getpriority
            setpriority uname mprotect getpgid fchdir personality flock msync getsid fdatasync mlock
            munlock mlockall munlockall sched_setparam sched_getparam sched_setscheduler
            sched_getscheduler sched_yield sched_get_priority_max sched_get_priority_min mremap poll
            prctl rt_sigprocmask rt_sigpending rt_sigsuspend getcwd capget capset vfork pivot_root
            mincore madvise getdents64 gettid setxattr lsetxattr fsetxattr getxattr lgetxattr
            fgetxattr listxattr llistxattr flistxattr removexattr lremovexattr fremovexattr tkill
            exit_group epoll_create epoll_ctl epoll_wait set_tid_address timer_getoverrun
            timer_delete tgkill mbind set_mempolicy mq_unlink add_key request_key ioprio_set
            ioprio_get inotify_init inotify_add_watch inotify_rm_watch migrate_pages openat mkdirat
            mknodat fchownat unlinkat renameat linkat symlinkat readlinkat fchmodat faccessat unshare
            splice tee getcpu epoll_pwait timerfd_create eventfd eventfd2 epoll_create1 dup3 pipe2
            inotify_init1 perf_event_open fanotify_init prlimit64 name_to_handle_at syncfs setns kcmp
            finit_module sched_setattr sched_getattr renameat2 seccomp getrandom memfd_create bpf
            socket socketpair bind connect listen accept4 getsockopt setsockopt getsockname
            getpeername sendto recvfrom shutdown userfaultfd membarrier mlock2 copy_file_range
            pkey_mprotect pkey_alloc pkey_free statx rseq semget shmget shmdt msgget
            pidfd_send_signal io_uring_setup io_uring_enter io_uring_register open_tree move_mount
            fsopen fsconfig fsmount fspick pidfd_open clone3 close_range openat2 pidfd_getfd
            faccessat2 epoll_pwait2 mount_setattr quotactl_fd landlock_create_ruleset
            landlock_add_rule landlock_restrict_self memfd_secret process_mrelease futex_waitv
            set_mempolicy_home_node
            """;

    /** Twins under another name: the i386 name, then the x86-64 one. */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("lchown32", "lchown"), Map.entry("getuid32", "getuid"), Map.entry("getgid32", "getgid"),
            Map.entry("geteuid32", "geteuid"), Map.entry("getegid32", "getegid"),
            Map.entry("setreuid32", "setreuid"), Map.entry("setregid32", "setregid"),
            Map.entry("getgroups32", "getgroups"), Map.entry("setgroups32", "setgroups"),
            Map.entry("fchown32", "fchown"), Map.entry("setresuid32", "setresuid"),
            Map.entry("getresuid32", "getresuid"), Map.entry("setresgid32", "setresgid"),
            Map.entry("getresgid32", "getresgid"), Map.entry("chown32", "chown"),
            Map.entry("setuid32", "setuid"), Map.entry("setgid32", "setgid"),
            Map.entry("setfsuid32", "setfsuid"), Map.entry("setfsgid32", "setfsgid"),
            Map.entry("sendfile64", "sendfile"), Map.entry("clock_gettime64", "clock_gettime"),
            Map.entry("clock_settime64", "clock_settime"), Map.entry("clock_adjtime64", "clock_adjtime"),
            Map.entry("clock_getres_time64", "clock_getres"),
            Map.entry("clock_nanosleep_time64", "clock_nanosleep"),
            Map.entry("timer_gettime64", "timer_gettime"), Map.entry("timer_settime64", "timer_settime"),
            Map.entry("timerfd_gettime64", "timerfd_gettime"),
            Map.entry("timerfd_settime64", "timerfd_settime"),
            Map.entry("utimensat_time64", "utimensat"), Map.entry("io_pgetevents_time64", "io_pgetevents"),
            Map.entry("mq_timedsend_time64", "mq_timedsend"),
            Map.entry("mq_timedreceive_time64", "mq_timedreceive"),
            Map.entry("semtimedop_time64", "semtimedop"), Map.entry("futex_time64", "futex"),
            Map.entry("sched_rr_get_interval_time64", "sched_rr_get_interval"));

    /** The x86-64 number of each i386 call's twin, or -1. */
    private static final int[] TWIN = new int[SIZE];
    /** The i386 number of each x86-64 call's twin (for the trace's names), or -1. */
    private static final int[] I386_OF = new int[SyscallTable.SIZE];
    /** Rows of the calls converted here, by i386 number. */
    private static final Syscall[] OWN = new Syscall[SIZE];

    static {
        java.util.Arrays.fill(TWIN, -1);
        java.util.Arrays.fill(I386_OF, -1);
        for (String n : SAME_NAME.trim().split("\\s+")) {
            twin(n, n);
        }
        RENAMED.forEach(Compat32Syscalls::twin);
        own(7, "int,addr,wait_options", Compat32SyscallsSem.waitpid);
        own(11, "path,addr,addr", Compat32SyscallsSem.execve);
        own(13, "addr", Compat32SyscallsSem.time);
        own(19, "fd,int,whence", Compat32SyscallsSem.lseek);
        own(24, "", Compat32SyscallsSem.getuid16);
        own(26, "int,int,addr,addr", Compat32SyscallsSem.ptrace);
        own(43, "addr", Compat32SyscallsSem.times);
        own(47, "", Compat32SyscallsSem.getgid16);
        own(49, "", Compat32SyscallsSem.geteuid16);
        own(50, "", Compat32SyscallsSem.getegid16);
        own(55, "fd,int,hex", Compat32SyscallsSem.fcntl);
        own(76, "rlimit_resource,addr", Compat32SyscallsSem.oldGetrlimit);
        own(78, "addr,addr", Compat32SyscallsSem.gettimeofday);
        own(90, "addr", Compat32SyscallsSem.oldMmap);
        own(92, "path,int", Compat32SyscallsSem.truncate);
        own(93, "fd,int", Compat32SyscallsSem.ftruncate);
        own(106, "path,addr", Compat32SyscallsSem.stat);
        own(107, "path,addr", Compat32SyscallsSem.lstat);
        own(108, "fd,addr", Compat32SyscallsSem.fstat);
        own(114, "int,addr,wait_options,addr", Compat32SyscallsSem.wait4);
        own(120, "hex,addr,addr,addr,addr", Compat32SyscallsSem.clone);
        own(140, "fd,hex,hex,addr,whence", Compat32SyscallsSem.llseek);
        own(145, "fd,addr,int", Compat32SyscallsSem.readv);
        own(146, "fd,addr,int", Compat32SyscallsSem.writev);
        own(162, "addr,addr", Compat32SyscallsSem.nanosleep);
        own(180, "fd,addr,size,hex,hex", Compat32SyscallsSem.pread64);
        own(181, "fd,addr,size,hex,hex", Compat32SyscallsSem.pwrite64);
        own(191, "rlimit_resource,addr", Compat32SyscallsSem.ugetrlimit);
        own(192, "addr,size,prot,mmap_flags,fd,hex->addr", Compat32SyscallsSem.mmap2);
        own(193, "path,hex,hex", Compat32SyscallsSem.truncate64);
        own(194, "fd,hex,hex", Compat32SyscallsSem.ftruncate64);
        own(195, "path,addr", Compat32SyscallsSem.stat64);
        own(196, "path,addr", Compat32SyscallsSem.lstat64);
        own(197, "fd,addr", Compat32SyscallsSem.fstat64);
        own(221, "fd,int,hex", Compat32SyscallsSem.fcntl);
        own(265, "clockid,addr", Compat32SyscallsSem.clockGettime);
        own(266, "clockid,addr", Compat32SyscallsSem.clockGetres);
        own(300, "dirfd,path,addr,atflags", Compat32SyscallsSem.fstatat64);
    }

    private Compat32Syscalls() {}

    private static void twin(String i386, String x64) {
        int a = number(i386), b = SyscallNames.number(x64);
        if (a < 0 || b < 0) {
            throw new IllegalStateException("no such syscall: " + (a < 0 ? "i386 " + i386 : "x86-64 " + x64));
        }
        TWIN[a] = b;
        I386_OF[b] = a;
    }

    private static void own(int nr, String args, SyscallHandler h) {
        OWN[nr] = new Syscall(nr, NAMES[nr], args, h);
    }

    /** The i386 number of {@code name}, or -1. */
    public static int number(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The i386 name of call {@code nr}, or null. */
    public static String name(long nr) {
        return nr >= 0 && nr < NAMES.length && !NAMES[(int) nr].equals("-") ? NAMES[(int) nr] : null;
    }

    /** The x86-64 number of call {@code nr}'s twin, or -1. */
    public static int twin(long nr) {
        return nr >= 0 && nr < SIZE ? TWIN[(int) nr] : -1;
    }

    /** The i386 name under which x86-64 call {@code x64} is reached through INT 0x80, or null. */
    public static String twinName(long x64) {
        return x64 >= 0 && x64 < I386_OF.length && I386_OF[(int) x64] >= 0 ? NAMES[I386_OF[(int) x64]] : null;
    }

    /** The row of call {@code nr} converted here, or null. */
    public static Syscall own(long nr) {
        return nr >= 0 && nr < SIZE ? OWN[(int) nr] : null;
    }

    /** socketcall(2)'s calls: the x86-64 number of each, and how many arguments it takes (net/socket.c nargs). */
    private static final int[] SOCKETCALL_X64 = {-1, 41, 49, 42, 50, 43, 51, 52, 53, 44, 45, 44, 45, 48, 54, 55, -1, -1, 288};
    private static final int[] SOCKETCALL_ARGS = {0, 3, 3, 3, 2, 3, 3, 3, 4, 4, 4, 6, 6, 2, 5, 5, 3, 3, 4};

    /**
     * socketcall(call, args): the x86-64 call it stands for, its arguments read from the guest's
     * array of 32-bit words into {@code out}; -1 for a call ring3 does not take this way
     * (sendmsg, recvmsg, recvmmsg, sendmmsg: their msghdr differs), -2 for one Linux does not know.
     * send and recv are sendto and recvfrom without an address, as the kernel runs them.
     */
    static int socketcall(AddressSpace mem, long call, long args, long[] out) {
        if (call < 1 || call > 20) {
            return -2;
        }
        if (call >= SOCKETCALL_X64.length || SOCKETCALL_X64[(int) call] < 0) {
            return -1;
        }
        int c = (int) call;
        java.util.Arrays.fill(out, 0);
        for (int i = 0; i < SOCKETCALL_ARGS[c]; i++) {
            out[i] = mem.read32(args + 4L * i) & M32;
        }
        return SOCKETCALL_X64[c];
    }

    // ---- the calls converted here -------------------------------------------------------------

    /** Runs x86-64 call {@code nr}'s row (with whatever wraps its handler, e.g. mmap's layout change). */
    private static long x64(Task k, int nr, long a, long b, long c, long d, long e, long f) {
        return SyscallTable.get().get(nr).handler().call(k, a, b, c, d, e, f);
    }

    private static long signExtend(long v) {
        return (int) v;
    }

    static long waitpid(Task k, long pid, long status, long options, long d, long e, long f) {
        return WaitSyscalls.wait4(k, signExtend(pid), status, options, 0, 0, 0);
    }

    static long wait4(Task k, long pid, long status, long options, long rusage, long e, long f) {
        long r = WaitSyscalls.wait4(k, signExtend(pid), status, options, 0, 0, 0);
        if (r >= 0 && rusage != 0) {
            k.process.mem.fill(rusage, 18 * 4, (byte) 0); // struct compat_rusage: no accounting, as wait4's
        }
        return r;
    }

    static long execve(Task k, long path, long argv, long envp, long d, long e, long f) {
        return ExecSyscalls.execveCompat(k, path, argv, envp);
    }

    static long time(Task k, long tloc, long b, long c, long d, long e, long f) {
        long s = HostClock.seconds(); // as time(2): the seconds at the last tick
        if (tloc != 0) {
            k.process.mem.write32(tloc, (int) s);
        }
        return (int) s; // compat_time_t, sign-extended into RAX
    }

    static long lseek(Task k, long fd, long offset, long whence, long d, long e, long f) {
        return FileSyscalls.lseek(k.process, fd, signExtend(offset), whence);
    }

    static long llseek(Task k, long fd, long high, long low, long result, long whence, long f) {
        long r = FileSyscalls.lseek(k.process, fd, high << 32 | low, whence);
        if (r >= 0) {
            k.process.mem.write64(result, r);
            return 0;
        }
        return r;
    }

    private static long id16(long id) {
        return id > 0xFFFF ? OVERFLOW_ID : id;
    }

    static long getuid16(Task k, long a, long b, long c, long d, long e, long f) {
        return id16(x64(k, 102, 0, 0, 0, 0, 0, 0));
    }

    static long getgid16(Task k, long a, long b, long c, long d, long e, long f) {
        return id16(x64(k, 104, 0, 0, 0, 0, 0, 0));
    }

    static long geteuid16(Task k, long a, long b, long c, long d, long e, long f) {
        return id16(x64(k, 107, 0, 0, 0, 0, 0, 0));
    }

    static long getegid16(Task k, long a, long b, long c, long d, long e, long f) {
        return id16(x64(k, 108, 0, 0, 0, 0, 0, 0));
    }

    /** ptrace: PTRACE_TRACEME only, which takes no structure; the rest would need i386 register layouts. */
    static long ptrace(Task k, long request, long pid, long addr, long data, long e, long f) {
        if (request != 0) {
            return -Errno.EIO;
        }
        return x64(k, 101, 0, 0, 0, 0, 0, 0);
    }

    static long times(Task k, long buf, long b, long c, long d, long e, long f) {
        long[] t = ResourceSyscalls.cpuTimes();
        long tick = 1_000_000_000L / ResourceSyscalls.CLK_TCK;
        if (buf != 0) {
            AddressSpace m = k.process.mem;
            m.write32(buf, (int) (t[0] / tick)); // struct compat_tms: four 32-bit clock_t
            m.write32(buf + 4, (int) ((t[1] - t[0]) / tick));
            m.write32(buf + 8, 0);
            m.write32(buf + 12, 0);
        }
        return (int) (System.nanoTime() / tick);
    }

    /** fcntl and fcntl64 without the record locks, whose struct flock differs (-EINVAL here). */
    static long fcntl(Task k, long fd, long cmd, long arg, long d, long e, long f) {
        int c = (int) cmd;
        if (c == 5 || c == 6 || c == 7 || c == 12 || c == 13 || c == 14 || c == 36 || c == 37 || c == 38) {
            return -Errno.EINVAL;
        }
        return FileSyscalls.fcntl(k.process, fd, cmd, arg);
    }

    /** getrlimit (76) and ugetrlimit (191): struct compat_rlimit, infinity as 0x7fffffff and 0xffffffff. */
    private static long rlimit(Task k, long resource, long buf, long infinity) {
        if (resource >= Rlimits.COUNT) {
            return -Errno.EINVAL;
        }
        Rlimits lim = k.process.rlimits;
        AddressSpace m = k.process.mem;
        int r = (int) resource;
        m.write32(buf, (int) (Long.compareUnsigned(lim.soft[r], infinity) > 0 ? infinity : lim.soft[r]));
        m.write32(buf + 4, (int) (Long.compareUnsigned(lim.hard[r], infinity) > 0 ? infinity : lim.hard[r]));
        return 0;
    }

    static long oldGetrlimit(Task k, long resource, long buf, long c, long d, long e, long f) {
        return rlimit(k, resource, buf, 0x7FFF_FFFFL);
    }

    static long ugetrlimit(Task k, long resource, long buf, long c, long d, long e, long f) {
        return rlimit(k, resource, buf, M32);
    }

    static long gettimeofday(Task k, long tv, long tz, long c, long d, long e, long f) {
        AddressSpace m = k.process.mem;
        if (tv != 0) {
            long t = TimeSyscalls.now(k, TimeSyscalls.CLOCK_REALTIME);
            m.write32(tv, (int) (t / 1_000_000_000L)); // struct old_timeval32
            m.write32(tv + 4, (int) (t % 1_000_000_000L / 1000));
        }
        if (tz != 0) {
            m.write32(tz, 0);
            m.write32(tz + 4, 0);
        }
        return 0;
    }

    private static void timespec32(AddressSpace m, long at, long nanos) {
        m.write32(at, (int) (nanos / 1_000_000_000L));
        m.write32(at + 4, (int) (nanos % 1_000_000_000L));
    }

    static long clockGettime(Task k, long clock, long tp, long c, long d, long e, long f) {
        long t = TimeSyscalls.now(k, signExtend(clock));
        if (t == TimeSyscalls.INVALID) {
            return -Errno.EINVAL;
        }
        timespec32(k.process.mem, tp, t);
        return 0;
    }

    static long clockGetres(Task k, long clock, long res, long c, long d, long e, long f) {
        long r = TimeSyscalls.resolution(k, signExtend(clock));
        if (r < 0) {
            return r;
        }
        if (res != 0) {
            timespec32(k.process.mem, res, r);
        }
        return 0;
    }

    static long nanosleep(Task k, long req, long rem, long c, long d, long e, long f) {
        AddressSpace m = k.process.mem;
        long sec = m.read32(req), nsec = m.read32(req + 4); // struct old_timespec32, signed
        if (sec < 0 || nsec < 0 || nsec >= 1_000_000_000L) {
            return -Errno.EINVAL;
        }
        TimeSyscalls.sleepUntil(System.nanoTime(), sec * 1_000_000_000L + nsec);
        return 0;
    }

    /** readv and writev: struct compat_iovec is a 32-bit base and a 32-bit length. */
    private static long iovecs(Task k, long fd, long iov, long count, boolean write) {
        if (count > 1024) {
            return -Errno.EINVAL;
        }
        AddressSpace m = k.process.mem;
        long[] bases = new long[(int) count];
        long[] lens = new long[(int) count];
        long total = 0;
        for (int i = 0; i < count; i++) {
            bases[i] = m.read32(iov + 8L * i) & M32;
            lens[i] = m.read32(iov + 8L * i + 4) & M32;
            total += lens[i];
            if (lens[i] > Integer.MAX_VALUE || total > Integer.MAX_VALUE) {
                return -Errno.EINVAL; // compat_ssize_t overflow
            }
        }
        return write ? FileSyscalls.writeSegments(k.process, fd, bases, lens)
                : FileSyscalls.readSegments(k.process, fd, bases, lens);
    }

    static long readv(Task k, long fd, long iov, long count, long d, long e, long f) {
        return iovecs(k, fd, iov, count, false);
    }

    static long writev(Task k, long fd, long iov, long count, long d, long e, long f) {
        return iovecs(k, fd, iov, count, true);
    }

    static long pread64(Task k, long fd, long buf, long count, long lo, long hi, long f) {
        return FileSyscalls.pread64(k.process, fd, buf, count, hi << 32 | lo);
    }

    static long pwrite64(Task k, long fd, long buf, long count, long lo, long hi, long f) {
        return FileSyscalls.pwrite64(k.process, fd, buf, count, hi << 32 | lo);
    }

    static long truncate(Task k, long path, long length, long c, long d, long e, long f) {
        return FsSyscalls.truncate(k.process, path, signExtend(length));
    }

    static long ftruncate(Task k, long fd, long length, long c, long d, long e, long f) {
        return FileSyscalls.ftruncate(k.process, fd, signExtend(length));
    }

    static long truncate64(Task k, long path, long lo, long hi, long d, long e, long f) {
        return FsSyscalls.truncate(k.process, path, hi << 32 | lo);
    }

    static long ftruncate64(Task k, long fd, long lo, long hi, long d, long e, long f) {
        return FileSyscalls.ftruncate(k.process, fd, hi << 32 | lo);
    }

    /**
     * mmap2 (offset in 4 KiB units) and the old mmap: without MAP_FIXED the kernel places a 32-bit
     * call's mapping below 4 GiB (the legacy compat base), here top-down from
     * {@link #COMPAT_MMAP_TOP}, a free hint below 4 GiB first.
     */
    private static long mmap(Task k, long addr, long len, long prot, long flags, long fd, long offset) {
        flags &= ~(long) MemorySyscalls.MAP_32BIT;
        if ((flags & (MemorySyscalls.MAP_FIXED | MemorySyscalls.MAP_FIXED_NOREPLACE)) == 0 && len != 0) {
            AddressSpace m = k.process.mem;
            long size = (len + 4095) & ~4095L;
            long hint = addr & ~4095L;
            long at = hint != 0 && hint + size <= 0xFFFF_E000L && m.findFreeIn(size, hint, hint + size, true) == hint
                    ? hint : m.findFreeIn(size, 0, COMPAT_MMAP_TOP, false);
            if (at == -1) {
                return -Errno.ENOMEM;
            }
            addr = at;
        }
        return x64(k, 9, addr, len, prot, flags, signExtend(fd), offset);
    }

    static long mmap2(Task k, long addr, long len, long prot, long flags, long fd, long pgoff) {
        return mmap(k, addr, len, prot, flags, fd, pgoff << 12);
    }

    /** The old mmap: one pointer to six 32-bit words (struct mmap_arg_struct32). */
    static long oldMmap(Task k, long args, long b, long c, long d, long e, long f) {
        AddressSpace m = k.process.mem;
        long[] a = new long[6];
        for (int i = 0; i < 6; i++) {
            a[i] = m.read32(args + 4L * i) & M32;
        }
        if ((a[5] & 4095) != 0) {
            return -Errno.EINVAL;
        }
        return mmap(k, a[0], a[1], a[2], a[3], a[4], a[5]);
    }

    static long clone(Task k, long flags, long stack, long parentTid, long tls, long childTid, long f) {
        if ((flags & CloneSyscalls.CLONE_SETTLS) != 0) {
            return -Errno.EINVAL; // an i386 TLS descriptor (struct user_desc) has no meaning for a 64-bit thread here
        }
        return CloneSyscalls.clone(k, flags, stack, parentTid, childTid, 0, 0);
    }

    // ---- struct stat64 (i386, 96 bytes, packed) and struct compat_stat (64 bytes) ------------------

    /** What stat (0) or lstat (AT_SYMLINK_NOFOLLOW) of a path names. */
    private static FileStat named(Task k, long path, long flags) {
        return StatSyscalls.lookup(k.process, OpenFlags.AT_FDCWD, path, flags);
    }

    static long stat64(Task k, long path, long buf, long c, long d, long e, long f) {
        return writeStat64(k, named(k, path, 0), buf);
    }

    static long lstat64(Task k, long path, long buf, long c, long d, long e, long f) {
        return writeStat64(k, named(k, path, OpenFlags.AT_SYMLINK_NOFOLLOW), buf);
    }

    static long fstat64(Task k, long fd, long buf, long c, long d, long e, long f) {
        return writeStat64(k, k.process.fds.require((int) fd).stat(), buf);
    }

    static long fstatat64(Task k, long dirfd, long path, long buf, long flags, long e, long f) {
        return writeStat64(k, StatSyscalls.lookupAt(k.process, dirfd, path, flags), buf);
    }

    /** cp_stat64 (arch/x86/kernel/sys_ia32.c). */
    static long writeStat64(Task k, FileStat s, long buf) {
        ByteBuffer b = ByteBuffer.allocate(96).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, s.dev());
        b.putInt(12, (int) s.ino());
        b.putInt(16, s.mode());
        b.putInt(20, (int) s.nlink());
        b.putInt(24, s.uid());
        b.putInt(28, s.gid());
        b.putLong(32, s.rdev());
        b.putLong(44, s.size());
        b.putInt(52, (int) s.blksize());
        b.putLong(56, s.blocks());
        b.putInt(64, (int) s.atimeSec());
        b.putInt(68, s.atimeNsec());
        b.putInt(72, (int) s.mtimeSec());
        b.putInt(76, s.mtimeNsec());
        b.putInt(80, (int) s.ctimeSec());
        b.putInt(84, s.ctimeNsec());
        b.putLong(88, s.ino());
        k.process.mem.write(buf, b.array(), 0, 96);
        return 0;
    }

    static long stat(Task k, long path, long buf, long c, long d, long e, long f) {
        return writeCompatStat(k, named(k, path, 0), buf);
    }

    static long lstat(Task k, long path, long buf, long c, long d, long e, long f) {
        return writeCompatStat(k, named(k, path, OpenFlags.AT_SYMLINK_NOFOLLOW), buf);
    }

    static long fstat(Task k, long fd, long buf, long c, long d, long e, long f) {
        return writeCompatStat(k, k.process.fds.require((int) fd).stat(), buf);
    }

    /**
     * cp_compat_stat (fs/stat.c): 32-bit fields, 16-bit ids (overflowuid/gid above 65535); EOVERFLOW
     * for a device number old_valid_dev rejects, an inode or size that does not fit, as the kernel.
     */
    static long writeCompatStat(Task k, FileStat s, long buf) {
        if (!oldValidDev(s.dev()) || !oldValidDev(s.rdev()) || s.ino() != (s.ino() & M32)
                || s.size() > Integer.MAX_VALUE) {
            return -Errno.EOVERFLOW;
        }
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, oldEncodeDev(s.dev()));
        b.putInt(4, (int) s.ino());
        b.putShort(8, (short) s.mode());
        b.putShort(10, (short) Math.min(s.nlink(), 0xFFFF));
        b.putShort(12, (short) id16(s.uid() & M32));
        b.putShort(14, (short) id16(s.gid() & M32));
        b.putInt(16, oldEncodeDev(s.rdev()));
        b.putInt(20, (int) s.size());
        b.putInt(24, (int) s.blksize());
        b.putInt(28, (int) s.blocks());
        b.putInt(32, (int) s.atimeSec());
        b.putInt(36, s.atimeNsec());
        b.putInt(40, (int) s.mtimeSec());
        b.putInt(44, s.mtimeNsec());
        b.putInt(48, (int) s.ctimeSec());
        b.putInt(52, s.ctimeNsec());
        k.process.mem.write(buf, b.array(), 0, 64);
        return 0;
    }

    private static boolean oldValidDev(long dev) {
        return FileStat.major(dev) < 256 && FileStat.minor(dev) < 256;
    }

    private static int oldEncodeDev(long dev) {
        return FileStat.major(dev) << 8 | FileStat.minor(dev);
    }
}
