package dev.ring3.interp;

/**
 * Opcode-table rows for the string instructions A4-AF. The rows take any prefix: F3 and F2 are
 * REP/REPE and REPNE (both act as REP for MOVS, STOS and LODS, as on the host). Semantics in
 * {@link Strings}; every row reads DF, CMPS and SCAS write the arithmetic flags as SUB does.
 */
final class StringRows {
    private StringRows() {}

    static void register(OpcodeTable.Builder b) {
        b.row("A4", "movs Yb,Xb", StringsSem.movs).reads(Flags.DF);
        b.row("A5", "movs Yv,Xv", StringsSem.movs).reads(Flags.DF);
        b.row("A6", "cmps Xb,Yb", StringsSem.cmps).reads(Flags.DF).writes(Flags.OSZAPC);
        b.row("A7", "cmps Xv,Yv", StringsSem.cmps).reads(Flags.DF).writes(Flags.OSZAPC);
        b.row("AA", "stos Yb,AL", StringsSem.stos).reads(Flags.DF);
        b.row("AB", "stos Yv,rAX", StringsSem.stos).reads(Flags.DF);
        b.row("AC", "lods AL,Xb", StringsSem.lods).reads(Flags.DF);
        b.row("AD", "lods rAX,Xv", StringsSem.lods).reads(Flags.DF);
        b.row("AE", "scas AL,Yb", StringsSem.scas).reads(Flags.DF).writes(Flags.OSZAPC);
        b.row("AF", "scas rAX,Yv", StringsSem.scas).reads(Flags.DF).writes(Flags.OSZAPC);
    }
}
