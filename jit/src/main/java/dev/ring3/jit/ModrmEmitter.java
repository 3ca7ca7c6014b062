package dev.ring3.jit;

import dev.ring3.interp.Insn;

/**
 * What the emitters of ModRM forms share: the guest registers are the ones the operands name, a
 * fault can come only from the memory operand, and, unless an emitter says otherwise (LOCK on a
 * memory destination), they take every operand size at 64-bit addressing without LOCK (which
 * such forms answer with #UD: the semantics raise it).
 */
abstract class ModrmEmitter implements InsnEmitter {
    @Override
    public boolean accepts(Insn in) {
        return in.addrsize == 8 && (in.prefixes & Insn.P_LOCK) == 0;
    }

    @Override
    public int registers(Insn in) {
        return InsnEmitter.operandRegisters(in);
    }

    @Override
    public boolean mayFault(Insn in) {
        return InsnEmitter.memoryOperand(in);
    }
}
