package dev.ring3.interp;

/**
 * Opcode-table rows for the string instructions A4-AF. The rows take any prefix: F3 and F2 are
 * REP/REPE and REPNE (both act as REP for MOVS, STOS and LODS, as on the host). Semantics in
 * {@link Strings}; every row reads DF, CMPS and SCAS write the arithmetic flags as SUB does.
 */
final class StringRows {
    private StringRows() {}

    static void register(OpcodeTable.Builder b) {
        b.row("A4", "movs Yb,Xb", Strings::movs).reads(Flags.DF);
        b.row("A5", "movs Yv,Xv", Strings::movs).reads(Flags.DF);
        b.row("A6", "cmps Xb,Yb", Strings::cmps).reads(Flags.DF).writes(Flags.OSZAPC);
        b.row("A7", "cmps Xv,Yv", Strings::cmps).reads(Flags.DF).writes(Flags.OSZAPC);
        b.row("AA", "stos Yb,AL", Strings::stos).reads(Flags.DF);
        b.row("AB", "stos Yv,rAX", Strings::stos).reads(Flags.DF);
        b.row("AC", "lods AL,Xb", Strings::lods).reads(Flags.DF);
        b.row("AD", "lods rAX,Xv", Strings::lods).reads(Flags.DF);
        b.row("AE", "scas AL,Yb", Strings::scas).reads(Flags.DF).writes(Flags.OSZAPC);
        b.row("AF", "scas rAX,Yv", Strings::scas).reads(Flags.DF).writes(Flags.OSZAPC);
    }
}
