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
     * What INT 0x80 calls: the 32-bit system-call ABI (i386 numbers in EAX, arguments in EBX,
     * ECX, EDX, ESI, EDI, EBP), which Linux built with IA32_EMULATION gives 64-bit programs too.
     * RIP is already past the instruction. The default is a personality without it: #GP, as an
     * IDT gate user mode may not use.
     */
    default void int80(Cpu cpu) {
        throw new CpuException(CpuException.GP, 0x80 << 3 | 2);
    }

    /**
     * Called by the engine at a block boundary when {@link Cpu#attention} is set (RIP and the
     * registers are then a consistent user-mode state): the personality delivers what is pending
     * or ends the thread with {@link GuestExit}. The default only clears the flag.
     */
    default void attention(Cpu cpu) {
        cpu.attention = false;
    }
}
