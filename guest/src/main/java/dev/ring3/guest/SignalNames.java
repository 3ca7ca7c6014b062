package dev.ring3.guest;

/**
 * The descriptions bash prints when a child dies of a signal (glibc's strsignal), which ring3's
 * death line must contain for the comparison with a native run.
 */
public final class SignalNames {
    private SignalNames() {}

    /** Whether bash reports a child's death by {@code sig} at all: not SIGINT or SIGPIPE (jobs.c). */
    public static boolean shellReports(int sig) {
        return sig != 2 && sig != 13;
    }

    public static String shellName(int sig) {
        switch (sig) {
            case 1: return "Hangup";
            case 2: return "Interrupt";
            case 3: return "Quit";
            case 4: return "Illegal instruction";
            case 5: return "Trace/breakpoint trap";
            case 6: return "Aborted";
            case 7: return "Bus error";
            case 8: return "Floating point exception";
            case 9: return "Killed";
            case 10: return "User defined signal 1";
            case 11: return "Segmentation fault";
            case 12: return "User defined signal 2";
            case 13: return "Broken pipe";
            case 14: return "Alarm clock";
            case 15: return "Terminated";
            case 24: return "CPU time limit exceeded";
            case 25: return "File size limit exceeded";
            case 31: return "Bad system call";
            default: return "Signal " + sig;
        }
    }
}
