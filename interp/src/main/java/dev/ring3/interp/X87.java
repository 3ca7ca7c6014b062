package dev.ring3.interp;

/**
 * The x87 register stack and status word (SDM Vol. 1 §8.1, §8.5): TOP, tags, pushes and pops,
 * stack faults, and delivering a result with its exception flags. Shared by every x87 semantic
 * class.
 *
 * <p>Unmasked exceptions are deferred as on hardware: the instruction that raises one sets the
 * flag, ES and B in the status word (leaving its destination alone for IE, DE and ZE, wrapping
 * the exponent for OE and UE), and the next waiting x87 instruction raises #MF before doing
 * anything ({@link #begin}). FNINIT, FNCLEX, FNSTENV, FNSAVE, FNSTSW and FNSTCW do not wait.
 */
final class X87 {
    private X87() {}

    static final int IE = Float80.IE, SF = Float80.SF, ES = Float80.ES, C0 = Float80.C0, C1 = Float80.C1,
            C2 = Float80.C2, C3 = Float80.C3, B = 0x8000, TOP = 0x3800, CC = C0 | C1 | C2 | C3;

    /** Tag values stored by FNSTENV/FNSAVE (SDM Vol. 1 §8.1.7). */
    static final int TAG_VALID = 0, TAG_ZERO = 1, TAG_SPECIAL = 2, TAG_EMPTY = 3;

    // ---- the stack ---------------------------------------------------------------------------------

    static int top(Cpu c) {
        return (c.fpuStatus >>> 11) & 7;
    }

    /** Physical register number of ST(i). */
    static int st(Cpu c, int i) {
        return ((c.fpuStatus >>> 11) + i) & 7;
    }

    static boolean empty(Cpu c, int p) {
        return ((c.fpuTag >>> (p << 1)) & 3) == 3;
    }

    static void setTop(Cpu c, int top) {
        c.fpuStatus = (c.fpuStatus & ~TOP) | ((top & 7) << 11);
    }

    static void write(Cpu c, int p, int se, long man) {
        c.fpuSe[p] = se;
        c.fpuMan[p] = man;
        c.fpuTag &= ~(3 << (p << 1));
    }

    static void free(Cpu c, int p) {
        c.fpuTag |= 3 << (p << 1);
    }

    /** Marks ST(0) empty and increments TOP. */
    static void pop(Cpu c) {
        int p = st(c, 0);
        free(c, p);
        setTop(c, p + 1);
    }

    // ---- instruction framing -------------------------------------------------------------------

    /**
     * Starts a waiting x87 instruction: an unmasked exception left pending by an earlier one
     * raises #MF now (SDM Vol. 1 §8.6, deferred error reporting); then the instruction pointer and
     * opcode are recorded for FNSTENV/FNSAVE/FXSAVE, with Linux's user CS as FCS.
     */
    static void begin(Cpu c, Insn i, int fop) {
        if ((c.fpuStatus & ES) != 0) {
            throw new CpuException(CpuException.MF);
        }
        c.fpuIp = i.addr;
        c.fpuCs = Moves.USER_CS;
        if (UndefinedFlags.INTEL) { // FOP and FDP change only with an unmasked exception (commit)
            c.fpuOpNext = fop;
            c.fpuDpNext = c.fpuDp;
            c.fpuDsNext = c.fpuDs;
        } else {
            c.fpuOp = fop;
        }
    }

    /** An unmasked exception was raised: on an Intel host FOP and FDP now take the instruction's values. */
    private static void commit(Cpu c) {
        if (UndefinedFlags.INTEL) {
            c.fpuOp = c.fpuOpNext;
            c.fpuDp = c.fpuDpNext;
            c.fpuDs = c.fpuDsNext;
        }
    }

    /**
     * The memory operand's address. Its offset (without an FS or GS base) is recorded as the last
     * data pointer and the selector of its default segment as FDS: SS (Linux's 0x2B) for an RSP or
     * RBP base, DS (null unless loaded) otherwise, 0 for FS and GS, as the host stores them (64-bit mode ignores the
     * other segment overrides).
     */
    static long operand(Cpu c, Insn i) {
        long a = Operands.ea(c, i);
        long dp;
        int ds;
        if (i.seg == Insn.SEG_NONE) {
            dp = a;
            ds = i.base == Cpu.RSP || i.base == Cpu.RBP ? Moves.USER_DS : c.sreg[Moves.SREG_DS];
        } else {
            dp = Operands.eaOffset(c, i);
            ds = 0;
        }
        if (UndefinedFlags.INTEL) {
            c.fpuDpNext = dp;
            c.fpuDsNext = ds;
        } else {
            c.fpuDp = dp;
            c.fpuDs = ds;
        }
        return a;
    }

    /** True if exception bits {@code f} include an unmasked one. */
    static boolean unmasked(Cpu c, int f) {
        return (f & ~c.fpuControl & 0x3F) != 0;
    }

    /**
     * Records status bits {@code f} (exception flags and C1): sticky flags accumulate, C1 is set or
     * cleared, and an unmasked exception sets ES and B. Returns false if an unmasked IE, DE or ZE
     * means the destination must not be written.
     */
    static boolean status(Cpu c, int f) {
        int unmasked = f & ~c.fpuControl & 0x3F;
        int sw = (c.fpuStatus & ~C1) | (f & (0x3F | C1 | SF));
        if (unmasked != 0) {
            sw |= ES | B;
            commit(c);
        }
        c.fpuStatus = sw;
        return (unmasked & (Float80.IE | Float80.DE | Float80.ZE)) == 0;
    }

    /** Writes the accumulator to physical register {@code p} unless {@code f} holds an unmasked IE/DE/ZE. */
    static boolean deliver(Cpu c, int p, int f) {
        if (!status(c, f)) {
            return false;
        }
        Float80 acc = c.fpuAcc;
        write(c, p, acc.se, acc.man);
        return true;
    }

    /**
     * Pushes the accumulator with status bits {@code f} from producing it. A full register at the
     * new top is a stack overflow: IE, SF and C1, and the real indefinite is pushed if IE is
     * masked (SDM Vol. 1 §8.5.1.1). Returns false if nothing was pushed.
     */
    static boolean push(Cpu c, int f) {
        int p = st(c, 7);
        if (!empty(c, p)) {
            if (!status(c, IE | SF | C1)) {
                return false;
            }
            setTop(c, p);
            write(c, p, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN);
            return true;
        }
        if (!status(c, f)) {
            return false;
        }
        setTop(c, p);
        Float80 acc = c.fpuAcc;
        write(c, p, acc.se, acc.man);
        return true;
    }

    /**
     * Pushes a value loaded from memory: as on the host, an unmasked #D from a denormal binary32 or
     * binary64 source is flagged (ES set) but the value is still loaded. A stack overflow (ST(7)
     * full) outranks it: no DE, and no ES from it.
     */
    static boolean pushLoaded(Cpu c, int f) {
        if ((f & Float80.DE) != 0 && !unmasked(c, f & ~Float80.DE)) {
            boolean overflow = !empty(c, st(c, 7));
            int before = c.fpuControl;
            c.fpuControl |= Float80.DE;
            boolean pushed = push(c, f);
            c.fpuControl = before;
            if (pushed && !overflow && unmasked(c, Float80.DE)) {
                c.fpuStatus |= ES | B;
                commit(c);
            }
            return pushed;
        }
        return push(c, f);
    }

    /**
     * A stack underflow (an operand register is empty): IE and SF with C1 clear. If IE is masked
     * the destination {@code p} (if any, ≥ 0) receives the real indefinite and the caller goes on
     * (pops included); returns false if the instruction must stop.
     */
    static boolean underflow(Cpu c, int p) {
        if (!status(c, IE | SF)) {
            return false;
        }
        if (p >= 0) {
            write(c, p, Float80.INDEFINITE_SE, Float80.INDEFINITE_MAN);
        }
        return true;
    }

    /** Sets the condition codes C3 C2 C1 C0 to exactly {@code cc} (other bits of cc ignored). */
    static void conditions(Cpu c, int cc) {
        c.fpuStatus = (c.fpuStatus & ~CC) | (cc & CC);
    }

    // ---- tags ----------------------------------------------------------------------------------------

    /** The tag a non-empty register's contents earn in FNSTENV/FNSAVE (SDM Vol. 1 Figure 8-7). */
    static int tagOf(int se, long man) {
        int e = se & 0x7FFF;
        if (e == 0) {
            return man == 0 ? TAG_ZERO : TAG_SPECIAL;
        }
        if (e == 0x7FFF || man >= 0) {
            return TAG_SPECIAL;
        }
        return TAG_VALID;
    }

    /** The full 16-bit tag word, computed from the registers' contents. */
    static int fullTag(Cpu c) {
        int t = 0;
        for (int p = 0; p < 8; p++) {
            int tag = empty(c, p) ? TAG_EMPTY : tagOf(c.fpuSe[p], c.fpuMan[p]);
            t |= tag << (2 * p);
        }
        return t;
    }

    /** Loads a tag word as FLDENV/FRSTOR do: only "empty" is taken from it, the rest from the contents. */
    static void loadTag(Cpu c, int tagWord) {
        int t = 0;
        for (int p = 0; p < 8; p++) {
            if (((tagWord >>> (2 * p)) & 3) == 3) {
                t |= 3 << (2 * p);
            }
        }
        c.fpuTag = t;
    }

    /** Recomputes ES and B after the control or status word was loaded (FLDCW, FLDENV, FRSTOR). */
    static void recomputeSummary(Cpu c) {
        int pending = c.fpuStatus & ~c.fpuControl & 0x3F;
        if (pending != 0) {
            c.fpuStatus |= ES | B;
        } else {
            c.fpuStatus &= ~(ES | B);
        }
    }
}
