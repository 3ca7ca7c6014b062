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
    /** The monitor this thread is blocked on in {@link GuestWait}, so that a signal can wake it. */
    volatile Object waitingOn;
    /** Set when another thread's execve ends this one (de_thread). */
    volatile boolean execKilled;
    /** What exit(2) passed: the process's status if this thread turns out to be the last. */
    int exitCode;
    /** getpriority/setpriority's nice value and sched_setscheduler's policy, priority and reset flag. */
    volatile int nice;
    volatile int schedPolicy;
    volatile int schedPriority;
    /** set_mempolicy's mode (with its mode flags) and node mask (bit 0: node 0), inherited by clone. */
    volatile int mempolicyMode;
    volatile long mempolicyNodes;
    volatile boolean schedResetOnFork;
    /**
     * sched_setaffinity's mask, the CPUs this thread may run on (64 per word, as the kernel copies
     * it), inherited by clone and kept by execve; null for the host's ({@link HostCpus}). Never
     * changed in place.
     */
    volatile long[] affinity;
    /**
     * prctl state of this thread (kernel/sys.c): the parent-death signal (0 in every new task),
     * the timer slack and the default PR_SET_TIMERSLACK 0 returns to (a new task's both are its
     * creator's current slack), the machine-check policy (Prctl's PF_MCE_PROCESS/PF_MCE_EARLY
     * bits, inherited), no_new_privs (inherited, kept by execve), PR_SET_IO_FLUSHER, and the
     * thread's own name (PR_SET_NAME, /proc/PID/task/TID/comm; null: the process's, see
     * {@link Prctl#comm}).
     */
    volatile int pdeathSignal;
    volatile long timerSlack = Prctl.DEFAULT_TIMER_SLACK, defaultTimerSlack = Prctl.DEFAULT_TIMER_SLACK;
    volatile int mceKill;
    volatile boolean noNewPrivs;
    volatile boolean ioFlusher;
    volatile String comm;
    /** The Java thread running this task (null until it starts). */
    volatile Thread thread;

    public Task(Cpu cpu, LinuxProcess process, int tid) {
        this.cpu = cpu;
        this.process = process;
        this.tid = tid;
    }

    /** The guest thread running on the calling Java thread, or null outside a guest thread. */
    public static Task current() {
        return GuestWait.current();
    }

    /**
     * True if a blocking call must stop waiting: the process is exiting, or a signal the thread
     * does not block is pending (the kernel's signal_pending / fatal_signal_pending).
     */
    public boolean interrupted() {
        return mustExit() || signals.deliverable();
    }

    /** True if the thread must end at its next chance: exit_group, a fatal signal, another's execve. */
    public boolean mustExit() {
        return process.exiting || execKilled;
    }

    /** Makes the thread notice a new pending signal or exit: at a block boundary or in a wait. */
    void kick() {
        cpu.attention = true;
        GuestWait.wake(this);
    }
}
