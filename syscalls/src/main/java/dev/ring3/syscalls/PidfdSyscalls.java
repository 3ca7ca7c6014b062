package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import dev.ring3.semgen.Semantics;

/**
 * Process file descriptors (kernel/pid.c, kernel/signal.c, kernel/exit.c): pidfd_open,
 * pidfd_send_signal, pidfd_getfd and CLONE_PIDFD's pidfd ({@link #install}), plus
 * process_vm_readv and process_vm_writev (mm/process_vm_access.c), which reach another guest
 * process's memory: every guest process lives in this JVM, so its address space is at hand.
 */
@Semantics(SyscallHandler.class)
public final class PidfdSyscalls {
    static final int PIDFD_NONBLOCK = OpenFlags.O_NONBLOCK;
    /** pidfd_send_signal flags (Linux 6.9): the thread, its thread group, or its process group. */
    static final int PIDFD_SIGNAL_THREAD = 1, PIDFD_SIGNAL_THREAD_GROUP = 2, PIDFD_SIGNAL_PROCESS_GROUP = 4;

    private PidfdSyscalls() {}

    static void register(SyscallTable t) {
        t.row(434, "pidfd_open", "int,pidfd_flags", PidfdSyscallsSem.pidfdOpen);
        t.row(424, "pidfd_send_signal", "fd,signal,siginfo_in,hex", PidfdSyscallsSem.pidfdSendSignal);
        t.row(438, "pidfd_getfd", "fd,int,hex", PidfdSyscallsSem.pidfdGetfd);
        t.row(310, "process_vm_readv", "int,iovec_out,size,iovec_addrs,size,size", PidfdSyscallsSem.processVmReadv);
        t.row(311, "process_vm_writev", "int,iovec_in,size,iovec_addrs,size,size", PidfdSyscallsSem.processVmWritev);
    }

    static long pidfdOpen(Task k, long a, long b, long c, long d, long e, long f) {
        return open(k, (int) a, b);
    }

    static long pidfdSendSignal(Task k, long a, long b, long c, long d, long e, long f) {
        return sendSignal(k, a, (int) b, c, d);
    }

    static long pidfdGetfd(Task k, long a, long b, long c, long d, long e, long f) {
        return getfd(k, a, b, c);
    }

    static long processVmReadv(Task k, long a, long b, long c, long d, long e, long f) {
        return vmTransfer(k, (int) a, b, c, d, e, f, false);
    }

    static long processVmWritev(Task k, long a, long b, long c, long d, long e, long f) {
        return vmTransfer(k, (int) a, b, c, d, e, f, true);
    }

    /** pidfd_open(2): a pidfd for process {@code pid} (a thread with PIDFD_THREAD), close-on-exec. */
    static long open(Task k, int pid, long flags) {
        if ((flags & ~(long) (PIDFD_NONBLOCK | PidFd.PIDFD_THREAD)) != 0 || pid <= 0) {
            return -Errno.EINVAL;
        }
        boolean thread = (flags & PidFd.PIDFD_THREAD) != 0;
        Task t = pid == k.tid ? k : k.process.table != null ? k.process.table.task(pid) : null;
        LinuxProcess p = pid == k.process.pid ? k.process : k.process.table != null ? k.process.table.process(pid) : null;
        if (t == null && p == null) {
            return -Errno.ESRCH;
        }
        if (!thread && p == null) {
            return -Errno.EINVAL; // a thread that does not lead its group (pidfd_prepare)
        }
        return install(k.process, new PidFd(p != null ? p : t.process, thread ? t : null, (int) flags));
    }

    /** Installs a pidfd in {@code p}'s table as the kernel does: O_RDWR, close-on-exec. */
    static int install(LinuxProcess p, PidFd f) {
        return p.fds.install(f, true);
    }

    /** The pidfd that {@code fd} names: EBADF if it is not open or not a pidfd. */
    static PidFd pidfd(LinuxProcess p, long fd) {
        OpenFile f = p.fds.require(fd);
        if (!(f instanceof PidFd)) {
            throw ErrnoException.of(Errno.EBADF);
        }
        return (PidFd) f;
    }

    /**
     * pidfd_send_signal(2): {@code sig} to the process (or thread, or process group) the pidfd
     * names, with the caller's siginfo if {@code info} is not NULL: its si_signo must be
     * {@code sig}, and only a process signalling itself may claim a kernel or kill() si_code.
     */
    static long sendSignal(Task k, long fd, int sig, long info, long flags) {
        int scope = (int) flags;
        if ((flags & ~(long) (PIDFD_SIGNAL_THREAD | PIDFD_SIGNAL_THREAD_GROUP | PIDFD_SIGNAL_PROCESS_GROUP)) != 0
                || Integer.bitCount(scope) > 1) {
            return -Errno.EINVAL;
        }
        PidFd pf = pidfd(k.process, fd);
        if (scope == 0) {
            scope = pf.thread != null ? PIDFD_SIGNAL_THREAD : PIDFD_SIGNAL_THREAD_GROUP;
        }
        LinuxProcess me = k.process;
        int code = scope == PIDFD_SIGNAL_THREAD ? ThreadSignals.SI_TKILL : ThreadSignals.SI_USER;
        int pid = me.pid, uid = me.ids.uid();
        long value = 0;
        if (info != 0) {
            AddressSpace m = me.mem;
            int signo = m.read32(info);
            code = m.read32(info + 8);
            pid = m.read32(info + 16);
            uid = m.read32(info + 20);
            value = m.read64(info + 24);
            if (signo != sig) {
                return -Errno.EINVAL;
            }
            // The kernel compares the caller's own struct pid with the pidfd's: the named thread, or
            // the group's leader for a process pidfd.
            boolean self = scope != PIDFD_SIGNAL_PROCESS_GROUP
                    && (pf.thread != null ? pf.thread == k : pf.process == me && k.tid == me.pid);
            if (!self && (code >= 0 || code == ThreadSignals.SI_TKILL)) {
                return -Errno.EPERM;
            }
        }
        if (sig != 0 && !Signals.valid(sig)) {
            return -Errno.EINVAL;
        }
        if (pf.reaped()) {
            return -Errno.ESRCH;
        }
        String detail = Signals.name(sig) + " sent by process " + me.pid + " with pidfd_send_signal";
        switch (scope) {
            case PIDFD_SIGNAL_THREAD: {
                Task t = liveThread(pf.process, pf.thread != null ? pf.thread.tid : pf.process.pid);
                if (t == null) {
                    return -Errno.ESRCH;
                }
                SignalSyscalls.signalThread(t, sig, code, value, pid, uid, detail);
                return 0;
            }
            case PIDFD_SIGNAL_PROCESS_GROUP:
                // kill_pgrp_info on the pidfd's struct pid: the group whose id is the process's pid.
                return SignalSyscalls.signalGroup(me, pf.process.pid, sig, code, value, pid, uid, detail);
            default:
                SignalSyscalls.signalProcess(pf.process, sig, code, value, pid, uid, detail);
                return 0;
        }
    }

    /** The live thread {@code tid} of {@code p}, or null. */
    private static Task liveThread(LinuxProcess p, int tid) {
        synchronized (p) {
            for (Task t : p.threads) {
                if (t.tid == tid) {
                    return t;
                }
            }
        }
        return null;
    }

    /** pidfd_getfd(2): a close-on-exec duplicate of the target process's {@code targetFd}. */
    static long getfd(Task k, long fd, long targetFd, long flags) {
        if (flags != 0) {
            return -Errno.EINVAL;
        }
        PidFd pf = pidfd(k.process, fd);
        if (pf.ended()) {
            return -Errno.ESRCH; // a zombie has no files left to take
        }
        OpenFile f = pf.process.fds.get(targetFd);
        if (f == null) {
            return -Errno.EBADF;
        }
        f.retain();
        try {
            return k.process.fds.install(f, true);
        } finally {
            f.release();
        }
    }

    /**
     * process_vm_readv/writev(2): copies between the caller's {@code local} iovecs and process
     * {@code pid}'s {@code remote} ones, in order, until either list ends. A fault in the remote
     * process ends the transfer there (the count so far, EFAULT if nothing moved); a fault on the
     * caller's side is EFAULT.
     */
    static long vmTransfer(Task k, int pid, long local, long localCount, long remote, long remoteCount, long flags,
            boolean write) {
        if (flags != 0) {
            return -Errno.EINVAL;
        }
        AddressSpace mine = k.process.mem;
        IovecDescriptor.total(mine, local, localCount);
        IovecDescriptor.total(mine, remote, remoteCount);
        LinuxProcess q = pid == k.process.pid ? k.process : k.process.table != null ? k.process.table.process(pid) : null;
        Task t = q == null && k.process.table != null ? k.process.table.task(pid) : null;
        if (t != null) {
            q = t.process;
        }
        if (q == null || pid <= 0) {
            return -Errno.ESRCH;
        }
        AddressSpace theirs = q.mem;
        if (q.ended()) {
            return -Errno.ESRCH; // no mm any more (mm_access)
        }
        byte[] buf = new byte[GuestBuffers.CHUNK];
        long done = 0;
        int li = 0;
        long lOff = 0;
        for (int ri = 0; ri < remoteCount; ri++) {
            long rBase = IovecDescriptor.base(mine, remote, ri), rLen = IovecDescriptor.length(mine, remote, ri);
            long rOff = 0;
            while (rOff < rLen) {
                while (li < localCount && lOff == IovecDescriptor.length(mine, local, li)) {
                    li++;
                    lOff = 0;
                }
                if (li == localCount) {
                    return done;
                }
                long lBase = IovecDescriptor.base(mine, local, li);
                int n = (int) Math.min(buf.length, Math.min(rLen - rOff, IovecDescriptor.length(mine, local, li) - lOff));
                // Page by page on the remote side, so that a fault there leaves what came before done.
                long ra = rBase + rOff;
                n = (int) Math.min(n, 4096 - (ra & 4095));
                if (write) {
                    mine.read(lBase + lOff, buf, 0, n);
                    try {
                        theirs.write(ra, buf, 0, n);
                    } catch (GuestFault e) {
                        return done > 0 ? done : -Errno.EFAULT;
                    }
                } else {
                    try {
                        theirs.read(ra, buf, 0, n);
                    } catch (GuestFault e) {
                        return done > 0 ? done : -Errno.EFAULT;
                    }
                    mine.write(lBase + lOff, buf, 0, n);
                }
                rOff += n;
                lOff += n;
                done += n;
            }
        }
        return done;
    }
}
