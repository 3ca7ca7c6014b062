package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.GOTO;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.L2I;

import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import net.bytebuddy.jar.asm.Label;
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
            case SCALAR_D: case SQRT_SD: {
                // r = the fast lane or -1; -1 runs the exact body (a call C2 traps while unused).
                Label slow = new Label(), done = new Label();
                SseEmitter.loadWq(cx, in, false);
                cx.lstore(lo);
                lane(cx, shape == SQRT_SD, d, lo, t);
                cx.lload(t);
                cx.pushLong(-1);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFEQ, slow);
                SseEmitter.put(cx, d, t);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(slow);
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                if (shape == SCALAR_D) {
                    mv.visitLdcInsn(op);
                }
                mv.visitLdcInsn(d);
                cx.lload(lo);
                mv.visitMethodInsn(INVOKESTATIC, SseEmitter.KERNELS, shape == SCALAR_D ? "scalarD" : "sqrtsd",
                        "(" + cpu + (shape == SCALAR_D ? "I" : "") + "IJ)V", false);
                mv.visitLabel(done);
                break;
            }
            case PACKED_D: case SQRT_PD: {
                Label slow = new Label(), done = new Label();
                int r1 = EmitContext.temp(3);
                SseEmitter.loadW128(cx, in, true, lo, hi, t);
                lane(cx, shape == SQRT_PD, d, lo, t);
                lane(cx, shape == SQRT_PD, d + 1, hi, r1);
                for (int slot : new int[] {t, r1}) {
                    cx.lload(slot);
                    cx.pushLong(-1);
                    mv.visitInsn(LCMP);
                    mv.visitJumpInsn(IFEQ, slow);
                }
                SseEmitter.put(cx, d, t);
                SseEmitter.put(cx, d + 1, r1);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(slow);
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                if (shape == PACKED_D) {
                    mv.visitLdcInsn(op);
                }
                mv.visitLdcInsn(d);
                cx.lload(lo);
                cx.lload(hi);
                mv.visitMethodInsn(INVOKESTATIC, SseEmitter.KERNELS, shape == PACKED_D ? "packedD" : "sqrtpd",
                        "(" + cpu + (shape == PACKED_D ? "I" : "") + "IJJ)V", false);
                mv.visitLabel(done);
                break;
            }
            case SCALAR_S:
                SseEmitter.loadWq(cx, in, true);
                cx.lstore(lo);
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                mv.visitLdcInsn(op);
                mv.visitLdcInsn(d);
                cx.lload(lo);
                mv.visitInsn(L2I);
                call(mv, "scalarS", "(" + cpu + "III)V");
                break;
            case PACKED_S:
                SseEmitter.loadW128(cx, in, true, lo, hi, t);
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                mv.visitLdcInsn(op);
                mv.visitLdcInsn(d);
                cx.lload(lo);
                cx.lload(hi);
                call(mv, "packedS", "(" + cpu + "IIJJ)V");
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

    /** Local {@code into} = the fast lane of xmm half {@code x} op local {@code b} (or sqrt(b)), -1 if exact. */
    private void lane(EmitContext cx, boolean sqrt, int x, int b, int into) {
        MethodVisitor mv = cx.mv;
        mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
        if (sqrt) {
            cx.lload(b);
            call(mv, "sqrtLaneD", "(L" + EmitContext.CPU + ";J)J");
        } else {
            mv.visitLdcInsn(op);
            SseEmitter.xmm(cx, x);
            cx.lload(b);
            call(mv, "laneD", "(L" + EmitContext.CPU + ";IJJ)J");
        }
        cx.lstore(into);
    }

    private static void call(MethodVisitor mv, String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, EmitContext.SSE_FAST, name, desc, false);
    }
}
