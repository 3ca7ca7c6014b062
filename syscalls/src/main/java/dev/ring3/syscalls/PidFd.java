package dev.ring3.syscalls;

/**
 * A pidfd (kernel/pid.c, fs/pidfs.c): a file that names one process (or, with PIDFD_THREAD, one
 * thread) for as long as it is open, whatever pid numbers are reused meanwhile. poll reports
 * POLLIN once the whole thread group has ended (zombie or reaped), POLLHUP as well once it is
 * reaped; read and write are EINVAL. pidfd_send_signal, pidfd_getfd and waitid(P_PIDFD) act on
 * the process it names.
 */
final class PidFd extends AnonInodeFile {
    /** PIDFD_THREAD (O_EXCL): the pidfd names a thread rather than its thread group. */
    static final int PIDFD_THREAD = OpenFlags.O_EXCL;

    final LinuxProcess process;
    /** The thread named by a PIDFD_THREAD pidfd, else null. */
    final Task thread;

    PidFd(LinuxProcess process, Task thread, int flags) {
        super(OpenFlags.O_RDWR | (flags & OpenFlags.O_NONBLOCK), "pidfd");
        this.process = process;
        this.thread = thread;
    }

    /** The whole thread group has ended (the kernel's thread_group_exited). */
    boolean ended() {
        return process.ended();
    }

    /** The process has been reaped: its pid no longer names it. */
    boolean reaped() {
        ProcessTable tab = process.table;
        return tab != null && ended() && tab.process(process.pid) != process;
    }

    /** pidfs (Linux 6.9+) gives the inode mode 0700 and no file type. */
    @Override
    public FileStat stat() {
        return FileStat.synthetic(0700, EpollFile.ANON_INODE, 0, 0, 0);
    }

    @Override
    public int read(java.nio.ByteBuffer dst) {
        throw ErrnoException.of(Errno.EINVAL);
    }

    @Override
    public int write(java.nio.ByteBuffer src) {
        throw ErrnoException.of(Errno.EINVAL);
    }

    @Override
    public int poll(int events) {
        if (!ended()) {
            return 0;
        }
        return PollEvents.POLLIN | PollEvents.POLLRDNORM | (reaped() ? PollEvents.POLLHUP : 0);
    }
}
