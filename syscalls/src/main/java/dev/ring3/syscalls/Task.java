package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;

/** One guest thread: its CPU state and the process it belongs to. */
public final class Task {
    public final Cpu cpu;
    public final LinuxProcess process;
    public final int tid;
    /** set_tid_address: cleared and futex-woken at thread exit. */
    public long clearChildTid;
    /** set_robust_list: the head of the thread's robust futex list (walked at thread exit). */
    public long robustList;
    /** Blocked and pending signals, the alternate signal stack. */
    public final ThreadSignals signals = new ThreadSignals();

    public Task(Cpu cpu, LinuxProcess process, int tid) {
        this.cpu = cpu;
        this.process = process;
        this.tid = tid;
    }
}
