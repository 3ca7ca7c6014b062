package dev.ring3.syscalls.trace;

import dev.ring3.syscalls.Signals;
import dev.ring3.syscalls.ThreadSignals;

/**
 * A siginfo as strace prints it in a signal line: {si_signo=SIGSEGV, si_code=SEGV_MAPERR,
 * si_addr=NULL} for faults and traps, {si_signo=SIGTERM, si_code=SI_TKILL, si_pid=1, si_uid=0} for kills.
 */
final class SignalInfo {
    static final int SI_USER = 0, SI_KERNEL = 0x80, SI_QUEUE = -1, SI_TIMER = -2, SI_TKILL = -6;
    private static final String[] SEGV = {null, "SEGV_MAPERR", "SEGV_ACCERR", "SEGV_BNDERR", "SEGV_PKUERR"};
    private static final String[] ILL = {null, "ILL_ILLOPC", "ILL_ILLOPN", "ILL_ILLADR", "ILL_ILLTRP",
        "ILL_PRVOPC", "ILL_PRVREG", "ILL_COPROC", "ILL_BADSTK"};
    private static final String[] FPE = {null, "FPE_INTDIV", "FPE_INTOVF", "FPE_FLTDIV", "FPE_FLTOVF",
        "FPE_FLTUND", "FPE_FLTRES", "FPE_FLTINV", "FPE_FLTSUB"};
    private static final String[] BUS = {null, "BUS_ADRALN", "BUS_ADRERR", "BUS_OBJERR"};
    private static final String[] TRAP = {null, "TRAP_BRKPT", "TRAP_TRACE", "TRAP_BRANCH", "TRAP_HWBKPT"};

    private SignalInfo() {}

    static void format(StringBuilder sb, int sig, int code, long addr, int pid, int uid) {
        sb.append("{si_signo=").append(StructFormat.sigName(sig)).append(", si_code=");
        if (ThreadSignals.isChildCode(sig, code)) {
            // ring3 keeps no per-child CPU times: si_utime and si_stime print as 0.
            ProcessFormat.CLD.value(sb, code);
            ProcessFormat.childInfo(sb, pid, uid, code, (int) addr, 0, 0);
            sb.append('}');
            return;
        }
        String name = codeName(sig, code);
        sb.append(name != null ? name : Integer.toString(code));
        if (code == SI_TIMER) {
            // struct _timer: si_timerid (strace prints it in hex), si_overrun, then si_value.
            sb.append(", si_timerid=").append(pid == 0 ? "0" : "0x" + Integer.toHexString(pid)).append(", si_overrun=")
                    .append(uid).append(", si_int=").append((int) addr).append(", si_ptr=");
            ArgFormat.address(sb, addr);
        } else if (code <= 0) {
            sb.append(", si_pid=").append(pid).append(", si_uid=").append(uid);
            if (code == SI_QUEUE) {
                sb.append(", si_int=").append((int) addr).append(", si_ptr=");
                ArgFormat.address(sb, addr);
            }
        } else if (sig == Signals.SIGSEGV || sig == Signals.SIGBUS || sig == Signals.SIGILL || sig == Signals.SIGFPE
                || sig == Signals.SIGTRAP) {
            sb.append(", si_addr=");
            ArgFormat.address(sb, addr);
        }
        sb.append('}');
    }

    private static String codeName(int sig, int code) {
        switch (code) {
            case SI_USER: return "SI_USER";
            case SI_KERNEL: return "SI_KERNEL";
            case SI_QUEUE: return "SI_QUEUE";
            case SI_TIMER: return "SI_TIMER";
            case SI_TKILL: return "SI_TKILL";
            default: break;
        }
        String[] names;
        switch (sig) {
            case Signals.SIGSEGV: names = SEGV; break;
            case Signals.SIGILL: names = ILL; break;
            case Signals.SIGFPE: names = FPE; break;
            case Signals.SIGBUS: names = BUS; break;
            case Signals.SIGTRAP: names = TRAP; break;
            default: return null;
        }
        return code > 0 && code < names.length ? names[code] : null;
    }
}
