package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import dev.ring3.semgen.Semantics;
import java.util.ArrayList;
import java.util.List;

/**
 * rt_sigaction, rt_sigprocmask, rt_sigpending, sigaltstack, kill, tgkill, tkill and rt_sigreturn
 * (kernel/signal.c, arch/x86/kernel/signal_64.c), rt_sigsuspend and pause. A signal becomes
 * pending at a thread of the target process and is delivered when that thread returns from a
 * syscall, leaves a blocking wait, or reaches a block boundary ({@link Task#kick}).
 */
@Semantics(SyscallHandler.class)
public final class SignalSyscalls {
    public static final int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;
    /** sizeof(sigset_t) in the kernel ABI: 64 signals. */
    static final long SIGSET_SIZE = 8;

    private SignalSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(13, "rt_sigaction", "signal,sigaction_in,sigaction_out,size", SignalSyscallsSem.rtSigaction);
        t.row(14, "rt_sigprocmask", "sigprocmask_how,sigset_in,sigset_out,size", SignalSyscallsSem.rtSigprocmask);
        t.row(127, "rt_sigpending", "sigset_out,size", SignalSyscallsSem.rtSigpending);
        t.row(131, "sigaltstack", "stack_in,stack_out", SignalSyscallsSem.sigaltstack);
        t.row(62, "kill", "int,signal", SignalSyscallsSem.kill);
        t.row(234, "tgkill", "int,int,signal", SignalSyscallsSem.tgkill);
        t.row(200, "tkill", "int,signal", SignalSyscallsSem.tkill);
        t.row(15, "rt_sigreturn", "sigreturn_mask", SignalSyscallsSem.rtSigreturn);
        t.row(130, "rt_sigsuspend", "sigset_in,size", SignalSyscallsSem.rtSigsuspend);
        t.row(34, "pause", "", SignalSyscallsSem.pause);
        t.row(129, "rt_sigqueueinfo", "int,signal,siginfo_in", SignalSyscallsSem.rtSigqueueinfo);
        t.row(297, "rt_tgsigqueueinfo", "int,int,signal,siginfo_in", SignalSyscallsSem.rtTgsigqueueinfo);
    }

    static long tkill(Task k, long a, long b, long c, long d, long e, long f) {
        return tkill(k, -1, (int) a, (int) b);
    }

    static long pause(Task k, long a, long b, long c, long d, long e, long f) {
        return suspend(k);
    }

    static long rtSigqueueinfo(Task k, long a, long b, long c, long d, long e, long f) {
        return sigqueueinfo(k, -1, (int) a, (int) b, c);
    }

    static long rtTgsigqueueinfo(Task k, long a, long b, long c, long d, long e, long f) {
        if ((int) a <= 0 || (int) b <= 0) {
            return -Errno.EINVAL;
        }
        return sigqueueinfo(k, (int) a, (int) b, (int) c, d);
    }

    /** struct kernel_sigaction: handler, flags, restorer, mask (8 bytes each). */
    public static long rtSigaction(Task k, long sig, long act, long oact, long sigsetsize, long a4, long a5) {
        if (sigsetsize != SIGSET_SIZE) {
            return -Errno.EINVAL;
        }
        if (!Signals.valid(sig) || (act != 0 && (sig == Signals.SIGKILL || sig == Signals.SIGSTOP))) {
            return -Errno.EINVAL;
        }
        int s = (int) sig;
        AddressSpace m = k.process.mem;
        SignalActions a = k.process.actions;
        long h = 0, fl = 0, rest = 0, mask = 0;
        if (act != 0) {
            h = m.read64(act);
            fl = m.read64(act + 8);
            rest = m.read64(act + 16);
            mask = m.read64(act + 24);
        }
        if (oact != 0) {
            m.write64(oact, a.handler[s]);
            m.write64(oact + 8, a.flags[s]);
            m.write64(oact + 16, a.restorer[s]);
            m.write64(oact + 24, a.mask[s]);
        }
        if (act != 0) {
            a.handler[s] = h;
            a.flags[s] = fl;
            a.restorer[s] = rest;
            a.mask[s] = mask & ~Signals.UNBLOCKABLE;
            // POSIX: setting SIG_IGN (or a default of ignore) discards a pending instance.
            if (a.ignores(s)) {
                k.signals.clear(s);
            }
        }
        return 0;
    }

    public static long rtSigprocmask(Task k, long how, long set, long oset, long sigsetsize, long a4, long a5) {
        if (sigsetsize != SIGSET_SIZE) {
            return -Errno.EINVAL;
        }
        AddressSpace m = k.process.mem;
        ThreadSignals ts = k.signals;
        long old = ts.blocked;
        long nw = old;
        if (set != 0) {
            long v = m.read64(set);
            switch ((int) how) {
                case SIG_BLOCK: nw = old | v; break;
                case SIG_UNBLOCK: nw = old & ~v; break;
                case SIG_SETMASK: nw = v; break;
                default: return -Errno.EINVAL;
            }
        }
        if (oset != 0) {
            m.write64(oset, old);
        }
        ts.blocked = nw & ~Signals.UNBLOCKABLE;
        return 0;
    }

    public static long rtSigpending(Task k, long set, long sigsetsize, long a2, long a3, long a4, long a5) {
        if (sigsetsize > SIGSET_SIZE) {
            return -Errno.EINVAL;
        }
        long v = k.signals.pending & k.signals.blocked;
        for (int i = 0; i < sigsetsize; i++) {
            k.process.mem.write8(set + i, (byte) (v >>> (8 * i)));
        }
        return 0;
    }

    /** stack_t: ss_sp (8), ss_flags (int, padded to 8), ss_size (8). */
    public static long sigaltstack(Task k, long ss, long oldSs, long a2, long a3, long a4, long a5) {
        AddressSpace m = k.process.mem;
        ThreadSignals ts = k.signals;
        boolean on = ts.onAltStack(k.cpu.r[dev.ring3.interp.Cpu.RSP]);
        long sp = 0, size = 0;
        int flags = 0;
        if (ss != 0) {
            sp = m.read64(ss);
            flags = m.read32(ss + 8);
            size = m.read64(ss + 16);
        }
        if (oldSs != 0) {
            m.write64(oldSs, ts.altSp);
            m.write32(oldSs + 8, ts.altFlags == ThreadSignals.SS_DISABLE ? ThreadSignals.SS_DISABLE
                    : (on ? ThreadSignals.SS_ONSTACK : 0) | (ts.altFlags & ThreadSignals.SS_AUTODISARM));
            m.write32(oldSs + 12, 0);
            m.write64(oldSs + 16, ts.altSize);
        }
        if (ss != 0) {
            if (on) {
                return -Errno.EPERM;
            }
            int mode = flags & ~ThreadSignals.SS_AUTODISARM;
            if (mode != 0 && mode != ThreadSignals.SS_DISABLE && mode != ThreadSignals.SS_ONSTACK) {
                return -Errno.EINVAL;
            }
            if (mode == ThreadSignals.SS_DISABLE) {
                ts.altSp = 0;
                ts.altSize = 0;
                ts.altFlags = ThreadSignals.SS_DISABLE;
            } else {
                if (size < SignalFrame.MIN_SIGSTACK) {
                    return -Errno.ENOMEM;
                }
                ts.altSp = sp;
                ts.altSize = size;
                ts.altFlags = flags & ThreadSignals.SS_AUTODISARM;
            }
        }
        return 0;
    }

    public static long kill(Task k, long pid, long sig, long a2, long a3, long a4, long a5) {
        if (sig != 0 && !Signals.valid(sig)) {
            return -Errno.EINVAL;
        }
        LinuxProcess p = k.process;
        int target = (int) pid;
        ProcessTable tab = p.table;
        List<LinuxProcess> targets;
        if (tab == null) {
            // A process built alone (tests): only itself exists.
            if (target != p.pid && target != 0 && target != -p.pgid) {
                return target == -1 ? 0 : -Errno.ESRCH;
            }
            targets = List.of(p);
        } else if (target > 0) {
            LinuxProcess q = tab.process(target);
            if (q == null) {
                return -Errno.ESRCH;
            }
            targets = List.of(q);
        } else if (target == -1) {
            targets = new ArrayList<>(tab.all());
            targets.remove(p); // every process but init and the caller (kill(2))
        } else {
            targets = tab.group(target == 0 ? p.pgid : -target);
        }
        if (targets.isEmpty()) {
            return -Errno.ESRCH;
        }
        for (LinuxProcess q : targets) {
            if (sig == 0 || q.zombie) {
                continue;
            }
            String detail = Signals.name((int) sig) + (q == p ? " sent by the program to itself with kill"
                    : " sent by process " + p.pid + " with kill");
            sendToProcess(q, k, (int) sig, ThreadSignals.SI_USER, 0, p.pid, p.ids.uid(), detail);
        }
        return 0;
    }

    public static long tgkill(Task k, long tgid, long tid, long sig, long a3, long a4, long a5) {
        if ((int) tgid <= 0 || (int) tid <= 0 || (sig != 0 && !Signals.valid(sig))) {
            return -Errno.EINVAL;
        }
        return tkill(k, (int) tgid, (int) tid, (int) sig);
    }

    /** tkill/tgkill ({@code tgid} < 0: any process): a signal for one thread. */
    private static long tkill(Task k, int tgid, int tid, int sig) {
        if (tid <= 0 || (sig != 0 && !Signals.valid(sig))) {
            return -Errno.EINVAL;
        }
        Task t = tid == k.tid ? k : k.process.table != null ? k.process.table.task(tid) : null;
        if (t == null || (tgid >= 0 && t.process.pid != tgid)) {
            return -Errno.ESRCH;
        }
        if (sig == 0) {
            return 0;
        }
        LinuxProcess p = k.process;
        String detail = Signals.name(sig) + (t.process == p ? " sent by the program to itself with tgkill"
                : " sent by process " + p.pid + " with tgkill");
        if (sig == Signals.SIGKILL) {
            killNow(t.process, detail);
        } else {
            post(t, sig, ThreadSignals.SI_TKILL, 0, p.pid, p.ids.uid(), detail);
        }
        return 0;
    }

    /**
     * rt_sigqueueinfo ({@code tgid} < 0: {@code id} is a process) and rt_tgsigqueueinfo (a thread
     * of {@code tgid}): a signal with the caller's siginfo (si_code, si_pid, si_uid, si_value).
     * Only a process signalling itself may claim a kernel or kill() code (si_code >= 0, SI_TKILL).
     */
    static long sigqueueinfo(Task k, int tgid, int id, int sig, long info) {
        AddressSpace m = k.process.mem;
        int code = m.read32(info + 8);
        int pid = m.read32(info + 16);
        int uid = m.read32(info + 20);
        long value = m.read64(info + 24);
        int self = tgid < 0 ? k.process.pid : k.tid;
        if ((code >= 0 || code == ThreadSignals.SI_TKILL) && id != self) {
            return -Errno.EPERM;
        }
        if (sig != 0 && !Signals.valid(sig)) {
            return -Errno.EINVAL;
        }
        String detail = Signals.name(sig) + " sent by process " + k.process.pid + " with sigqueue";
        if (tgid < 0) {
            LinuxProcess q = id == k.process.pid ? k.process : k.process.table != null ? k.process.table.process(id) : null;
            if (q == null || id <= 0) {
                return -Errno.ESRCH;
            }
            if (sig != 0 && !q.zombie) {
                sendToProcess(q, sig, code, value, pid, uid, detail);
            }
            return 0;
        }
        Task t = id == k.tid ? k : k.process.table != null ? k.process.table.task(id) : null;
        if (t == null || t.process.pid != tgid) {
            return -Errno.ESRCH;
        }
        if (sig != 0) {
            post(t, sig, code, value, pid, uid, detail);
        }
        return 0;
    }

    /** Posts {@code sig} to the thread as sent by itself; ignored signals are discarded on arrival. */
    static void send(Task k, int sig, int code) {
        if (sig == 0) {
            return;
        }
        String detail = Signals.name(sig) + (code == ThreadSignals.SI_TKILL ? " sent by the program to itself with tgkill"
                : " sent by the program to itself with kill");
        if (sig == Signals.SIGKILL) {
            killNow(k.process, detail);
            return;
        }
        post(k, sig, code, 0, k.process.pid, k.process.ids.uid(), detail);
    }

    /** A process-directed signal (kill(2), SIGCHLD): goes to a thread that does not block it. */
    static void sendToProcess(LinuxProcess q, int sig, int code, int pid, int uid, String detail) {
        sendToProcess(q, null, sig, code, 0, pid, uid, detail);
    }

    /** As above with a siginfo value: si_status for a child's exit signal (CLD_* codes). */
    static void sendToProcess(LinuxProcess q, int sig, int code, long value, int pid, int uid, String detail) {
        sendToProcess(q, null, sig, code, value, pid, uid, detail);
    }

    private static void sendToProcess(LinuxProcess q, Task prefer, int sig, int code, long value, int pid, int uid,
            String detail) {
        if (sig == Signals.SIGKILL) {
            killNow(q, detail);
            return;
        }
        Task chosen = null;
        synchronized (q) {
            if (prefer != null && prefer.process == q && (prefer.signals.blocked & Signals.bit(sig)) == 0) {
                chosen = prefer;
            }
            for (int i = 0; chosen == null && i < q.threads.size(); i++) {
                Task t = q.threads.get(i);
                if ((t.signals.blocked & Signals.bit(sig)) == 0) {
                    chosen = t;
                }
            }
            if (chosen == null && !q.threads.isEmpty()) {
                chosen = q.threads.get(0); // all block it: it stays pending at the main thread
            }
            if (chosen == null && prefer != null && prefer.process == q) {
                chosen = prefer; // a task not (or no longer) registered: a test, or the exiting thread
            }
        }
        if (chosen != null) {
            post(chosen, sig, code, value, pid, uid, detail);
        }
    }

    /** pidfd_send_signal to a thread group: as kill(2), with the caller's siginfo; SIGKILL ends it. */
    static void signalProcess(LinuxProcess q, int sig, int code, long value, int pid, int uid, String detail) {
        if (sig != 0 && !q.zombie) {
            sendToProcess(q, null, sig, code, value, pid, uid, detail);
        }
    }

    /** pidfd_send_signal to one thread (PIDFD_SIGNAL_THREAD): as tgkill, with the caller's siginfo. */
    static void signalThread(Task t, int sig, int code, long value, int pid, int uid, String detail) {
        if (sig == Signals.SIGKILL) {
            killNow(t.process, detail);
        } else if (sig != 0) {
            post(t, sig, code, value, pid, uid, detail);
        }
    }

    /** kill_pgrp_info: every live process of group {@code pgid}; ESRCH if it has none. */
    static long signalGroup(LinuxProcess caller, int pgid, int sig, int code, long value, int pid, int uid,
            String detail) {
        List<LinuxProcess> targets = caller.table != null ? caller.table.group(pgid)
                : caller.pgid == pgid ? List.of(caller) : List.of();
        if (targets.isEmpty()) {
            return -Errno.ESRCH;
        }
        for (LinuxProcess q : targets) {
            signalProcess(q, sig, code, value, pid, uid, detail);
        }
        return 0;
    }

    /** A signal for one thread from the kernel's side (a POSIX timer's SIGEV_THREAD_ID). */
    static void sendToThread(Task t, int sig, int code, long value, int pid, int uid, String detail) {
        post(t, sig, code, value, pid, uid, detail);
    }

    /** Makes {@code sig} pending at {@code t} (or discards it if ignored) and wakes the thread. */
    private static void post(Task t, int sig, int code, long value, int pid, int uid, String detail) {
        if (t.process.actions.ignores(sig) && (t.signals.blocked & Signals.bit(sig)) == 0) {
            // Discarded at once unless blocked (kernel sig_ignored); a blocked one stays pending
            // and is discarded at delivery. A tracer still sees it arrive, as ptrace reports it.
            SignalDelivery.traceDiscarded(t, sig, code, value, pid, uid);
            return;
        }
        t.signals.post(sig, code, value, pid, uid, detail);
        t.kick();
    }

    /** SIGKILL can be neither blocked nor handled: the whole process ends now. */
    private static void killNow(LinuxProcess q, String detail) {
        ProcessExit.group(q, 128 + Signals.SIGKILL, Signals.SIGKILL,
                Signals.description(Signals.SIGKILL) + " (" + detail + ")");
    }

    /**
     * rt_sigsuspend(2): waits with a temporary mask until a signal is delivered; returns EINTR and
     * the frame of the handler saves the old mask (restored by rt_sigreturn).
     */
    public static long rtSigsuspend(Task k, long set, long sigsetsize, long a2, long a3, long a4, long a5) {
        if (sigsetsize != SIGSET_SIZE) {
            return -Errno.EINVAL;
        }
        long mask = k.process.mem.read64(set);
        ThreadSignals ts = k.signals;
        ts.savedMask = ts.blocked;
        ts.hasSavedMask = true;
        ts.blocked = mask & ~Signals.UNBLOCKABLE;
        return suspend(k);
    }

    /**
     * Runs {@code call} under the temporary signal mask at {@code set} (none if 0) as ppoll,
     * pselect6 and epoll_pwait take one (set_user_sigmask; EINVAL unless {@code size} is 8). The old
     * mask comes back when the call returns, except when a signal cut it short: then it comes back
     * after that signal's handler, whose frame saves it (restore_saved_sigmask_unless).
     */
    static long withTemporaryMask(Task k, long set, long size, java.util.function.LongSupplier call) {
        if (set == 0) {
            return call.getAsLong();
        }
        if (size != SIGSET_SIZE) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        long mask = k.process.mem.read64(set);
        ThreadSignals ts = k.signals;
        ts.savedMask = ts.blocked;
        ts.hasSavedMask = true;
        ts.blocked = mask & ~Signals.UNBLOCKABLE;
        boolean interrupted = false;
        try {
            return call.getAsLong();
        } catch (ErrnoException e) {
            interrupted = e.errno == GuestWait.ERESTARTSYS || e.errno == GuestWait.ERESTARTNOHAND || e.errno == Errno.EINTR;
            throw e;
        } finally {
            if (!interrupted && ts.hasSavedMask) {
                ts.hasSavedMask = false;
                ts.blocked = ts.savedMask;
            }
        }
    }

    /** pause(2) and the wait of rt_sigsuspend: until a signal is pending (always EINTR). */
    private static long suspend(Task k) {
        Object m = new Object();
        try {
            synchronized (m) {
                for (;;) {
                    GuestWait.await(m, -1);
                }
            }
        } catch (ErrnoException e) {
            if (e.errno != GuestWait.ERESTARTSYS) {
                throw e;
            }
            return -Errno.EINTR;
        }
    }

    public static long rtSigreturn(Task k, long a0, long a1, long a2, long a3, long a4, long a5) {
        try {
            return SignalFrame.restore(k);
        } catch (GuestFault f) {
            // The kernel's signal_fault: a corrupt frame kills with SIGSEGV.
            SignalDelivery.die(k, Signals.SIGSEGV, "SIGSEGV: rt_sigreturn found no readable signal frame at 0x"
                    + Long.toHexString(k.cpu.r[dev.ring3.interp.Cpu.RSP] - 8));
            throw new dev.ring3.interp.GuestExit();
        }
    }
}
