package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.I2L;
import static net.bytebuddy.jar.asm.Opcodes.IAND;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.IOR;
import static net.bytebuddy.jar.asm.Opcodes.LAND;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;

/**
 * LAHF and SAHF as the interpreter's {@code FlagOps}: AH = SF ZF AF PF CF with bit 1 set (the
 * flags recorded first), and SF ZF AF PF CF = AH's bits with OF kept ({@link FlagRecord#MERGE}).
 */
final class FlagsByteEmitter implements InsnEmitter {
    private static final int AH_FLAGS = Flags.SF | Flags.ZF | Flags.AF | Flags.PF | Flags.CF;

    private final boolean store;

    /** {@code store}: SAHF, else LAHF. */
    FlagsByteEmitter(boolean store) {
        this.store = store;
    }

    @Override
    public boolean accepts(Insn in) {
        return true;
    }

    @Override
    public int registers(Insn in) {
        return 1 << Cpu.RAX;
    }

    @Override
    public int flagsWritten(Insn in) {
        return store ? AH_FLAGS : 0;
    }

    @Override
    public boolean mayFault(Insn in) {
        return false;
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        if (store) {
            int f = EmitContext.temp(0);
            cx.loadReg(Insn.HIGH_BYTE + Cpu.RAX, 1);
            cx.pushLong(AH_FLAGS);
            cx.mv.visitInsn(LAND);
            cx.lstore(f);
            cx.flagsMerge(f, AH_FLAGS);
            return;
        }
        cx.recordPending();
        cx.mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
        cx.mv.visitMethodInsn(INVOKESTATIC, EmitContext.FLAGS, "oszapc", "(L" + EmitContext.CPU + ";)I", false);
        cx.pushInt(AH_FLAGS);
        cx.mv.visitInsn(IAND);
        cx.pushInt(2);
        cx.mv.visitInsn(IOR);
        cx.mv.visitInsn(I2L);
        cx.storeReg(Insn.HIGH_BYTE + Cpu.RAX, 1);
    }
}
