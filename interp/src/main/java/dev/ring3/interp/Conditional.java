package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of SETcc (0F 90-9F Eb) and CMOVcc (0F 40-4F Gv,Ev). The condition is the low nibble
 * of the opcode, which the decoder leaves in {@code Insn.cond}; {@link Flags#cond} evaluates it
 * straight from the recorded operation where it can.
 */
@Semantics(Exec.class)
public final class Conditional {
    private Conditional() {}

    /** The RFLAGS bits condition code {@code cc} reads (O, B, E, BE, S, P, L, LE and negations). */
    static int flagsRead(int cc) {
        switch (cc >> 1) {
            case 0: return Flags.OF;
            case 1: return Flags.CF;
            case 2: return Flags.ZF;
            case 3: return Flags.CF | Flags.ZF;
            case 4: return Flags.SF;
            case 5: return Flags.PF;
            case 6: return Flags.SF | Flags.OF;
            default: return Flags.ZF | Flags.SF | Flags.OF;
        }
    }

    /** SETcc Eb: 1 if the condition holds, else 0 (ModRM.reg is ignored, as hardware does). */
    public static void setccEb(Cpu c, Insn i) {
        Operands.setE(c, i, 1, Flags.cond(c, i.cond) ? 1 : 0);
    }

    /**
     * CMOVcc Gv,Ev: the source is always read (a bad address faults even when the condition is
     * false), and a 32-bit destination is zero-extended even when nothing is moved (SDM Vol. 2
     * CMOVcc: "the upper 32 bits of the destination are cleared").
     */
    public static void cmovccGvEv(Cpu c, Insn i) {
        long v = Operands.getE(c, i);
        if (Flags.cond(c, i.cond)) {
            Operands.setG(c, i, v);
        } else if (i.opsize == 4) {
            c.r[i.reg] &= 0xFFFFFFFFL;
        }
    }
}
