package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * open(2) and openat(2) on host paths: checks the flags in the order the kernel's do_open and
 * may_open do, then opens a {@link HostFile}, a {@link HostDirectory} or an O_PATH
 * {@link PathFile}. New files get {@code mode & ~umask} of the guest process, not the JVM's.
 */
public final class PathOpener {
    private PathOpener() {}

    /** Opens {@code path} (relative to {@code dirfd}); the result carries one reference for the new fd. */
    public static OpenFile open(LinuxProcess p, long dirfd, String path, int flags, int mode) {
        if ((flags & (OpenFlags.O_TMPFILE & ~OpenFlags.O_DIRECTORY)) != 0) {
            throw ErrnoException.of(Errno.EOPNOTSUPP); // no unnamed files through the JDK: docs/quirks.md
        }
        // On 64-bit kernels every open is a large-file open (force_o_largefile), and F_GETFL shows it.
        flags |= OpenFlags.O_LARGEFILE;
        String abs = PathResolver.absolute(p, dirfd, path);
        OpenFile proc = ProcFiles.open(p, abs, flags);
        if (proc != null) {
            return proc;
        }
        if (ProcSelf.isFdDirectory(p, abs)) {
            return new ProcFdDirectory(p.fds, flags, FileStat.of(Path.of("/proc/self/fd"), true));
        }
        OpenFile magic = ProcSelf.file(p, abs);
        if (magic != null && magic.hostPath() == null) {
            return magic.retain(); // a pipe or channel reopened through /proc/self/fd: the same object
        }
        Path host = PathResolver.resolve(p, dirfd, path);
        boolean noFollow = (flags & OpenFlags.O_NOFOLLOW) != 0;
        int acc = flags & OpenFlags.O_ACCMODE;

        FileStat lst = statOrNull(host, false);
        FileStat st = lst != null && lst.isSymlink() ? statOrNull(host, true) : lst;

        if ((flags & OpenFlags.O_PATH) != 0) {
            FileStat target = noFollow ? lst : st;
            if (target == null) {
                throw ErrnoException.of(Errno.ENOENT);
            }
            if ((flags & OpenFlags.O_DIRECTORY) != 0 && !target.isDirectory()) {
                throw ErrnoException.of(Errno.ENOTDIR);
            }
            return new PathFile(host, flags & (OpenFlags.O_PATH | OpenFlags.O_DIRECTORY | OpenFlags.O_NOFOLLOW
                    | OpenFlags.O_LARGEFILE), target);
        }
        boolean create = (flags & OpenFlags.O_CREAT) != 0;
        boolean excl = create && (flags & OpenFlags.O_EXCL) != 0;
        if (excl && lst != null) {
            throw ErrnoException.of(Errno.EEXIST);
        }
        if (lst != null && lst.isSymlink() && noFollow) {
            throw ErrnoException.of(Errno.ELOOP);
        }
        if (st != null && st.isDirectory()) {
            boolean wantsWrite = acc != OpenFlags.O_RDONLY || (flags & OpenFlags.O_TRUNC) != 0;
            if (create || wantsWrite) {
                throw ErrnoException.of(Errno.EISDIR);
            }
            return new HostDirectory(host, flags, st);
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            throw ErrnoException.of(st == null && !create ? Errno.ENOENT : Errno.ENOTDIR);
        }
        if (st == null && !create) {
            throw ErrnoException.of(Errno.ENOENT);
        }
        if (create && abs.endsWith("/")) {
            throw ErrnoException.of(Errno.EISDIR);
        }

        Set<OpenOption> opts = new HashSet<>();
        if (acc != OpenFlags.O_WRONLY) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == OpenFlags.O_WRONLY || acc == OpenFlags.O_RDWR) {
            opts.add(StandardOpenOption.WRITE);
            if ((flags & OpenFlags.O_TRUNC) != 0) {
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
        }
        if (noFollow) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
        }
        if ((flags & OpenFlags.O_SYNC) == OpenFlags.O_SYNC) {
            opts.add(StandardOpenOption.SYNC);
        } else if ((flags & OpenFlags.O_DSYNC) != 0) {
            opts.add(StandardOpenOption.DSYNC);
        }
        int wanted = mode & 07777 & ~p.umask;
        boolean creating = create && st == null;
        try {
            if (creating) {
                // The JDK ignores CREATE on a read-only open; Linux creates the file anyway.
                try {
                    Files.createFile(host, permissions(wanted));
                } catch (FileAlreadyExistsException e) {
                    if (excl) {
                        throw e;
                    }
                    creating = false; // lost a race with another creator: open theirs
                }
                if (creating) {
                    fixMode(host, wanted);
                }
            }
            FileChannel ch = FileChannel.open(host, opts);
            if (acc == OpenFlags.O_RDONLY && (flags & OpenFlags.O_TRUNC) != 0 && !creating) {
                // Linux truncates even on O_RDONLY when the caller may write; the JDK ignores it.
                try (FileChannel w = FileChannel.open(host, StandardOpenOption.WRITE)) {
                    w.truncate(0);
                }
            }
            return new HostFile(ch, host, flags, FileStat.of(host, true));
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    private static FileStat statOrNull(Path host, boolean follow) {
        try {
            return FileStat.of(host, follow);
        } catch (ErrnoException e) {
            if (e.errno == Errno.ENOENT) {
                return null;
            }
            throw e;
        }
    }

    /** The permission bits as a JDK creation attribute (the JVM's umask may still remove some). */
    static FileAttribute<Set<PosixFilePermission>> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(order[i]);
            }
        }
        return PosixFilePermissions.asFileAttribute(s);
    }

    /**
     * Sets exactly {@code mode} (with setuid, setgid, sticky) on a file ring3 just created: the JDK
     * applies the JVM's umask, which need not be the guest's.
     */
    static void fixMode(Path host, int mode) throws IOException {
        int actual = (Integer) Files.getAttribute(host, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
        if (actual != mode) {
            Files.setAttribute(host, "unix:mode", mode, LinkOption.NOFOLLOW_LINKS);
        }
    }
}
