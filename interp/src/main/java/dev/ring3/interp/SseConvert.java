package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * SSE/SSE2 conversions between integers, binary32 and binary64 (CVT*): integer results round per
 * MXCSR.RC (or truncate for CVTT*), and NaN or out-of-range values give the "integer indefinite"
 * (the most negative integer) with IE (SDM Vol. 1 §11.5.2.1); float results round per RC with
 * the usual flags.
 */
@Semantics(Exec.class)
final class SseConvert {
    private SseConvert() {}

    private static final int FLAGS = SoftFloat.FLAG_SLOT;

    /**
     * A float value to a {@code size}-byte integer (4 or 8), rounded per {@code rc}. {@code x} is
     * the raw lane in format d. Exact results raise nothing; inexact ones PE.
     */
    static long toInt(Cpu c, long x, boolean d, int size, int rc) {
        long indefinite = size == 8 ? Long.MIN_VALUE : 0x80000000L;
        if (SoftFloat.isNan(x, d)) {
            SoftFloat.flag(c, Mxcsr.IE);
            return indefinite;
        }
        if (SoftFloat.isDenormal(x, d) && (c.mxcsr & Mxcsr.DAZ) != 0) {
            return 0;
        }
        double v = d ? Double.longBitsToDouble(x) : Float.intBitsToFloat((int) x);
        double r;
        switch (rc) {
            case Mxcsr.RC_NEAREST: r = Math.rint(v); break;
            case Mxcsr.RC_DOWN: r = Math.floor(v); break;
            case Mxcsr.RC_UP: r = Math.ceil(v); break;
            default: r = v < 0 ? Math.ceil(v) : Math.floor(v); break;
        }
        boolean inRange = size == 8 ? r >= -0x1p63 && r < 0x1p63 : r >= -0x1p31 && r < 0x1p31;
        if (!inRange) {
            SoftFloat.flag(c, Mxcsr.IE);
            return indefinite;
        }
        if (r != v) {
            SoftFloat.flag(c, Mxcsr.PE);
        }
        long n = (long) r;
        return size == 8 ? n : n & 0xFFFFFFFFL;
    }

    /** An integer to format d with the current rounding. */
    static long fromInt(Cpu c, long v, boolean d) {
        if (Mxcsr.fast(c.mxcsr)) {
            if (d) {
                double r = v;
                if (r == 0x1p63 || (long) r != v) {
                    SoftFloat.flag(c, Mxcsr.PE);
                }
                return Double.doubleToRawLongBits(r);
            }
            float r = v;
            if (r == 0x1p63f || (long) r != v) {
                SoftFloat.flag(c, Mxcsr.PE);
            }
            return Float.floatToRawIntBits(r) & 0xFFFFFFFFL;
        }
        return SoftFloat.fromLong(c, v, d);
    }

    /** binary32 to binary64: exact; NaNs are quieted with their payload moved up. */
    static long widen(Cpu c, long x) {
        int f = (int) x;
        if (SoftFloat.isNan(x, false)) {
            if (SoftFloat.isSnan(x, false)) {
                SoftFloat.flag(c, Mxcsr.IE);
            }
            return ((long) (f & 0x80000000) << 32) | 0x7FF8000000000000L | ((long) (f & 0x3FFFFF) << 29);
        }
        f = (int) SoftFloat.source(c, x & 0xFFFFFFFFL, false);
        return Double.doubleToRawLongBits(Float.intBitsToFloat(f));
    }

    /** binary64 to binary32 with MXCSR rounding. */
    static long narrow(Cpu c, long x) {
        if (Mxcsr.fast(c.mxcsr) && SseFloat.normD(x)) {
            double v = Double.longBitsToDouble(x);
            float r = (float) v;
            int rb = Float.floatToRawIntBits(r);
            if (SseFloat.normF(rb)) {
                if (r != v) {
                    SoftFloat.flag(c, Mxcsr.PE);
                }
                return rb & 0xFFFFFFFFL;
            }
        }
        return SoftFloat.narrow(c, x);
    }

    private static int rc(Cpu c) {
        return Mxcsr.rc(c.mxcsr);
    }

    // ---- to integers ----------------------------------------------------------------------------

    private static void toGpr(Cpu c, Insn i, long x, boolean d, int rc) {
        c.scratch[FLAGS] = 0;
        int size = i.rexW ? 8 : 4;
        long v = toInt(c, x, d, size, rc);
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        Operands.setReg(c, i.reg, size, v);
    }

    static void cvtss2siGyWss(Cpu c, Insn i) { toGpr(c, i, Operands.getWd(c, i), false, rc(c)); }
    static void cvttss2siGyWss(Cpu c, Insn i) { toGpr(c, i, Operands.getWd(c, i), false, Mxcsr.RC_ZERO); }
    static void cvtsd2siGyWsd(Cpu c, Insn i) { toGpr(c, i, Operands.getWq(c, i), true, rc(c)); }
    /** CVTTSD2SI: SseFast's conversion where it gives the result with MXCSR unchanged, else the exact one. */
    static void cvttsd2siGyWsd(Cpu c, Insn i) {
        long x = Operands.getWq(c, i);
        long fast = SseFast.convert(i.rexW ? SseKernels.TSD2SI64 : SseKernels.TSD2SI32, 0, x, SseFast.mxcsrFast(c));
        if (fast != SseFast.EXACT) {
            c.r[i.reg] = fast;
            return;
        }
        toGpr(c, i, x, true, Mxcsr.RC_ZERO);
    }

    private static void ps2dq(Cpu c, Insn i, int rc) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[FLAGS] = 0;
        long lo = toInt(c, s[0] & 0xFFFFFFFFL, false, 4, rc) | toInt(c, s[0] >>> 32, false, 4, rc) << 32;
        long hi = toInt(c, s[1] & 0xFFFFFFFFL, false, 4, rc) | toInt(c, s[1] >>> 32, false, 4, rc) << 32;
        Mxcsr.commit(c, (int) s[FLAGS]);
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    static void cvtps2dqVdqWps(Cpu c, Insn i) { ps2dq(c, i, rc(c)); }
    static void cvttps2dqVdqWps(Cpu c, Insn i) { ps2dq(c, i, Mxcsr.RC_ZERO); }

    private static void pd2dq(Cpu c, Insn i, int rc) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[FLAGS] = 0;
        long lo = toInt(c, s[0], true, 4, rc) | toInt(c, s[1], true, 4, rc) << 32;
        Mxcsr.commit(c, (int) s[FLAGS]);
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = 0;
    }

    static void cvtpd2dqVdqWpd(Cpu c, Insn i) { pd2dq(c, i, rc(c)); }
    static void cvttpd2dqVdqWpd(Cpu c, Insn i) { pd2dq(c, i, Mxcsr.RC_ZERO); }

    // ---- from integers --------------------------------------------------------------------------

    /** CVTSI2SS Vss,Ey: 32-bit source unless REX.W; the rest of V is kept. */
    static void cvtsi2ssVssEy(Cpu c, Insn i) {
        long v = i.rexW ? Operands.getE(c, i, 8) : (int) Operands.getE(c, i, 4);
        c.scratch[FLAGS] = 0;
        long r = fromInt(c, v, false);
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        int d = i.reg << 1;
        c.xmm[d] = (c.xmm[d] & 0xFFFFFFFF00000000L) | r;
    }

    static void cvtsi2sdVsdEy(Cpu c, Insn i) {
        long v = i.rexW ? Operands.getE(c, i, 8) : (int) Operands.getE(c, i, 4);
        long fast = SseFast.convert(SseKernels.SI2SD, 0, v, SseFast.mxcsrFast(c));
        if (fast != SseFast.EXACT) {
            c.xmm[i.reg << 1] = fast;
            return;
        }
        c.scratch[FLAGS] = 0;
        long r = fromInt(c, v, true);
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        c.xmm[i.reg << 1] = r;
    }

    static void cvtdq2psVpsWdq(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[FLAGS] = 0;
        long lo = fromInt(c, (int) s[0], false) | fromInt(c, (int) (s[0] >>> 32), false) << 32;
        long hi = fromInt(c, (int) s[1], false) | fromInt(c, (int) (s[1] >>> 32), false) << 32;
        Mxcsr.commit(c, (int) s[FLAGS]);
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    /** CVTDQ2PD Vpd,Wq: two dwords (m64, no alignment) to two doubles, always exact. */
    static void cvtdq2pdVpdWq(Cpu c, Insn i) {
        long v = Operands.getWq(c, i);
        c.xmm[i.reg << 1] = Double.doubleToRawLongBits((int) v);
        c.xmm[(i.reg << 1) + 1] = Double.doubleToRawLongBits((int) (v >>> 32));
    }

    // ---- between float formats ------------------------------------------------------------------

    static void cvtss2sdVsdWss(Cpu c, Insn i) {
        long x = Operands.getWd(c, i);
        c.scratch[FLAGS] = 0;
        long r = widen(c, x);
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        c.xmm[i.reg << 1] = r;
    }

    static void cvtsd2ssVssWsd(Cpu c, Insn i) {
        long x = Operands.getWq(c, i);
        c.scratch[FLAGS] = 0;
        long r = narrow(c, x);
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        int d = i.reg << 1;
        c.xmm[d] = (c.xmm[d] & 0xFFFFFFFF00000000L) | r;
    }

    /** CVTPS2PD Vpd,Wq: two floats (m64, no alignment). */
    static void cvtps2pdVpdWq(Cpu c, Insn i) {
        long x = Operands.getWq(c, i);
        c.scratch[FLAGS] = 0;
        long lo = widen(c, x & 0xFFFFFFFFL);
        long hi = widen(c, x >>> 32);
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    /** CVTPD2PS Vps,Wpd: two floats in the low qword, the high qword zeroed. */
    static void cvtpd2psVpsWpd(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[FLAGS] = 0;
        long lo = narrow(c, s[0]) | narrow(c, s[1]) << 32;
        Mxcsr.commit(c, (int) s[FLAGS]);
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = 0;
    }
}
