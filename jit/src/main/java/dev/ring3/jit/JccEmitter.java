package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.I2B;
import static net.bytebuddy.jar.asm.Opcodes.I2S;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.IFGE;
import static net.bytebuddy.jar.asm.Opcodes.IFGT;
import static net.bytebuddy.jar.asm.Opcodes.IFLE;
import static net.bytebuddy.jar.asm.Opcodes.IFLT;
import static net.bytebuddy.jar.asm.Opcodes.IFNE;
import static net.bytebuddy.jar.asm.Opcodes.IAND;
import static net.bytebuddy.jar.asm.Opcodes.IF_ICMPGE;
import static net.bytebuddy.jar.asm.Opcodes.IF_ICMPGT;
import static net.bytebuddy.jar.asm.Opcodes.IF_ICMPLE;
import static net.bytebuddy.jar.asm.Opcodes.IF_ICMPLT;
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
 * Jcc as a JVM compare-and-branch. After an emitted CMP/SUB, TEST/AND/OR/XOR, ADD, INC or DEC (and
 * JC/JNC after BT*, CLC, STC, CMC) in the same block the condition is computed from the operands kept in the flag locals (Flags.cond's
 * shortcuts, done at compile time); otherwise it asks {@code Flags.cond} about the recorded flags.
 */
final class JccEmitter {
    private JccEmitter() {}

    /** True if condition {@code cc} after an operation of {@code kind} is decided from its operands. */
    static boolean fusable(int kind, int cc) {
        switch (kind) {
            case Flags.OP_EAGER:
                return true;
            case FlagRecord.CARRY:
                return cc == 2 || cc == 3;
            case Flags.OP_SHL: case Flags.OP_SHR: case Flags.OP_SAR:
                return cc == 4 || cc == 5 || cc == 8 || cc == 9;
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
        emitFused(cx, kind, size, cc, taken, EmitContext.FA, EmitContext.FB, EmitContext.FRES);
    }

    /**
     * Branches to {@code taken} if condition {@code cc} holds: SETcc and CMOVcc use the pending
     * operands where the producer is known at compile time, else the recorded flags.
     */
    static void emitCond(EmitContext cx, int cc, Label taken) {
        int p = cx.knownPending;
        if (p >= 0 && p != FlagRecord.MERGE && fusable(p & 0xFF, cc)) {
            p = cx.materializeDerived();
            emitFused(cx, p & 0xFF, p >>> 8, cc, taken, EmitContext.PFA, EmitContext.PFB, EmitContext.PFRES);
            return;
        }
        cx.recordPending();
        emitFromCpu(cx, cc, taken);
    }

    private static void emitFused(EmitContext cx, int kind, int size, int cc, Label taken, int fa, int fb, int fres) {
        MethodVisitor mv = cx.mv;
        if (kind == Flags.OP_EAGER) {
            cx.lload(fres);
            mv.visitLdcInsn(cc);
            mv.visitMethodInsn(INVOKESTATIC, EmitContext.FLAG_RECORD, "eagerCond", "(JI)Z", false);
            mv.visitJumpInsn(IFNE, taken);
            return;
        }
        if (kind == FlagRecord.CARRY) {
            // B / AE: CF is the bit itself.
            cx.lload(fres);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(cc == 2 ? IFNE : IFEQ, taken);
            return;
        }
        if (cc == 8 || cc == 9 || (kind == Flags.OP_LOGIC && cc >= 0xC)) {
            // Sign of the result (S, NS; L GE LE G after a logic op, where OF = 0).
            if (size < 8) {
                signedInt(cx, fres, size);
            } else {
                cx.lload(fres);
                mv.visitInsn(LCONST_0);
                mv.visitInsn(LCMP);
            }
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
            unsigned(cx, fres, size);
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
            unsigned(cx, fres, size);
            flipSign(mv);
            unsigned(cx, fa, size);
            flipSign(mv);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(cc == 2 ? IFLT : IFGE, taken);
            return;
        }
        // OP_SUB: compare the operands.
        boolean isSigned = cc >= 0xC;
        if (cc == 4 || cc == 5) {
            cx.lload(fa);
            cx.lload(fb);
            mv.visitInsn(LXOR);
            mask(cx, size);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(cc == 4 ? IFEQ : IFNE, taken);
            return;
        }
        if (size < 4 || size == 4 && isSigned) {
            // Below 64 bits as ints, which C2 compares in 32-bit registers: sign-extended for a
            // signed condition, zero-extended bytes and words (never negative) for an unsigned one.
            if (isSigned) {
                signedInt(cx, fa, size);
                signedInt(cx, fb, size);
            } else {
                unsignedInt(cx, fa, size);
                unsignedInt(cx, fb, size);
            }
            int op;
            switch (cc) {
                case 2: case 0xC: op = IF_ICMPLT; break;
                case 3: case 0xD: op = IF_ICMPGE; break;
                case 6: case 0xE: op = IF_ICMPLE; break;
                default: op = IF_ICMPGT; break;
            }
            mv.visitJumpInsn(op, taken);
            return;
        }
        if (isSigned) { // 64 bits
            cx.lload(fa);
            cx.lload(fb);
        } else {
            unsigned(cx, fa, size);
            flipSign(mv);
            unsigned(cx, fb, size);
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

    /** The low {@code size} (1, 2, 4) bytes of a local as a sign-extended int. */
    private static void signedInt(EmitContext cx, int slot, int size) {
        cx.lload(slot);
        cx.mv.visitInsn(L2I);
        if (size == 2) {
            cx.mv.visitInsn(I2S);
        } else if (size == 1) {
            cx.mv.visitInsn(I2B);
        }
    }

    /** The low byte or word of a local, zero-extended to an int. */
    private static void unsignedInt(EmitContext cx, int slot, int size) {
        cx.lload(slot);
        cx.mv.visitInsn(L2I);
        cx.mv.visitLdcInsn(size == 2 ? 0xFFFF : 0xFF);
        cx.mv.visitInsn(IAND);
    }

    private static void unsigned(EmitContext cx, int slot, int size) {
        cx.lload(slot);
        mask(cx, size);
    }

    private static void mask(EmitContext cx, int size) {
        if (size == 4) {
            cx.mask32();
        } else if (size < 4) {
            cx.pushLong(size == 2 ? 0xFFFFL : 0xFFL);
            cx.mv.visitInsn(LAND);
        }
    }

    /** x + Long.MIN_VALUE: unsigned order becomes signed order (C2 folds the pair into one compare). */
    private static void flipSign(MethodVisitor mv) {
        mv.visitLdcInsn(Long.MIN_VALUE);
        mv.visitInsn(LADD);
    }
}
