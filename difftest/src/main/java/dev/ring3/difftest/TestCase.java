package dev.ring3.difftest;

import dev.ring3.interp.Insn;

/**
 * One test case: an encoded instruction and the state both sides start it from — the sixteen
 * general registers, RFLAGS, an FXSAVE image (x87 control, status and tag words, ST0..7, MXCSR,
 * XMM0..15) and the data window's bytes.
 */
final class TestCase {
    final Encoding enc;
    final long[] gpr = new long[16];
    long rflags;
    final byte[] fx = new byte[512];
    final byte[] window = new byte[Layout.WINDOW];

    TestCase(Encoding enc) {
        this.enc = enc;
    }

    /** Register {@code n} as decoded instructions number them (HIGH_BYTE + n for AH..BH), of {@code size} bytes. */
    long reg(int n, int size) {
        long v = n >= Insn.HIGH_BYTE ? gpr[n - Insn.HIGH_BYTE] >>> 8 : gpr[n];
        return size == 8 ? v : v & ((1L << (8 * size)) - 1);
    }

    /** Writes the low {@code size} bytes of register {@code n}, unless the addressing pins it. */
    void setReg(int n, int size, long v) {
        int full = n >= Insn.HIGH_BYTE ? n - Insn.HIGH_BYTE : n;
        if (enc.isPinned[full]) {
            return;
        }
        int shift = n >= Insn.HIGH_BYTE ? 8 : 0;
        long mask = (size == 8 ? -1L : (1L << (8 * size)) - 1) << shift;
        gpr[full] = (gpr[full] & ~mask) | ((v << shift) & mask);
    }

    /** Reads {@code size} bytes of the window at guest address {@code a} (bytes outside it read as 0). */
    long mem(long a, int size) {
        long v = 0;
        for (int k = 0; k < size; k++) {
            long off = a + k - Layout.WIN;
            if (off >= 0 && off < Layout.WINDOW) {
                v |= (window[(int) off] & 0xFFL) << (8 * k);
            }
        }
        return v;
    }

    /** Writes {@code size} bytes at guest address {@code a}, as far as they fall inside the window. */
    void setMem(long a, int size, long v) {
        for (int k = 0; k < size; k++) {
            long off = a + k - Layout.WIN;
            if (off >= 0 && off < Layout.WINDOW) {
                window[(int) off] = (byte) (v >>> (8 * k));
            }
        }
    }

    /** The explicit operand ModRM.rm names (register or memory), {@code size} bytes. */
    long rmValue(int size) {
        Insn i = enc.insn;
        return i.rm >= 0 ? reg(i.rm, size) : mem(enc.mem, size);
    }

    void setRm(int size, long v) {
        Insn i = enc.insn;
        if (i.rm >= 0) {
            setReg(i.rm, size, v);
        } else {
            setMem(enc.mem, size, v);
        }
    }
}
