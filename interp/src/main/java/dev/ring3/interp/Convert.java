package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of the accumulator sign extensions: CBW/CWDE/CDQE (98) widen rAX in place, and
 * CWD/CDQ/CQO (99) fill rDX with the sign of rAX ahead of IDIV. The width is the operand size.
 */
@Semantics(Exec.class)
public final class Convert {
    private Convert() {}

    /** 98: AX = sext(AL), EAX = sext(AX) (zeroing bits 63..32), or RAX = sext(EAX). */
    public static void cwde(Cpu c, Insn i) {
        int size = i.opsize;
        long half = Flags.sext(c.r[Cpu.RAX], size >> 1);
        Operands.setReg(c, Cpu.RAX, size, half);
    }

    /** 99: rDX = all copies of rAX's sign bit, at the operand size. */
    public static void cdq(Cpu c, Insn i) {
        int size = i.opsize;
        long sign = Flags.sext(c.r[Cpu.RAX], size) >> 63;
        Operands.setReg(c, Cpu.RDX, size, sign);
    }
}
