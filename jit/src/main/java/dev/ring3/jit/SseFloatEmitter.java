package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.DADD;
import static net.bytebuddy.jar.asm.Opcodes.DDIV;
import static net.bytebuddy.jar.asm.Opcodes.DMUL;
import static net.bytebuddy.jar.asm.Opcodes.DSUB;
import static net.bytebuddy.jar.asm.Opcodes.GOTO;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.L2I;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;

import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import dev.ring3.interp.SseFast;
import dev.ring3.interp.SseKernels;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * SSE floating point: ADD SUB MUL DIV SQRT MIN MAX in their scalar and packed, double and single
 * forms as lanes of {@link SseFast} (Java arithmetic when MXCSR and the operands allow it) with the
 * interpreter's exact body for the whole instruction otherwise ({@link #lanes}), and
 * UCOMISD/COMISD/UCOMISS/COMISS, whose flags stay pending as OSZAPC bits.
 */
final class SseFloatEmitter implements InsnEmitter {
    /** Lane families: the name of the fast ({@link SseFast}) and exact ({@code SseKernels}) method. */
    static final String DOUBLE = "laneD", SINGLE = "laneS", PAIR = "pairS", CONVERT = "convert";
    static final int SCALAR_D = 0, PACKED_D = 1, SCALAR_S = 2, PACKED_S = 3, COMISD = 4, COMISS = 5;

    private final int shape;
    /** The lane kind ({@code SseKernels.ADD} ... {@code MAX}), or for COMI: 1 if QNaN signals (COMISx). */
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
    public int xmmRegisters(Insn in) {
        return SseEmitter.vw(in);
    }

    @Override
    public int flagKind(Insn in) {
        return shape >= COMISD ? Flags.OP_EAGER : -1;
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        int d = in.reg << 1;
        int lo = EmitContext.temp(0), hi = EmitContext.temp(1), r0 = EmitContext.temp(2), r1 = EmitContext.temp(3);
        switch (shape) {
            case SCALAR_D: case SCALAR_S:
                SseEmitter.loadWq(cx, in, shape == SCALAR_S);
                cx.lstore(lo);
                lanes(cx, shape == SCALAR_D ? DOUBLE : SINGLE, op, new int[] {d}, new int[] {lo}, new int[] {r0},
                        () -> SseEmitter.put(cx, d, r0));
                break;
            case PACKED_D: case PACKED_S:
                SseEmitter.loadW128(cx, in, true, lo, hi);
                lanes(cx, shape == PACKED_D ? DOUBLE : PAIR, op, new int[] {d, d + 1}, new int[] {lo, hi},
                        new int[] {r0, r1}, () -> {
                            SseEmitter.put(cx, d, r0);
                            SseEmitter.put(cx, d + 1, r1);
                        });
                break;
            default: { // COMISD, COMISS: the OSZAPC bits stay pending
                MethodVisitor mv = cx.mv;
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
                mv.visitMethodInsn(INVOKESTATIC, EmitContext.SSE_FAST, dbl ? "comisd" : "comiss",
                        "(L" + EmitContext.CPU + ";" + (dbl ? "JJ" : "II") + "Z)J", false);
                cx.lstore(r0);
                cx.flags(Flags.OP_EAGER, 8, -1, -1, r0);
                break;
            }
        }
    }

    /**
     * Lanes of one instruction: local {@code out[k]} = {@code family}({@code kind}, XMM half
     * {@code a[k]} (or 0 if negative), local {@code b[k]}) on the fast path while every lane has
     * one, else all of them by the exact body, which commits the MXCSR flags after the last lane
     * (#XM before any write, as the CPU); then {@code store} writes the results, once, where both paths meet.
     * Each site branches on the fast result itself, so C2 compiles an exact path never taken as
     * an uncommon trap.
     */
    static void lanes(EmitContext cx, String family, int kind, int[] a, int[] b, int[] out, Runnable store) {
        MethodVisitor mv = cx.mv;
        Label exact = new Label(), write = new Label(), done = new Label();
        for (int k = 0; k < out.length; k++) {
            if (family.equals(DOUBLE) && kind < SseKernels.MIN) {
                arithmeticD(cx, kind, a[k], b[k], out[k]);
                mv.visitJumpInsn(IFEQ, exact);
                continue;
            }
            if (family.equals(DOUBLE)) {
                pushA(cx, a[k]);
                cx.lload(b[k]);
                cx.pushMxFast();
                mv.visitMethodInsn(INVOKESTATIC, EmitContext.SSE_FAST, kind == SseKernels.MIN ? "minD" : "maxD", "(JJI)J", false);
            } else {
                cx.pushInt(kind);
                pushA(cx, a[k]);
                cx.lload(b[k]);
                cx.pushMxFast();
                mv.visitMethodInsn(INVOKESTATIC, EmitContext.SSE_FAST, family, "(IJJI)J", false);
            }
            cx.lstore(out[k]);
            cx.lload(out[k]);
            cx.pushLong(SseFast.EXACT);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFEQ, exact);
        }
        mv.visitLabel(write);
        store.run();
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(exact);
        for (int k = 0; k < out.length; k++) {
            mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
            cx.pushInt(kind);
            pushA(cx, a[k]);
            cx.lload(b[k]);
            cx.pushInt((k == 0 ? SseKernels.FIRST : 0) | (k == out.length - 1 ? SseKernels.LAST : 0));
            mv.visitMethodInsn(INVOKESTATIC, SseEmitter.KERNELS, family, "(L" + EmitContext.CPU + ";IJJI)J", false);
            cx.lstore(out[k]);
        }
        // MXFAST stays: the exact body can only set flags, which never makes the fast path wrong.
        mv.visitJumpInsn(GOTO, write);
        mv.visitLabel(done);
    }

    /**
     * Local {@code out} = the double lane XMM half {@code a} op local {@code b} (SQRT: of b) as
     * Java arithmetic, then pushes {@link SseFast#okD} of it ({@link SseFast#okSumD} for ADD and
     * SUB; 0: the exact path must run). The
     * first operand waits in ADDR (free here: the memory operand is loaded already).
     */
    private static void arithmeticD(EmitContext cx, int kind, int a, int b, int out) {
        MethodVisitor mv = cx.mv;
        boolean sqrt = kind == SseKernels.SQRT;
        if (!sqrt) {
            pushA(cx, a);
            cx.lstore(EmitContext.ADDR);
            cx.lload(EmitContext.ADDR);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        }
        cx.lload(b);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        switch (kind) {
            case SseKernels.ADD: mv.visitInsn(DADD); break;
            case SseKernels.SUB: mv.visitInsn(DSUB); break;
            case SseKernels.MUL: mv.visitInsn(DMUL); break;
            case SseKernels.DIV: mv.visitInsn(DDIV); break;
            default: mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "sqrt", "(D)D", false); break;
        }
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
        cx.lstore(out);
        if (sqrt) {
            mv.visitInsn(LCONST_0);
        } else {
            cx.lload(EmitContext.ADDR);
        }
        cx.lload(b);
        cx.lload(out);
        cx.pushMxFast();
        mv.visitMethodInsn(INVOKESTATIC, EmitContext.SSE_FAST, kind <= SseKernels.SUB ? "okSumD" : "okD", "(JJJI)Z", false);
    }

    private static void pushA(EmitContext cx, int half) {
        if (half >= 0) {
            cx.loadXmm(half);
        } else {
            cx.mv.visitInsn(LCONST_0);
        }
    }
}
