package dev.ring3.jit;

import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;

/**
 * A hand-written translation of one instruction form into bytecode (STYLE.md: emitters for the hot
 * core; everything else calls the interpreter's semantics). Emitters work on guest registers held
 * in JVM locals and record lazy flags only where flag liveness says they are read.
 */
interface InsnEmitter {
    /** True if this decoded instance (sizes, operands, prefixes) is one the emitter handles. */
    boolean accepts(Insn in);

    /** Guest registers it reads or writes, bit n for register n: they live in locals in the region. */
    int registers(Insn in);

    /** XMM registers it reads or writes, bit n for XMMn: they live in locals in the region too. */
    default int xmmRegisters(Insn in) {
        return 0;
    }

    /** The {@code Flags.OP_*} kind it leaves in the flag locals for a fused Jcc, or -1 if none. */
    default int flagKind(Insn in) {
        return -1;
    }

    /**
     * The OSZAPC flags the emitted code always writes (their earlier values are then dead), as the
     * interpreter's lazy flags define them: undefined flags included where the lazy kind gives them a
     * value, flags a MERGE keeps excluded. 0 (nothing is known to be overwritten) is always safe.
     */
    default int flagsWritten(Insn in) {
        return 0;
    }

    /**
     * The OSZAPC flags the emitted code reads. The table row's reads by default; a row that
     * declares its flags read only because some operand values leave them unchanged (a shift by a
     * count of zero) reads none when emitted: that case writes none ({@link #flagsWritten} 0).
     */
    default int flagsRead(Insn in) {
        return in.op.reads() & Flags.OSZAPC;
    }

    /**
     * True if the emitted code may leave the method by a fault, where the flags before the
     * instruction are seen (the signal frame holds them). True is always safe.
     */
    default boolean mayFault(Insn in) {
        return true;
    }

    void emit(EmitContext cx, Insn in);

    /** True if the ModRM operand is memory (LEA and hint NOPs have one but access none). */
    static boolean memoryOperand(Insn in) {
        return in.op.operands.hasModrm() && in.rm < 0;
    }

    /** Registers named by the ModRM operands (G, E register, base, index); AH..BH count as 0..3. */
    static int operandRegisters(Insn in) {
        int m = 0;
        if (in.reg >= 0) {
            m |= bit(in.reg);
        }
        if (in.rm >= 0) {
            m |= bit(in.rm);
        }
        if (in.base >= 0) {
            m |= 1 << in.base;
        }
        if (in.index >= 0) {
            m |= 1 << in.index;
        }
        return m;
    }

    /** The register mask bit of register operand n (HIGH_BYTE + n: AH..BH live in register n). */
    static int bit(int n) {
        return 1 << (n >= Insn.HIGH_BYTE ? n - Insn.HIGH_BYTE : n);
    }
}
