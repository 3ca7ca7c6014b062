package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of the single-bit and bit-scan instructions: BT/BTS/BTR/BTC (0F A3/AB/B3/BB by a
 * register, 0F BA /4-/7 by an immediate), BSF/BSR (0F BC/BD), BSWAP (0F C8+r), and POPCNT, which
 * raises #UD because ring3's CPUID does not advertise it.
 */
@Semantics(Exec.class)
public final class Bits {
    private Bits() {}

    static final int BT = 0, BTS = 1, BTR = 2, BTC = 3;

    // ---- BT BTS BTR BTC -----------------------------------------------------------------------

    public static void btEvGv(Cpu c, Insn i) { bitOp(c, i, BT, Operands.getG(c, i), true); }
    public static void btsEvGv(Cpu c, Insn i) { bitOp(c, i, BTS, Operands.getG(c, i), true); }
    public static void btrEvGv(Cpu c, Insn i) { bitOp(c, i, BTR, Operands.getG(c, i), true); }
    public static void btcEvGv(Cpu c, Insn i) { bitOp(c, i, BTC, Operands.getG(c, i), true); }

    public static void btEvIb(Cpu c, Insn i) { bitOp(c, i, BT, i.imm, false); }
    public static void btsEvIb(Cpu c, Insn i) { bitOp(c, i, BTS, i.imm, false); }
    public static void btrEvIb(Cpu c, Insn i) { bitOp(c, i, BTR, i.imm, false); }
    public static void btcEvIb(Cpu c, Insn i) { bitOp(c, i, BTC, i.imm, false); }

    private static long apply(int op, long v, long bitMask) {
        switch (op) {
            case BTS: return v | bitMask;
            case BTR: return v & ~bitMask;
            case BTC: return v ^ bitMask;
            default: return v;
        }
    }

    /**
     * CF = the selected bit, which BTS/BTR/BTC then set, clear or complement. With a register
     * offset and a memory operand the offset is a signed bit displacement from the address (SDM
     * Vol. 2 BT, "bit base"): the operand-sized unit holding that bit is accessed. An immediate
     * offset, or a register operand, takes the offset modulo the operand width.
     */
    static void bitOp(Cpu c, Insn i, int op, long offset, boolean registerOffset) {
        int size = i.opsize;
        int bits = size << 3;
        if (i.rm >= 0) {
            long v = Operands.getReg(c, i.rm, size);
            long bitMask = 1L << (offset & (bits - 1));
            if (op != BT) {
                Operands.setReg(c, i.rm, size, apply(op, v, bitMask));
            }
            setCf(c, (v & bitMask) != 0);
            return;
        }
        long ea;
        long bit;
        if (registerOffset) {
            long off = Flags.sext(offset, size);
            ea = Operands.eaOffset(c, i) + ((off >> 3) & -size); // floor(off / bits) operand-sized units
            if (i.addrsize == 4) {
                ea &= 0xFFFFFFFFL; // the bit displacement wraps with the address size, as on the host
            }
            if (i.seg != Insn.SEG_NONE) {
                ea += i.seg == Insn.SEG_FS ? c.fsBase : c.gsBase;
            }
            bit = off & (bits - 1);
        } else {
            ea = Operands.ea(c, i);
            bit = offset & (bits - 1);
        }
        long bitMask = 1L << bit;
        long v = Operands.load(c, ea, size);
        if (op != BT) {
            long r = apply(op, v, bitMask);
            if ((i.prefixes & Insn.P_LOCK) != 0) {
                while (!Atomic.cas(c, ea, size, v, r)) {
                    v = Operands.load(c, ea, size);
                    r = apply(op, v, bitMask);
                }
            } else {
                Operands.store(c, ea, size, r);
            }
        }
        setCf(c, (v & bitMask) != 0);
    }

    /** BT*: CF is the bit; ZF is unaffected and OF SF AF PF are undefined (kept here). */
    private static void setCf(Cpu c, boolean cf) {
        int f = Flags.oszapc(c);
        Flags.setEager(c, cf ? f | Flags.CF : f & ~Flags.CF);
    }

    // ---- BSF BSR ------------------------------------------------------------------------------

    /** BSF Gv,Ev (0F BC): index of the lowest set bit; a zero source sets ZF and leaves G alone. */
    public static void bsfGvEv(Cpu c, Insn i) {
        long s = Operands.getE(c, i);
        scan(c, i, s, s == 0 ? 0 : Long.numberOfTrailingZeros(s));
    }

    /** BSR Gv,Ev (0F BD): index of the highest set bit; a zero source sets ZF and leaves G alone. */
    public static void bsrGvEv(Cpu c, Insn i) {
        long s = Operands.getE(c, i);
        scan(c, i, s, s == 0 ? 0 : 63 - Long.numberOfLeadingZeros(s));
    }

    /**
     * ZF = the source is zero; the other flags are undefined (SDM): AMD (Zen 1-4) leaves them, Intel
     * and Zen 5 clear CF OF SF AF and set PF from the index written (from 0 for a zero source).
     */
    private static void scan(Cpu c, Insn i, long src, int index) {
        if (UndefinedFlags.SCAN_CLEARS) {
            if (src != 0) {
                Operands.setG(c, i, index);
            }
            Flags.setEager(c, scanFlagBitsIntel(src, index));
            return;
        }
        int f = Flags.oszapc(c) & ~Flags.ZF;
        if (src == 0) {
            Flags.setEager(c, f | Flags.ZF);
            return;
        }
        Operands.setG(c, i, index);
        Flags.setEager(c, f);
    }

    /** BSF/BSR's OSZAPC bits on Intel: ZF for a zero source, PF from the index (0 then). */
    public static long scanFlagBitsIntel(long src, int index) {
        long f = src == 0 ? Flags.ZF : 0;
        return f | ((Integer.bitCount(index & 0xFF) & 1) == 0 ? Flags.PF : 0);
    }

    // ---- BSWAP, POPCNT -------------------------------------------------------------------------

    /** BSWAP Zv (0F C8+r): reverses the bytes of a 32- or 64-bit register. */
    public static void bswapZv(Cpu c, Insn i) {
        int n = i.reg;
        switch (i.opsize) {
            case 8: c.r[n] = Long.reverseBytes(c.r[n]); break;
            case 4: c.r[n] = Integer.reverseBytes((int) c.r[n]) & 0xFFFFFFFFL; break;
            default: Operands.setReg(c, n, 2, 0); break; // undefined in the SDM; see docs/quirks.md
        }
    }

    /** POPCNT Gv,Ev (F3 0F B8): the number of set bits; ZF = source zero, OF SF AF PF CF cleared. */
    public static void popcntGvEv(Cpu c, Insn i) {
        long v = Operands.getE(c, i);
        Operands.setG(c, i, Long.bitCount(v));
        Flags.setEager(c, v == 0 ? Flags.ZF : 0);
    }
}
