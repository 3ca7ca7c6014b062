package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.mmu.GuestFault;
import dev.ring3.vdso.Vdso;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of threads and processes (kernel/exit.c): exit_group and fatal signals stop every
 * thread of the process; the last thread out closes the files, frees the memory, turns the process
 * into a zombie for its parent's wait4, hands its children to the nearest child subreaper above it
 * or else to nobody (orphans are then reaped at their end, as init would), and sends the parent
 * SIGCHLD.
 */
final class ProcessExit {
    /** si_code of SIGCHLD (asm-generic/siginfo.h). */
    static final int CLD_EXITED = 1, CLD_KILLED = 2, CLD_DUMPED = 3;

    private ProcessExit() {}

    /**
     * exit_group(2) or death by a signal: records the status (the first caller wins) and makes
     * every other thread of the process leave at its next block boundary or blocking wait.
     * {@code termSignal} is 0 for an exit, else the signal (| 0x80 for a core dump).
     */
    static void group(LinuxProcess p, int exitStatus, int termSignal, String deathLine) {
        List<Task> others;
        synchronized (p) {
            if (p.exiting) {
                return;
            }
            p.exitStatus = exitStatus;
            p.termSignal = termSignal;
            p.deathLine = deathLine;
            p.exiting = true;
            others = new ArrayList<>(p.threads);
        }
        for (Task t : others) {
            t.kick();
        }
    }

    /** Registers a thread that is about to run. */
    static void started(Task t) {
        synchronized (t.process) {
            t.process.threads.add(t);
        }
        if (t.process.table != null) {
            t.process.table.addTask(t);
        }
    }

    /**
     * Called by the run loop when a thread has left guest code for good. {@code exitCode} is what
     * exit(2) passed (used if this is the last thread and no exit_group came first).
     */
    static void threadEnded(Task t, int exitCode) {
        LinuxProcess p = t.process;
        RobustFutexes.release(t); // mm_release: before the thread is gone from the process
        boolean last;
        int status;
        int sig;
        synchronized (p) {
            p.threads.remove(t);
            last = p.threads.isEmpty();
            if (last && !p.exiting) {
                p.exitStatus = exitCode & 0xFF;
                p.exiting = true;
            }
            boolean group = p.exiting && p.exitStatus >= 0;
            status = group ? p.exitStatus : exitCode & 0xFF;
            sig = group ? p.termSignal & 0x7F : 0;
        }
        if (p.table != null) {
            p.table.removeTask(t);
        }
        forgetChildren(t);
        if (!last) {
            SyscallObserver o = LinuxSyscalls.observer(t);
            if (o != null) {
                o.threadExited(t, status, sig);
            }
            // CLONE_CHILD_CLEARTID: how pthread_join learns that the thread is gone (clone(2)).
            if (t.clearChildTid != 0) {
                try {
                    p.mem.write32(t.clearChildTid, 0);
                    p.futexes.wake(p.mem, t.clearChildTid, 1, -1);
                } catch (GuestFault f) {
                    // The kernel ignores a bad clear_child_tid too.
                }
            }
            return;
        }
        processEnded(t);
    }

    /**
     * The thread that forked a child is its parent in the kernel's eyes (real_parent is a task),
     * so when that thread ends its children pass to another live thread of the process (or, when
     * none is left, to the reaper {@link #processEnded} finds), and each of their threads that set
     * a parent-death signal (PR_SET_PDEATHSIG) makes its process get it, from the ending thread's
     * process (SI_USER), as forget_original_parent does.
     */
    private static void forgetChildren(Task t) {
        LinuxProcess p = t.process;
        ProcessTable tab = p.table;
        if (tab == null) {
            return;
        }
        java.util.List<LinuxProcess> orphaned = new java.util.ArrayList<>();
        Task heir;
        synchronized (p) {
            // find_alive_thread skips threads already exiting. In a process that is ending
            // (exit_group, a fatal signal) every thread is, here, so the children go to the reaper
            // with one parent-death signal. Natively it is a race: a sibling that has not begun
            // exiting takes them, and its own end sends a second signal (a two-thread exit_group
            // gave 2 in 8 of 10 native runs, 1 in 2).
            heir = p.threads.isEmpty() || p.exiting ? null : p.threads.get(0);
        }
        synchronized (tab) {
            for (LinuxProcess c : p.children) {
                if (c.parentTask == t) {
                    c.parentTask = heir;
                    orphaned.add(c);
                }
            }
        }
        for (LinuxProcess c : orphaned) {
            java.util.List<Task> threads;
            synchronized (c) {
                threads = new java.util.ArrayList<>(c.threads);
            }
            for (Task ct : threads) {
                int sig = ct.pdeathSignal;
                if (sig != 0) {
                    SignalSyscalls.sendToProcess(c, sig, ThreadSignals.SI_USER, p.pid, p.ids.uid(),
                            "parent-death signal (thread " + t.tid + " ended)");
                }
            }
        }
    }

    /**
     * The process orphans are handed to: the nearest living ancestor that asked to be a child
     * subreaper (PR_SET_CHILD_SUBREAPER), else none (init outside ring3, which reaps them).
     */
    private static LinuxProcess reaper(LinuxProcess p) {
        for (LinuxProcess a = p.parent; a != null; a = a.parent) {
            if (a.childSubreaper && !a.zombie && !a.exiting) {
                return a;
            }
        }
        return null;
    }

    private static void processEnded(Task last) {
        LinuxProcess p = last.process;
        p.sharedFiles.clear(p.mem);
        if (p.ownsMemory) {
            p.privateFiles.clear();
            p.shmAttachments.clear(p.pid);
        }
        p.timers.end();
        p.fds.closeAll();
        vforkRelease(p);
        SyscallObserver o = LinuxSyscalls.observer(last);
        if (o != null && p.exitStatus >= 0) {
            if (p.termSignal != 0) {
                o.killed(last, p.termSignal & 0x7F);
            } else {
                o.exited(last, p.exitStatus);
            }
        }
        if (p.ownsMemory) {
            Vdso.release(p.mem); // the host-clock thread must stop writing before the memory goes
            p.mem.close();
        }
        ProcessTable tab = p.table;
        if (tab == null) {
            return;
        }
        LinuxProcess parent;
        boolean notify;
        java.util.List<LinuxProcess> zombiesToReaper = new java.util.ArrayList<>();
        LinuxProcess reaper;
        synchronized (tab) {
            p.zombie = true;
            reaper = reaper(p);
            for (LinuxProcess c : p.children) {
                if (reaper != null) {
                    c.parent = reaper;
                    c.ppid = reaper.pid;
                    synchronized (reaper) {
                        c.parentTask = reaper.threads.isEmpty() ? null : reaper.threads.get(0);
                    }
                    reaper.children.add(c);
                    if (c.zombie) {
                        zombiesToReaper.add(c);
                    }
                    continue;
                }
                c.parent = null;
                c.ppid = 1;
                c.parentTask = null;
                if (c.zombie) {
                    tab.remove(c);
                }
            }
            p.children.clear();
            parent = p.parent;
            // A parent ignoring SIGCHLD (or with SA_NOCLDWAIT) leaves no zombies (wait(2) NOTES).
            boolean reap = parent == null || parent.zombie
                    || parent.actions.handler[Signals.SIGCHLD] == SignalActions.SIG_IGN
                    || (parent.actions.flags[Signals.SIGCHLD] & SignalActions.SA_NOCLDWAIT) != 0;
            if (reap) {
                if (parent != null) {
                    parent.children.remove(p);
                }
                tab.remove(p);
            }
            notify = parent != null && !parent.zombie && p.exitSignal != 0;
            tab.ended(p);
        }
        if (notify) {
            childEnded(parent, p);
        }
        // A zombie handed to a subreaper is news to it (reparent_leader's do_notify_parent).
        for (LinuxProcess z : zombiesToReaper) {
            if (z.exitSignal != 0) {
                childEnded(reaper, z);
            }
        }
    }

    /** The exit signal (SIGCHLD for fork) that tells {@code parent} child {@code p} ended. */
    private static void childEnded(LinuxProcess parent, LinuxProcess p) {
        int code = p.termSignal == 0 ? CLD_EXITED : (p.termSignal & 0x80) != 0 ? CLD_DUMPED : CLD_KILLED;
        int status = p.termSignal == 0 ? p.exitStatus & 0xFF : p.termSignal & 0x7F;
        SignalSyscalls.sendToProcess(parent, p.exitSignal, code, status, p.pid, p.ids.uid(),
                "SIGCHLD from process " + p.pid);
    }

    /** vfork: the parent may run again (the child exec'd or ended: mm_release's complete_vfork_done). */
    static void vforkRelease(LinuxProcess p) {
        synchronized (p) {
            if (!p.vforkDone) {
                p.vforkDone = true;
                p.notifyAll();
            }
        }
    }

    /** Zeroes a thread's registers for a new program image, as start_thread and ELF_PLAT_INIT do. */
    static void resetRegisters(Cpu c) {
        Cpu z = new Cpu(c.mem);
        System.arraycopy(z.r, 0, c.r, 0, 16);
        System.arraycopy(z.xmm, 0, c.xmm, 0, 32);
        c.ccOp = z.ccOp; c.ccSize = z.ccSize; c.ccRes = z.ccRes; c.ccA = z.ccA; c.ccB = z.ccB; c.ccC = z.ccC;
        c.rflags = 0x202;
        c.resetSegments();
        c.mxcsr = 0x1F80;
        c.fpuControl = 0x37F;
        c.fpuStatus = z.fpuStatus;
        c.fpuTag = z.fpuTag;
        System.arraycopy(z.fpuMan, 0, c.fpuMan, 0, 8);
        System.arraycopy(z.fpuSe, 0, c.fpuSe, 0, 8);
        c.fpuIp = 0;
        c.fpuDp = 0;
        c.fpuOp = 0;
        c.fpuCs = 0;
        c.fpuDs = 0;
    }
}
