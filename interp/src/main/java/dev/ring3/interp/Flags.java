package dev.ring3.interp;

/**
 * Lazy arithmetic flags (DESIGN.md decision 2). Flag-setting semantics record the operation kind,
 * size, operands and result in the CPU; OF SF ZF AF PF CF are computed only when something reads
 * them, and a condition test on a recorded compare is a plain compare ({@link #cond}). The other
 * RFLAGS bits (DF, IF, ...) live eagerly in {@code Cpu.rflags}.
 */
public final class Flags {
    public static final int CF = 0x1, PF = 0x4, AF = 0x10, ZF = 0x40, SF = 0x80, TF = 0x100,
            IF = 0x200, DF = 0x400, OF = 0x800, AC = 0x40000, ID = 0x200000;
    public static final int OSZAPC = OF | SF | ZF | AF | PF | CF;
    /** Bits user code may change with POPF (RF, VM, IOPL, VIF, VIP are not). */
    public static final int USER_WRITABLE = OSZAPC | TF | DF | AC | ID;

    /** Operation kinds recorded in Cpu.ccOp. */
    public static final int OP_EAGER = 0, OP_ADD = 1, OP_ADC = 2, OP_SUB = 3, OP_SBB = 4,
            OP_LOGIC = 5, OP_INC = 6, OP_DEC = 7, OP_SHL = 8, OP_SHR = 9, OP_SAR = 10, OP_MUL = 11;

    private Flags() {}

    // ---- recording (called by semantics) -------------------------------------------------------

    public static void add(Cpu c, int size, long a, long b, long res) {
        c.ccOp = OP_ADD; c.ccSize = size; c.ccA = a; c.ccB = b; c.ccRes = res;
    }

    /** ADC: {@code cin} is the carry that was added (0 or 1). */
    public static void adc(Cpu c, int size, long a, long b, long cin, long res) {
        c.ccOp = OP_ADC; c.ccSize = size; c.ccA = a; c.ccB = b; c.ccC = cin; c.ccRes = res;
    }

    /** SUB, CMP, NEG (a = 0), with res = a - b. */
    public static void sub(Cpu c, int size, long a, long b, long res) {
        c.ccOp = OP_SUB; c.ccSize = size; c.ccA = a; c.ccB = b; c.ccRes = res;
    }

    /** SBB: res = a - b - bin. */
    public static void sbb(Cpu c, int size, long a, long b, long bin, long res) {
        c.ccOp = OP_SBB; c.ccSize = size; c.ccA = a; c.ccB = b; c.ccC = bin; c.ccRes = res;
    }

    /** AND, OR, XOR, TEST: CF = OF = 0, AF = 0 (undefined in the SDM; what hardware gives). */
    public static void logic(Cpu c, int size, long res) {
        c.ccOp = OP_LOGIC; c.ccSize = size; c.ccRes = res;
    }

    /** INC keeps CF: it is captured before the new operation is recorded. */
    public static void inc(Cpu c, int size, long a, long res) {
        long oldCf = cf(c) ? 1 : 0;
        c.ccOp = OP_INC; c.ccSize = size; c.ccA = a; c.ccC = oldCf; c.ccRes = res;
    }

    public static void dec(Cpu c, int size, long a, long res) {
        long oldCf = cf(c) ? 1 : 0;
        c.ccOp = OP_DEC; c.ccSize = size; c.ccA = a; c.ccC = oldCf; c.ccRes = res;
    }

    /** SHL/SAL by a masked count that is not zero (a zero count changes no flags: don't call). */
    public static void shl(Cpu c, int size, long a, int count, long res) {
        c.ccOp = OP_SHL; c.ccSize = size; c.ccA = a; c.ccB = count; c.ccRes = res;
    }

    public static void shr(Cpu c, int size, long a, int count, long res) {
        c.ccOp = OP_SHR; c.ccSize = size; c.ccA = a; c.ccB = count; c.ccRes = res;
    }

    public static void sar(Cpu c, int size, long a, int count, long res) {
        c.ccOp = OP_SAR; c.ccSize = size; c.ccA = a; c.ccB = count; c.ccRes = res;
    }

    /** MUL/IMUL: CF = OF = {@code overflow}; SF ZF PF from the low result (undefined in the SDM). */
    public static void mul(Cpu c, int size, long resLow, boolean overflow) {
        c.ccOp = OP_MUL; c.ccSize = size; c.ccRes = resLow; c.ccC = overflow ? 1 : 0;
    }

    /** Sets OSZAPC to exactly {@code bits} (only those six bits are taken). */
    public static void setEager(Cpu c, long bits) {
        c.rflags = (c.rflags & ~(long) OSZAPC) | (bits & OSZAPC);
        c.ccOp = OP_EAGER;
    }

    /** Current OSZAPC bits, materialised. */
    public static int oszapc(Cpu c) {
        if (c.ccOp == OP_EAGER) {
            return (int) c.rflags & OSZAPC;
        }
        if (c.ccOp == OP_LOGIC) { // CF = OF = AF = 0
            return Shift.szp(c.ccRes, c.ccSize);
        }
        return (cf(c) ? CF : 0) | (pf(c) ? PF : 0) | (af(c) ? AF : 0) | (zf(c) ? ZF : 0)
                | (sf(c) ? SF : 0) | (of(c) ? OF : 0);
    }

    /** The whole RFLAGS as PUSHF sees it (bit 1 always set). */
    public static long rflags(Cpu c) {
        return (c.rflags & ~(long) OSZAPC) | oszapc(c) | 2;
    }

    /** Writes the bits in {@code mask} of RFLAGS from {@code value} (POPF, SAHF, sigreturn). */
    public static void setRflags(Cpu c, long value, long mask) {
        long cur = rflags(c);
        long v = (cur & ~mask) | (value & mask);
        c.rflags = (v & ~0xFFFFFFFF00000000L) | 2;
        c.ccOp = OP_EAGER;
        if ((v & (TF | AC)) != 0) {
            c.attention = true; // step from the next block boundary (Interpreter.attention)
        }
    }

    // ---- reading single flags -------------------------------------------------------------------

    public static long mask(int size) {
        return size == 8 ? -1L : (1L << (size << 3)) - 1;
    }

    public static long signBit(int size) {
        return 1L << ((size << 3) - 1);
    }

    /** Sign-extends the low {@code size} bytes of v. */
    public static long sext(long v, int size) {
        switch (size) {
            case 1: return (byte) v;
            case 2: return (short) v;
            case 4: return (int) v;
            default: return v;
        }
    }

    public static boolean cf(Cpu c) {
        int size = c.ccSize;
        switch (c.ccOp) {
            case OP_EAGER: return (c.rflags & CF) != 0;
            case OP_ADD: {
                long m = mask(size);
                return Long.compareUnsigned(c.ccRes & m, c.ccA & m) < 0;
            }
            case OP_ADC: {
                long m = mask(size);
                int cmp = Long.compareUnsigned(c.ccRes & m, c.ccA & m);
                return c.ccC != 0 ? cmp <= 0 : cmp < 0;
            }
            case OP_SUB: {
                long m = mask(size);
                return Long.compareUnsigned(c.ccA & m, c.ccB & m) < 0;
            }
            case OP_SBB: {
                long m = mask(size);
                int cmp = Long.compareUnsigned(c.ccA & m, c.ccB & m);
                return c.ccC != 0 ? cmp <= 0 : cmp < 0;
            }
            case OP_LOGIC: return false;
            case OP_INC: case OP_DEC: return c.ccC != 0;
            case OP_SHL: {
                int n = (int) c.ccB;
                int bits = size << 3;
                return n <= bits && n > 0 && ((c.ccA >>> (bits - n)) & 1) != 0;
            }
            case OP_SHR: {
                int n = (int) c.ccB;
                return n <= 64 && ((c.ccA & mask(size)) >>> (n - 1) & 1) != 0;
            }
            case OP_SAR: {
                int n = (int) c.ccB;
                return ((sext(c.ccA, size) >> Math.min(n - 1, 63)) & 1) != 0;
            }
            case OP_MUL: return c.ccC != 0;
            default: throw new IllegalStateException("ccOp " + c.ccOp);
        }
    }

    public static boolean zf(Cpu c) {
        if (c.ccOp == OP_EAGER) {
            return (c.rflags & ZF) != 0;
        }
        return (c.ccRes & mask(c.ccSize)) == 0;
    }

    public static boolean sf(Cpu c) {
        if (c.ccOp == OP_EAGER) {
            return (c.rflags & SF) != 0;
        }
        return (c.ccRes & signBit(c.ccSize)) != 0;
    }

    public static boolean pf(Cpu c) {
        if (c.ccOp == OP_EAGER) {
            return (c.rflags & PF) != 0;
        }
        return (Integer.bitCount((int) c.ccRes & 0xFF) & 1) == 0;
    }

    public static boolean af(Cpu c) {
        switch (c.ccOp) {
            case OP_EAGER: return (c.rflags & AF) != 0;
            case OP_ADD: case OP_ADC: case OP_SUB: case OP_SBB:
                return ((c.ccA ^ c.ccB ^ c.ccRes) & 0x10) != 0;
            case OP_INC: case OP_DEC:
                return ((c.ccA ^ 1 ^ c.ccRes) & 0x10) != 0;
            case OP_SHL: case OP_SHR: case OP_SAR:
                // Undefined in the SDM: AMD (Zen) sets it, Intel clears it (docs/quirks.md).
                return !UndefinedFlags.INTEL;
            default:
                return false;
        }
    }

    public static boolean of(Cpu c) {
        int size = c.ccSize;
        long sign = signBit(size);
        switch (c.ccOp) {
            case OP_EAGER: return (c.rflags & OF) != 0;
            case OP_ADD: case OP_ADC:
                return ((c.ccA ^ c.ccRes) & (c.ccB ^ c.ccRes) & sign) != 0;
            case OP_SUB: case OP_SBB:
                return ((c.ccA ^ c.ccB) & (c.ccA ^ c.ccRes) & sign) != 0;
            case OP_LOGIC: return false;
            case OP_INC: return (c.ccRes & mask(size)) == sign;
            case OP_DEC: return (c.ccA & mask(size)) == sign;
            case OP_SHL:
                // Defined for count 1 as MSB(result) XOR CF. For larger counts AMD computes the same
                // from the result, Intel as for a count of 1 (the operand's two top bits).
                if (UndefinedFlags.INTEL) {
                    return (((c.ccA & sign) != 0) ^ ((c.ccA & (sign >>> 1)) != 0));
                }
                return (((c.ccRes & sign) != 0) ^ cf(c));
            case OP_SHR:
                // Defined for count 1 as the original MSB; for larger counts AMD clears it, Intel
                // still gives the original MSB.
                return (c.ccA & sign) != 0 && (c.ccB == 1 || UndefinedFlags.INTEL);
            case OP_SAR: return false;
            case OP_MUL: return c.ccC != 0;
            default: throw new IllegalStateException("ccOp " + c.ccOp);
        }
    }

    /**
     * Evaluates condition code {@code cc} (the low nibble of Jcc/SETcc/CMOVcc: 0 O, 1 NO, 2 B, 3 AE,
     * 4 E, 5 NE, 6 BE, 7 A, 8 S, 9 NS, A P, B NP, C L, D GE, E LE, F G). After a compare the test is
     * a direct comparison of the recorded operands.
     */
    public static boolean cond(Cpu c, int cc) {
        int op = c.ccOp;
        long a, b;
        if (op == OP_SUB && (0xF0FC >>> cc & 1) != 0) { // B AE E NE BE A L GE LE G
            a = c.ccA;
            b = c.ccB;
        } else if (op == OP_LOGIC && (0xF3FC >>> cc & 1) != 0) {
            // CF = OF = 0: the flags of comparing the result with 0, and S/NS are L/GE.
            a = c.ccRes;
            b = 0;
            cc = (cc & 0xE) == 8 ? cc + 4 : cc;
        } else {
            return condFlags(c, cc);
        }
        return compare(a, b, c.ccSize, cc); // one call site: the interpreter inlines this method
    }

    /**
     * Condition {@code cc} (one of B AE E NE BE A L GE LE G) after comparing {@code a} with
     * {@code b} at {@code size} bytes: both shifted up to the top of a long, where unsigned and
     * signed 64-bit comparisons give the sized ones. Without a branch (Hacker's Delight 2-12):
     * with a switch over the conditions, C2's code of the interpreter had a trap for every
     * condition (and outcome) the profile had not seen yet, and each new one the guest used
     * later (a phase change: the first JBE after a program's set-up) threw the interpreter's
     * main method back to the JVM's interpreter until C2 had compiled it again, ~25 KB of code.
     */
    static boolean compare(long a, long b, int size, int cc) {
        int sh = 64 - (size << 3);
        a <<= sh;
        b <<= sh;
        long d = a - b;
        long x = a ^ b;
        long below = ((~a & b) | (~x & d)) >>> 63; // the borrow out of a - b
        long less = (d ^ (x & (d ^ a))) >>> 63; // the sign of a - b, corrected for overflow
        long equal = ((x - 1) & ~x) >>> 63;
        // Bit cc >> 1 holds the condition, cc & 1 negates it.
        long bits = below << 1 | equal << 2 | (below | equal) << 3 | less << 6 | (less | equal) << 7;
        return ((bits >>> (cc >> 1) ^ cc) & 1) != 0;
    }

    /** {@link #cond} from the materialised flags. */
    private static boolean condFlags(Cpu c, int cc) {
        boolean v;
        switch (cc >> 1) {
            case 0: v = of(c); break;
            case 1: v = cf(c); break;
            case 2: v = zf(c); break;
            case 3: v = cf(c) || zf(c); break;
            case 4: v = sf(c); break;
            case 5: v = pf(c); break;
            case 6: v = sf(c) != of(c); break;
            default: v = zf(c) || (sf(c) != of(c)); break;
        }
        return (cc & 1) == 0 ? v : !v;
    }
}
