package dev.ring3.syscalls.trace;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.syscalls.Signals;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Guest structures summarised as strace summarises them without -v: the fields that matter, then
 * "..." ({st_mode=S_IFREG|0644, st_size=1234, ...}). Layouts are the x86-64 kernel's; every
 * method may raise GuestFault, which the caller turns into the bare address.
 */
final class StructFormat {
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneId.systemDefault());
    static final long UTIME_NOW = (1L << 30) - 1, UTIME_OMIT = (1L << 30) - 2;

    private StructFormat() {}

    /** st_mode: S_IFREG|S_ISUID|0755. */
    static void mode(StringBuilder sb, long mode) {
        String type = LinuxNames.S_IFMT.name(mode & 0170000);
        if (type != null) {
            sb.append(type).append('|');
        }
        if ((mode & 07000) != 0) {
            LinuxNames.S_ISUGO.flags(sb, mode & 07000);
            sb.append('|');
        }
        octal(sb, mode & 0777);
    }

    /** strace's %#03o: 0644, 022, 000. */
    static void octal(StringBuilder sb, long v) {
        String s = v == 0 ? "0" : "0" + Long.toOctalString(v);
        for (int i = s.length(); i < 3; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    /** makedev(0x1, 0x3) from a Linux dev_t. */
    static void dev(StringBuilder sb, long rdev) {
        long major = ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
        long minor = (rdev & 0xff) | ((rdev >>> 12) & ~0xffL);
        sb.append("makedev(0x").append(Long.toHexString(major)).append(", 0x").append(Long.toHexString(minor)).append(')');
    }

    static void stat(StringBuilder sb, AddressSpace m, long a) {
        long mode = m.read32(a + 24) & 0xFFFFFFFFL;
        sb.append("{st_mode=");
        mode(sb, mode);
        long type = mode & 0170000;
        if (type == 020000 || type == 060000) {
            sb.append(", st_rdev=");
            dev(sb, m.read64(a + 40));
        } else {
            sb.append(", st_size=").append(m.read64(a + 48));
        }
        sb.append(", ...}");
    }

    static void statx(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{stx_mask=");
        LinuxNames.STATX_MASK.flags(sb, m.read32(a) & 0xFFFFFFFFL);
        sb.append(", stx_attributes=");
        long attrs = m.read64(a + 8);
        sb.append(attrs == 0 ? "0" : "0x" + Long.toHexString(attrs));
        sb.append(", stx_mode=");
        mode(sb, m.read16(a + 28) & 0xFFFF);
        sb.append(", stx_size=").append(m.read64(a + 40)).append(", ...}");
    }

    static void statfs(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{f_type=");
        long type = m.read64(a);
        String magic = LinuxNames.FS_MAGIC.name(type);
        sb.append(magic != null ? magic : "0x" + Long.toHexString(type));
        sb.append(", f_bsize=").append(m.read64(a + 8));
        sb.append(", f_blocks=").append(m.read64(a + 16));
        sb.append(", f_bfree=").append(m.read64(a + 24));
        sb.append(", f_bavail=").append(m.read64(a + 32));
        sb.append(", f_files=").append(m.read64(a + 40));
        sb.append(", f_ffree=").append(m.read64(a + 48));
        sb.append(", f_fsid={val=[0x").append(Integer.toHexString(m.read32(a + 56)))
                .append(", 0x").append(Integer.toHexString(m.read32(a + 60))).append("]}");
        sb.append(", f_namelen=").append(m.read64(a + 64));
        sb.append(", f_frsize=").append(m.read64(a + 72));
        sb.append(", f_flags=");
        LinuxNames.ST_FLAGS.flags(sb, m.read64(a + 80));
        sb.append('}');
    }

    static void timespec(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{tv_sec=").append(m.read64(a)).append(", tv_nsec=").append(m.read64(a + 8)).append('}');
    }

    /** A struct timeval; strace prints tv_usec unsigned. */
    static void timeval(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{tv_sec=").append(m.read64(a)).append(", tv_usec=").append(Long.toUnsignedString(m.read64(a + 8)))
                .append('}');
    }

    /** A struct itimerval ({@code nsec} false) or itimerspec: the interval, then the value. */
    static void itimer(StringBuilder sb, AddressSpace m, long a, boolean nsec) {
        sb.append("{it_interval=");
        if (nsec) {
            timespec(sb, m, a);
        } else {
            timeval(sb, m, a);
        }
        sb.append(", it_value=");
        if (nsec) {
            timespec(sb, m, a + 16);
        } else {
            timeval(sb, m, a + 16);
        }
        sb.append('}');
    }

    /**
     * timer_create's struct sigevent as strace prints it: the value only when it is not 0, the
     * signal, how it notifies, and the thread id (SIGEV_THREAD_ID) or function and attributes
     * (SIGEV_THREAD).
     */
    static void sigevent(StringBuilder sb, AddressSpace m, long a) {
        long value = m.read64(a);
        int signo = m.read32(a + 8);
        int notify = m.read32(a + 12);
        sb.append('{');
        if (value != 0) {
            sb.append("sigev_value={sival_int=").append((int) value).append(", sival_ptr=");
            ArgFormat.address(sb, value);
            sb.append("}, ");
        }
        sb.append("sigev_signo=");
        ArgFormat.signal(sb, signo);
        sb.append(", sigev_notify=");
        LinuxNames.SIGEV.value(sb, notify & 0xFFFFFFFFL);
        if (notify == 4) {
            sb.append(", sigev_notify_thread_id=").append(m.read32(a + 16));
        } else if (notify == 2) {
            sb.append(", sigev_notify_function=");
            ArgFormat.address(sb, m.read64(a + 16));
            sb.append(", sigev_notify_attributes=");
            ArgFormat.address(sb, m.read64(a + 24));
        }
        sb.append('}');
    }

    /** utimensat's times: [UTIME_NOW, {tv_sec=1, tv_nsec=0} /* 1970-01-01T00:00:01+0000 *}{@code /}]. */
    static void utimens(StringBuilder sb, AddressSpace m, long a) {
        sb.append('[');
        for (int i = 0; i < 2; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            long sec = m.read64(a + 16L * i);
            long nsec = m.read64(a + 16L * i + 8);
            if (nsec == UTIME_NOW) {
                sb.append("UTIME_NOW");
            } else if (nsec == UTIME_OMIT) {
                sb.append("UTIME_OMIT");
            } else {
                sb.append("{tv_sec=").append(sec).append(", tv_nsec=").append(nsec).append('}');
                if (nsec >= 0 && nsec < 1_000_000_000L) {
                    sb.append(" /* ").append(isoTime(sec, nsec == 0 ? "" : String.format(".%09d", nsec))).append(" */");
                }
            }
        }
        sb.append(']');
    }

    /** A time_t as strace comments it: 2026-11-27T09:43:35+0000. */
    static String isoTime(long sec) {
        return ISO.format(Instant.ofEpochSecond(sec));
    }

    /** The same with a fraction of a second before the zone, as strace writes it: ...T07:06:40.500000+0000. */
    static String isoTime(long sec, String fraction) {
        String t = isoTime(sec);
        int zone = t.length() - 5;
        return t.substring(0, zone) + fraction + t.substring(zone);
    }

    static void rlimit(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{rlim_cur=");
        rlimValue(sb, m.read64(a));
        sb.append(", rlim_max=");
        rlimValue(sb, m.read64(a + 8));
        sb.append('}');
    }

    private static void rlimValue(StringBuilder sb, long v) {
        if (v == -1) {
            sb.append("RLIM64_INFINITY");
        } else if (v > 0 && v % 1024 == 0) {
            sb.append(v / 1024).append("*1024");
        } else {
            sb.append(Long.toUnsignedString(v));
        }
    }

    static void rusage(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{ru_utime=");
        timeval(sb, m, a);
        sb.append(", ru_stime=");
        timeval(sb, m, a + 16);
        sb.append(", ...}");
    }

    static void tms(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{tms_utime=").append(m.read64(a)).append(", tms_stime=").append(m.read64(a + 8))
                .append(", tms_cutime=").append(m.read64(a + 16)).append(", tms_cstime=").append(m.read64(a + 24))
                .append('}');
    }

    static void sysinfo(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{uptime=").append(m.read64(a)).append(", loads=[").append(m.read64(a + 8)).append(", ")
                .append(m.read64(a + 16)).append(", ").append(m.read64(a + 24)).append("], totalram=")
                .append(m.read64(a + 32)).append(", freeram=").append(m.read64(a + 40)).append(", sharedram=")
                .append(m.read64(a + 48)).append(", bufferram=").append(m.read64(a + 56)).append(", totalswap=")
                .append(m.read64(a + 64)).append(", freeswap=").append(m.read64(a + 72)).append(", procs=")
                .append(m.read16(a + 80) & 0xFFFF).append(", totalhigh=").append(m.read64(a + 88))
                .append(", freehigh=").append(m.read64(a + 96)).append(", mem_unit=")
                .append(m.read32(a + 104) & 0xFFFFFFFFL).append('}');
    }

    static void utsname(StringBuilder sb, AddressSpace m, long a, int limit) {
        sb.append("{sysname=");
        QuotedString.cString(sb, m, a, Math.min(limit, 64));
        sb.append(", nodename=");
        QuotedString.cString(sb, m, a + 65, Math.min(limit, 64));
        sb.append(", ...}");
    }

    /** A sigset_t of {@code bytes} bytes: [INT TERM], or ~[...] when more than half is set. */
    static void sigset(StringBuilder sb, AddressSpace m, long a, long bytes) {
        long set = bytes >= 8 ? m.read64(a) : bytes >= 4 ? m.read32(a) & 0xFFFFFFFFL : 0;
        sigset(sb, set, bytes >= 8 ? 64 : (int) bytes * 8);
    }

    static void sigset(StringBuilder sb, long set, int nsig) {
        if (Long.bitCount(set) > nsig / 2) {
            sb.append('~');
            set = ~set;
            if (nsig < 64) {
                set &= (1L << nsig) - 1;
            }
        }
        sb.append('[');
        boolean first = true;
        for (int s = 1; s <= nsig; s++) {
            if ((set & (1L << (s - 1))) != 0) {
                if (!first) {
                    sb.append(' ');
                }
                first = false;
                sb.append(sigName(s).substring(3));
            }
        }
        sb.append(']');
    }

    /** SIGINT, SIGRTMIN, SIGRT_1 ... as strace names them. */
    static String sigName(int s) {
        if (s == 32) {
            return "SIGRTMIN";
        }
        if (s > 32 && s <= 64) {
            return "SIGRT_" + (s - 32);
        }
        return Signals.name(s);
    }

    static void sigaction(StringBuilder sb, AddressSpace m, long a) {
        long handler = m.read64(a);
        long flags = m.read64(a + 8);
        sb.append("{sa_handler=");
        if (handler == 0) {
            sb.append("SIG_DFL");
        } else if (handler == 1) {
            sb.append("SIG_IGN");
        } else {
            ArgFormat.address(sb, handler);
        }
        sb.append(", sa_mask=");
        sigset(sb, m.read64(a + 24), 64);
        sb.append(", sa_flags=");
        LinuxNames.SA_FLAGS.flags(sb, flags);
        if ((flags & 0x04000000L) != 0) {
            sb.append(", sa_restorer=");
            ArgFormat.address(sb, m.read64(a + 16));
        }
        sb.append('}');
    }

    static void stack(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{ss_sp=");
        ArgFormat.address(sb, m.read64(a));
        sb.append(", ss_flags=");
        LinuxNames.SS_FLAGS.flags(sb, m.read32(a + 8) & 0xFFFFFFFFL);
        sb.append(", ss_size=").append(m.read64(a + 16)).append('}');
    }

    /** {@code n} struct pollfd: [{fd=0, events=POLLIN}], or with revents only the ready ones. */
    static void pollfds(StringBuilder sb, AddressSpace m, long a, long n, boolean revents, int limit) {
        sb.append('[');
        boolean first = true;
        for (long i = 0; i < n; i++) {
            long e = a + 8 * i;
            int fd = m.read32(e);
            int ev = m.read16(e + (revents ? 6 : 4)) & 0xFFFF;
            if (revents && ev == 0) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            if (!revents && i >= limit) {
                sb.append("...");
                break;
            }
            first = false;
            sb.append("{fd=").append(fd).append(revents ? ", revents=" : ", events=");
            LinuxNames.POLL.flags(sb, ev);
            sb.append('}');
        }
        sb.append(']');
    }

    /** struct epoll_event (packed: u32 events, u64 data): {events=EPOLLIN, data={u32=3, u64=3}}. */
    static void epollEvent(StringBuilder sb, AddressSpace m, long a) {
        int events = m.read32(a);
        long data = m.read64(a + 4);
        sb.append("{events=");
        LinuxNames.EPOLL_EVENTS.flags(sb, events & 0xFFFFFFFFL);
        sb.append(", data={u32=").append(data & 0xFFFFFFFFL).append(", u64=").append(Long.toUnsignedString(data)).append("}}");
    }

    /** The {@code n} events epoll_wait returned, at most {@code limit} of them before "...". */
    static void epollEvents(StringBuilder sb, AddressSpace m, long a, long n, int limit) {
        sb.append('[');
        for (long i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (i >= limit) {
                sb.append("...");
                break;
            }
            epollEvent(sb, m, a + 12 * i);
        }
        sb.append(']');
    }

    /** An fd_set of {@code nfds} bits: [3 4]. */
    static void fdset(StringBuilder sb, AddressSpace m, long a, int nfds) {
        sb.append('[');
        boolean first = true;
        for (int fd = 0; fd < nfds && fd < 1024; fd++) {
            if ((m.read64(a + 8L * (fd >> 6)) & (1L << (fd & 63))) != 0) {
                if (!first) {
                    sb.append(' ');
                }
                first = false;
                sb.append(fd);
            }
        }
        sb.append(']');
    }

    /** struct termios (TCGETS) as strace 6 shows it without -v. */
    static void termios(StringBuilder sb, AddressSpace m, long a) {
        long iflag = m.read32(a) & 0xFFFFFFFFL;
        long oflag = m.read32(a + 4) & 0xFFFFFFFFL;
        long cflag = m.read32(a + 8) & 0xFFFFFFFFL;
        long lflag = m.read32(a + 12) & 0xFFFFFFFFL;
        sb.append("{c_iflag=");
        LinuxNames.TC_IFLAG.flags(sb, iflag);
        sb.append(", c_oflag=NL").append((oflag >> 8) & 1).append("|CR").append((oflag >> 9) & 3)
                .append("|TAB").append((oflag >> 11) & 3).append("|BS").append((oflag >> 13) & 1)
                .append("|VT").append((oflag >> 14) & 1).append("|FF").append((oflag >> 15) & 1);
        long orest = oflag & ~0177400L;
        if (orest != 0) {
            sb.append('|');
            LinuxNames.TC_OFLAG.flags(sb, orest);
        }
        sb.append(", c_cflag=");
        LinuxNames.BAUD.value(sb, cflag & 010017);
        sb.append("|CS").append(5 + ((cflag >> 4) & 3));
        long crest = cflag & ~010077L & ~002003600000L;
        if (crest != 0) {
            sb.append('|');
            LinuxNames.TC_CFLAG.flags(sb, crest);
        }
        sb.append(", c_lflag=");
        LinuxNames.TC_LFLAG.flags(sb, lflag);
        sb.append(", ...}");
    }

    static void winsize(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{ws_row=").append(m.read16(a) & 0xFFFF).append(", ws_col=").append(m.read16(a + 2) & 0xFFFF)
                .append(", ws_xpixel=").append(m.read16(a + 4) & 0xFFFF).append(", ws_ypixel=")
                .append(m.read16(a + 6) & 0xFFFF).append('}');
    }

    static void flock(StringBuilder sb, AddressSpace m, long a) {
        sb.append("{l_type=");
        LinuxNames.LOCK_TYPE.value(sb, m.read16(a));
        sb.append(", l_whence=");
        LinuxNames.WHENCE.value(sb, m.read16(a + 2));
        sb.append(", l_start=").append(m.read64(a + 8)).append(", l_len=").append(m.read64(a + 16)).append('}');
    }
}
