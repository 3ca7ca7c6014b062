package dev.ring3.syscalls;

import java.util.Locale;

/**
 * The vocabulary of argument kinds that syscall rows declare (comma-separated lower-case words,
 * the return kind after "->"), and what each means for the strace-style trace. The word is the
 * constant's name in lower case: {@code "fd,buf_out,size"} is {@link #FD}, {@link #BUF_OUT},
 * {@link #SIZE}. An {@linkplain #out output} kind is shown after the call, and as a bare address
 * when the call failed, as strace does; the rest are shown as they were when the call was made.
 */
public enum ArgKind {
    // ---- plain numbers ----------------------------------------------------------------------
    /** A signed 32-bit integer (counts, pids, uids; -1 prints as -1). */
    INT,
    /** An unsigned 32-bit integer. */
    UINT,
    /** A size_t: unsigned 64-bit decimal. */
    SIZE,
    /** An off_t: signed 64-bit decimal. */
    OFF,
    /** A number printed in hex (0 as "0"). */
    HEX,
    /** A guest address or opaque pointer: 0x..., or NULL. */
    ADDR,
    /** A mode_t in octal with at least three digits (0644, 000). */
    MODE,
    /** mknod's mode: the file type and the permissions (S_IFIFO|0644). */
    FILE_MODE,
    /** mknod's dev_t, makedev(0x1, 0x3): shown only for a character or block device. */
    DEV,
    /**
     * An argument not printed in its own place: one the kernel ignores on x86-64 (preadv2's high
     * offset word), or one an earlier argument prints (clone's, inside {@link #CLONE_ARGS}).
     */
    HIDDEN,

    // ---- descriptors and paths --------------------------------------------------------------
    /** A file descriptor. */
    FD,
    /** A directory fd of the *at calls: AT_FDCWD or the number. */
    DIRFD,
    /** A NUL-terminated path, shown in full. */
    PATH,
    /** A NUL-terminated string, cut at the -s limit. */
    STR,
    /** Bytes the call reads, as many as the next argument says, cut at the -s limit. */
    BUF_IN,
    /** Bytes the call writes, as many as the result says (read, readlink). */
    BUF_OUT(true),
    /** Like {@link #BUF_OUT}, every byte as \x escapes (getrandom). */
    BUF_OUT_HEX(true),
    /** A NUL-terminated string the call writes (getcwd). */
    STR_OUT(true),
    /** A struct iovec array the call reads, the count in the next argument. */
    IOVEC_IN,
    /** A struct iovec array the call fills, the count in the next argument, the total in the result. */
    IOVEC_OUT(true),
    /** A struct iovec array of another process (process_vm_readv/writev): addresses and lengths only. */
    IOVEC_ADDRS,
    /** An int[2] of new fds (pipe, pipe2). */
    FDS_OUT(true),
    /** A directory-entry buffer: its address and the count of entries, after the call. */
    DIRENTS_OUT(true),

    // ---- flag words and enumerations ----------------------------------------------------------
    /** open(2) flags: O_RDONLY|O_CLOEXEC. */
    OFLAGS,
    /** The creation mode of open/openat/creat: printed only with O_CREAT or O_TMPFILE. */
    OPEN_MODE,
    /** access(2) mode: F_OK or R_OK|W_OK|X_OK. */
    ACCESS_MODE,
    /** AT_* flags of the *at calls (AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH, AT_REMOVEDIR...). */
    ATFLAGS,
    /** renameat2 flags (RENAME_NOREPLACE...). */
    RENAME_FLAGS,
    /** lseek whence: SEEK_SET, SEEK_CUR, SEEK_END... */
    WHENCE,
    /** An fcntl command (F_GETFL...). */
    FCNTL_CMD,
    /** fcntl's third argument, decoded by the command (flags, FD_CLOEXEC, a number, a struct flock). */
    FCNTL_ARG,
    /** flock(2) operation: LOCK_SH|LOCK_NB. */
    FLOCK_OP,
    /** An ioctl request (TCGETS, TIOCGWINSZ, FIONREAD...). */
    IOCTL_CMD,
    /** ioctl's third argument, decoded by the request. */
    IOCTL_ARG,
    /** posix_fadvise advice. */
    FADVICE,
    /** fallocate mode (FALLOC_FL_*). */
    FALLOCATE_MODE,
    /** mmap/mprotect protection: PROT_READ|PROT_WRITE, or PROT_NONE. */
    PROT,
    /** mmap flags: MAP_PRIVATE|MAP_ANONYMOUS. */
    MMAP_FLAGS,
    /** mremap flags: MREMAP_MAYMOVE. */
    MREMAP_FLAGS,
    /** mremap's new address: printed only with MREMAP_FIXED or MREMAP_DONTUNMAP. */
    MREMAP_ADDR,
    /** msync flags: MS_SYNC. */
    MSYNC_FLAGS,
    /** madvise advice: MADV_DONTNEED. */
    MADVICE,
    /** mlockall flags: MCL_CURRENT|MCL_FUTURE. */
    MLOCKALL_FLAGS,
    /** A System V IPC key: IPC_PRIVATE or hex. */
    IPC_KEY,
    /** shmget's flags and mode: IPC_CREAT|IPC_EXCL|0600, or only the mode (0600). */
    SHMGET_FLAGS,
    /** shmat's flags: SHM_RDONLY|SHM_RND. */
    SHMAT_FLAGS,
    /** shmctl's command: IPC_RMID, IPC_STAT, SHM_INFO... */
    SHMCTL_CMD,
    /** shmctl's buffer, decoded by the command before it (struct shmid_ds, shminfo, shm_info). */
    SHMCTL_BUF(true),
    /** mlock2 flags: MLOCK_ONFAULT. */
    MLOCK2_FLAGS,
    /** getrandom flags: GRND_NONBLOCK. */
    GRND_FLAGS,
    /** A signal number: SIGINT (0 prints as 0). */
    SIGNAL,
    /** rt_sigprocmask's how: SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK. */
    SIGPROCMASK_HOW,
    /** A clock id: CLOCK_MONOTONIC. */
    CLOCKID,
    /** clock_nanosleep flags: TIMER_ABSTIME or 0. */
    TIMER_FLAGS,
    /** setitimer/getitimer's which: ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF. */
    ITIMER_WHICH,
    /** A struct itimerval the call reads: {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=1, tv_usec=0}}, or NULL. */
    ITIMERVAL_IN,
    /** A struct itimerval the call fills. */
    ITIMERVAL_OUT(true),
    /** A struct itimerspec the call reads: {it_interval={tv_sec=0, tv_nsec=0}, it_value={...}}, or NULL. */
    ITIMERSPEC_IN,
    /** A struct itimerspec the call fills. */
    ITIMERSPEC_OUT(true),
    /** timer_create's struct sigevent: {sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}, or NULL. */
    SIGEVENT,
    /** timerfd_create and timerfd_settime flags: TFD_TIMER_ABSTIME, TFD_CLOEXEC|TFD_NONBLOCK. */
    TIMERFD_FLAGS,
    /** signalfd4 flags: SFD_CLOEXEC|SFD_NONBLOCK. */
    SIGNALFD_FLAGS,
    /** getpriority/setpriority's which: PRIO_PROCESS, PRIO_PGRP, PRIO_USER. */
    PRIORITY_WHICH,
    /** A scheduling policy: SCHED_FIFO, SCHED_IDLE|SCHED_RESET_ON_FORK. */
    SCHED_POLICY,
    /** A struct sched_param the call reads: [priority]. */
    SCHED_PARAM_IN,
    /** A struct sched_param the call fills. */
    SCHED_PARAM_OUT(true),
    /** membarrier's command: MEMBARRIER_CMD_QUERY. */
    MEMBARRIER_CMD,
    /** A mincore vector the call fills, one byte per page of the length before it. */
    MINCORE_OUT(true),
    /** utime's struct utimbuf: {actime=..., modtime=...} with each date commented, or NULL. */
    UTIMBUF_IN,
    /** utimes and futimesat's struct timeval[2]: [{tv_sec=1, tv_usec=0}, {...}], or NULL. */
    TIMEVALS_IN,
    /** An RLIMIT_* resource. */
    RLIMIT_RESOURCE,
    /** getrusage's who: RUSAGE_SELF. */
    RUSAGE_WHO,
    /** arch_prctl code: ARCH_SET_FS. */
    ARCH_PRCTL_CODE,
    /** arch_prctl's address: the value for ARCH_SET_*, [value] after the call for ARCH_GET_*. */
    ARCH_PRCTL_ADDR,
    /** A prctl option and its arguments (PR_SET_NAME, "name"); the following prctl words are its arguments. */
    PRCTL_OPTION,
    /** A prctl argument, printed when the option uses it. */
    PRCTL_ARG,
    /** A futex operation: FUTEX_WAIT_PRIVATE; the arguments after it print as the operation uses them. */
    FUTEX_OP,
    /** futex's timeout (a struct timespec for the wait operations) or its val2 number. */
    FUTEX_TIMEOUT,
    /** A futex argument printed only by operations that use it (uaddr2, val3). */
    FUTEX_ARG,
    /** close_range flags (CLOSE_RANGE_CLOEXEC...). */
    CLOSE_RANGE_FLAGS,
    /** Flags printed as a number (copy_file_range, preadv2 RWF_*): 0 or 0x... */
    NUMBER_FLAGS,
    /** personality(2) persona: 0xffffffff (query) or the number in hex. */
    PERSONA,

    // ---- sockets --------------------------------------------------------------------------------
    /** A socket address family: AF_INET. */
    SOCK_DOMAIN,
    /** A socket type and its creation flags: SOCK_STREAM|SOCK_CLOEXEC. */
    SOCK_TYPE,
    /** A socket protocol, named for the family in the first argument: IPPROTO_TCP. */
    SOCK_PROTOCOL,
    /** accept4 flags: SOCK_CLOEXEC|SOCK_NONBLOCK. */
    SOCK_FLAGS,
    /** send/recv flags: MSG_DONTWAIT|MSG_NOSIGNAL. */
    MSG_FLAGS,
    /** shutdown's how: SHUT_WR. */
    SHUTDOWN_HOW,
    /** A struct sockaddr the call reads, its length in the next argument. */
    SOCKADDR_IN,
    /** A struct sockaddr the call fills, a pointer to its socklen_t in the next argument. */
    SOCKADDR_OUT(true),
    /** A socklen_t the call reads and updates: [16], or [128 => 16] when it changed. */
    SOCKLEN_INOUT(true),
    /** A socket option level: SOL_SOCKET, SOL_TCP. */
    SOCK_LEVEL,
    /** A socket option name, named for the level in the previous argument: SO_REUSEADDR. */
    SOCKOPT_NAME,
    /** setsockopt's value, its length in the next argument: [1]. */
    SOCKOPT_IN,
    /** getsockopt's value, a pointer to its length in the next argument. */
    SOCKOPT_OUT(true),
    /** A struct msghdr the call reads (sendmsg). */
    MSGHDR_IN,
    /** A struct msghdr the call fills (recvmsg). */
    MSGHDR_OUT(true),
    /** sendmmsg's struct mmsghdr array: each message with its msg_len after the call (also shown when it failed). */
    MMSGHDR_SENT(true),
    /** recvmmsg's struct mmsghdr array: the messages received, as many as the result says. */
    MMSGHDR_RECEIVED(true),
    /** recvmmsg's timeout: shown at entry, the time left after the call beside the result. */
    TIMESPEC_LEFT,

    // ---- processes ------------------------------------------------------------------------------
    /** clone's arguments as strace orders them: child_stack=, flags=, parent_tid=[tid], tls=, child_tidptr=. */
    CLONE_ARGS(true),
    /** clone3's struct clone_args: {flags=CLONE_VM|CLONE_VFORK, exit_signal=SIGCHLD, stack=..., stack_size=...}. */
    CLONE3_ARGS,
    /** execve's argv: ["prog", "arg"]. */
    ARGV,
    /** execve's envp: its address and a count, 0x7ffe... /* 12 vars *}{@code /}. */
    ENVP,
    /** The wait status the call fills: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}]. */
    WAIT_STATUS(true),
    /** wait4/waitid options: WNOHANG|__WALL. */
    WAIT_OPTIONS,
    /** waitid's idtype: P_PID. */
    IDTYPE,
    /** A siginfo_t the call fills (waitid): {si_signo=SIGCHLD, si_code=CLD_EXITED, ...}. */
    SIGINFO_OUT(true),

    // ---- structures -----------------------------------------------------------------------------
    /** struct stat the call fills: {st_mode=S_IFREG|0644, st_size=1234, ...}. */
    STAT_OUT(true),
    /** struct statx the call fills. */
    STATX_OUT(true),
    /** statx mask: STATX_BASIC_STATS. */
    STATX_MASK,
    /** struct statfs the call fills. */
    STATFS_OUT(true),
    /** A struct timespec the call reads: {tv_sec=1, tv_nsec=0}, or NULL. */
    TIMESPEC_IN,
    /** A struct timespec the call fills. */
    TIMESPEC_OUT(true),
    /** The time left of an interrupted sleep: a struct timespec after EINTR or ERESTART*, else the address. */
    SLEEP_REMAIN(true),
    /** A siginfo_t the call reads (rt_sigqueueinfo): {si_signo=SIGUSR1, si_code=SI_QUEUE, ...}. */
    SIGINFO_IN,
    /** A struct timeval the call reads. */
    TIMEVAL_IN,
    /** A struct timeval the call fills. */
    TIMEVAL_OUT(true),
    /** struct timezone the call fills (gettimeofday's second argument). */
    TIMEZONE_OUT(true),
    /** utimensat's struct timespec[2]: [UTIME_NOW, {tv_sec=1, tv_nsec=0}] or NULL. */
    UTIMENS_IN,
    /** time(2)'s time_t out pointer: NULL or [value]. */
    TIME_OUT(true),
    /** A struct rlimit the call reads: {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}. */
    RLIMIT_IN,
    /** A struct rlimit the call fills. */
    RLIMIT_OUT(true),
    /** struct rusage the call fills. */
    RUSAGE_OUT(true),
    /** struct tms the call fills. */
    TMS_OUT(true),
    /** struct sysinfo the call fills. */
    SYSINFO_OUT(true),
    /** struct utsname the call fills: {sysname="Linux", nodename="host", ...}. */
    UTSNAME_OUT(true),
    /** A struct sigaction the call reads (rt_sigaction's new action). */
    SIGACTION_IN,
    /** A struct sigaction the call fills (the old action). */
    SIGACTION_OUT(true),
    /** A sigset_t the call reads: [INT TERM], ~[RTMIN RT_1], []. */
    SIGSET_IN,
    /** A sigset_t the call fills. */
    SIGSET_OUT(true),
    /** A stack_t the call reads (sigaltstack). */
    STACK_IN,
    /** A stack_t the call fills. */
    STACK_OUT(true),
    /** The mask rt_sigreturn restored: {mask=[...]}. */
    SIGRETURN_MASK(true),
    /** A struct pollfd array, the count in the next argument; revents are added to the result. */
    POLLFDS,
    /** poll's timeout in milliseconds. */
    POLL_TIMEOUT,
    /** get_mempolicy flags: MPOL_F_NODE|MPOL_F_ADDR. */
    MPOL_GET_FLAGS,
    /** A memory policy mode with its flags: MPOL_BIND|MPOL_F_STATIC_NODES. */
    MPOL_MODE,
    /** A node mask the call reads, its size in bits plus one in the next argument: [0x00000000000001]. */
    NODEMASK_IN,
    /** A node mask the call fills, sized by the next argument. */
    NODEMASK_OUT(true),
    /** An int the call fills with a memory policy mode: [MPOL_DEFAULT]. */
    MPOL_MODE_OUT(true),
    /** sync_file_range flags: SYNC_FILE_RANGE_WAIT_BEFORE|SYNC_FILE_RANGE_WRITE|SYNC_FILE_RANGE_WAIT_AFTER. */
    SYNC_FILE_RANGE_FLAGS,
    /** setxattr flags: XATTR_CREATE, XATTR_REPLACE. */
    XATTR_FLAGS,
    /** pidfd_open flags: PIDFD_NONBLOCK. */
    PIDFD_FLAGS,
    /** eventfd2 flags: EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK. */
    EVENTFD_FLAGS,
    /** epoll_create1 flags: EPOLL_CLOEXEC. */
    EPOLL_CREATE_FLAGS,
    /** epoll_ctl's operation: EPOLL_CTL_ADD, EPOLL_CTL_DEL, EPOLL_CTL_MOD. */
    EPOLL_CTL_OP,
    /** epoll_ctl's struct epoll_event: {events=EPOLLIN|EPOLLET, data={u32=3, u64=3}}; an address for DEL. */
    EPOLL_EVENT_IN,
    /** The struct epoll_event array epoll_wait fills, as many as the result says. */
    EPOLL_EVENTS_OUT(true),
    /** A sigset_t the call reads but strace shows after it (epoll_pwait): an address when the call failed. */
    SIGSET_AFTER(true),
    /** A struct timespec the call reads but strace shows after it (epoll_pwait2): an address when the call failed. */
    TIMESPEC_AFTER(true),
    /** An fd_set of select/pselect6 ([3 4]), nfds in the first argument. */
    FDSET,
    /** pselect6's sixth argument: {sigmask=[...], sigsetsize=8} or NULL. */
    PSELECT_SIGMASK,
    /** An int the call fills, shown as [value] (getresuid, getcpu). */
    INT_OUT(true),
    /** A gid_t array the call fills, its length in the result (getgroups). */
    GIDS_OUT(true),
    /** A gid_t array the call reads, its length in the previous argument (setgroups). */
    GIDS_IN,
    /** A CPU mask the call reads: [0 1]. */
    CPUSET_IN,
    /** A CPU mask the call fills, its size in bytes in the result. */
    CPUSET_OUT(true),
    /** A pointer to an address the call fills: [0x...] (get_robust_list). */
    ADDR_OUT(true),
    /** A size_t the call fills: [24]. */
    SIZE_OUT(true),
    /** A loff_t the call reads and updates (sendfile, copy_file_range): NULL or [0] => [10]. */
    LOFF_INOUT;

    /** True if the call writes what the argument points to: shown after the call. */
    public final boolean out;

    ArgKind() {
        this(false);
    }

    ArgKind(boolean out) {
        this.out = out;
    }

    /** The word rows use for this kind. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a row's word names; IllegalArgumentException for a word outside the vocabulary. */
    public static ArgKind of(String word) {
        try {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown argument kind '" + word + "'", e);
        }
    }

    /**
     * Parses a row's args string ("fd,buf_out,size->fd"): the argument kinds in order, then the
     * return kind as the last element ({@link #INT} when the string has no "->").
     */
    public static ArgKind[] parse(String args) {
        String in = args;
        ArgKind ret = INT;
        int arrow = args.indexOf("->");
        if (arrow >= 0) {
            ret = of(args.substring(arrow + 2));
            in = args.substring(0, arrow);
        }
        String[] words = in.isBlank() ? new String[0] : in.split(",");
        ArgKind[] kinds = new ArgKind[words.length + 1];
        for (int i = 0; i < words.length; i++) {
            kinds[i] = of(words[i]);
        }
        kinds[words.length] = ret;
        return kinds;
    }
}
