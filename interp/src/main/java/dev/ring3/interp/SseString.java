package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * The SSE4.2 packed string comparisons PCMPESTRI, PCMPESTRM, PCMPISTRI and PCMPISTRM (SDM Vol. 2
 * §4.1, "Imm8 Control Byte Operation for PCMPESTRI / PCMPESTRM / PCMPISTRI / PCMPISTRM"): imm8
 * bits 1:0 pick unsigned/signed bytes/words, bits 3:2 the aggregation (equal any, ranges, equal
 * each, equal ordered), bits 5:4 the polarity, bit 6 the most significant index or the expanded
 * mask. The first operand (V) is the SDM's "reg" (elements a[i]), the second (W, which need not
 * be aligned) is "reg/mem" (elements b[j]). Flags: CF = result not zero, ZF/SF = the second/first
 * operand is shorter than a full register, OF = result bit 0, AF = PF = 0.
 */
@Semantics(Exec.class)
final class SseString {
    private SseString() {}

    private static final int AGG_EQUAL_ANY = 0, AGG_RANGES = 1, AGG_EQUAL_EACH = 2, AGG_EQUAL_ORDERED = 3;

    /** Element {@code k} of the 128-bit value (lo, hi), signed or unsigned, bytes or words. */
    private static int element(long lo, long hi, int k, boolean words, boolean signed) {
        int bits = words ? 16 : 8;
        int perHalf = 64 / bits;
        long half = k < perHalf ? lo : hi;
        int at = k % perHalf;
        return (int) (signed ? SseInt.slane(half, at, bits) : SseInt.lane(half, at, bits));
    }

    /** Implicit length: the index of the first zero element, or the element count. */
    private static int implicitLength(long lo, long hi, int n, boolean words) {
        for (int k = 0; k < n; k++) {
            if (element(lo, hi, k, words, false) == 0) {
                return k;
            }
        }
        return n;
    }

    /** Explicit length: |RAX| or |RDX| (|EAX|, |EDX| without REX.W), saturated to the element count. */
    private static int explicitLength(Cpu c, Insn i, int reg, int n) {
        long v = i.rexW ? c.r[reg] : (long) (int) c.r[reg];
        // Math.abs(Long.MIN_VALUE) stays negative: that magnitude saturates like any large one.
        long abs = Math.abs(v);
        return abs < 0 || abs > n ? n : (int) abs;
    }

    /**
     * IntRes2 of the SDM: the aggregated comparison of a (la valid elements) with b (lb valid
     * elements), with polarity applied; one bit per element.
     */
    static int compare(long aLo, long aHi, int la, long bLo, long bHi, int lb, int imm) {
        boolean words = (imm & 1) != 0;
        boolean signed = (imm & 2) != 0;
        int n = words ? 8 : 16;
        int agg = (imm >> 2) & 3;
        int res = 0;
        switch (agg) {
            case AGG_EQUAL_ANY:
                for (int j = 0; j < lb; j++) {
                    int bj = element(bLo, bHi, j, words, signed);
                    for (int k = 0; k < la; k++) {
                        if (element(aLo, aHi, k, words, signed) == bj) {
                            res |= 1 << j;
                            break;
                        }
                    }
                }
                break;
            case AGG_RANGES:
                // a holds (low, high) pairs; an odd valid count leaves its last bound unpaired.
                for (int j = 0; j < lb; j++) {
                    int bj = element(bLo, bHi, j, words, signed);
                    for (int k = 0; k + 1 < la; k += 2) {
                        if (bj >= element(aLo, aHi, k, words, signed) && bj <= element(aLo, aHi, k + 1, words, signed)) {
                            res |= 1 << j;
                            break;
                        }
                    }
                }
                break;
            case AGG_EQUAL_EACH:
                for (int k = 0; k < n; k++) {
                    boolean av = k < la, bv = k < lb;
                    boolean eq = av && bv
                            ? element(aLo, aHi, k, words, signed) == element(bLo, bHi, k, words, signed)
                            : !av && !bv;
                    if (eq) {
                        res |= 1 << k;
                    }
                }
                break;
            default: // AGG_EQUAL_ORDERED: a as a substring of b starting at j; a's invalid tail matches anything
                for (int j = 0; j < n; j++) {
                    boolean match = true;
                    for (int k = 0; k < n - j && k < la; k++) {
                        if (j + k >= lb || element(aLo, aHi, k, words, signed) != element(bLo, bHi, j + k, words, signed)) {
                            match = false;
                            break;
                        }
                    }
                    if (match) {
                        res |= 1 << j;
                    }
                }
                break;
        }
        int all = (1 << n) - 1;
        switch ((imm >> 4) & 3) {
            case 1: res ^= all; break;                       // negative polarity
            case 3: res ^= (1 << lb) - 1; break;             // masked negative: only b's valid elements
            default: break;
        }
        return res & all;
    }

    /** Records the flags and returns IntRes2 for one instruction. */
    private static int run(Cpu c, Insn i, boolean explicit) {
        int imm = (int) i.imm;
        boolean words = (imm & 1) != 0;
        int n = words ? 8 : 16;
        long[] s = c.scratch;
        Operands.getW128(c, i, s, false);
        long aLo = c.xmm[i.reg << 1], aHi = c.xmm[(i.reg << 1) + 1];
        long bLo = s[0], bHi = s[1];
        int la, lb;
        if (explicit) {
            la = explicitLength(c, i, Cpu.RAX, n);
            lb = explicitLength(c, i, Cpu.RDX, n);
        } else {
            la = implicitLength(aLo, aHi, n, words);
            lb = implicitLength(bLo, bHi, n, words);
        }
        int res = compare(aLo, aHi, la, bLo, bHi, lb, imm);
        int f = (res != 0 ? Flags.CF : 0) | (lb < n ? Flags.ZF : 0) | (la < n ? Flags.SF : 0)
                | ((res & 1) != 0 ? Flags.OF : 0);
        Flags.setEager(c, f);
        return res;
    }

    /** ECX = the least (imm8 bit 6 clear) or most significant set bit of IntRes2, or the element count. */
    private static void index(Cpu c, Insn i, boolean explicit) {
        int res = run(c, i, explicit);
        int n = (i.imm & 1) != 0 ? 8 : 16;
        int idx = res == 0 ? n : (i.imm & 0x40) != 0 ? 31 - Integer.numberOfLeadingZeros(res)
                : Integer.numberOfTrailingZeros(res);
        c.r[Cpu.RCX] = idx;
    }

    /** XMM0 = IntRes2 as a bit mask (imm8 bit 6 clear) or expanded to all-ones elements. */
    private static void mask(Cpu c, Insn i, boolean explicit) {
        int res = run(c, i, explicit);
        long lo, hi;
        if ((i.imm & 0x40) == 0) {
            lo = res;
            hi = 0;
        } else {
            boolean words = (i.imm & 1) != 0;
            int bits = words ? 16 : 8;
            int perHalf = 64 / bits;
            long ones = (1L << bits) - 1;
            lo = hi = 0;
            for (int k = 0; k < 2 * perHalf; k++) {
                if ((res >> k & 1) != 0) {
                    if (k < perHalf) {
                        lo |= ones << (k * bits);
                    } else {
                        hi |= ones << ((k - perHalf) * bits);
                    }
                }
            }
        }
        c.xmm[0] = lo;
        c.xmm[1] = hi;
    }

    static void pcmpestriVdqWdqIb(Cpu c, Insn i) { index(c, i, true); }
    static void pcmpestrmVdqWdqIb(Cpu c, Insn i) { mask(c, i, true); }
    static void pcmpistriVdqWdqIb(Cpu c, Insn i) { index(c, i, false); }
    static void pcmpistrmVdqWdqIb(Cpu c, Insn i) { mask(c, i, false); }
}
