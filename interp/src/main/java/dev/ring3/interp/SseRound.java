package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * SSE4.1 ROUNDPS/PD/SS/SD: each lane rounded to an integral value in its own format (SDM Vol. 2
 * ROUNDPS). Ib[1:0] is the rounding mode unless Ib[2] selects MXCSR.RC; Ib[3] suppresses the
 * precision exception. Only SNaN operands raise IE (the result is the quieted NaN); there is no
 * denormal exception, and DAZ reads denormal operands as signed zeros.
 */
@Semantics(Exec.class)
final class SseRound {
    private SseRound() {}

    private static final int FLAGS = SoftFloat.FLAG_SLOT;

    /** One lane {@code x} of format d rounded under {@code imm}; flags go to the flag slot. */
    static long round(Cpu c, long x, boolean d, int imm) {
        if (SoftFloat.isNan(x, d)) {
            if (SoftFloat.isSnan(x, d)) {
                SoftFloat.flag(c, Mxcsr.IE);
            }
            return x | SoftFloat.quietBit(d);
        }
        if (SoftFloat.isDenormal(x, d) && (c.mxcsr & Mxcsr.DAZ) != 0) {
            return x & SoftFloat.signBit(d);
        }
        if (SoftFloat.isInf(x, d) || SoftFloat.isZero(x, d)) {
            return x;
        }
        double v = d ? Double.longBitsToDouble(x) : Float.intBitsToFloat((int) x);
        double r;
        switch ((imm & 4) != 0 ? Mxcsr.rc(c.mxcsr) : imm & 3) {
            case Mxcsr.RC_NEAREST: r = Math.rint(v); break;
            case Mxcsr.RC_DOWN: r = Math.floor(v); break;
            case Mxcsr.RC_UP: r = Math.ceil(v); break;
            default: r = v < 0 ? Math.ceil(v) : Math.floor(v); break;
        }
        if (r != v && (imm & 8) == 0) {
            SoftFloat.flag(c, Mxcsr.PE);
        }
        // Every integral value of the format is exact in double, and so is its conversion back.
        return d ? Double.doubleToRawLongBits(r) : Float.floatToRawIntBits((float) r) & 0xFFFFFFFFL;
    }

    static void roundpsVxWxIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[FLAGS] = 0;
        int m = (int) i.imm;
        long lo = round(c, s[0] & 0xFFFFFFFFL, false, m) | round(c, s[0] >>> 32, false, m) << 32;
        long hi = round(c, s[1] & 0xFFFFFFFFL, false, m) | round(c, s[1] >>> 32, false, m) << 32;
        Mxcsr.commit(c, (int) s[FLAGS]);
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    static void roundpdVxWxIb(Cpu c, Insn i) {
        long[] s = c.scratch;
        Operands.getW128(c, i, s, true);
        s[FLAGS] = 0;
        int m = (int) i.imm;
        long lo = round(c, s[0], true, m);
        long hi = round(c, s[1], true, m);
        Mxcsr.commit(c, (int) s[FLAGS]);
        c.xmm[i.reg << 1] = lo;
        c.xmm[(i.reg << 1) + 1] = hi;
    }

    /** ROUNDSS: the low lane from W (xmm or m32), the rest of V kept. */
    static void roundssVssWssIb(Cpu c, Insn i) {
        long x = Operands.getWd(c, i);
        c.scratch[FLAGS] = 0;
        long r = round(c, x, false, (int) i.imm);
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        int d = i.reg << 1;
        c.xmm[d] = (c.xmm[d] & 0xFFFFFFFF00000000L) | r;
    }

    static void roundsdVsdWsdIb(Cpu c, Insn i) {
        long x = Operands.getWq(c, i);
        c.scratch[FLAGS] = 0;
        long r = round(c, x, true, (int) i.imm);
        Mxcsr.commit(c, (int) c.scratch[FLAGS]);
        c.xmm[i.reg << 1] = r;
    }
}
