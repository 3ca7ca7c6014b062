package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * SSE/SSE2 floating-point comparisons: MIN/MAX (which are not IEEE minNum/maxNum: any NaN or a
 * pair of zeros yields the second operand, SDM Vol. 2 MINPS), CMPPS/PD/SS/SD with the eight
 * predicates, and COMISS/UCOMISS/COMISD/UCOMISD, which set ZF PF CF and clear OF SF AF.
 */
@Semantics(Exec.class)
final class SseCompare {
    private SseCompare() {}

    /** Operand as a double after NaN screening, DAZ and the DE flag. */
    private static double value(Cpu c, long x, boolean d) {
        x = SoftFloat.source(c, x, d);
        return d ? Double.longBitsToDouble(x) : Float.intBitsToFloat((int) x);
    }

    /** MIN (max = false) or MAX of one lane, as raw bits of the lane's format. */
    static long minMax(Cpu c, long a, long b, boolean d, boolean max) {
        if (SoftFloat.isNan(a, d) || SoftFloat.isNan(b, d)) {
            SoftFloat.flag(c, Mxcsr.IE);
            // Even the returned operand goes through DAZ (checked natively).
            boolean daz = (c.mxcsr & Mxcsr.DAZ) != 0 && SoftFloat.isDenormal(b, d);
            return daz ? b & SoftFloat.signBit(d) : b;
        }
        long a2 = SoftFloat.source(c, a, d), b2 = SoftFloat.source(c, b, d);
        double x = d ? Double.longBitsToDouble(a2) : Float.intBitsToFloat((int) a2);
        double y = d ? Double.longBitsToDouble(b2) : Float.intBitsToFloat((int) b2);
        return (max ? x > y : x < y) ? a2 : b2;
    }

    /**
     * One lane of CMPxx with predicate p (Ib & 7): EQ LT LE UNORD NEQ NLT NLE ORD. LT, LE, NLT and
     * NLE signal invalid on any NaN, the others only on a signalling NaN (SDM Vol. 2 CMPPS, Table 3-1).
     */
    static boolean cmp(Cpu c, int p, long a, long b, boolean d) {
        if (SoftFloat.isNan(a, d) || SoftFloat.isNan(b, d)) {
            if ((p & 3) == 1 || (p & 3) == 2 || SoftFloat.isSnan(a, d) || SoftFloat.isSnan(b, d)) {
                SoftFloat.flag(c, Mxcsr.IE);
            }
            return p >= 3 && p <= 6;
        }
        double x = value(c, a, d), y = value(c, b, d);
        switch (p) {
            case 0: return x == y;
            case 1: return x < y;
            case 2: return x <= y;
            case 3: return false;
            case 4: return x != y;
            case 5: return !(x < y);
            case 6: return !(x <= y);
            default: return true;
        }
    }

    // ---- MIN / MAX ------------------------------------------------------------------------------

    private static void packedS(Cpu c, Insn i, boolean max) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[SoftFloat.FLAG_SLOT] = 0;
        int dst = i.reg << 1;
        long lo = 0, hi = 0;
        for (int k = 0; k < 2; k++) {
            lo |= minMax(c, (c.xmm[dst] >>> (32 * k)) & 0xFFFFFFFFL, (s[0] >>> (32 * k)) & 0xFFFFFFFFL, false, max) << (32 * k);
            hi |= minMax(c, (c.xmm[dst + 1] >>> (32 * k)) & 0xFFFFFFFFL, (s[1] >>> (32 * k)) & 0xFFFFFFFFL, false, max) << (32 * k);
        }
        Mxcsr.commit(c, (int) s[SoftFloat.FLAG_SLOT]);
        c.xmm[dst] = lo;
        c.xmm[dst + 1] = hi;
    }

    private static void scalarS(Cpu c, Insn i, boolean max) {
        long b = Operands.getWd(c, i);
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        int dst = i.reg << 1;
        long r = minMax(c, c.xmm[dst] & 0xFFFFFFFFL, b, false, max);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[dst] = (c.xmm[dst] & 0xFFFFFFFF00000000L) | r;
    }

    private static void packedD(Cpu c, Insn i, boolean max) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[SoftFloat.FLAG_SLOT] = 0;
        int dst = i.reg << 1;
        long lo = minMax(c, c.xmm[dst], s[0], true, max);
        long hi = minMax(c, c.xmm[dst + 1], s[1], true, max);
        Mxcsr.commit(c, (int) s[SoftFloat.FLAG_SLOT]);
        c.xmm[dst] = lo;
        c.xmm[dst + 1] = hi;
    }

    private static void scalarD(Cpu c, Insn i, boolean max) {
        long b = Operands.getWq(c, i);
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        int dst = i.reg << 1;
        long r = minMax(c, c.xmm[dst], b, true, max);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[dst] = r;
    }

    static void minpsVpsWps(Cpu c, Insn i) { packedS(c, i, false); }
    static void maxpsVpsWps(Cpu c, Insn i) { packedS(c, i, true); }
    static void minssVssWss(Cpu c, Insn i) { scalarS(c, i, false); }
    static void maxssVssWss(Cpu c, Insn i) { scalarS(c, i, true); }
    static void minpdVpdWpd(Cpu c, Insn i) { packedD(c, i, false); }
    static void maxpdVpdWpd(Cpu c, Insn i) { packedD(c, i, true); }
    static void minsdVsdWsd(Cpu c, Insn i) { scalarD(c, i, false); }
    static void maxsdVsdWsd(Cpu c, Insn i) { scalarD(c, i, true); }

    // ---- CMPxx ----------------------------------------------------------------------------------

    static void cmppsVpsWpsIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[SoftFloat.FLAG_SLOT] = 0;
        int p = (int) i.imm & 7;
        int dst = i.reg << 1;
        long lo = 0, hi = 0;
        for (int k = 0; k < 2; k++) {
            if (cmp(c, p, (c.xmm[dst] >>> (32 * k)) & 0xFFFFFFFFL, (s[0] >>> (32 * k)) & 0xFFFFFFFFL, false)) {
                lo |= 0xFFFFFFFFL << (32 * k);
            }
            if (cmp(c, p, (c.xmm[dst + 1] >>> (32 * k)) & 0xFFFFFFFFL, (s[1] >>> (32 * k)) & 0xFFFFFFFFL, false)) {
                hi |= 0xFFFFFFFFL << (32 * k);
            }
        }
        Mxcsr.commit(c, (int) s[SoftFloat.FLAG_SLOT]);
        c.xmm[dst] = lo;
        c.xmm[dst + 1] = hi;
    }

    static void cmpssVssWssIb(Cpu c, Insn i) {
        long b = Operands.getWd(c, i);
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        int dst = i.reg << 1;
        boolean t = cmp(c, (int) i.imm & 7, c.xmm[dst] & 0xFFFFFFFFL, b, false);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[dst] = (c.xmm[dst] & 0xFFFFFFFF00000000L) | (t ? 0xFFFFFFFFL : 0);
    }

    static void cmppdVpdWpdIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[SoftFloat.FLAG_SLOT] = 0;
        int p = (int) i.imm & 7;
        int dst = i.reg << 1;
        long lo = cmp(c, p, c.xmm[dst], s[0], true) ? -1L : 0;
        long hi = cmp(c, p, c.xmm[dst + 1], s[1], true) ? -1L : 0;
        Mxcsr.commit(c, (int) s[SoftFloat.FLAG_SLOT]);
        c.xmm[dst] = lo;
        c.xmm[dst + 1] = hi;
    }

    static void cmpsdVsdWsdIb(Cpu c, Insn i) {
        long b = Operands.getWq(c, i);
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        int dst = i.reg << 1;
        boolean t = cmp(c, (int) i.imm & 7, c.xmm[dst], b, true);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[dst] = t ? -1L : 0;
    }

    // ---- COMIS / UCOMIS ---------------------------------------------------------------------------

    /** Unordered: ZF PF CF = 111; less: CF; equal: ZF; greater: none (SDM Vol. 2 COMISS). */
    static void comi(Cpu c, long a, long b, boolean d, boolean signalQuiet) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long f;
        if (SoftFloat.isNan(a, d) || SoftFloat.isNan(b, d)) {
            if (signalQuiet || SoftFloat.isSnan(a, d) || SoftFloat.isSnan(b, d)) {
                SoftFloat.flag(c, Mxcsr.IE);
            }
            f = Flags.ZF | Flags.PF | Flags.CF;
        } else {
            double x = value(c, a, d), y = value(c, b, d);
            f = x < y ? Flags.CF : x == y ? Flags.ZF : 0;
        }
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        Flags.setEager(c, f);
    }

    static void comissVssWss(Cpu c, Insn i) {
        comi(c, c.xmm[i.reg << 1] & 0xFFFFFFFFL, Operands.getWd(c, i), false, true);
    }

    static void ucomissVssWss(Cpu c, Insn i) {
        comi(c, c.xmm[i.reg << 1] & 0xFFFFFFFFL, Operands.getWd(c, i), false, false);
    }

    /** COMISD and UCOMISD: normal and zero operands compare without touching MXCSR (SseFast.comisd). */
    static void comisdVsdWsd(Cpu c, Insn i) {
        Flags.setEager(c, SseFast.comisd(c, c.xmm[i.reg << 1], Operands.getWq(c, i), true));
    }

    static void ucomisdVsdWsd(Cpu c, Insn i) {
        Flags.setEager(c, SseFast.comisd(c, c.xmm[i.reg << 1], Operands.getWq(c, i), false));
    }
}
