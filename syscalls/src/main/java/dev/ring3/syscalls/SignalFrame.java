package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Mxcsr;
import dev.ring3.interp.SseState;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;

/**
 * Builds and unwinds the x86-64 {@code struct rt_sigframe} exactly as the kernel lays it out
 * (arch/x86/kernel/signal_64.c, uapi/asm/sigcontext.h): return address (sa_restorer), ucontext
 * with the sigcontext registers and the saved mask, siginfo, and a 512-byte FXSAVE area that
 * sigcontext.fpstate points to. Handlers that inspect or edit the context (uc_mcontext.gregs[REG_RIP]
 * in a SIGSEGV handler) therefore see what they see natively.
 */
public final class SignalFrame {
    // struct rt_sigframe: pretcode, then ucontext, then siginfo.
    static final int UC = 8;
    static final int UC_FLAGS = UC, UC_LINK = UC + 8, UC_STACK = UC + 16, UC_MCONTEXT = UC + 40;
    static final int UC_SIGMASK = UC_MCONTEXT + 256;
    static final int INFO = UC_SIGMASK + 8;
    static final int FRAME_SIZE = INFO + 128;
    static final int FXSAVE_SIZE = 512;

    // struct sigcontext_64 offsets, relative to uc_mcontext.
    static final int SC_R8 = 0, SC_RDI = 64, SC_RSI = 72, SC_RBP = 80, SC_RBX = 88, SC_RDX = 96,
            SC_RAX = 104, SC_RCX = 112, SC_RSP = 120, SC_RIP = 128, SC_EFLAGS = 136, SC_CS = 144,
            SC_ERR = 152, SC_TRAPNO = 160, SC_OLDMASK = 168, SC_CR2 = 176, SC_FPSTATE = 184;

    /** UC_SIGCONTEXT_SS | UC_STRICT_RESTORE_SS: the kernel sets both on 64-bit frames. */
    static final long UC_FLAGS_VALUE = 0x2 | 0x4;
    /** RFLAGS bits sigreturn takes from the frame (the kernel's FIX_EFLAGS). */
    static final long FIX_EFLAGS = Flags.AC | Flags.OF | Flags.DF | Flags.TF | Flags.SF | Flags.ZF
            | Flags.AF | Flags.PF | Flags.CF | 0x10000;
    /** The size AT_MINSIGSTKSZ reports: a frame plus FXSAVE area plus red zone fits well inside. */
    public static final long MIN_SIGSTACK = 2048;

    private SignalFrame() {}

    /**
     * Pushes a frame for {@code sig} and points the CPU at the handler (RDI = sig, RSI = &siginfo,
     * RDX = &ucontext, RAX = 0). Returns false if the frame could not be written (the kernel then
     * kills with SIGSEGV). Does not change the blocked mask: the caller does (it needs the old one
     * for uc_sigmask, passed here).
     */
    static boolean setup(Task t, int sig, ThreadSignals.Info si, long oldBlocked, int trapno, long err) {
        Cpu cpu = t.cpu;
        AddressSpace m = cpu.mem;
        ThreadSignals ts = t.signals;
        SignalActions a = t.process.actions;
        long flags = a.flags[sig];
        if ((flags & SignalActions.SA_RESTORER) == 0) {
            return false; // x86-64 has no vDSO trampoline fallback: no restorer, no frame.
        }
        long sp = cpu.r[Cpu.RSP];
        boolean wasOnAlt = ts.onAltStack(sp);
        if ((flags & SignalActions.SA_ONSTACK) != 0 && ts.altFlags != ThreadSignals.SS_DISABLE && !wasOnAlt) {
            sp = ts.altSp + ts.altSize;
        } else {
            sp -= 128; // the System V red zone below RSP belongs to the interrupted code
        }
        long fx = (sp - FXSAVE_SIZE) & ~63L;
        long frame = ((fx - FRAME_SIZE) & ~15L) - 8;
        try {
            m.fill(fx, FXSAVE_SIZE, (byte) 0);
            SseState.saveImage(cpu, fx, true); // the kernel's fxsave64: x87 registers included
            m.write64(frame, a.restorer[sig]);
            m.write64(frame + UC_FLAGS, UC_FLAGS_VALUE);
            m.write64(frame + UC_LINK, 0);
            m.write64(frame + UC_STACK, ts.altSp);
            m.write32(frame + UC_STACK + 8, ts.altFlags == ThreadSignals.SS_DISABLE ? ThreadSignals.SS_DISABLE
                    : (wasOnAlt ? ThreadSignals.SS_ONSTACK : 0) | (ts.altFlags & ThreadSignals.SS_AUTODISARM));
            m.write32(frame + UC_STACK + 12, 0);
            m.write64(frame + UC_STACK + 16, ts.altSize);
            long mc = frame + UC_MCONTEXT;
            for (int i = 0; i < 8; i++) {
                m.write64(mc + SC_R8 + 8L * i, cpu.r[8 + i]);
            }
            m.write64(mc + SC_RDI, cpu.r[Cpu.RDI]);
            m.write64(mc + SC_RSI, cpu.r[Cpu.RSI]);
            m.write64(mc + SC_RBP, cpu.r[Cpu.RBP]);
            m.write64(mc + SC_RBX, cpu.r[Cpu.RBX]);
            m.write64(mc + SC_RDX, cpu.r[Cpu.RDX]);
            m.write64(mc + SC_RAX, cpu.r[Cpu.RAX]);
            m.write64(mc + SC_RCX, cpu.r[Cpu.RCX]);
            m.write64(mc + SC_RSP, cpu.r[Cpu.RSP]);
            m.write64(mc + SC_RIP, cpu.rip);
            m.write64(mc + SC_EFLAGS, Flags.rflags(cpu));
            // cs, gs, fs, ss as the kernel stores them for a 64-bit task.
            m.write16(mc + SC_CS, (short) 0x33);
            m.write16(mc + SC_CS + 2, (short) 0);
            m.write16(mc + SC_CS + 4, (short) 0);
            m.write16(mc + SC_CS + 6, (short) 0x2b);
            m.write64(mc + SC_ERR, err);
            m.write64(mc + SC_TRAPNO, trapno);
            m.write64(mc + SC_OLDMASK, oldBlocked);
            m.write64(mc + SC_CR2, si.addr());
            m.write64(mc + SC_FPSTATE, fx);
            for (int i = 0; i < 8; i++) {
                m.write64(mc + 192 + 8L * i, 0);
            }
            m.write64(frame + UC_SIGMASK, oldBlocked);
            writeSiginfo(si, m, frame + INFO, sig, (flags & SignalActions.SA_SIGINFO) != 0);
        } catch (GuestFault f) {
            return false;
        }
        cpu.r[Cpu.RDI] = sig;
        cpu.r[Cpu.RSI] = frame + INFO;
        cpu.r[Cpu.RDX] = frame + UC;
        cpu.r[Cpu.RAX] = 0;
        cpu.r[Cpu.RSP] = frame;
        cpu.rip = a.handler[sig];
        // The handler starts with DF, TF and RF clear (SysV ABI: DF clear at function entry).
        Flags.setRflags(cpu, 0, Flags.DF | Flags.TF | 0x10000);
        SseState.reset(cpu); // and with the initial FPU state, as Linux gives it
        if ((ts.altFlags & ThreadSignals.SS_AUTODISARM) != 0 && (flags & SignalActions.SA_ONSTACK) != 0) {
            ts.altSp = 0;
            ts.altSize = 0;
            ts.altFlags = ThreadSignals.SS_DISABLE;
        }
        return true;
    }

    static void writeSiginfo(ThreadSignals.Info si, AddressSpace m, long info, int sig, boolean full) {
        if (!full) {
            // Without SA_SIGINFO the kernel leaves the siginfo slot as it found it; zero is kinder.
            m.fill(info, 128, (byte) 0);
            return;
        }
        m.fill(info, 128, (byte) 0);
        m.write32(info, sig);
        m.write32(info + 8, si.code());
        if (si.code() <= 0) { // SI_USER, SI_TKILL, SI_QUEUE: the sender; SI_TIMER: the timer's id and overrun
            m.write32(info + 16, si.pid());
            m.write32(info + 20, si.uid());
            if (si.code() == ThreadSignals.SI_TIMER || si.code() == ThreadSignals.SI_QUEUE) {
                m.write64(info + 24, si.addr()); // si_value
            }
        } else if (ThreadSignals.isChildCode(sig, si.code())) {
            // struct _sigchld: the child's pid and uid, si_status; si_utime and si_stime stay 0
            m.write32(info + 16, si.pid());
            m.write32(info + 20, si.uid());
            m.write32(info + 24, (int) si.addr());
        } else {
            m.write64(info + 16, si.addr());
        }
    }

    /**
     * rt_sigreturn(2): the handler's RET popped the restorer address, so the frame starts at
     * RSP - 8. Restores every register, RIP, the flags sigreturn may change, the FP/SSE state, the
     * blocked mask and the alternate stack. Returns the restored RAX (the syscall's "result"), or
     * throws {@link GuestFault} if the frame is unreadable (the caller kills with SIGSEGV).
     */
    static long restore(Task t) {
        Cpu cpu = t.cpu;
        AddressSpace m = cpu.mem;
        long frame = cpu.r[Cpu.RSP] - 8;
        long mc = frame + UC_MCONTEXT;
        long[] r = new long[16];
        for (int i = 0; i < 8; i++) {
            r[8 + i] = m.read64(mc + SC_R8 + 8L * i);
        }
        r[Cpu.RDI] = m.read64(mc + SC_RDI);
        r[Cpu.RSI] = m.read64(mc + SC_RSI);
        r[Cpu.RBP] = m.read64(mc + SC_RBP);
        r[Cpu.RBX] = m.read64(mc + SC_RBX);
        r[Cpu.RDX] = m.read64(mc + SC_RDX);
        r[Cpu.RAX] = m.read64(mc + SC_RAX);
        r[Cpu.RCX] = m.read64(mc + SC_RCX);
        r[Cpu.RSP] = m.read64(mc + SC_RSP);
        long rip = m.read64(mc + SC_RIP);
        long eflags = m.read64(mc + SC_EFLAGS);
        long fx = m.read64(mc + SC_FPSTATE);
        long mask = m.read64(frame + UC_SIGMASK);
        long ss = m.read64(frame + UC_STACK);
        int ssFlags = m.read32(frame + UC_STACK + 8);
        long ssSize = m.read64(frame + UC_STACK + 16);
        if (fx != 0) {
            // Reserved MXCSR bits would #GP in FXRSTOR; the kernel masks them. Mask them.
            SseState.loadImage(cpu, fx, true, m.read32(fx + 24) & Mxcsr.WRITABLE);
        }
        System.arraycopy(r, 0, cpu.r, 0, 16);
        cpu.rip = rip;
        Flags.setRflags(cpu, eflags, FIX_EFLAGS);
        t.signals.blocked = mask & ~Signals.UNBLOCKABLE;
        // restore_altstack: same rules as sigaltstack(2); errors are ignored as the kernel does.
        ThreadSignals ts = t.signals;
        if (!ts.onAltStack(cpu.r[Cpu.RSP])) {
            if ((ssFlags & ThreadSignals.SS_DISABLE) != 0) {
                ts.altSp = 0;
                ts.altSize = 0;
                ts.altFlags = ThreadSignals.SS_DISABLE;
            } else if (ssSize >= MIN_SIGSTACK) {
                ts.altSp = ss;
                ts.altSize = ssSize;
                ts.altFlags = ssFlags & ThreadSignals.SS_AUTODISARM;
            }
        }
        return r[Cpu.RAX];
    }
}
