package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of MUL, IMUL (one-, two- and three-operand) and DIV/IDIV at all widths. The 64-bit
 * forms need 128-bit products and dividends; they are done in longs without allocating.
 * DIV/IDIV raise #DE for a zero divisor and for a quotient that does not fit, before any register
 * changes (SDM Vol. 2 DIV, IDIV).
 */
@Semantics(Exec.class)
public final class MulDiv {
    private MulDiv() {}

    /** High 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh is Java 18). */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    // ---- MUL / IMUL ----------------------------------------------------------------------------

    /** MUL Eb / Ev (F6 /4, F7 /4): rDX:rAX = rAX * E unsigned (AX = AL * Eb); CF = OF = high half != 0. */
    public static void mulEv(Cpu c, Insn i) {
        int size = i.opsize;
        long b = Operands.getE(c, i);
        long a = Operands.getReg(c, Cpu.RAX, size);
        long lo;
        long hi;
        switch (size) {
            case 1: {
                long p = a * b;
                Operands.setReg(c, Cpu.RAX, 2, p);
                lo = p & 0xFF;
                hi = p >>> 8;
                break;
            }
            case 8:
                lo = a * b;
                hi = unsignedMultiplyHigh(a, b);
                c.r[Cpu.RAX] = lo;
                c.r[Cpu.RDX] = hi;
                break;
            default: {
                int bits = size << 3;
                long p = a * b;
                lo = p & Flags.mask(size);
                hi = p >>> bits;
                Operands.setReg(c, Cpu.RAX, size, lo);
                Operands.setReg(c, Cpu.RDX, size, hi);
                break;
            }
        }
        mulFlags(c, hi != 0, lo, size);
    }

    /** IMUL Eb / Ev (F6 /5, F7 /5): signed rDX:rAX = rAX * E; CF = OF = the product needs the high half. */
    public static void imulEv(Cpu c, Insn i) {
        int size = i.opsize;
        long b = Flags.sext(Operands.getE(c, i), size);
        long a = Flags.sext(Operands.getReg(c, Cpu.RAX, size), size);
        long lo;
        boolean overflow;
        switch (size) {
            case 1: {
                long p = a * b;
                Operands.setReg(c, Cpu.RAX, 2, p);
                lo = p;
                overflow = p != (byte) p;
                break;
            }
            case 8: {
                lo = a * b;
                long hi = Math.multiplyHigh(a, b);
                c.r[Cpu.RAX] = lo;
                c.r[Cpu.RDX] = hi;
                overflow = hi != (lo >> 63);
                break;
            }
            default: {
                long p = a * b;
                lo = p;
                Operands.setReg(c, Cpu.RAX, size, p);
                Operands.setReg(c, Cpu.RDX, size, p >> (size << 3));
                overflow = p != Flags.sext(p, size);
                break;
            }
        }
        mulFlags(c, overflow, lo, size);
    }

    /** IMUL Gv,Ev (0F AF): G = G * E truncated. */
    public static void imulGvEv(Cpu c, Insn i) {
        imul3(c, i, Operands.getG(c, i));
    }

    /** IMUL Gv,Ev,Iz (69): G = E * imm truncated. */
    public static void imulGvEvIz(Cpu c, Insn i) {
        imul3(c, i, i.imm);
    }

    /** IMUL Gv,Ev,Ib (6B): the immediate arrives sign-extended, so it is the Iz form. */
    public static void imulGvEvIb(Cpu c, Insn i) {
        imul3(c, i, i.imm);
    }

    private static void imul3(Cpu c, Insn i, long factor) {
        int size = i.opsize;
        long a = Flags.sext(Operands.getE(c, i), size);
        long b = Flags.sext(factor, size);
        long p = a * b;
        boolean overflow = size == 8 ? Math.multiplyHigh(a, b) != (p >> 63) : p != Flags.sext(p, size);
        Operands.setG(c, i, p);
        mulFlags(c, overflow, p, size);
    }

    /**
     * CF = OF = {@code overflow}. SF ZF AF PF are undefined (SDM): AMD (Zen) leaves them unchanged;
     * Intel sets SF from the low half of the product {@code lo} (AL for a byte MUL), PF from its
     * low byte, and clears ZF and AF (docs/quirks.md, {@link UndefinedFlags}).
     */
    private static void mulFlags(Cpu c, boolean overflow, long lo, int size) {
        Flags.setEager(c, mulFlagBits(Flags.oszapc(c), overflow ? Flags.CF | Flags.OF : 0, lo, size));
    }

    /**
     * The OSZAPC bits after a multiply whose CF and OF are {@code cfOf}, from the bits before it
     * ({@code old}) and the low half of the product: shared with the JIT's emitter.
     */
    public static long mulFlagBits(long old, long cfOf, long lo, int size) {
        if (UndefinedFlags.INTEL) {
            long sf = (lo & Flags.signBit(size)) != 0 ? Flags.SF : 0;
            long pf = (Long.bitCount(lo & 0xFF) & 1) == 0 ? Flags.PF : 0;
            return cfOf | sf | pf;
        }
        return (old & (Flags.SF | Flags.ZF | Flags.AF | Flags.PF)) | cfOf;
    }

    // ---- DIV / IDIV ----------------------------------------------------------------------------

    /** #DE for a zero divisor (the JIT throws the same). */
    public static CpuException divideByZero() {
        return new CpuException(CpuException.DE, 1);
    }

    /** #DE for a quotient that does not fit. */
    public static CpuException quotientOverflow() {
        return new CpuException(CpuException.DE, 2);
    }

    /** DIV Eb / Ev (F6 /6, F7 /6): unsigned rDX:rAX / E (AX / Eb -> AL quotient, AH remainder). */
    public static void divEv(Cpu c, Insn i) {
        int size = i.opsize;
        long d = Operands.getE(c, i);
        if (d == 0) {
            throw divideByZero();
        }
        switch (size) {
            case 1: {
                long n = c.r[Cpu.RAX] & 0xFFFF;
                long q = n / d;
                if (q > 0xFF) {
                    throw quotientOverflow();
                }
                Operands.setReg(c, Cpu.RAX, 2, ((n % d) << 8) | q);
                break;
            }
            case 8:
                div128(c, d);
                break;
            default: {
                int bits = size << 3;
                long m = Flags.mask(size);
                long n = ((c.r[Cpu.RDX] & m) << bits) | (c.r[Cpu.RAX] & m);
                long q = Long.divideUnsigned(n, d);
                if (Long.compareUnsigned(q, m) > 0) {
                    throw quotientOverflow();
                }
                Operands.setReg(c, Cpu.RAX, size, q);
                Operands.setReg(c, Cpu.RDX, size, n - q * d);
                break;
            }
        }
        divFlags(c);
    }

    /** IDIV Eb / Ev (F6 /7, F7 /7): signed, quotient truncated toward zero, remainder has the dividend's sign. */
    public static void idivEv(Cpu c, Insn i) {
        int size = i.opsize;
        long d = Flags.sext(Operands.getE(c, i), size);
        if (d == 0) {
            throw divideByZero();
        }
        switch (size) {
            case 1: {
                long n = (short) c.r[Cpu.RAX];
                long q = n / d;
                if (q != (byte) q) {
                    throw quotientOverflow();
                }
                Operands.setReg(c, Cpu.RAX, 2, ((n % d) << 8) | (q & 0xFF));
                break;
            }
            case 8:
                idiv128(c, d);
                break;
            default: {
                int bits = size << 3;
                long m = Flags.mask(size);
                long n = ((c.r[Cpu.RDX] & m) << bits) | (c.r[Cpu.RAX] & m);
                if (size == 2) {
                    n = (int) n;
                }
                // n / -1 overflows only for Long.MIN_VALUE, whose quotient fails the range check anyway.
                long q = n / d;
                if (q != Flags.sext(q, size)) {
                    throw quotientOverflow();
                }
                Operands.setReg(c, Cpu.RAX, size, q);
                Operands.setReg(c, Cpu.RDX, size, n - q * d);
                break;
            }
        }
        divFlags(c);
    }

    /** DIV r/m64 by a non-zero {@code d}: RDX:RAX / d unsigned (also the JIT's path when RDX != 0). */
    public static void div128(Cpu c, long d) {
        long hi = c.r[Cpu.RDX];
        long lo = c.r[Cpu.RAX];
        if (Long.compareUnsigned(hi, d) >= 0) {
            throw quotientOverflow();
        }
        long q = hi == 0 ? Long.divideUnsigned(lo, d) : divideUnsigned128(hi, lo, d);
        c.r[Cpu.RAX] = q;
        c.r[Cpu.RDX] = lo - q * d;
    }

    /** IDIV r/m64 by a non-zero {@code d}: RDX:RAX / d signed (also the JIT's path for wide dividends). */
    public static void idiv128(Cpu c, long d) {
        long hi = c.r[Cpu.RDX];
        long lo = c.r[Cpu.RAX];
        boolean negN = hi < 0;
        if (negN) {
            // Two's-complement negation of the 128-bit dividend.
            lo = -lo;
            hi = lo == 0 ? -hi : ~hi;
        }
        boolean negD = d < 0;
        long ud = negD ? -d : d; // Long.MIN_VALUE stays 2^63 read unsigned
        if (Long.compareUnsigned(hi, ud) >= 0) {
            throw quotientOverflow();
        }
        long q = hi == 0 ? Long.divideUnsigned(lo, ud) : divideUnsigned128(hi, lo, ud);
        long r = lo - q * ud;
        boolean negQ = negN != negD;
        // |quotient| must fit: up to 2^63 when negative, 2^63 - 1 when positive.
        if (negQ ? Long.compareUnsigned(q, Long.MIN_VALUE) > 0 : q < 0) {
            throw quotientOverflow();
        }
        c.r[Cpu.RAX] = negQ ? -q : q;
        c.r[Cpu.RDX] = negN ? -r : r;
    }

    /**
     * Unsigned 128/64 division, {@code (u1:u0) / v} with {@code u1 < v} unsigned, by two 64/32
     * long-division steps on normalised operands (Hacker's Delight, 2nd ed., §9-4 "divlu").
     */
    static long divideUnsigned128(long u1, long u0, long v) {
        final long b = 1L << 32;
        int s = Long.numberOfLeadingZeros(v);
        v <<= s;
        long vn1 = v >>> 32;
        long vn0 = v & 0xFFFFFFFFL;
        long un32 = s == 0 ? u1 : (u1 << s) | (u0 >>> (64 - s));
        long un10 = u0 << s;
        long un1 = un10 >>> 32;
        long un0 = un10 & 0xFFFFFFFFL;

        long q1 = Long.divideUnsigned(un32, vn1);
        long rhat = un32 - q1 * vn1;
        while (Long.compareUnsigned(q1, b) >= 0 || Long.compareUnsigned(q1 * vn0, (rhat << 32) + un1) > 0) {
            q1--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, b) >= 0) {
                break;
            }
        }
        long un21 = (un32 << 32) + un1 - q1 * v;

        long q0 = Long.divideUnsigned(un21, vn1);
        rhat = un21 - q0 * vn1;
        while (Long.compareUnsigned(q0, b) >= 0 || Long.compareUnsigned(q0 * vn0, (rhat << 32) + un0) > 0) {
            q0--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, b) >= 0) {
                break;
            }
        }
        return (q1 << 32) + q0;
    }

    /**
     * Flags after DIV/IDIV: all six are undefined (SDM). AMD (Zen) leaves OF and CF, clears SF ZF
     * PF and sets AF; Intel leaves all six (docs/quirks.md, {@link UndefinedFlags}).
     */
    private static void divFlags(Cpu c) {
        if (!UndefinedFlags.INTEL) {
            Flags.setEager(c, (Flags.oszapc(c) & (Flags.OF | Flags.CF)) | Flags.AF);
        }
    }
}
