package dev.ring3.jit;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;

/**
 * Flags that translated code keeps pending in locals instead of recording them in the CPU: the
 * last emitted flag-setting operation's kind | size << 8 (-1: the CPU is current), operands,
 * result and, for INC/DEC, the carry they keep. Recorded at exits, at faults and before semantics
 * that read or partly write flags, so the CPU always ends up as the interpreter would leave it.
 * Small static methods: C2 inlines them and folds the switch on the constant kind.
 */
public final class FlagRecord {
    private FlagRecord() {}

    /**
     * A pending kind of the JIT's own: the flags in mask {@code b} are set to the bits in {@code a},
     * the others are what the CPU holds (recorded before). Rotates, MUL/IMUL, BT, BSF.
     */
    static final int MERGE = 0x7F;

    /**
     * A pending kind of the JIT's own: CF is {@code res} (0 or 1), the other flags are what the
     * CPU holds (recorded before). BT BTS BTR BTC, CLC STC CMC: a JC/JNC, SETC/SETNC or
     * CMOVC/CMOVNC after them is a JVM test of {@code res}.
     */
    static final int CARRY = 0x7E;

    /**
     * Bits of the pending kind beyond kind | size << 8: a value translated code did not keep, to
     * be derived from the others (all exact, as the emitters compute res = a op b in 64 bits).
     * DERIVE_A: the first operand of ADD (res - b), SUB (res + b), INC (res - 1), DEC (res + 1),
     * whose result a register holds anyway; DERIVE_RES: the result of a CMP (a - b), whose
     * operands the registers hold.
     */
    static final int DERIVE_A = 1 << 16, DERIVE_RES = 1 << 17;

    /** The first operand of a pending operation (derived if DERIVE_A). */
    static long a(int pending, long a, long b, long res) {
        if ((pending & DERIVE_A) == 0) {
            return a;
        }
        switch (pending & 0xFF) {
            case Flags.OP_ADD: return res - b;
            case Flags.OP_SUB: return res + b;
            case Flags.OP_INC: return res - 1;
            default: return res + 1;
        }
    }

    /** The result of a pending operation (derived if DERIVE_RES). */
    static long res(int pending, long a, long b, long res) {
        if ((pending & DERIVE_RES) == 0) {
            return res;
        }
        return (pending & 0xFF) == Flags.OP_ADD ? a + b : a - b;
    }

    /**
     * Records pending flags into the CPU, if any are pending. A kind of {@code Flags.OP_*} takes
     * the operands as the interpreter records them (b: the count of a shift; carry: the carry
     * in of ADC/SBB, the carry INC/DEC keep); {@code Flags.OP_EAGER} has the OSZAPC bits in res.
     */
    public static void record(Cpu cpu, int pending, long a, long b, long res, long carry) {
        if (pending < 0) {
            return;
        }
        if (pending > 0xFFFF) {
            long a0 = a;
            a = a(pending, a0, b, res);
            res = res(pending, a0, b, res);
            pending &= 0xFFFF;
        }
        int kind = pending & 0xFF;
        if (kind == MERGE) {
            Flags.setEager(cpu, (Flags.oszapc(cpu) & ~b) | a);
        } else if (kind == CARRY) {
            Flags.setEager(cpu, (Flags.oszapc(cpu) & ~Flags.CF) | res);
        } else if (kind == Flags.OP_EAGER) {
            Flags.setEager(cpu, res);
        } else {
            cpu.ccOp = kind;
            cpu.ccSize = pending >>> 8;
            cpu.ccA = a;
            cpu.ccB = b;
            cpu.ccC = carry;
            cpu.ccRes = res;
        }
    }

    /** CF (0 or 1) as it stands: from the pending operation, or from the CPU. */
    public static long carry(Cpu cpu, int pending, long a, long b, long res, long carry) {
        if (pending < 0) {
            return Flags.cf(cpu) ? 1 : 0;
        }
        if (pending > 0xFFFF) {
            long a0 = a;
            a = a(pending, a0, b, res);
            res = res(pending, a0, b, res);
            pending &= 0xFFFF;
        }
        long m = Flags.mask(pending >>> 8);
        switch (pending & 0xFF) {
            case Flags.OP_ADD: return Long.compareUnsigned(res & m, a & m) < 0 ? 1 : 0;
            case Flags.OP_SUB: return Long.compareUnsigned(a & m, b & m) < 0 ? 1 : 0;
            case Flags.OP_LOGIC: return 0;
            case Flags.OP_INC: case Flags.OP_DEC: return carry;
            case Flags.OP_EAGER: return res & Flags.CF;
            case CARRY: return res;
            case MERGE: return (b & Flags.CF) != 0 ? a & Flags.CF : Flags.cf(cpu) ? 1 : 0;
            default:
                record(cpu, pending, a, b, res, carry);
                return Flags.cf(cpu) ? 1 : 0;
        }
    }

    /** Condition {@code cc} of OSZAPC bits held eagerly (after UCOMISD/COMISD). */
    public static boolean eagerCond(long bits, int cc) {
        boolean v;
        switch (cc >> 1) {
            case 0: v = (bits & Flags.OF) != 0; break;
            case 1: v = (bits & Flags.CF) != 0; break;
            case 2: v = (bits & Flags.ZF) != 0; break;
            case 3: v = (bits & (Flags.CF | Flags.ZF)) != 0; break;
            case 4: v = (bits & Flags.SF) != 0; break;
            case 5: v = (bits & Flags.PF) != 0; break;
            case 6: v = ((bits & Flags.SF) != 0) != ((bits & Flags.OF) != 0); break;
            default: v = (bits & Flags.ZF) != 0 || ((bits & Flags.SF) != 0) != ((bits & Flags.OF) != 0); break;
        }
        return (cc & 1) == 0 ? v : !v;
    }
}
