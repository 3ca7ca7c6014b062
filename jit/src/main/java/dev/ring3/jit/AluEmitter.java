package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.LADD;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.LOR;
import static net.bytebuddy.jar.asm.Opcodes.LSUB;
import static net.bytebuddy.jar.asm.Opcodes.LXOR;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import net.bytebuddy.jar.asm.Label;

/**
 * ADD OR ADC SBB AND SUB XOR CMP TEST, INC DEC NEG NOT at every size (AH..BH included), register
 * or memory, as the interpreter's {@code Alu} computes them: the result unmasked, the destination
 * written with the partial-register rule, a memory destination stored before the flags are
 * recorded, flags recorded only where they are read. LOCK on memory is a compare-and-exchange
 * loop ({@link AtomicEmitter#storeOrSwap}), except for ADC and SBB.
 */
final class AluEmitter extends ModrmEmitter {
    /** Operation: the ALU's /digit numbering, plus TEST, INC, DEC, NEG and NOT. */
    static final int ADD = 0, OR = 1, ADC = 2, SBB = 3, AND = 4, SUB = 5, XOR = 6, CMP = 7, TEST = 8, INC = 9,
            DEC = 10, NEG = 11, NOT = 12;
    /** Operand shapes: E = E op G, G = G op E, rAX op imm, E op imm, E op 1 (INC/DEC), op E (NEG/NOT). */
    static final int EG = 0, GE = 1, AI = 2, EI = 3, E1 = 4, E = 5;

    private final int op;
    private final int shape;

    AluEmitter(int op, int shape) {
        this.op = op;
        this.shape = shape;
    }

    @Override
    public boolean accepts(Insn in) {
        if (in.addrsize != 8) {
            return false;
        }
        // LOCK on a memory destination: a compare-and-exchange loop (not ADC/SBB: their carry
        // takes the temporary the address needs). LOCK elsewhere is #UD: the semantics raise it.
        return (in.prefixes & Insn.P_LOCK) == 0
                || in.rm < 0 && shape != GE && shape != AI && op != ADC && op != SBB && op != CMP && op != TEST;
    }

    @Override
    public int registers(Insn in) {
        return shape == AI ? 1 << Cpu.RAX : super.registers(in);
    }

    @Override
    public int flagKind(Insn in) {
        switch (op) {
            case ADD: return Flags.OP_ADD;
            case ADC: return Flags.OP_ADC;
            case SBB: return Flags.OP_SBB;
            case SUB: case CMP: case NEG: return Flags.OP_SUB;
            case INC: return Flags.OP_INC;
            case DEC: return Flags.OP_DEC;
            case NOT: return -1;
            default: return Flags.OP_LOGIC;
        }
    }

    @Override
    public int flagsWritten(Insn in) {
        switch (op) {
            case NOT: return 0;
            case INC: case DEC: return Flags.OSZAPC & ~Flags.CF;
            default: return Flags.OSZAPC;
        }
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        int size = in.opsize;
        int a = EmitContext.temp(0), b = EmitContext.temp(1), r = EmitContext.temp(2), c = EmitContext.temp(3);
        if ((in.prefixes & Insn.P_LOCK) != 0) {
            locked(cx, in, size, a, b, r, c);
            return;
        }
        if (op == NEG || op == NOT) {
            unary(cx, in, size, a, b, r);
            return;
        }
        // a: the destination (or first) operand.
        switch (shape) {
            case GE: cx.loadReg(in.reg, size); break;
            case AI: cx.loadReg(Cpu.RAX, size); break;
            default: cx.loadE(in, size); break;
        }
        cx.lstore(a);
        switch (shape) {
            case EG: cx.loadReg(in.reg, size); break;
            case GE: cx.loadE(in, size); break;
            case E1: cx.pushLong(1); break;
            default: cx.pushLong(in.imm); break;
        }
        cx.lstore(b);
        if (op == ADC || op == SBB) {
            cx.carryInto(c);
        }
        cx.lload(a);
        cx.lload(b);
        cx.mv.visitInsn(opcode());
        if (op == ADC || op == SBB) {
            cx.lload(c);
            cx.mv.visitInsn(op == ADC ? LADD : LSUB);
        }
        cx.lstore(r);
        if (op != CMP && op != TEST) {
            switch (shape) {
                case GE: cx.lload(r); cx.storeReg(in.reg, size); break;
                case AI: cx.lload(r); cx.storeReg(Cpu.RAX, size); break;
                default: cx.storeE(in, size, r); break;
            }
        }
        // The pending flags keep what the registers hold anyway: ADD/SUB/INC/DEC's result (its
        // first operand is derived), CMP's operands (its difference is derived).
        int derive = op == CMP ? FlagRecord.DERIVE_RES
                : op == ADD || op == SUB || op == INC || op == DEC ? FlagRecord.DERIVE_A : 0;
        cx.flags(flagKind(in), size, a, b, r, op == ADC || op == SBB ? c : -1, derive);
    }

    /**
     * LOCK op [mem]: load, compute, and store only if memory still holds what was loaded, else
     * again (the interpreter's {@code Atomic}); the address lives in {@code ea} until the flags.
     */
    private void locked(EmitContext cx, Insn in, int size, int a, int b, int r, int ea) {
        boolean unary = op == NEG || op == NOT;
        int old = unary ? b : a;
        Label retry = new Label();
        cx.ea(in);
        cx.lstore(ea);
        cx.mv.visitLabel(retry);
        AtomicEmitter.loadAt(cx, ea, size, old);
        if (op == NOT) {
            cx.lload(b);
            cx.pushLong(-1);
            cx.mv.visitInsn(LXOR);
        } else if (op == NEG) {
            cx.pushLong(0);
            cx.lstore(a);
            cx.lload(a);
            cx.lload(b);
            cx.mv.visitInsn(LSUB);
        } else {
            if (shape == EG) {
                cx.loadReg(in.reg, size);
            } else {
                cx.pushLong(shape == E1 ? 1 : in.imm);
            }
            cx.lstore(b);
            cx.lload(a);
            cx.lload(b);
            cx.mv.visitInsn(opcode());
        }
        cx.lstore(r);
        AtomicEmitter.storeOrSwap(cx, in, ea, old, r, retry);
        if (op != NOT) {
            cx.flags(flagKind(in), size, a, b, r);
        }
    }

    /** NEG (0 - E, flags of that subtraction) and NOT (no flags). */
    private void unary(EmitContext cx, Insn in, int size, int a, int b, int r) {
        cx.loadE(in, size);
        cx.lstore(b);
        if (op == NOT) {
            cx.lload(b);
            cx.pushLong(-1);
            cx.mv.visitInsn(LXOR);
            cx.lstore(r);
            cx.storeE(in, size, r);
            return;
        }
        cx.pushLong(0);
        cx.lstore(a);
        cx.lload(a);
        cx.lload(b);
        cx.mv.visitInsn(LSUB);
        cx.lstore(r);
        cx.storeE(in, size, r);
        cx.flags(Flags.OP_SUB, size, a, b, r);
    }

    private int opcode() {
        switch (op) {
            case ADD: case INC: case ADC: return LADD;
            case SUB: case CMP: case DEC: case SBB: return LSUB;
            case OR: return LOR;
            case XOR: return LXOR;
            default: return LAND;
        }
    }
}
