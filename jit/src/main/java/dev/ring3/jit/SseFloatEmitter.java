package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.L2I;

import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * SSE floating point: ADD SUB MUL DIV in their scalar and packed, double and single forms,
 * SQRTSD/SQRTPD, and UCOMISD/COMISD/UCOMISS/COMISS, as calls of {@link SseFast} with the operation
 * and register constant (Java arithmetic when MXCSR and the operands allow it, the interpreter's
 * exact body otherwise). The comparisons leave their flags pending as OSZAPC bits.
 */
final class SseFloatEmitter implements InsnEmitter {
    static final int SCALAR_D = 0, PACKED_D = 1, SCALAR_S = 2, PACKED_S = 3, SQRT_SD = 4, SQRT_PD = 5,
            COMISD = 6, COMISS = 7;

    private final int shape;
    /** The operation ({@code SseKernels.ADD} ...), or for COMI: 1 if QNaN signals (COMISx). */
    private final int op;

    SseFloatEmitter(int shape, int op) {
        this.shape = shape;
        this.op = op;
    }

    @Override
    public boolean accepts(Insn in) {
        return in.addrsize == 8 && in.vreg < 0 && (in.prefixes & Insn.P_LOCK) == 0;
    }

    @Override
    public int registers(Insn in) {
        return SseEmitter.memRegisters(in);
    }

    @Override
    public int flagKind(Insn in) {
        return shape >= COMISD ? Flags.OP_EAGER : -1;
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int d = in.reg << 1;
        int lo = EmitContext.temp(0), hi = EmitContext.temp(1), t = EmitContext.temp(2);
        String cpu = "L" + EmitContext.CPU + ";";
        switch (shape) {
            case SCALAR_D: case SCALAR_S:
                SseEmitter.loadWq(cx, in, shape == SCALAR_S);
                cx.lstore(lo);
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                mv.visitLdcInsn(op);
                mv.visitLdcInsn(d);
                cx.lload(lo);
                if (shape == SCALAR_S) {
                    mv.visitInsn(L2I);
                }
                call(mv, shape == SCALAR_D ? "scalarD" : "scalarS", "(" + cpu + "II" + (shape == SCALAR_D ? "J" : "I") + ")V");
                break;
            case PACKED_D: case PACKED_S:
                SseEmitter.loadW128(cx, in, true, lo, hi, t);
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                mv.visitLdcInsn(op);
                mv.visitLdcInsn(d);
                cx.lload(lo);
                cx.lload(hi);
                call(mv, shape == PACKED_D ? "packedD" : "packedS", "(" + cpu + "IIJJ)V");
                break;
            case SQRT_SD:
                SseEmitter.loadWq(cx, in, false);
                cx.lstore(lo);
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                mv.visitLdcInsn(d);
                cx.lload(lo);
                call(mv, "sqrtsd", "(" + cpu + "IJ)V");
                break;
            case SQRT_PD:
                SseEmitter.loadW128(cx, in, true, lo, hi, t);
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                mv.visitLdcInsn(d);
                cx.lload(lo);
                cx.lload(hi);
                call(mv, "sqrtpd", "(" + cpu + "IJJ)V");
                break;
            default: { // COMISD, COMISS: the OSZAPC bits stay pending
                boolean dbl = shape == COMISD;
                SseEmitter.loadWq(cx, in, !dbl);
                cx.lstore(lo);
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                SseEmitter.xmm(cx, d);
                if (!dbl) {
                    mv.visitInsn(L2I);
                }
                cx.lload(lo);
                if (!dbl) {
                    mv.visitInsn(L2I);
                }
                mv.visitLdcInsn(op);
                call(mv, dbl ? "comisd" : "comiss", "(" + cpu + (dbl ? "JJ" : "II") + "Z)J");
                cx.lstore(t);
                cx.flags(Flags.OP_EAGER, 8, -1, -1, t);
                break;
            }
        }
    }

    private static void call(MethodVisitor mv, String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, EmitContext.SSE_FAST, name, desc, false);
    }
}
