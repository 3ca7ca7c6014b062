package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.ATHROW;
import static net.bytebuddy.jar.asm.Opcodes.GETFIELD;
import static net.bytebuddy.jar.asm.Opcodes.GOTO;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.IFNE;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.LALOAD;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.LASTORE;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;
import static net.bytebuddy.jar.asm.Opcodes.LDIV;
import static net.bytebuddy.jar.asm.Opcodes.LMUL;
import static net.bytebuddy.jar.asm.Opcodes.LOR;
import static net.bytebuddy.jar.asm.Opcodes.LREM;
import static net.bytebuddy.jar.asm.Opcodes.LSHL;
import static net.bytebuddy.jar.asm.Opcodes.LSHR;
import static net.bytebuddy.jar.asm.Opcodes.LSUB;
import static net.bytebuddy.jar.asm.Opcodes.LUSHR;
import static net.bytebuddy.jar.asm.Opcodes.LXOR;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import dev.ring3.interp.UndefinedFlags;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * DIV and IDIV Eb and Ev at every size as the interpreter's {@code MulDiv} (AX / Eb: AL quotient,
 * AH remainder): #DE (precise: nothing written) for a zero divisor or a quotient that does not
 * fit; a 64-bit dividend that does not fit in RAX alone (RDX not its zero or sign extension, or
 * MIN / -1) runs the interpreter's 128-bit division on the CPU's registers. Flags: OF and CF kept, AF set, SF ZF PF clear on an AMD host; all kept on an Intel one.
 */
final class DivEmitter implements InsnEmitter {
    static final String MULDIV = "dev/ring3/interp/MulDiv";
    private static final String DE = "()Ldev/ring3/interp/CpuException;";

    private final boolean signed;

    DivEmitter(boolean signed) {
        this.signed = signed;
    }

    @Override
    public boolean accepts(Insn in) {
        return in.addrsize == 8 && (in.prefixes & Insn.P_LOCK) == 0;
    }

    @Override
    public int registers(Insn in) {
        return InsnEmitter.operandRegisters(in) | (1 << Cpu.RAX) | (1 << Cpu.RDX);
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int size = in.opsize;
        int d = EmitContext.temp(0), n = EmitContext.temp(1), q = EmitContext.temp(2), f = EmitContext.temp(3);
        cx.loadE(in, size);
        if (signed) {
            MoveEmitter.signExtend(cx, size);
        }
        cx.lstore(d);
        cx.lload(d);
        raiseUnless(mv, IFNE, "divideByZero");
        if (size < 8) {
            // n = the double-width dividend: AX, DX:AX or EDX:EAX (sign-extended for IDIV); the
            // quotient must fit in the operand size (signed: sign-extend to itself).
            if (size == 1) {
                cx.loadReg(Cpu.RAX, 2);
            } else {
                cx.loadReg(Cpu.RDX, size);
                mv.visitLdcInsn(size << 3);
                mv.visitInsn(LSHL);
                cx.loadReg(Cpu.RAX, size);
                mv.visitInsn(LOR);
            }
            if (signed) {
                MoveEmitter.signExtend(cx, 2 * size);
            }
            cx.lstore(n);
            cx.lload(n);
            cx.lload(d);
            divide(mv, false);
            cx.lstore(q);
            cx.lload(q);
            if (signed) {
                cx.lload(q);
                MoveEmitter.signExtend(cx, size);
                mv.visitInsn(LXOR);
            } else {
                mv.visitLdcInsn(size << 3);
                mv.visitInsn(LUSHR);
            }
            raiseUnless(mv, IFEQ, "quotientOverflow");
            cx.lload(q);
            cx.storeReg(Cpu.RAX, size);
            cx.lload(n);
            cx.lload(q);
            cx.lload(d);
            mv.visitInsn(LMUL);
            mv.visitInsn(LSUB);
            cx.storeReg(size == 1 ? Insn.HIGH_BYTE + Cpu.RAX : Cpu.RDX, size); // AH, DX or EDX
        } else {
            Label wide = new Label(), done = new Label();
            // Narrow: RDX is 0 (DIV) or RAX's sign (IDIV, and not MIN / -1).
            cx.loadReg(Cpu.RDX, 8);
            if (signed) {
                cx.loadReg(Cpu.RAX, 8);
                mv.visitLdcInsn(63);
                mv.visitInsn(LSHR);
                mv.visitInsn(LXOR);
            }
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFNE, wide);
            if (signed) {
                // (d + 1) | (RAX ^ MIN) == 0 only for MIN / -1
                cx.lload(d);
                cx.pushLong(1);
                mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.LADD);
                cx.loadReg(Cpu.RAX, 8);
                cx.pushLong(Long.MIN_VALUE);
                mv.visitInsn(LXOR);
                mv.visitInsn(LOR);
                mv.visitInsn(LCONST_0);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFEQ, wide);
            }
            cx.loadReg(Cpu.RAX, 8);
            cx.lstore(n);
            cx.lload(n);
            cx.lload(d);
            divide(mv, false);
            cx.storeReg(Cpu.RAX, 8);
            cx.lload(n);
            cx.lload(d);
            divide(mv, true);
            cx.storeReg(Cpu.RDX, 8);
            mv.visitJumpInsn(GOTO, done);
            // Wide: the interpreter's 128-bit division on cpu.r (RAX and RDX written back and
            // reloaded by hand: the compile-time dirty set must not change on one path only).
            mv.visitLabel(wide);
            spill(cx, Cpu.RAX);
            spill(cx, Cpu.RDX);
            mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
            cx.lload(d);
            mv.visitMethodInsn(INVOKESTATIC, MULDIV, signed ? "idiv128" : "div128", "(L" + EmitContext.CPU + ";J)V", false);
            fill(cx, Cpu.RAX);
            fill(cx, Cpu.RDX);
            mv.visitLabel(done);
        }
        if (UndefinedFlags.INTEL) {
            return; // Intel leaves all six flags (MulDiv.divFlags)
        }
        cx.pushLong(Flags.AF);
        cx.lstore(f);
        cx.flagsMerge(f, Flags.SF | Flags.ZF | Flags.AF | Flags.PF);
    }

    /** [n, d] -> the quotient (or the remainder) of two longs, signed for IDIV, unsigned for DIV. */
    private void divide(MethodVisitor mv, boolean remainder) {
        if (signed) {
            mv.visitInsn(remainder ? LREM : LDIV);
        } else {
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", remainder ? "remainderUnsigned" : "divideUnsigned",
                    "(JJ)J", false);
        }
    }

    private static void spill(EmitContext cx, int n) {
        cx.mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
        cx.mv.visitFieldInsn(GETFIELD, EmitContext.CPU, "r", "[J");
        cx.mv.visitLdcInsn(n);
        cx.loadReg(n, 8);
        cx.mv.visitInsn(LASTORE);
    }

    private static void fill(EmitContext cx, int n) {
        cx.mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
        cx.mv.visitFieldInsn(GETFIELD, EmitContext.CPU, "r", "[J");
        cx.mv.visitLdcInsn(n);
        cx.mv.visitInsn(LALOAD);
        cx.storeReg(n, 8);
    }

    /**
     * Compares the long on the stack with 0 and goes on if {@code jump} (IFEQ, IFNE) holds;
     * otherwise throws the #DE that {@code MulDiv.<fault>()} builds.
     */
    private static void raiseUnless(MethodVisitor mv, int jump, String fault) {
        Label ok = new Label();
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(jump, ok);
        mv.visitMethodInsn(INVOKESTATIC, MULDIV, fault, DE, false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
    }
}
