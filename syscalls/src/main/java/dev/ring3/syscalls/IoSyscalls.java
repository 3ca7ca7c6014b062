package dev.ring3.syscalls;

import dev.ring3.semgen.Semantics;

/**
 * ioctl on files and terminals, and pipe/pipe2. poll and select are in {@link PollSyscalls}, whose
 * rows {@link #register} adds too. Terminal ioctls answer from ring3's own view of the terminal:
 * TCSETS is remembered but not applied to the host (no ioctl without JNI, docs/quirks.md).
 */
@Semantics(SyscallHandler.class)
public final class IoSyscalls {
    private IoSyscalls() {}

    static final int TCGETS = 0x5401, TCSETS = 0x5402, TCSETSW = 0x5403, TCSETSF = 0x5404, TCSBRK = 0x5409,
            TCXONC = 0x540A, TCFLSH = 0x540B, TIOCSCTTY = 0x540E, TIOCGPGRP = 0x540F, TIOCSPGRP = 0x5410,
            TIOCGWINSZ = 0x5413, TIOCSWINSZ = 0x5414, FIONREAD = 0x541B, FIONBIO = 0x5421, TIOCNOTTY = 0x5422,
            TIOCGSID = 0x5429, FIONCLEX = 0x5450, FIOCLEX = 0x5451, FIOASYNC = 0x5452;

    public static void register(SyscallTable t) {
        t.row(16, "ioctl", "fd,ioctl_cmd,ioctl_arg", IoSyscallsSem.ioctl);
        t.row(22, "pipe", "fds_out", IoSyscallsSem.pipe);
        t.row(293, "pipe2", "fds_out,oflags", IoSyscallsSem.pipe2);
        PollSyscalls.register(t);
        EpollSyscalls.register(t);
    }

    static long ioctl(Task k, long a, long b, long c, long d, long e, long f) {
        return ioctl(k.process, a, b, c);
    }

    static long pipe(Task k, long a, long b, long c, long d, long e, long f) {
        return pipe2(k.process, a, 0);
    }

    static long pipe2(Task k, long a, long b, long c, long d, long e, long f) {
        return pipe2(k.process, a, b);
    }

    /** ioctl(2): ENOTTY for requests the file does not know, as vfs_ioctl and tty_ioctl answer. */
    public static long ioctl(LinuxProcess p, long fd, long request, long arg) {
        OpenFile f = FileSyscalls.notPath(p, fd);
        int cmd = (int) request;
        switch (cmd) {
            case FIOCLEX:
            case FIONCLEX:
                p.fds.setCloseOnExec((int) fd, cmd == FIOCLEX);
                return 0;
            case FIONBIO:
            case FIOASYNC: {
                int bit = cmd == FIONBIO ? OpenFlags.O_NONBLOCK : OpenFlags.O_ASYNC;
                boolean on = p.mem.read32(arg) != 0;
                f.setStatusFlags(on ? f.flags() | bit : f.flags() & ~bit);
                return 0;
            }
            case FIONREAD: {
                long n = f.available();
                p.mem.write32(arg, (int) Math.min(n, Integer.MAX_VALUE));
                return 0;
            }
            default:
                break;
        }
        if (!f.isTerminal()) {
            throw ErrnoException.of(Errno.ENOTTY);
        }
        switch (cmd) {
            case TCGETS: {
                byte[] t = f.termios() != null ? f.termios() : TermiosDescriptor.sane();
                p.mem.write(arg, t, 0, TermiosDescriptor.SIZE);
                return 0;
            }
            case TCSETS:
            case TCSETSW:
            case TCSETSF: {
                byte[] t = new byte[TermiosDescriptor.SIZE];
                p.mem.read(arg, t, 0, t.length);
                f.setTermios(t);
                return 0;
            }
            case TIOCGWINSZ:
                // struct winsize: u16 ws_row, ws_col, ws_xpixel, ws_ypixel
                p.mem.write16(arg, (short) Terminals.rows());
                p.mem.write16(arg + 2, (short) Terminals.columns());
                p.mem.write32(arg + 4, 0);
                return 0;
            case TIOCGPGRP:
            case TIOCGSID:
                p.mem.write32(arg, p.pid); // the guest is the terminal's foreground process group
                return 0;
            case TIOCSWINSZ:
            case TIOCSPGRP:
            case TIOCSCTTY:
            case TIOCNOTTY:
            case TCSBRK:
            case TCXONC:
            case TCFLSH:
                return 0;
            default:
                throw ErrnoException.of(Errno.ENOTTY);
        }
    }

    /** pipe2(2): O_CLOEXEC, O_NONBLOCK, O_DIRECT (packet mode is not emulated); EFAULT closes both ends. */
    public static long pipe2(LinuxProcess p, long fdsAddr, long flags) {
        if ((flags & ~(long) (OpenFlags.O_CLOEXEC | OpenFlags.O_NONBLOCK | OpenFlags.O_DIRECT)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        PipeEnd[] ends = PipeEnd.create((int) flags & (OpenFlags.O_NONBLOCK | OpenFlags.O_DIRECT),
                p.ids.euid(), p.ids.egid());
        boolean cloexec = (flags & OpenFlags.O_CLOEXEC) != 0;
        int r;
        try {
            r = p.fds.install(ends[0], cloexec);
        } catch (ErrnoException e) {
            ends[1].release();
            throw e;
        }
        int w;
        try {
            w = p.fds.install(ends[1], cloexec);
        } catch (ErrnoException e) {
            p.fds.close(r);
            throw e;
        }
        try {
            p.mem.write32(fdsAddr, r);
            p.mem.write32(fdsAddr + 4, w);
        } catch (RuntimeException e) {
            p.fds.close(r);
            p.fds.close(w);
            throw e;
        }
        return 0;
    }
}
