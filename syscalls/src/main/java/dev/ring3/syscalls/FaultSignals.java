package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.CpuException;
import dev.ring3.interp.Decoder;
import dev.ring3.interp.Insn;
import dev.ring3.interp.Operands;
import dev.ring3.mmu.Access;
import dev.ring3.mmu.GuestFault;

/**
 * Translates what the CPU raises into the signal Linux sends (arch/x86/kernel/traps.c, fault.c):
 * a guest memory fault is SIGSEGV with si_addr and SEGV_MAPERR/ACCERR, #DE is SIGFPE FPE_INTDIV,
 * #UD is SIGILL ILL_ILLOPN, #GP is SIGSEGV SI_KERNEL with si_addr 0, #SS is SIGBUS SI_KERNEL with
 * si_addr 0, #AC is SIGBUS BUS_ADRALN with si_addr 0, INT3 is SIGTRAP, #XM and #MF
 * are SIGFPE with the code of the first unmasked exception flag.
 */
final class FaultSignals {
    static final int FPE_INTDIV = 1, FPE_FLTDIV = 3, FPE_FLTOVF = 4, FPE_FLTUND = 5, FPE_FLTRES = 6,
            FPE_FLTINV = 7;
    static final int ILL_ILLOPN = 2;
    static final int BUS_ADRALN = 1;
    static final int TRAP_BRKPT = 1;
    static final int TRAPNO_PF = 14;

    private FaultSignals() {}

    /** Returns true if a guest handler now runs, false if the process died. */
    static boolean segv(Task t, GuestFault f) {
        if (Vsyscall.entered(t, f)) {
            return Vsyscall.call(t, f);
        }
        if (f.nonCanonical()) {
            // #GP, or #SS through the stack segment, not #PF (as the host)
            int vector = CpuException.GP;
            try {
                Insn in = new Decoder().decode(t.cpu.mem, t.cpu.rip);
                vector = Operands.nonCanonicalVector(t.cpu, in, f.address());
            } catch (RuntimeException e) {
                // the fetch itself was the non-canonical access: #GP
            }
            return cpuException(t, new CpuException(vector));
        }
        long err = SignalDelivery.PF_USER
                | (f.access() == Access.WRITE ? SignalDelivery.PF_WRITE : 0)
                | (f.code() == GuestFault.SEGV_ACCERR ? SignalDelivery.PF_PROT : 0)
                | (f.access() == Access.EXECUTE ? SignalDelivery.PF_INSTR : 0);
        if (f.bus()) {
            // do_sigbus: a page of a file mapping past the end of the file
            String detail = String.format("SIGBUS at address 0x%x (%s, past the end of the mapped file), %s",
                    f.address(), f.access().word(), SignalDelivery.ripDetail(t.cpu));
            return SignalDelivery.force(t, Signals.SIGBUS, f.siCode(), f.address(), TRAPNO_PF, err, detail);
        }
        String detail = String.format("SIGSEGV at address 0x%x (%s, %s), %s", f.address(), f.access().word(),
                f.code() == GuestFault.SEGV_MAPERR ? "not mapped" : "permission denied",
                SignalDelivery.ripDetail(t.cpu));
        return SignalDelivery.force(t, Signals.SIGSEGV, f.code(), f.address(), TRAPNO_PF, err, detail);
    }

    static boolean cpuException(Task t, CpuException x) {
        Cpu cpu = t.cpu;
        switch (x.vector()) {
            case CpuException.DE:
                return SignalDelivery.force(t, Signals.SIGFPE, FPE_INTDIV, cpu.rip, x.vector(), 0,
                        "SIGFPE: " + (x.detail() == 2 ? "integer quotient overflow" : "integer divide by zero")
                        + ", " + SignalDelivery.ripDetail(cpu));
            case CpuException.UD:
                return SignalDelivery.force(t, Signals.SIGILL, ILL_ILLOPN, cpu.rip, x.vector(), 0,
                        "SIGILL: invalid or unsupported instruction, " + SignalDelivery.ripDetail(cpu));
            case CpuException.GP: // the error code in the frame's err: INT n's names its IDT entry
                return SignalDelivery.force(t, Signals.SIGSEGV, ThreadSignals.SI_KERNEL, 0, x.vector(), x.detail(),
                        "SIGSEGV: general protection fault, " + SignalDelivery.ripDetail(cpu));
            case CpuException.SS:
                return SignalDelivery.force(t, Signals.SIGBUS, ThreadSignals.SI_KERNEL, 0, x.vector(), 0,
                        "SIGBUS: stack-segment fault (a non-canonical stack address), " + SignalDelivery.ripDetail(cpu));
            case CpuException.AC: // arch/x86/kernel/traps.c exc_alignment_check: AC set, so not a split lock
                return SignalDelivery.force(t, Signals.SIGBUS, BUS_ADRALN, 0, x.vector(), 0,
                        "SIGBUS: alignment check (RFLAGS.AC set, a misaligned access), " + SignalDelivery.ripDetail(cpu));
            case CpuException.BP: // traps: RIP is already past the instruction, as the kernel reports it
                return SignalDelivery.force(t, Signals.SIGTRAP, ThreadSignals.SI_KERNEL, 0, x.vector(), 0,
                        "SIGTRAP: breakpoint (int3), " + trapDetail(cpu));
            case CpuException.OF:
                return SignalDelivery.force(t, Signals.SIGSEGV, ThreadSignals.SI_KERNEL, 0, x.vector(), 0,
                        "SIGSEGV: overflow trap (int $4), " + trapDetail(cpu));
            case CpuException.DB:
                return SignalDelivery.force(t, Signals.SIGTRAP, x.detail(), cpu.rip, x.vector(), 0,
                        x.detail() == CpuException.TRAP_TRACE ? "SIGTRAP: single step (TF), " + SignalDelivery.ripDetail(cpu)
                        : "SIGTRAP: int1, " + trapDetail(cpu));
            case CpuException.XM:
            case CpuException.MF: {
                int flags = x.detail() != 0 ? x.detail()
                        : (x.vector() == CpuException.XM ? cpu.mxcsr : cpu.fpuStatus) & 0x3F;
                int code = fpeCode(flags);
                return SignalDelivery.force(t, Signals.SIGFPE, code, cpu.rip, x.vector(), 0,
                        "SIGFPE: floating-point exception (flags 0x" + Integer.toHexString(flags) + "), "
                        + SignalDelivery.ripDetail(cpu));
            }
            default:
                return SignalDelivery.force(t, Signals.SIGSEGV, ThreadSignals.SI_KERNEL, 0, x.vector(), 0,
                        "SIGSEGV: CPU exception " + x.vector() + ", " + SignalDelivery.ripDetail(cpu));
        }
    }

    /** The kernel's fpu__exception_code order: invalid, divide, overflow, underflow/denormal, precision. */
    static int fpeCode(int flags) {
        if ((flags & 0x01) != 0) {
            return FPE_FLTINV;
        }
        if ((flags & 0x04) != 0) {
            return FPE_FLTDIV;
        }
        if ((flags & 0x08) != 0) {
            return FPE_FLTOVF;
        }
        if ((flags & 0x12) != 0) {
            return FPE_FLTUND;
        }
        if ((flags & 0x20) != 0) {
            return FPE_FLTRES;
        }
        return 0;
    }

    /**
     * {@link SignalDelivery#ripDetail} for a trap, whose RIP is past the instruction: names the
     * instruction before it (CC or F1, else a two-byte INT n).
     */
    private static String trapDetail(Cpu cpu) {
        long rip = cpu.rip;
        byte[] b = new byte[1];
        if (cpu.mem.protAt(rip - 1) >= 0) {
            cpu.mem.peek(rip - 1, b, 0, 1);
        }
        int last = b[0] & 0xFF;
        cpu.rip = rip - (last == 0xCC || last == 0xF1 ? 1 : 2);
        try {
            return SignalDelivery.ripDetail(cpu);
        } finally {
            cpu.rip = rip;
        }
    }
}
