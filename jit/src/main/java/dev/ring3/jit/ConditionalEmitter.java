package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.GOTO;

import dev.ring3.interp.Insn;
import net.bytebuddy.jar.asm.Label;

/**
 * SETcc Eb and CMOVcc Gv,Ev as in {@code Conditional}: the condition is a JVM compare on the
 * pending operands when the producer is known ({@link JccEmitter#emitCond}); CMOVcc always reads
 * its source (a bad address faults even when nothing moves) and a 32-bit destination is
 * zero-extended either way.
 */
final class ConditionalEmitter extends ModrmEmitter {
    private final boolean cmov;

    ConditionalEmitter(boolean cmov) {
        this.cmov = cmov;
    }

    @Override
    public int registers(Insn in) {
        if (cmov) {
            return super.registers(in);
        }
        // SETcc ignores ModRM.reg: only the E operand's registers.
        return (in.rm >= 0 ? InsnEmitter.bit(in.rm) : 0) | (in.base >= 0 ? 1 << in.base : 0)
                | (in.index >= 0 ? 1 << in.index : 0);
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        int v = EmitContext.temp(0);
        Label taken = new Label(), done = new Label();
        if (cmov) {
            int size = in.opsize;
            cx.loadE(in, size);
            cx.lstore(v);
            JccEmitter.emitCond(cx, in.cond, taken);
            if (size == 4) {
                cx.loadReg(in.reg, 4);
                cx.storeReg(in.reg, 4);
            }
            cx.mv.visitJumpInsn(GOTO, done);
            cx.mv.visitLabel(taken);
            cx.lload(v);
            cx.storeReg(in.reg, size);
            cx.mv.visitLabel(done);
            return;
        }
        JccEmitter.emitCond(cx, in.cond, taken);
        cx.pushLong(0);
        cx.mv.visitJumpInsn(GOTO, done);
        cx.mv.visitLabel(taken);
        cx.pushLong(1);
        cx.mv.visitLabel(done);
        cx.lstore(v);
        cx.storeE(in, 1, v);
    }
}
