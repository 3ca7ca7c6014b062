package dev.ring3.syscalls.trace;

import java.util.Locale;
import java.util.Set;

/**
 * The syscall classes of strace's -e trace=%CLASS (its syscallent flags TD, TF, TM, TP, TS, TN, TI,
 * TC, TCL, TST/TLST/TFST/TSTA, TSF/TFSF/TSFA, PU) with their x86-64 members, so that a filter
 * selects the same calls as strace on the same program.
 */
enum SyscallClass {
    DESC("read write open close fstat poll lseek mmap ioctl pread64 pwrite64 readv writev pipe select dup dup2"
            + " sendfile fcntl flock fsync fdatasync ftruncate getdents fchdir creat fchmod fchown fstatfs readahead"
            + " fsetxattr fgetxattr flistxattr fremovexattr epoll_create getdents64 fadvise64 epoll_wait epoll_ctl"
            + " mq_open mq_timedsend mq_timedreceive mq_notify mq_getsetattr inotify_init inotify_add_watch"
            + " inotify_rm_watch openat mkdirat mknodat fchownat futimesat newfstatat unlinkat renameat linkat"
            + " symlinkat readlinkat fchmodat faccessat pselect6 ppoll splice tee sync_file_range vmsplice utimensat"
            + " epoll_pwait signalfd timerfd_create eventfd fallocate timerfd_settime timerfd_gettime signalfd4"
            + " eventfd2 epoll_create1 dup3 pipe2 inotify_init1 preadv pwritev perf_event_open fanotify_init"
            + " fanotify_mark name_to_handle_at open_by_handle_at syncfs setns finit_module renameat2 memfd_create"
            + " kexec_file_load bpf execveat userfaultfd copy_file_range preadv2 pwritev2 statx pidfd_send_signal"
            + " io_uring_setup io_uring_enter io_uring_register open_tree move_mount fsopen fsconfig fsmount fspick"
            + " pidfd_open close_range openat2 pidfd_getfd faccessat2 process_madvise epoll_pwait2 mount_setattr"
            + " quotactl_fd landlock_create_ruleset landlock_add_rule landlock_restrict_self memfd_secret"
            + " process_mrelease cachestat fchmodat2"),
    FILE("open stat lstat access execve truncate getcwd chdir rename mkdir rmdir creat link unlink symlink readlink"
            + " chmod chown lchown utime mknod uselib statfs pivot_root chroot acct mount umount2 swapon swapoff"
            + " quotactl setxattr lsetxattr getxattr lgetxattr listxattr llistxattr removexattr lremovexattr utimes"
            + " inotify_add_watch openat mkdirat mknodat fchownat futimesat newfstatat unlinkat renameat linkat"
            + " symlinkat readlinkat fchmodat faccessat utimensat fanotify_mark name_to_handle_at renameat2 execveat"
            + " statx open_tree move_mount fsconfig fspick openat2 faccessat2 mount_setattr fchmodat2"),
    MEMORY("mmap mprotect munmap brk mremap msync mincore madvise shmat shmdt mlock munlock mlockall munlockall"
            + " io_setup io_destroy remap_file_pages mbind set_mempolicy get_mempolicy migrate_pages move_pages"
            + " mlock2 pkey_mprotect set_mempolicy_home_node"),
    PROCESS("clone fork vfork execve exit wait4 kill tkill exit_group waitid tgkill rt_sigqueueinfo"
            + " rt_tgsigqueueinfo execveat pidfd_send_signal clone3"),
    SIGNAL("rt_sigaction rt_sigprocmask rt_sigreturn pause kill rt_sigpending rt_sigtimedwait rt_sigqueueinfo"
            + " rt_sigsuspend sigaltstack tkill tgkill signalfd signalfd4 rt_tgsigqueueinfo pidfd_send_signal"),
    NETWORK("sendfile socket connect accept sendto recvfrom sendmsg recvmsg shutdown bind listen getsockname"
            + " getpeername socketpair setsockopt getsockopt getpmsg putpmsg accept4 recvmmsg sendmmsg"),
    IPC("shmget shmat shmctl semget semop semctl shmdt msgget msgsnd msgrcv msgctl semtimedop"),
    CREDS("getuid getgid setuid setgid geteuid getegid setreuid setregid getgroups setgroups setresuid getresuid"
            + " setresgid getresgid setfsuid setfsgid capget capset prctl"),
    CLOCK("gettimeofday adjtimex settimeofday time clock_settime clock_gettime clock_getres clock_adjtime"),
    PURE("getpid getppid getpgrp getuid getgid geteuid getegid gettid"),
    STAT("stat"),
    LSTAT("lstat"),
    FSTAT("fstat newfstatat statx"),
    ANY_STAT("stat fstat lstat newfstatat statx"),
    STATFS("statfs"),
    FSTATFS("fstatfs"),
    ANY_STATFS("ustat statfs fstatfs");

    private final Set<String> members;

    SyscallClass(String names) {
        this.members = Set.of(names.split(" "));
    }

    boolean contains(String syscall) {
        return members.contains(syscall);
    }

    /** The class strace spells {@code word} ("%file", "file", "%%stat"), or null. */
    static SyscallClass named(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("%%stat")) {
            return ANY_STAT;
        }
        if (w.equals("%%statfs")) {
            return ANY_STATFS;
        }
        boolean percent = w.startsWith("%");
        if (percent) {
            w = w.substring(1);
        }
        for (SyscallClass c : values()) {
            if (c != ANY_STAT && c != ANY_STATFS && c.name().toLowerCase(Locale.ROOT).equals(w)) {
                // strace still accepts the old spellings without % for the first seven classes.
                if (percent || c.ordinal() <= IPC.ordinal()) {
                    return c;
                }
            }
        }
        return null;
    }
}
