package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.GuestExit;
import dev.ring3.interp.SystemCallHandler;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.io.PrintStream;

/**
 * What the SYSCALL instruction calls for one guest thread: reads the number from RAX and the
 * arguments from RDI, RSI, RDX, R10, R8, R9 (the x86-64 syscall ABI, syscall(2)), runs the row's
 * handler, leaves the result in RAX, and delivers signals that became pending (kill(2) of itself,
 * raise(3), abort(3)) before the guest continues, as the kernel does on its way back to user mode.
 */
public final class LinuxSyscalls implements SystemCallHandler {
    private final Task task;
    private final SyscallTable table;
    private final SyscallObserver observer;
    private final PrintStream diagnostics;
    private final boolean quiet;
    /** Numbers already reported as unimplemented: one line per number. */
    private final boolean[] reported = new boolean[SyscallTable.SIZE + 1];
    /** i386 numbers already reported as unimplemented. */
    private final java.util.Set<Long> reported32 = new java.util.HashSet<>();
    /** The thread's last call came through INT 0x80 (for the trace's personality lines). */
    private boolean compat;

    public LinuxSyscalls(Task task, SyscallTable table, SyscallObserver observer, PrintStream diagnostics, boolean quiet) {
        this.task = task;
        this.table = table;
        this.observer = observer;
        this.diagnostics = diagnostics;
        this.quiet = quiet;
    }

    @Override
    public void syscall(Cpu cpu) {
        if (observer != null) {
            // The one check tracing costs when it is off; the traced path is separate.
            traced(cpu);
            return;
        }
        long[] r = cpu.r;
        long nr = r[Cpu.RAX];
        long result = invoke(nr, r[Cpu.RDI], r[Cpu.RSI], r[Cpu.RDX], r[Cpu.R10], r[Cpu.R8], r[Cpu.R9]);
        r[Cpu.RAX] = result;
        returnToUser(cpu, nr, result);
    }

    private void traced(Cpu cpu) {
        if (compat) {
            compat = false;
            observer.personality(task, 64);
        }
        long[] r = cpu.r;
        long nr = r[Cpu.RAX];
        long a0 = r[Cpu.RDI], a1 = r[Cpu.RSI], a2 = r[Cpu.RDX], a3 = r[Cpu.R10], a4 = r[Cpu.R8], a5 = r[Cpu.R9];
        observer.entering(task, nr, a0, a1, a2, a3, a4, a5);
        long result;
        try {
            result = invoke(nr, a0, a1, a2, a3, a4, a5);
        } catch (GuestExit e) {
            observer.completed(task, nr, a0, a1, a2, a3, a4, a5, SyscallObserver.NO_RETURN);
            throw e;
        }
        r[Cpu.RAX] = result;
        observer.completed(task, nr, a0, a1, a2, a3, a4, a5, result);
        returnToUser(cpu, nr, result);
    }

    /**
     * INT 0x80 from 64-bit code: the i386 ABI ({@link Compat32Syscalls}). The number and the
     * arguments are the low halves of RAX, RBX, RCX, RDX, RSI, RDI and RBP; the result fills RAX.
     * Observers see a twin as its x86-64 call, and strace's "[ Process PID=N runs in 32 bit mode. ]"
     * when a thread switches between the two ABIs.
     */
    @Override
    public void int80(Cpu cpu) {
        long[] r = cpu.r;
        long nr = r[Cpu.RAX] & 0xFFFF_FFFFL;
        long[] a = {r[Cpu.RBX] & 0xFFFF_FFFFL, r[Cpu.RCX] & 0xFFFF_FFFFL, r[Cpu.RDX] & 0xFFFF_FFFFL,
                r[Cpu.RSI] & 0xFFFF_FFFFL, r[Cpu.RDI] & 0xFFFF_FFFFL, r[Cpu.RBP] & 0xFFFF_FFFFL};
        long shown = Compat32Syscalls.TRACE_BASE + nr;
        Syscall row = null;
        long early = 0;
        int x64 = Compat32Syscalls.twin(nr);
        if (nr == 102) {
            try {
                x64 = Compat32Syscalls.socketcall(task.process.mem, a[0], a[1], a);
            } catch (GuestFault f) {
                early = -Errno.EFAULT;
            }
            if (x64 == -2) {
                early = -Errno.EINVAL;
            }
        }
        if (x64 >= 0) {
            shown = x64;
            row = table.get(x64);
        } else {
            row = Compat32Syscalls.own(nr);
        }
        if (observer != null) {
            if (!compat) {
                compat = true;
                observer.personality(task, 32);
            }
            observer.entering(task, shown, a[0], a[1], a[2], a[3], a[4], a[5]);
        }
        long result;
        try {
            result = early != 0 ? early : row != null ? invoke(row, a[0], a[1], a[2], a[3], a[4], a[5]) : unimplemented32(nr);
        } catch (GuestExit e) {
            if (observer != null) {
                observer.completed(task, shown, a[0], a[1], a[2], a[3], a[4], a[5], SyscallObserver.NO_RETURN);
            }
            throw e;
        }
        r[Cpu.RAX] = result;
        if (observer != null) {
            observer.completed(task, shown, a[0], a[1], a[2], a[3], a[4], a[5], result);
        }
        returnToUser(cpu, nr, result);
    }

    private long unimplemented32(long nr) {
        String name = Compat32Syscalls.name(nr);
        if (!quiet && name != null && reported32.add(nr)) { // a number i386 never had is just ENOSYS
            diagnostics.println("ring3: unimplemented 32-bit syscall " + nr + " (" + name + ") made with int 0x80");
        }
        return -Errno.ENOSYS;
    }

    /** Runs the row's handler: the result, or -errno. GuestExit passes through (exit, death). */
    private long invoke(long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        Syscall row = table.get(nr);
        if (row == null) {
            unimplemented(nr);
            return -Errno.ENOSYS;
        }
        return invoke(row, a0, a1, a2, a3, a4, a5);
    }

    private long invoke(Syscall row, long a0, long a1, long a2, long a3, long a4, long a5) {
        SharedFileMappings shared = task.process.sharedFiles;
        if (!shared.active()) {
            return call(row, a0, a1, a2, a3, a4, a5);
        }
        // MAP_SHARED file mappings exist: the files see the guest's stores first, and the
        // mappings see what the call did to the files.
        AddressSpace mem = task.process.mem;
        shared.flush(mem);
        try {
            return call(row, a0, a1, a2, a3, a4, a5);
        } finally {
            if (task.process.mem == mem) {
                shared.refresh(mem);
            }
        }
    }

    private long call(Syscall row, long a0, long a1, long a2, long a3, long a4, long a5) {
        try {
            return row.handler().call(task, a0, a1, a2, a3, a4, a5);
        } catch (ErrnoException e) {
            return -e.errno;
        } catch (GuestFault f) {
            // A bad user pointer: the kernel's copy_from_user/copy_to_user fails with EFAULT.
            return -Errno.EFAULT;
        }
    }

    /**
     * The kernel's way back to user mode: leave if the process is exiting, settle a call that a
     * signal cut short (restart it or make it EINTR, as arch/x86/kernel/signal.c
     * handle_signal does), and deliver the signals that became pending.
     */
    private void returnToUser(Cpu cpu, long nr, long result) {
        if (task.mustExit()) {
            throw new GuestExit();
        }
        if (result == -GuestWait.ERESTARTSYS || result == -GuestWait.ERESTARTNOHAND) {
            restartOrInterrupt(cpu, nr, result);
        }
        ThreadSignals ts = task.signals;
        if (ts.deliverable() && !SignalDelivery.deliverPending(task)) {
            throw new GuestExit();
        }
        if (ts.hasSavedMask) {
            // rt_sigsuspend and no handler ran: its temporary mask ends with the call.
            ts.hasSavedMask = false;
            ts.blocked = ts.savedMask;
        }
    }

    /**
     * A blocking call ended by a signal: if the signal runs a handler, the call fails with EINTR
     * unless it is ERESTARTSYS and the handler has SA_RESTART; otherwise (or with no signal left)
     * the SYSCALL instruction runs again with its number back in RAX.
     */
    private void restartOrInterrupt(Cpu cpu, long nr, long result) {
        ThreadSignals ts = task.signals;
        long ready = ts.pending & ~ts.blocked;
        boolean restart = true;
        if (ready != 0) {
            int sig = Long.numberOfTrailingZeros(ready) + 1;
            SignalActions a = task.process.actions;
            long h = a.handler[sig];
            if (h != SignalActions.SIG_IGN && h != SignalActions.SIG_DFL) {
                restart = result == -GuestWait.ERESTARTSYS && (a.flags[sig] & SignalActions.SA_RESTART) != 0;
            }
        }
        if (restart) {
            cpu.r[Cpu.RAX] = nr;
            cpu.rip -= 2; // SYSCALL is 0F 05
        } else {
            cpu.r[Cpu.RAX] = -Errno.EINTR;
        }
    }

    /** Another thread posted a signal or ended the process: act on it at this block boundary. */
    @Override
    public void attention(Cpu cpu) {
        cpu.attention = false;
        if (task.mustExit()) {
            throw new GuestExit();
        }
        if (task.signals.deliverable() && !SignalDelivery.deliverPending(task)) {
            throw new GuestExit();
        }
    }

    /** The dispatcher of a new thread or process made by clone(2), with this one's settings. */
    LinuxSyscalls forTask(Task t) {
        return new LinuxSyscalls(t, table, observer, diagnostics, quiet);
    }

    private void unimplemented(long nr) {
        int slot = nr >= 0 && nr < SyscallTable.SIZE ? (int) nr : SyscallTable.SIZE;
        if (quiet || reported[slot]) {
            return;
        }
        reported[slot] = true;
        String name = SyscallNames.name(nr);
        diagnostics.println("ring3: unimplemented syscall " + nr + " (" + (name != null ? name : "no such syscall") + ")");
    }

    /** Prints a one-line diagnostic about the guest (ring3's limits it ran into), unless -q. */
    void note(String message) {
        if (!quiet) {
            diagnostics.println("ring3: " + message);
        }
    }

    /** The thread this dispatcher serves. */
    public Task task() {
        return task;
    }

    /** The observer of this thread's calls, or null when tracing is off. */
    public SyscallObserver observer() {
        return observer;
    }

    /** The observer of {@code t}'s calls (for process events raised outside the dispatcher), or null. */
    static SyscallObserver observer(Task t) {
        return t.cpu.os instanceof LinuxSyscalls ? ((LinuxSyscalls) t.cpu.os).observer : null;
    }
}
