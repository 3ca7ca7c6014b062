package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;

/**
 * Semantics of the string instructions MOVS, STOS, LODS, CMPS and SCAS in every size, alone or
 * with REP/REPE/REPNE (SDM Vol. 2 "REP/REPE/REPZ/REPNE/REPNZ", Vol. 1 7.3.9). The source is
 * [RSI] in DS (an FS or GS override applies), the destination [RDI] in ES (no override); DF picks
 * the direction; a 0x67 prefix makes RSI, RDI and RCX 32-bit.
 *
 * <p>A REP instruction runs to completion in one call. On a fault the registers show the progress
 * made, as on hardware: RSI, RDI and RCX are those after the last completed iteration, memory
 * holds its stores, and the interpreter puts RIP back at the instruction, so a signal handler can
 * fix the page and return to resume it. REP MOVS and REP STOS going forwards with 64-bit
 * addresses are done in bulk, in chunks that never cross a page of the source or of the
 * destination: the permissions of a chunk are then uniform, so a chunk faults as a whole at its
 * first byte, which is exactly where the element-by-element loop would have faulted. Translated
 * code runs the same chunks one at a time ({@link #repMovsStep}, {@link #repStosStep}), letting
 * pending work in between them.
 */
@Semantics(Exec.class)
public final class Strings {
    private Strings() {}

    private static final int PAGE = (int) AddressSpace.PAGE_SIZE;
    private static final long PAGE_MASK = AddressSpace.PAGE_MASK;

    /**
     * One page of copy buffer per host thread for the bulk paths (the address space has no
     * memory-to-memory copy), and the STOS pattern it holds, if any. Never shared between guest
     * threads at the same time.
     */
    private static final class Buffer {
        final byte[] bytes = new byte[PAGE];
        /** The element value and size the bytes repeat (size 0: they hold no pattern). */
        long pattern;
        int patternSize;
    }

    private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

    // ---- addressing -------------------------------------------------------------------------------

    private static boolean repeated(Insn i) {
        return (i.prefixes & (Insn.P_REP | Insn.P_REPNE)) != 0;
    }

    /** REPNE governs CMPS/SCAS only when REPE is absent (when both are present the decoder's last wins). */
    private static boolean repne(Insn i) {
        return (i.prefixes & (Insn.P_REP | Insn.P_REPNE)) == Insn.P_REPNE;
    }

    /** Bits of RSI/RDI/RCX that take part: all, or the low 32 with 0x67. */
    private static long addrMask(Insn i) {
        return i.addrsize == 4 ? 0xFFFFFFFFL : -1L;
    }

    /** Segment base of the source operand: DS (base 0) unless FS or GS overrides it. */
    private static long srcBase(Cpu c, Insn i) {
        return i.seg == Insn.SEG_NONE ? 0 : i.seg == Insn.SEG_FS ? c.fsBase : c.gsBase;
    }

    /** Element step: +size, or -size with DF = 1. */
    public static long step(Cpu c, int size) {
        return (c.rflags & Flags.DF) != 0 ? -size : size;
    }

    /**
     * A 32-bit-address REP whose ECX was 0: Intel still writes ECX, clearing RCX's upper half
     * (LODS, CMPS, SCAS; MOVS and STOS also write ESI/EDI); AMD writes nothing (UndefinedFlags).
     */
    private static void zeroCount(Cpu c, Insn i) {
        if (UndefinedFlags.INTEL && i.addrsize == 4) {
            c.r[Cpu.RCX] = 0;
        }
    }

    /**
     * Writes back RSI/RDI/RCX after {@code done} iterations. With 0x67 they are written as 32-bit
     * registers (bits 63..32 cleared); after zero iterations nothing is written at all (an AMD host
     * leaves RCX's top bits alone when ECX is already 0; an Intel one clears them: zeroCount).
     */
    private static void commit(Cpu c, Insn i, long done, long si, long di, long n) {
        if (done != 0) {
            long m = addrMask(i);
            c.r[Cpu.RSI] = si & m;
            c.r[Cpu.RDI] = di & m;
            c.r[Cpu.RCX] = n & m;
        } else if (n == 0) {
            zeroCount(c, i);
        }
    }

    private static void commitDi(Cpu c, Insn i, long done, long di, long n) {
        if (done != 0) {
            long m = addrMask(i);
            c.r[Cpu.RDI] = di & m;
            c.r[Cpu.RCX] = n & m;
        } else if (n == 0) {
            zeroCount(c, i);
        }
    }

    private static void commitSi(Cpu c, Insn i, long done, long si, long n) {
        if (done != 0) {
            long m = addrMask(i);
            c.r[Cpu.RSI] = si & m;
            c.r[Cpu.RCX] = n & m;
        } else if (n == 0) {
            zeroCount(c, i);
        }
    }

    // ---- MOVS -------------------------------------------------------------------------------------

    /** A4/A5 MOVS Yb,Xb / Yv,Xv: [RDI] = [RSI]. */
    public static void movs(Cpu c, Insn i) {
        int size = i.opsize;
        long m = addrMask(i);
        long si = c.r[Cpu.RSI] & m, di = c.r[Cpu.RDI] & m;
        if (!repeated(i)) {
            Operands.store(c, di, size, Operands.load(c, srcBase(c, i) + si, size));
            long d = step(c, size);
            c.r[Cpu.RSI] = (si + d) & m;
            c.r[Cpu.RDI] = (di + d) & m;
            return;
        }
        long n = c.r[Cpu.RCX] & m;
        if (n == 0) {
            if (UndefinedFlags.INTEL && i.addrsize == 4) { // Intel still writes ECX, ESI, EDI
                c.r[Cpu.RCX] = 0;
                c.r[Cpu.RSI] = si;
                c.r[Cpu.RDI] = di;
            }
            return;
        }
        if (i.addrsize == 8 && (c.rflags & Flags.DF) == 0) {
            repMovsForward(c, i, si, di, n);
            return;
        }
        long base = srcBase(c, i), d = step(c, size), done = 0;
        try {
            while (n != 0) {
                Operands.store(c, di & m, size, Operands.load(c, base + (si & m), size));
                si += d;
                di += d;
                n--;
                done++;
            }
        } finally {
            commit(c, i, done, si, di, n);
        }
    }

    /**
     * REP MOVS forwards with 64-bit addresses, a page-bounded chunk at a time ({@link #movsChunk}).
     */
    private static void repMovsForward(Cpu c, Insn i, long si, long di, long n) {
        int size = i.opsize;
        long base = srcBase(c, i);
        // The chunks copy in bulk: with AC set, the first element's alignment is every element's.
        AlignmentCheck.require(c, base + si, size);
        AlignmentCheck.require(c, di, size);
        try {
            while (n != 0) {
                long k = movsChunk(c, base + si, di, n, size);
                si += k * size;
                di += k * size;
                n -= k;
            }
        } finally {
            c.r[Cpu.RSI] = si;
            c.r[Cpu.RDI] = di;
            c.r[Cpu.RCX] = n;
        }
    }

    /**
     * Copies the next elements of a forward REP MOVS from {@code src} (segment base included) to
     * {@code di}, n > 0 left: as many as fit in a chunk that crosses no page of either, or one
     * element when that is none (it straddles a page, or overlaps its own source). When the
     * destination starts less than a chunk above the source, the chunk shrinks to that distance
     * so every byte is read before this chunk could overwrite it: the result is the same as the
     * sequential loop (REP MOVSB with RDI = RSI + 1 replicates a byte, as on the host). Returns
     * the elements copied; a fault copies none.
     */
    private static long movsChunk(Cpu c, long src, long di, long n, int size) {
        int shift = Integer.numberOfTrailingZeros(size);
        int chunk = chunk(n, shift, src, di);
        long dist = di - src;
        if (dist > 0 && dist < chunk) {
            chunk = (int) dist & -size;
        }
        if (chunk == 0) {
            Operands.store(c, di, size, Operands.load(c, src, size));
            return 1;
        }
        Buffer buf = BUFFER.get();
        buf.patternSize = 0;
        c.mem.read(src, buf.bytes, 0, chunk);
        c.mem.write(di, buf.bytes, 0, chunk);
        return chunk >>> shift;
    }

    /**
     * One step of a REP MOVS of {@code size}-byte elements with 64-bit addresses and no segment
     * override, from RSI = {@code si} to RDI = {@code di} with RCX = {@code n} > 0: forwards a
     * page-bounded chunk, backwards (DF = 1) one element. Returns the elements copied (RSI and RDI
     * move by that times {@link #step}); a fault copies none, so the caller's registers stay
     * exact. Translated code loops over it, letting pending work in between steps.
     */
    public static long repMovsStep(Cpu c, long si, long di, long n, int size) {
        if ((c.rflags & Flags.DF) == 0) {
            return movsChunk(c, si, di, n, size);
        }
        Operands.store(c, di, size, Operands.load(c, si, size));
        return 1;
    }

    /** Bytes of the next bulk chunk: whole elements, no page crossed at either address. */
    private static int chunk(long n, int shift, long a, long b) {
        long want = Long.compareUnsigned(n, PAGE >>> shift) >= 0 ? PAGE : n << shift;
        long room = Math.min(PAGE - (a & PAGE_MASK), PAGE - (b & PAGE_MASK));
        return (int) Math.min(want, room) & -(1 << shift);
    }

    // ---- STOS -------------------------------------------------------------------------------------

    /** AA/AB STOS Yb,AL / Yv,rAX: [RDI] = AL/AX/EAX/RAX. */
    public static void stos(Cpu c, Insn i) {
        int size = i.opsize;
        long m = addrMask(i);
        long di = c.r[Cpu.RDI] & m;
        long v = Operands.getReg(c, Cpu.RAX, size);
        if (!repeated(i)) {
            Operands.store(c, di, size, v);
            c.r[Cpu.RDI] = (di + step(c, size)) & m;
            return;
        }
        long n = c.r[Cpu.RCX] & m;
        if (n == 0) {
            if (UndefinedFlags.INTEL && i.addrsize == 4) { // Intel still writes ECX and EDI
                c.r[Cpu.RCX] = 0;
                c.r[Cpu.RDI] = di;
            }
            return;
        }
        if (i.addrsize == 8 && (c.rflags & Flags.DF) == 0) {
            repStosForward(c, i, v, di, n);
            return;
        }
        long d = step(c, size), done = 0;
        try {
            while (n != 0) {
                Operands.store(c, di & m, size, v);
                di += d;
                n--;
                done++;
            }
        } finally {
            commitDi(c, i, done, di, n);
        }
    }

    /** REP STOS forwards with 64-bit addresses, a page-bounded chunk at a time ({@link #stosChunk}). */
    private static void repStosForward(Cpu c, Insn i, long v, long di, long n) {
        int size = i.opsize;
        AlignmentCheck.require(c, di, size); // bulk chunks, as in repMovsForward
        try {
            while (n != 0) {
                long k = stosChunk(c, di, n, v, size);
                di += k * size;
                n -= k;
            }
        } finally {
            c.r[Cpu.RDI] = di;
            c.r[Cpu.RCX] = n;
        }
    }

    /**
     * Stores the next elements of a forward REP STOS at {@code di}, n > 0 left, as many as fit
     * in a page (one when an element straddles a page boundary): a memset when every byte of the
     * value is the same (STOSB always, zeroing with STOSQ), else the pattern from the buffer.
     * Returns the elements stored; a fault stores none.
     */
    private static long stosChunk(Cpu c, long di, long n, long v, int size) {
        int shift = Integer.numberOfTrailingZeros(size);
        int chunk = chunk(n, shift, di, di);
        if (chunk == 0) {
            Operands.store(c, di, size, v);
            return 1;
        }
        if (v == (v & 0xFF) * (0x0101010101010101L & Flags.mask(size))) {
            c.mem.fill(di, chunk, (byte) v);
        } else {
            Buffer buf = BUFFER.get();
            if (buf.patternSize != size || buf.pattern != v) {
                for (int k = 0; k < PAGE; k++) {
                    buf.bytes[k] = (byte) (v >>> ((k & (size - 1)) << 3));
                }
                buf.pattern = v;
                buf.patternSize = size;
            }
            c.mem.write(di, buf.bytes, 0, chunk);
        }
        return chunk >>> shift;
    }

    /**
     * One step of a REP STOS of the {@code size}-byte value {@code v} with 64-bit addresses, at
     * RDI = {@code di} with RCX = {@code n} > 0: forwards a page-bounded chunk, backwards (DF = 1)
     * one element. Returns the elements stored (RDI moves by that times {@link #step}); a fault
     * stores none. Translated code loops over it, letting pending work in between steps.
     */
    public static long repStosStep(Cpu c, long di, long n, long v, int size) {
        if ((c.rflags & Flags.DF) == 0) {
            return stosChunk(c, di, n, v, size);
        }
        Operands.store(c, di, size, v);
        return 1;
    }

    // ---- LODS -------------------------------------------------------------------------------------

    /** AC/AD LODS AL,Xb / rAX,Xv: AL/AX/EAX/RAX = [RSI] (with REP, the last element stays). */
    public static void lods(Cpu c, Insn i) {
        int size = i.opsize;
        long m = addrMask(i);
        long si = c.r[Cpu.RSI] & m;
        long base = srcBase(c, i), d = step(c, size);
        if (!repeated(i)) {
            Operands.setReg(c, Cpu.RAX, size, Operands.load(c, base + si, size));
            c.r[Cpu.RSI] = (si + d) & m;
            return;
        }
        long n = c.r[Cpu.RCX] & m, done = 0;
        try {
            while (n != 0) {
                Operands.setReg(c, Cpu.RAX, size, Operands.load(c, base + (si & m), size));
                si += d;
                n--;
                done++;
            }
        } finally {
            commitSi(c, i, done, si, n);
        }
    }

    // ---- CMPS and SCAS -----------------------------------------------------------------------------

    /**
     * A6/A7 CMPS Xb,Yb / Xv,Yv: compares [RSI] with [RDI] (flags as SUB [RSI] - [RDI]). With REPE
     * it repeats while equal, with REPNE while different; the count is tested before each
     * iteration and the flags after, so RCX = 0 at the start changes no flag.
     */
    public static void cmps(Cpu c, Insn i) {
        int size = i.opsize;
        long m = addrMask(i);
        long si = c.r[Cpu.RSI] & m, di = c.r[Cpu.RDI] & m;
        long base = srcBase(c, i), d = step(c, size);
        if (!repeated(i)) {
            long a = Operands.load(c, base + si, size);
            long b = Operands.load(c, di, size);
            Flags.sub(c, size, a, b, a - b);
            c.r[Cpu.RSI] = (si + d) & m;
            c.r[Cpu.RDI] = (di + d) & m;
            return;
        }
        boolean whileEqual = !repne(i);
        long n = c.r[Cpu.RCX] & m, done = 0;
        try {
            while (n != 0) {
                long a = Operands.load(c, base + (si & m), size);
                long b = Operands.load(c, di & m, size);
                si += d;
                di += d;
                n--;
                done++;
                Flags.sub(c, size, a, b, a - b);
                if ((a == b) != whileEqual) {
                    break;
                }
            }
        } finally {
            commit(c, i, done, si, di, n);
        }
    }

    /** AE/AF SCAS AL,Yb / rAX,Yv: compares AL/AX/EAX/RAX with [RDI] (flags as SUB rAX - [RDI]). */
    public static void scas(Cpu c, Insn i) {
        int size = i.opsize;
        long m = addrMask(i);
        long di = c.r[Cpu.RDI] & m;
        long a = Operands.getReg(c, Cpu.RAX, size);
        long d = step(c, size);
        if (!repeated(i)) {
            long b = Operands.load(c, di, size);
            Flags.sub(c, size, a, b, a - b);
            c.r[Cpu.RDI] = (di + d) & m;
            return;
        }
        boolean whileEqual = !repne(i);
        long n = c.r[Cpu.RCX] & m, done = 0;
        try {
            while (n != 0) {
                long b = Operands.load(c, di & m, size);
                di += d;
                n--;
                done++;
                Flags.sub(c, size, a, b, a - b);
                if ((a == b) != whileEqual) {
                    break;
                }
            }
        } finally {
            commitDi(c, i, done, di, n);
        }
    }
}
