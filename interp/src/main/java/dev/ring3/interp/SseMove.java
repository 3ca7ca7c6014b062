package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * SSE/SSE2 data movement: full-register, scalar, half-register and GPR moves, the non-temporal
 * stores (which ring3 treats as ordinary stores: there is no cache to bypass), MASKMOVDQU and the
 * sign-mask extractions. 128-bit memory operands are 16-byte aligned or #GP except for the
 * explicitly unaligned forms (SDM Vol. 1 §11.6.3).
 */
@Semantics(Exec.class)
final class SseMove {
    private SseMove() {}

    /** Writes a 128-bit W operand (register or m128), checking alignment if asked. */
    static void setW128(Cpu c, Insn i, long lo, long hi, boolean aligned) {
        if (i.rm >= 0) {
            c.xmm[i.rm << 1] = lo;
            c.xmm[(i.rm << 1) + 1] = hi;
        } else {
            long a = Operands.ea(c, i);
            if (aligned && (a & 15) != 0) {
                throw new CpuException(CpuException.GP);
            }
            AlignmentCheck.require(c, a, 16);
            SseKernels.store128(c.mem, a, lo, hi);
        }
    }

    private static void loadV(Cpu c, Insn i, boolean aligned) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, aligned);
        c.xmm[i.reg << 1] = s[0];
        c.xmm[(i.reg << 1) + 1] = s[1];
    }

    private static void storeV(Cpu c, Insn i, boolean aligned) {
        setW128(c, i, c.xmm[i.reg << 1], c.xmm[(i.reg << 1) + 1], aligned);
    }

    // ---- whole registers ------------------------------------------------------------------------

    /** MOVUPS/MOVUPD/MOVDQU loads. */
    static void movupsVpsWps(Cpu c, Insn i) { loadV(c, i, false); }

    /** MOVAPS/MOVAPD/MOVDQA loads. */
    static void movapsVpsWps(Cpu c, Insn i) { loadV(c, i, true); }

    static void movupsWpsVps(Cpu c, Insn i) { storeV(c, i, false); }

    /** MOVAPS/MOVAPD/MOVDQA stores, and MOVNTPS/MOVNTPD/MOVNTDQ (also alignment-checked). */
    static void movapsWpsVps(Cpu c, Insn i) { storeV(c, i, true); }

    // ---- scalars --------------------------------------------------------------------------------

    /** MOVSS xmm, xmm merges the low dword; MOVSS xmm, m32 zeroes bits 127..32. */
    static void movssVssWss(Cpu c, Insn i) {
        int d = i.reg << 1;
        if (i.rm >= 0) {
            c.xmm[d] = (c.xmm[d] & 0xFFFFFFFF00000000L) | (c.xmm[i.rm << 1] & 0xFFFFFFFFL);
        } else {
            c.xmm[d] = c.mem.read32(Operands.ea(c, i)) & 0xFFFFFFFFL;
            c.xmm[d + 1] = 0;
        }
    }

    static void movssWssVss(Cpu c, Insn i) {
        long v = c.xmm[i.reg << 1];
        if (i.rm >= 0) {
            int d = i.rm << 1;
            c.xmm[d] = (c.xmm[d] & 0xFFFFFFFF00000000L) | (v & 0xFFFFFFFFL);
        } else {
            c.mem.write32(Operands.ea(c, i), (int) v);
        }
    }

    /** MOVSD xmm, xmm merges the low qword; from m64 it zeroes the high qword. */
    static void movsdVsdWsd(Cpu c, Insn i) {
        int d = i.reg << 1;
        if (i.rm >= 0) {
            c.xmm[d] = c.xmm[i.rm << 1];
        } else {
            c.xmm[d] = c.mem.read64(Operands.ea(c, i));
            c.xmm[d + 1] = 0;
        }
    }

    /** MOVSD Wsd,Vsd, MOVLPS/MOVLPD Mq,Vq: store (or merge) the low qword. */
    static void movsdWsdVsd(Cpu c, Insn i) {
        long v = c.xmm[i.reg << 1];
        if (i.rm >= 0) {
            c.xmm[i.rm << 1] = v;
        } else {
            c.mem.write64(Operands.ea(c, i), v);
        }
    }

    // ---- halves ---------------------------------------------------------------------------------

    /** MOVLPS/MOVLPD Vq,Mq: the low qword from memory, the high one kept. */
    static void movlpsVqMq(Cpu c, Insn i) {
        c.xmm[i.reg << 1] = c.mem.read64(Operands.ea(c, i));
    }

    /** MOVHLPS Vq,Uq: the low qword from the source's high qword. */
    static void movhlpsVqUq(Cpu c, Insn i) {
        c.xmm[i.reg << 1] = c.xmm[(i.rm << 1) + 1];
    }

    /** MOVHPS/MOVHPD Vq,Mq: the high qword from memory. */
    static void movhpsVqMq(Cpu c, Insn i) {
        c.xmm[(i.reg << 1) + 1] = c.mem.read64(Operands.ea(c, i));
    }

    /** MOVLHPS Vq,Uq: the high qword from the source's low qword. */
    static void movlhpsVqUq(Cpu c, Insn i) {
        c.xmm[(i.reg << 1) + 1] = c.xmm[i.rm << 1];
    }

    /** MOVHPS/MOVHPD Mq,Vq: store the high qword. */
    static void movhpsMqVq(Cpu c, Insn i) {
        c.mem.write64(Operands.ea(c, i), c.xmm[(i.reg << 1) + 1]);
    }

    // ---- MOVD / MOVQ ----------------------------------------------------------------------------

    /** MOVD/MOVQ Vy,Ey (66 0F 6E): GPR or memory into the low lane, the rest zeroed. */
    static void movdVyEy(Cpu c, Insn i) {
        int size = i.rexW ? 8 : 4;
        c.xmm[i.reg << 1] = Operands.getE(c, i, size);
        c.xmm[(i.reg << 1) + 1] = 0;
    }

    /** MOVD/MOVQ Ey,Vy (66 0F 7E): the low lane to a GPR (zero-extended) or memory. */
    static void movdEyVy(Cpu c, Insn i) {
        int size = i.rexW ? 8 : 4;
        Operands.setE(c, i, size, c.xmm[i.reg << 1]);
    }

    /** MOVQ Vq,Wq (F3 0F 7E): low qword, high qword zeroed. */
    static void movqVqWq(Cpu c, Insn i) {
        c.xmm[i.reg << 1] = Operands.getWq(c, i);
        c.xmm[(i.reg << 1) + 1] = 0;
    }

    /** MOVQ Wq,Vq (66 0F D6): to a register it zeroes the high qword. */
    static void movqWqVq(Cpu c, Insn i) {
        long v = c.xmm[i.reg << 1];
        if (i.rm >= 0) {
            c.xmm[i.rm << 1] = v;
            c.xmm[(i.rm << 1) + 1] = 0;
        } else {
            c.mem.write64(Operands.ea(c, i), v);
        }
    }

    /** MOVNTI My,Gy: a plain store of a GPR. */
    static void movntiMyGy(Cpu c, Insn i) {
        int size = i.rexW ? 8 : 4;
        Operands.store(c, Operands.ea(c, i), size, c.r[i.reg]);
    }

    /**
     * MASKMOVDQU Vdq,Udq: stores the bytes of V whose mask byte in U has its top bit set to
     * [rDI] (DS, or the segment override). Only the selected bytes are touched.
     */
    static void maskmovdquVdqUdq(Cpu c, Insn i) {
        long a = maskmovTarget(c, i);
        for (int k = 0; k < 16; k++) {
            long m = c.xmm[(i.rm << 1) + (k >> 3)] >>> ((k & 7) << 3);
            if ((m & 0x80) != 0) {
                long v = c.xmm[(i.reg << 1) + (k >> 3)] >>> ((k & 7) << 3);
                c.mem.write8(a + k, (byte) v);
            }
        }
    }

    /** MASKMOVDQU's and MASKMOVQ's implicit destination: DS:RDI (EDI under 0x67), FS/GS overridable. */
    static long maskmovTarget(Cpu c, Insn i) {
        long a = c.r[Cpu.RDI];
        if (i.addrsize == 4) {
            a &= 0xFFFFFFFFL;
        }
        if (i.seg != Insn.SEG_NONE) {
            a += i.seg == Insn.SEG_FS ? c.fsBase : c.gsBase;
        }
        return a;
    }

    // ---- sign masks -----------------------------------------------------------------------------

    static void movmskpsGyUps(Cpu c, Insn i) {
        long lo = c.xmm[i.rm << 1], hi = c.xmm[(i.rm << 1) + 1];
        c.r[i.reg] = (lo >>> 31 & 1) | (lo >>> 62 & 2) | (hi >>> 29 & 4) | (hi >>> 60 & 8);
    }

    static void movmskpdGyUpd(Cpu c, Insn i) {
        c.r[i.reg] = (c.xmm[i.rm << 1] >>> 63) | (c.xmm[(i.rm << 1) + 1] >>> 63 << 1);
    }

    static void pmovmskbGdUdq(Cpu c, Insn i) {
        c.r[i.reg] = SseKernels.byteSigns(c.xmm[i.rm << 1]) | (SseKernels.byteSigns(c.xmm[(i.rm << 1) + 1]) << 8);
    }
}
