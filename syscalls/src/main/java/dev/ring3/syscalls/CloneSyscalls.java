package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Moves;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import dev.ring3.vdso.Vdso;

/**
 * fork, vfork, clone and clone3 (kernel/fork.c): a new thread of the caller's process
 * (CLONE_THREAD: same address space, files and handlers) or a new process (a copy of the address
 * space, or the same one with CLONE_VM, as vfork and posix_spawn ask; a copy of the fd table and
 * the handlers). Either way the new thread runs on its own Java platform thread, starting at the
 * instruction after SYSCALL with RAX = 0.
 */
@Semantics(SyscallHandler.class)
public final class CloneSyscalls {
    public static final long CSIGNAL = 0xff, CLONE_VM = 0x100, CLONE_FS = 0x200, CLONE_FILES = 0x400,
            CLONE_SIGHAND = 0x800, CLONE_PIDFD = 0x1000, CLONE_PTRACE = 0x2000, CLONE_VFORK = 0x4000,
            CLONE_PARENT = 0x8000, CLONE_THREAD = 0x10000, CLONE_NEWNS = 0x20000, CLONE_SYSVSEM = 0x40000,
            CLONE_SETTLS = 0x80000, CLONE_PARENT_SETTID = 0x100000, CLONE_CHILD_CLEARTID = 0x200000,
            CLONE_DETACHED = 0x400000, CLONE_UNTRACED = 0x800000, CLONE_CHILD_SETTID = 0x01000000;
    /** clone3 only: reset the child's handlers (not with CLONE_SIGHAND); a cgroup to start in; a time namespace. */
    public static final long CLONE_CLEAR_SIGHAND = 1L << 32, CLONE_INTO_CGROUP = 1L << 33, CLONE_NEWTIME = 0x80;
    /** struct clone_args sizes: up to tls (VER0), with set_tid (VER1), with cgroup (VER2). */
    static final int CLONE_ARGS_SIZE_VER0 = 64, CLONE_ARGS_SIZE_VER2 = 88;
    /** MAX_PID_NS_LEVEL: the most set_tid entries. */
    static final int MAX_PID_NS_LEVEL = 32;
    /** Namespaces, cgroups, io contexts: nothing ring3 can give. */
    static final long UNSUPPORTED = 0x02000000L | 0x04000000L | 0x08000000L | 0x10000000L | 0x20000000L
            | 0x40000000L | 0x80000000L | CLONE_NEWNS | CLONE_INTO_CGROUP;

    private CloneSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(56, "clone", "clone_args,hidden,hidden,hidden,hidden", CloneSyscallsSem.clone);
        t.row(57, "fork", "", CloneSyscallsSem.fork);
        t.row(58, "vfork", "", CloneSyscallsSem.vfork);
        t.row(435, "clone3", "clone3_args,size", CloneSyscallsSem.clone3);
    }

    static long fork(Task k, long a, long b, long c, long d, long e, long f) {
        return clone(k, Signals.SIGCHLD, 0, 0, 0, 0, 0);
    }

    static long vfork(Task k, long a, long b, long c, long d, long e, long f) {
        return clone(k, CLONE_VM | CLONE_VFORK | Signals.SIGCHLD, 0, 0, 0, 0, 0);
    }

    static long clone3(Task k, long a, long b, long c, long d, long e, long f) {
        return clone3(k, a, b);
    }

    /** clone(2), x86-64 argument order: flags, stack, parent_tid, child_tid, tls. Only the low 32 flag bits count. */
    public static long clone(Task k, long flags, long stack, long parentTid, long childTid, long tls, long a5) {
        // Legacy clone returns CLONE_PIDFD's pidfd through parent_tid.
        return copy(k, flags & 0xFFFFFFFFL, stack, parentTid, childTid, tls, parentTid);
    }

    /**
     * clone3(2): struct clone_args of {@code size} bytes (copy_clone_args_from_user, then
     * clone3_args_valid), then the same path as clone. The exit signal has its own field, the stack
     * is given as base and size. set_tid needs CAP_CHECKPOINT_RESTORE, which the guest never has.
     */
    public static long clone3(Task k, long args, long size) {
        if (size > 4096) {
            return -Errno.E2BIG;
        }
        if (size < CLONE_ARGS_SIZE_VER0) {
            return -Errno.EINVAL;
        }
        AddressSpace mem = k.process.mem;
        long[] f = new long[CLONE_ARGS_SIZE_VER2 / 8];
        for (int i = 0; i < f.length && 8L * i < size; i++) {
            f[i] = mem.read64(args + 8L * i);
        }
        // copy_struct_from_user: a larger struct from a newer libc is fine if the unknown tail is zero.
        for (long off = CLONE_ARGS_SIZE_VER2; off < size; off++) {
            if (mem.read8(args + off) != 0) {
                return -Errno.E2BIG;
            }
        }
        long flags = f[0], childTid = f[2], parentTid = f[3], exitSignal = f[4], stack = f[5], stackSize = f[6],
                tls = f[7], setTid = f[8], setTidSize = f[9], cgroup = f[10];
        if (Long.compareUnsigned(setTidSize, MAX_PID_NS_LEVEL) > 0 || setTid == 0 && setTidSize > 0
                || setTid != 0 && setTidSize == 0) {
            return -Errno.EINVAL;
        }
        if ((exitSignal & ~CSIGNAL) != 0 || exitSignal > Signals.NSIG) {
            return -Errno.EINVAL;
        }
        if ((flags & CLONE_INTO_CGROUP) != 0 && (Long.compareUnsigned(cgroup, Integer.MAX_VALUE) > 0
                || size < CLONE_ARGS_SIZE_VER2)) {
            return -Errno.EINVAL;
        }
        if (setTid != 0) {
            mem.read32(setTid); // EFAULT before the checks of alloc_pid
        }
        // clone3_args_valid
        if ((flags & ~(0xFFFFFFFFL | CLONE_CLEAR_SIGHAND | CLONE_INTO_CGROUP)) != 0
                || (flags & (CLONE_DETACHED | (CSIGNAL & ~CLONE_NEWTIME))) != 0
                || (flags & (CLONE_SIGHAND | CLONE_CLEAR_SIGHAND)) == (CLONE_SIGHAND | CLONE_CLEAR_SIGHAND)
                || (flags & (CLONE_THREAD | CLONE_PARENT)) != 0 && exitSignal != 0
                || stack == 0 && stackSize != 0 || stack != 0 && stackSize == 0) {
            return -Errno.EINVAL;
        }
        if ((flags & CLONE_NEWTIME) != 0) {
            return -Errno.EINVAL; // a namespace ring3 cannot give, as with clone
        }
        if (setTid != 0) {
            // alloc_pid: more levels than the namespace has, or a pid below 1, is EINVAL; then the capability.
            int tid = mem.read32(setTid);
            return setTidSize > 1 || tid < 1 ? -Errno.EINVAL : -Errno.EPERM;
        }
        return copy(k, flags | exitSignal, stack == 0 ? 0 : stack + stackSize, parentTid, childTid, tls, f[1]);
    }

    /**
     * copy_process for clone and clone3: {@code flags} with the exit signal in its CSIGNAL bits;
     * {@code pidfdAddr} is where CLONE_PIDFD's pidfd goes in the caller's memory.
     */
    private static long copy(Task k, long flags, long stack, long parentTid, long childTid, long tls, long pidfdAddr) {
        if ((flags & CLONE_THREAD) != 0 && (flags & CLONE_SIGHAND) == 0
                || (flags & CLONE_SIGHAND) != 0 && (flags & CLONE_VM) == 0) {
            return -Errno.EINVAL;
        }
        if ((flags & UNSUPPORTED) != 0) {
            return -Errno.EINVAL;
        }
        // Both would be written to one place (kernel_clone); a pidfd is never CLONE_DETACHED.
        if ((flags & CLONE_PIDFD) != 0 && ((flags & CLONE_PARENT_SETTID) != 0 && pidfdAddr == parentTid
                || (flags & CLONE_DETACHED) != 0)) {
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
            synchronized (parent.mmapLock) { // dup_mmap holds mmap_lock: no mapping changes mid-copy
                p = newProcess(parent, flags, tid);
            }
        }
        Cpu cpu = k.cpu.copy(p.mem);
        // With TF or AC inherited the child steps from its first instruction, as setRflags asks.
        cpu.attention = (cpu.rflags & (Flags.TF | Flags.AC)) != 0;
        cpu.r[Cpu.RAX] = 0;
        if (stack != 0) {
            cpu.r[Cpu.RSP] = stack;
        }
        if ((flags & CLONE_SETTLS) != 0) {
            cpu.fsBase = tls;
            cpu.sreg[Moves.SREG_FS] = 0;
        }
        Task child = new Task(cpu, p, tid);
        if ((flags & CLONE_PIDFD) != 0) {
            // Into the caller's table after the child's copy of it, as copy_process does; the
            // number reaches the caller's memory before the child runs, or the clone fails.
            int fd = PidfdSyscalls.install(parent, new PidFd(p, thread ? child : null, 0));
            try {
                parent.mem.write32(pidfdAddr, fd);
            } catch (dev.ring3.mmu.GuestFault e) {
                parent.fds.close(fd);
                if (!thread && p.ownsMemory) {
                    p.mem.close();
                }
                return -Errno.EFAULT;
            }
        }
        SchedSyscalls.inherit(k, child);
        child.affinity = k.affinity; // and the Cpu copy has its TSC_AUX
        child.mempolicyMode = k.mempolicyMode;
        child.mempolicyNodes = k.mempolicyNodes;
        Prctl.inherit(k, child);
        if (thread) {
            child.comm = Prctl.comm(k);
        } else {
            p.comm = Prctl.comm(k); // the forking thread's name
            p.parentTask = p.parent == parent ? k : p.parent != null ? p.parent.parentTask : null;
        }
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
        p.bounds = parent.bounds;
        p.placed = parent.placed;
        synchronized (parent) {
            p.caps = parent.caps != null ? parent.caps.clone() : null;
        }
        Prctl.inherit(parent, p);
        p.fileRanges = shareVm ? parent.fileRanges : parent.fileRanges.copy();
        p.privateFiles = shareVm ? parent.privateFiles : parent.privateFiles.copy();
        if (!shareVm) {
            PrivateFileMappings.installResolver(p); // the copy keeps the pages marked past end of file
        }
        p.shmAttachments = shareVm ? parent.shmAttachments : parent.shmAttachments.copy();
        p.brkStart = parent.brkStart;
        p.brk = parent.brk;
        p.personality = parent.personality;
        p.rlimits = parent.rlimits.copy();
        p.actions = (flags & CLONE_SIGHAND) != 0 ? parent.actions : parent.actions.copy();
        if ((flags & CLONE_CLEAR_SIGHAND) != 0) {
            p.actions.resetForExec(); // flush_signal_handlers(p, 0): caught ones back to SIG_DFL
        }
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
