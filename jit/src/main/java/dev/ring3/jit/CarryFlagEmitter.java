package dev.ring3.jit;

import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;

/**
 * An emitter that writes CF alone and keeps the other flags: CF stays pending as a 0/1 local
 * ({@link FlagRecord#CARRY}), so a JC/JNC, SETC or CMOVC after it tests that local.
 */
interface CarryFlagEmitter extends InsnEmitter {
    @Override
    default int flagKind(Insn in) {
        return FlagRecord.CARRY;
    }

    @Override
    default int flagsWritten(Insn in) {
        return Flags.CF;
    }
}
