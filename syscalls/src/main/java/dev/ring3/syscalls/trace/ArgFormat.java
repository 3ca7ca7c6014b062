package dev.ring3.syscalls.trace;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import dev.ring3.syscalls.ArgKind;
import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.Signals;

/**
 * Formats one argument of a traced call by its {@link ArgKind}, the way strace decodes it: which
 * arguments appear at all (open's mode only with O_CREAT, fcntl's third only for commands that
 * take one), input arguments as they were at entry, output arguments after the call or as the
 * bare address when it failed.
 */
final class ArgFormat {
    static final int PATH_MAX = 4096;
    private static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4;
    private static final int FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_REQUEUE = 3, FUTEX_CMP_REQUEUE = 4,
            FUTEX_WAKE_OP = 5, FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 10;
    private static final int ARCH_GET_FS = 0x1003, ARCH_GET_GS = 0x1004;
    private static final int TCGETS = 0x5401, TCSETS = 0x5402, TCSETSW = 0x5403, TCSETSF = 0x5404,
            TIOCGPGRP = 0x540F, TIOCSPGRP = 0x5410, TIOCGWINSZ = 0x5413, TIOCSWINSZ = 0x5414, FIONREAD = 0x541B,
            FIONBIO = 0x5421, TIOCNOTTY = 0x5422, TIOCGSID = 0x5429, FIONCLEX = 0x5450, FIOCLEX = 0x5451,
            FIOASYNC = 0x5452;
    private static final int PR_SET_PDEATHSIG = 1, PR_GET_PDEATHSIG = 2, PR_SET_DUMPABLE = 4, PR_SET_NAME = 15,
            PR_GET_NAME = 16, PR_GET_TSC = 25, PR_SET_TSC = 26, PR_MCE_KILL = 33, PR_GET_CHILD_SUBREAPER = 37,
            PR_GET_TID_ADDRESS = 40, PR_CAPBSET_READ = 23, PR_CAPBSET_DROP = 24, PR_CAP_AMBIENT = 47,
            PR_GET_DUMPABLE = 3, PR_GET_SECUREBITS = 27, PR_MCE_KILL_GET = 34;
    private static final int ARCH_GET_CPUID = 0x1011;

    /**
     * How many of prctl's arguments after the option strace shows, by option (its prctl.c): none
     * for the getters that take none, one for the options with one argument, all four otherwise.
     */
    static int prctlArgs(int op) {
        switch (op) {
            case 3: case 7: case 13: case 27: case 30: case 31: case 32: case 46: case 51: case 21:
                return 0; // PR_GET_DUMPABLE KEEPCAPS TIMING SECUREBITS TIMERSLACK, PERF_EVENTS, FP_MODE, SVE_GET_VL, GET_SECCOMP
            case 1: case 2: case 4: case 5: case 6: case 8: case 9: case 10: case 11: case 12: case 14: case 15:
            case 16: case 19: case 20: case 23: case 24: case 25: case 26: case 28: case 29: case 36: case 37:
            case 40: case 45: case 50:
                return 1;
            default:
                return 4;
        }
    }

    private ArgFormat() {}

    /** NULL or 0x... */
    static void address(StringBuilder sb, long v) {
        if (v == 0) {
            sb.append("NULL");
        } else {
            sb.append("0x").append(Long.toHexString(v));
        }
    }

    /** Whether argument {@code i} appears in the line at all (decided from the arguments alone). */
    static boolean shown(Call c, int i) {
        long[] a = c.a;
        switch (c.kinds[i]) {
            case HIDDEN:
                return false;
            case OPEN_MODE:
                return (a[i - 1] & 0100) != 0 || (a[i - 1] & 020200000) == 020200000;
            case MREMAP_ADDR:
                return (a[i - 1] & 6) != 0;
            case DEV: { // S_IFCHR or S_IFBLK
                long type = a[i - 1] & 0170000;
                return type == 020000 || type == 060000;
            }
            case FCNTL_ARG: {
                int cmd = (int) a[i - 1];
                return !(cmd == F_GETFD || cmd == F_GETFL || cmd == 9 || cmd == 11 || cmd == 1025 || cmd == 1032
                        || cmd == 1034);
            }
            case IOCTL_ARG: {
                int cmd = (int) a[i - 1];
                return cmd != FIOCLEX && cmd != FIONCLEX && cmd != TIOCNOTTY;
            }
            case FUTEX_TIMEOUT:
            case FUTEX_ARG: {
                int op = (int) a[1] & 127;
                switch (op) {
                    case FUTEX_WAIT: return i == 3;
                    case FUTEX_WAKE: return false;
                    case FUTEX_WAIT_BITSET: return i == 3 || i == 5;
                    case FUTEX_WAKE_BITSET: return i == 5;
                    case FUTEX_REQUEUE: return i <= 4;
                    default: return true;
                }
            }
            case PRCTL_ARG:
                return i <= prctlArgs((int) a[0]);
            case ARCH_PRCTL_ADDR:
                return a[0] != ARCH_GET_CPUID;
            default:
                return true;
        }
    }

    /** Whether argument {@code i} is shown after the call (an output) rather than at entry. */
    static boolean isOut(Call c, int i) {
        ArgKind k = c.kinds[i];
        switch (k) {
            case ARCH_PRCTL_ADDR:
                return c.a[0] == ARCH_GET_FS || c.a[0] == ARCH_GET_GS;
            case IOCTL_ARG: {
                int cmd = (int) c.a[1];
                return cmd == TCGETS || cmd == TIOCGWINSZ || cmd == FIONREAD || cmd == TIOCGPGRP || cmd == TIOCGSID;
            }
            case PRCTL_ARG: {
                int op = (int) c.a[0];
                return i == 1 && (op == PR_GET_NAME || op == PR_GET_TSC || op == PR_GET_PDEATHSIG
                        || op == PR_GET_CHILD_SUBREAPER || op == PR_GET_TID_ADDRESS);
            }
            default:
                return k.out;
        }
    }

    /** Keeps what an in/out argument holds at entry, to show it next to its value after the call. */
    static void save(Call c, int i) {
        long v = c.a[i];
        try {
            switch (c.kinds[i]) {
                case SOCKLEN_INOUT: c.saved[i] = v == 0 ? 0 : c.mem.read32(v); break;
                case MSGHDR_OUT: c.saved[i] = c.mem.read32(v + 8) & 0xFFFFFFFFL; break;
                default: break;
            }
        } catch (GuestFault f) {
            c.saved[i] = 0;
        }
    }

    /** Appends argument {@code i}; a structure that cannot be read prints as its address. */
    static void format(StringBuilder sb, Call c, int i) {
        int mark = sb.length();
        if (isOut(c, i) && c.failed && c.kinds[i] != ArgKind.SOCKLEN_INOUT && c.kinds[i] != ArgKind.CLONE_ARGS
                && c.kinds[i] != ArgKind.IOVEC_OUT && c.kinds[i] != ArgKind.NODEMASK_OUT
                && c.kinds[i] != ArgKind.MMSGHDR_SENT
                && c.kinds[i] != ArgKind.SLEEP_REMAIN && c.kinds[i] != ArgKind.SIGRETURN_MASK) {
            address(sb, c.a[i]);
            return;
        }
        try {
            value(sb, c, i);
        } catch (GuestFault | IllegalArgumentException | IndexOutOfBoundsException f) {
            sb.setLength(mark);
            address(sb, c.a[i]);
        }
    }

    private static void value(StringBuilder sb, Call c, int i) {
        long v = c.a[i];
        AddressSpace m = c.mem;
        switch (c.kinds[i]) {
            case INT: case FD: case POLL_TIMEOUT: sb.append((int) v); break;
            case UINT: sb.append(v & 0xFFFFFFFFL); break;
            case SIZE: sb.append(Long.toUnsignedString(v)); break;
            case OFF: sb.append(v); break;
            case HEX: case PERSONA: hex(sb, v); break;
            case ADDR: case MREMAP_ADDR: address(sb, v); break;
            case MODE: case OPEN_MODE: StructFormat.octal(sb, v & 07777); break;
            case FILE_MODE: StructFormat.mode(sb, v & 0177777); break;
            case DEV: // the kernel's new_decode_dev
                sb.append("makedev(0x").append(Long.toHexString((v >>> 8 & 0xFFF) | (v >>> 32 & ~0xFFFL & 0xFFFFFFFFL)))
                        .append(", 0x").append(Long.toHexString((v & 0xFF) | (v >>> 12 & ~0xFFL & 0xFFFFFFFFL))).append(')');
                break;
            case DIRFD:
                if ((int) v == -100) {
                    sb.append("AT_FDCWD");
                } else {
                    sb.append((int) v);
                }
                break;
            case PATH: QuotedString.cString(sb, m, v, PATH_MAX); break;
            case STR: QuotedString.cString(sb, m, v, c.limit); break;
            case STR_OUT: QuotedString.cString(sb, m, v, PATH_MAX); break;
            case BUF_IN: QuotedString.buffer(sb, m, v, c.a[i + 1], c.limit, false); break;
            case BUF_OUT:
                // recv with MSG_TRUNC returns the datagram's length, more than the buffer holds.
                QuotedString.buffer(sb, m, v, Long.compareUnsigned(c.result, c.a[i + 1]) > 0 ? c.a[i + 1] : c.result,
                        c.limit, false);
                break;
            case BUF_OUT_HEX: QuotedString.buffer(sb, m, v, c.result, c.limit, true); break;
            case IOVEC_IN: iovec(sb, c, v, c.a[i + 1], Long.MAX_VALUE, false); break;
            // A failed call's buffers print as addresses (strace's IOV_DECODE_ADDR).
            case IOVEC_OUT: iovec(sb, c, v, c.a[i + 1], c.result, c.failed); break;
            case IOVEC_ADDRS: iovec(sb, c, v, c.a[i + 1], 0, true); break;
            case FDS_OUT: sb.append('[').append(m.read32(v)).append(", ").append(m.read32(v + 4)).append(']'); break;
            case DIRENTS_OUT: dirents(sb, m, v, c.result); break;
            case OFLAGS:
                if (c.name.equals("dup3") || c.name.equals("pipe2")) {
                    LinuxNames.OPEN.flags(sb, v);
                } else {
                    openFlags(sb, v);
                }
                break;
            case ACCESS_MODE:
                if (v == 0) {
                    sb.append("F_OK");
                } else {
                    LinuxNames.ACCESS.flags(sb, v);
                }
                break;
            case ATFLAGS: atFlags(sb, c.name, v); break;
            case RENAME_FLAGS: LinuxNames.RENAME.flags(sb, v & 0xFFFFFFFFL); break;
            case WHENCE: LinuxNames.WHENCE.value(sb, (int) v); break;
            case FCNTL_CMD: LinuxNames.FCNTL.value(sb, (int) v); break;
            case FCNTL_ARG: fcntlArg(sb, c, (int) c.a[i - 1], v); break;
            case FLOCK_OP: LinuxNames.FLOCK.flags(sb, v & 0xFFFFFFFFL); break;
            case IOCTL_CMD: {
                String n = LinuxNames.IOCTL.name(v & 0xFFFFFFFFL);
                if (n != null) {
                    sb.append(n);
                } else {
                    hex(sb, v & 0xFFFFFFFFL);
                }
                break;
            }
            case IOCTL_ARG: ioctlArg(sb, c, (int) c.a[i - 1], v); break;
            case FADVICE: LinuxNames.FADVICE.value(sb, (int) v); break;
            case FALLOCATE_MODE: LinuxNames.FALLOCATE.flags(sb, v & 0xFFFFFFFFL); break;
            case PROT: LinuxNames.PROT.flags(sb, v & 0xFFFFFFFFL); break;
            case MMAP_FLAGS: {
                LinuxNames.MAP_TYPE.value(sb, v & 0xF);
                if ((v & ~0xFL & 0xFFFFFFFFL) != 0) {
                    sb.append('|');
                    LinuxNames.MAP.flags(sb, v & ~0xFL & 0xFFFFFFFFL);
                }
                break;
            }
            case MREMAP_FLAGS: LinuxNames.MREMAP.flags(sb, v & 0xFFFFFFFFL); break;
            case MSYNC_FLAGS: LinuxNames.MSYNC.flags(sb, v & 0xFFFFFFFFL); break;
            case MADVICE: LinuxNames.MADVICE.value(sb, (int) v); break;
            case MLOCKALL_FLAGS: LinuxNames.MLOCKALL.flags(sb, v & 0xFFFFFFFFL); break;
            case IPC_KEY:
                if ((int) v == 0) {
                    sb.append("IPC_PRIVATE");
                } else {
                    sb.append("0x").append(Integer.toHexString((int) v));
                }
                break;
            case SHMGET_FLAGS:
                if ((v & ~0777L & 0xFFFFFFFFL) != 0) {
                    LinuxNames.SHMGET.flags(sb, v & ~0777L & 0xFFFFFFFFL);
                    sb.append('|');
                }
                StructFormat.octal(sb, v & 0777);
                break;
            case SHMAT_FLAGS: LinuxNames.SHMAT.flags(sb, v & 0xFFFFFFFFL); break;
            case SHMCTL_BUF: IpcFormat.shmctlBuf(sb, m, c.a[i - 1], v); break;
            case SHMCTL_CMD:
                if ((v & 0x100) != 0) {
                    sb.append("IPC_64|");
                }
                LinuxNames.SHMCTL.value(sb, v & ~0x100L & 0xFFFFFFFFL);
                break;
            case MLOCK2_FLAGS: LinuxNames.MLOCK2.flags(sb, v & 0xFFFFFFFFL); break;
            case GRND_FLAGS: LinuxNames.GRND.flags(sb, v & 0xFFFFFFFFL); break;
            case SIGNAL: signal(sb, v); break;
            case SIGPROCMASK_HOW: LinuxNames.SIGPROCMASK.value(sb, (int) v); break;
            case CLOCKID: LinuxNames.CLOCK.value(sb, (int) v); break;
            case TIMER_FLAGS: LinuxNames.TIMER.flags(sb, v & 0xFFFFFFFFL); break;
            case ITIMER_WHICH: LinuxNames.ITIMER.value(sb, v & 0xFFFFFFFFL); break;
            case ITIMERVAL_IN: case ITIMERVAL_OUT: nullOr(sb, v, () -> StructFormat.itimer(sb, m, v, false)); break;
            case ITIMERSPEC_IN: case ITIMERSPEC_OUT: nullOr(sb, v, () -> StructFormat.itimer(sb, m, v, true)); break;
            case SIGEVENT: nullOr(sb, v, () -> StructFormat.sigevent(sb, m, v)); break;
            case TIMERFD_FLAGS: LinuxNames.TFD.flags(sb, v & 0xFFFFFFFFL); break;
            case SIGNALFD_FLAGS: LinuxNames.SFD.flags(sb, v & 0xFFFFFFFFL); break;
            case PRIORITY_WHICH: LinuxNames.PRIO.value(sb, v & 0xFFFFFFFFL); break;
            case SCHED_POLICY: LinuxNames.SCHED.value(sb, v & 0xFFFFFFFFL); break; // strace 6.1 shows RESET_ON_FORK as unknown
            case SCHED_PARAM_IN: case SCHED_PARAM_OUT:
                nullOr(sb, v, () -> sb.append('[').append(m.read32(v)).append(']'));
                break;
            case UTIMBUF_IN:
                nullOr(sb, v, () -> {
                    long at = m.read64(v), mt = m.read64(v + 8);
                    sb.append("{actime=").append(at).append(" /* ").append(StructFormat.isoTime(at)).append(" */, modtime=")
                            .append(mt).append(" /* ").append(StructFormat.isoTime(mt)).append(" */}");
                });
                break;
            case TIMEVALS_IN:
                nullOr(sb, v, () -> {
                    sb.append('[');
                    for (int j = 0; j < 2; j++) {
                        if (j > 0) {
                            sb.append(", ");
                        }
                        long sec = m.read64(v + 16L * j), usec = m.read64(v + 16L * j + 8);
                        StructFormat.timeval(sb, m, v + 16L * j);
                        if (usec >= 0 && usec < 1_000_000) {
                            sb.append(" /* ").append(StructFormat.isoTime(sec, usec == 0 ? "" : String.format(".%06d", usec)))
                                    .append(" */");
                        }
                    }
                    sb.append(']');
                });
                break;
            case SIGINFO_IN:
                nullOr(sb, v, () -> {
                    if (m.read32(v) == 0) {
                        sb.append("{}"); // strace shows nothing of a siginfo without a signal number
                    } else {
                        SignalInfo.format(sb, m.read32(v), m.read32(v + 8), m.read64(v + 24), m.read32(v + 16),
                                m.read32(v + 20));
                    }
                });
                break;
            case MEMBARRIER_CMD: LinuxNames.MEMBARRIER.value(sb, v & 0xFFFFFFFFL); break;
            case MINCORE_OUT: {
                long pages = (c.a[1] + 4095) >>> 12;
                sb.append('[');
                for (long j = 0; j < pages; j++) {
                    if (j >= c.limit) {
                        sb.append("...");
                        break;
                    }
                    if (j > 0) {
                        sb.append(", ");
                    }
                    sb.append(m.read8(v + j) & 1);
                }
                sb.append(']');
                break;
            }
            case RLIMIT_RESOURCE: LinuxNames.RLIMIT.value(sb, (int) v); break;
            case RUSAGE_WHO: LinuxNames.RUSAGE.valueDecimal(sb, (int) v); break;
            case ARCH_PRCTL_CODE: LinuxNames.ARCH_PRCTL.value(sb, (int) v); break;
            case ARCH_PRCTL_ADDR:
                if (isOut(c, i)) {
                    sb.append('[');
                    address(sb, m.read64(v));
                    sb.append(']');
                } else {
                    hex(sb, v);
                }
                break;
            case PRCTL_OPTION: LinuxNames.PRCTL.value(sb, (int) v); break;
            case PRCTL_ARG: prctlArg(sb, c, i, v); break;
            case FUTEX_OP: futexOp(sb, v); break;
            case FUTEX_TIMEOUT: {
                int op = (int) c.a[1] & 127;
                if (op == FUTEX_WAIT || op == FUTEX_WAIT_BITSET || op == 6 || op == 11 || op == 13) {
                    timespecOrNull(sb, m, v);
                } else {
                    sb.append(v & 0xFFFFFFFFL);
                }
                break;
            }
            case FUTEX_ARG: {
                int op = (int) c.a[1] & 127;
                if (i == 5 && (op == FUTEX_WAIT_BITSET || op == FUTEX_WAKE_BITSET) && (int) v == -1) {
                    sb.append("FUTEX_BITSET_MATCH_ANY");
                } else if (i == 5) {
                    sb.append(op == FUTEX_WAKE_OP || op == FUTEX_WAIT_BITSET || op == FUTEX_WAKE_BITSET
                            ? "0x" + Long.toHexString(v & 0xFFFFFFFFL) : Long.toString(v & 0xFFFFFFFFL));
                } else {
                    address(sb, v);
                }
                break;
            }
            case CLOSE_RANGE_FLAGS: LinuxNames.CLOSE_RANGE.flags(sb, v & 0xFFFFFFFFL); break;
            case NUMBER_FLAGS: hex(sb, v); break;
            case STAT_OUT: StructFormat.stat(sb, m, v); break;
            case STATX_OUT: StructFormat.statx(sb, m, v); break;
            case STATX_MASK: LinuxNames.STATX_MASK.flags(sb, v & 0xFFFFFFFFL); break;
            case STATFS_OUT: StructFormat.statfs(sb, m, v); break;
            case TIMESPEC_IN: case TIMESPEC_OUT: timespecOrNull(sb, m, v); break;
            case SLEEP_REMAIN:
                // The kernel writes the time left only when a signal cut the sleep short.
                if (c.failed && (c.result == -Errno.EINTR || (c.result <= -512 && c.result >= -516))) {
                    timespecOrNull(sb, m, v);
                } else {
                    address(sb, v);
                }
                break;
            case TIMEVAL_IN: case TIMEVAL_OUT:
                if (v == 0) {
                    sb.append("NULL");
                } else {
                    StructFormat.timeval(sb, m, v);
                }
                break;
            case TIMEZONE_OUT:
                if (v == 0) {
                    sb.append("NULL");
                } else {
                    sb.append("{tz_minuteswest=").append(m.read32(v)).append(", tz_dsttime=").append(m.read32(v + 4))
                            .append('}');
                }
                break;
            case UTIMENS_IN:
                if (v == 0) {
                    sb.append("NULL");
                } else {
                    StructFormat.utimens(sb, m, v);
                }
                break;
            case TIME_OUT:
                if (v == 0) {
                    sb.append("NULL");
                } else {
                    long t = m.read64(v);
                    sb.append('[').append(t).append(" /* ").append(StructFormat.isoTime(t)).append(" */]");
                }
                break;
            case RLIMIT_IN: case RLIMIT_OUT: nullOr(sb, v, () -> StructFormat.rlimit(sb, m, v)); break;
            case RUSAGE_OUT: StructFormat.rusage(sb, m, v); break;
            case TMS_OUT: nullOr(sb, v, () -> StructFormat.tms(sb, m, v)); break;
            case SYSINFO_OUT: StructFormat.sysinfo(sb, m, v); break;
            case UTSNAME_OUT: StructFormat.utsname(sb, m, v, c.limit); break;
            case SIGACTION_IN: case SIGACTION_OUT: nullOr(sb, v, () -> StructFormat.sigaction(sb, m, v)); break;
            case EVENTFD_FLAGS: LinuxNames.EVENTFD.flags(sb, v & 0xFFFFFFFFL); break;
            case PIDFD_FLAGS: LinuxNames.PIDFD.flags(sb, v & 0xFFFFFFFFL); break;
            case XATTR_FLAGS: LinuxNames.XATTR.flags(sb, v & 0xFFFFFFFFL); break;
            case MPOL_GET_FLAGS: LinuxNames.MPOL_GET.flags(sb, v & 0xFFFFFFFFL); break;
            case SYNC_FILE_RANGE_FLAGS: LinuxNames.SYNC_FILE_RANGE.flags(sb, v & 0xFFFFFFFFL); break;
            case NODEMASK_IN: nodemask(sb, c, v, c.a[i + 1], false); break;
            case NODEMASK_OUT: nodemask(sb, c, v, c.a[i + 1], true); break;
            case MPOL_MODE_OUT:
                if (v == 0) {
                    sb.append("NULL");
                } else {
                    sb.append('[');
                    LinuxNames.MPOL.value(sb, c.mem.read32(v) & ~(7 << 13));
                    sb.append(']');
                }
                break;
            case MPOL_MODE: {
                long flags = v & (7L << 13);
                LinuxNames.MPOL.value(sb, (int) (v & ~(7L << 13)));
                if (flags != 0) {
                    sb.append('|');
                    LinuxNames.MPOL_MODE_FLAGS.flags(sb, flags);
                }
                break;
            }
            case EPOLL_CREATE_FLAGS: LinuxNames.EPOLL_CREATE.flags(sb, v & 0xFFFFFFFFL); break;
            case EPOLL_CTL_OP: LinuxNames.EPOLL_CTL.value(sb, (int) v); break;
            case EPOLL_EVENT_IN:
                if (c.a[1] == EPOLL_CTL_DEL || v == 0) {
                    address(sb, v);
                } else {
                    StructFormat.epollEvent(sb, m, v);
                }
                break;
            case EPOLL_EVENTS_OUT: StructFormat.epollEvents(sb, m, v, c.result, c.limit); break;
            case TIMESPEC_AFTER: timespecOrNull(sb, m, v); break;
            case SIGSET_AFTER: case SIGSET_IN: case SIGSET_OUT:
                if (rawSigsetSize(c) != 8) {
                    address(sb, v); // strace decodes a sigset only of the kernel's own size
                } else {
                    nullOr(sb, v, () -> StructFormat.sigset(sb, m, v, sigsetSize(c)));
                }
                break;
            case STACK_IN: case STACK_OUT: nullOr(sb, v, () -> StructFormat.stack(sb, m, v)); break;
            case SIGRETURN_MASK:
                sb.append("{mask=");
                StructFormat.sigset(sb, c.task.signals.blocked, 64);
                sb.append('}');
                break;
            case POLLFDS: nullOr(sb, v, () -> StructFormat.pollfds(sb, m, v, c.a[i + 1] & 0xFFFFFFFFL, false, c.limit)); break;
            case FDSET: nullOr(sb, v, () -> StructFormat.fdset(sb, m, v, (int) c.a[0])); break;
            case PSELECT_SIGMASK:
                nullOr(sb, v, () -> {
                    sb.append("{sigmask=");
                    long set = m.read64(v);
                    if (set == 0) {
                        sb.append("NULL");
                    } else {
                        StructFormat.sigset(sb, m, set, m.read64(v + 8));
                    }
                    sb.append(", sigsetsize=").append(m.read64(v + 8)).append('}');
                });
                break;
            case INT_OUT: nullOr(sb, v, () -> sb.append('[').append(m.read32(v)).append(']')); break;
            case GIDS_IN: ints(sb, m, v, c.a[i - 1]); break;
            case GIDS_OUT:
                if (c.a[i - 1] == 0) {
                    address(sb, v);
                } else {
                    ints(sb, m, v, c.result);
                }
                break;
            case CLONE_ARGS: ProcessFormat.clone(sb, c); break;
            case CLONE3_ARGS: ProcessFormat.clone3(sb, m, v, c.a[i + 1], c.limit); break;
            case ARGV: ProcessFormat.argv(sb, m, v, c.limit); break;
            case ENVP: ProcessFormat.envp(sb, m, v); break;
            case WAIT_STATUS:
                // Nothing is stored when WNOHANG found no child (the result is 0).
                if (v == 0 || c.result == 0) {
                    address(sb, v);
                } else {
                    ProcessFormat.status(sb, m.read32(v));
                }
                break;
            case WAIT_OPTIONS:
                (c.name.equals("waitid") ? ProcessFormat.WAITID : ProcessFormat.WAIT).flags(sb, v & 0xFFFFFFFFL);
                break;
            case IDTYPE: ProcessFormat.IDTYPE.value(sb, (int) v); break;
            case SIGINFO_OUT: nullOr(sb, v, () -> ProcessFormat.waitSiginfo(sb, m, v)); break;
            case SOCK_DOMAIN: SocketNames.FAMILY.value(sb, (int) v); break;
            case SOCK_TYPE: SocketFormat.type(sb, v); break;
            case SOCK_PROTOCOL:
                // strace names socket's protocol but prints socketpair's as a number.
                SocketFormat.protocol(sb, c.name.equals("socketpair") ? -1 : (int) c.a[0], v);
                break;
            case SOCK_FLAGS: SocketNames.TYPE_FLAGS.flags(sb, v & 0xFFFFFFFFL); break;
            case MSG_FLAGS: SocketNames.MSG.flags(sb, v & 0xFFFFFFFFL); break;
            case SHUTDOWN_HOW: SocketNames.SHUT.value(sb, (int) v); break;
            case SOCKADDR_IN: SocketFormat.sockaddr(sb, m, v, (int) c.a[i + 1]); break;
            case SOCKADDR_OUT: {
                long lenp = c.a[i + 1];
                long len = lenp == 0 ? 0 : Math.min(c.saved[i + 1], m.read32(lenp) & 0xFFFFFFFFL);
                if (lenp == 0 && v != 0) {
                    address(sb, v);
                } else {
                    SocketFormat.sockaddr(sb, m, v, len);
                }
                break;
            }
            case SOCKLEN_INOUT:
                nullOr(sb, v, () -> {
                    long out = m.read32(v) & 0xFFFFFFFFL;
                    sb.append('[').append(c.saved[i]);
                    if (!c.failed && out != c.saved[i]) {
                        sb.append(" => ").append(out);
                    }
                    sb.append(']');
                });
                break;
            case SOCK_LEVEL: SocketNames.LEVEL.value(sb, (int) v); break;
            case SOCKOPT_NAME: SocketFormat.option(sb, (int) c.a[i - 1], v); break;
            case SOCKOPT_IN: SocketFormat.optionValue(sb, m, (int) c.a[i - 2], (int) c.a[i - 1], v, (int) c.a[i + 1]); break;
            case SOCKOPT_OUT:
                SocketFormat.optionValue(sb, m, (int) c.a[i - 2], (int) c.a[i - 1], v,
                        c.a[i + 1] == 0 ? 0 : m.read32(c.a[i + 1]));
                break;
            case MSGHDR_IN: nullOr(sb, v, () -> SocketFormat.msghdr(sb, c, v, false, 0, Long.MAX_VALUE)); break;
            case MSGHDR_OUT: nullOr(sb, v, () -> SocketFormat.msghdr(sb, c, v, true, c.saved[i], c.result)); break;
            case MMSGHDR_SENT: SocketFormat.mmsghdrs(sb, c, v, c.failed ? c.a[i + 1] & 0xFFFFFFFFL : c.result, !c.failed, false); break;
            case MMSGHDR_RECEIVED: SocketFormat.mmsghdrs(sb, c, v, c.result, true, true); break;
            case TIMESPEC_LEFT: timespecOrNull(sb, m, v); break;
            case CPUSET_IN: cpuset(sb, m, v, c.a[i - 1] & 0xFFFFFFFFL); break;
            case CPUSET_OUT: cpuset(sb, m, v, c.result); break;
            case ADDR_OUT: nullOr(sb, v, () -> {
                sb.append('[');
                address(sb, m.read64(v));
                sb.append(']');
            });
                break;
            case SIZE_OUT: nullOr(sb, v, () -> sb.append('[').append(m.read64(v)).append(']')); break;
            case LOFF_INOUT: nullOr(sb, v, () -> sb.append('[').append(m.read64(v)).append(']')); break;
            default:
                hex(sb, v);
        }
    }

    private static void nullOr(StringBuilder sb, long v, Runnable r) {
        if (v == 0) {
            sb.append("NULL");
        } else {
            r.run();
        }
    }

    private static final int EPOLL_CTL_DEL = 2;

    static void hex(StringBuilder sb, long v) {
        if (v == 0) {
            sb.append('0');
        } else {
            sb.append("0x").append(Long.toHexString(v));
        }
    }

    private static void timespecOrNull(StringBuilder sb, AddressSpace m, long v) {
        if (v == 0) {
            sb.append("NULL");
        } else {
            StructFormat.timespec(sb, m, v);
        }
    }

    static void signal(StringBuilder sb, long v) {
        int s = (int) v;
        if (s == 0) {
            sb.append('0');
        } else if (Signals.valid(s)) {
            sb.append(StructFormat.sigName(s));
        } else {
            sb.append(s);
        }
    }

    static void openFlags(StringBuilder sb, long v) {
        long flags = v & 0xFFFFFFFFL;
        sb.append(LinuxNames.ACCMODE[(int) (flags & 3)]);
        long rest = flags & ~3L;
        if (rest != 0) {
            sb.append('|');
            LinuxNames.OPEN.flags(sb, rest);
        }
    }

    private static void atFlags(StringBuilder sb, String name, long v) {
        long f = v & 0xFFFFFFFFL;
        switch (name) {
            case "faccessat2":
                LinuxNames.AT_EACCESS.flags(sb, f);
                break;
            case "statx": {
                LinuxNames.STATX_SYNC.value(sb, f & 0x6000);
                long rest = f & ~0x6000L;
                if (rest != 0) {
                    sb.append('|');
                    LinuxNames.AT_STATX.flags(sb, rest);
                }
                break;
            }
            default:
                LinuxNames.AT.flags(sb, f);
        }
    }

    private static void fcntlArg(StringBuilder sb, Call c, int cmd, long v) {
        switch (cmd) {
            case F_SETFD: LinuxNames.FD_FLAGS.flags(sb, v & 0xFFFFFFFFL); break;
            case F_SETFL: openFlags(sb, v); break;
            case 5: case 6: case 7: case 36: case 37: case 38:
                nullOr(sb, v, () -> StructFormat.flock(sb, c.mem, v));
                break;
            case 10: signal(sb, v); break;
            case F_DUPFD:
            default:
                sb.append((int) v);
        }
    }

    private static void ioctlArg(StringBuilder sb, Call c, int cmd, long v) {
        AddressSpace m = c.mem;
        switch (cmd) {
            case TCGETS: case TCSETS: case TCSETSW: case TCSETSF: StructFormat.termios(sb, m, v); break;
            case TIOCGWINSZ: case TIOCSWINSZ: StructFormat.winsize(sb, m, v); break;
            case FIONREAD: case FIONBIO: case FIOASYNC: case TIOCGPGRP: case TIOCSPGRP: case TIOCGSID:
                sb.append('[').append(m.read32(v)).append(']');
                break;
            default:
                address(sb, v);
        }
    }

    private static void prctlArg(StringBuilder sb, Call c, int i, long v) {
        int op = (int) c.a[0];
        boolean out = isOut(c, i) && !c.failed;
        if (op == PR_SET_NAME || op == PR_GET_NAME) {
            QuotedString.cString(sb, c.mem, v, Math.min(c.limit, 15));
        } else if (op == PR_SET_PDEATHSIG) {
            signal(sb, v);
        } else if (op == PR_SET_TSC) {
            LinuxNames.PR_TSC.value(sb, (int) v);
        } else if (op == PR_SET_DUMPABLE) {
            LinuxNames.PR_DUMP.value(sb, (int) v);
        } else if ((op == PR_CAPBSET_READ || op == PR_CAPBSET_DROP) && i == 1
                || op == PR_CAP_AMBIENT && i == 2 && c.a[1] >= 1 && c.a[1] <= 3) {
            LinuxNames.CAP.value(sb, v);
        } else if (op == PR_CAP_AMBIENT && i == 1) {
            LinuxNames.PR_CAP_AMBIENT.value(sb, v);
        } else if (op == PR_MCE_KILL && (i == 1 || i == 2 && c.a[1] == 1)) { // the policy only after PR_MCE_KILL_SET
            (i == 1 ? LinuxNames.PR_MCE : LinuxNames.PR_MCE_POLICY).value(sb, (int) v);
        } else if (out && op == PR_GET_TSC) {
            sb.append('[');
            LinuxNames.PR_TSC.value(sb, c.mem.read32(v));
            sb.append(']');
        } else if (op == 6) { // PR_SET_UNALIGN
            LinuxNames.PR_UNALIGN.flags(sb, v);
        } else if (out && op == PR_GET_PDEATHSIG) {
            int sig = c.mem.read32(v);
            sb.append('[');
            if (sig == 0) {
                sb.append('0');
            } else {
                signal(sb, sig);
            }
            sb.append(']');
        } else if (out && op == PR_GET_CHILD_SUBREAPER) {
            sb.append('[').append(c.mem.read32(v)).append(']');
        } else if (out && op == PR_GET_TID_ADDRESS) {
            sb.append('[');
            address(sb, c.mem.read64(v));
            sb.append(']');
        } else if (i == 1 && (op == 8 || op == 14 || op == 29 || op == 36 || op == 38 || op == 41)) {
            sb.append(Long.toUnsignedString(v)); // the setters' value, which strace prints in decimal
        } else {
            hex(sb, v);
        }
    }

    private static void futexOp(StringBuilder sb, long v) {
        int op = (int) v;
        LinuxNames.FUTEX.value(sb, op & 127);
        if ((op & 128) != 0) {
            sb.append("_PRIVATE");
        }
        if ((op & 256) != 0) {
            sb.append("|FUTEX_CLOCK_REALTIME");
        }
    }

    /** The sigset size argument of the call (the last SIZE argument; 8 when there is none). */
    private static long rawSigsetSize(Call c) {
        for (int i = c.argCount() - 1; i >= 0; i--) {
            if (c.kinds[i] == ArgKind.SIZE) {
                return c.a[i];
            }
        }
        return 8;
    }

    private static long sigsetSize(Call c) {
        for (int i = c.argCount() - 1; i >= 0; i--) {
            if (c.kinds[i] == ArgKind.SIZE) {
                return Math.min(c.a[i], 8);
            }
        }
        return 8;
    }

    static void iovec(StringBuilder sb, Call c, long iov, long count, long total, boolean addresses) {
        AddressSpace m = c.mem;
        if (iov == 0) {
            sb.append("NULL");
            return;
        }
        sb.append('[');
        long left = total;
        for (long k = 0; k < count && k < 1024; k++) {
            if (k > 0) {
                sb.append(", ");
            }
            if (k >= c.limit) {
                sb.append("...");
                break;
            }
            long base = m.read64(iov + 16 * k);
            long len = m.read64(iov + 16 * k + 8);
            sb.append("{iov_base=");
            if (addresses) {
                address(sb, base);
            } else {
                long show = Math.max(0, Math.min(len, left));
                QuotedString.buffer(sb, m, base, show, c.limit, false);
                left -= show;
            }
            sb.append(", iov_len=").append(len).append('}');
        }
        sb.append(']');
    }

    /**
     * strace's print_nodemask: (maxnode + 62) / 64 words, each "%#0*lx" 16 wide (a zero word has
     * no 0x); none is "[]" even for a failed call, which otherwise shows the address.
     */
    private static void nodemask(StringBuilder sb, Call c, long addr, long maxnode, boolean out) {
        long words = Long.compareUnsigned(maxnode, 1L << 20) > 0 ? 0 : (maxnode + 62) / 64;
        if (addr == 0) {
            sb.append("NULL");
            return;
        }
        if (words == 0) {
            sb.append("[]");
            return;
        }
        if (out && c.failed) {
            address(sb, addr);
            return;
        }
        sb.append('[');
        for (long w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(", ");
            }
            if (w >= c.limit) {
                sb.append("...");
                break;
            }
            long v = c.mem.read64(addr + 8 * w);
            String hex = Long.toHexString(v);
            if (v == 0) {
                sb.append("0000000000000000");
            } else {
                sb.append("0x");
                for (int pad = hex.length(); pad < 14; pad++) {
                    sb.append('0');
                }
                sb.append(hex);
            }
        }
        sb.append(']');
    }

    private static void dirents(StringBuilder sb, AddressSpace m, long buf, long bytes) {
        address(sb, buf);
        int n = 0;
        long off = 0;
        while (off < bytes) {
            int reclen = m.read16(buf + off + 16) & 0xFFFF;
            if (reclen == 0) {
                break;
            }
            n++;
            off += reclen;
        }
        sb.append(" /* ").append(n).append(n == 1 ? " entry" : " entries").append(" */");
    }

    private static void ints(StringBuilder sb, AddressSpace m, long a, long n) {
        if (a == 0) {
            sb.append("NULL");
            return;
        }
        sb.append('[');
        for (long k = 0; k < n && k < 65536; k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(m.read32(a + 4 * k) & 0xFFFFFFFFL);
        }
        sb.append(']');
    }

    private static void cpuset(StringBuilder sb, AddressSpace m, long a, long bytes) {
        if (a == 0) {
            sb.append("NULL");
            return;
        }
        sb.append('[');
        boolean first = true;
        for (long byteIx = 0; byteIx < bytes && byteIx < 1024; byteIx++) {
            int b = m.read8(a + byteIx) & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                if ((b & (1 << bit)) != 0) {
                    if (!first) {
                        sb.append(' ');
                    }
                    first = false;
                    sb.append(byteIx * 8 + bit);
                }
            }
        }
        sb.append(']');
    }

    /** The return value: "= 3", "= 0x7f00...", "= -1 ENOENT (No such file or directory)", "= ?". */
    static void result(StringBuilder sb, Call c, long nr) {
        long r = c.result;
        if (r == dev.ring3.syscalls.SyscallObserver.NO_RETURN) {
            sb.append('?');
            return;
        }
        if (c.failed) {
            int e = (int) -r;
            String name = Errno.name(e);
            sb.append("-1 ").append(name != null ? name : "E" + e);
            String msg = Errno.message(e);
            if (msg != null) {
                sb.append(" (").append(msg).append(')');
            }
            return;
        }
        try {
            if (decorated(sb, c)) {
                return;
            }
        } catch (GuestFault f) {
            // fall through to the plain number
        }
        ArgKind k = c.kinds[c.kinds.length - 1];
        switch (k) {
            case ADDR: case HEX: hex(sb, r); break;
            case MODE: StructFormat.octal(sb, r); break;
            default: sb.append(r);
        }
    }

    /** "R (NAME)"; false, with nothing written, when there is no name. */
    private static boolean named(StringBuilder sb, long r, String name) {
        if (name == null) {
            return false;
        }
        sb.append(r).append(" (").append(name).append(')');
        return true;
    }

    /** "0xR (PREFIX" then r's bits by {@code table}'s names, then ")". */
    private static boolean hexFlags(StringBuilder sb, long r, String prefix, FlagTable table) {
        hex(sb, r);
        sb.append(" (").append(prefix);
        table.flags(sb, r);
        sb.append(')');
        return true;
    }

    /** Results strace explains: fcntl's flags, poll's ready fds, select's sets, time's date. */
    private static boolean decorated(StringBuilder sb, Call c) {
        long r = c.result;
        AddressSpace m = c.mem;
        switch (c.name) {
            case "recvmmsg": // the time left of a timeout, which the call wrote back
                if (c.a[4] == 0) {
                    return false;
                }
                sb.append(r).append(" (left ");
                StructFormat.timespec(sb, m, c.a[4]);
                sb.append(')');
                return true;
            case "rt_sigtimedwait": // the signal taken, by name
                return named(sb, r, StructFormat.sigName((int) r));
            case "prctl": { // what a getter's number means
                int op = (int) c.a[0];
                if (op == PR_GET_DUMPABLE || op == PR_MCE_KILL_GET) {
                    return named(sb, r, (op == PR_GET_DUMPABLE ? LinuxNames.PR_DUMP : LinuxNames.PR_MCE_POLICY).name(r));
                }
                return op == PR_GET_SECUREBITS && r != 0 && hexFlags(sb, r, "", LinuxNames.SECBIT);
            }
            case "sched_getscheduler":
                return named(sb, r, LinuxNames.SCHED.name(r));
            case "membarrier":
                return c.a[0] == 0 && r != 0 && hexFlags(sb, r, "", LinuxNames.MEMBARRIER);
            case "fcntl": {
                int cmd = (int) c.a[1];
                if (cmd == F_GETFL) {
                    hex(sb, r);
                    sb.append(" (flags ");
                    openFlags(sb, r);
                    sb.append(')');
                    return true;
                }
                return cmd == F_GETFD && r != 0 && hexFlags(sb, r, "flags ", LinuxNames.FD_FLAGS);
            }
            case "poll":
            case "ppoll": {
                sb.append(r);
                if (r == 0) {
                    sb.append(" (Timeout)");
                } else {
                    sb.append(" (");
                    StructFormat.pollfds(sb, m, c.a[0], c.a[1] & 0xFFFFFFFFL, true, c.limit);
                    if (c.name.equals("ppoll") && c.a[2] != 0) {
                        sb.append(", left ");
                        StructFormat.timespec(sb, m, c.a[2]);
                    }
                    sb.append(')');
                }
                return true;
            }
            case "select":
            case "pselect6": {
                sb.append(r);
                if (r == 0) {
                    sb.append(" (Timeout)");
                    return true;
                }
                sb.append(" (");
                int start = sb.length();
                String[] names = {"in", "out", "except"};
                for (int s = 0; s < 3; s++) {
                    long set = c.a[1 + s];
                    if (set == 0) {
                        continue;
                    }
                    int mark = sb.length();
                    if (sb.length() > start) {
                        sb.append(", ");
                    }
                    sb.append(names[s]).append(' ');
                    int before = sb.length();
                    StructFormat.fdset(sb, m, set, (int) c.a[0]);
                    if (sb.length() == before + 2) {
                        sb.setLength(mark);
                    }
                }
                if (c.a[4] != 0) {
                    sb.append(sb.length() > start ? ", left " : "left ");
                    if (c.name.equals("select")) {
                        StructFormat.timeval(sb, m, c.a[4]);
                    } else {
                        StructFormat.timespec(sb, m, c.a[4]);
                    }
                }
                sb.append(')');
                return true;
            }
            case "personality":
                hex(sb, r);
                sb.append(" (").append((r & 0xff) == 0 ? "PER_LINUX" : "PER_???").append(')');
                return true;
            case "time":
                sb.append(r).append(" (").append(StructFormat.isoTime(r)).append(')');
                return true;
            default:
                return false;
        }
    }
}
