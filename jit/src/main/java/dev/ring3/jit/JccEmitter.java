package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.I2L;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.IFGE;
import static net.bytebuddy.jar.asm.Opcodes.IFGT;
import static net.bytebuddy.jar.asm.Opcodes.IFLE;
import static net.bytebuddy.jar.asm.Opcodes.IFLT;
import static net.bytebuddy.jar.asm.Opcodes.IFNE;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.L2I;
import static net.bytebuddy.jar.asm.Opcodes.LADD;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;
import static net.bytebuddy.jar.asm.Opcodes.LXOR;
import static net.bytebuddy.jar.asm.Opcodes.GOTO;

import dev.ring3.interp.Flags;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * Jcc as a JVM compare-and-branch. After an emitted CMP/SUB, TEST/AND/OR/XOR, ADD, INC or DEC in
 * the same block the condition is computed from the operands kept in the flag locals (Flags.cond's
 * shortcuts, done at compile time); otherwise it asks {@code Flags.cond} about the recorded flags.
 */
final class JccEmitter {
    private JccEmitter() {}

    /** True if condition {@code cc} after an operation of {@code kind} is decided from its operands. */
    static boolean fusable(int kind, int cc) {
        switch (kind) {
            case Flags.OP_SUB:
                return cc >= 2 && cc <= 9 || cc >= 0xC;
            case Flags.OP_LOGIC:
                return cc >= 2 && cc <= 9 || cc >= 0xC;
            case Flags.OP_ADD:
                return cc >= 2 && cc <= 5 || cc == 8 || cc == 9;
            case Flags.OP_INC: case Flags.OP_DEC:
                return cc == 4 || cc == 5 || cc == 8 || cc == 9;
            default:
                return false;
        }
    }

    /** Branches to {@code taken} if condition {@code cc} holds after the fused operation. */
    static void emitFused(EmitContext cx, int kind, int size, int cc, Label taken) {
        MethodVisitor mv = cx.mv;
        if (cc == 8 || cc == 9 || (kind == Flags.OP_LOGIC && cc >= 0xC)) {
            // Sign of the result (S, NS; L GE LE G after a logic op, where OF = 0).
            signed(cx, EmitContext.FRES, size);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            int op;
            switch (cc) {
                case 8: case 0xC: op = IFLT; break;
                case 9: case 0xD: op = IFGE; break;
                case 0xE: op = IFLE; break;
                default: op = IFGT; break;
            }
            mv.visitJumpInsn(op, taken);
            return;
        }
        if (kind != Flags.OP_SUB && (cc == 4 || cc == 5 || (kind == Flags.OP_LOGIC && (cc == 6 || cc == 7)))) {
            // Z, NZ from the result; BE = Z and A = NZ after a logic op (CF = 0).
            unsigned(cx, EmitContext.FRES, size);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(cc == 4 || cc == 6 ? IFEQ : IFNE, taken);
            return;
        }
        if (kind == Flags.OP_LOGIC) {
            if (cc == 3) {
                mv.visitJumpInsn(GOTO, taken); // AE: CF = 0
            }
            return; // B: never
        }
        if (kind == Flags.OP_ADD) {
            // B / AE: the carry out, as (res & mask) <u (a & mask).
            unsigned(cx, EmitContext.FRES, size);
            flipSign(mv);
            unsigned(cx, EmitContext.FA, size);
            flipSign(mv);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(cc == 2 ? IFLT : IFGE, taken);
            return;
        }
        // OP_SUB: compare the operands.
        boolean isSigned = cc >= 0xC;
        if (cc == 4 || cc == 5) {
            cx.lload(EmitContext.FA);
            cx.lload(EmitContext.FB);
            mv.visitInsn(LXOR);
            if (size == 4) {
                cx.mask32();
            }
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(cc == 4 ? IFEQ : IFNE, taken);
            return;
        }
        if (isSigned) {
            signed(cx, EmitContext.FA, size);
            signed(cx, EmitContext.FB, size);
        } else {
            unsigned(cx, EmitContext.FA, size);
            flipSign(mv);
            unsigned(cx, EmitContext.FB, size);
            flipSign(mv);
        }
        mv.visitInsn(LCMP);
        int op;
        switch (cc) {
            case 2: case 0xC: op = IFLT; break;
            case 3: case 0xD: op = IFGE; break;
            case 6: case 0xE: op = IFLE; break;
            default: op = IFGT; break;
        }
        mv.visitJumpInsn(op, taken);
    }

    /** Branches to {@code taken} if {@code Flags.cond(cpu, cc)}: flags recorded in the CPU. */
    static void emitFromCpu(EmitContext cx, int cc, Label taken) {
        cx.mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
        cx.mv.visitLdcInsn(cc);
        cx.mv.visitMethodInsn(INVOKESTATIC, EmitContext.FLAGS, "cond", "(L" + EmitContext.CPU + ";I)Z", false);
        cx.mv.visitJumpInsn(IFNE, taken);
    }

    private static void signed(EmitContext cx, int slot, int size) {
        cx.lload(slot);
        if (size == 4) {
            cx.mv.visitInsn(L2I);
            cx.mv.visitInsn(I2L);
        }
    }

    private static void unsigned(EmitContext cx, int slot, int size) {
        cx.lload(slot);
        if (size == 4) {
            cx.mask32();
        }
    }

    /** x + Long.MIN_VALUE: unsigned order becomes signed order (C2 folds the pair into one compare). */
    private static void flipSign(MethodVisitor mv) {
        mv.visitLdcInsn(Long.MIN_VALUE);
        mv.visitInsn(LADD);
    }
}
