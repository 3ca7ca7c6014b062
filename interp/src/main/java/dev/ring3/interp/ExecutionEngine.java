package dev.ring3.interp;

/**
 * Runs a guest thread's instructions (the interpreter, or later the JIT with the interpreter as
 * fallback). {@link #run} returns only by exception: {@link GuestExit} when the thread ends,
 * {@link dev.ring3.mmu.GuestFault} or {@link CpuException} for a fault, with {@code cpu.rip} then
 * pointing at the faulting instruction and the registers as they were before it.
 */
public interface ExecutionEngine {
    void run(Cpu cpu);
}
