package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * SSE/SSE2 rearrangements: shuffles, unpacks (interleaves), packs with saturation, element and
 * whole-register shifts, and word insert/extract (SDM Vol. 1 §11.4.4-§11.4.5, Vol. 2 entries).
 */
@Semantics(Exec.class)
final class SseShuffle {
    private SseShuffle() {}

    private static void put(Cpu c, Insn i, long lo, long hi) {
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    // ---- float shuffles and unpacks ---------------------------------------------------------------

    /** SHUFPS: result dwords 0,1 from V, 2,3 from W, each picked by two bits of Ib. */
    static void shufpsVpsWpsIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int m = (int) i.imm;
        long dl = c.xmm[i.reg << 1], dh = c.xmm[(i.reg << 1) + 1];
        put(c, i, SseKernels.shufps(dl, dh, s[0], s[1], m, 0), SseKernels.shufps(dl, dh, s[0], s[1], m, 1));
    }

    static void shufpdVpdWpdIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int m = (int) i.imm;
        long lo = c.xmm[(i.reg << 1) + (m & 1)];
        put(c, i, lo, s[(m >> 1) & 1]);
    }

    /** UNPCKLPS / PUNPCKLDQ: V0 W0 V1 W1. */
    static void unpcklpsVpsWps(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        long d = c.xmm[i.reg << 1];
        put(c, i, (d & 0xFFFFFFFFL) | (s[0] << 32), (d >>> 32) | (s[0] & 0xFFFFFFFF00000000L));
    }

    /** UNPCKHPS / PUNPCKHDQ: V2 W2 V3 W3. */
    static void unpckhpsVpsWps(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        long d = c.xmm[(i.reg << 1) + 1];
        put(c, i, (d & 0xFFFFFFFFL) | (s[1] << 32), (d >>> 32) | (s[1] & 0xFFFFFFFF00000000L));
    }

    /** UNPCKLPD / PUNPCKLQDQ. */
    static void unpcklpdVpdWpd(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        c.xmm[(i.reg << 1) + 1] = s[0];
    }

    /** UNPCKHPD / PUNPCKHQDQ. */
    static void unpckhpdVpdWpd(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        put(c, i, c.xmm[(i.reg << 1) + 1], s[1]);
    }

    // ---- integer unpacks ----------------------------------------------------------------------------

    /** Interleaves the elements of the 64-bit halves a and b: a0 b0 a1 b1 ... into two halves. */
    private static void interleave(Cpu c, Insn i, long a, long b, int bits) {
        put(c, i, SseKernels.unpack(a, 0, b, 0, bits, 0), SseKernels.unpack(a, 0, b, 0, bits, 1));
    }

    private static void punpckl(Cpu c, Insn i, int bits) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        interleave(c, i, c.xmm[i.reg << 1], s[0], bits);
    }

    private static void punpckh(Cpu c, Insn i, int bits) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        interleave(c, i, c.xmm[(i.reg << 1) + 1], s[1], bits);
    }

    static void punpcklbwVxWx(Cpu c, Insn i) { punpckl(c, i, 8); }
    static void punpcklwdVxWx(Cpu c, Insn i) { punpckl(c, i, 16); }
    static void punpckhbwVxWx(Cpu c, Insn i) { punpckh(c, i, 8); }
    static void punpckhwdVxWx(Cpu c, Insn i) { punpckh(c, i, 16); }

    // ---- packs ----------------------------------------------------------------------------------

    private static void pack(Cpu c, Insn i, int bits, boolean unsignedResult) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        long v0 = c.xmm[i.reg << 1], v1 = c.xmm[(i.reg << 1) + 1];
        int form = bits | (unsignedResult ? SseKernels.PACK_UNSIGNED : 0);
        put(c, i, SseKernels.pack(v0, v1, s[0], s[1], form, 0), SseKernels.pack(v0, v1, s[0], s[1], form, 1));
    }

    static void packsswbVxWx(Cpu c, Insn i) { pack(c, i, 16, false); }
    static void packssdwVxWx(Cpu c, Insn i) { pack(c, i, 32, false); }
    static void packuswbVxWx(Cpu c, Insn i) { pack(c, i, 16, true); }
    /** PACKUSDW (SSE4.1): signed dwords to unsigned words. */
    static void packusdwVxWx(Cpu c, Insn i) { pack(c, i, 32, true); }

    // ---- PSHUFD / PSHUFHW / PSHUFLW ---------------------------------------------------------------

    static void pshufdVxWxIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        int m = (int) i.imm;
        put(c, i, SseKernels.pshufd(0, 0, s[0], s[1], m, 0), SseKernels.pshufd(0, 0, s[0], s[1], m, 1));
    }

    static long shufWords(long v, int m) {
        long r = 0;
        for (int k = 0; k < 4; k++) {
            r |= SseInt.lane(v, (m >> (2 * k)) & 3, 16) << (16 * k);
        }
        return r;
    }

    static void pshufhwVxWxIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        put(c, i, s[0], shufWords(s[1], (int) i.imm));
    }

    static void pshuflwVxWxIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        put(c, i, shufWords(s[0], (int) i.imm), s[1]);
    }

    // ---- shifts -----------------------------------------------------------------------------------

    static final int SLL = 0, SRL = 1, SAR = 2;

    private static void shiftBy(Cpu c, Insn i, long count, int bits, int kind, int dst) {
        c.xmm[dst] = SseKernels.shiftLanes(c.xmm[dst], count, bits, kind);
        c.xmm[dst + 1] = SseKernels.shiftLanes(c.xmm[dst + 1], count, bits, kind);
    }

    /** Count from W: its whole low qword (m128 aligned, SDM: "xmm2/m128"). */
    private static void shiftW(Cpu c, Insn i, int bits, int kind) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        shiftBy(c, i, s[0], bits, kind, i.reg << 1);
    }

    /** Count from Ib, the register from ModRM.rm (66 0F 71/72/73 groups). */
    static void shiftI(Cpu c, Insn i, int bits, int kind) {
        shiftBy(c, i, i.imm & 0xFF, bits, kind, i.rm << 1);
    }

    static void psrlwVxWx(Cpu c, Insn i) { shiftW(c, i, 16, SRL); }
    static void psrldVxWx(Cpu c, Insn i) { shiftW(c, i, 32, SRL); }
    static void psrlqVxWx(Cpu c, Insn i) { shiftW(c, i, 64, SRL); }
    static void psrawVxWx(Cpu c, Insn i) { shiftW(c, i, 16, SAR); }
    static void psradVxWx(Cpu c, Insn i) { shiftW(c, i, 32, SAR); }
    static void psllwVxWx(Cpu c, Insn i) { shiftW(c, i, 16, SLL); }
    static void pslldVxWx(Cpu c, Insn i) { shiftW(c, i, 32, SLL); }
    static void psllqVxWx(Cpu c, Insn i) { shiftW(c, i, 64, SLL); }
    static void psrlwUxIb(Cpu c, Insn i) { shiftI(c, i, 16, SRL); }
    static void psrldUxIb(Cpu c, Insn i) { shiftI(c, i, 32, SRL); }
    static void psrlqUxIb(Cpu c, Insn i) { shiftI(c, i, 64, SRL); }
    static void psrawUxIb(Cpu c, Insn i) { shiftI(c, i, 16, SAR); }
    static void psradUxIb(Cpu c, Insn i) { shiftI(c, i, 32, SAR); }
    static void psllwUxIb(Cpu c, Insn i) { shiftI(c, i, 16, SLL); }
    static void pslldUxIb(Cpu c, Insn i) { shiftI(c, i, 32, SLL); }
    static void psllqUxIb(Cpu c, Insn i) { shiftI(c, i, 64, SLL); }

    /** PSLLDQ: the whole register left by Ib bytes (more than 15 clears it). */
    static void pslldqUxIb(Cpu c, Insn i) {
        byteShift(c, i, true);
    }

    /** PSRLDQ: the whole register right by Ib bytes (more than 15 clears it). */
    static void psrldqUxIb(Cpu c, Insn i) {
        byteShift(c, i, false);
    }

    private static void byteShift(Cpu c, Insn i, boolean left) {
        int d = i.rm << 1;
        int n = (int) (i.imm & 0xFF);
        long lo = c.xmm[d], hi = c.xmm[d + 1];
        c.xmm[d] = SseKernels.byteShift(lo, hi, n, left, 0);
        c.xmm[d + 1] = SseKernels.byteShift(lo, hi, n, left, 1);
    }

    // ---- words ----------------------------------------------------------------------------------

    /** PINSRW Vdq,Ry/Mw,Ib: word Ib&7 of V from the low word of a GPR or m16. */
    static void pinsrwVdqEwIb(Cpu c, Insn i) {
        long w = Operands.getE(c, i, 2);
        int k = (int) i.imm & 7;
        int d = (i.reg << 1) + (k >> 2);
        int sh = (k & 3) << 4;
        c.xmm[d] = (c.xmm[d] & ~(0xFFFFL << sh)) | (w << sh);
    }

    /** PEXTRW Gd,Udq,Ib: word Ib&7 of U, zero-extended into the GPR. */
    static void pextrwGdUdqIb(Cpu c, Insn i) {
        int k = (int) i.imm & 7;
        c.r[i.reg] = SseInt.lane(c.xmm[(i.rm << 1) + (k >> 2)], k & 3, 16);
    }
}
