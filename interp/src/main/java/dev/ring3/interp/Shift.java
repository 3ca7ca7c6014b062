package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of the shift and rotate groups (C0/C1 by Ib, D0/D1 by 1, D2/D3 by CL: ROL ROR RCL RCR
 * SHL SHR SAL SAR) and of SHLD/SHRD. Counts are masked to 5 bits (6 with a 64-bit operand); a
 * masked count of zero changes neither the operand nor the flags (SDM Vol. 2 SAL/SAR/SHL/SHR,
 * "IF (COUNT and countMASK) = 0 THEN flags unaffected"). Shifts record lazy flags; rotates touch
 * only CF and OF and set them eagerly.
 */
@Semantics(Exec.class)
public final class Shift {
    private Shift() {}

    /** Operation numbers: the /digit of the shift groups (/6 is SAL, an alias of SHL). */
    static final int ROL = 0, ROR = 1, RCL = 2, RCR = 3, SHL = 4, SHR = 5, SAL = 6, SAR = 7;

    static int maskCount(long count, int size) {
        return (int) count & (size == 8 ? 63 : 31);
    }

    /** Shifts or rotates the E operand by {@code count} (not yet masked). */
    static void shift(Cpu c, Insn i, int op, long count) {
        shift(c, i, op, count, false);
    }

    /**
     * As {@link #shift(Cpu, Insn, int, long)}; {@code byImm}: the count is an immediate (C0/C1),
     * whose ROL and ROR of a register by more than 1 leave OF unchanged on Intel
     * ({@link #rotateImmCfOf}; with a memory operand Intel computes it as by CL).
     */
    static void shift(Cpu c, Insn i, int op, long count, boolean byImm) {
        int size = i.opsize;
        int n = maskCount(count, size);
        long ea = 0;
        long a;
        if (i.rm >= 0) {
            a = Operands.getReg(c, i.rm, size);
        } else {
            ea = Operands.ea(c, i);
            a = Operands.load(c, ea, size);
        }
        if (n == 0) {
            if (size == 4 && i.rm >= 0) {
                c.r[i.rm] &= 0xFFFFFFFFL; // the 32-bit register is still written, so bits 63..32 clear
            }
            return;
        }
        long r;
        int eager = -1;
        switch (op) {
            case SHL: case SAL: r = a << n; break;
            case SHR: r = a >>> n; break;
            case SAR: r = Flags.sext(a, size) >> n; break;
            case ROL: case ROR: {
                int bits = size << 3;
                int k = n & (bits - 1);
                long m = Flags.mask(size);
                if (op == ROL) {
                    r = k == 0 ? a : ((a << k) | (a >>> (bits - k))) & m;
                } else {
                    r = k == 0 ? a : ((a >>> k) | (a << (bits - k))) & m;
                }
                int old = Flags.oszapc(c);
                eager = (old & ~(Flags.CF | Flags.OF)) | (int) (byImm && i.rm >= 0 ? rotateImmCfOf(op == ROL, size, n, a, r, old)
                        : rotateCfOf(op == ROL, size, a, r));
                break;
            }
            default: { // RCL, RCR: rotate through CF, a (bits + 1)-bit rotation
                int bits = size << 3;
                int k = size == 1 ? n % 9 : size == 2 ? n % 17 : n;
                long cf = Flags.cf(c) ? 1 : 0;
                long m = Flags.mask(size);
                long newCf;
                if (k == 0) {
                    r = a;
                    newCf = cf;
                } else if (op == RCL) {
                    r = ((a << k) | (cf << (k - 1)) | (k > 1 ? a >>> (bits - k + 1) : 0)) & m;
                    newCf = (a >>> (bits - k)) & 1;
                } else {
                    r = ((a >>> k) | (cf << (bits - k)) | (k > 1 ? a << (bits - k + 1) : 0)) & m;
                    newCf = (a >>> (k - 1)) & 1;
                }
                eager = k == 0 && UndefinedFlags.INTEL ? Flags.oszapc(c) : rotateFlags(c, op, size, a, r, cf, newCf);
                break;
            }
        }
        if (i.rm >= 0) {
            Operands.setReg(c, i.rm, size, r);
        } else {
            Operands.store(c, ea, size, r);
        }
        switch (op) {
            case SHL: case SAL: Flags.shl(c, size, a, n, r); break;
            case SHR: Flags.shr(c, size, a, n, r); break;
            case SAR: Flags.sar(c, size, a, n, r); break;
            default: Flags.setEager(c, eager); break;
        }
    }

    /**
     * The OSZAPC bits after RCL/RCR of {@code a} (carry in {@code cfIn}) to {@code r}: SF ZF AF PF
     * keep their values; CF is the bit rotated last; OF (defined for count 1) is, for larger counts,
     * computed from the result as for count 1 on AMD (MSB XOR CF left, the two top bits right) and
     * from the operand as for count 1 on Intel (its two top bits left, its MSB XOR the carry in right).
     */
    private static int rotateFlags(Cpu c, int op, int size, long a, long r, long cfIn, long cf) {
        int bits = size << 3;
        long of;
        if (UndefinedFlags.INTEL) {
            of = op == RCL ? (a >>> (bits - 1)) ^ (a >>> (bits - 2)) : (a >>> (bits - 1)) ^ cfIn;
        } else {
            of = op == RCL ? (r >>> (bits - 1)) ^ cf : (r >>> (bits - 1)) ^ (r >>> (bits - 2));
        }
        int f = Flags.oszapc(c) & ~(Flags.CF | Flags.OF);
        return f | (cf != 0 ? Flags.CF : 0) | ((of & 1) != 0 ? Flags.OF : 0);
    }

    /**
     * CF and OF (as RFLAGS bits) after ROL ({@code left}) or ROR of {@code a} (zero-extended from
     * {@code size}) to {@code r}, for a non-zero masked count: CF is the bit rotated last; OF
     * (defined for count 1) is, for larger counts, MSB XOR CF (ROL) or the XOR of the two top bits
     * (ROR) of the result on AMD, and the same of the operand rotated once on Intel: its two top
     * bits (ROL), its MSB XOR its bit 0 (ROR). Shared with the JIT's emitter.
     */
    public static long rotateCfOf(boolean left, int size, long a, long r) {
        int bits = size << 3;
        long msb = (r >>> (bits - 1)) & 1;
        long cf = left ? r & 1 : msb;
        long of;
        if (UndefinedFlags.INTEL) {
            of = left ? (a >>> (bits - 1)) ^ (a >>> (bits - 2)) : (a >>> (bits - 1)) ^ a;
        } else {
            of = left ? msb ^ cf : msb ^ (r >>> (bits - 2));
        }
        return cf * Flags.CF | (of & 1) * Flags.OF;
    }

    // ---- the interpreter's register forms (FastPath): the effect of shift() on a 32/64-bit register -

    /** ROL or ROR of 64-bit register {@code n} by an immediate {@code count} (not yet masked). */
    static void rotateReg64(Cpu c, int n, int op, int count) {
        int k = count & 63;
        if (k == 0) {
            return;
        }
        long a = c.r[n];
        long r = op == ROL ? Long.rotateLeft(a, k) : Long.rotateRight(a, k);
        c.r[n] = r;
        rotated(c, k, a, r, op == ROL, 8);
    }

    /** ROL or ROR of 32-bit register {@code n} by an immediate {@code count} (not yet masked); bits 63..32 clear. */
    static void rotateReg32(Cpu c, int n, int op, int count) {
        int k = count & 31;
        int a = (int) c.r[n];
        if (k == 0) {
            c.r[n] = a & 0xFFFFFFFFL;
            return;
        }
        int r = op == ROL ? Integer.rotateLeft(a, k) : Integer.rotateRight(a, k);
        c.r[n] = r & 0xFFFFFFFFL;
        rotated(c, k, a & 0xFFFFFFFFL, r & 0xFFFFFFFFL, op == ROL, 4);
    }

    /**
     * CF and OF after ROL/ROR of a register by an immediate whose masked count is {@code n} (not zero): as
     * {@link #rotateCfOf}, except that Intel leaves OF as it was ({@code oldFlags}) when n is not 1.
     */
    public static long rotateImmCfOf(boolean left, int size, int n, long a, long r, long oldFlags) {
        long f = rotateCfOf(left, size, a, r);
        if (UndefinedFlags.INTEL && n != 1) {
            f = (f & Flags.CF) | (oldFlags & Flags.OF);
        }
        return f;
    }

    /** Sets a rotate's CF and OF ({@link #rotateCfOf}), keeping the other flags. */
    private static void rotated(Cpu c, int n, long a, long r, boolean left, int size) {
        int keep = c.ccOp == Flags.OP_EAGER ? (int) c.rflags : Flags.oszapc(c);
        Flags.setEager(c, keep & ~(Flags.CF | Flags.OF) | (int) rotateImmCfOf(left, size, n, a, r, keep));
    }

    /** SHL, SHR or SAR of 64-bit register {@code n} by {@code count} (not yet masked). */
    static void shiftReg64(Cpu c, int n, int op, int count) {
        int k = count & 63;
        if (k == 0) {
            return;
        }
        long a = c.r[n];
        long r;
        switch (op) {
            case SHL: r = a << k; c.r[n] = r; Flags.shl(c, 8, a, k, r); break;
            case SHR: r = a >>> k; c.r[n] = r; Flags.shr(c, 8, a, k, r); break;
            default: r = a >> k; c.r[n] = r; Flags.sar(c, 8, a, k, r); break;
        }
    }

    /** SHL, SHR or SAR of 32-bit register {@code n}; the flags see the result before it is cut to 32 bits, as in {@link #shift}. */
    static void shiftReg32(Cpu c, int n, int op, int count) {
        int k = count & 31;
        long a = c.r[n] & 0xFFFFFFFFL;
        if (k == 0) {
            c.r[n] = a;
            return;
        }
        long r;
        switch (op) {
            case SHL: r = a << k; c.r[n] = r & 0xFFFFFFFFL; Flags.shl(c, 4, a, k, r); break;
            case SHR: r = a >>> k; c.r[n] = r; Flags.shr(c, 4, a, k, r); break;
            default: r = (long) (int) a >> k; c.r[n] = r & 0xFFFFFFFFL; Flags.sar(c, 4, a, k, r); break;
        }
    }

    // ---- the groups: C0/C1 /d Ib, D0/D1 /d (by 1), D2/D3 /d (by CL) ------------------------------

    public static void rolEvIb(Cpu c, Insn i) { shift(c, i, ROL, i.imm, true); }
    public static void rolEv1(Cpu c, Insn i) { shift(c, i, ROL, 1); }
    public static void rolEvCL(Cpu c, Insn i) { shift(c, i, ROL, c.r[Cpu.RCX]); }

    public static void rorEvIb(Cpu c, Insn i) { shift(c, i, ROR, i.imm, true); }
    public static void rorEv1(Cpu c, Insn i) { shift(c, i, ROR, 1); }
    public static void rorEvCL(Cpu c, Insn i) { shift(c, i, ROR, c.r[Cpu.RCX]); }

    public static void rclEvIb(Cpu c, Insn i) { shift(c, i, RCL, i.imm); }
    public static void rclEv1(Cpu c, Insn i) { shift(c, i, RCL, 1); }
    public static void rclEvCL(Cpu c, Insn i) { shift(c, i, RCL, c.r[Cpu.RCX]); }

    public static void rcrEvIb(Cpu c, Insn i) { shift(c, i, RCR, i.imm); }
    public static void rcrEv1(Cpu c, Insn i) { shift(c, i, RCR, 1); }
    public static void rcrEvCL(Cpu c, Insn i) { shift(c, i, RCR, c.r[Cpu.RCX]); }

    public static void shlEvIb(Cpu c, Insn i) { shift(c, i, SHL, i.imm); }
    public static void shlEv1(Cpu c, Insn i) { shift(c, i, SHL, 1); }
    public static void shlEvCL(Cpu c, Insn i) { shift(c, i, SHL, c.r[Cpu.RCX]); }

    public static void shrEvIb(Cpu c, Insn i) { shift(c, i, SHR, i.imm); }
    public static void shrEv1(Cpu c, Insn i) { shift(c, i, SHR, 1); }
    public static void shrEvCL(Cpu c, Insn i) { shift(c, i, SHR, c.r[Cpu.RCX]); }

    public static void sarEvIb(Cpu c, Insn i) { shift(c, i, SAR, i.imm); }
    public static void sarEv1(Cpu c, Insn i) { shift(c, i, SAR, 1); }
    public static void sarEvCL(Cpu c, Insn i) { shift(c, i, SAR, c.r[Cpu.RCX]); }

    // ---- SHLD / SHRD ---------------------------------------------------------------------------

    public static void shldEvGvIb(Cpu c, Insn i) { doubleShift(c, i, true, i.imm); }
    public static void shldEvGvCL(Cpu c, Insn i) { doubleShift(c, i, true, c.r[Cpu.RCX]); }
    public static void shrdEvGvIb(Cpu c, Insn i) { doubleShift(c, i, false, i.imm); }
    public static void shrdEvGvCL(Cpu c, Insn i) { doubleShift(c, i, false, c.r[Cpu.RCX]); }

    /**
     * SHLD/SHRD: shifts E left (right) by the masked count, filling from G. CF is the last bit
     * shifted out of E, OF (count 1) says whether the sign changed, SF ZF PF follow the result.
     * Where the SDM leaves things undefined this follows the host's vendor (docs/quirks.md,
     * {@link UndefinedFlags}). AMD (Zen): AF is set; for counts above 1, SHLD's OF is MSB XOR CF
     * and SHRD's the XOR of the two top result bits; a 16-bit operand with a count of 17..31 shifts
     * through the 48-bit value E:G:G (SHLD) or G:G:E (SHRD), with CF = 0, and OF = 0 for SHLD;
     * SHLD by exactly 16 sets OF = CF. Intel: AF is clear; OF is computed as for a count of 1
     * (SHLD: the two top bits of E; SHRD: E's MSB XOR G's bit 0); a 16-bit operand with a count
     * of 17..31 shifts through E:G:E, CF the last bit shifted out of it.
     */
    static void doubleShift(Cpu c, Insn i, boolean left, long count) {
        int size = i.opsize;
        int bits = size << 3;
        int n = maskCount(count, size);
        long src = Operands.getG(c, i);
        long ea = 0;
        long a;
        if (i.rm >= 0) {
            a = Operands.getReg(c, i.rm, size);
        } else {
            ea = Operands.ea(c, i);
            a = Operands.load(c, ea, size);
        }
        if (n == 0) {
            if (size == 4 && i.rm >= 0) {
                c.r[i.rm] &= 0xFFFFFFFFL;
            }
            return;
        }
        long r = doubleShiftResult(left, size, a, src, n);
        if (i.rm >= 0) {
            Operands.setReg(c, i.rm, size, r);
        } else {
            Operands.store(c, ea, size, r);
        }
        if (left && n < bits) {
            Flags.shl(c, size, a, n, r); // CF = bit (bits - n) of E; OF and AF as SHL's (Flags)
            return;
        }
        Flags.setEager(c, doubleShiftFlags(left, size, a, src, n, r));
    }

    /**
     * SHLD ({@code left}) or SHRD of E = {@code a} filled from G = {@code src} (both zero-extended
     * from {@code size}) by a masked count {@code n} that is not zero: the result, zero-extended.
     * Shared with the JIT's emitter, so both compute the same bits.
     */
    public static long doubleShiftResult(boolean left, int size, long a, long src, int n) {
        int bits = size << 3;
        long r;
        if (n > bits) { // 16 bits, count 17..31: through 48 bits
            long v = UndefinedFlags.INTEL ? (a << 32) | (src << 16) | a
                    : left ? (a << 32) | (src << 16) | src : (src << 32) | (src << 16) | a;
            r = left ? v >>> (32 - n) : v >>> n;
        } else if (left) {
            r = (a << n) | (src >>> (bits - n));
        } else {
            r = (a >>> n) | (src << (bits - n));
        }
        return r & Flags.mask(size);
    }

    /**
     * The OSZAPC bits SHLD/SHRD leave after {@link #doubleShiftResult} gave {@code r}: the same
     * bits the interpreter's lazy SHL record reads as for SHLD with {@code n} below the width.
     */
    public static long doubleShiftFlags(boolean left, int size, long a, long src, int n, long r) {
        int bits = size << 3;
        long msb = (a >>> (bits - 1)) & 1;
        if (UndefinedFlags.INTEL) {
            long cf;
            if (n > bits) {
                long v = (a << 32) | (src << 16) | a;
                cf = left ? (v >>> (48 - n)) & 1 : (v >>> (n - 1)) & 1;
            } else {
                cf = left ? (a >>> (bits - n)) & 1 : (a >>> (n - 1)) & 1;
            }
            long of = left ? msb ^ ((a >>> (bits - 2)) & 1) : msb ^ (src & 1);
            return szp(r, size) | (cf != 0 ? Flags.CF : 0) | (of != 0 ? Flags.OF : 0);
        }
        long cf = n > bits ? 0 : left ? (a >>> (bits - n)) & 1 : (a >>> (n - 1)) & 1;
        long of = left ? (n >= bits ? cf : ((r >>> (bits - 1)) ^ cf) & 1) : ((r >>> (bits - 1)) ^ (r >>> (bits - 2))) & 1;
        return szp(r, size) | Flags.AF | (cf != 0 ? Flags.CF : 0) | (of != 0 ? Flags.OF : 0);
    }

    /** SF, ZF and PF of a result, as RFLAGS bits. */
    static int szp(long r, int size) {
        int f = (r & Flags.mask(size)) == 0 ? Flags.ZF : 0;
        f |= (r & Flags.signBit(size)) != 0 ? Flags.SF : 0;
        f |= (Integer.bitCount((int) r & 0xFF) & 1) == 0 ? Flags.PF : 0;
        return f;
    }
}
