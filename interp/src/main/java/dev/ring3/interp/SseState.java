package dev.ring3.interp;

/**
 * Saving and loading SSE state: LDMXCSR/STMXCSR and FXSAVE/FXRSTOR with the 512-byte legacy area
 * (SDM Vol. 1 §10.5.1, Table 10-2; the 64-bit layout). ring3 keeps no x87 data registers yet, so
 * FXSAVE writes their slots as zero and FXRSTOR ignores them; the x87 control, status and tag
 * words round-trip through {@code Cpu.fpuControl/fpuStatus/fpuTag}.
 */
final class SseState {
    private SseState() {}

    /** Byte offsets in the FXSAVE area. */
    static final int FCW = 0, FSW = 2, FTW = 4, FOP = 6, FIP = 8, FDP = 16, MXCSR = 24, MXCSR_MASK = 28,
            ST0 = 32, XMM0 = 160, SIZE = 512;

    /** LDMXCSR Md: reserved bits set raise #GP (SDM Vol. 2 LDMXCSR). */
    static void ldmxcsrMd(Cpu c, Insn i) {
        int v = c.mem.read32(Operands.ea(c, i));
        if ((v & ~Mxcsr.WRITABLE) != 0) {
            throw new CpuException(CpuException.GP);
        }
        c.mxcsr = v;
    }

    static void stmxcsrMd(Cpu c, Insn i) {
        c.mem.write32(Operands.ea(c, i), c.mxcsr);
    }

    private static long area(Cpu c, Insn i) {
        long a = Operands.ea(c, i);
        if ((a & 15) != 0) {
            throw new CpuException(CpuException.GP);
        }
        return a;
    }

    /** The abridged tag byte: bit n set if x87 register n is not empty (tag != 11b). */
    static int abridgedTag(int fullTag) {
        int t = 0;
        for (int n = 0; n < 8; n++) {
            if (((fullTag >>> (2 * n)) & 3) != 3) {
                t |= 1 << n;
            }
        }
        return t;
    }

    /**
     * The full tag word from the abridged one. Without register contents ring3 cannot tell
     * valid (00) from zero (01) or special (10), so non-empty registers read as valid.
     */
    static int fullTag(int abridged) {
        int t = 0;
        for (int n = 0; n < 8; n++) {
            if ((abridged & (1 << n)) == 0) {
                t |= 3 << (2 * n);
            }
        }
        return t;
    }

    /** FXSAVE M512: the area must be 16-byte aligned (#GP otherwise). */
    static void fxsaveM(Cpu c, Insn i) {
        long a = area(c, i);
        var m = c.mem;
        m.write16(a + FCW, (short) c.fpuControl);
        m.write16(a + FSW, (short) c.fpuStatus);
        m.write8(a + FTW, (byte) abridgedTag(c.fpuTag));
        m.write8(a + FTW + 1, (byte) 0);
        m.write16(a + FOP, (short) 0);
        m.write64(a + FIP, 0);
        m.write64(a + FDP, 0);
        m.write32(a + MXCSR, c.mxcsr);
        m.write32(a + MXCSR_MASK, Mxcsr.WRITABLE);
        for (int k = 0; k < 16; k++) {
            m.write64(a + ST0 + 8 * k, 0);
        }
        for (int k = 0; k < 32; k++) {
            m.write64(a + XMM0 + 8 * k, c.xmm[k]);
        }
    }

    /** FXRSTOR M512: MXCSR reserved bits raise #GP before anything is loaded. */
    static void fxrstorM(Cpu c, Insn i) {
        long a = area(c, i);
        var m = c.mem;
        int mx = m.read32(a + MXCSR);
        if ((mx & ~Mxcsr.WRITABLE) != 0) {
            throw new CpuException(CpuException.GP);
        }
        m.read64(a + SIZE - 8);   // fault on an unreadable tail before changing any state
        int fcw = m.read16(a + FCW) & 0xFFFF;
        int fsw = m.read16(a + FSW) & 0xFFFF;
        int ftw = m.read8(a + FTW) & 0xFF;
        for (int k = 0; k < 32; k++) {
            c.xmm[k] = m.read64(a + XMM0 + 8 * k);
        }
        c.fpuControl = fcw;
        c.fpuStatus = fsw;
        c.fpuTag = fullTag(ftw);
        c.mxcsr = mx;
    }
}
