package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.vdso.Vdso;

/**
 * fork, vfork, clone and clone3 (kernel/fork.c): a new thread of the caller's process
 * (CLONE_THREAD: same address space, files and handlers) or a new process (a copy of the address
 * space, or the same one with CLONE_VM, as vfork and posix_spawn ask; a copy of the fd table and
 * the handlers). Either way the new thread runs on its own Java platform thread, starting at the
 * instruction after SYSCALL with RAX = 0.
 */
public final class CloneSyscalls {
    public static final long CSIGNAL = 0xff, CLONE_VM = 0x100, CLONE_FS = 0x200, CLONE_FILES = 0x400,
            CLONE_SIGHAND = 0x800, CLONE_PIDFD = 0x1000, CLONE_PTRACE = 0x2000, CLONE_VFORK = 0x4000,
            CLONE_PARENT = 0x8000, CLONE_THREAD = 0x10000, CLONE_NEWNS = 0x20000, CLONE_SYSVSEM = 0x40000,
            CLONE_SETTLS = 0x80000, CLONE_PARENT_SETTID = 0x100000, CLONE_CHILD_CLEARTID = 0x200000,
            CLONE_DETACHED = 0x400000, CLONE_UNTRACED = 0x800000, CLONE_CHILD_SETTID = 0x01000000;
    /** Namespaces, cgroups, io contexts: nothing ring3 can give. */
    static final long UNSUPPORTED = 0x02000000L | 0x04000000L | 0x08000000L | 0x10000000L | 0x20000000L
            | 0x40000000L | 0x80000000L | CLONE_NEWNS | CLONE_PIDFD;

    private CloneSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(56, "clone", "clone_args,hidden,hidden,hidden,hidden", CloneSyscalls::clone);
        t.row(57, "fork", "", (k, a, b, c, d, e, f) -> clone(k, Signals.SIGCHLD, 0, 0, 0, 0, 0));
        t.row(58, "vfork", "", (k, a, b, c, d, e, f) ->
                clone(k, CLONE_VM | CLONE_VFORK | Signals.SIGCHLD, 0, 0, 0, 0, 0));
        // glibc 2.34+ tries clone3 first and falls back to clone on ENOSYS (docs/quirks.md).
        t.row(435, "clone3", "clone3_args,size", (k, a, b, c, d, e, f) -> -Errno.ENOSYS);
    }

    /** clone(2), x86-64 argument order: flags, stack, parent_tid, child_tid, tls. */
    public static long clone(Task k, long flags, long stack, long parentTid, long childTid, long tls, long a5) {
        if ((flags & CLONE_THREAD) != 0 && (flags & CLONE_SIGHAND) == 0
                || (flags & CLONE_SIGHAND) != 0 && (flags & CLONE_VM) == 0) {
            return -Errno.EINVAL;
        }
        if ((flags & UNSUPPORTED) != 0) {
            return -Errno.EINVAL;
        }
        LinuxProcess parent = k.process;
        ProcessTable tab = parent.table;
        if (tab == null || !(k.cpu.os instanceof LinuxSyscalls)) {
            return -Errno.ENOSYS; // a process built alone by a test has no machine to add to
        }
        if (parent.exiting) {
            return -Errno.EINTR;
        }
        int tid = tab.allocatePid();
        boolean thread = (flags & CLONE_THREAD) != 0;
        LinuxProcess p;
        if (thread) {
            p = parent;
        } else {
            p = newProcess(parent, flags, tid);
        }
        Cpu cpu = k.cpu.copy(p.mem);
        cpu.attention = false;
        cpu.r[Cpu.RAX] = 0;
        if (stack != 0) {
            cpu.r[Cpu.RSP] = stack;
        }
        if ((flags & CLONE_SETTLS) != 0) {
            cpu.fsBase = tls;
        }
        Task child = new Task(cpu, p, tid);
        cpu.os = ((LinuxSyscalls) k.cpu.os).forTask(child);
        child.signals.blocked = k.signals.blocked;
        if ((flags & (CLONE_VM | CLONE_VFORK)) != CLONE_VM) {
            // A thread sharing the memory gets no alternate stack (copy_process); fork keeps it.
            child.signals.altSp = k.signals.altSp;
            child.signals.altSize = k.signals.altSize;
            child.signals.altFlags = k.signals.altFlags;
        }
        if ((flags & CLONE_PARENT_SETTID) != 0) {
            parent.mem.write32(parentTid, tid);
            if (p.mem != parent.mem) {
                p.mem.write32(parentTid, tid);
            }
        }
        if ((flags & CLONE_CHILD_SETTID) != 0) {
            p.mem.write32(childTid, tid);
        }
        if ((flags & CLONE_CHILD_CLEARTID) != 0) {
            child.clearChildTid = childTid;
        }
        if (!thread) {
            tab.addProcess(p);
            synchronized (tab) {
                (p.parent != null ? p.parent : parent).children.add(p);
            }
        }
        ProcessExit.started(child);
        TaskRunner.start(child, tab.config.engine);
        if ((flags & CLONE_VFORK) != 0) {
            awaitVfork(p);
        }
        return tid;
    }

    /** The process half of clone: ids, memory, files, handlers and limits as copy_process copies them. */
    private static LinuxProcess newProcess(LinuxProcess parent, long flags, int pid) {
        boolean shareVm = (flags & CLONE_VM) != 0;
        AddressSpace mem = shareVm ? parent.mem : parent.mem.copy();
        if (!shareVm) {
            Vdso.inherit(parent.mem, mem);
        }
        FdTable fds = (flags & CLONE_FILES) != 0 ? parent.fds : parent.fds.copy();
        LinuxProcess p = new LinuxProcess(pid, mem, fds, parent.cwd);
        p.ownsMemory = !shareVm;
        p.vforkDone = (flags & CLONE_VFORK) == 0;
        p.exitSignal = (int) (flags & CSIGNAL);
        LinuxProcess realParent = (flags & CLONE_PARENT) != 0 && parent.parent != null ? parent.parent : parent;
        p.parent = realParent;
        p.ppid = (flags & CLONE_PARENT) != 0 ? parent.ppid : parent.pid;
        p.pgid = parent.pgid;
        p.sid = parent.sid;
        p.umask = parent.umask;
        p.exePath = parent.exePath;
        p.comm = parent.comm;
        p.brkStart = parent.brkStart;
        p.brk = parent.brk;
        p.personality = parent.personality;
        p.rlimits = parent.rlimits.copy();
        p.actions = (flags & CLONE_SIGHAND) != 0 ? parent.actions : parent.actions.copy();
        p.diagnostics = parent.diagnostics;
        if (!shareVm) {
            parent.sharedFiles.copyInto(p.sharedFiles, mem);
        }
        return p;
    }

    /** vfork: the parent sleeps until the child has exec'd or ended (not interruptible, as in Linux). */
    private static void awaitVfork(LinuxProcess child) {
        synchronized (child) {
            boolean interrupted = false;
            while (!child.vforkDone) {
                try {
                    child.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
