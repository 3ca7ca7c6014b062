package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.GuestExit;
import dev.ring3.interp.SystemCallHandler;
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

    public LinuxSyscalls(Task task, SyscallTable table, SyscallObserver observer, PrintStream diagnostics, boolean quiet) {
        this.task = task;
        this.table = table;
        this.observer = observer;
        this.diagnostics = diagnostics;
        this.quiet = quiet;
    }

    @Override
    public void syscall(Cpu cpu) {
        long[] r = cpu.r;
        long nr = r[Cpu.RAX];
        long a0 = r[Cpu.RDI], a1 = r[Cpu.RSI], a2 = r[Cpu.RDX], a3 = r[Cpu.R10], a4 = r[Cpu.R8], a5 = r[Cpu.R9];
        Syscall row = table.get(nr);
        long result;
        if (row == null) {
            result = -Errno.ENOSYS;
            unimplemented(nr);
        } else {
            try {
                result = row.handler().call(task, a0, a1, a2, a3, a4, a5);
            } catch (ErrnoException e) {
                result = -e.errno;
            } catch (GuestFault f) {
                // A bad user pointer: the kernel's copy_from_user/copy_to_user fails with EFAULT.
                result = -Errno.EFAULT;
            } catch (GuestExit e) {
                if (observer != null) {
                    observer.completed(task, nr, a0, a1, a2, a3, a4, a5, SyscallObserver.NO_RETURN);
                }
                throw e;
            }
        }
        r[Cpu.RAX] = result;
        if (observer != null) {
            observer.completed(task, nr, a0, a1, a2, a3, a4, a5, result);
        }
        if (task.signals.deliverable() && !SignalDelivery.deliverPending(task)) {
            throw new GuestExit();
        }
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

    /** The thread this dispatcher serves. */
    public Task task() {
        return task;
    }
}
