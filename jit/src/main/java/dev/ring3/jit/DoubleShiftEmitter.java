package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.GOTO;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.L2I;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * SHLD and SHRD Ev,Gv by Ib and by CL at 16, 32 and 64 bits, through the interpreter's own
 * {@code Shift.doubleShiftResult} and {@code doubleShiftFlags} (small static methods C2 inlines
 * and folds for the constant direction and size): the count masked to 5 bits (6 at 64 bits); a
 * masked count of zero changes no flags but still clears bits 63..32 of a 32-bit register. SHLD
 * by a constant count below the width leaves the interpreter's lazy SHL record pending; every
 * other case leaves its OSZAPC bits eagerly (undefined ones as the host sets them, docs/quirks.md).
 */
final class DoubleShiftEmitter extends ModrmEmitter {
    private static final String SHIFT = "dev/ring3/interp/Shift";

    private final boolean left;
    private final boolean byCl;

    DoubleShiftEmitter(boolean left, boolean byCl) {
        this.left = left;
        this.byCl = byCl;
    }

    @Override
    public int registers(Insn in) {
        return super.registers(in) | (byCl ? 1 << Cpu.RCX : 0);
    }

    @Override
    public int flagKind(Insn in) {
        if (byCl) {
            return -1; // a zero count writes no flags: unknown at compile time
        }
        int n = constantCount(in);
        if (n == 0) {
            return -1;
        }
        return lazy(in.opsize, n) ? Flags.OP_SHL : Flags.OP_EAGER;
    }

    @Override
    public int flagsWritten(Insn in) {
        return byCl || constantCount(in) == 0 ? 0 : Flags.OSZAPC; // a count of zero writes no flags
    }

    @Override
    public int flagsRead(Insn in) {
        return 0; // the row's reads stand for a zero count, which writes none (flagsWritten)
    }

    private static int constantCount(Insn in) {
        return (int) in.imm & (in.opsize == 8 ? 63 : 31);
    }

    /** SHLD by a count below the width: CF, OF and AF read from the interpreter's SHL record. */
    private boolean lazy(int size, int n) {
        return left && n < size << 3;
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int size = in.opsize;
        int a = EmitContext.temp(0), n = EmitContext.temp(1), r = EmitContext.temp(2), f = EmitContext.temp(3);
        cx.loadE(in, size);
        cx.lstore(a);
        Label zero = null;
        int k = -1;
        if (byCl) {
            cx.loadReg(Cpu.RCX, 8);
            cx.pushLong(size == 8 ? 63 : 31);
            mv.visitInsn(LAND);
            cx.lstore(n);
            zero = new Label();
            cx.lload(n);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFEQ, zero);
        } else {
            k = constantCount(in);
            if (k == 0) {
                ShiftEmitter.zeroCount(cx, in, size);
                return;
            }
            cx.pushLong(k);
            cx.lstore(n);
        }
        // r = Shift.doubleShiftResult(left, size, a, G, n)
        cx.pushInt(left ? 1 : 0);
        cx.pushInt(size);
        cx.lload(a);
        cx.loadReg(in.reg, size);
        cx.lload(n);
        mv.visitInsn(L2I);
        mv.visitMethodInsn(INVOKESTATIC, SHIFT, "doubleShiftResult", "(ZIJJI)J", false);
        cx.lstore(r);
        cx.storeE(in, size, r);
        if (!byCl && lazy(size, k)) {
            cx.flags(Flags.OP_SHL, size, a, n, r);
            return;
        }
        // Flags nothing can see before they are overwritten are not computed (the older pending
        // ones stay, as after a zero count).
        if (cx.flagsLive != 0 || cx.feedsJcc) {
            cx.pushInt(left ? 1 : 0);
            cx.pushInt(size);
            cx.lload(a);
            cx.loadReg(in.reg, size);
            cx.lload(n);
            mv.visitInsn(L2I);
            cx.lload(r);
            mv.visitMethodInsn(INVOKESTATIC, SHIFT, "doubleShiftFlags", "(ZIJJIJ)J", false);
            cx.lstore(f);
            cx.flags(Flags.OP_EAGER, size, -1, -1, f);
        }
        if (zero != null) {
            Label done = new Label();
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(zero);
            ShiftEmitter.zeroCount(cx, in, size);
            mv.visitLabel(done);
            cx.forgetPending();
        }
    }
}
