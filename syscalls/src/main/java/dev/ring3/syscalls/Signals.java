package dev.ring3.syscalls;

/**
 * Linux x86-64 signal numbers, their names, the words a shell prints when a process dies of one
 * (glibc's strsignal), and their default actions (signal(7)).
 */
public final class Signals {
    public static final int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6,
            SIGBUS = 7, SIGFPE = 8, SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13,
            SIGALRM = 14, SIGTERM = 15, SIGSTKFLT = 16, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19,
            SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22, SIGURG = 23, SIGXCPU = 24, SIGXFSZ = 25,
            SIGVTALRM = 26, SIGPROF = 27, SIGWINCH = 28, SIGIO = 29, SIGPWR = 30, SIGSYS = 31;
    /** Highest signal number (real-time signals run from 32 to 64). */
    public static final int NSIG = 64;

    /** Signals that can be neither caught, blocked nor ignored. */
    public static final long UNBLOCKABLE = bit(SIGKILL) | bit(SIGSTOP);

    private static final String[] NAMES = {
        null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
        "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT",
        "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
        "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
    };

    private static final String[] DESCRIPTIONS = {
        null, "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted",
        "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated",
        "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped",
        "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
        "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call",
    };

    private Signals() {}

    /** The bit of {@code sig} in a sigset_t (bit 0 is signal 1). */
    public static long bit(int sig) {
        return 1L << (sig - 1);
    }

    public static boolean valid(long sig) {
        return sig >= 1 && sig <= NSIG;
    }

    /** "SIGSEGV", or "SIGRTMIN+n" / "SIG<n>" for the others. */
    public static String name(int sig) {
        if (sig >= 1 && sig < NAMES.length) {
            return NAMES[sig];
        }
        return sig >= 32 && sig <= NSIG ? "SIGRT" + (sig - 32) : "SIG" + sig;
    }

    /** What a shell prints for a process killed by {@code sig}: "Segmentation fault". */
    public static String description(int sig) {
        if (sig >= 1 && sig < DESCRIPTIONS.length) {
            return DESCRIPTIONS[sig];
        }
        return "Real-time signal " + (sig - 34);
    }

    /** True if the default action is to ignore (SIGCHLD, SIGURG, SIGWINCH, SIGCONT). */
    public static boolean ignoredByDefault(int sig) {
        return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH || sig == SIGCONT;
    }

    /**
     * True if the default action stops the process. ring3 has no job control yet, so a stop is
     * treated as "ignored" by the delivery code (see docs/quirks.md).
     */
    public static boolean stopsByDefault(int sig) {
        return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
    }
}
