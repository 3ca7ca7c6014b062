package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.mmu.Access;
import dev.ring3.mmu.GuestFault;

/**
 * The legacy vsyscall page at 0xffffffffff600000 as Linux emulates it with vsyscall=xonly, its
 * default (arch/x86/entry/vsyscall/vsyscall_64.c, emulate_vsyscall): a call to its gettimeofday
 * (offset 0), time (0x400) or getcpu (0x800) faults on the instruction fetch, and the kernel makes
 * the system call and returns to the caller as RET would: RAX = the result, RIP = the address
 * popped from the stack. Any other address in the page, a stack it cannot read and a call that
 * fails with EFAULT (a result pointer it cannot write) are SIGSEGV with SI_KERNEL and address 0
 * (the kernel's force_sig). These calls are not traced: ptrace's syscall stops are never reached,
 * so strace does not show them either.
 */
final class Vsyscall {
    static final long BASE = 0xffffffffff600000L;
    private static final int GETTIMEOFDAY = 96, TIME = 201, GETCPU = 309;

    private Vsyscall() {}

    /** True if {@code f} is an instruction fetch inside the page (then {@link #call} handles it). */
    static boolean entered(Task t, GuestFault f) {
        long addr = f.address();
        return f.access() == Access.EXECUTE && addr == t.cpu.rip && (addr & ~0xFFFL) == BASE;
    }

    /**
     * Makes the call the fetched entry point stands for and returns to the caller; returns true if
     * the thread goes on (also when a guest handler runs for a SIGSEGV), false if it died.
     */
    static boolean call(Task t, GuestFault f) {
        Cpu cpu = t.cpu;
        int off = (int) (f.address() & 0xFFF);
        int nr = off == 0 ? GETTIMEOFDAY : off == 0x400 ? TIME : off == 0x800 ? GETCPU : -1;
        if (nr < 0) {
            return sigsegv(t, "misaligned vsyscall");
        }
        long caller;
        try {
            caller = cpu.mem.read64(cpu.r[Cpu.RSP]);
        } catch (GuestFault bad) {
            return sigsegv(t, "vsyscall with a bad stack");
        }
        long ret;
        try {
            ret = SyscallTable.get().get(nr).handler().call(t, cpu.r[Cpu.RDI], cpu.r[Cpu.RSI], 0, 0, 0, 0);
        } catch (GuestFault bad) {
            ret = -Errno.EFAULT;
        }
        if (ret == -Errno.EFAULT) {
            return sigsegv(t, "vsyscall fault");
        }
        cpu.r[Cpu.RAX] = ret;
        cpu.rip = caller;
        cpu.r[Cpu.RSP] += 8;
        return true;
    }

    private static boolean sigsegv(Task t, String why) {
        return SignalDelivery.force(t, Signals.SIGSEGV, ThreadSignals.SI_KERNEL, 0, FaultSignals.TRAPNO_PF,
                SignalDelivery.PF_USER | SignalDelivery.PF_INSTR,
                "SIGSEGV (" + why + "), " + SignalDelivery.ripDetail(t.cpu));
    }
}
