package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.GETFIELD;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.LADD;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;
import static net.bytebuddy.jar.asm.Opcodes.LMUL;
import static net.bytebuddy.jar.asm.Opcodes.LSUB;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Insn;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * REP MOVS and REP STOS (memcpy and memset in static glibc and musl) with 64-bit addresses and no
 * segment override, RCX, RSI, RDI and RAX in locals: a loop over the interpreter's own steps
 * ({@code Strings.repMovsStep}, {@code repStosStep}: a page-bounded chunk forwards, one element
 * with DF = 1) that moves the registers by what each step did. A fault inside a step does
 * nothing of that step, so the registers written back show the progress made, as on the host;
 * between steps a pending signal or stop ({@code cpu.attention}) leaves the region before the
 * instruction, which then resumes from the dispatcher (at most a page of work between checks).
 */
final class StringEmitter implements InsnEmitter {
    private static final String STRINGS = "dev/ring3/interp/Strings";
    private final boolean stos;

    StringEmitter(boolean stos) {
        this.stos = stos;
    }

    @Override
    public boolean accepts(Insn in) {
        return in.addrsize == 8 && in.seg == Insn.SEG_NONE && (in.prefixes & Insn.P_LOCK) == 0
                && (in.prefixes & (Insn.P_REP | Insn.P_REPNE)) != 0;
    }

    @Override
    public int registers(Insn in) {
        return 1 << Cpu.RCX | 1 << Cpu.RDI | 1 << (stos ? Cpu.RAX : Cpu.RSI);
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int size = in.opsize;
        int step = EmitContext.temp(0), done = EmitContext.temp(1), value = EmitContext.temp(2);
        Label loop = new Label(), end = new Label();
        cx.loadReg(Cpu.RCX, 8);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFEQ, end);
        if (stos) {
            cx.loadReg(Cpu.RAX, size);
            cx.lstore(value);
        }
        mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
        cx.pushInt(size);
        mv.visitMethodInsn(INVOKESTATIC, STRINGS, "step", "(L" + EmitContext.CPU + ";I)J", false);
        cx.lstore(step);
        mv.visitLabel(loop);
        mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
        if (stos) {
            cx.loadReg(Cpu.RDI, 8);
            cx.loadReg(Cpu.RCX, 8);
            cx.lload(value);
            cx.pushInt(size);
            mv.visitMethodInsn(INVOKESTATIC, STRINGS, "repStosStep", "(L" + EmitContext.CPU + ";JJJI)J", false);
        } else {
            cx.loadReg(Cpu.RSI, 8);
            cx.loadReg(Cpu.RDI, 8);
            cx.loadReg(Cpu.RCX, 8);
            cx.pushInt(size);
            mv.visitMethodInsn(INVOKESTATIC, STRINGS, "repMovsStep", "(L" + EmitContext.CPU + ";JJJI)J", false);
        }
        cx.lstore(done);
        advance(cx, Cpu.RDI, step, done);
        if (!stos) {
            advance(cx, Cpu.RSI, step, done);
        }
        cx.loadReg(Cpu.RCX, 8);
        cx.lload(done);
        mv.visitInsn(LSUB);
        cx.storeReg(Cpu.RCX, 8);
        cx.loadReg(Cpu.RCX, 8);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFEQ, end);
        mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
        mv.visitFieldInsn(GETFIELD, EmitContext.CPU, "attention", "Z");
        mv.visitJumpInsn(IFEQ, loop);
        cx.leaveBefore(in);
        mv.visitLabel(end);
    }

    /** Register n += done * step. */
    private static void advance(EmitContext cx, int n, int step, int done) {
        cx.loadReg(n, 8);
        cx.lload(done);
        cx.lload(step);
        cx.mv.visitInsn(LMUL);
        cx.mv.visitInsn(LADD);
        cx.storeReg(n, 8);
    }
}
