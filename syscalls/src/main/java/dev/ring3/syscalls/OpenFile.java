package dev.ring3.syscalls;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open file description (open(2)): what the fds made by dup and fork share — the file offset,
 * the status flags, the host object behind it. Each fd holding it counts as one reference; the host
 * object is closed when the last goes. Methods throw {@link ErrnoException}; the defaults are the
 * answers Linux gives for a file type that lacks the operation.
 */
public abstract class OpenFile {
    private final AtomicInteger refs = new AtomicInteger(1);
    private volatile int flags;
    private volatile byte[] termios;

    /** {@code flags}: open(2)'s flags; those that act only at open time are dropped. */
    protected OpenFile(int flags) {
        this.flags = flags & ~OpenFlags.OPEN_ONLY;
    }

    /** Access mode and status flags, as F_GETFL reports them. */
    public final int flags() {
        return flags;
    }

    /** F_SETFL: only O_APPEND, O_ASYNC, O_DIRECT, O_NOATIME and O_NONBLOCK change. */
    public void setStatusFlags(int newFlags) {
        flags = (flags & ~OpenFlags.SETFL_MASK) | (newFlags & OpenFlags.SETFL_MASK);
    }

    public final boolean isPathOnly() {
        return (flags & OpenFlags.O_PATH) != 0;
    }

    public final boolean readable() {
        return !isPathOnly() && (flags & OpenFlags.O_ACCMODE) != OpenFlags.O_WRONLY;
    }

    public final boolean writable() {
        int acc = flags & OpenFlags.O_ACCMODE;
        return !isPathOnly() && (acc == OpenFlags.O_WRONLY || acc == OpenFlags.O_RDWR);
    }

    public final boolean nonBlocking() {
        return (flags & OpenFlags.O_NONBLOCK) != 0;
    }

    public final boolean append() {
        return (flags & OpenFlags.O_APPEND) != 0;
    }

    /** read(2) at the current offset: bytes read into {@code dst}, 0 at end of file. */
    public int read(ByteBuffer dst) {
        throw ErrnoException.of(Errno.EINVAL);
    }

    /** write(2) at the current offset (or the end, with O_APPEND): bytes written from {@code src}. */
    public int write(ByteBuffer src) {
        throw ErrnoException.of(Errno.EINVAL);
    }

    /** pread(2): ESPIPE for files without an offset. */
    public int pread(ByteBuffer dst, long position) {
        throw ErrnoException.of(Errno.ESPIPE);
    }

    /** pwrite(2). */
    public int pwrite(ByteBuffer src, long position) {
        throw ErrnoException.of(Errno.ESPIPE);
    }

    /** lseek(2); {@code whence} is SEEK_SET 0, SEEK_CUR 1, SEEK_END 2 (SEEK_DATA/HOLE 3/4). */
    public long seek(long offset, int whence) {
        throw ErrnoException.of(Errno.ESPIPE);
    }

    /**
     * getdents64(2): appends whole linux_dirent64 records to {@code out} from the current offset;
     * returns the bytes added, 0 at the end. ENOTDIR for anything but a directory.
     */
    public int getdents(ByteBuffer out) {
        throw ErrnoException.of(Errno.ENOTDIR);
    }

    /** fstat(2). */
    public abstract FileStat stat();

    /** ftruncate(2): EINVAL for anything but a regular file open for writing. */
    public void truncate(long length) {
        throw ErrnoException.of(Errno.EINVAL);
    }

    /** fsync(2) / fdatasync(2): EINVAL for pipes, sockets and terminals, which cannot be synced. */
    public void sync(boolean metadata) {
        throw ErrnoException.of(Errno.EINVAL);
    }

    /** Whether reads may continue past a full chunk without blocking (regular files). */
    public boolean isRegularFile() {
        return false;
    }

    /**
     * The termios (36 bytes, struct termios of asm/termbits.h) a guest set with TCSETS on this
     * terminal, or null: ring3 cannot apply it to the host terminal (docs/quirks.md).
     */
    public byte[] termios() {
        return termios;
    }

    public void setTermios(byte[] t) {
        termios = t;
    }

    /**
     * The poll(2) events ready now out of {@code events} plus the ones always reported (POLLERR,
     * POLLHUP). Regular files are always ready.
     */
    public int poll(int events) {
        return events & (PollEvents.POLLIN | PollEvents.POLLOUT | PollEvents.POLLRDNORM | PollEvents.POLLWRNORM);
    }

    /**
     * Whether poll(2) and epoll can watch this file (the kernel's file_can_poll): pipes, sockets,
     * terminals and most character devices; not regular files, directories or /dev/null, /dev/zero,
     * /dev/full, whose drivers have no poll (epoll_ctl: EPERM).
     */
    public boolean pollable() {
        FileStat st = stat();
        int type = st.mode() & FileStat.S_IFMT;
        if (type == FileStat.S_IFIFO || type == FileStat.S_IFSOCK) {
            return true;
        }
        if (type != FileStat.S_IFCHR) {
            return false;
        }
        // drivers/char/mem.c: mem 1:1, null 1:3, port 1:4, zero 1:5, full 1:7 have no poll.
        int minor = FileStat.minor(st.rdev());
        return FileStat.major(st.rdev()) != 1 || minor != 1 && minor != 3 && minor != 4 && minor != 5 && minor != 7;
    }

    /**
     * A count that moves whenever something happens that the kernel would report by waking this
     * file's wait queue for {@code events} (data written into a pipe, an end closed): what makes an
     * edge-triggered epoll item fire again while the file stays ready. 0 for files that cannot say;
     * epoll then also fires on readiness it sees rise.
     */
    public long readinessGeneration(int events) {
        return 0;
    }

    /** FIONREAD: bytes readable without blocking; ENOTTY where Linux has no answer. */
    public long available() {
        throw ErrnoException.of(Errno.ENOTTY);
    }

    /** Whether this is a terminal (isatty(3), TCGETS). */
    public boolean isTerminal() {
        return false;
    }

    /** The absolute host path this file was opened by, or null (pipes, in-memory channels). */
    public Path hostPath() {
        return null;
    }

    /** What readlink of /proc/self/fd/N shows: the path, or e.g. "pipe:[1234]". */
    public abstract String procLink();

    /** Another fd now refers to this description (dup, fork). */
    public final OpenFile retain() {
        refs.incrementAndGet();
        return this;
    }

    /** An fd referring to this description was closed; the last close releases the host object. */
    public final void release() {
        if (refs.decrementAndGet() == 0) {
            FileLocks.released(this); // its OFD and flock locks
            closeHost();
        }
    }

    /** Whether an fd still refers to this description (it was not released by its last close). */
    public final boolean isOpen() {
        return refs.get() > 0;
    }

    /** Closes the host object; errors are ignored, as close(2)'s on a file description are. */
    protected void closeHost() {}
}
