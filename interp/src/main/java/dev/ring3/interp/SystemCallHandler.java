package dev.ring3.interp;

/**
 * What the SYSCALL instruction calls: the operating-system personality (ring3's Linux lives in the
 * syscalls module). The CPU has already put the return RIP in RCX and RFLAGS in R11; the handler
 * reads the number and arguments from the registers and leaves the result in RAX. It may throw
 * {@link GuestExit} to end the thread.
 */
@FunctionalInterface
public interface SystemCallHandler {
    void syscall(Cpu cpu);
}
