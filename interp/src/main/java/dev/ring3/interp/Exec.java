package dev.ring3.interp;

/**
 * The semantics of one instruction form: a static method {@code void name(Cpu, Insn)} referenced
 * from the opcode table. The interpreter calls it; the JIT's default is to emit a call to the same
 * method (DESIGN.md decision 3).
 */
@FunctionalInterface
public interface Exec {
    void exec(Cpu cpu, Insn insn);
}
