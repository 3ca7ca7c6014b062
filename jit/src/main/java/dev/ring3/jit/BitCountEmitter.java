package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.GOTO;
import static net.bytebuddy.jar.asm.Opcodes.I2L;
import static net.bytebuddy.jar.asm.Opcodes.IFNE;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.ISUB;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;
import static net.bytebuddy.jar.asm.Opcodes.LOR;

import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import dev.ring3.interp.UndefinedFlags;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * POPCNT, TZCNT and LZCNT Gv,Ev at 16, 32 and 64 bits as the interpreter's {@code Bits} and
 * {@code Bmi}: POPCNT sets ZF for a zero source and clears the rest ({@code OP_EAGER}); TZCNT and
 * LZCNT give the width for a zero source, CF = zero source, ZF = zero count, SF AF PF cleared and
 * OF kept on an AMD host, cleared on an Intel one ({@link FlagRecord#MERGE}, {@code UndefinedFlags}).
 */
final class BitCountEmitter extends ModrmEmitter {
    static final int POPCNT = 0, TZCNT = 1, LZCNT = 2;
    /** What TZCNT/LZCNT write: all but OF on an AMD host (it keeps OF), all six on an Intel one (OF = 0). */
    private static final int COUNT_FLAGS = UndefinedFlags.INTEL ? Flags.OSZAPC : Flags.OSZAPC & ~Flags.OF;

    private final int op;

    BitCountEmitter(int op) {
        this.op = op;
    }

    @Override
    public boolean accepts(Insn in) {
        return super.accepts(in) && in.opsize >= 2;
    }

    @Override
    public int flagKind(Insn in) {
        return op == POPCNT ? Flags.OP_EAGER : -1;
    }

    @Override
    public int flagsWritten(Insn in) {
        return op == POPCNT ? Flags.OSZAPC : COUNT_FLAGS;
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int size = in.opsize, bits = size << 3;
        int s = EmitContext.temp(0), n = EmitContext.temp(1), f = EmitContext.temp(2);
        cx.loadE(in, size);
        cx.lstore(s);
        switch (op) {
            case POPCNT:
                cx.lload(s);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "bitCount", "(J)I", false);
                break;
            case TZCNT: // 64 for a zero source: the width instead
                cx.lload(s);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "numberOfTrailingZeros", "(J)I", false);
                cx.pushInt(bits);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(II)I", false);
                break;
            default: // LZCNT: the operand is zero-extended to 64 bits
                cx.lload(s);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "numberOfLeadingZeros", "(J)I", false);
                cx.pushInt(64 - bits);
                mv.visitInsn(ISUB);
                break;
        }
        mv.visitInsn(I2L);
        cx.lstore(n);
        cx.lload(n);
        cx.storeReg(in.reg, size);
        if (op == POPCNT) {
            flagIfEqual(cx, s, 0, Flags.ZF);
            cx.lstore(f);
            cx.flags(Flags.OP_EAGER, size, -1, -1, f);
            return;
        }
        flagIfEqual(cx, n, bits, Flags.CF); // the count is the width only for a zero source
        flagIfEqual(cx, n, 0, Flags.ZF);
        mv.visitInsn(LOR);
        cx.lstore(f);
        cx.flagsMerge(f, COUNT_FLAGS);
    }

    /** Pushes {@code flag} (a long) if local {@code slot} equals {@code value}, else 0. */
    private static void flagIfEqual(EmitContext cx, int slot, long value, int flag) {
        MethodVisitor mv = cx.mv;
        Label differ = new Label(), done = new Label();
        cx.lload(slot);
        cx.pushLong(value);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFNE, differ);
        cx.pushLong(flag);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(differ);
        mv.visitInsn(LCONST_0);
        mv.visitLabel(done);
    }
}
