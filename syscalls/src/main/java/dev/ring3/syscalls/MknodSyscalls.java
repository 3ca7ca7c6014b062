package dev.ring3.syscalls;

import dev.ring3.semgen.Semantics;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * mknod and mknodat: the file types an unprivileged process may make. A regular file is created
 * empty, a FIFO by the host's {@code mkfifo} (the JDK has no call for it; the guest then opens,
 * reads and writes it as the host's FIFO), a socket inode by binding a unix socket there and
 * closing it. Character and block devices need CAP_MKNOD, which ring3's guests do not have: EPERM,
 * as for an unprivileged user (docs/quirks.md).
 */
@Semantics(SyscallHandler.class)
final class MknodSyscalls {
    static final int S_IFMT = 0170000, S_IFSOCK = 0140000, S_IFREG = 0100000, S_IFBLK = 060000,
            S_IFCHR = 020000, S_IFIFO = 010000;

    private MknodSyscalls() {}

    static void register(SyscallTable t) {
        t.row(133, "mknod", "path,file_mode,dev", MknodSyscallsSem.mknod);
        t.row(259, "mknodat", "dirfd,path,file_mode,dev", MknodSyscallsSem.mknodat);
    }

    static long mknod(Task k, long a, long b, long c, long d, long e, long f) {
        return mknodat(k.process, OpenFlags.AT_FDCWD, a, b, c);
    }

    static long mknodat(Task k, long a, long b, long c, long d, long e, long f) {
        return mknodat(k.process, a, b, c, d);
    }

    static long mknodat(LinuxProcess p, long dirfd, long pathAddr, long mode, long dev) {
        String path = PathResolver.read(p.mem, pathAddr);
        int type = (int) mode & S_IFMT;
        int perms = (int) mode & 07777 & ~p.umask;
        switch (type) {
            case 0: case S_IFREG: case S_IFIFO: case S_IFSOCK: break;
            case S_IFCHR: case S_IFBLK: throw ErrnoException.of(Errno.EPERM);
            default: throw ErrnoException.of(Errno.EINVAL);
        }
        Path host = PathResolver.resolve(p, dirfd, path);
        if (Files.exists(host, LinkOption.NOFOLLOW_LINKS) || path.endsWith("/")) {
            throw ErrnoException.of(Files.exists(host, LinkOption.NOFOLLOW_LINKS) ? Errno.EEXIST : Errno.ENOENT);
        }
        Path parent = host.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw ErrnoException.of(Files.exists(parent) ? Errno.ENOTDIR : Errno.ENOENT);
        }
        try {
            switch (type) {
                case S_IFIFO: fifo(host, perms); break; // fixMode would open it: an open of a FIFO waits for a peer
                case S_IFSOCK: socket(host, perms); break;
                default:
                    Files.createFile(host, PathOpener.permissions(perms));
                    PathOpener.fixMode(host, perms);
                    break;
            }
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return 0;
    }

    /** The host's mkfifo(1), which sets {@code perms} exactly: the JDK cannot make a FIFO. */
    private static void fifo(Path host, int perms) throws IOException {
        if (!Files.isWritable(host.toAbsolutePath().getParent())) {
            throw ErrnoException.of(Errno.EACCES); // the path is free and its directory there (checked above)
        }
        await(new ProcessBuilder("mkfifo", "-m", Integer.toOctalString(perms), "--", host.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** A socket inode, as a bind leaves it: bound, then closed; then chmod (a socket cannot be opened). */
    private static void socket(Path host, int perms) throws IOException {
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            s.bind(UnixDomainSocketAddress.of(host));
        }
        Process chmod = new ProcessBuilder("chmod", Integer.toOctalString(perms), "--", host.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        await(chmod);
    }

    /** Waits for a helper command; a failure is the guest's EIO. */
    private static void await(Process p) {
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw ErrnoException.of(Errno.EIO);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw ErrnoException.of(Errno.EINTR);
        }
    }
}
