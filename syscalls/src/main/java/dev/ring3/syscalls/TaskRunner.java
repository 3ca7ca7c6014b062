package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.CpuException;
import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.GuestExit;
import dev.ring3.mmu.GuestFault;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Runs one guest thread on the current Java thread until it ends: the execution engine, faults
 * turned into guest signals, and the thread's (maybe its process's) end. New threads and processes
 * made by clone(2) get a Java platform thread each (DESIGN.md decision 9).
 */
final class TaskRunner {
    private TaskRunner() {}

    /** Starts {@code t} on a new daemon thread with an engine from {@code engines}. */
    static void start(Task t, Supplier<ExecutionEngine> engines) {
        Thread th = new Thread(() -> run(t, engines.get()), "ring3 pid " + t.process.pid + " tid " + t.tid);
        th.setDaemon(true);
        t.thread = th;
        th.start();
    }

    /**
     * Runs {@code t} until its thread ends; returns false if ring3 itself failed (an internal error,
     * reported on the process's diagnostics stream; the process then ends with status 70).
     */
    static boolean run(Task t, ExecutionEngine engine) {
        Cpu cpu = t.cpu;
        LinuxProcess p = t.process;
        GuestWait.enter(t);
        if (t.thread == null) {
            t.thread = Thread.currentThread();
        }
        boolean ok = true;
        try {
            for (;;) {
                try {
                    engine.run(cpu);
                    throw new IllegalStateException("the execution engine returned without an exit");
                } catch (GuestExit e) {
                    break;
                } catch (GuestFault f) {
                    if (!FaultSignals.segv(t, f)) {
                        break;
                    }
                } catch (CpuException x) {
                    if (!FaultSignals.cpuException(t, x)) {
                        break;
                    }
                }
                if (t.mustExit()) {
                    break;
                }
            }
        } catch (RuntimeException | Error bug) {
            ok = false;
            PrintStream d = p.diagnostics;
            String what = bug.getMessage() != null ? bug.getClass().getSimpleName() + ": " + bug.getMessage()
                    : bug.getClass().getName();
            d.printf("ring3: internal error: %s at rip 0x%x%s%n", what, cpu.rip,
                    Linux.DEBUG ? "" : " (run with -Dring3.debug=true for the Java stack)");
            if (Linux.DEBUG) {
                bug.printStackTrace(d);
            }
            d.flush();
            ProcessExit.group(p, Linux.INTERNAL_ERROR, 0, null);
        } finally {
            GuestWait.leave();
            ProcessExit.threadEnded(t, t.exitCode);
        }
        return ok;
    }
}
