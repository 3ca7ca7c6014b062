package dev.ring3.syscalls;

/**
 * One thread's signal state: the blocked mask, the pending set with each pending signal's siginfo
 * (standard signals do not queue: one slot each), and the alternate signal stack (sigaltstack(2)).
 */
public final class ThreadSignals {
    /** ss_flags (sigaltstack(2)). */
    public static final int SS_ONSTACK = 1, SS_DISABLE = 2;
    public static final int SS_AUTODISARM = 1 << 31;

    /** si_code values (asm-generic/siginfo.h). */
    public static final int SI_USER = 0, SI_KERNEL = 0x80, SI_QUEUE = -1, SI_TIMER = -2, SI_TKILL = -6;
    /** CLD_EXITED .. CLD_CONTINUED: si_code of the signal a parent gets about its child. */
    public static final int CLD_FIRST = 1, CLD_LAST = 6;

    /** True if {@code code} of {@code sig} describes a child (the _sigchld layout of siginfo). */
    public static boolean isChildCode(int sig, int code) {
        return sig == Signals.SIGCHLD && code >= CLD_FIRST && code <= CLD_LAST;
    }

    /** Written by the owning thread only; volatile because senders read it to pick a thread. */
    public volatile long blocked;
    /** Volatile and changed under {@code this}: other threads and processes post signals. */
    public volatile long pending;
    /** rt_sigsuspend: the mask to restore once a signal has been handled, if {@link #hasSavedMask}. */
    public long savedMask;
    public boolean hasSavedMask;
    /**
     * siginfo of the pending signals, by signal number: si_code, si_addr or (si_pid, si_uid); for
     * a child's exit signal (CLD_* codes) the child's pid and uid and, in {@code addr}, si_status.
     */
    public final int[] code = new int[Signals.NSIG + 1];
    public final long[] addr = new long[Signals.NSIG + 1];
    public final int[] senderPid = new int[Signals.NSIG + 1];
    public final int[] senderUid = new int[Signals.NSIG + 1];
    /** The cause of a pending fault signal, for the death line ("at address 0x0, rip ..."). */
    public final String[] detail = new String[Signals.NSIG + 1];

    public long altSp;
    public long altSize;
    /** SS_DISABLE when no alternate stack is set, else 0 (plus SS_AUTODISARM if requested). */
    public int altFlags = SS_DISABLE;

    /** True if {@code sp} is on the alternate stack (the kernel's on_sig_stack). */
    public boolean onAltStack(long sp) {
        return altFlags != SS_DISABLE && Long.compareUnsigned(sp - altSp, altSize) <= 0 && sp != altSp;
    }

    /** True if a pending signal is not blocked: the dispatcher checks this after every syscall. */
    public boolean deliverable() {
        return (pending & ~blocked) != 0;
    }

    /** Marks {@code sig} pending with its siginfo (a second one of the same standard signal merges). */
    public synchronized void post(int sig, int siCode, long siAddr, int pid, int uid, String why) {
        pending |= Signals.bit(sig);
        code[sig] = siCode;
        addr[sig] = siAddr;
        senderPid[sig] = pid;
        senderUid[sig] = uid;
        detail[sig] = why;
    }

    /** A pending signal's siginfo as it was when it was taken off the pending set. */
    public record Info(int code, long addr, int pid, int uid, String detail) {}

    /**
     * Takes {@code sig} off the pending set for delivery and returns its siginfo, read under the
     * same lock, so that the next one posted meanwhile (a timer's) cannot change what is delivered.
     */
    public synchronized Info take(int sig) {
        pending &= ~Signals.bit(sig);
        return new Info(code[sig], addr[sig], senderPid[sig], senderUid[sig], detail[sig]);
    }

    /** Takes {@code sig} off the pending set (delivered or discarded). */
    public synchronized void clear(int sig) {
        pending &= ~Signals.bit(sig);
    }

    /** Takes every signal in {@code mask} off the pending set. */
    public synchronized void clearAll(long mask) {
        pending &= ~mask;
    }
}
