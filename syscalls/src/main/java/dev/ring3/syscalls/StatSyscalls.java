package dev.ring3.syscalls;

import dev.ring3.semgen.Semantics;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * The stat family (fstat, stat, lstat, newfstatat, statx) and getdents64. Registered by
 * {@link FileSyscalls#register}; stat and lstat are path calls but share the code here.
 */
@Semantics(SyscallHandler.class)
public final class StatSyscalls {
    private StatSyscalls() {}

    static void register(SyscallTable t) {
        t.row(4, "stat", "path,stat_out", StatSyscallsSem.stat);
        t.row(5, "fstat", "fd,stat_out", StatSyscallsSem.fstat);
        t.row(6, "lstat", "path,stat_out", StatSyscallsSem.lstat);
        t.row(217, "getdents64", "fd,dirents_out,uint", StatSyscallsSem.getdents64);
        t.row(78, "getdents", "fd,dirents_out,uint", StatSyscallsSem.getdents);
        t.row(262, "newfstatat", "dirfd,path,stat_out,atflags", StatSyscallsSem.newfstatat);
        t.row(332, "statx", "dirfd,path,atflags,statx_mask,statx_out", StatSyscallsSem.statx);
    }

    static long stat(Task k, long a, long b, long c, long d, long e, long f) {
        return newfstatat(k.process, OpenFlags.AT_FDCWD, a, b, 0);
    }

    static long fstat(Task k, long a, long b, long c, long d, long e, long f) {
        return fstat(k.process, a, b);
    }

    static long lstat(Task k, long a, long b, long c, long d, long e, long f) {
        return newfstatat(k.process, OpenFlags.AT_FDCWD, a, b, OpenFlags.AT_SYMLINK_NOFOLLOW);
    }

    static long getdents64(Task k, long a, long b, long c, long d, long e, long f) {
        return getdents64(k.process, a, b, c);
    }

    static long getdents(Task k, long a, long b, long c, long d, long e, long f) {
        return getdents(k.process, a, b, c);
    }

    static long newfstatat(Task k, long a, long b, long c, long d, long e, long f) {
        return newfstatat(k.process, a, b, c, d);
    }

    static long statx(Task k, long a, long b, long c, long d, long e, long f) {
        return statx(k.process, a, b, c, d, e);
    }

    public static long fstat(LinuxProcess p, long fd, long buf) {
        FileStat s = p.fds.require((int) fd).stat();
        StatDescriptor.write(p.mem, buf, s);
        return 0;
    }

    public static long newfstatat(LinuxProcess p, long dirfd, long pathAddr, long buf, long flags) {
        StatDescriptor.write(p.mem, buf, lookupAt(p, dirfd, pathAddr, flags));
        return 0;
    }

    /** The stat newfstatat (and INT 0x80's fstatat64) reports: EINVAL for a flag it does not take. */
    static FileStat lookupAt(LinuxProcess p, long dirfd, long pathAddr, long flags) {
        if ((flags & ~(OpenFlags.AT_SYMLINK_NOFOLLOW | OpenFlags.AT_EMPTY_PATH | OpenFlags.AT_NO_AUTOMOUNT)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return lookup(p, dirfd, pathAddr, flags);
    }

    /** statx(2): {@code mask} is a request; the answer's stx_mask says what was filled. */
    public static long statx(LinuxProcess p, long dirfd, long pathAddr, long flags, long mask, long buf) {
        long known = OpenFlags.AT_SYMLINK_NOFOLLOW | OpenFlags.AT_EMPTY_PATH | OpenFlags.AT_NO_AUTOMOUNT
                | OpenFlags.AT_STATX_SYNC_TYPE;
        if ((flags & ~known) != 0 || (flags & OpenFlags.AT_STATX_SYNC_TYPE) == OpenFlags.AT_STATX_SYNC_TYPE
                || (mask & StatxDescriptor.STATX_RESERVED) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        FileStat s;
        if (pathAddr == 0 && (flags & OpenFlags.AT_EMPTY_PATH) != 0) {
            s = ofDirfd(p, dirfd); // Linux 6.11: a NULL path with AT_EMPTY_PATH means the fd itself
        } else {
            s = lookup(p, dirfd, pathAddr, flags);
        }
        StatxDescriptor.write(p.mem, buf, s);
        return 0;
    }

    /** The stat a *at call with these flags names: the path, or the dirfd itself for "" with AT_EMPTY_PATH. */
    static FileStat lookup(LinuxProcess p, long dirfd, long pathAddr, long flags) {
        String path = PathResolver.read(p.mem, pathAddr);
        if (path.isEmpty() && (flags & OpenFlags.AT_EMPTY_PATH) != 0) {
            return ofDirfd(p, dirfd);
        }
        boolean follow = (flags & OpenFlags.AT_SYMLINK_NOFOLLOW) == 0;
        FileStat proc = ProcFiles.stat(p, PathResolver.absolute(p, dirfd, path));
        if (proc != null) {
            return proc;
        }
        OpenFile magic = ProcSelf.file(p, PathResolver.absolute(p, dirfd, path));
        if (magic != null && !follow) {
            return ProcFdDirectory.linkStat(magic); // the /proc/self/fd/N link itself
        }
        if (magic != null && magic.hostPath() == null) {
            return magic.stat(); // /proc/self/fd/N of a pipe
        }
        Path host = PathResolver.resolve(p, dirfd, path);
        return FileStat.of(host, follow);
    }

    private static FileStat ofDirfd(LinuxProcess p, long dirfd) {
        if ((int) dirfd == OpenFlags.AT_FDCWD) {
            return FileStat.of(Path.of(p.cwd), true);
        }
        return p.fds.require((int) dirfd).stat();
    }

    /**
     * getdents(2), the old struct linux_dirent: d_ino, d_off, d_reclen, the name at offset 18 and
     * d_type in the record's last byte. Its records are exactly as long as linux_dirent64's
     * (ALIGN(20 + name length, 8)), so the same entries fit: each record is rewritten in place.
     */
    public static long getdents(LinuxProcess p, long fd, long dirp, long count) {
        return readDirectory(p, fd, dirp, count, true);
    }

    /** getdents64(2): ENOTDIR unless the fd is an open directory; EINVAL if the buffer holds no record. */
    public static long getdents64(LinuxProcess p, long fd, long dirp, long count) {
        return readDirectory(p, fd, dirp, count, false);
    }

    /** getdents64's records from the open directory, rewritten as getdents's if {@code old}. */
    private static long readDirectory(LinuxProcess p, long fd, long dirp, long count, boolean old) {
        OpenFile f = FileSyscalls.notPath(p, fd);
        if (count < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        ByteBuffer b = GuestBuffers.scratch(count);
        GuestBuffers.checkWritable(p.mem, dirp, b.limit());
        int n = f.getdents(b);
        for (int at = 0; old && at < n;) {
            int reclen = b.getShort(at + 16) & 0xFFFF;
            byte type = b.get(at + 18);
            for (int i = at + Dirent64Descriptor.NAME_OFFSET; i < at + reclen; i++) {
                b.put(i - 1, b.get(i)); // the name one byte down; its NUL and the padding follow
            }
            b.put(at + reclen - 1, type);
            at += reclen;
        }
        GuestBuffers.toGuest(p.mem, dirp, b, n);
        return n;
    }
}
