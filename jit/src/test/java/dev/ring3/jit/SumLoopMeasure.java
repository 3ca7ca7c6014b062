package dev.ring3.jit;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.ExecutionEngine;

/**
 * Not a test: times a guest loop summing 1..1e8 (3 instructions per iteration) in each JIT mode and
 * prints nanoseconds per guest instruction. Timings never go in tests (STYLE.md); run with
 * {@code java -cp <test classpath> dev.ring3.jit.SumLoopMeasure [iterations [OFF,ALL,ON]]}.
 */
public final class SumLoopMeasure {
    private SumLoopMeasure() {}

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 100_000_000L;
        String imm = String.format("%08x", Integer.reverseBytes((int) n));
        // xor eax,eax; mov ecx,n; L: add rax,rcx; dec rcx; jnz L; syscall
        String code = "31c0b9" + imm + "4801c848ffc975f80f05";
        System.out.println("JDK " + System.getProperty("java.version") + ", sum 1.." + n);
        String[] modes = args.length > 1 ? args[1].split(",") : new String[] {"OFF", "ALL", "ON"};
        for (String mode : modes) {
            for (int rep = 0; rep < 2; rep++) {
                try (Guest g = new Guest()) {
                    g.code(code);
                    ExecutionEngine e = new JitEngine(JitEngine.Mode.valueOf(mode));
                    long t0 = System.nanoTime();
                    g.run(e);
                    long dt = System.nanoTime() - t0;
                    if (g.cpu.r[Cpu.RAX] != n * (n + 1) / 2) {
                        throw new AssertionError("wrong sum " + g.cpu.r[Cpu.RAX]);
                    }
                    System.out.printf("%-4s run %d: %7.1f ms, %.3f ns/guest insn (%d insns)%n", mode, rep,
                            dt / 1e6, (double) dt / g.cpu.instructions, g.cpu.instructions);
                }
            }
        }
    }
}
