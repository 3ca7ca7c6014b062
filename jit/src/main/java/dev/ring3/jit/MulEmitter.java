package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.DUP2;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.LADD;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.LMUL;
import static net.bytebuddy.jar.asm.Opcodes.LNEG;
import static net.bytebuddy.jar.asm.Opcodes.LOR;
import static net.bytebuddy.jar.asm.Opcodes.LSHR;
import static net.bytebuddy.jar.asm.Opcodes.LUSHR;
import static net.bytebuddy.jar.asm.Opcodes.LXOR;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import dev.ring3.interp.UndefinedFlags;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * IMUL Gv,Ev / Gv,Ev,Iz / Gv,Ev,Ib at 16, 32 and 64 bits, and one-operand MUL/IMUL Eb (AX = AL *
 * Eb) and Ev (rDX:rAX) at every size, as the interpreter's {@code MulDiv}: CF = OF = the product does not fit;
 * SF ZF AF PF kept on an AMD host ({@link FlagRecord#MERGE}), from the low half on an Intel one
 * ({@code MulDiv.mulFlagBits}, {@code UndefinedFlags}).
 */
final class MulEmitter extends ModrmEmitter {
    /** Forms: G = G * E, G = E * imm, rDX:rAX = rAX * E unsigned, signed. */
    static final int IMUL_GE = 0, IMUL_GEI = 1, MUL_E = 2, IMUL_E = 3;

    private final int form;

    MulEmitter(int form) {
        this.form = form;
    }

    @Override
    public boolean accepts(Insn in) {
        return super.accepts(in) && (form > IMUL_GEI || in.opsize >= 2);
    }

    @Override
    public int registers(Insn in) {
        int m = super.registers(in);
        return form <= IMUL_GEI ? m : m | (1 << Cpu.RAX) | (1 << Cpu.RDX);
    }

    @Override
    public int flagsWritten(Insn in) {
        return UndefinedFlags.INTEL ? Flags.OSZAPC : Flags.CF | Flags.OF;
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int size = in.opsize;
        int a = EmitContext.temp(0), b = EmitContext.temp(1), lo = EmitContext.temp(2), f = EmitContext.temp(3);
        boolean signed = form != MUL_E;
        cx.loadE(in, size);
        if (signed) {
            MoveEmitter.signExtend(cx, size);
        }
        cx.lstore(a);
        switch (form) {
            case IMUL_GE: cx.loadReg(in.reg, size); break;
            case IMUL_GEI: cx.pushLong(in.imm); break;
            default: cx.loadReg(Cpu.RAX, size); break;
        }
        if (signed) {
            MoveEmitter.signExtend(cx, size);
        }
        cx.lstore(b);
        cx.lload(a);
        cx.lload(b);
        mv.visitInsn(LMUL);
        cx.lstore(lo);
        // f = the bits that tell overflow apart (zero when the product fits).
        if (size == 8) {
            highHalf(cx, a, b, signed);
            if (form >= MUL_E) {
                cx.lload(lo);
                cx.storeReg(Cpu.RAX, 8);
                mv.visitInsn(DUP2);
                cx.storeReg(Cpu.RDX, 8);
            }
            if (signed) {
                cx.lload(lo);
                mv.visitLdcInsn(63);
                mv.visitInsn(LSHR);
                mv.visitInsn(LXOR);
            }
        } else if (form >= MUL_E) { // 8 to 32 bits: the product is exact in a long
            cx.lload(lo);
            if (size == 1) {
                cx.storeReg(Cpu.RAX, 2); // AX = AL * Eb
            } else {
                cx.storeReg(Cpu.RAX, size);
                cx.lload(lo);
                mv.visitLdcInsn(size << 3);
                mv.visitInsn(signed ? LSHR : LUSHR);
                cx.storeReg(Cpu.RDX, size);
            }
            cx.lload(lo);
            if (signed) {
                cx.lload(lo);
                MoveEmitter.signExtend(cx, size);
                mv.visitInsn(LXOR);
            } else {
                mv.visitLdcInsn(size << 3);
                mv.visitInsn(LUSHR);
            }
        } else {
            cx.lload(lo);
            cx.lload(lo);
            MoveEmitter.signExtend(cx, size);
            mv.visitInsn(LXOR);
        }
        // (d | -d) >>> 63 is 1 if d != 0; times CF | OF.
        mv.visitInsn(DUP2);
        mv.visitInsn(LNEG);
        mv.visitInsn(LOR);
        mv.visitLdcInsn(63);
        mv.visitInsn(LUSHR);
        cx.pushLong(Flags.CF | Flags.OF);
        mv.visitInsn(LMUL);
        cx.lstore(f);
        if (form <= IMUL_GEI) {
            cx.lload(lo);
            cx.storeReg(in.reg, size);
        }
        if (UndefinedFlags.INTEL) {
            // f = MulDiv.mulFlagBits(0, f, lo, size): all six bits, none kept.
            cx.pushLong(0);
            cx.lload(f);
            cx.lload(lo);
            cx.pushInt(size);
            mv.visitMethodInsn(INVOKESTATIC, DivEmitter.MULDIV, "mulFlagBits", "(JJJI)J", false);
            cx.lstore(f);
            cx.flagsMerge(f, Flags.OSZAPC);
            return;
        }
        cx.flagsMerge(f, Flags.CF | Flags.OF);
    }

    /** Pushes the high 64 bits of the 128-bit product a * b (unsigned: corrected signed high half). */
    private static void highHalf(EmitContext cx, int a, int b, boolean signed) {
        MethodVisitor mv = cx.mv;
        cx.lload(a);
        cx.lload(b);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "multiplyHigh", "(JJ)J", false);
        if (!signed) {
            // + ((a >> 63) & b) + ((b >> 63) & a)
            cx.lload(a);
            mv.visitLdcInsn(63);
            mv.visitInsn(LSHR);
            cx.lload(b);
            mv.visitInsn(LAND);
            mv.visitInsn(LADD);
            cx.lload(b);
            mv.visitLdcInsn(63);
            mv.visitInsn(LSHR);
            cx.lload(a);
            mv.visitInsn(LAND);
            mv.visitInsn(LADD);
        }
    }
}
