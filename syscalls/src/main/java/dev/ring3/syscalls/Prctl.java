package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * prctl(2) for x86-64, option by option as kernel/sys.c and the capability module
 * (security/commoncap.c, which answers the capability options first) answer them: the per-thread
 * state in {@link Task}, the per-process state in {@link LinuxProcess} (the kernel keeps some of
 * it per mm or per credentials; ring3's credentials are per process), what other architectures
 * own (EINVAL here), and options for kernel features ring3 does not offer (seccomp: EINVAL, as a
 * kernel without CONFIG_SECCOMP; KSM, core scheduling, syscall user dispatch) answered as a kernel
 * without them answers.
 */
final class Prctl {
    private Prctl() {}

    static final int PR_SET_PDEATHSIG = 1, PR_GET_PDEATHSIG = 2, PR_GET_DUMPABLE = 3, PR_SET_DUMPABLE = 4,
            PR_GET_KEEPCAPS = 7, PR_SET_KEEPCAPS = 8, PR_GET_TIMING = 13, PR_SET_TIMING = 14, PR_SET_NAME = 15,
            PR_GET_NAME = 16, PR_CAPBSET_READ = 23, PR_CAPBSET_DROP = 24, PR_GET_TSC = 25, PR_SET_TSC = 26,
            PR_GET_SECUREBITS = 27, PR_SET_SECUREBITS = 28, PR_SET_TIMERSLACK = 29, PR_GET_TIMERSLACK = 30,
            PR_TASK_PERF_EVENTS_DISABLE = 31, PR_TASK_PERF_EVENTS_ENABLE = 32, PR_MCE_KILL = 33,
            PR_MCE_KILL_GET = 34, PR_SET_CHILD_SUBREAPER = 36, PR_GET_CHILD_SUBREAPER = 37,
            PR_SET_NO_NEW_PRIVS = 38, PR_GET_NO_NEW_PRIVS = 39, PR_GET_TID_ADDRESS = 40, PR_SET_THP_DISABLE = 41,
            PR_GET_THP_DISABLE = 42, PR_CAP_AMBIENT = 47, PR_SET_IO_FLUSHER = 57, PR_GET_IO_FLUSHER = 58,
            PR_SET_MDWE = 65, PR_GET_MDWE = 66, PR_GET_AUXV = 0x41555856;

    static final int PR_TSC_ENABLE = 1, PR_TSC_SIGSEGV = 2;
    private static final int PR_MCE_KILL_CLEAR = 0, PR_MCE_KILL_SET = 1, PR_MCE_KILL_LATE = 0,
            PR_MCE_KILL_EARLY = 1, PR_MCE_KILL_DEFAULT = 2;
    /** Task.mceKill bits: the kernel's PF_MCE_PROCESS and PF_MCE_EARLY. */
    private static final int MCE_PROCESS = 1, MCE_EARLY = 2;
    private static final int PR_CAP_AMBIENT_IS_SET = 1, PR_CAP_AMBIENT_RAISE = 2, PR_CAP_AMBIENT_LOWER = 3,
            PR_CAP_AMBIENT_CLEAR_ALL = 4;
    /** Securebits (uapi/linux/securebits.h): the flags, each with its lock bit above it. */
    static final int SECURE_KEEP_CAPS = 1 << 4, SECURE_KEEP_CAPS_LOCKED = 1 << 5,
            SECURE_NO_CAP_AMBIENT_RAISE = 1 << 6, SECURE_ALL_BITS = 0x55, SECURE_ALL_LOCKS = 0xAA;
    private static final int CAP_SETPCAP = 8, CAP_SYS_RESOURCE = 24;
    static final int PR_MDWE_REFUSE_EXEC_GAIN = 1, PR_MDWE_NO_INHERIT = 2;
    /** The kernel's timer_slack_ns of init, which every task starts from. */
    static final long DEFAULT_TIMER_SLACK = 50_000;
    /** sizeof(mm->saved_auxv) on x86-64: AT_VECTOR_SIZE longs, what PR_GET_AUXV always answers. */
    private static final int SAVED_AUXV_BYTES = 448;
    /** The highest capability number the host kernel knows (/proc/sys/kernel/cap_last_cap). */
    static final int CAP_LAST_CAP = capLastCap();

    static long prctl(Task k, long option, long arg2, long arg3, long arg4, long arg5) {
        AddressSpace m = k.process.mem;
        LinuxProcess p = k.process;
        switch ((int) option) {
            case PR_SET_PDEATHSIG:
                if (arg2 < 0 || arg2 > Signals.NSIG) {
                    return -Errno.EINVAL;
                }
                k.pdeathSignal = (int) arg2;
                return 0;
            case PR_GET_PDEATHSIG:
                m.write32(arg2, k.pdeathSignal);
                return 0;
            case PR_GET_DUMPABLE:
                return p.dumpable;
            case PR_SET_DUMPABLE:
                if (arg2 != 0 && arg2 != 1) {
                    return -Errno.EINVAL;
                }
                p.dumpable = (int) arg2;
                return 0;
            case PR_GET_TIMING:
                return 0; // PR_TIMING_STATISTICAL
            case PR_SET_TIMING:
                return arg2 == 0 ? 0 : -Errno.EINVAL;
            case PR_SET_NAME: {
                byte[] name = m.readCString(arg2, 15);
                String comm = new String(name, StandardCharsets.UTF_8);
                k.comm = comm;
                if (k.tid == p.pid) {
                    p.comm = comm; // the leader's name is the process's (/proc/PID/comm)
                }
                return 0;
            }
            case PR_GET_NAME: {
                byte[] out = new byte[16];
                byte[] name = comm(k).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(name, 0, out, 0, Math.min(15, name.length));
                m.write(arg2, out, 0, 16);
                return 0;
            }
            case PR_GET_TSC:
                m.write32(arg2, k.cpu.tscSigsegv ? PR_TSC_SIGSEGV : PR_TSC_ENABLE);
                return 0;
            case PR_SET_TSC:
                if (arg2 != PR_TSC_ENABLE && arg2 != PR_TSC_SIGSEGV) {
                    return -Errno.EINVAL;
                }
                k.cpu.tscSigsegv = arg2 == PR_TSC_SIGSEGV;
                return 0;
            case PR_TASK_PERF_EVENTS_DISABLE:
            case PR_TASK_PERF_EVENTS_ENABLE:
                return 0; // no perf events are attached to a guest thread
            case PR_GET_TIMERSLACK:
                return k.timerSlack;
            case PR_SET_TIMERSLACK:
                k.timerSlack = arg2 == 0 ? k.defaultTimerSlack : arg2;
                return 0;
            case PR_MCE_KILL:
                return mceKill(k, arg2, arg3, arg4, arg5);
            case PR_MCE_KILL_GET:
                if ((arg2 | arg3 | arg4 | arg5) != 0) {
                    return -Errno.EINVAL;
                }
                return (k.mceKill & MCE_PROCESS) == 0 ? PR_MCE_KILL_DEFAULT
                        : (k.mceKill & MCE_EARLY) != 0 ? PR_MCE_KILL_EARLY : PR_MCE_KILL_LATE;
            case PR_GET_TID_ADDRESS:
                m.write64(arg2, k.clearChildTid);
                return 0;
            case PR_SET_CHILD_SUBREAPER:
                p.childSubreaper = arg2 != 0;
                return 0;
            case PR_GET_CHILD_SUBREAPER:
                m.write32(arg2, p.childSubreaper ? 1 : 0);
                return 0;
            case PR_SET_NO_NEW_PRIVS:
                if (arg2 != 1 || (arg3 | arg4 | arg5) != 0) {
                    return -Errno.EINVAL;
                }
                k.noNewPrivs = true;
                return 0;
            case PR_GET_NO_NEW_PRIVS:
                if ((arg2 | arg3 | arg4 | arg5) != 0) {
                    return -Errno.EINVAL;
                }
                return k.noNewPrivs ? 1 : 0;
            case PR_GET_THP_DISABLE:
                if ((arg2 | arg3 | arg4 | arg5) != 0) {
                    return -Errno.EINVAL;
                }
                return p.thpDisable ? 1 : 0;
            case PR_SET_THP_DISABLE:
                if ((arg3 | arg4 | arg5) != 0) {
                    return -Errno.EINVAL;
                }
                p.thpDisable = arg2 != 0;
                return 0;
            case PR_SET_IO_FLUSHER:
            case PR_GET_IO_FLUSHER:
                return ioFlusher(k, option == PR_SET_IO_FLUSHER, arg2, arg3, arg4, arg5);
            case PR_SET_MDWE:
                if ((arg3 | arg4 | arg5) != 0 || (arg2 & ~(long) (PR_MDWE_REFUSE_EXEC_GAIN | PR_MDWE_NO_INHERIT)) != 0
                        || (arg2 & PR_MDWE_NO_INHERIT) != 0 && (arg2 & PR_MDWE_REFUSE_EXEC_GAIN) == 0) {
                    return -Errno.EINVAL;
                }
                if (p.mdwe != 0 && p.mdwe != arg2) {
                    return -Errno.EPERM; // the flags cannot be changed once set
                }
                p.mdwe = (int) arg2;
                return 0;
            case PR_GET_MDWE:
                if ((arg2 | arg3 | arg4 | arg5) != 0) {
                    return -Errno.EINVAL;
                }
                return p.mdwe;
            case PR_GET_AUXV:
                return auxv(p, arg2, arg3, arg4, arg5);
            case PR_CAPBSET_READ:
            case PR_CAPBSET_DROP:
            case PR_GET_SECUREBITS:
            case PR_SET_SECUREBITS:
            case PR_GET_KEEPCAPS:
            case PR_SET_KEEPCAPS:
            case PR_CAP_AMBIENT:
                return capabilities(k, (int) option, arg2, arg3, arg4, arg5);
            default:
                // The options of other architectures (PR_GET_UNALIGN, FPEMU, FPEXC, ENDIAN, FP_MODE,
                // SVE, SME, PAC, TAGGED_ADDR, RISC-V's), MPX (removed), and the kernel features
                // ring3 has none of (seccomp, PR_SET_MM, KSM, core scheduling, syscall user
                // dispatch, anonymous VMA names): EINVAL, as such a kernel answers.
                return -Errno.EINVAL;
        }
    }

    /**
     * copy_process for a new thread or process's first thread: the parent-death signal starts at
     * 0; the slack and its default are the creator's current slack; the machine-check policy,
     * no_new_privs and PR_SET_IO_FLUSHER carry over (the TSC mode and CPUID faulting go with the
     * Cpu copy).
     */
    static void inherit(Task creator, Task child) {
        child.timerSlack = creator.timerSlack;
        child.defaultTimerSlack = creator.timerSlack;
        child.mceKill = creator.mceKill;
        child.noNewPrivs = creator.noNewPrivs;
        child.ioFlusher = creator.ioFlusher;
    }

    /**
     * A forked process's copy of its parent's: the credentials' securebits and bounding and
     * ambient sets, and the mm's dumpable, THP and MDWE flags (MDWE not with PR_MDWE_NO_INHERIT).
     * Not the child-subreaper mark.
     */
    static void inherit(LinuxProcess parent, LinuxProcess p) {
        synchronized (parent) {
            p.capBoundingAmbient = parent.capBoundingAmbient != null ? parent.capBoundingAmbient.clone() : null;
            p.securebits = parent.securebits;
        }
        p.dumpable = parent.dumpable;
        p.thpDisable = parent.thpDisable;
        p.mdwe = (parent.mdwe & PR_MDWE_NO_INHERIT) != 0 ? 0 : parent.mdwe;
    }

    /**
     * execve (begin_new_exec, the capability module, arch_setup_new_exec): the thread takes the
     * new program's name, dumpable is 1 again, SECBIT_KEEP_CAPS is cleared, CPUID faulting goes,
     * MDWE goes if it was not to be inherited; the TSC mode and the rest stay.
     */
    static void exec(Task k) {
        LinuxProcess p = k.process;
        k.comm = null;
        p.dumpable = 1;
        synchronized (p) {
            p.securebits &= ~SECURE_KEEP_CAPS;
        }
        k.cpu.cpuidFault = false;
        if ((p.mdwe & PR_MDWE_NO_INHERIT) != 0) {
            p.mdwe = 0;
        }
    }

    /** The name of the thread: its own since PR_SET_NAME, else the process's. */
    static String comm(Task t) {
        String c = t.comm;
        return c != null ? c : t.process.comm;
    }

    private static long mceKill(Task k, long arg2, long arg3, long arg4, long arg5) {
        if ((arg4 | arg5) != 0) {
            return -Errno.EINVAL;
        }
        if (arg2 == PR_MCE_KILL_CLEAR) {
            if (arg3 != 0) {
                return -Errno.EINVAL;
            }
            k.mceKill &= ~MCE_PROCESS;
            return 0;
        }
        if (arg2 != PR_MCE_KILL_SET) {
            return -Errno.EINVAL;
        }
        k.mceKill |= MCE_PROCESS; // set before arg3 is judged, as the kernel does
        if (arg3 == PR_MCE_KILL_EARLY) {
            k.mceKill |= MCE_EARLY;
        } else if (arg3 == PR_MCE_KILL_LATE) {
            k.mceKill &= ~MCE_EARLY;
        } else if (arg3 == PR_MCE_KILL_DEFAULT) {
            k.mceKill &= ~(MCE_EARLY | MCE_PROCESS);
        } else {
            return -Errno.EINVAL;
        }
        return 0;
    }

    private static long ioFlusher(Task k, boolean set, long arg2, long arg3, long arg4, long arg5) {
        if (!effective(k.process, CAP_SYS_RESOURCE)) {
            return -Errno.EPERM;
        }
        if (!set) {
            return (arg2 | arg3 | arg4 | arg5) != 0 ? -Errno.EINVAL : k.ioFlusher ? 1 : 0;
        }
        if ((arg3 | arg4 | arg5) != 0 || arg2 != 0 && arg2 != 1) {
            return -Errno.EINVAL;
        }
        k.ioFlusher = arg2 == 1;
        return 0;
    }

    /** PR_GET_AUXV: the kernel's saved copy (AT_VECTOR_SIZE longs, zero after AT_NULL), its size always. */
    private static long auxv(LinuxProcess p, long addr, long len, long arg4, long arg5) {
        if ((arg4 | arg5) != 0) {
            return -Errno.EINVAL;
        }
        long[] a = p.placed.auxv();
        int size = Long.compareUnsigned(len, SAVED_AUXV_BYTES) < 0 ? (int) len : SAVED_AUXV_BYTES;
        if (size > 0) {
            byte[] b = new byte[size];
            for (int i = 0; i < a.length && 8 * i < size; i++) {
                for (int j = 0; j < 8 && 8 * i + j < size; j++) {
                    b[8 * i + j] = (byte) (a[i] >>> (8 * j));
                }
            }
            GuestBuffers.checkWritable(p.mem, addr, size);
            p.mem.write(addr, b, 0, size);
        }
        return SAVED_AUXV_BYTES;
    }

    // ---- capabilities (security/commoncap.c, cap_task_prctl) ---------------------------------------

    private static boolean capValid(long cap) {
        return cap >= 0 && cap <= CAP_LAST_CAP;
    }

    private static boolean effective(LinuxProcess p, int cap) {
        return (NumaCapsSyscalls.caps(p)[0] & 1L << cap) != 0;
    }

    private static long capabilities(Task k, int option, long arg2, long arg3, long arg4, long arg5) {
        LinuxProcess p = k.process;
        synchronized (p) {
            long[] c = NumaCapsSyscalls.caps(p);
            long[] x = NumaCapsSyscalls.boundingAndAmbient(p);
            switch (option) {
                case PR_CAPBSET_READ:
                    return capValid(arg2) ? (x[0] >>> arg2) & 1 : -Errno.EINVAL;
                case PR_CAPBSET_DROP:
                    if ((c[0] & 1L << CAP_SETPCAP) == 0) {
                        return -Errno.EPERM;
                    }
                    if (!capValid(arg2)) {
                        return -Errno.EINVAL;
                    }
                    x[0] &= ~(1L << arg2);
                    return 0;
                case PR_GET_SECUREBITS:
                    return p.securebits;
                case PR_SET_SECUREBITS: {
                    int old = p.securebits;
                    if ((((old & SECURE_ALL_LOCKS) >>> 1) & (old ^ arg2)) != 0
                            || (old & SECURE_ALL_LOCKS & ~arg2) != 0
                            || (arg2 & ~(long) (SECURE_ALL_LOCKS | SECURE_ALL_BITS)) != 0
                            || (c[0] & 1L << CAP_SETPCAP) == 0) {
                        return -Errno.EPERM;
                    }
                    p.securebits = (int) arg2;
                    return 0;
                }
                case PR_GET_KEEPCAPS:
                    return (p.securebits & SECURE_KEEP_CAPS) != 0 ? 1 : 0;
                case PR_SET_KEEPCAPS:
                    if (Long.compareUnsigned(arg2, 1) > 0) {
                        return -Errno.EINVAL;
                    }
                    if ((p.securebits & SECURE_KEEP_CAPS_LOCKED) != 0) {
                        return -Errno.EPERM;
                    }
                    p.securebits = arg2 != 0 ? p.securebits | SECURE_KEEP_CAPS : p.securebits & ~SECURE_KEEP_CAPS;
                    return 0;
                default: // PR_CAP_AMBIENT
                    if (arg2 == PR_CAP_AMBIENT_CLEAR_ALL) {
                        if ((arg3 | arg4 | arg5) != 0) {
                            return -Errno.EINVAL;
                        }
                        x[1] = 0;
                        return 0;
                    }
                    if (!capValid(arg3) || (arg4 | arg5) != 0) {
                        return -Errno.EINVAL;
                    }
                    long bit = 1L << arg3;
                    switch ((int) arg2) {
                        case PR_CAP_AMBIENT_IS_SET:
                            return (x[1] & bit) != 0 ? 1 : 0;
                        case PR_CAP_AMBIENT_RAISE:
                            if ((c[1] & bit) == 0 || (c[2] & bit) == 0 || (p.securebits & SECURE_NO_CAP_AMBIENT_RAISE) != 0) {
                                return -Errno.EPERM;
                            }
                            x[1] |= bit;
                            return 0;
                        case PR_CAP_AMBIENT_LOWER:
                            x[1] &= ~bit;
                            return 0;
                        default:
                            return -Errno.EINVAL;
                    }
            }
        }
    }

    private static int capLastCap() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/kernel/cap_last_cap")).trim());
        } catch (IOException | RuntimeException e) {
            return 40; // CAP_CHECKPOINT_RESTORE, the last one since Linux 5.9
        }
    }
}
