package dev.ring3.syscalls;

import dev.ring3.semgen.Semantics;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Syscalls on the file system by path: access, the working directory, readlink, creating and
 * removing names, permissions and owners, timestamps, truncate, statfs. Paths resolve through
 * {@link PathResolver}; host errors come back as Linux's errno through {@link HostErrno}.
 */
@Semantics(SyscallHandler.class)
public final class FsSyscalls {
    private FsSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(21, "access", "path,access_mode", FsSyscallsSem.access);
        t.row(76, "truncate", "path,off", FsSyscallsSem.truncate);
        t.row(79, "getcwd", "str_out,size", FsSyscallsSem.getcwd);
        t.row(80, "chdir", "path", FsSyscallsSem.chdir);
        t.row(81, "fchdir", "fd", FsSyscallsSem.fchdir);
        t.row(82, "rename", "path,path", FsSyscallsSem.rename);
        t.row(83, "mkdir", "path,mode", FsSyscallsSem.mkdir);
        t.row(84, "rmdir", "path", FsSyscallsSem.rmdir);
        t.row(86, "link", "path,path", FsSyscallsSem.link);
        t.row(87, "unlink", "path", FsSyscallsSem.unlink);
        t.row(88, "symlink", "path,path", FsSyscallsSem.symlink);
        t.row(89, "readlink", "path,buf_out,size", FsSyscallsSem.readlink);
        t.row(90, "chmod", "path,mode", FsSyscallsSem.chmod);
        t.row(91, "fchmod", "fd,mode", FsSyscallsSem.fchmod);
        t.row(92, "chown", "path,int,int", FsSyscallsSem.chown);
        t.row(93, "fchown", "fd,int,int", FsSyscallsSem.fchown);
        t.row(94, "lchown", "path,int,int", FsSyscallsSem.lchown);
        t.row(137, "statfs", "path,statfs_out", FsSyscallsSem.statfs);
        t.row(138, "fstatfs", "fd,statfs_out", FsSyscallsSem.fstatfs);
        t.row(258, "mkdirat", "dirfd,path,mode", FsSyscallsSem.mkdirat);
        t.row(260, "fchownat", "dirfd,path,int,int,atflags", FsSyscallsSem.fchownat);
        t.row(263, "unlinkat", "dirfd,path,atflags", FsSyscallsSem.unlinkat);
        t.row(264, "renameat", "dirfd,path,dirfd,path", FsSyscallsSem.renameat);
        t.row(265, "linkat", "dirfd,path,dirfd,path,atflags", FsSyscallsSem.linkat);
        t.row(266, "symlinkat", "path,dirfd,path", FsSyscallsSem.symlinkat);
        t.row(267, "readlinkat", "dirfd,path,buf_out,size", FsSyscallsSem.readlinkat);
        t.row(268, "fchmodat", "dirfd,path,mode", FsSyscallsSem.fchmodat);
        t.row(269, "faccessat", "dirfd,path,access_mode", FsSyscallsSem.faccessat);
        t.row(280, "utimensat", "dirfd,path,utimens_in,atflags", FsSyscallsSem.utimensat);
        t.row(132, "utime", "path,utimbuf_in", FsSyscallsSem.utime);
        t.row(235, "utimes", "path,timevals_in", FsSyscallsSem.utimes);
        t.row(261, "futimesat", "dirfd,path,timevals_in", FsSyscallsSem.futimesat);
        t.row(316, "renameat2", "dirfd,path,dirfd,path,rename_flags", FsSyscallsSem.renameat2);
        t.row(439, "faccessat2", "dirfd,path,access_mode,atflags", FsSyscallsSem.faccessat2);
    }

    static long access(Task k, long a, long b, long c, long d, long e, long f) {
        return faccessat2(k.process, OpenFlags.AT_FDCWD, a, b, 0);
    }

    static long truncate(Task k, long a, long b, long c, long d, long e, long f) {
        return truncate(k.process, a, b);
    }

    static long getcwd(Task k, long a, long b, long c, long d, long e, long f) {
        return getcwd(k.process, a, b);
    }

    static long chdir(Task k, long a, long b, long c, long d, long e, long f) {
        return chdir(k.process, a);
    }

    static long fchdir(Task k, long a, long b, long c, long d, long e, long f) {
        return fchdir(k.process, a);
    }

    static long rename(Task k, long a, long b, long c, long d, long e, long f) {
        return renameat2(k.process, OpenFlags.AT_FDCWD, a, OpenFlags.AT_FDCWD, b, 0);
    }

    static long mkdir(Task k, long a, long b, long c, long d, long e, long f) {
        return mkdirat(k.process, OpenFlags.AT_FDCWD, a, b);
    }

    static long rmdir(Task k, long a, long b, long c, long d, long e, long f) {
        return unlinkat(k.process, OpenFlags.AT_FDCWD, a, OpenFlags.AT_REMOVEDIR);
    }

    static long link(Task k, long a, long b, long c, long d, long e, long f) {
        return linkat(k.process, OpenFlags.AT_FDCWD, a, OpenFlags.AT_FDCWD, b, 0);
    }

    static long unlink(Task k, long a, long b, long c, long d, long e, long f) {
        return unlinkat(k.process, OpenFlags.AT_FDCWD, a, 0);
    }

    static long symlink(Task k, long a, long b, long c, long d, long e, long f) {
        return symlinkat(k.process, a, OpenFlags.AT_FDCWD, b);
    }

    static long readlink(Task k, long a, long b, long c, long d, long e, long f) {
        return readlinkat(k.process, OpenFlags.AT_FDCWD, a, b, c);
    }

    static long chmod(Task k, long a, long b, long c, long d, long e, long f) {
        return fchmodat(k.process, OpenFlags.AT_FDCWD, a, b);
    }

    static long fchmod(Task k, long a, long b, long c, long d, long e, long f) {
        return fchmod(k.process, a, b);
    }

    static long chown(Task k, long a, long b, long c, long d, long e, long f) {
        return fchownat(k.process, OpenFlags.AT_FDCWD, a, b, c, 0);
    }

    static long fchown(Task k, long a, long b, long c, long d, long e, long f) {
        return fchownat(k.process, a, 0, b, c, OpenFlags.AT_EMPTY_PATH);
    }

    static long lchown(Task k, long a, long b, long c, long d, long e, long f) {
        return fchownat(k.process, OpenFlags.AT_FDCWD, a, b, c, OpenFlags.AT_SYMLINK_NOFOLLOW);
    }

    static long statfs(Task k, long a, long b, long c, long d, long e, long f) {
        return statfs(k.process, a, b);
    }

    static long fstatfs(Task k, long a, long b, long c, long d, long e, long f) {
        return fstatfs(k.process, a, b);
    }

    static long mkdirat(Task k, long a, long b, long c, long d, long e, long f) {
        return mkdirat(k.process, a, b, c);
    }

    static long fchownat(Task k, long a, long b, long c, long d, long e, long f) {
        return fchownat(k.process, a, b, c, d, e);
    }

    static long unlinkat(Task k, long a, long b, long c, long d, long e, long f) {
        return unlinkat(k.process, a, b, c);
    }

    static long renameat(Task k, long a, long b, long c, long d, long e, long f) {
        return renameat2(k.process, a, b, c, d, 0);
    }

    static long linkat(Task k, long a, long b, long c, long d, long e, long f) {
        return linkat(k.process, a, b, c, d, e);
    }

    static long symlinkat(Task k, long a, long b, long c, long d, long e, long f) {
        return symlinkat(k.process, a, b, c);
    }

    static long readlinkat(Task k, long a, long b, long c, long d, long e, long f) {
        return readlinkat(k.process, a, b, c, d);
    }

    static long fchmodat(Task k, long a, long b, long c, long d, long e, long f) {
        return fchmodat(k.process, a, b, c);
    }

    static long faccessat(Task k, long a, long b, long c, long d, long e, long f) {
        return faccessat2(k.process, a, b, c, 0);
    }

    static long utimensat(Task k, long a, long b, long c, long d, long e, long f) {
        return utimensat(k.process, a, b, c, d);
    }

    static long utime(Task k, long a, long b, long c, long d, long e, long f) {
        return utime(k.process, a, b);
    }

    static long utimes(Task k, long a, long b, long c, long d, long e, long f) {
        return futimesat(k.process, OpenFlags.AT_FDCWD, a, b);
    }

    static long futimesat(Task k, long a, long b, long c, long d, long e, long f) {
        return futimesat(k.process, a, b, c);
    }

    static long renameat2(Task k, long a, long b, long c, long d, long e, long f) {
        return renameat2(k.process, a, b, c, d, e);
    }

    static long faccessat2(Task k, long a, long b, long c, long d, long e, long f) {
        return faccessat2(k.process, a, b, c, d);
    }

    /** The host path a *at call names: the path, or the dirfd's own file for "" with AT_EMPTY_PATH. */
    private static Path target(LinuxProcess p, long dirfd, long pathAddr, long flags) {
        String path = PathResolver.read(p.mem, pathAddr);
        if (path.isEmpty() && (flags & OpenFlags.AT_EMPTY_PATH) != 0) {
            return fdPath(p, dirfd);
        }
        return PathResolver.resolve(p, dirfd, path);
    }

    private static Path fdPath(LinuxProcess p, long fd) {
        if ((int) fd == OpenFlags.AT_FDCWD) {
            return Path.of(p.cwd);
        }
        Path h = p.fds.require((int) fd).hostPath();
        if (h == null) {
            throw ErrnoException.of(Errno.EBADF); // pipes: nothing ring3 can change by path
        }
        return h;
    }

    private static LinkOption[] links(boolean follow) {
        return follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    // ---- access and the working directory --------------------------------------------------------

    /** faccessat2(2); faccessat is this with flags 0. The JDK asks the host's access(2). */
    public static long faccessat2(LinuxProcess p, long dirfd, long pathAddr, long mode, long flags) {
        if ((mode & ~7L) != 0 || (flags & ~(long) (OpenFlags.AT_EACCESS | OpenFlags.AT_SYMLINK_NOFOLLOW
                | OpenFlags.AT_EMPTY_PATH)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        Path host = target(p, dirfd, pathAddr, flags);
        boolean follow = (flags & OpenFlags.AT_SYMLINK_NOFOLLOW) == 0;
        FileStat.of(host, follow); // ENOENT, ENOTDIR, ELOOP as stat would give them
        if (mode == 0 || !follow && Files.isSymbolicLink(host)) {
            return 0;
        }
        int n = Long.bitCount(mode);
        AccessMode[] modes = new AccessMode[n];
        int i = 0;
        if ((mode & 4) != 0) {
            modes[i++] = AccessMode.READ;
        }
        if ((mode & 2) != 0) {
            modes[i++] = AccessMode.WRITE;
        }
        if ((mode & 1) != 0) {
            modes[i++] = AccessMode.EXECUTE;
        }
        try {
            host.getFileSystem().provider().checkAccess(host, modes);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return 0;
    }

    /** getcwd(2): the length including the NUL; ERANGE if {@code size} is too small. */
    public static long getcwd(LinuxProcess p, long buf, long size) {
        byte[] b = p.cwd.getBytes(StandardCharsets.UTF_8);
        if (size < b.length + 1) {
            throw ErrnoException.of(Errno.ERANGE);
        }
        p.mem.write(buf, b, 0, b.length);
        p.mem.write8(buf + b.length, (byte) 0);
        return b.length + 1;
    }

    public static long chdir(LinuxProcess p, long pathAddr) {
        setCwd(p, PathResolver.resolve(p, OpenFlags.AT_FDCWD, pathAddr));
        return 0;
    }

    public static long fchdir(LinuxProcess p, long fd) {
        OpenFile f = p.fds.require((int) fd);
        if (f.hostPath() == null) {
            throw ErrnoException.of(Errno.ENOTDIR);
        }
        setCwd(p, f.hostPath());
        return 0;
    }

    /** Like the kernel, the new cwd is the directory itself: getcwd shows no symlinks. */
    private static void setCwd(LinuxProcess p, Path dir) {
        if (!FileStat.of(dir, true).isDirectory()) {
            throw ErrnoException.of(Errno.ENOTDIR);
        }
        try {
            dir.getFileSystem().provider().checkAccess(dir, AccessMode.EXECUTE);
            p.cwd = dir.toRealPath().toString();
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    // ---- links -------------------------------------------------------------------------------

    /**
     * readlinkat(2): the target without a NUL, truncated to {@code size}. /proc/self/exe,
     * /proc/self/cwd and /proc/self/fd/N answer from the guest process.
     */
    public static long readlinkat(LinuxProcess p, long dirfd, long pathAddr, long buf, long size) {
        if (size <= 0 || size > Integer.MAX_VALUE) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        String path = PathResolver.read(p.mem, pathAddr);
        String target;
        if (path.isEmpty()) {
            // An O_PATH|O_NOFOLLOW fd on a symlink, read with an empty path (readlinkat(2)).
            target = readSymlink(fdPath(p, dirfd));
        } else {
            target = ProcSelf.readlink(p, PathResolver.absolute(p, dirfd, path));
            if (target == null) {
                target = readSymlink(PathResolver.resolve(p, dirfd, path));
            }
        }
        byte[] b = target.getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(b.length, size);
        p.mem.write(buf, b, 0, n);
        return n;
    }

    private static String readSymlink(Path host) {
        try {
            return Files.readSymbolicLink(host).toString();
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    public static long symlinkat(LinuxProcess p, long targetAddr, long dirfd, long pathAddr) {
        String target = PathResolver.read(p.mem, targetAddr);
        if (target.isEmpty()) {
            throw ErrnoException.of(Errno.ENOENT);
        }
        Path link = PathResolver.resolve(p, dirfd, pathAddr);
        try {
            Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return 0;
    }

    /** linkat(2): a hard link; AT_SYMLINK_FOLLOW links the symlink's target instead of the link. */
    public static long linkat(LinuxProcess p, long oldDirfd, long oldAddr, long newDirfd, long newAddr, long flags) {
        if ((flags & ~(long) (OpenFlags.AT_SYMLINK_FOLLOW | OpenFlags.AT_EMPTY_PATH)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        Path from = target(p, oldDirfd, oldAddr, flags);
        Path to = PathResolver.resolve(p, newDirfd, newAddr);
        try {
            if ((flags & OpenFlags.AT_SYMLINK_FOLLOW) != 0) {
                from = from.toRealPath();
            }
            if (FileStat.of(from, false).isDirectory()) {
                throw ErrnoException.of(Errno.EPERM); // link(2): oldpath is a directory
            }
            Files.createLink(to, from);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return 0;
    }

    // ---- creating, removing and renaming names -----------------------------------------------------

    /** mkdirat(2): the mode keeps the sticky bit, less the process's umask. */
    public static long mkdirat(LinuxProcess p, long dirfd, long pathAddr, long mode) {
        String path = PathResolver.read(p.mem, pathAddr);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1); // "file/" is EEXIST here, not ENOTDIR
        }
        Path dir = PathResolver.resolve(p, dirfd, path);
        int wanted = (int) mode & 01777 & ~p.umask;
        try {
            Files.createDirectory(dir, PathOpener.permissions(wanted));
            PathOpener.fixMode(dir, wanted);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return 0;
    }

    /** unlinkat(2): unlink, or rmdir with AT_REMOVEDIR. */
    public static long unlinkat(LinuxProcess p, long dirfd, long pathAddr, long flags) {
        if ((flags & ~(long) OpenFlags.AT_REMOVEDIR) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        String path = PathResolver.read(p.mem, pathAddr);
        Path host = PathResolver.resolve(p, dirfd, path);
        boolean rmdir = (flags & OpenFlags.AT_REMOVEDIR) != 0;
        if (rmdir) {
            String last = lastComponent(path);
            if (last.equals(".")) {
                throw ErrnoException.of(Errno.EINVAL);
            }
            if (last.equals("..")) {
                throw ErrnoException.of(Errno.ENOTEMPTY);
            }
        }
        FileStat s = FileStat.of(host, false);
        if (rmdir && !s.isDirectory()) {
            throw ErrnoException.of(Errno.ENOTDIR);
        }
        if (!rmdir && s.isDirectory()) {
            throw ErrnoException.of(Errno.EISDIR);
        }
        if (rmdir && host.getParent() == null) {
            throw ErrnoException.of(Errno.EBUSY);
        }
        try {
            Files.delete(host);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return 0;
    }

    private static String lastComponent(String path) {
        String s = path;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int slash = s.lastIndexOf('/');
        return slash < 0 ? s : s.substring(slash + 1);
    }

    static final int RENAME_NOREPLACE = 1, RENAME_EXCHANGE = 2, RENAME_WHITEOUT = 4;

    /**
     * renameat2(2) through rename(2) (the JDK's ATOMIC_MOVE). RENAME_NOREPLACE is checked before the
     * rename, so it is not atomic; RENAME_EXCHANGE and RENAME_WHITEOUT are EINVAL, as on a file
     * system without them (docs/quirks.md).
     */
    public static long renameat2(LinuxProcess p, long oldDirfd, long oldAddr, long newDirfd, long newAddr, long flags) {
        if ((flags & ~7L) != 0 || (flags & RENAME_EXCHANGE) != 0 && (flags & (RENAME_NOREPLACE | RENAME_WHITEOUT)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        Path from = PathResolver.resolve(p, oldDirfd, oldAddr);
        Path to = PathResolver.resolve(p, newDirfd, newAddr);
        if ((flags & (RENAME_EXCHANGE | RENAME_WHITEOUT)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        FileStat.of(from, false); // ENOENT before EEXIST
        if ((flags & RENAME_NOREPLACE) != 0 && Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            throw ErrnoException.of(Errno.EEXIST);
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return 0;
    }

    // ---- permissions, owners, times ----------------------------------------------------------------

    public static long fchmodat(LinuxProcess p, long dirfd, long pathAddr, long mode) {
        chmod(PathResolver.resolve(p, dirfd, pathAddr), mode, true);
        return 0;
    }

    public static long fchmod(LinuxProcess p, long fd, long mode) {
        OpenFile f = FileSyscalls.notPath(p, fd);
        if (f.hostPath() != null) {
            chmod(f.hostPath(), mode, true);
        }
        return 0;
    }

    private static void chmod(Path host, long mode, boolean follow) {
        try {
            Files.setAttribute(host, "unix:mode", (int) mode & 07777, links(follow));
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    /** fchownat(2); chown, lchown and fchown are forms of it. An id of -1 leaves that id alone. */
    public static long fchownat(LinuxProcess p, long dirfd, long pathAddr, long uid, long gid, long flags) {
        if ((flags & ~(long) (OpenFlags.AT_SYMLINK_NOFOLLOW | OpenFlags.AT_EMPTY_PATH)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        Path host = pathAddr == 0 && (flags & OpenFlags.AT_EMPTY_PATH) != 0 ? fdPath(p, dirfd)
                : target(p, dirfd, pathAddr, flags);
        LinkOption[] opts = links((flags & OpenFlags.AT_SYMLINK_NOFOLLOW) == 0);
        try {
            FileStat.of(host, opts.length == 0);
            if ((int) uid != -1) {
                Files.setAttribute(host, "unix:uid", (int) uid, opts);
            }
            if ((int) gid != -1) {
                Files.setAttribute(host, "unix:gid", (int) gid, opts);
            }
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return 0;
    }

    /**
     * utimensat(2): NULL times means now for both; UTIME_NOW and UTIME_OMIT per field. A NULL path
     * acts on the dirfd itself (futimens).
     */
    public static long utimensat(LinuxProcess p, long dirfd, long pathAddr, long times, long flags) {
        if ((flags & ~(long) (OpenFlags.AT_SYMLINK_NOFOLLOW | OpenFlags.AT_EMPTY_PATH)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        FileTime atime;
        FileTime mtime;
        if (times == 0) {
            atime = mtime = FileTime.from(Instant.now());
        } else {
            atime = time(p, times);
            mtime = time(p, times + TimespecDescriptor.SIZE);
        }
        return setTimes(p, dirfd, pathAddr, flags, atime, mtime);
    }

    /** utime(2): a struct utimbuf of whole seconds (actime, modtime), or NULL for now. */
    static long utime(LinuxProcess p, long pathAddr, long times) {
        FileTime atime, mtime;
        if (times == 0) {
            atime = mtime = FileTime.from(Instant.now());
        } else {
            atime = FileTime.from(Instant.ofEpochSecond(p.mem.read64(times)));
            mtime = FileTime.from(Instant.ofEpochSecond(p.mem.read64(times + 8)));
        }
        return setTimes(p, OpenFlags.AT_FDCWD, pathAddr, 0, atime, mtime);
    }

    /** futimesat(2) and utimes(2): two struct timevals (EINVAL outside [0, 1e6) microseconds), or NULL for now. */
    static long futimesat(LinuxProcess p, long dirfd, long pathAddr, long times) {
        FileTime atime, mtime;
        if (times == 0) {
            atime = mtime = FileTime.from(Instant.now());
        } else {
            long a = TimespecDescriptor.timevalNanos(p.mem, times);
            long m = TimespecDescriptor.timevalNanos(p.mem, times + 16);
            atime = FileTime.from(Instant.ofEpochSecond(0, a));
            mtime = FileTime.from(Instant.ofEpochSecond(0, m));
        }
        return setTimes(p, dirfd, pathAddr, 0, atime, mtime);
    }

    /** Sets the times (null: leave it) of the file {@code pathAddr} names from {@code dirfd} (NULL: the fd itself). */
    private static long setTimes(LinuxProcess p, long dirfd, long pathAddr, long flags, FileTime atime, FileTime mtime) {
        Path host = pathAddr == 0 ? fdPath(p, dirfd) : target(p, dirfd, pathAddr, flags);
        boolean follow = (flags & OpenFlags.AT_SYMLINK_NOFOLLOW) == 0;
        FileStat.of(host, follow);
        if (atime == null && mtime == null) {
            return 0;
        }
        try {
            Files.getFileAttributeView(host, BasicFileAttributeView.class, links(follow)).setTimes(mtime, atime, null);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return 0;
    }

    /** One timespec of utimensat: null for UTIME_OMIT. */
    private static FileTime time(LinuxProcess p, long addr) {
        long sec = TimespecDescriptor.sec(p.mem, addr);
        long nsec = TimespecDescriptor.nsec(p.mem, addr);
        if (nsec == TimespecDescriptor.UTIME_OMIT) {
            return null;
        }
        if (nsec == TimespecDescriptor.UTIME_NOW) {
            return FileTime.from(Instant.now());
        }
        if (nsec < 0 || nsec >= 1_000_000_000L) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return FileTime.from(Instant.ofEpochSecond(sec, nsec));
    }

    // ---- truncate and statfs -----------------------------------------------------------------------

    public static long truncate(LinuxProcess p, long pathAddr, long length) {
        if (length < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        Path host = PathResolver.resolve(p, OpenFlags.AT_FDCWD, pathAddr);
        if (FileStat.of(host, true).isDirectory()) {
            throw ErrnoException.of(Errno.EISDIR);
        }
        try (FileChannel ch = FileChannel.open(host, StandardOpenOption.WRITE)) {
            HostFile.setLength(ch, length);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return 0;
    }

    public static long statfs(LinuxProcess p, long pathAddr, long buf) {
        Path host = PathResolver.resolve(p, OpenFlags.AT_FDCWD, pathAddr);
        FileStat.of(host, true);
        writeStatfs(p, host, buf);
        return 0;
    }

    public static long fstatfs(LinuxProcess p, long fd, long buf) {
        OpenFile f = p.fds.require((int) fd);
        if (f.hostPath() == null) {
            StatfsDescriptor.write(p.mem, buf, FsMagic.PIPEFS, 4096, 0, 0, 0, 0, 0, 255, StatfsDescriptor.ST_VALID);
            return 0;
        }
        writeStatfs(p, f.hostPath(), buf);
        return 0;
    }

    private static void writeStatfs(LinuxProcess p, Path host, long buf) {
        try {
            FileStore fs = Files.getFileStore(host);
            long bsize = Math.max(1, fs.getBlockSize());
            long flags = StatfsDescriptor.ST_VALID | (fs.isReadOnly() ? StatfsDescriptor.ST_RDONLY : 0);
            StatfsDescriptor.write(p.mem, buf, FsMagic.of(fs.type()), bsize, fs.getTotalSpace() / bsize,
                    fs.getUnallocatedSpace() / bsize, fs.getUsableSpace() / bsize, 0, 0, 255, flags);
        } catch (IOException | UnsupportedOperationException e) {
            throw ErrnoException.of(e instanceof IOException ? HostErrno.of((IOException) e) : Errno.ENOSYS);
        }
    }
}
