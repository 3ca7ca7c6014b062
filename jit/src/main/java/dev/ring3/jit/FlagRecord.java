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

    /** Records pending flags into the CPU, if any are pending. */
    public static void record(Cpu cpu, int pending, long a, long b, long res, long carry) {
        if (pending < 0) {
            return;
        }
        int size = pending >>> 8;
        switch (pending & 0xFF) {
            case Flags.OP_ADD: Flags.add(cpu, size, a, b, res); break;
            case Flags.OP_SUB: Flags.sub(cpu, size, a, b, res); break;
            case Flags.OP_LOGIC: Flags.logic(cpu, size, res); break;
            default: // INC, DEC: the carry they kept
                cpu.ccOp = pending & 0xFF;
                cpu.ccSize = size;
                cpu.ccA = a;
                cpu.ccC = carry;
                cpu.ccRes = res;
                break;
        }
    }

    /** CF (0 or 1) as it stands: from the pending operation, or from the CPU. */
    public static long carry(Cpu cpu, int pending, long a, long b, long res, long carry) {
        if (pending < 0) {
            return Flags.cf(cpu) ? 1 : 0;
        }
        long m = Flags.mask(pending >>> 8);
        switch (pending & 0xFF) {
            case Flags.OP_ADD: return Long.compareUnsigned(res & m, a & m) < 0 ? 1 : 0;
            case Flags.OP_SUB: return Long.compareUnsigned(a & m, b & m) < 0 ? 1 : 0;
            case Flags.OP_LOGIC: return 0;
            default: return carry;
        }
    }
}
