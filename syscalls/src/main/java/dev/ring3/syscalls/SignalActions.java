package dev.ring3.syscalls;

/**
 * A process's signal dispositions as rt_sigaction(2) sets them: handler, flags, restorer and mask
 * for each of the 64 signals, in the layout of the kernel's {@code struct kernel_sigaction}.
 */
public final class SignalActions {
    public static final long SIG_DFL = 0, SIG_IGN = 1;

    /** sa_flags bits (asm-generic/signal-defs.h, x86 signal.h). */
    public static final long SA_SIGINFO = 0x4, SA_ONSTACK = 0x08000000L, SA_RESTART = 0x10000000L,
            SA_NODEFER = 0x40000000L, SA_RESETHAND = 0x80000000L, SA_RESTORER = 0x04000000L,
            SA_NOCLDSTOP = 1, SA_NOCLDWAIT = 2;

    public final long[] handler = new long[Signals.NSIG + 1];
    public final long[] flags = new long[Signals.NSIG + 1];
    public final long[] restorer = new long[Signals.NSIG + 1];
    public final long[] mask = new long[Signals.NSIG + 1];

    /** A copy for fork; execve resets caught signals to SIG_DFL with {@link #resetForExec}. */
    public SignalActions copy() {
        SignalActions c = new SignalActions();
        System.arraycopy(handler, 0, c.handler, 0, handler.length);
        System.arraycopy(flags, 0, c.flags, 0, flags.length);
        System.arraycopy(restorer, 0, c.restorer, 0, restorer.length);
        System.arraycopy(mask, 0, c.mask, 0, mask.length);
        return c;
    }

    /** execve(2): handled signals go back to their default; ignored ones stay ignored. */
    public void resetForExec() {
        for (int s = 1; s <= Signals.NSIG; s++) {
            if (handler[s] != SIG_IGN) {
                handler[s] = SIG_DFL;
            }
            flags[s] = 0;
            restorer[s] = 0;
            mask[s] = 0;
        }
    }

    /** Sets SIG_IGN for each signal whose bit is set in {@code set} (bit 0 for signal 1), as an inherited disposition. */
    public void ignore(long set) {
        for (int s = 1; s <= Signals.NSIG && s <= 64; s++) {
            if ((set >>> (s - 1) & 1) != 0 && s != Signals.SIGKILL && s != Signals.SIGSTOP) {
                handler[s] = SIG_IGN;
            }
        }
    }

    /** True if {@code sig} would be discarded on arrival (SIG_IGN, or SIG_DFL with an ignore default). */
    public boolean ignores(int sig) {
        long h = handler[sig];
        return h == SIG_IGN
                || (h == SIG_DFL && (Signals.ignoredByDefault(sig) || Signals.stopsByDefault(sig)));
    }
}
