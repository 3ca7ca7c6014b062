package dev.ring3.interp;

/**
 * Semantics of the shift and rotate groups (C0/C1 by Ib, D0/D1 by 1, D2/D3 by CL: ROL ROR RCL RCR
 * SHL SHR SAL SAR) and of SHLD/SHRD. Counts are masked to 5 bits (6 with a 64-bit operand); a
 * masked count of zero changes neither the operand nor the flags (SDM Vol. 2 SAL/SAR/SHL/SHR,
 * "IF (COUNT and countMASK) = 0 THEN flags unaffected"). Shifts record lazy flags; rotates touch
 * only CF and OF and set them eagerly.
 */
public final class Shift {
    private Shift() {}

    /** Operation numbers: the /digit of the shift groups (/6 is SAL, an alias of SHL). */
    static final int ROL = 0, ROR = 1, RCL = 2, RCR = 3, SHL = 4, SHR = 5, SAL = 6, SAR = 7;

    static int maskCount(long count, int size) {
        return (int) count & (size == 8 ? 63 : 31);
    }

    /** Shifts or rotates the E operand by {@code count} (not yet masked). */
    static void shift(Cpu c, Insn i, int op, long count) {
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
                eager = rotateFlags(c, op, size, r, op == ROL ? r & 1 : (r >>> (bits - 1)) & 1);
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
                eager = rotateFlags(c, op, size, r, newCf);
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
     * The OSZAPC bits after a rotate: SF ZF AF PF keep their values; CF is the bit rotated last;
     * OF (defined for count 1, and computed the same way for larger counts) is MSB XOR CF for left
     * rotates and the XOR of the two top bits for right rotates.
     */
    private static int rotateFlags(Cpu c, int op, int size, long r, long cf) {
        int bits = size << 3;
        long msb = (r >>> (bits - 1)) & 1;
        long of = (op == ROL || op == RCL) ? msb ^ cf : msb ^ ((r >>> (bits - 2)) & 1);
        int f = Flags.oszapc(c) & ~(Flags.CF | Flags.OF);
        return f | (cf != 0 ? Flags.CF : 0) | (of != 0 ? Flags.OF : 0);
    }

    // ---- the interpreter's register forms (FastPath): the effect of shift() on a 32/64-bit register -

    /** ROL or ROR of 64-bit register {@code n} by {@code count} (not yet masked). */
    static void rotateReg64(Cpu c, int n, int op, int count) {
        int k = count & 63;
        if (k == 0) {
            return;
        }
        long r = op == ROL ? Long.rotateLeft(c.r[n], k) : Long.rotateRight(c.r[n], k);
        c.r[n] = r;
        rotated(c, op, r >>> 63, op == ROL ? r & 1 : r >>> 63, (r >>> 62) & 1);
    }

    /** ROL or ROR of 32-bit register {@code n} by {@code count} (not yet masked); bits 63..32 clear. */
    static void rotateReg32(Cpu c, int n, int op, int count) {
        int k = count & 31;
        int a = (int) c.r[n];
        if (k == 0) {
            c.r[n] = a & 0xFFFFFFFFL;
            return;
        }
        int r = op == ROL ? Integer.rotateLeft(a, k) : Integer.rotateRight(a, k);
        c.r[n] = r & 0xFFFFFFFFL;
        rotated(c, op, r >>> 31, op == ROL ? r & 1 : r >>> 31, (r >>> 30) & 1);
    }

    /** A rotate's flags ({@link #rotateFlags}) from its result's top bit, its new CF and the bit below the top. */
    private static void rotated(Cpu c, int op, long msb, long cf, long below) {
        long of = op == ROL ? msb ^ cf : msb ^ below;
        int keep = c.ccOp == Flags.OP_EAGER ? (int) c.rflags : Flags.oszapc(c);
        Flags.setEager(c, keep & ~(Flags.CF | Flags.OF) | (int) cf * Flags.CF | (int) of * Flags.OF);
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

    public static void rolEvIb(Cpu c, Insn i) { shift(c, i, ROL, i.imm); }
    public static void rolEv1(Cpu c, Insn i) { shift(c, i, ROL, 1); }
    public static void rolEvCL(Cpu c, Insn i) { shift(c, i, ROL, c.r[Cpu.RCX]); }

    public static void rorEvIb(Cpu c, Insn i) { shift(c, i, ROR, i.imm); }
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
     * Where the SDM leaves things undefined this follows the AMD Zen host (docs/quirks.md): AF is
     * set; for counts above 1, SHLD's OF is MSB XOR CF and SHRD's the XOR of the two top result
     * bits; a 16-bit operand with a count of 17..31 shifts through the 48-bit value E:G:G (SHLD)
     * or G:G:E (SHRD), with CF = 0, and OF = 0 for SHLD; SHLD by exactly 16 sets OF = CF.
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
            Flags.shl(c, size, a, n, r); // CF = bit (bits - n) of E, OF = MSB XOR CF, AF = 1
            return;
        }
        Flags.setEager(c, doubleShiftFlags(left, size, a, n, r));
    }

    /**
     * SHLD ({@code left}) or SHRD of E = {@code a} filled from G = {@code src} (both zero-extended
     * from {@code size}) by a masked count {@code n} that is not zero: the result, zero-extended.
     * Shared with the JIT's emitter, so both compute the same bits.
     */
    public static long doubleShiftResult(boolean left, int size, long a, long src, int n) {
        int bits = size << 3;
        long r;
        if (n > bits) {
            r = left ? ((a << 32) | (src << 16) | src) >>> (32 - n) : ((src << 32) | (src << 16) | a) >>> n;
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
    public static long doubleShiftFlags(boolean left, int size, long a, int n, long r) {
        int bits = size << 3;
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
