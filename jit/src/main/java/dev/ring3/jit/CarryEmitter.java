package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.LXOR;

import dev.ring3.interp.Insn;

/**
 * CLC, STC and CMC as the interpreter's {@code FlagOps}: CF cleared, set or complemented, the
 * other flags kept ({@link FlagRecord#CARRY}).
 */
final class CarryEmitter implements CarryFlagEmitter {
    static final int CLC = 0, STC = 1, CMC = 2;

    private final int op;

    CarryEmitter(int op) {
        this.op = op;
    }

    @Override
    public boolean accepts(Insn in) {
        return true;
    }

    @Override
    public int registers(Insn in) {
        return 0;
    }

    @Override
    public boolean mayFault(Insn in) {
        return false;
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        int f = EmitContext.temp(0);
        if (op == CMC) {
            cx.carryInto(f);
            cx.lload(f);
            cx.pushLong(1);
            cx.mv.visitInsn(LXOR);
        } else {
            cx.pushLong(op);
        }
        cx.lstore(f);
        cx.flagsCarry(f);
    }
}
