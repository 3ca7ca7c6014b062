package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One of the host's own fds 0, 1, 2 (a {@link FileChannel} on it) handed to the guest as its stdio.
 * What it is — a terminal, a pipe, a redirected file — is read from the host's
 * /proc/self/fd/N link, so fstat, lseek and isatty answer as they would for a native program.
 * Writes go straight to the host fd with no buffering, so stdout and stderr interleave as natively.
 * The last close does not close the host fd: the JVM keeps using it (docs/quirks.md).
 */
public final class StdioFile extends OpenFile {
    private final FileChannel ch;
    private final int hostFd;
    /** The host's /proc/self/fd/N link: a path, "pipe:[ino]", "socket:[ino]", ... */
    private final String link;
    private final FileStat initial;

    public StdioFile(FileChannel ch, int hostFd, int flags) {
        this(ch, hostFd, flags, hostLink(hostFd));
    }

    /** {@code link}: what the host's /proc/self/fd/{@code hostFd} says (tests pass their own). */
    StdioFile(FileChannel ch, int hostFd, int flags, String link) {
        super(flags);
        this.ch = ch;
        this.hostFd = hostFd;
        this.link = link;
        this.initial = classify(link);
    }

    private static String hostLink(int fd) {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "pipe:[0]"; // no /proc: assume the common case
        }
    }

    private static FileStat classify(String link) {
        if (link.startsWith("/")) {
            try {
                return FileStat.of(Path.of(link), true);
            } catch (ErrnoException e) {
                return FileStat.synthetic(FileStat.S_IFREG | 0644, 0, 0, 0, 0); // deleted file
            }
        }
        long ino = 0;
        int open = link.indexOf('[');
        int close = link.indexOf(']');
        if (open >= 0 && close > open) {
            try {
                ino = Long.parseLong(link.substring(open + 1, close));
            } catch (NumberFormatException e) {
                ino = 0;
            }
        }
        int type = link.startsWith("socket:") ? FileStat.S_IFSOCK : FileStat.S_IFIFO;
        return FileStat.synthetic(type | 0600, ino, 0, 0, 0);
    }

    /** The host fd number this entry stands for. */
    public int hostFd() {
        return hostFd;
    }

    @Override
    public int read(ByteBuffer dst) {
        try {
            return Math.max(ch.read(dst), 0);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public int write(ByteBuffer src) {
        try {
            int total = 0;
            while (src.hasRemaining()) {
                total += ch.write(src);
            }
            return total;
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public int pread(ByteBuffer dst, long position) {
        if (!initial.isRegular()) {
            throw ErrnoException.of(Errno.ESPIPE);
        }
        try {
            return Math.max(ch.read(dst, position), 0);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public int pwrite(ByteBuffer src, long position) {
        if (!initial.isRegular()) {
            throw ErrnoException.of(Errno.ESPIPE);
        }
        try {
            int total = 0;
            while (src.hasRemaining()) {
                total += ch.write(src, position + total);
            }
            return total;
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public synchronized long seek(long offset, int whence) {
        int type = initial.mode() & FileStat.S_IFMT;
        if (type != FileStat.S_IFREG && type != FileStat.S_IFBLK && !"/dev/null".equals(link)) {
            throw ErrnoException.of(Errno.ESPIPE); // pipes, sockets and terminals (no_llseek)
        }
        try {
            return Lseek.channel(ch, offset, whence, ch.size());
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public FileStat stat() {
        if (link.startsWith("/")) {
            try {
                return FileStat.of(Path.of(link), true);
            } catch (ErrnoException e) {
                return initial;
            }
        }
        return initial;
    }

    @Override
    public long available() {
        if (initial.isRegular()) {
            try {
                return Math.max(0, ch.size() - ch.position());
            } catch (IOException e) {
                throw HostErrno.exception(e);
            }
        }
        if (isTerminal() || (initial.mode() & FileStat.S_IFMT) == FileStat.S_IFIFO) {
            return 0; // the JDK cannot ask the host (FIONREAD needs an ioctl): docs/quirks.md
        }
        throw ErrnoException.of(Errno.ENOTTY);
    }

    @Override
    public void sync(boolean metadata) {
        if (!initial.isRegular()) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        try {
            ch.force(metadata);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public boolean isRegularFile() {
        return initial.isRegular();
    }

    @Override
    public boolean isTerminal() {
        return Terminals.isTerminal(initial);
    }

    @Override
    public Path hostPath() {
        return link.startsWith("/") ? Path.of(link) : null;
    }

    @Override
    public String procLink() {
        return link;
    }
}
