package dev.ring3.interp;

/**
 * objdump's names for the x87 escape opcodes D8-DF (binutils i386-dis.c float_mem and float_reg),
 * looked up by encoding rather than by table row so that the listing does not depend on how the
 * x87 rows spell their mnemonics. Memory forms carry objdump's size suffixes (flds, fildll,
 * fstpt); register forms keep its AT&T operand order, including the historical fsub/fsubr swap
 * of DC and DE (SDM Vol. 2 FSUB lists DC E8+i as FSUB ST(i),ST(0); objdump prints it as fsubr).
 */
final class X87Syntax {
    private X87Syntax() {}

    /** Memory forms, indexed by (opcode - 0xD8) * 8 + ModRM.reg. */
    private static final String[] MEM = {
        "fadds", "fmuls", "fcoms", "fcomps", "fsubs", "fsubrs", "fdivs", "fdivrs",
        "flds", null, "fsts", "fstps", "fldenv", "fldcw", "fnstenv", "fnstcw",
        "fiaddl", "fimull", "ficoml", "ficompl", "fisubl", "fisubrl", "fidivl", "fidivrl",
        "fildl", "fisttpl", "fistl", "fistpl", null, "fldt", null, "fstpt",
        "faddl", "fmull", "fcoml", "fcompl", "fsubl", "fsubrl", "fdivl", "fdivrl",
        "fldl", "fisttpll", "fstl", "fstpl", "frstor", null, "fnsave", "fnstsw",
        "fiadds", "fimuls", "ficoms", "ficomps", "fisubs", "fisubrs", "fidivs", "fidivrs",
        "filds", "fisttps", "fists", "fistps", "fbld", "fildll", "fbstp", "fistpll",
    };

    /**
     * Register forms, indexed like {@link #MEM}: "name i" prints %st(i), "name i,st" prints
     * %st(i),%st, "name st,i" prints %st,%st(i); "=" introduces up to eight names separated by
     * '|', one per ModRM.rm ("-" or missing where objdump prints (bad)); null is (bad) for every rm.
     */
    private static final String[] REG = {
        "fadd i,st", "fmul i,st", "fcom i", "fcomp i", "fsub i,st", "fsubr i,st", "fdiv i,st", "fdivr i,st",
        "fld i", "fxch i", "=fnop", null, "=fchs|fabs|-|-|ftst|fxam", "=fld1|fldl2t|fldl2e|fldpi|fldlg2|fldln2|fldz",
        "=f2xm1|fyl2x|fptan|fpatan|fxtract|fprem1|fdecstp|fincstp",
        "=fprem|fyl2xp1|fsqrt|fsincos|frndint|fscale|fsin|fcos",
        "fcmovb i,st", "fcmove i,st", "fcmovbe i,st", "fcmovu i,st", null, "=-|fucompp", null, null,
        "fcmovnb i,st", "fcmovne i,st", "fcmovnbe i,st", "fcmovnu i,st",
        "=fneni(8087 only)|fndisi(8087 only)|fnclex|fninit|fnsetpm(287 only)|frstpm(287 only)",
        "fucomi i,st", "fcomi i,st", null,
        "fadd st,i", "fmul st,i", null, null, "fsub st,i", "fsubr st,i", "fdiv st,i", "fdivr st,i",
        "ffree i", null, "fst i", "fstp i", "fucom i", "fucomp i", null, null,
        "faddp st,i", "fmulp st,i", null, "=-|fcompp", "fsubp st,i", "fsubrp st,i", "fdivp st,i", "fdivrp st,i",
        "ffreep i", null, null, null, "=fnstsw", "fucomip i,st", "fcomip i,st", null,
    };

    /** True for the x87 escape opcodes. */
    static boolean isEscape(int opcode) {
        return opcode >= 0xD8 && opcode <= 0xDF;
    }

    /**
     * The mnemonic of escape {@code opcode} with ModRM byte {@code modrm}, and for register forms
     * its operands after a tab ("fadd\t%st(1),%st"); null where objdump prints (bad).
     */
    static String format(int opcode, int modrm) {
        int idx = (opcode - 0xD8) * 8 + ((modrm >> 3) & 7);
        if ((modrm >> 6) != 3) {
            return MEM[idx];
        }
        String row = REG[idx];
        if (row == null) {
            return null;
        }
        int i = modrm & 7;
        if (row.startsWith("=")) {
            String[] names = row.substring(1).split("\\|");
            if (i >= names.length || names[i].equals("-")) {
                return null;
            }
            // FNSTSW AX is the one group member with an operand.
            return names[i].equals("fnstsw") ? "fnstsw\t%ax" : names[i];
        }
        int sp = row.indexOf(' ');
        String name = row.substring(0, sp);
        String st = "%st(" + i + ")";
        switch (row.substring(sp + 1)) {
            case "i": return name + "\t" + st;
            case "i,st": return name + "\t" + st + ",%st";
            default: return name + "\t%st," + st;
        }
    }
}
