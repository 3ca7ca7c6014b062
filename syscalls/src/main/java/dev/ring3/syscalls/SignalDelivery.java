package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Decoder;
import dev.ring3.interp.Disassembler;
import dev.ring3.interp.Insn;
import dev.ring3.interp.OpcodeTable;
import dev.ring3.mmu.AddressSpace;

/**
 * Decides what happens to a signal that reaches a thread: run the guest's handler on a new
 * {@link SignalFrame}, discard it, or end the process with the default action. Faults arrive
 * through {@link #force} (from the run loop), kill(2) and friends through the pending set, which
 * the syscall dispatcher drains with {@link #deliverPending} when a syscall returns (and the
 * engine at a block boundary when another thread or process posted one).
 */
public final class SignalDelivery {
    /** Page-fault error code bits (SDM Vol. 3 4.7) that the kernel copies into sigcontext.err. */
    static final long PF_PROT = 1, PF_WRITE = 2, PF_USER = 4, PF_INSTR = 16;

    private SignalDelivery() {}

    /**
     * A synchronous fault (force_sig_fault): a blocked or ignored fault signal is unblocked and
     * reset to its default first, as the kernel does, so an ignored SIGSEGV still kills. Returns
     * true if a handler now runs, false if the process died ({@code process.exitStatus} is set).
     */
    static boolean force(Task t, int sig, int siCode, long siAddr, int trapno, long err, String detail) {
        ThreadSignals ts = t.signals;
        SignalActions a = t.process.actions;
        boolean blocked = (ts.blocked & Signals.bit(sig)) != 0;
        if (blocked || a.handler[sig] == SignalActions.SIG_IGN) {
            a.handler[sig] = SignalActions.SIG_DFL;
            ts.blocked &= ~Signals.bit(sig);
        }
        ts.post(sig, siCode, siAddr, 0, 0, detail);
        return deliver(t, sig, trapno, err) != DIED;
    }

    /**
     * Delivers the lowest-numbered pending unblocked signal, if any. Returns false if the process
     * died of it (the caller unwinds with GuestExit).
     */
    static boolean deliverPending(Task t) {
        ThreadSignals ts = t.signals;
        long ready = ts.pending & ~ts.blocked;
        while (ready != 0) {
            int sig = Long.numberOfTrailingZeros(ready) + 1;
            int outcome = deliver(t, sig, 0, 0);
            if (outcome == DIED) {
                return false;
            }
            if (outcome == HANDLED) {
                // One frame per return to user mode is enough: the rest go at rt_sigreturn.
                return true;
            }
            ready = ts.pending & ~ts.blocked;
        }
        return true;
    }

    private static final int DIED = 0, HANDLED = 1, DISCARDED = 2;

    /** Tells the trace about a signal discarded on arrival, as strace sees it under ptrace. */
    static void traceDiscarded(Task t, int sig, int code, long value, int pid, int uid) {
        SyscallObserver o = LinuxSyscalls.observer(t);
        if (o != null) {
            o.signal(t, sig, code, value, pid, uid);
        }
    }

    private static int deliver(Task t, int sig, int trapno, long err) {
        ThreadSignals ts = t.signals;
        SignalActions a = t.process.actions;
        t.process.timers.catchUpPosix(); // a pending timer signal's overruns, up to now
        ThreadSignals.Info info = ts.take(sig);
        if (info.code() == ThreadSignals.SI_TIMER && !t.process.timers.delivered(info.pid(), info.uid())) {
            return DISCARDED; // the signal of a timer since re-armed or deleted is dropped unseen
        }
        SyscallObserver o = LinuxSyscalls.observer(t);
        if (o != null) {
            // strace's "--- SIGSEGV {...} ---": every delivery is reported, ignored ones included.
            o.signal(t, sig, info.code(), info.addr(), info.pid(), info.uid());
        }
        long h = a.handler[sig];
        if (h == SignalActions.SIG_IGN) {
            return DISCARDED;
        }
        if (h == SignalActions.SIG_DFL) {
            if (Signals.ignoredByDefault(sig) || Signals.stopsByDefault(sig)) {
                return DISCARDED;
            }
            die(t, sig, info.detail());
            return DIED;
        }
        // After rt_sigsuspend the frame saves the mask from before the call (kernel's
        // set_restore_sigmask), so that rt_sigreturn puts it back.
        long old = ts.hasSavedMask ? ts.savedMask : ts.blocked;
        ts.hasSavedMask = false;
        if (!SignalFrame.setup(t, sig, info, old, trapno, err)) {
            // The kernel's force_sigsegv: a frame that cannot be built kills with SIGSEGV.
            die(t, Signals.SIGSEGV, "cannot build the signal frame for " + Signals.name(sig)
                    + " (stack at 0x" + Long.toHexString(t.cpu.r[Cpu.RSP]) + ")");
            return DIED;
        }
        long flags = a.flags[sig];
        long add = a.mask[sig];
        if ((flags & SignalActions.SA_NODEFER) == 0) {
            add |= Signals.bit(sig);
        }
        ts.blocked = (old | add) & ~Signals.UNBLOCKABLE;
        if ((flags & SignalActions.SA_RESETHAND) != 0) {
            a.handler[sig] = SignalActions.SIG_DFL;
            a.flags[sig] &= ~SignalActions.SA_SIGINFO;
        }
        return HANDLED;
    }

    /** Ends the process with the default action of {@code sig}: status 128+sig and the death line. */
    static void die(Task t, int sig, String detail) {
        // No core files are written, so the status never carries WCOREDUMP (docs/quirks.md).
        // bash says nothing of a job that SIGINT or SIGPIPE ended (`prog | head`), and neither does ring3.
        boolean quiet = sig == Signals.SIGINT || sig == Signals.SIGPIPE;
        ProcessExit.group(t.process, 128 + sig, sig,
                quiet ? null : Signals.description(sig) + " (" + (detail != null ? detail : Signals.name(sig)) + ")");
    }

    /**
     * "rip 0x401136: 48 8b 00 (mov (%rax),%rax)" for death lines: the faulting instruction's bytes
     * (its decoded length) and its AT&T disassembly, or the first 8 bytes and "..." where it does
     * not decode (an invalid opcode).
     */
    static String ripDetail(Cpu cpu) {
        StringBuilder sb = new StringBuilder("rip 0x").append(Long.toHexString(cpu.rip));
        AddressSpace m = cpu.mem;
        int len = -1;
        String text = null;
        try {
            Insn in = new Decoder().decode(m, cpu.rip);
            if (OpcodeTable.decoded(in.op)) {
                len = in.len;
                byte[] code = new byte[len];
                m.peek(cpu.rip, code, 0, len);
                text = Disassembler.format(in, code, 0);
            }
        } catch (RuntimeException e) {
            // Undecodable or unmapped: show raw bytes instead.
        }
        int max = len > 0 ? len : 8;
        byte[] b = new byte[1];
        int n = 0;
        for (; n < max; n++) {
            long a = cpu.rip + n;
            if (m.protAt(a) < 0) {
                break;
            }
            m.peek(a, b, 0, 1);
            sb.append(n == 0 ? ": " : " ").append(String.format("%02x", b[0] & 0xFF));
        }
        if (n == 0) {
            sb.append(" (not mapped)");
        } else if (len <= 0 && n == max) {
            sb.append(" ...");
        }
        if (text != null) {
            sb.append(" (").append(text.replaceAll("\\s+", " ").strip()).append(')');
        }
        return sb.toString();
    }
}
