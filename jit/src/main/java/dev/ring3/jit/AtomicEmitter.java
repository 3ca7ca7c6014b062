package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.GOTO;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.IFNE;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.LADD;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;
import static net.bytebuddy.jar.asm.Opcodes.LSUB;
import static net.bytebuddy.jar.asm.Opcodes.LXOR;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * XCHG Ev,Gv (with memory: locked without the prefix; registers: {@link MoveEmitter}), XADD and
 * CMPXCHG Eb,Gb / Ev,Gv, register or memory, LOCK or not, as the interpreter's {@code Exchange}:
 * a locked memory operand is a compare-and-exchange loop through the interpreter's {@code Atomic}
 * (bytes and words through their dword), an unlocked one a load and a store (CMPXCHG always
 * writes, its own value on failure). Flags as ADD (XADD) and as CMP accumulator,E (CMPXCHG), so
 * a JNE after a CMPXCHG is a JVM compare of the operands.
 */
final class AtomicEmitter extends ModrmEmitter {
    static final int XCHG = 0, XADD = 1, CMPXCHG = 2;
    static final String ATOMIC = "dev/ring3/interp/Atomic";

    private final int op;
    /** XCHG with a register operand: a plain swap of locals. */
    private final InsnEmitter registerXchg = new MoveEmitter(MoveEmitter.XCHG_EG);

    AtomicEmitter(int op) {
        this.op = op;
    }

    @Override
    public boolean accepts(Insn in) {
        if (in.addrsize != 8) {
            return false;
        }
        if (op == XCHG) {
            return in.rm < 0 || registerXchg.accepts(in);
        }
        return (in.prefixes & Insn.P_LOCK) == 0 || in.rm < 0; // LOCK with a register: #UD by the semantics
    }

    @Override
    public int registers(Insn in) {
        int m = super.registers(in);
        return op == CMPXCHG ? m | 1 << Cpu.RAX : m;
    }

    @Override
    public int flagKind(Insn in) {
        switch (op) {
            case XADD: return Flags.OP_ADD;
            case CMPXCHG: return Flags.OP_SUB;
            default: return -1;
        }
    }

    @Override
    public int flagsWritten(Insn in) {
        return op == XCHG ? 0 : Flags.OSZAPC;
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        switch (op) {
            case XCHG:
                if (in.rm >= 0) {
                    registerXchg.emit(cx, in);
                } else {
                    xchg(cx, in);
                }
                break;
            case XADD: xadd(cx, in); break;
            default: cmpxchg(cx, in); break;
        }
    }

    /** G = the old memory value, memory = G, atomically. */
    private static void xchg(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
        cx.ea(in);
        cx.pushInt(in.opsize);
        cx.loadReg(in.reg, in.opsize);
        mv.visitMethodInsn(INVOKESTATIC, ATOMIC, "exchange", "(L" + EmitContext.CPU + ";JIJ)J", false);
        cx.storeReg(in.reg, in.opsize);
    }

    /** sum = E + G; G = E; E = sum (E last: with G = E the sum stays). */
    private static void xadd(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int size = in.opsize;
        int src = EmitContext.temp(0), dest = EmitContext.temp(1), sum = EmitContext.temp(2), ea = EmitContext.temp(3);
        cx.loadReg(in.reg, size);
        cx.lstore(src);
        if (in.rm >= 0) {
            cx.loadReg(in.rm, size);
            cx.lstore(dest);
            add(cx, dest, src, sum);
            cx.lload(dest);
            cx.storeReg(in.reg, size);
            cx.lload(sum);
            cx.storeReg(in.rm, size);
        } else {
            Label retry = new Label();
            cx.ea(in);
            cx.lstore(ea);
            mv.visitLabel(retry);
            loadAt(cx, ea, size, dest);
            add(cx, dest, src, sum);
            storeOrSwap(cx, in, ea, dest, sum, retry);
            cx.lload(dest);
            cx.storeReg(in.reg, size);
        }
        cx.flags(Flags.OP_ADD, size, dest, src, sum);
    }

    private static void add(EmitContext cx, int a, int b, int r) {
        cx.lload(a);
        cx.lload(b);
        cx.mv.visitInsn(LADD);
        cx.lstore(r);
    }

    /**
     * Compares the accumulator with E: equal, E = G; else the accumulator = E. Flags as CMP
     * accumulator,E.
     */
    private static void cmpxchg(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int size = in.opsize;
        int acc = EmitContext.temp(0), src = EmitContext.temp(1), dest = EmitContext.temp(2), t = EmitContext.temp(3);
        cx.loadReg(Cpu.RAX, size);
        cx.lstore(acc);
        cx.loadReg(in.reg, size);
        cx.lstore(src);
        if (in.rm >= 0) {
            Label differ = new Label();
            cx.loadReg(in.rm, size);
            cx.lstore(dest);
            equal(cx, acc, dest, size);
            mv.visitJumpInsn(IFNE, differ);
            cx.lload(src);
            cx.storeReg(in.rm, size);
            mv.visitLabel(differ);
        } else {
            // t: the address, then what is stored (G if equal, else E's own value).
            Label retry = new Label(), differ = new Label(), store = new Label();
            cx.ea(in);
            cx.lstore(t);
            mv.visitLabel(retry);
            loadAt(cx, t, size, dest);
            equal(cx, acc, dest, size);
            mv.visitJumpInsn(IFNE, differ);
            cx.lload(src);
            mv.visitJumpInsn(GOTO, store);
            mv.visitLabel(differ);
            cx.lload(dest);
            mv.visitLabel(store);
            cx.lstore(src); // src is not needed past the store
            storeOrSwap(cx, in, t, dest, src, retry);
        }
        cx.lload(acc);
        cx.lload(dest);
        mv.visitInsn(LSUB);
        cx.lstore(t);
        Label same = new Label();
        equal(cx, acc, dest, size);
        mv.visitJumpInsn(IFEQ, same);
        cx.lload(dest);
        cx.storeReg(Cpu.RAX, size);
        mv.visitLabel(same);
        cx.flags(Flags.OP_SUB, size, acc, dest, t);
    }

    /** Pushes an int, zero if locals {@code a} and {@code b} agree in their low {@code size} bytes. */
    private static void equal(EmitContext cx, int a, int b, int size) {
        cx.lload(a);
        cx.lload(b);
        cx.mv.visitInsn(LXOR);
        if (size < 8) {
            cx.pushLong(Flags.mask(size));
            cx.mv.visitInsn(LAND);
        }
        cx.mv.visitInsn(LCONST_0);
        cx.mv.visitInsn(LCMP);
    }

    /** Local {@code into} = the {@code size}-byte value at the address in local {@code ea}. */
    static void loadAt(EmitContext cx, int ea, int size, int into) {
        cx.memForAccess();
        cx.lload(ea);
        cx.loadAt(size);
        cx.lstore(into);
    }

    /**
     * Writes local {@code update} to the address in local {@code ea}: with LOCK only if the value
     * there still equals local {@code expected}, else back to {@code retry} (reload, recompute).
     */
    static void storeOrSwap(EmitContext cx, Insn in, int ea, int expected, int update, Label retry) {
        MethodVisitor mv = cx.mv;
        if ((in.prefixes & Insn.P_LOCK) != 0) {
            mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
            cx.lload(ea);
            cx.pushInt(in.opsize);
            cx.lload(expected);
            cx.lload(update);
            mv.visitMethodInsn(INVOKESTATIC, ATOMIC, "cas", "(L" + EmitContext.CPU + ";JIJJ)Z", false);
            mv.visitJumpInsn(IFEQ, retry);
        } else {
            cx.memForAccess();
            cx.lload(ea);
            cx.lload(update);
            cx.storeAt(in.opsize);
        }
    }
}
