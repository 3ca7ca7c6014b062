package dev.ring3.interp;

/**
 * Renders the operands of a decoded instruction in AT&T syntax the way GNU objdump does
 * (binutils i386-dis.c): register names by size, memory operands with objdump's displacement
 * and %riz rules, immediates masked to their operand size. Used by {@link Disassembler}.
 */
final class AttOperands {
    private AttOperands() {}

    private static final String[] R64 = {
        "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
    };
    private static final String[] R32 = {
        "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
        "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d",
    };
    private static final String[] R16 = {
        "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
        "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w",
    };
    private static final String[] R8 = {
        "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
        "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b",
    };
    private static final String[] HIGH8 = {"ah", "ch", "dh", "bh"};
    private static final String[] SEGMENTS = {"es", "cs", "ss", "ds", "fs", "gs", "?", "?"};

    /** General register {@code n} (or {@code Insn.HIGH_BYTE + n}) at {@code size} bytes, with its '%'. */
    static String gpr(int n, int size) {
        if (n >= Insn.HIGH_BYTE) {
            return "%" + HIGH8[n - Insn.HIGH_BYTE];
        }
        switch (size) {
            case 1: return "%" + R8[n];
            case 2: return "%" + R16[n];
            case 4: return "%" + R32[n];
            default: return "%" + R64[n];
        }
    }

    static String xmm(int n) {
        return "%xmm" + n;
    }

    /** MMX register {@code n}: REX.R and REX.B do not extend it, so only the low three bits count. */
    static String mmx(int n) {
        return "%mm" + (n & 7);
    }

    static String segment(int n) {
        return "%" + SEGMENTS[n & 7];
    }

    /** An address register for the address size: %rax or, under a 0x67 prefix, %eax. */
    private static String addrReg(int n, int addrsize) {
        return "%" + (addrsize == 4 ? R32[n] : R64[n]);
    }

    /** "%fs:" or "%gs:" when the instruction carries that override, else "". */
    static String segPrefix(Insn in) {
        switch (in.seg) {
            case Insn.SEG_FS: return "%fs:";
            case Insn.SEG_GS: return "%gs:";
            default: return "";
        }
    }

    /** True if the ModRM memory operand is RIP-relative (mod 00, r/m 101, no SIB). */
    static boolean ripRelative(Insn in) {
        return AttRow.of(in.op).modrm && in.rm < 0 && (in.modrm >> 6) == 0 && (in.modrm & 7) == 5;
    }

    /**
     * The ModRM memory operand as objdump prints it: the displacement (signed when a register or
     * the "(,%riz,s)" form follows, else an unsigned address), then "(base,index,scale)" with
     * %riz standing for a SIB byte that has no index but a scale or a base other than rsp/r12
     * (i386-dis.c OP_E_memory).
     */
    static String memory(Insn in) {
        StringBuilder sb = new StringBuilder(24);
        sb.append(segPrefix(in));
        int mod = in.modrm >> 6;
        boolean addr32 = in.addrsize == 4;
        if (ripRelative(in)) {
            displacement(sb, (int) (in.disp - in.next));
            sb.append(addr32 ? "(%eip)" : "(%rip)");
            return sb.toString();
        }
        boolean hasSib = (in.modrm & 7) == 4;
        boolean haveBase = in.base >= 0;
        boolean haveIndex = in.index >= 0;
        boolean needIndex = hasSib && !haveBase && !haveIndex && addr32;
        long disp = in.disp;
        if (needIndex) {
            disp &= 0xFFFFFFFFL; // without base or index, addr32 zero-extends the displacement
        }
        boolean haveDisp = haveBase || needIndex || (hasSib && (haveIndex || in.scale != 0));
        // The raw base field is 5 exactly when mod 00 has no base (a bare disp32).
        if (mod != 0 || !haveBase) {
            if (haveDisp) {
                displacement(sb, disp);
            } else {
                sb.append("0x").append(Long.toHexString(addr32 ? disp & 0xFFFFFFFFL : disp));
            }
        }
        if (haveDisp) {
            sb.append('(');
            if (haveBase) {
                sb.append(addrReg(in.base, in.addrsize));
            }
            if (hasSib && (in.scale != 0 || needIndex || haveIndex || (haveBase && (in.base & 7) != 4))) {
                sb.append(',');
                sb.append(haveIndex ? addrReg(in.index, in.addrsize) : addr32 ? "%eiz" : "%riz");
                sb.append(',').append(1 << in.scale);
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** A signed displacement: "0x10" or "-0x10". */
    private static void displacement(StringBuilder sb, long v) {
        if (v < 0) {
            sb.append('-');
            v = -v;
            if (v < 0) {
                sb.append("0x8000000000000000");
                return;
            }
        }
        sb.append("0x").append(Long.toHexString(v));
    }

    /** The absolute address a RIP-relative operand names, as objdump's "# addr" comment shows it. */
    static long ripTarget(Insn in) {
        return in.addrsize == 4 ? in.disp & 0xFFFFFFFFL : in.disp;
    }

    /** An immediate masked to {@code size} bytes: "$0xff". */
    static String immediate(long v, int size) {
        return "$0x" + Long.toHexString(mask(v, size));
    }

    static long mask(long v, int size) {
        switch (size) {
            case 1: return v & 0xFF;
            case 2: return v & 0xFFFF;
            case 4: return v & 0xFFFFFFFFL;
            default: return v;
        }
    }

    /** The implicit string operands: %ds:(%rsi), which a segment override replaces, and %es:(%rdi). */
    static String stringSource(Insn in) {
        String seg = in.seg == Insn.SEG_NONE ? "%ds:" : segPrefix(in);
        return seg + "(" + addrReg(6, in.addrsize) + ")";
    }

    /** XLAT's table: %ds:(%rbx), which a segment override replaces. */
    static String xlatSource(Insn in) {
        String seg = in.seg == Insn.SEG_NONE ? "%ds:" : segPrefix(in);
        return seg + "(" + addrReg(3, in.addrsize) + ")";
    }

    static String stringDestination(Insn in) {
        return "%es:(" + addrReg(7, in.addrsize) + ")";
    }
}
