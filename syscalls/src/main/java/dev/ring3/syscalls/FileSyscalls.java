package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import java.util.function.LongSupplier;

/**
 * Syscalls on file descriptors: read and write in their forms, open, close, lseek, dup, fcntl,
 * sync, truncate. The stat family and getdents64 are in {@link StatSyscalls}, sendfile and
 * copy_file_range in {@link CopySyscalls}; {@link #register} adds those rows too.
 */
@Semantics(SyscallHandler.class)
public final class FileSyscalls {
    private FileSyscalls() {}

    /** Adds this group's rows (and those of StatSyscalls and CopySyscalls). */
    public static void register(SyscallTable t) {
        t.row(0, "read", "fd,buf_out,size", FileSyscallsSem.read);
        t.row(1, "write", "fd,buf_in,size", FileSyscallsSem.write);
        t.row(2, "open", "path,oflags,open_mode->fd", FileSyscallsSem.open);
        t.row(3, "close", "fd", FileSyscallsSem.close);
        t.row(8, "lseek", "fd,off,whence", FileSyscallsSem.lseek);
        t.row(17, "pread64", "fd,buf_out,size,off", FileSyscallsSem.pread64);
        t.row(18, "pwrite64", "fd,buf_in,size,off", FileSyscallsSem.pwrite64);
        t.row(19, "readv", "fd,iovec_out,int", FileSyscallsSem.readv);
        t.row(20, "writev", "fd,iovec_in,int", FileSyscallsSem.writev);
        t.row(32, "dup", "fd->fd", FileSyscallsSem.dup);
        t.row(33, "dup2", "fd,fd->fd", FileSyscallsSem.dup2);
        t.row(72, "fcntl", "fd,fcntl_cmd,fcntl_arg", FileSyscallsSem.fcntl);
        t.row(73, "flock", "fd,flock_op", FileSyscallsSem.flock);
        t.row(74, "fsync", "fd", FileSyscallsSem.fsync);
        t.row(162, "sync", "", FileSyscallsSem.sync); // the host's page cache is the JVM's: nothing to flush
        t.row(306, "syncfs", "fd", FileSyscallsSem.syncfs);
        t.row(75, "fdatasync", "fd", FileSyscallsSem.fdatasync);
        t.row(77, "ftruncate", "fd,off", FileSyscallsSem.ftruncate);
        t.row(85, "creat", "path,mode->fd", FileSyscallsSem.creat);
        t.row(221, "fadvise64", "fd,off,size,fadvice", FileSyscallsSem.fadvise64);
        t.row(257, "openat", "dirfd,path,oflags,open_mode->fd", FileSyscallsSem.openat);
        t.row(285, "fallocate", "fd,fallocate_mode,off,off", FileSyscallsSem.fallocate);
        t.row(292, "dup3", "fd,fd,oflags->fd", FileSyscallsSem.dup3);
        t.row(295, "preadv", "fd,iovec_out,int,off", FileSyscallsSem.preadv);
        t.row(296, "pwritev", "fd,iovec_in,int,off", FileSyscallsSem.pwritev);
        t.row(327, "preadv2", "fd,iovec_out,int,off,hidden,number_flags", FileSyscallsSem.preadv2);
        t.row(328, "pwritev2", "fd,iovec_in,int,off,hidden,number_flags", FileSyscallsSem.pwritev2);
        t.row(436, "close_range", "uint,uint,close_range_flags", FileSyscallsSem.closeRange);
        StatSyscalls.register(t);
        CopySyscalls.register(t);
    }

    static long read(Task k, long a, long b, long c, long d, long e, long f) {
        return read(k.process, a, b, c);
    }

    static long write(Task k, long a, long b, long c, long d, long e, long f) {
        return sigpipe(k, () -> write(k.process, a, b, c));
    }

    static long open(Task k, long a, long b, long c, long d, long e, long f) {
        return openat(k.process, OpenFlags.AT_FDCWD, a, b, c);
    }

    static long close(Task k, long a, long b, long c, long d, long e, long f) {
        return close(k.process, a);
    }

    static long lseek(Task k, long a, long b, long c, long d, long e, long f) {
        return lseek(k.process, a, b, c);
    }

    static long pread64(Task k, long a, long b, long c, long d, long e, long f) {
        return pread64(k.process, a, b, c, d);
    }

    static long pwrite64(Task k, long a, long b, long c, long d, long e, long f) {
        return sigpipe(k, () -> pwrite64(k.process, a, b, c, d));
    }

    static long readv(Task k, long a, long b, long c, long d, long e, long f) {
        return readv(k.process, a, b, c, -1);
    }

    static long writev(Task k, long a, long b, long c, long d, long e, long f) {
        return sigpipe(k, () -> writev(k.process, a, b, c, -1));
    }

    static long dup(Task k, long a, long b, long c, long d, long e, long f) {
        return dup(k.process, a);
    }

    static long dup2(Task k, long a, long b, long c, long d, long e, long f) {
        return dup2(k.process, a, b);
    }

    static long fcntl(Task k, long a, long b, long c, long d, long e, long f) {
        return fcntl(k.process, a, b, c);
    }

    static long flock(Task k, long a, long b, long c, long d, long e, long f) {
        return flock(k.process, a, b);
    }

    static long fsync(Task k, long a, long b, long c, long d, long e, long f) {
        return fsync(k.process, a, true);
    }

    static long sync(Task k, long a, long b, long c, long d, long e, long f) {
        return 0;
    }

    static long syncfs(Task k, long a, long b, long c, long d, long e, long f) {
        k.process.fds.require(a);
        return 0;
    }

    static long fdatasync(Task k, long a, long b, long c, long d, long e, long f) {
        return fsync(k.process, a, false);
    }

    static long ftruncate(Task k, long a, long b, long c, long d, long e, long f) {
        return ftruncate(k.process, a, b);
    }

    static long creat(Task k, long a, long b, long c, long d, long e, long f) {
        return openat(k.process,
                OpenFlags.AT_FDCWD, a, OpenFlags.O_CREAT | OpenFlags.O_WRONLY | OpenFlags.O_TRUNC, b);
    }

    static long fadvise64(Task k, long a, long b, long c, long d, long e, long f) {
        return fadvise64(k.process, a, b, c, d);
    }

    static long openat(Task k, long a, long b, long c, long d, long e, long f) {
        return openat(k.process, a, b, c, d);
    }

    static long fallocate(Task k, long a, long b, long c, long d, long e, long f) {
        return fallocate(k.process, a, b, c, d);
    }

    static long dup3(Task k, long a, long b, long c, long d, long e, long f) {
        return dup3(k.process, a, b, c);
    }

    static long preadv(Task k, long a, long b, long c, long d, long e, long f) {
        return readv(k.process, a, b, c, checkOffset(d));
    }

    static long pwritev(Task k, long a, long b, long c, long d, long e, long f) {
        return writev(k.process, a, b, c, checkOffset(d));
    }

    static long preadv2(Task k, long a, long b, long c, long d, long e, long f) {
        return readv(k.process, a, b, c, offset2(d, f));
    }

    static long pwritev2(Task k, long a, long b, long c, long d, long e, long f) {
        return sigpipe(k, () -> writev(k.process, a, b, c, offset2(d, f)));
    }

    static long closeRange(Task k, long a, long b, long c, long d, long e, long f) {
        return closeRange(k.process, a, b, c);
    }

    /**
     * Runs a write-like call; EPIPE (a pipe with no reader left) also raises SIGPIPE at the thread,
     * as pipe(7) says, with the siginfo of the kernel's send_sig (SI_USER from the process itself).
     */
    static long sigpipe(Task t, LongSupplier call) {
        try {
            return call.getAsLong();
        } catch (ErrnoException e) {
            if (e.raisesSigpipe()) {
                t.signals.post(Signals.SIGPIPE, ThreadSignals.SI_USER, 0, t.process.pid, t.process.ids.uid(),
                        "write to a pipe with no reader");
            }
            throw e;
        }
    }

    // ---- reading and writing ---------------------------------------------------------------------

    /** The file at {@code fd} if it may be read; EBADF otherwise (also for O_PATH fds). */
    static OpenFile readable(LinuxProcess p, long fd) {
        OpenFile f = p.fds.require((int) fd);
        if (!f.readable()) {
            throw ErrnoException.of(Errno.EBADF);
        }
        return f;
    }

    static OpenFile writable(LinuxProcess p, long fd) {
        OpenFile f = p.fds.require((int) fd);
        if (!f.writable()) {
            throw ErrnoException.of(Errno.EBADF);
        }
        return f;
    }

    /** The file at {@code fd} unless it is an O_PATH fd, which most calls refuse with EBADF. */
    static OpenFile notPath(LinuxProcess p, long fd) {
        OpenFile f = p.fds.require((int) fd);
        if (f.isPathOnly()) {
            throw ErrnoException.of(Errno.EBADF);
        }
        return f;
    }

    private static void checkCount(long count) {
        if (count < 0) {
            throw ErrnoException.of(Errno.EINVAL); // rw_verify_area: (ssize_t) count < 0
        }
    }

    public static long read(LinuxProcess p, long fd, long buf, long count) {
        OpenFile f = readable(p, fd);
        checkCount(count);
        return GuestTransfer.read(p.mem, f, new long[] {buf}, new long[] {count}, -1);
    }

    /** write(2). EPIPE on a pipe without readers: the caller raises SIGPIPE (signal(7)). */
    public static long write(LinuxProcess p, long fd, long buf, long count) {
        OpenFile f = writable(p, fd);
        checkCount(count);
        return GuestTransfer.write(p.mem, f, new long[] {buf}, new long[] {count}, -1);
    }

    public static long pread64(LinuxProcess p, long fd, long buf, long count, long pos) {
        checkOffset(pos);
        OpenFile f = readable(p, fd);
        checkCount(count);
        return GuestTransfer.read(p.mem, f, new long[] {buf}, new long[] {count}, pos);
    }

    public static long pwrite64(LinuxProcess p, long fd, long buf, long count, long pos) {
        checkOffset(pos);
        OpenFile f = writable(p, fd);
        checkCount(count);
        return GuestTransfer.write(p.mem, f, new long[] {buf}, new long[] {count}, pos);
    }

    private static long checkOffset(long pos) {
        if (pos < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return pos;
    }

    /** preadv2/pwritev2 offset: -1 means the file offset; RWF_* flags beyond the known five are EOPNOTSUPP. */
    private static long offset2(long pos, long flags) {
        if ((flags & ~0x1fL) != 0) {
            throw ErrnoException.of(Errno.EOPNOTSUPP);
        }
        return pos == -1 ? -1 : checkOffset(pos);
    }

    /** readv, and preadv when {@code pos} ≥ 0. */
    public static long readv(LinuxProcess p, long fd, long iov, long count, long pos) {
        OpenFile f = readable(p, fd);
        IovecDescriptor.total(p.mem, iov, count);
        long[][] segs = segments(p.mem, iov, (int) count);
        return GuestTransfer.read(p.mem, f, segs[0], segs[1], pos);
    }

    /** writev, and pwritev when {@code pos} ≥ 0. */
    public static long writev(LinuxProcess p, long fd, long iov, long count, long pos) {
        OpenFile f = writable(p, fd);
        IovecDescriptor.total(p.mem, iov, count);
        long[][] segs = segments(p.mem, iov, (int) count);
        return GuestTransfer.write(p.mem, f, segs[0], segs[1], pos);
    }

    /** readv with the segments already read (INT 0x80's struct compat_iovec). */
    static long readSegments(LinuxProcess p, long fd, long[] bases, long[] lens) {
        return GuestTransfer.read(p.mem, readable(p, fd), bases, lens, -1);
    }

    /** writev with the segments already read (INT 0x80's struct compat_iovec). */
    static long writeSegments(LinuxProcess p, long fd, long[] bases, long[] lens) {
        return GuestTransfer.write(p.mem, writable(p, fd), bases, lens, -1);
    }

    private static long[][] segments(AddressSpace mem, long iov, int count) {
        long[] bases = new long[count];
        long[] lens = new long[count];
        for (int i = 0; i < count; i++) {
            bases[i] = IovecDescriptor.base(mem, iov, i);
            lens[i] = IovecDescriptor.length(mem, iov, i);
        }
        return new long[][] {bases, lens};
    }

    // ---- opening and closing -------------------------------------------------------------------------

    public static long openat(LinuxProcess p, long dirfd, long pathAddr, long flags, long mode) {
        String path = PathResolver.read(p.mem, pathAddr);
        OpenFile f = PathOpener.open(p, dirfd, path, (int) flags, (int) mode);
        return p.fds.install(f, (flags & OpenFlags.O_CLOEXEC) != 0);
    }

    public static long close(LinuxProcess p, long fd) {
        p.fds.close((int) fd);
        return 0;
    }

    /** close_range(2): CLOSE_RANGE_CLOEXEC (4) marks instead of closing; UNSHARE (2) is moot here. */
    public static long closeRange(LinuxProcess p, long first, long last, long flags) {
        int f1 = (int) first;
        int l1 = (int) last;
        if ((flags & ~6L) != 0 || Integer.compareUnsigned(f1, l1) > 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        long lo = Integer.toUnsignedLong(f1);
        long hi = Integer.toUnsignedLong(l1);
        if ((flags & 4) != 0) {
            for (long fd = lo; fd <= hi && fd < p.fds.size(); fd++) {
                if (p.fds.get(fd) != null) {
                    p.fds.setCloseOnExec(fd, true);
                }
            }
        } else {
            p.fds.closeRange(lo, hi);
        }
        return 0;
    }

    public static long lseek(LinuxProcess p, long fd, long offset, long whence) {
        OpenFile f = notPath(p, fd);
        if (whence < 0 || whence > 4) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return f.seek(offset, (int) whence);
    }

    public static long dup(LinuxProcess p, long fd) {
        OpenFile f = p.fds.require((int) fd);
        return p.fds.install(f.retain(), false);
    }

    public static long dup2(LinuxProcess p, long oldFd, long newFd) {
        if ((int) oldFd == (int) newFd) {
            p.fds.require((int) oldFd);
            return (int) newFd;
        }
        return p.fds.dupTo((int) oldFd, (int) newFd, false);
    }

    public static long dup3(LinuxProcess p, long oldFd, long newFd, long flags) {
        if ((flags & ~OpenFlags.O_CLOEXEC) != 0 || (int) oldFd == (int) newFd) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return p.fds.dupTo((int) oldFd, (int) newFd, flags != 0);
    }

    // ---- fcntl -----------------------------------------------------------------------------------------

    static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETLK = 5,
            F_SETLK = 6, F_SETLKW = 7, F_SETOWN = 8, F_GETOWN = 9, F_SETSIG = 10, F_GETSIG = 11,
            F_OFD_GETLK = 36, F_OFD_SETLK = 37, F_OFD_SETLKW = 38, F_SETLEASE = 1024, F_GETLEASE = 1025,
            F_DUPFD_CLOEXEC = 1030, F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032;
    static final int FD_CLOEXEC = 1;
    /** struct flock l_type values. */
    static final int F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2;

    /** fcntl(2); record locks in {@link FileLocks}, among the guest processes of this JVM. */
    public static long fcntl(LinuxProcess p, long fd, long cmd, long arg) {
        OpenFile f = p.fds.require((int) fd);
        int c = (int) cmd;
        if (f.isPathOnly() && c != F_DUPFD && c != F_DUPFD_CLOEXEC && c != F_GETFD && c != F_SETFD && c != F_GETFL) {
            throw ErrnoException.of(Errno.EBADF);
        }
        switch (c) {
            case F_DUPFD:
            case F_DUPFD_CLOEXEC:
                return p.fds.installFrom((int) arg, f.retain(), c == F_DUPFD_CLOEXEC);
            case F_GETFD:
                return p.fds.closeOnExec((int) fd) ? FD_CLOEXEC : 0;
            case F_SETFD:
                p.fds.setCloseOnExec((int) fd, (arg & FD_CLOEXEC) != 0);
                return 0;
            case F_GETFL:
                return f.flags();
            case F_SETFL:
                f.setStatusFlags((int) arg);
                return 0;
            case F_GETLK:
            case F_OFD_GETLK:
            case F_SETLK:
            case F_SETLKW:
            case F_OFD_SETLK:
            case F_OFD_SETLKW:
                return recordLock(p, f, c, arg);
            case F_GETOWN:
            case F_GETSIG:
            case F_SETOWN:
            case F_SETSIG:
                return 0;
            case F_GETLEASE:
                return F_UNLCK;
            case F_SETLEASE:
                throw ErrnoException.of(f.isRegularFile() ? Errno.EAGAIN : Errno.EINVAL);
            case F_GETPIPE_SZ:
                if (f instanceof PipeEnd) {
                    return ((PipeEnd) f).buffer().capacity();
                }
                throw ErrnoException.of(Errno.EBADF);
            case F_SETPIPE_SZ:
                if (f instanceof PipeEnd) {
                    return ((PipeEnd) f).buffer().resize(arg);
                }
                throw ErrnoException.of(Errno.EBADF);
            default:
                throw ErrnoException.of(Errno.EINVAL);
        }
    }

    /**
     * The record-lock commands on a struct flock (short l_type, short l_whence, off_t l_start at 8,
     * off_t l_len at 16, pid_t l_pid at 24), checked as fcntl_getlk/fcntl_setlk check it, then
     * {@link FileLocks}: POSIX locks owned by the fd table, OFD locks by the open file.
     */
    private static long recordLock(LinuxProcess p, OpenFile f, int cmd, long addr) {
        AddressSpace m = p.mem;
        int type = m.read16(addr);
        int whence = m.read16(addr + 2);
        long start = m.read64(addr + 8);
        long len = m.read64(addr + 16);
        boolean ofd = cmd == F_OFD_GETLK || cmd == F_OFD_SETLK || cmd == F_OFD_SETLKW;
        boolean get = cmd == F_GETLK || cmd == F_OFD_GETLK;
        if (type < F_RDLCK || type > F_UNLCK || whence < 0 || whence > 2 || (get && type == F_UNLCK)) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        if (ofd && m.read32(addr + 24) != 0) {
            throw ErrnoException.of(Errno.EINVAL); // an OFD lock has no pid to name
        }
        if (!get && ((type == F_RDLCK && !f.readable()) || (type == F_WRLCK && !f.writable()))) {
            throw ErrnoException.of(Errno.EBADF);
        }
        // flock_to_posix_lock: the range from l_whence, l_start and l_len (0: to the end of any file)
        long base = whence == 0 ? 0 : whence == 1 ? currentOffset(f) : f.stat().size();
        long first = base + start;
        long last;
        if (len > 0) {
            if (first > Long.MAX_VALUE - (len - 1)) {
                throw ErrnoException.of(Errno.EOVERFLOW);
            }
            last = first + len - 1;
        } else if (len < 0) {
            last = first - 1;
            first += len;
        } else {
            last = Long.MAX_VALUE;
        }
        if (first < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        Object owner = ofd ? f : p.fds;
        Object file = FileId.of(f);
        if (get) {
            FileLocks.Conflict c = FileLocks.test(file, first, last, type == F_WRLCK, owner);
            if (c == null) {
                m.write16(addr, (short) F_UNLCK);
                return 0;
            }
            m.write16(addr, (short) c.type());
            m.write16(addr + 2, (short) 0);
            m.write64(addr + 8, c.start());
            m.write64(addr + 16, c.end() == Long.MAX_VALUE ? 0 : c.end() - c.start() + 1);
            m.write32(addr + 24, c.pid());
            return 0;
        }
        FileLocks.set(file, first, last, type, owner, p.pid, ofd, cmd == F_SETLKW || cmd == F_OFD_SETLKW);
        return 0;
    }

    private static long currentOffset(OpenFile f) {
        try {
            return f.seek(0, 1);
        } catch (ErrnoException e) {
            return 0; // a pipe or socket: no offset
        }
    }

    /** flock(2): LOCK_SH, LOCK_EX or LOCK_UN on the open file, LOCK_NB for EWOULDBLOCK instead of waiting. */
    public static long flock(LinuxProcess p, long fd, long op) {
        OpenFile f = notPath(p, fd);
        long kind = op & ~4L; // LOCK_NB
        if (kind != 1 && kind != 2 && kind != 8) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        FileLocks.flock(f, (int) op);
        return 0;
    }

    // ---- sync, truncate, advice ------------------------------------------------------------------

    public static long fsync(LinuxProcess p, long fd, boolean metadata) {
        notPath(p, fd).sync(metadata);
        return 0;
    }

    public static long ftruncate(LinuxProcess p, long fd, long length) {
        OpenFile f = notPath(p, fd);
        if (length < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        f.truncate(length);
        return 0;
    }

    /** posix_fadvise: advice is only a hint; checked as generic_fadvise does. */
    public static long fadvise64(LinuxProcess p, long fd, long offset, long len, long advice) {
        OpenFile f = notPath(p, fd);
        if (f instanceof PipeEnd || f instanceof ChannelFile) {
            throw ErrnoException.of(Errno.ESPIPE);
        }
        if (len < 0 || advice < 0 || advice > 5) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return 0;
    }

    /** fallocate(2) mode 0 (and FALLOC_FL_KEEP_SIZE): grows the file to offset+len if shorter. */
    public static long fallocate(LinuxProcess p, long fd, long mode, long offset, long len) {
        OpenFile f = notPath(p, fd);
        if (offset < 0 || len <= 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        if (mode != 0 && mode != 1) {
            throw ErrnoException.of(Errno.EOPNOTSUPP);
        }
        if (!f.writable()) {
            throw ErrnoException.of(Errno.EBADF);
        }
        if (!f.isRegularFile()) {
            throw ErrnoException.of(f instanceof HostDirectory ? Errno.EISDIR
                    : f instanceof PipeEnd || f instanceof ChannelFile ? Errno.ESPIPE : Errno.ENODEV);
        }
        if (mode == 0 && f.stat().size() < offset + len) {
            f.truncate(offset + len);
        }
        return 0;
    }
}
