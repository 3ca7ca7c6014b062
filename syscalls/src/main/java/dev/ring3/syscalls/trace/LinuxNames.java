package dev.ring3.syscalls.trace;

/**
 * The Linux x86-64 constants the trace decodes, by family, in the order strace prints them
 * (include/uapi headers; strace's xlat tables decide the order of flag words).
 */
final class LinuxNames {
    private LinuxNames() {}

    /** open(2) flags besides the access mode (O_RDONLY, O_WRONLY, O_RDWR come first). */
    static final FlagTable OPEN = FlagTable.of("O_",
            0100, "O_CREAT", 0200, "O_EXCL", 0400, "O_NOCTTY", 01000, "O_TRUNC", 02000, "O_APPEND",
            04000, "O_NONBLOCK", 04010000, "O_SYNC", 010000, "O_DSYNC", 020000, "O_ASYNC", 040000, "O_DIRECT",
            0100000, "O_LARGEFILE", 0400000, "O_NOFOLLOW", 01000000, "O_NOATIME", 02000000, "O_CLOEXEC",
            010000000, "O_PATH", 020200000, "O_TMPFILE", 0200000, "O_DIRECTORY");
    static final String[] ACCMODE = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"};

    /** pidfd_open flags as strace 6.1 knows them (PIDFD_THREAD, Linux 6.9, is PIDFD_??? there). */
    static final FlagTable PIDFD = FlagTable.of("PIDFD_", 04000, "PIDFD_NONBLOCK");
    static final FlagTable MPOL_GET = FlagTable.of("MPOL_", 1, "MPOL_F_NODE", 2, "MPOL_F_ADDR", 4, "MPOL_F_MEMS_ALLOWED");
    static final FlagTable MPOL = FlagTable.of("MPOL_", 0, "MPOL_DEFAULT", 1, "MPOL_PREFERRED", 2, "MPOL_BIND",
            3, "MPOL_INTERLEAVE", 4, "MPOL_LOCAL", 5, "MPOL_PREFERRED_MANY");
    static final FlagTable MPOL_MODE_FLAGS = FlagTable.of("MPOL_", 1 << 15, "MPOL_F_STATIC_NODES",
            1 << 14, "MPOL_F_RELATIVE_NODES", 1 << 13, "MPOL_F_NUMA_BALANCING");
    static final FlagTable SYNC_FILE_RANGE = FlagTable.of("SYNC_FILE_RANGE_", 1, "SYNC_FILE_RANGE_WAIT_BEFORE",
            2, "SYNC_FILE_RANGE_WRITE", 4, "SYNC_FILE_RANGE_WAIT_AFTER");
    static final FlagTable XATTR = FlagTable.of("XATTR_", 1, "XATTR_CREATE", 2, "XATTR_REPLACE");
    static final FlagTable EVENTFD = FlagTable.of("EFD_", 1, "EFD_SEMAPHORE", 02000000, "EFD_CLOEXEC", 04000, "EFD_NONBLOCK");
    static final FlagTable EPOLL_CREATE = FlagTable.of("EPOLL_", 02000000, "EPOLL_CLOEXEC");
    static final FlagTable EPOLL_CTL = FlagTable.of("EPOLL_CTL_", 1, "EPOLL_CTL_ADD", 2, "EPOLL_CTL_DEL",
            3, "EPOLL_CTL_MOD");
    static final FlagTable EPOLL_EVENTS = FlagTable.of("EPOLL", 0x1, "EPOLLIN", 0x2, "EPOLLPRI", 0x4, "EPOLLOUT",
            0x8, "EPOLLERR", 0x10, "EPOLLHUP", 0x20, "EPOLLNVAL", 0x40, "EPOLLRDNORM", 0x80, "EPOLLRDBAND",
            0x100, "EPOLLWRNORM", 0x200, "EPOLLWRBAND", 0x400, "EPOLLMSG", 0x2000, "EPOLLRDHUP",
            1L << 28, "EPOLLEXCLUSIVE", 1L << 29, "EPOLLWAKEUP", 1L << 30, "EPOLLONESHOT", 1L << 31, "EPOLLET");

    static final FlagTable ACCESS = FlagTable.of("?_OK", 4, "R_OK", 2, "W_OK", 1, "X_OK");
    static final FlagTable AT = FlagTable.of("AT_", 0x100, "AT_SYMLINK_NOFOLLOW", 0x400, "AT_SYMLINK_FOLLOW",
            0x800, "AT_NO_AUTOMOUNT", 0x1000, "AT_EMPTY_PATH", 0x200, "AT_REMOVEDIR");
    static final FlagTable AT_EACCESS = FlagTable.of("AT_", 0x200, "AT_EACCESS", 0x100, "AT_SYMLINK_NOFOLLOW",
            0x1000, "AT_EMPTY_PATH");
    static final FlagTable AT_STATX = FlagTable.of("AT_", 0x100, "AT_SYMLINK_NOFOLLOW", 0x800, "AT_NO_AUTOMOUNT",
            0x1000, "AT_EMPTY_PATH");
    static final FlagTable STATX_SYNC = FlagTable.of("AT_STATX_", 0, "AT_STATX_SYNC_AS_STAT",
            0x2000, "AT_STATX_FORCE_SYNC", 0x4000, "AT_STATX_DONT_SYNC");
    static final FlagTable STATX_MASK = FlagTable.of("STATX_", 0xfff, "STATX_ALL", 0x7ff, "STATX_BASIC_STATS",
            1, "STATX_TYPE", 2, "STATX_MODE", 4, "STATX_NLINK", 8, "STATX_UID", 0x10, "STATX_GID",
            0x20, "STATX_ATIME", 0x40, "STATX_MTIME", 0x80, "STATX_CTIME", 0x100, "STATX_INO", 0x200, "STATX_SIZE",
            0x400, "STATX_BLOCKS", 0x800, "STATX_BTIME", 0x1000, "STATX_MNT_ID", 0x2000, "STATX_DIOALIGN");
    static final FlagTable RENAME = FlagTable.of("RENAME_", 1, "RENAME_NOREPLACE", 2, "RENAME_EXCHANGE",
            4, "RENAME_WHITEOUT");
    static final FlagTable WHENCE = FlagTable.of("SEEK_", 0, "SEEK_SET", 1, "SEEK_CUR", 2, "SEEK_END",
            3, "SEEK_DATA", 4, "SEEK_HOLE");
    static final FlagTable FCNTL = FlagTable.of("F_", 0, "F_DUPFD", 1, "F_GETFD", 2, "F_SETFD", 3, "F_GETFL",
            4, "F_SETFL", 5, "F_GETLK", 6, "F_SETLK", 7, "F_SETLKW", 8, "F_SETOWN", 9, "F_GETOWN",
            10, "F_SETSIG", 11, "F_GETSIG", 15, "F_SETOWN_EX", 16, "F_GETOWN_EX", 36, "F_OFD_GETLK",
            37, "F_OFD_SETLK", 38, "F_OFD_SETLKW", 1024, "F_SETLEASE", 1025, "F_GETLEASE", 1026, "F_NOTIFY",
            1030, "F_DUPFD_CLOEXEC", 1031, "F_SETPIPE_SZ", 1032, "F_GETPIPE_SZ", 1033, "F_ADD_SEALS",
            1034, "F_GET_SEALS");
    static final FlagTable FD_FLAGS = FlagTable.of("FD_", 1, "FD_CLOEXEC");
    static final FlagTable LOCK_TYPE = FlagTable.of("F_", 0, "F_RDLCK", 1, "F_WRLCK", 2, "F_UNLCK");
    static final FlagTable FLOCK = FlagTable.of("LOCK_", 1, "LOCK_SH", 2, "LOCK_EX", 8, "LOCK_UN", 4, "LOCK_NB");
    static final FlagTable IOCTL = FlagTable.of("IOC_", 0x5401, "TCGETS", 0x5402, "TCSETS", 0x5403, "TCSETSW",
            0x5404, "TCSETSF", 0x5409, "TCSBRK", 0x540A, "TCXONC", 0x540B, "TCFLSH", 0x540E, "TIOCSCTTY",
            0x540F, "TIOCGPGRP", 0x5410, "TIOCSPGRP", 0x5413, "TIOCGWINSZ", 0x5414, "TIOCSWINSZ",
            0x541B, "FIONREAD", 0x5421, "FIONBIO", 0x5422, "TIOCNOTTY", 0x5429, "TIOCGSID", 0x5450, "FIONCLEX",
            0x5451, "FIOCLEX", 0x5452, "FIOASYNC", 0x80045430L, "TIOCGPTN", 0x40045431L, "TIOCSPTLCK");
    static final FlagTable FADVICE = FlagTable.of("POSIX_FADV_", 0, "POSIX_FADV_NORMAL", 1, "POSIX_FADV_RANDOM",
            2, "POSIX_FADV_SEQUENTIAL", 3, "POSIX_FADV_WILLNEED", 4, "POSIX_FADV_DONTNEED", 5, "POSIX_FADV_NOREUSE");
    static final FlagTable FALLOCATE = FlagTable.of("FALLOC_FL_", 1, "FALLOC_FL_KEEP_SIZE", 2, "FALLOC_FL_PUNCH_HOLE",
            8, "FALLOC_FL_COLLAPSE_RANGE", 0x10, "FALLOC_FL_ZERO_RANGE", 0x20, "FALLOC_FL_INSERT_RANGE",
            0x40, "FALLOC_FL_UNSHARE_RANGE");
    static final FlagTable CLOSE_RANGE = FlagTable.of("CLOSE_RANGE_", 2, "CLOSE_RANGE_UNSHARE", 4, "CLOSE_RANGE_CLOEXEC");

    static final FlagTable PROT = FlagTable.of("PROT_", 0, "PROT_NONE", 1, "PROT_READ", 2, "PROT_WRITE",
            4, "PROT_EXEC", 8, "PROT_SEM", 0x01000000, "PROT_GROWSDOWN", 0x02000000, "PROT_GROWSUP");
    static final FlagTable MAP_TYPE = FlagTable.of("MAP_", 1, "MAP_SHARED", 2, "MAP_PRIVATE", 3, "MAP_SHARED_VALIDATE");
    static final FlagTable MAP = FlagTable.of("MAP_", 0x10, "MAP_FIXED", 0x20, "MAP_ANONYMOUS", 0x40, "MAP_32BIT",
            0x100, "MAP_GROWSDOWN", 0x800, "MAP_DENYWRITE", 0x1000, "MAP_EXECUTABLE", 0x2000, "MAP_LOCKED",
            0x4000, "MAP_NORESERVE", 0x8000, "MAP_POPULATE", 0x10000, "MAP_NONBLOCK", 0x20000, "MAP_STACK",
            0x40000, "MAP_HUGETLB", 0x80000, "MAP_SYNC", 0x100000, "MAP_FIXED_NOREPLACE",
            0x4000000, "MAP_UNINITIALIZED");
    static final FlagTable MREMAP = FlagTable.of("MREMAP_", 1, "MREMAP_MAYMOVE", 2, "MREMAP_FIXED",
            4, "MREMAP_DONTUNMAP");
    static final FlagTable MSYNC = FlagTable.of("MS_", 1, "MS_ASYNC", 2, "MS_INVALIDATE", 4, "MS_SYNC");
    static final FlagTable MADVICE = FlagTable.of("MADV_", 0, "MADV_NORMAL", 1, "MADV_RANDOM", 2, "MADV_SEQUENTIAL",
            3, "MADV_WILLNEED", 4, "MADV_DONTNEED", 8, "MADV_FREE", 9, "MADV_REMOVE", 10, "MADV_DONTFORK",
            11, "MADV_DOFORK", 12, "MADV_MERGEABLE", 13, "MADV_UNMERGEABLE", 14, "MADV_HUGEPAGE",
            15, "MADV_NOHUGEPAGE", 16, "MADV_DONTDUMP", 17, "MADV_DODUMP", 18, "MADV_WIPEONFORK",
            19, "MADV_KEEPONFORK", 20, "MADV_COLD", 21, "MADV_PAGEOUT", 22, "MADV_POPULATE_READ",
            23, "MADV_POPULATE_WRITE", 24, "MADV_DONTNEED_LOCKED", 25, "MADV_COLLAPSE", 100, "MADV_HWPOISON");
    static final FlagTable SHMGET = FlagTable.of("SHM_", 01000, "IPC_CREAT", 02000, "IPC_EXCL", 04000, "SHM_HUGETLB",
            010000, "SHM_NORESERVE");
    static final FlagTable SHMAT = FlagTable.of("SHM_", 010000, "SHM_RDONLY", 020000, "SHM_RND", 040000, "SHM_REMAP",
            0100000, "SHM_EXEC");
    static final FlagTable SHMCTL = FlagTable.of("SHM_", 0, "IPC_RMID", 1, "IPC_SET", 2, "IPC_STAT", 3, "IPC_INFO",
            11, "SHM_LOCK", 12, "SHM_UNLOCK", 13, "SHM_STAT", 14, "SHM_INFO", 15, "SHM_STAT_ANY");
    static final FlagTable MLOCKALL = FlagTable.of("MCL_", 1, "MCL_CURRENT", 2, "MCL_FUTURE", 4, "MCL_ONFAULT");
    static final FlagTable MLOCK2 = FlagTable.of("MLOCK_", 1, "MLOCK_ONFAULT");
    static final FlagTable GRND = FlagTable.of("GRND_", 1, "GRND_NONBLOCK", 2, "GRND_RANDOM", 4, "GRND_INSECURE");

    static final FlagTable SIGPROCMASK = FlagTable.of("SIG_", 0, "SIG_BLOCK", 1, "SIG_UNBLOCK", 2, "SIG_SETMASK");
    static final FlagTable SA_FLAGS = FlagTable.of("SA_", 0x04000000L, "SA_RESTORER", 0x08000000L, "SA_ONSTACK",
            0x10000000L, "SA_RESTART", 0x40000000L, "SA_NODEFER", 0x80000000L, "SA_RESETHAND",
            1, "SA_NOCLDSTOP", 2, "SA_NOCLDWAIT", 4, "SA_SIGINFO", 0x400, "SA_UNSUPPORTED",
            0x800, "SA_EXPOSE_TAGBITS");
    static final FlagTable SS_FLAGS = FlagTable.of("SS_", 1, "SS_ONSTACK", 2, "SS_DISABLE", 0x80000000L, "SS_AUTODISARM");
    static final FlagTable CLOCK = FlagTable.of("CLOCK_", 0, "CLOCK_REALTIME", 1, "CLOCK_MONOTONIC",
            2, "CLOCK_PROCESS_CPUTIME_ID", 3, "CLOCK_THREAD_CPUTIME_ID", 4, "CLOCK_MONOTONIC_RAW",
            5, "CLOCK_REALTIME_COARSE", 6, "CLOCK_MONOTONIC_COARSE", 7, "CLOCK_BOOTTIME", 8, "CLOCK_REALTIME_ALARM",
            9, "CLOCK_BOOTTIME_ALARM", 11, "CLOCK_TAI");
    static final FlagTable TIMER = FlagTable.of("TIMER_", 1, "TIMER_ABSTIME");
    static final FlagTable PRIO = FlagTable.of("PRIO_", 0, "PRIO_PROCESS", 1, "PRIO_PGRP", 2, "PRIO_USER");
    static final FlagTable SCHED = FlagTable.of("SCHED_", 0, "SCHED_OTHER", 1, "SCHED_FIFO", 2, "SCHED_RR",
            3, "SCHED_BATCH", 4, "SCHED_ISO", 5, "SCHED_IDLE", 6, "SCHED_DEADLINE");
    static final FlagTable MEMBARRIER = FlagTable.of("MEMBARRIER_CMD_", 0, "MEMBARRIER_CMD_QUERY",
            1, "MEMBARRIER_CMD_GLOBAL", 2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED", 4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED",
            8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED", 16, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED",
            32, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE", 64, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE",
            128, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ", 256, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ");
    static final FlagTable SFD = FlagTable.of("SFD_", 02000000, "SFD_CLOEXEC", 04000, "SFD_NONBLOCK");
    static final FlagTable ITIMER = FlagTable.of("ITIMER_", 0, "ITIMER_REAL", 1, "ITIMER_VIRTUAL", 2, "ITIMER_PROF");
    static final FlagTable SIGEV = FlagTable.of("SIGEV_", 0, "SIGEV_SIGNAL", 1, "SIGEV_NONE", 2, "SIGEV_THREAD",
            4, "SIGEV_THREAD_ID");
    static final FlagTable TFD = FlagTable.of("TFD_", 1, "TFD_TIMER_ABSTIME", 2, "TFD_TIMER_CANCEL_ON_SET",
            02000000, "TFD_CLOEXEC", 04000, "TFD_NONBLOCK");
    static final FlagTable RLIMIT = FlagTable.of("RLIMIT_", 0, "RLIMIT_CPU", 1, "RLIMIT_FSIZE", 2, "RLIMIT_DATA",
            3, "RLIMIT_STACK", 4, "RLIMIT_CORE", 5, "RLIMIT_RSS", 6, "RLIMIT_NPROC", 7, "RLIMIT_NOFILE",
            8, "RLIMIT_MEMLOCK", 9, "RLIMIT_AS", 10, "RLIMIT_LOCKS", 11, "RLIMIT_SIGPENDING", 12, "RLIMIT_MSGQUEUE",
            13, "RLIMIT_NICE", 14, "RLIMIT_RTPRIO", 15, "RLIMIT_RTTIME");
    static final FlagTable RUSAGE = FlagTable.of("RUSAGE_", 0, "RUSAGE_SELF", -1, "RUSAGE_CHILDREN",
            1, "RUSAGE_THREAD");
    static final FlagTable ARCH_PRCTL = FlagTable.of("ARCH_", 0x1001, "ARCH_SET_GS", 0x1002, "ARCH_SET_FS",
            0x1003, "ARCH_GET_FS", 0x1004, "ARCH_GET_GS", 0x1011, "ARCH_GET_CPUID", 0x1012, "ARCH_SET_CPUID",
            0x1021, "ARCH_GET_XCOMP_SUPP", 0x1022, "ARCH_GET_XCOMP_PERM", 0x1023, "ARCH_REQ_XCOMP_PERM",
            0x4001, "ARCH_GET_UNTAG_MASK", 0x4002, "ARCH_ENABLE_TAGGED_ADDR", 0x4003, "ARCH_GET_MAX_TAG_BITS",
            0x2001, "ARCH_MAP_VDSO_X32", 0x2002, "ARCH_MAP_VDSO_32", 0x2003, "ARCH_MAP_VDSO_64",
            0x5001, "ARCH_SHSTK_ENABLE", 0x5002, "ARCH_SHSTK_DISABLE", 0x5003, "ARCH_SHSTK_LOCK",
            0x5005, "ARCH_SHSTK_STATUS");
    static final FlagTable PRCTL = FlagTable.of("PR_", 1, "PR_SET_PDEATHSIG", 2, "PR_GET_PDEATHSIG",
            3, "PR_GET_DUMPABLE", 4, "PR_SET_DUMPABLE", 5, "PR_GET_UNALIGN", 6, "PR_SET_UNALIGN", 7, "PR_GET_KEEPCAPS",
            8, "PR_SET_KEEPCAPS", 9, "PR_GET_FPEMU", 10, "PR_SET_FPEMU", 11, "PR_GET_FPEXC", 12, "PR_SET_FPEXC",
            13, "PR_GET_TIMING", 14, "PR_SET_TIMING", 15, "PR_SET_NAME", 16, "PR_GET_NAME", 19, "PR_GET_ENDIAN",
            20, "PR_SET_ENDIAN", 22, "PR_SET_SECCOMP", 21, "PR_GET_SECCOMP", 23, "PR_CAPBSET_READ",
            24, "PR_CAPBSET_DROP", 25, "PR_GET_TSC", 26, "PR_SET_TSC", 27, "PR_GET_SECUREBITS",
            28, "PR_SET_SECUREBITS", 29, "PR_SET_TIMERSLACK", 30, "PR_GET_TIMERSLACK",
            31, "PR_TASK_PERF_EVENTS_DISABLE", 32, "PR_TASK_PERF_EVENTS_ENABLE", 33, "PR_MCE_KILL",
            34, "PR_MCE_KILL_GET", 35, "PR_SET_MM", 36, "PR_SET_CHILD_SUBREAPER",
            37, "PR_GET_CHILD_SUBREAPER", 38, "PR_SET_NO_NEW_PRIVS", 39, "PR_GET_NO_NEW_PRIVS",
            0x59616d61, "PR_SET_PTRACER", 40, "PR_GET_TID_ADDRESS", 41, "PR_SET_THP_DISABLE",
            42, "PR_GET_THP_DISABLE", 43, "PR_MPX_ENABLE_MANAGEMENT", 44, "PR_MPX_DISABLE_MANAGEMENT",
            45, "PR_SET_FP_MODE", 46, "PR_GET_FP_MODE", 47, "PR_CAP_AMBIENT", 50, "PR_SVE_SET_VL",
            51, "PR_SVE_GET_VL", 52, "PR_GET_SPECULATION_CTRL", 53, "PR_SET_SPECULATION_CTRL",
            54, "PR_PAC_RESET_KEYS", 55, "PR_SET_TAGGED_ADDR_CTRL", 56, "PR_GET_TAGGED_ADDR_CTRL",
            57, "PR_SET_IO_FLUSHER", 58, "PR_GET_IO_FLUSHER", 59, "PR_SET_SYSCALL_USER_DISPATCH",
            60, "PR_PAC_SET_ENABLED_KEYS", 61, "PR_PAC_GET_ENABLED_KEYS", 62, "PR_SCHED_CORE",
            0x53564d41, "PR_SET_VMA");
    /** Capability numbers (uapi/linux/capability.h), as strace names them. */
    static final FlagTable CAP = FlagTable.of("CAP_", 0, "CAP_CHOWN", 1, "CAP_DAC_OVERRIDE", 2, "CAP_DAC_READ_SEARCH", 3, "CAP_FOWNER", 4, "CAP_FSETID", 5, "CAP_KILL", 6, "CAP_SETGID", 7, "CAP_SETUID", 8, "CAP_SETPCAP", 9, "CAP_LINUX_IMMUTABLE", 10, "CAP_NET_BIND_SERVICE", 11, "CAP_NET_BROADCAST", 12, "CAP_NET_ADMIN", 13, "CAP_NET_RAW", 14, "CAP_IPC_LOCK", 15, "CAP_IPC_OWNER", 16, "CAP_SYS_MODULE", 17, "CAP_SYS_RAWIO", 18, "CAP_SYS_CHROOT", 19, "CAP_SYS_PTRACE", 20, "CAP_SYS_PACCT", 21, "CAP_SYS_ADMIN", 22, "CAP_SYS_BOOT", 23, "CAP_SYS_NICE", 24, "CAP_SYS_RESOURCE", 25, "CAP_SYS_TIME", 26, "CAP_SYS_TTY_CONFIG", 27, "CAP_MKNOD", 28, "CAP_LEASE", 29, "CAP_AUDIT_WRITE", 30, "CAP_AUDIT_CONTROL", 31, "CAP_SETFCAP", 32, "CAP_MAC_OVERRIDE", 33, "CAP_MAC_ADMIN", 34, "CAP_SYSLOG", 35, "CAP_WAKE_ALARM", 36, "CAP_BLOCK_SUSPEND", 37, "CAP_AUDIT_READ", 38, "CAP_PERFMON", 39, "CAP_BPF", 40, "CAP_CHECKPOINT_RESTORE");
    static final FlagTable PR_CAP_AMBIENT = FlagTable.of("PR_CAP_AMBIENT_", 1, "PR_CAP_AMBIENT_IS_SET",
            2, "PR_CAP_AMBIENT_RAISE", 3, "PR_CAP_AMBIENT_LOWER", 4, "PR_CAP_AMBIENT_CLEAR_ALL");
    static final FlagTable SECBIT = FlagTable.of("SECBIT_", 1, "SECBIT_NOROOT", 2, "SECBIT_NOROOT_LOCKED",
            4, "SECBIT_NO_SETUID_FIXUP", 8, "SECBIT_NO_SETUID_FIXUP_LOCKED", 0x10, "SECBIT_KEEP_CAPS",
            0x20, "SECBIT_KEEP_CAPS_LOCKED", 0x40, "SECBIT_NO_CAP_AMBIENT_RAISE", 0x80, "SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED");
    static final FlagTable PR_UNALIGN = FlagTable.of("PR_UNALIGN_", 1, "PR_UNALIGN_NOPRINT", 2, "PR_UNALIGN_SIGBUS");
    static final FlagTable PR_TSC = FlagTable.of("PR_TSC_", 1, "PR_TSC_ENABLE", 2, "PR_TSC_SIGSEGV");
    static final FlagTable PR_DUMP = FlagTable.of("SUID_DUMP_", 0, "SUID_DUMP_DISABLE", 1, "SUID_DUMP_USER",
            2, "SUID_DUMP_ROOT");
    static final FlagTable PR_MCE = FlagTable.of("PR_MCE_KILL_", 0, "PR_MCE_KILL_CLEAR", 1, "PR_MCE_KILL_SET");
    static final FlagTable PR_MCE_POLICY = FlagTable.of("PR_MCE_KILL_", 0, "PR_MCE_KILL_LATE", 1, "PR_MCE_KILL_EARLY",
            2, "PR_MCE_KILL_DEFAULT");
    static final FlagTable FUTEX = FlagTable.of("FUTEX_", 0, "FUTEX_WAIT", 1, "FUTEX_WAKE", 2, "FUTEX_FD",
            3, "FUTEX_REQUEUE", 4, "FUTEX_CMP_REQUEUE", 5, "FUTEX_WAKE_OP", 6, "FUTEX_LOCK_PI",
            7, "FUTEX_UNLOCK_PI", 8, "FUTEX_TRYLOCK_PI", 9, "FUTEX_WAIT_BITSET", 10, "FUTEX_WAKE_BITSET",
            11, "FUTEX_WAIT_REQUEUE_PI", 12, "FUTEX_CMP_REQUEUE_PI", 13, "FUTEX_LOCK_PI2");
    static final FlagTable POLL = FlagTable.of("POLL", 1, "POLLIN", 2, "POLLPRI", 4, "POLLOUT", 8, "POLLERR",
            0x10, "POLLHUP", 0x20, "POLLNVAL", 0x40, "POLLRDNORM", 0x80, "POLLRDBAND", 0x100, "POLLWRNORM",
            0x200, "POLLWRBAND", 0x400, "POLLMSG", 0x2000, "POLLRDHUP");

    /** st_mode file types. */
    static final FlagTable S_IFMT = FlagTable.of("S_IF", 0140000, "S_IFSOCK", 0120000, "S_IFLNK",
            0100000, "S_IFREG", 060000, "S_IFBLK", 040000, "S_IFDIR", 020000, "S_IFCHR", 010000, "S_IFIFO");
    static final FlagTable S_ISUGO = FlagTable.of("S_IS", 04000, "S_ISUID", 02000, "S_ISGID", 01000, "S_ISVTX");
    /** statfs f_type magic numbers strace names. */
    static final FlagTable FS_MAGIC = FlagTable.of("", 0xEF53, "EXT2_SUPER_MAGIC", 0x01021994, "TMPFS_MAGIC",
            0x9fa0, "PROC_SUPER_MAGIC", 0x62656572, "SYSFS_MAGIC", 0x794c7630, "OVERLAYFS_SUPER_MAGIC",
            0x9123683E, "BTRFS_SUPER_MAGIC", 0x58465342, "XFS_SUPER_MAGIC", 0x1cd1, "DEVPTS_SUPER_MAGIC",
            0x6969, "NFS_SUPER_MAGIC", 0x65735546, "FUSE_SUPER_MAGIC", 0x01021997, "V9FS_MAGIC");
    static final FlagTable ST_FLAGS = FlagTable.of("ST_", 1, "ST_RDONLY", 2, "ST_NOSUID", 4, "ST_NODEV",
            8, "ST_NOEXEC", 16, "ST_SYNCHRONOUS", 32, "ST_VALID", 64, "ST_MANDLOCK", 1024, "ST_NOATIME",
            2048, "ST_NODIRATIME", 4096, "ST_RELATIME", 8192, "ST_NOSYMFOLLOW");

    // termios (asm-generic/termbits.h), in strace's order
    static final FlagTable TC_IFLAG = FlagTable.of("I", 01, "IGNBRK", 02, "BRKINT", 04, "IGNPAR", 010, "PARMRK",
            020, "INPCK", 040, "ISTRIP", 0100, "INLCR", 0200, "IGNCR", 0400, "ICRNL", 01000, "IUCLC",
            02000, "IXON", 04000, "IXANY", 010000, "IXOFF", 020000, "IMAXBEL", 040000, "IUTF8");
    static final FlagTable TC_OFLAG = FlagTable.of("O", 01, "OPOST", 02, "OLCUC", 04, "ONLCR", 010, "OCRNL",
            020, "ONOCR", 040, "ONLRET", 0100, "OFILL", 0200, "OFDEL");
    static final FlagTable TC_CFLAG = FlagTable.of("C", 0100, "CSTOPB", 0200, "CREAD", 0400, "PARENB",
            01000, "PARODD", 02000, "HUPCL", 04000, "CLOCAL", 020000000000L, "CRTSCTS");
    static final FlagTable TC_LFLAG = FlagTable.of("", 01, "ISIG", 02, "ICANON", 04, "XCASE", 010, "ECHO",
            020, "ECHOE", 040, "ECHOK", 0100, "ECHONL", 0200, "NOFLSH", 0400, "TOSTOP", 01000, "ECHOCTL",
            02000, "ECHOPRT", 04000, "ECHOKE", 010000, "FLUSHO", 040000, "PENDIN", 0100000, "IEXTEN",
            0200000, "EXTPROC");
    static final FlagTable BAUD = FlagTable.of("B", 0, "B0", 1, "B50", 2, "B75", 3, "B110", 4, "B134", 5, "B150",
            6, "B200", 7, "B300", 010, "B600", 011, "B1200", 012, "B1800", 013, "B2400", 014, "B4800",
            015, "B9600", 016, "B19200", 017, "B38400", 010001, "B57600", 010002, "B115200", 010003, "B230400",
            010004, "B460800", 010005, "B500000", 010006, "B576000", 010007, "B921600", 010010, "B1000000");
}
