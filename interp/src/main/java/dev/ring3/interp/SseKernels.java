package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;

/**
 * SSE instruction bodies on operand values, the W operand already fetched: what the JIT's
 * translated code calls for the exact path of floating point (MXCSR not in its default state, or
 * operands or results that raise flags) and for the packed-integer lane kernels. {@code d} is the
 * index of the destination's low half in {@code Cpu.xmm} (2 * register). The interpreter's
 * instruction shapes ({@code SseFloat}) run these same bodies.
 */
public final class SseKernels {
    private SseKernels() {}

    /**
     * Stores 16 bytes at {@code a}. Across a page boundary it is one bulk write, which checks both
     * pages first, so a fault leaves memory unchanged and names the first inaccessible byte, as on
     * hardware.
     */
    public static void store128(AddressSpace m, long a, long lo, long hi) {
        if (((a ^ (a + 15)) & ~0xFFFL) != 0) {
            byte[] b = new byte[16];
            for (int k = 0; k < 8; k++) {
                b[k] = (byte) (lo >>> (8 * k));
                b[k + 8] = (byte) (hi >>> (8 * k));
            }
            m.write(a, b, 0, 16);
            return;
        }
        m.write64(a, lo);
        m.write64(a + 8, hi);
    }

    /** Operation kinds of the floating-point bodies. */
    public static final int ADD = SoftFloat.ADD, SUB = SoftFloat.SUB, MUL = SoftFloat.MUL, DIV = SoftFloat.DIV;
    /** Lane kinds beyond the four: SQRT of b (a is ignored), MIN and MAX (SDM MINSD/MAXSD rules). */
    public static final int SQRT = SoftFloat.SQRT, MIN = 5, MAX = 6;
    /**
     * Conversion kinds ({@link #convert}): b is the source (an integer already sign-extended for
     * SI2*, a raw lane otherwise), a the destination half whose other bits are kept.
     */
    public static final int SI2SD = 0, SI2SS = 1, SD2SI32 = 2, SD2SI64 = 3, TSD2SI32 = 4, TSD2SI64 = 5,
            SS2SI32 = 6, SS2SI64 = 7, TSS2SI32 = 8, TSS2SI64 = 9, SS2SD = 10, SD2SS = 11;

    // ---- floating point ---------------------------------------------------------------------------

    /*
     * Lanes: the translated code's exact path computes each lane of an instruction with these,
     * the flags gathering in the scratch slot from the FIRST lane and committed after the LAST
     * (a #XM before any write, as the CPU); then it writes the lanes itself.
     */

    /** Bits of a lane call's {@code step}: the instruction's first lane, its last (both: scalar). */
    public static final int FIRST = 1, LAST = 2;

    private static long step(Cpu c, int step, long r) {
        if ((step & LAST) != 0) {
            Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        }
        return r;
    }

    private static void begin(Cpu c, int step) {
        if ((step & FIRST) != 0) {
            c.scratch[SoftFloat.FLAG_SLOT] = 0;
        }
    }

    /** One double lane: a op b (SQRT: of b; MIN, MAX as MINSD/MAXSD). */
    public static long laneD(Cpu c, int kind, long a, long b, int step) {
        begin(c, step);
        return step(c, step, kind >= MIN ? SseCompare.minMax(c, a, b, true, kind == MAX)
                : SseFloat.f64(c, kind, kind == SQRT ? b : a, kind == SQRT ? 0 : b));
    }

    /** The low single of a 64-bit half op the low single of b; the high dword of a is kept. */
    public static long laneS(Cpu c, int kind, long a, long b, int step) {
        begin(c, step);
        return step(c, step, (a & 0xFFFFFFFF00000000L) | single(c, kind, a & 0xFFFFFFFFL, b & 0xFFFFFFFFL));
    }

    /** Both singles of a 64-bit half. */
    public static long pairS(Cpu c, int kind, long a, long b, int step) {
        begin(c, step);
        return step(c, step, single(c, kind, a & 0xFFFFFFFFL, b & 0xFFFFFFFFL) | single(c, kind, a >>> 32, b >>> 32) << 32);
    }

    private static long single(Cpu c, int kind, long a, long b) {
        if (kind >= MIN) {
            return SseCompare.minMax(c, a, b, false, kind == MAX);
        }
        int r = kind == SQRT ? SseFloat.f32(c, kind, (int) b, 0) : SseFloat.f32(c, kind, (int) a, (int) b);
        return r & 0xFFFFFFFFL;
    }

    /** A scalar conversion of b (see {@link #SI2SD}): the new destination half, or the integer. */
    public static long convert(Cpu c, int kind, long a, long b, int step) {
        begin(c, step);
        return step(c, step, convertLane(c, kind, a, b));
    }

    private static long convertLane(Cpu c, int kind, long a, long b) {
        int rc = Mxcsr.rc(c.mxcsr);
        switch (kind) {
            case SI2SD: return SseConvert.fromInt(c, b, true);
            case SI2SS: return (a & 0xFFFFFFFF00000000L) | SseConvert.fromInt(c, b, false);
            case SD2SI32: return SseConvert.toInt(c, b, true, 4, rc);
            case SD2SI64: return SseConvert.toInt(c, b, true, 8, rc);
            case TSD2SI32: return SseConvert.toInt(c, b, true, 4, Mxcsr.RC_ZERO);
            case TSD2SI64: return SseConvert.toInt(c, b, true, 8, Mxcsr.RC_ZERO);
            case SS2SI32: return SseConvert.toInt(c, b & 0xFFFFFFFFL, false, 4, rc);
            case SS2SI64: return SseConvert.toInt(c, b & 0xFFFFFFFFL, false, 8, rc);
            case TSS2SI32: return SseConvert.toInt(c, b & 0xFFFFFFFFL, false, 4, Mxcsr.RC_ZERO);
            case TSS2SI64: return SseConvert.toInt(c, b & 0xFFFFFFFFL, false, 8, Mxcsr.RC_ZERO);
            case SS2SD: return SseConvert.widen(c, b & 0xFFFFFFFFL);
            default: return (a & 0xFFFFFFFF00000000L) | SseConvert.narrow(c, b);
        }
    }

    /** Packed single: xmm[d..d+1] = xmm[d..d+1] op (b0, b1), flags committed before the write. */
    public static void packedS(Cpu c, int kind, int d, long b0, long b1) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long x0 = c.xmm[d], x1 = c.xmm[d + 1];
        long lo = (SseFloat.f32(c, kind, (int) x0, (int) b0) & 0xFFFFFFFFL)
                | ((long) SseFloat.f32(c, kind, (int) (x0 >>> 32), (int) (b0 >>> 32)) << 32);
        long hi = (SseFloat.f32(c, kind, (int) x1, (int) b1) & 0xFFFFFFFFL)
                | ((long) SseFloat.f32(c, kind, (int) (x1 >>> 32), (int) (b1 >>> 32)) << 32);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = lo;
        c.xmm[d + 1] = hi;
    }

    /** Scalar single: the low dword of xmm[d] = itself op b; the rest is kept. */
    public static void scalarS(Cpu c, int kind, int d, int b) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long x = c.xmm[d];
        int r = SseFloat.f32(c, kind, (int) x, b);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = (x & 0xFFFFFFFF00000000L) | (r & 0xFFFFFFFFL);
    }

    public static void packedD(Cpu c, int kind, int d, long b0, long b1) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long lo = SseFloat.f64(c, kind, c.xmm[d], b0);
        long hi = SseFloat.f64(c, kind, c.xmm[d + 1], b1);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = lo;
        c.xmm[d + 1] = hi;
    }

    public static void scalarD(Cpu c, int kind, int d, long b) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long r = SseFloat.f64(c, kind, c.xmm[d], b);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = r;
    }

    public static void sqrtpd(Cpu c, int d, long b0, long b1) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long lo = SseFloat.f64(c, SoftFloat.SQRT, b0, 0);
        long hi = SseFloat.f64(c, SoftFloat.SQRT, b1, 0);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = lo;
        c.xmm[d + 1] = hi;
    }

    public static void sqrtsd(Cpu c, int d, long b) {
        c.scratch[SoftFloat.FLAG_SLOT] = 0;
        long r = SseFloat.f64(c, SoftFloat.SQRT, b, 0);
        Mxcsr.commit(c, (int) c.scratch[SoftFloat.FLAG_SLOT]);
        c.xmm[d] = r;
    }

    /**
     * COMISD/UCOMISD ({@code dbl}) and COMISS/UCOMISS of a and b: sets the flags eagerly and MXCSR
     * as the instructions do (#XM if an unmasked invalid is raised) and returns the OSZAPC bits.
     */
    public static int comi(Cpu c, long a, long b, boolean dbl, boolean signalQuiet) {
        SseCompare.comi(c, a, b, dbl, signalQuiet);
        return Flags.oszapc(c);
    }

    // ---- packed-integer kernels on one 64-bit half ------------------------------------------------
    /*
     * Translated code calls these, and each is a leaf: it calls nothing. C2 decides whether to
     * inline a call made inside a callee from the callee's own profile, and a method only translated
     * code runs may have none yet when a region is compiled (under a long C2 queue HotSpot first
     * compiles it at tier 2, which does not profile): a kernel behind a wrapper then stayed a call,
     * or was inlined, depending on which compile came first (sha256 ran at two speeds on JDK 25:
     * docs/jit.md). The call from the region itself is decided on the region's profile, which is
     * always there. An int argument picks the lane width or the variant; C2 folds it once inlined.
     * The interpreter runs the same bodies.
     */

    private static final long H8 = 0x8080808080808080L, H16 = 0x8000800080008000L, H32 = 0x8000000080000000L;

    /** PADDB/W/D: lane-wise wrapping add of {@code bits}-wide lanes (8, 16, 32), no carries between lanes (SWAR). */
    public static long addLanes(long a, long b, int bits) {
        long high = bits == 8 ? H8 : bits == 16 ? H16 : H32;
        return ((a & ~high) + (b & ~high)) ^ ((a ^ b) & high);
    }

    /** PSUBB/W/D: lane-wise wrapping subtraction (SWAR). */
    public static long subLanes(long a, long b, int bits) {
        long high = bits == 8 ? H8 : bits == 16 ? H16 : H32;
        return ((a | high) - (b & ~high)) ^ ((a ^ ~b) & high);
    }

    /**
     * PCMPEQB/W/D (SWAR): a lane of a ^ b is non-zero iff its top bit or its low bits plus
     * all-ones-but-the-top carry into the top bit (no carry leaves the lane); the equal lanes' top
     * bits, moved to bit 0 and multiplied by the lane's ones, fill those lanes.
     */
    public static long equalLanes(long a, long b, int bits) {
        long high = bits == 8 ? H8 : bits == 16 ? H16 : H32;
        long x = a ^ b;
        long nonZero = ((x & ~high) + ~high | x) & high;
        return ((nonZero ^ high) >>> (bits - 1)) * ((1L << bits) - 1);
    }

    /** PCMPGTB/W/D: all ones in each lane where a's is greater than b's, signed. */
    public static long greaterLanes(long a, long b, int bits) {
        long r = 0;
        long ones = (1L << bits) - 1;
        for (int k = 0; k < 64 / bits; k++) {
            int up = 64 - (k + 1) * bits; // lane k's top bit to bit 63, then sign-extended down
            if ((a << up) >> (64 - bits) > (b << up) >> (64 - bits)) {
                r |= ones << (k * bits);
            }
        }
        return r;
    }

    /** Form bits of {@link #pickLanes}: the lanes are signed; the larger is picked. */
    public static final int LANES_SIGNED = 0x100, LANES_MAX = 0x200;

    /** PMIN/PMAX on {@code form & 0xFF}-bit lanes, signed with {@link #LANES_SIGNED}, the larger with {@link #LANES_MAX}. */
    public static long pickLanes(long a, long b, int form) {
        int bits = form & 0xFF;
        boolean signed = (form & LANES_SIGNED) != 0, max = (form & LANES_MAX) != 0;
        long ones = (1L << bits) - 1;
        long r = 0;
        for (int k = 0; k < 64 / bits; k++) {
            int up = 64 - (k + 1) * bits;
            long x = signed ? (a << up) >> (64 - bits) : (a >>> (k * bits)) & ones;
            long y = signed ? (b << up) >> (64 - bits) : (b >>> (k * bits)) & ones;
            long v = (max ? x >= y : x <= y) ? x : y;
            r |= (v & ones) << (k * bits);
        }
        return r;
    }

    /**
     * PMINUB ({@code max} 0) and PMAXUB (1) (SWAR): bit 7 of each byte of {@code below} is set
     * where a's byte is below b's, unsigned: the top bits decide, and where they are equal the low
     * seven bits, compared by one subtraction that cannot borrow across bytes ((a | 0x80) -
     * (b & 0x7F) keeps bit 7 iff a's low bits are at least b's).
     */
    public static long minMaxBytes(long a, long b, int max) {
        long lowAtLeast = ((a | H8) - (b & ~H8)) & H8;
        long below = (~a & b | ~(a ^ b) & ~lowAtLeast) & H8;
        long m = (below >>> 7) * 0xFF;
        return (max != 0 ? a : b) ^ ((a ^ b) & m);
    }

    /** PMULLW: the low 16 bits of each word product. */
    public static long pmullw(long a, long b) {
        long r = 0;
        for (int k = 0; k < 4; k++) {
            r |= ((((a >>> (16 * k)) & 0xFFFF) * ((b >>> (16 * k)) & 0xFFFF)) & 0xFFFF) << (16 * k);
        }
        return r;
    }

    /** PMULUDQ: the low unsigned dwords multiplied into a qword. */
    public static long pmuludq(long a, long b) {
        return (a & 0xFFFFFFFFL) * (b & 0xFFFFFFFFL);
    }

    /**
     * PSLLx/PSRLx/PSRAx: every {@code bits}-wide lane of v shifted by count ({@code kind} 0 left,
     * 1 right logical, 2 right arithmetic); counts past the width give 0 (or the sign).
     */
    public static long shiftLanes(long v, long count, int bits, int kind) {
        if (count + Long.MIN_VALUE > bits - 1 + Long.MIN_VALUE) { // unsigned: the count is 64 bits
            if (kind != SseShuffle.SAR) {
                return 0;
            }
            count = bits - 1;
        }
        int n = (int) count;
        if (bits == 64) {
            return kind == SseShuffle.SLL ? v << n : kind == SseShuffle.SRL ? v >>> n : v >> n;
        }
        // SWAR: shift the whole half, then clear what crossed into the next lane (a mask made in one
        // lane, copied to all by a multiply); SAR then fills each negative lane's top n bits.
        long lane = (1L << bits) - 1;
        long each = bits == 8 ? 0x0101010101010101L : bits == 16 ? 0x0001000100010001L : 0x0000000100000001L;
        if (kind == SseShuffle.SLL) {
            return (v << n) & ((lane << n) & lane) * each;
        }
        long r = (v >>> n) & (lane >>> n) * each;
        return kind == SseShuffle.SRL ? r : r | ((v >>> (bits - 1)) & each) * (lane & ~(lane >>> n));
    }

    // ---- rearrangements: half h (0 low, 1 high) of V = k(V, W, form), from both halves of each ------

    /** Form bit of {@link #unpack}: the high halves (PUNPCKH*), not the low ones. */
    public static final int UNPACK_HIGH = 1;

    /**
     * PUNPCKL/H BW, WD, DQ (UNPCKL/HPS): the {@code form & ~UNPACK_HIGH}-bit elements of V's and W's
     * low (or high) halves interleaved, V's first.
     */
    public static long unpack(long v0, long v1, long w0, long w1, int form, int h) {
        int bits = form & ~UNPACK_HIGH;
        boolean high = (form & UNPACK_HIGH) != 0;
        // The result half h takes dwords h of V's and W's half; their elements are spread apart
        // (SWAR) so that W's fit in between.
        long a = ((high ? v1 : v0) >>> (32 * h)) & 0xFFFFFFFFL, b = ((high ? w1 : w0) >>> (32 * h)) & 0xFFFFFFFFL;
        if (bits <= 16) {
            a = (a | a << 16) & 0x0000FFFF0000FFFFL;
            b = (b | b << 16) & 0x0000FFFF0000FFFFL;
        }
        if (bits == 8) {
            a = (a | a << 8) & 0x00FF00FF00FF00FFL;
            b = (b | b << 8) & 0x00FF00FF00FF00FFL;
        }
        return a | b << bits;
    }

    /** Form bit of {@link #pack}: saturate to unsigned (PACKUSWB), not signed. */
    public static final int PACK_UNSIGNED = 1;

    /**
     * PACKSSWB, PACKSSDW, PACKUSWB: V's signed {@code form & ~PACK_UNSIGNED}-bit elements (half 0)
     * or W's (half 1) saturated to half their width.
     */
    public static long pack(long v0, long v1, long w0, long w1, int form, int h) {
        int bits = form & ~PACK_UNSIGNED, half = bits / 2;
        boolean unsignedResult = (form & PACK_UNSIGNED) != 0;
        long lo = h == 0 ? v0 : w0, hi = h == 0 ? v1 : w1;
        long max = unsignedResult ? (1L << half) - 1 : (1L << (half - 1)) - 1;
        long min = unsignedResult ? 0 : -(1L << (half - 1));
        int n = 64 / bits;
        long r = 0;
        for (int k = 0; k < 2 * n; k++) {
            long x = ((k < n ? lo : hi) << (64 - (k % n + 1) * bits)) >> (64 - bits);
            x = x < min ? min : x > max ? max : x;
            r |= (x & ((1L << half) - 1)) << (k * half);
        }
        return r;
    }

    // The three packs on one 64-bit source, loop-free (SWAR), for translated code: a call of the
    // generic pack costs C2 its whole body against the region's inlining budget (docs/jit.md).
    private static final long W1 = 0x0001000100010001L, D1 = 0x0000000100000001L;

    // equalLanes and minMaxBytes with the width or variant fixed, for translated code (each under
    // C1's 35-byte inlining limit; the generic bodies cost C2 their whole size, docs/jit.md).

    /** PCMPEQB on one half. */
    public static long equalBytes(long a, long b) {
        long x = a ^ b;
        return (((((x & ~H8) + ~H8) | x) & H8 ^ H8) >>> 7) * 0xFF;
    }

    /** PCMPEQW on one half. */
    public static long equalWords(long a, long b) {
        long x = a ^ b;
        return (((((x & ~H16) + ~H16) | x) & H16 ^ H16) >>> 15) * 0xFFFF;
    }

    /** PCMPEQD on one half. */
    public static long equalDwords(long a, long b) {
        long x = a ^ b;
        return (((((x & ~H32) + ~H32) | x) & H32 ^ H32) >>> 31) * 0xFFFFFFFFL;
    }

    /** PCMPGTB on one half: a > b signed is b ^ H <u a ^ H, the unsigned test of minBytes. */
    public static long greaterBytes(long a, long b) {
        long x = b ^ H8, y = a ^ H8;
        long below = (~x & y | ~(x ^ y) & ~((x | H8) - (y & ~H8))) & H8;
        return (below >>> 7) * 0xFF;
    }

    /** PCMPGTW on one half. */
    public static long greaterWords(long a, long b) {
        long x = b ^ H16, y = a ^ H16;
        long below = (~x & y | ~(x ^ y) & ~((x | H16) - (y & ~H16))) & H16;
        return (below >>> 15) * 0xFFFF;
    }

    /** PCMPGTD on one half. */
    public static long greaterDwords(long a, long b) {
        long x = b ^ H32, y = a ^ H32;
        long below = (~x & y | ~(x ^ y) & ~((x | H32) - (y & ~H32))) & H32;
        return (below >>> 31) * 0xFFFFFFFFL;
    }

    /** PMINSW on one half: b's word where a's is greater (greaterWords), else a's. */
    public static long minWords(long a, long b) {
        long x = b ^ H16, y = a ^ H16;
        long below = (~x & y | ~(x ^ y) & ~((x | H16) - (y & ~H16))) & H16;
        return a ^ ((a ^ b) & (below >>> 15) * 0xFFFF);
    }

    /** PMAXSW on one half: a's word where a's is greater, else b's. */
    public static long maxWords(long a, long b) {
        long x = b ^ H16, y = a ^ H16;
        long below = (~x & y | ~(x ^ y) & ~((x | H16) - (y & ~H16))) & H16;
        return b ^ ((a ^ b) & (below >>> 15) * 0xFFFF);
    }

    /** PMINUB on one half. */
    public static long minBytes(long a, long b) {
        long lowAtLeast = ((a | H8) - (b & ~H8)) & H8;
        long below = (~a & b | ~(a ^ b) & ~lowAtLeast) & H8;
        return b ^ ((a ^ b) & (below >>> 7) * 0xFF);
    }

    /** PMAXUB on one half. */
    public static long maxBytes(long a, long b) {
        long lowAtLeast = ((a | H8) - (b & ~H8)) & H8;
        long below = (~a & b | ~(a ^ b) & ~lowAtLeast) & H8;
        return a ^ ((a ^ b) & (below >>> 7) * 0xFF);
    }

    /** PACKUSWB of the four signed words of x: unsigned saturated bytes in bits 31..0. */
    public static long packUswb(long x) {
        long neg = (x >>> 15) & W1;
        // bits 14..8 of a lane not all zero: at least 256 (if not negative); the sum cannot carry out
        long big = (((x & 0x7F007F007F007F00L) + 0x7F007F007F007F00L) >>> 15) & W1;
        long y = ((x & 0x00FF00FF00FF00FFL) | big * 0xFF) & ~(neg * 0xFF);
        y = (y | y >>> 8) & 0x0000FFFF0000FFFFL;
        return (y | y >>> 16) & 0xFFFFFFFFL;
    }

    /** PACKSSWB of the four signed words of x: signed saturated bytes in bits 31..0. */
    public static long packSswb(long x) {
        long neg = (x >>> 15) & W1;
        // a lane fits in a byte iff its bits 15..7 are equal: with negative lanes inverted, 14..7 zero
        long out = ((((x ^ neg * 0xFFFF) & 0x7F807F807F807F80L) + 0x7F807F807F807F80L) >>> 15) & W1;
        long m = out * 0xFF;
        long y = (x & 0x00FF00FF00FF00FFL & ~m) | ((0x007F007F007F007FL ^ neg * 0xFF) & m);
        y = (y | y >>> 8) & 0x0000FFFF0000FFFFL;
        return (y | y >>> 16) & 0xFFFFFFFFL;
    }

    /** PACKSSDW of the two signed dwords of x: signed saturated words in bits 31..0. */
    public static long packSsdw(long x) {
        long neg = (x >>> 31) & D1;
        long out = ((((x ^ neg * 0xFFFFFFFFL) & 0x7FFF80007FFF8000L) + 0x7FFF80007FFF8000L) >>> 31) & D1;
        long m = out * 0xFFFF;
        long y = (x & 0x0000FFFF0000FFFFL & ~m) | ((0x00007FFF00007FFFL ^ neg * 0xFFFF) & m);
        return (y | y >>> 16) & 0xFFFFFFFFL;
    }

    /** PSHUFD: W's dwords picked by Ib. */
    public static long pshufd(long v0, long v1, long w0, long w1, int imm, int h) {
        int m = imm >> (4 * h);
        return ((((m & 2) == 0 ? w0 : w1) >>> ((m & 1) << 5)) & 0xFFFFFFFFL)
                | ((((m & 8) == 0 ? w0 : w1) >>> ((m & 4) << 3)) & 0xFFFFFFFFL) << 32;
    }

    /** SHUFPS: two of V's dwords, then two of W's, picked by Ib. */
    public static long shufps(long v0, long v1, long w0, long w1, int imm, int h) {
        long lo = h == 0 ? v0 : w0, hi = h == 0 ? v1 : w1;
        int m = imm >> (4 * h);
        return ((((m & 2) == 0 ? lo : hi) >>> ((m & 1) << 5)) & 0xFFFFFFFFL)
                | ((((m & 8) == 0 ? lo : hi) >>> ((m & 4) << 3)) & 0xFFFFFFFFL) << 32;
    }

    /** PALIGNR: V:W shifted right by Ib bytes. */
    public static long palignr(long v0, long v1, long w0, long w1, int imm, int h) {
        int n = imm & 0xFF;
        long out = 0;
        for (int k = 0; k < 8; k++) {
            int at = 8 * h + k + n;
            long src = at < 8 ? w0 : at < 16 ? w1 : at < 24 ? v0 : v1;
            long b = at < 32 ? (src >>> (8 * (at & 7))) & 0xFF : 0;
            out |= b << (8 * k);
        }
        return out;
    }

    /** PSLLDQ ({@code left}) / PSRLDQ on one half of (lo, hi): the register shifted by n bytes. */
    public static long byteShift(long lo, long hi, int n, boolean left, int h) {
        if (n > 15) {
            return 0;
        }
        int b = n * 8;
        if (left) {
            if (h == 0) {
                return n >= 8 ? 0 : lo << b;
            }
            return n >= 8 ? lo << (b - 64) : n == 0 ? hi : hi << b | lo >>> (64 - b);
        }
        if (h == 1) {
            return n >= 8 ? 0 : hi >>> b;
        }
        return n >= 8 ? hi >>> (b - 64) : n == 0 ? lo : lo >>> b | hi << (64 - b);
    }

    /** The top bits of the eight bytes of v (PMOVMSKB on one half). */
    public static long byteSigns(long v) {
        long t = v & 0x8080808080808080L;
        // Gather bit 7 of every byte into the top byte: multiply by a magic that shifts byte k to bit 56+k.
        return ((t >>> 7) * 0x0102040810204080L) >>> 56;
    }
}
