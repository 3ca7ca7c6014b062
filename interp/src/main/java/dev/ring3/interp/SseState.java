package dev.ring3.interp;

import dev.ring3.semgen.Semantics;
import java.util.Arrays;

/**
 * Saving and loading SSE state: LDMXCSR/STMXCSR and FXSAVE/FXRSTOR with the 512-byte legacy area
 * (SDM Vol. 1 §10.5.1, Table 10-2; the 64-bit layout), x87 registers included. As on the host
 * (an AMD EPYC; AMD APM Vol. 4 FXSAVE), FOP, FIP and FDP are saved only while an unmasked x87
 * exception is pending (ES set) and read as zero otherwise; on an Intel host always
 * ({@link UndefinedFlags}). With REX.W (FXSAVE64/FXRSTOR64) FIP and FDP are 64-bit fields, and
 * FXRSTOR64 keeps bits 47..0 sign-extended (AMD; Intel keeps FIP's bits 56..0 sign-extended and all
 * of FDP) and clears FCS and FDS;
 * without it they are 32-bit offsets followed by the FCS and FDS selectors (SDM Vol. 1 Table 10-2),
 * loaded zero-extended.
 */
@Semantics(Exec.class)
public final class SseState {
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

    /** The tag word from the abridged one: ring3 keeps only "empty" (11) or "in use" (00). */
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
        Operands.probeImage(c, a, SIZE, 4, true);    // a fault writes nothing
        saveImage(c, a, i.rexW);
    }

    /**
     * FXSAVE's image of the x87 and SSE state at {@code a}, in the 64-bit layout with 64-bit FIP and
     * FDP when {@code wide} (FXSAVE64, as the kernel stores a signal frame's fpstate). Bytes 416..511
     * are left as they are. The caller has checked that the 512 bytes can be written.
     */
    public static void saveImage(Cpu c, long a, boolean wide) {
        var m = c.mem;
        m.write16(a + FCW, (short) c.fpuControl);
        m.write16(a + FSW, (short) c.fpuStatus);
        m.write8(a + FTW, (byte) abridgedTag(c.fpuTag));
        m.write8(a + FTW + 1, (byte) 0);
        // AMD stores FOP/FIP/FDP only with an exception pending; Intel always (UndefinedFlags).
        boolean pending = UndefinedFlags.INTEL || (c.fpuStatus & X87.ES) != 0;
        m.write16(a + FOP, (short) (pending ? c.fpuOp : 0));
        if (!pending) {
            m.write64(a + FIP, 0);
            m.write64(a + FDP, 0);
        } else if (wide) {
            m.write64(a + FIP, c.fpuIp);
            m.write64(a + FDP, c.fpuDp);
        } else {
            m.write64(a + FIP, c.fpuIp & 0xFFFF_FFFFL | (c.fpuCs & 0xFFFFL) << 32);
            m.write64(a + FDP, c.fpuDp & 0xFFFF_FFFFL | (c.fpuDs & 0xFFFFL) << 32);
        }
        m.write32(a + MXCSR, c.mxcsr);
        m.write32(a + MXCSR_MASK, Mxcsr.WRITABLE);
        for (int k = 0; k < 8; k++) {
            int p = X87.st(c, k);
            m.write64(a + ST0 + 16 * k, c.fpuMan[p]);
            m.write64(a + ST0 + 16 * k + 8, c.fpuSe[p] & 0xFFFF);   // bytes 10..15 of each slot are reserved: 0
        }
        for (int k = 0; k < 32; k++) {
            m.write64(a + XMM0 + 8 * k, c.xmm[k]);
        }
    }

    /** FXRSTOR M512: MXCSR reserved bits raise #GP before anything is loaded. */
    static void fxrstorM(Cpu c, Insn i) {
        long a = area(c, i);
        Operands.probeImage(c, a, SIZE, 4, false);   // a fault changes no state
        int mx = c.mem.read32(a + MXCSR);
        if ((mx & ~Mxcsr.WRITABLE) != 0) {
            throw new CpuException(CpuException.GP);
        }
        loadImage(c, a, i.rexW, mx);
    }

    /**
     * FXRSTOR's load of the image at {@code a} (FXRSTOR64's when {@code wide}), with {@code mxcsr}
     * for MXCSR: the caller has dealt with its reserved bits and checked that the area is readable.
     */
    public static void loadImage(Cpu c, long a, boolean wide, int mxcsr) {
        var m = c.mem;
        int fcw = m.read16(a + FCW) & 0xFFFF;
        int fsw = m.read16(a + FSW) & 0xFFFF;
        int ftw = m.read8(a + FTW) & 0xFF;
        int fop = m.read16(a + FOP) & 0x7FF;
        long fip = m.read64(a + FIP), fdp = m.read64(a + FDP);
        int top = (fsw >>> 11) & 7;
        for (int k = 0; k < 8; k++) {
            int p = (top + k) & 7;
            c.fpuMan[p] = m.read64(a + ST0 + 16 * k);
            c.fpuSe[p] = m.read16(a + ST0 + 16 * k + 8) & 0xFFFF;
        }
        for (int k = 0; k < 32; k++) {
            c.xmm[k] = m.read64(a + XMM0 + 8 * k);
        }
        c.fpuControl = fcw & 0x1F7F | 0x40;   // as FLDCW: bit 6 reads as 1, bits 13..15 as 0
        c.fpuStatus = fsw;
        c.fpuTag = fullTag(ftw);
        c.fpuOp = fop;
        if (wide) {
            // Intel and Zen 5: FIP's bits 56..0 sign-extended; Zen 5 FDP's too, Intel's whole, Zen 1-4: 48 bits
            c.fpuIp = UndefinedFlags.INTEL || UndefinedFlags.ZEN5 ? fip << 7 >> 7 : fip << 16 >> 16;
            c.fpuDp = UndefinedFlags.INTEL ? fdp : UndefinedFlags.ZEN5 ? fdp << 7 >> 7 : fdp << 16 >> 16;
            c.fpuCs = 0;
            c.fpuDs = 0;
        } else {
            c.fpuIp = fip & 0xFFFF_FFFFL;
            c.fpuDp = fdp & 0xFFFF_FFFFL;
            c.fpuCs = (int) (fip >>> 32) & 0xFFFF;
            c.fpuDs = (int) (fdp >>> 32) & 0xFFFF;
        }
        c.mxcsr = mxcsr;
        X87.recomputeSummary(c);   // as the host: ES and B follow the loaded flags and masks
    }

    /**
     * The x87 and SSE state a signal handler starts with: Linux gives it the initial FPU state
     * (fpu__clear_user_states), i.e. FNINIT's control, status and tags, MXCSR 0x1F80, and every
     * x87 and XMM register zero; sigreturn puts the interrupted code's state back from the frame.
     */
    public static void reset(Cpu c) {
        X87Control.init(c);
        c.fpuDpNext = 0;
        c.fpuOpNext = 0;
        c.fpuDsNext = 0;
        Arrays.fill(c.fpuMan, 0);
        Arrays.fill(c.fpuSe, 0);
        Arrays.fill(c.xmm, 0);
        c.mxcsr = Mxcsr.DEFAULT;
        X87.recomputeSummary(c);
    }
}
