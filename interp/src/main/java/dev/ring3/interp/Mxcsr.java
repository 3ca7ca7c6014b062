package dev.ring3.interp;

/**
 * MXCSR, the SSE control and status register (Intel SDM Vol. 1 §10.2.3): the bits, the rounding
 * modes, and committing the exception flags an instruction raised (sticky flags, #XM when one of
 * them is unmasked).
 */
public final class Mxcsr {
    private Mxcsr() {}

    /** Exception flags (sticky status bits 0..5): invalid, denormal, divide-by-zero, overflow, underflow, precision. */
    public static final int IE = 0x1, DE = 0x2, ZE = 0x4, OE = 0x8, UE = 0x10, PE = 0x20;
    public static final int FLAGS = 0x3F;
    /** The pre-computation exceptions: detected from the operands, before any result exists. */
    public static final int PRE = IE | DE | ZE;
    /** Denormals-are-zeros: denormal source operands read as signed zero, no DE. */
    public static final int DAZ = 0x40;
    /** Exception masks, bits 7..12, in the same order as the flags. */
    public static final int MASK_SHIFT = 7, MASKS = 0x1F80;
    /** Rounding control, bits 13..14. */
    public static final int RC_SHIFT = 13, RC_MASK = 0x6000;
    public static final int RC_NEAREST = 0, RC_DOWN = 1, RC_UP = 2, RC_ZERO = 3;
    /** Flush-to-zero: tiny results become signed zero when underflow is masked. */
    public static final int FTZ = 0x8000;
    /**
     * Bits a program may set (MXCSR_MASK as FXSAVE reports it: DAZ supported). Setting any other
     * bit with LDMXCSR or FXRSTOR raises #GP (SDM Vol. 1 §10.2.3.1). On an AMD host bit 17 too,
     * MM (misaligned SSE mode), as the host's MXCSR_MASK 0x2FFFF says: it can be set, and is kept
     * and saved, but changes nothing here, as on the Zen 5 host, where a misaligned ADDPS or
     * MOVAPS still faults with it set (corpus `mxcsr_mm`). Intel's mask is 0xFFFF.
     */
    public static final int WRITABLE = UndefinedFlags.INTEL ? 0xFFFF : 0x2FFFF;
    /** Power-on / Linux initial value. */
    public static final int DEFAULT = 0x1F80;

    /**
     * Bits that must be exactly as in {@link #DEFAULT} for an operation to take the fast path:
     * round to nearest, no DAZ/FTZ, all exceptions masked. The flag bits may be anything.
     */
    public static final int FAST_BITS = 0xFFC0;

    /** True if arithmetic can use plain Java round-to-nearest with only the flag bits to compute. */
    public static boolean fast(int mxcsr) {
        return (mxcsr & FAST_BITS) == DEFAULT;
    }

    public static int rc(int mxcsr) {
        return (mxcsr >>> RC_SHIFT) & 3;
    }

    /**
     * Records the flags an instruction raised. If any raised flag is unmasked the instruction
     * faults with #XM before writing its destination (SIMD floating-point exceptions are faults,
     * SDM Vol. 1 §11.5.1), so callers commit before they write.
     */
    public static void commit(Cpu c, int flags) {
        if (flags == 0) {
            return;
        }
        int unmasked = flags & ~(c.mxcsr >>> MASK_SHIFT) & FLAGS;
        if ((unmasked & PRE) != 0) {
            // An unmasked pre-computation exception in any lane: no lane reports OE, UE or PE
            // (SDM Vol. 1 §11.5.2; checked natively with DIVPS).
            flags &= PRE;
        }
        c.mxcsr |= flags;
        if (unmasked != 0) {
            throw new CpuException(CpuException.XM, unmasked);
        }
    }
}
