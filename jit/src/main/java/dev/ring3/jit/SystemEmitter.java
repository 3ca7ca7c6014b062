package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.ATHROW;
import static net.bytebuddy.jar.asm.Opcodes.GETFIELD;
import static net.bytebuddy.jar.asm.Opcodes.I2L;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.LUSHR;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Insn;
import net.bytebuddy.jar.asm.Label;

/**
 * RDTSC and RDTSCP as a direct read of the host's monotonic clock (ring3's TSC, {@code HostTsc}
 * at 1 GHz, {@code SystemOps.tsc}), and the fences as the JVM fences their semantics use, with no
 * register traffic: the vDSO's clock functions run both on every call (issue 4's target).
 */
final class SystemEmitter implements InsnEmitter {
    static final int RDTSC = 0, RDTSCP = 1, LFENCE = 2, MFENCE = 3, SFENCE = 4;

    private final int kind;

    SystemEmitter(int kind) {
        this.kind = kind;
    }

    @Override
    public boolean accepts(Insn in) {
        return true;
    }

    @Override
    public int registers(Insn in) {
        switch (kind) {
            case RDTSC: return 1 << Cpu.RAX | 1 << Cpu.RDX;
            case RDTSCP: return 1 << Cpu.RAX | 1 << Cpu.RDX | 1 << Cpu.RCX;
            default: return 0;
        }
    }

    @Override
    public boolean mayFault(Insn in) {
        // RDTSC and RDTSCP fault under PR_TSC_SIGSEGV (Cpu.tscSigsegv); fences never fault.
        return kind == RDTSC || kind == RDTSCP;
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        switch (kind) {
            case RDTSC: case RDTSCP: {
                int t = EmitContext.temp(0);
                // #GP first when the thread asked for PR_TSC_SIGSEGV (a field test C2 predicts).
                Label ok = new Label();
                cx.mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                cx.mv.visitFieldInsn(GETFIELD, "dev/ring3/interp/Cpu", "tscSigsegv", "Z");
                cx.mv.visitJumpInsn(IFEQ, ok);
                cx.mv.visitMethodInsn(INVOKESTATIC, "dev/ring3/interp/SystemOps", "tscFault",
                        "()Ldev/ring3/interp/CpuException;", false);
                cx.mv.visitInsn(ATHROW);
                cx.mv.visitLabel(ok);
                // EDX:EAX = TSC, the upper halves cleared; RDTSCP's ECX = the thread's TSC_AUX (Cpu.tscAux).
                cx.mv.visitMethodInsn(INVOKESTATIC, "dev/ring3/interp/SystemOps", "tsc", "()J", false);
                cx.lstore(t);
                cx.lload(t);
                cx.mask32();
                cx.storeReg(Cpu.RAX, 8);
                cx.lload(t);
                cx.mv.visitLdcInsn(32);
                cx.mv.visitInsn(LUSHR);
                cx.storeReg(Cpu.RDX, 8);
                if (kind == RDTSCP) {
                    cx.mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                    cx.mv.visitFieldInsn(GETFIELD, "dev/ring3/interp/Cpu", "tscAux", "I");
                    cx.mv.visitInsn(I2L);
                    cx.mask32();
                    cx.storeReg(Cpu.RCX, 8);
                }
                break;
            }
            case LFENCE: fenceCall(cx, "loadLoadFence"); break;
            case MFENCE: fenceCall(cx, "fullFence"); break;
            default: fenceCall(cx, "storeStoreFence"); break;
        }
    }

    private static void fenceCall(EmitContext cx, String name) {
        cx.mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/VarHandle", name, "()V", false);
    }
}
