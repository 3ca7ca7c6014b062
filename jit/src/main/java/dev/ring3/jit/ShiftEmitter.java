package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.GOTO;
import static net.bytebuddy.jar.asm.Opcodes.I2L;
import static net.bytebuddy.jar.asm.Opcodes.IAND;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.ISUB;
import static net.bytebuddy.jar.asm.Opcodes.L2I;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;
import static net.bytebuddy.jar.asm.Opcodes.LOR;
import static net.bytebuddy.jar.asm.Opcodes.LSHL;
import static net.bytebuddy.jar.asm.Opcodes.LSHR;
import static net.bytebuddy.jar.asm.Opcodes.LUSHR;
import static net.bytebuddy.jar.asm.Opcodes.LXOR;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import dev.ring3.interp.UndefinedFlags;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * SHL/SAL SHR SAR ROL ROR by an immediate, by 1 and by CL, at every size, as the interpreter's
 * {@code Shift} computes them: the count masked to 5 bits (6 at 64 bits); a masked count of zero
 * changes nothing but still reads the operand and clears bits 63..32 of a 32-bit register. Shifts
 * leave lazy flags pending (the count in the second operand slot); rotates set CF and OF
 * ({@code Shift.rotateCfOf}, whose undefined OF follows the host's vendor) and keep the other
 * flags ({@link FlagRecord#MERGE}).
 */
final class ShiftEmitter extends ModrmEmitter {
    static final int ROL = 0, ROR = 1, SHL = 4, SHR = 5, SAR = 7;
    /** Where the count comes from. */
    static final int BY_IMM = 0, BY_ONE = 1, BY_CL = 2;

    private final int op;
    private final int count;

    ShiftEmitter(int op, int count) {
        this.op = op;
        this.count = count;
    }

    @Override
    public int registers(Insn in) {
        return super.registers(in) | (count == BY_CL ? 1 << Cpu.RCX : 0);
    }

    @Override
    public int flagKind(Insn in) {
        if (count == BY_CL || constantCount(in) == 0) {
            return -1;
        }
        switch (op) {
            case SHL: return Flags.OP_SHL;
            case SHR: return Flags.OP_SHR;
            case SAR: return Flags.OP_SAR;
            default: return -1;
        }
    }

    @Override
    public int flagsWritten(Insn in) {
        if (count == BY_CL || constantCount(in) == 0) {
            return 0; // a count of zero writes no flags
        }
        if (op == ROL || op == ROR) {
            return keepsOf(in) ? Flags.CF : Flags.CF | Flags.OF;
        }
        return Flags.OSZAPC;
    }

    /** ROL/ROR of a register by an immediate above 1 leaves OF alone on Intel ({@code Shift.rotateImmCfOf}). */
    private boolean keepsOf(Insn in) {
        return UndefinedFlags.INTEL && count == BY_IMM && in.rm >= 0 && constantCount(in) != 1;
    }

    @Override
    public int flagsRead(Insn in) {
        return 0; // the row's reads stand for a zero count, which writes none (flagsWritten)
    }

    private int constantCount(Insn in) {
        return (count == BY_ONE ? 1 : (int) in.imm) & (in.opsize == 8 ? 63 : 31);
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int size = in.opsize;
        int a = EmitContext.temp(0), n = EmitContext.temp(1), r = EmitContext.temp(2), f = EmitContext.temp(3);
        cx.loadE(in, size);
        cx.lstore(a);
        Label zero = null;
        if (count == BY_CL) {
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
            int k = constantCount(in);
            if (k == 0) {
                zeroCount(cx, in, size);
                return;
            }
            cx.pushLong(k);
            cx.lstore(n);
        }
        result(cx, size, a, n, f);
        cx.lstore(r);
        cx.storeE(in, size, r);
        switch (op) {
            case SHL: cx.flags(Flags.OP_SHL, size, a, n, r); break;
            case SHR: cx.flags(Flags.OP_SHR, size, a, n, r); break;
            case SAR: cx.flags(Flags.OP_SAR, size, a, n, r); break;
            default:
                cx.pushInt(op == ROL ? 1 : 0);
                cx.pushInt(size);
                cx.lload(a);
                cx.lload(r);
                mv.visitMethodInsn(INVOKESTATIC, "dev/ring3/interp/Shift", "rotateCfOf", "(ZIJJ)J", false);
                if (keepsOf(in)) {
                    cx.pushLong(Flags.CF);
                    mv.visitInsn(LAND);
                }
                cx.lstore(f);
                cx.flagsMerge(f, keepsOf(in) ? Flags.CF : Flags.CF | Flags.OF);
                break;
        }
        if (zero != null) {
            Label done = new Label();
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(zero);
            zeroCount(cx, in, size);
            mv.visitLabel(done);
            cx.forgetPending();
        }
    }

    /** A masked count of zero: only a 32-bit register destination changes (bits 63..32 clear). */
    static void zeroCount(EmitContext cx, Insn in, int size) {
        if (in.rm >= 0 && size == 4) {
            cx.loadReg(in.rm, 4);
            cx.storeReg(in.rm, 4);
        }
    }

    /** Pushes the result of shifting local a by local n (1..63); may use local k. */
    private void result(EmitContext cx, int size, int a, int n, int k) {
        MethodVisitor mv = cx.mv;
        int bits = size << 3;
        switch (op) {
            case SHL: case SHR: case SAR:
                cx.lload(a);
                if (op == SAR) {
                    MoveEmitter.signExtend(cx, size);
                }
                cx.lload(n);
                mv.visitInsn(L2I);
                mv.visitInsn(op == SHL ? LSHL : op == SHR ? LUSHR : LSHR);
                return;
            default:
                break;
        }
        String name = op == ROL ? "rotateLeft" : "rotateRight";
        if (size == 8) {
            cx.lload(a);
            cx.lload(n);
            mv.visitInsn(L2I);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", name, "(JI)J", false);
        } else if (size == 4) {
            cx.lload(a);
            mv.visitInsn(L2I);
            cx.lload(n);
            mv.visitInsn(L2I);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", name, "(II)I", false);
            mv.visitInsn(I2L);
            cx.mask32();
        } else {
            // k = n mod bits; (a << k | a >>> (bits - k)) & mask for ROL, mirrored for ROR.
            cx.lload(n);
            mv.visitInsn(L2I);
            mv.visitLdcInsn(bits - 1);
            mv.visitInsn(IAND);
            mv.visitInsn(I2L);
            cx.lstore(k);
            cx.lload(a);
            cx.lload(k);
            mv.visitInsn(L2I);
            mv.visitInsn(op == ROL ? LSHL : LUSHR);
            cx.lload(a);
            mv.visitLdcInsn(bits);
            cx.lload(k);
            mv.visitInsn(L2I);
            mv.visitInsn(ISUB);
            mv.visitInsn(op == ROL ? LUSHR : LSHL);
            mv.visitInsn(LOR);
            cx.pushLong(Flags.mask(size));
            mv.visitInsn(LAND);
        }
    }
}
