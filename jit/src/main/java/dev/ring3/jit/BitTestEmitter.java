package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.IAND;
import static net.bytebuddy.jar.asm.Opcodes.L2I;
import static net.bytebuddy.jar.asm.Opcodes.LADD;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.LOR;
import static net.bytebuddy.jar.asm.Opcodes.LSHL;
import static net.bytebuddy.jar.asm.Opcodes.LSHR;
import static net.bytebuddy.jar.asm.Opcodes.LUSHR;
import static net.bytebuddy.jar.asm.Opcodes.LXOR;

import dev.ring3.interp.Insn;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * BT BTS BTR BTC Ev,Gv and Ev,Ib at 16, 32 and 64 bits as the interpreter's {@code Bits.bitOp}:
 * CF = the selected bit, which BTS/BTR/BTC then set, clear or complement; the other flags kept
 * ({@link FlagRecord#CARRY}, so a JC/JNC, SETC or CMOVC after it is a JVM test of the bit). A
 * register operand and an immediate offset take the offset modulo the width; a register offset
 * with a memory operand is a signed bit displacement from the address (SDM Vol. 2 BT, "bit
 * base"). LOCK BTS/BTR/BTC is a compare-and-exchange loop ({@link AtomicEmitter#storeOrSwap}).
 */
final class BitTestEmitter extends ModrmEmitter implements CarryFlagEmitter {
    static final int BT = 0, BTS = 1, BTR = 2, BTC = 3;

    private final int op;
    /** The offset is the G register (else the immediate). */
    private final boolean byRegister;

    BitTestEmitter(int op, boolean byRegister) {
        this.op = op;
        this.byRegister = byRegister;
    }

    @Override
    public boolean accepts(Insn in) {
        if (in.addrsize != 8 || in.opsize < 2) {
            return false;
        }
        return (in.prefixes & Insn.P_LOCK) == 0 || in.rm < 0; // LOCK with a register: #UD by the semantics
    }


    @Override
    public void emit(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int size = in.opsize;
        int ea = EmitContext.temp(0), v = EmitContext.temp(1), f = EmitContext.temp(2), r = EmitContext.temp(3);
        if (in.rm >= 0) {
            cx.loadReg(in.rm, size);
            cx.lstore(v);
            if (op != BT) {
                apply(cx, in, v);
                cx.storeReg(in.rm, size);
            }
        } else {
            cx.ea(in);
            if (byRegister) {
                // + floor(offset / width) operand-sized units: (sext(G) >> 3) & -size bytes.
                cx.loadReg(in.reg, size);
                MoveEmitter.signExtend(cx, size);
                mv.visitLdcInsn(3);
                mv.visitInsn(LSHR);
                cx.pushLong(-size);
                mv.visitInsn(LAND);
                mv.visitInsn(LADD);
            }
            cx.lstore(ea);
            Label retry = new Label();
            mv.visitLabel(retry);
            AtomicEmitter.loadAt(cx, ea, size, v);
            if (op != BT) {
                apply(cx, in, v);
                cx.lstore(r);
                AtomicEmitter.storeOrSwap(cx, in, ea, v, r, retry);
            }
        }
        // CF = (v >>> bit) & 1
        cx.lload(v);
        bitIndex(cx, in, v);
        mv.visitInsn(LUSHR);
        cx.pushLong(1);
        mv.visitInsn(LAND);
        cx.lstore(f);
        cx.flagsCarry(f);
    }

    /**
     * Pushes the bit's index within the operand, an int: the offset modulo the width. When the
     * offset register is the operand itself (BTS %ebx,%ebx) it is read from {@code v}, the value
     * before the instruction changed the register (a difftest finding).
     */
    private void bitIndex(EmitContext cx, Insn in, int v) {
        int bits = in.opsize << 3;
        if (!byRegister) {
            cx.pushInt((int) (in.imm & (bits - 1)));
            return;
        }
        if (in.rm >= 0 && in.rm == in.reg) {
            cx.lload(v);
        } else {
            cx.loadReg(in.reg, in.opsize);
        }
        cx.mv.visitInsn(L2I);
        if (bits < 64) { // LSHL and LUSHR take the count modulo 64 themselves
            cx.pushInt(bits - 1);
            cx.mv.visitInsn(IAND);
        }
    }

    /** Pushes local {@code v} with the bit set, cleared or complemented. */
    private void apply(EmitContext cx, Insn in, int v) {
        MethodVisitor mv = cx.mv;
        cx.lload(v);
        cx.pushLong(1);
        bitIndex(cx, in, v);
        mv.visitInsn(LSHL);
        if (op == BTR) {
            cx.pushLong(-1);
            mv.visitInsn(LXOR);
        }
        mv.visitInsn(op == BTS ? LOR : op == BTR ? LAND : LXOR);
    }
}
