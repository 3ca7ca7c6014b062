package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.I2B;
import static net.bytebuddy.jar.asm.Opcodes.I2L;
import static net.bytebuddy.jar.asm.Opcodes.I2S;
import static net.bytebuddy.jar.asm.Opcodes.L2I;
import static net.bytebuddy.jar.asm.Opcodes.LADD;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Insn;

/**
 * The data moves that need no flags: MOV (register, memory, immediate) at every size,
 * MOVZX/MOVSX/MOVSXD, LEA, XCHG of registers, CBW/CWDE/CDQE and CWD/CDQ/CQO, BSWAP, hint NOPs,
 * and PUSH/POP of 64-bit registers and immediates. Stack pushes store before RSP moves, so a
 * fault leaves RSP alone.
 */
final class MoveEmitter implements InsnEmitter {
    static final int MOV_EG = 0, MOV_GE = 1, MOV_EI = 2, MOV_ZI = 3, LEA = 4, MOVZX_B = 5, MOVZX_W = 6,
            MOVSX_B = 7, MOVSX_W = 8, MOVSXD = 9, PUSH_Z = 10, POP_Z = 11, PUSH_I = 12, XCHG_Z = 13, XCHG_EG = 14,
            NOP = 15, CWDE = 16, CDQ = 17, BSWAP = 18;

    private final int kind;

    MoveEmitter(int kind) {
        this.kind = kind;
    }

    @Override
    public boolean accepts(Insn in) {
        if (in.addrsize != 8 || (in.prefixes & Insn.P_LOCK) != 0) {
            return false;
        }
        switch (kind) {
            case PUSH_Z: case POP_Z: case PUSH_I: return in.opsize == 8;
            case XCHG_EG: return in.rm >= 0; // with memory it is locked: the semantics
            case BSWAP: return in.opsize >= 4;
            default: return true;
        }
    }

    @Override
    public int registers(Insn in) {
        switch (kind) {
            case PUSH_Z: case POP_Z: return (1 << Cpu.RSP) | (1 << in.reg);
            case PUSH_I: return 1 << Cpu.RSP;
            case MOV_ZI: case BSWAP: return InsnEmitter.bit(in.reg);
            case XCHG_Z: return (1 << Cpu.RAX) | InsnEmitter.bit(in.reg);
            case NOP: return 0;
            case CWDE: return 1 << Cpu.RAX;
            case CDQ: return (1 << Cpu.RAX) | (1 << Cpu.RDX);
            default: return InsnEmitter.operandRegisters(in);
        }
    }

    @Override
    public boolean mayFault(Insn in) {
        switch (kind) {
            case LEA: case NOP: return false;
            case PUSH_Z: case POP_Z: case PUSH_I: return true;
            default: return InsnEmitter.memoryOperand(in);
        }
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        int size = in.opsize;
        int t = EmitContext.temp(0);
        switch (kind) {
            case MOV_EG:
                cx.loadReg(in.reg, size);
                cx.lstore(t);
                cx.storeE(in, size, t);
                break;
            case MOV_GE:
                cx.loadE(in, size);
                cx.storeReg(in.reg, size);
                break;
            case MOV_EI:
                cx.pushLong(in.imm);
                cx.lstore(t);
                cx.storeE(in, size, t);
                break;
            case MOV_ZI:
                cx.pushLong(in.imm);
                cx.storeReg(in.reg, size);
                break;
            case LEA:
                cx.eaOffset(in);
                cx.storeReg(in.reg, size);
                break;
            case MOVZX_B: case MOVZX_W:
                cx.loadE(in, kind == MOVZX_B ? 1 : 2);
                cx.storeReg(in.reg, size);
                break;
            case MOVSX_B: case MOVSX_W:
                cx.loadE(in, kind == MOVSX_B ? 1 : 2);
                cx.mv.visitInsn(L2I);
                cx.mv.visitInsn(kind == MOVSX_B ? I2B : I2S);
                cx.mv.visitInsn(I2L);
                cx.storeReg(in.reg, size);
                break;
            case MOVSXD:
                cx.loadE(in, 4);
                cx.mv.visitInsn(L2I);
                cx.mv.visitInsn(I2L);
                cx.storeReg(in.reg, size);
                break;
            case XCHG_Z: case XCHG_EG: {
                int other = kind == XCHG_Z ? Cpu.RAX : in.rm;
                if (kind == XCHG_Z && other == in.reg) {
                    break; // 90 is NOP: not even a 32-bit write
                }
                cx.loadReg(in.reg, size);
                cx.lstore(t);
                cx.loadReg(other, size);
                cx.storeReg(in.reg, size);
                cx.lload(t);
                cx.storeReg(other, size);
                break;
            }
            case NOP:
                break;
            case CWDE: // AX = sext(AL), EAX = sext(AX), RAX = sext(EAX)
                cx.loadReg(Cpu.RAX, size >> 1);
                signExtend(cx, size >> 1);
                cx.storeReg(Cpu.RAX, size);
                break;
            case CDQ: // rDX = copies of rAX's sign bit
                cx.loadReg(Cpu.RAX, size);
                signExtend(cx, size);
                cx.mv.visitLdcInsn(63);
                cx.mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.LSHR);
                cx.storeReg(Cpu.RDX, size);
                break;
            case BSWAP:
                cx.loadReg(in.reg, size);
                if (size == 8) {
                    cx.mv.visitMethodInsn(net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC, "java/lang/Long", "reverseBytes", "(J)J", false);
                } else {
                    cx.mv.visitInsn(L2I);
                    cx.mv.visitMethodInsn(net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC, "java/lang/Integer", "reverseBytes", "(I)I", false);
                    cx.mv.visitInsn(I2L);
                }
                cx.storeReg(in.reg, size);
                break;
            case PUSH_Z:
                cx.loadReg(in.reg, 8); // PUSH RSP pushes the old value
                cx.lstore(t);
                push(cx, t);
                break;
            case PUSH_I:
                cx.pushLong(in.imm);
                cx.lstore(t);
                push(cx, t);
                break;
            default: // POP_Z: POP RSP loads RSP with the popped value, so the register is written last
                cx.memForAccess();
                cx.loadReg(Cpu.RSP, 8);
                cx.loadAt(8);
                cx.lstore(t);
                cx.loadReg(Cpu.RSP, 8);
                cx.pushLong(8);
                cx.mv.visitInsn(LADD);
                cx.storeReg(Cpu.RSP, 8);
                cx.lload(t);
                cx.storeReg(in.reg, 8);
                break;
        }
    }

    /** Sign-extends the long on the stack from {@code size} bytes. */
    static void signExtend(EmitContext cx, int size) {
        if (size == 8) {
            return;
        }
        cx.mv.visitInsn(L2I);
        if (size == 2) {
            cx.mv.visitInsn(I2S);
        } else if (size == 1) {
            cx.mv.visitInsn(I2B);
        }
        cx.mv.visitInsn(I2L);
    }

    /** RSP -= 8 after storing local {@code value} at the new top. */
    static void push(EmitContext cx, int value) {
        int sp = EmitContext.temp(1);
        cx.loadReg(Cpu.RSP, 8);
        cx.pushLong(-8);
        cx.mv.visitInsn(LADD);
        cx.lstore(sp);
        cx.memForAccess();
        cx.lload(sp);
        cx.lload(value);
        cx.storeAt(8);
        cx.lload(sp);
        cx.storeReg(Cpu.RSP, 8);
    }
}
