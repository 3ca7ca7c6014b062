package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.DUP2;
import static net.bytebuddy.jar.asm.Opcodes.GOTO;
import static net.bytebuddy.jar.asm.Opcodes.I2L;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.ISUB;
import static net.bytebuddy.jar.asm.Opcodes.L2I;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;

import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import dev.ring3.interp.UndefinedFlags;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * BSF and BSR Gv,Ev as in {@code Bits}: ZF says the source was zero, in which case G is left
 * alone (not even zero-extended); the other flags are kept ({@link FlagRecord#MERGE}).
 */
final class BitScanEmitter extends ModrmEmitter {
    private final boolean reverse;

    BitScanEmitter(boolean reverse) {
        this.reverse = reverse;
    }

    @Override
    public boolean accepts(Insn in) {
        return in.addrsize == 8 && in.opsize >= 2;
    }

    @Override
    public int flagsWritten(Insn in) {
        return UndefinedFlags.SCAN_CLEARS ? Flags.OSZAPC : Flags.ZF;
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int s = EmitContext.temp(0), f = EmitContext.temp(1);
        Label zero = new Label(), done = new Label();
        cx.loadE(in, in.opsize);
        cx.lstore(s);
        cx.lload(s);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFEQ, zero);
        if (reverse) {
            mv.visitLdcInsn(63);
            cx.lload(s);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "numberOfLeadingZeros", "(J)I", false);
            mv.visitInsn(ISUB);
        } else {
            cx.lload(s);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "numberOfTrailingZeros", "(J)I", false);
        }
        mv.visitInsn(I2L);
        if (UndefinedFlags.SCAN_CLEARS) {
            // f = Bits.scanFlagBitsIntel(s, index): PF from the index, the rest clear
            mv.visitInsn(DUP2);
            cx.storeReg(in.reg, in.opsize);
            cx.lstore(f); // the index, parked
            cx.lload(s);
            cx.lload(f);
            mv.visitInsn(L2I);
            mv.visitMethodInsn(INVOKESTATIC, "dev/ring3/interp/Bits", "scanFlagBitsIntel", "(JI)J", false);
            cx.lstore(f);
        } else {
            cx.storeReg(in.reg, in.opsize);
            cx.pushLong(0);
            cx.lstore(f);
        }
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(zero);
        cx.pushLong(UndefinedFlags.SCAN_CLEARS ? Flags.ZF | Flags.PF : Flags.ZF);
        cx.lstore(f);
        mv.visitLabel(done);
        cx.flagsMerge(f, UndefinedFlags.SCAN_CLEARS ? Flags.OSZAPC : Flags.ZF);
    }
}
