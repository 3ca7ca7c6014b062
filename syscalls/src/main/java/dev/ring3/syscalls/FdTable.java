package dev.ring3.syscalls;

import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;

/**
 * The file descriptor table of a process: fd numbers to {@link OpenFile}s plus the per-fd
 * close-on-exec flag. New fds take the lowest free number (POSIX), below the RLIMIT_NOFILE soft
 * limit (EMFILE beyond it). Threads of a process share the table, so every method is synchronized.
 */
public final class FdTable {
    /** The default RLIMIT_NOFILE soft limit on Linux. */
    public static final int DEFAULT_LIMIT = 1024;
    /** fs.nr_open: the hard ceiling of any limit. */
    public static final int NR_OPEN = 1 << 20;

    private OpenFile[] files = new OpenFile[64];
    private boolean[] cloexec = new boolean[64];
    private int limit = DEFAULT_LIMIT;

    public FdTable() {}

    /**
     * A table with fds 0, 1, 2 open on the given channels. A {@link java.nio.channels.FileChannel}
     * (the host's own stdio) supports seeking and fstat of what it refers to; any other channel
     * behaves like one end of a pipe.
     */
    public static FdTable standard(ReadableByteChannel in, WritableByteChannel out, WritableByteChannel err) {
        FdTable t = new FdTable();
        t.install(in instanceof FileChannel ? new StdioFile((FileChannel) in, 0, OpenFlags.O_RDONLY)
                : new ChannelFile(in, null, OpenFlags.O_RDONLY), false);
        t.install(out instanceof FileChannel ? new StdioFile((FileChannel) out, 1, OpenFlags.O_WRONLY)
                : new ChannelFile(null, out, OpenFlags.O_WRONLY), false);
        t.install(err instanceof FileChannel ? new StdioFile((FileChannel) err, 2, OpenFlags.O_WRONLY)
                : new ChannelFile(null, err, OpenFlags.O_WRONLY), false);
        return t;
    }

    /** RLIMIT_NOFILE soft limit: fds must stay below it. */
    public synchronized int limit() {
        return limit;
    }

    /** setrlimit(RLIMIT_NOFILE): existing fds above the new limit stay open, as in Linux. */
    public synchronized void setLimit(int newLimit) {
        limit = Math.max(0, Math.min(newLimit, NR_OPEN));
    }

    /** The file at {@code fd}, or null if it is not open. */
    public synchronized OpenFile get(long fd) {
        return fd >= 0 && fd < files.length ? files[(int) fd] : null;
    }

    /** The file at {@code fd}; EBADF if it is not open. */
    public OpenFile require(long fd) {
        OpenFile f = get(fd);
        if (f == null) {
            throw ErrnoException.of(Errno.EBADF);
        }
        return f;
    }

    /** Installs {@code f} (whose reference the table takes over) at the lowest free fd; EMFILE if none. */
    public int install(OpenFile f, boolean closeOnExec) {
        return installFrom(0, f, closeOnExec);
    }

    /** Installs at the lowest free fd ≥ {@code min} (F_DUPFD); EMFILE if none, EINVAL if min ≥ limit. */
    public synchronized int installFrom(long min, OpenFile f, boolean closeOnExec) {
        if (min < 0 || min >= limit) {
            f.release();
            throw ErrnoException.of(Errno.EINVAL);
        }
        for (int fd = (int) min; fd < limit; fd++) {
            if (fd >= files.length || files[fd] == null) {
                put(fd, f, closeOnExec);
                return fd;
            }
        }
        f.release();
        throw ErrnoException.of(Errno.EMFILE);
    }

    /**
     * dup2/dup3: makes {@code newFd} refer to the file at {@code oldFd}, closing what was there.
     * EBADF if oldFd is not open or newFd is outside the limit.
     */
    public int dupTo(long oldFd, long newFd, boolean closeOnExec) {
        OpenFile displaced;
        synchronized (this) {
            OpenFile f = require(oldFd);
            if (newFd < 0 || newFd >= limit) {
                throw ErrnoException.of(Errno.EBADF);
            }
            displaced = get(newFd);
            if (displaced == f && oldFd == newFd) {
                return (int) newFd;
            }
            put((int) newFd, f.retain(), closeOnExec);
        }
        if (displaced != null) {
            FileLocks.closed(this, displaced);
            displaced.release();
        }
        return (int) newFd;
    }

    /** close(2): EBADF if {@code fd} is not open. */
    public void close(long fd) {
        OpenFile f;
        synchronized (this) {
            f = require(fd);
            files[(int) fd] = null;
            cloexec[(int) fd] = false;
        }
        FileLocks.closed(this, f); // POSIX: any close of the file drops the table's record locks on it
        f.release();
    }

    public synchronized boolean closeOnExec(long fd) {
        require(fd);
        return cloexec[(int) fd];
    }

    public synchronized void setCloseOnExec(long fd, boolean on) {
        require(fd);
        cloexec[(int) fd] = on;
    }

    /** execve: closes every fd marked close-on-exec. */
    public void closeOnExecAll() {
        for (int fd = 0; fd < size(); fd++) {
            boolean close;
            synchronized (this) {
                close = files[fd] != null && cloexec[fd];
            }
            if (close) {
                close(fd);
            }
        }
    }

    /** close_range(2) without flags: closes the open fds in [first, last]. */
    public void closeRange(long first, long last) {
        for (long fd = first; fd <= last && fd < size(); fd++) {
            if (get(fd) != null) {
                close(fd);
            }
        }
    }

    /** Exit: closes everything. */
    public void closeAll() {
        closeRange(0, Integer.MAX_VALUE);
    }

    /** fork: a copy sharing every open file description. */
    public synchronized FdTable copy() {
        FdTable t = new FdTable();
        t.files = files.clone();
        t.cloexec = cloexec.clone();
        t.limit = limit;
        for (OpenFile f : t.files) {
            if (f != null) {
                f.retain();
            }
        }
        return t;
    }

    /** One past the highest fd slot (open or not) the table has room for. */
    public synchronized int size() {
        return files.length;
    }

    /** The number of open fds. */
    public synchronized int count() {
        int n = 0;
        for (OpenFile f : files) {
            if (f != null) {
                n++;
            }
        }
        return n;
    }

    private void put(int fd, OpenFile f, boolean closeOnExec) {
        if (fd >= files.length) {
            int n = Math.max(fd + 1, files.length * 2);
            files = Arrays.copyOf(files, n);
            cloexec = Arrays.copyOf(cloexec, n);
        }
        files[fd] = f;
        cloexec[fd] = closeOnExec;
    }
}
