package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of the instructions that set RFLAGS bits directly: CLC STC CMC (F8 F9 F5), CLD STD
 * (FC FD), and LAHF/SAHF (9F 9E), which move SF ZF AF PF CF through AH. The carry instructions
 * materialise the lazy flags once and leave them eager; DF is never lazy.
 */
@Semantics(Exec.class)
public final class FlagOps {
    private FlagOps() {}

    public static void clc(Cpu c, Insn i) {
        Flags.setEager(c, Flags.oszapc(c) & ~Flags.CF);
    }

    public static void stc(Cpu c, Insn i) {
        Flags.setEager(c, Flags.oszapc(c) | Flags.CF);
    }

    public static void cmc(Cpu c, Insn i) {
        Flags.setEager(c, Flags.oszapc(c) ^ Flags.CF);
    }

    public static void cld(Cpu c, Insn i) {
        c.rflags &= ~(long) Flags.DF;
    }

    public static void std(Cpu c, Insn i) {
        c.rflags |= Flags.DF;
    }

    /** LAHF: AH = SF:ZF:0:AF:0:PF:1:CF (bit 1 of RFLAGS always reads as 1). */
    public static void lahf(Cpu c, Insn i) {
        long ah = (Flags.oszapc(c) & (Flags.SF | Flags.ZF | Flags.AF | Flags.PF | Flags.CF)) | 2;
        c.r[Cpu.RAX] = (c.r[Cpu.RAX] & ~0xFF00L) | (ah << 8);
    }

    /** SAHF: SF ZF AF PF CF = the matching bits of AH; OF is unchanged. */
    public static void sahf(Cpu c, Insn i) {
        int ah = (int) (c.r[Cpu.RAX] >>> 8) & 0xFF;
        int keep = Flags.oszapc(c) & Flags.OF;
        Flags.setEager(c, keep | (ah & (Flags.SF | Flags.ZF | Flags.AF | Flags.PF | Flags.CF)));
    }
}
