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

    /**
     * Called by the engine at a block boundary when {@link Cpu#attention} is set (RIP and the
     * registers are then a consistent user-mode state): the personality delivers what is pending
     * or ends the thread with {@link GuestExit}. The default only clears the flag.
     */
    default void attention(Cpu cpu) {
        cpu.attention = false;
    }
}
