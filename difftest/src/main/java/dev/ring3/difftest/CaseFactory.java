package dev.ring3.difftest;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import java.util.List;
import java.util.Random;

/**
 * Makes the initial state of a case for an {@link Encoding}: random and edge-case registers,
 * flags (DF included), x87 stack, control and status words, MXCSR modes, XMM lanes and window
 * bytes, with the memory operand filled by its type; then the few adjustments an instruction
 * needs to do something worth comparing rather than fault every time (divisors, string pointers
 * and counts, shift counts, return addresses, POPF's image, CMPXCHG's comparands, valid MXCSR
 * images), each applied to only part of the cases so the faulting paths stay covered too.
 */
final class CaseFactory {
    private CaseFactory() {}

    private static final int FCW = 0, FSW = 2, FTW = 4, FOP = 6, FIP = 8, FDP = 16, MXCSR = 24, ST0 = 32, XMM0 = 160;

    static TestCase make(Encoding e, Random r) {
        TestCase c = new TestCase(e);
        for (int n = 0; n < 16; n++) {
            c.gpr[n] = e.isPinned[n] ? e.pinned[n] : Values.integer(r);
        }
        c.rflags = 0x202 | randomFlags(r);
        fpu(c, r);
        for (int k = 0; k < Layout.WINDOW; k += 8) {
            long v;
            switch (r.nextInt(4)) {
                case 0: v = Values.f64(r); break;
                case 1: v = (Values.f32(r) & 0xFFFFFFFFL) | (long) Values.f32(r) << 32; break;
                case 2: v = Values.integer(r); break;
                default: v = r.nextLong(); break;
            }
            Values.putLong(c.window, k, v);
        }
        if (e.mem >= 0) {
            memoryOperand(c, r);
        }
        adjust(c, r);
        return c;
    }

    private static long randomFlags(Random r) {
        long f = 0;
        for (int bit : new int[] {Flags.CF, Flags.PF, Flags.AF, Flags.ZF, Flags.SF, Flags.OF}) {
            if (r.nextBoolean()) {
                f |= bit;
            }
        }
        return f | (r.nextInt(4) == 0 ? Flags.DF : 0);
    }

    /** The FXSAVE image: x87 words and stack, MXCSR, XMM registers. */
    private static void fpu(TestCase c, Random r) {
        byte[] fx = c.fx;
        int pc = new int[] {3, 3, 3, 2, 0}[r.nextInt(5)];
        int rc = r.nextInt(3) == 0 ? r.nextInt(4) : 0;
        int masks = r.nextInt(12) == 0 ? 0x3F & ~(1 << r.nextInt(6)) & ~(r.nextInt(3) == 0 ? 1 << r.nextInt(6) : 0) : 0x3F;
        int fcw = 0x40 | masks | pc << 8 | rc << 10;
        int top = r.nextInt(8);
        int depth = r.nextInt(4) == 0 ? r.nextInt(9) : 2 + r.nextInt(7);
        int flags = r.nextInt(4) == 0 ? r.nextInt(64) & masks : 0;
        if (r.nextInt(20) == 0) {
            flags |= r.nextInt(64);
        }
        int cc = r.nextInt(16);
        int fsw = flags | top << 11 | (cc & 7) << 8 | (cc >> 3) << 14;
        if ((flags & 0x40) == 0 && (flags & 1) != 0 && r.nextBoolean()) {
            fsw |= 0x40; // stack fault along with invalid
        }
        if ((flags & ~masks & 0x3F) != 0) {
            fsw |= 0x8080; // an unmasked exception is pending: ES and B
        }
        int tags = 0;
        for (int k = 0; k < depth; k++) {
            tags |= 1 << ((top + k) & 7);
        }
        if (r.nextInt(10) == 0) {
            tags = r.nextInt(256);
        }
        put(fx, FCW, fcw, 2);
        put(fx, FSW, fsw, 2);
        put(fx, FTW, tags, 1);
        if (r.nextInt(3) == 0) {
            // The last instruction and data pointers and opcode, which FXRSTOR64 loads and
            // FXSAVE, FNSTENV and FNSAVE store (upper bits and selectors included).
            put(fx, FOP, r.nextInt(4) == 0 ? r.nextInt(0x10000) : r.nextInt(0x800), 2);
            Values.putLong(fx, FIP, Values.integer(r));
            Values.putLong(fx, FDP, Values.integer(r));
        }
        int mxcsr = 0x1F80 | (r.nextInt(3) == 0 ? r.nextInt(4) << 13 : 0);
        if (r.nextInt(6) == 0) {
            mxcsr |= 0x8000;
        }
        if (r.nextInt(6) == 0) {
            mxcsr |= 0x40;
        }
        if (r.nextInt(4) == 0) {
            mxcsr |= r.nextInt(64);
        }
        if (r.nextInt(12) == 0) {
            mxcsr &= ~(0x80 << r.nextInt(6));
        }
        put(fx, MXCSR, mxcsr, 4);
        for (int k = 0; k < 8; k++) {
            long[] v = Values.f80(r);
            Values.putLong(fx, ST0 + 16 * k, v[0]);
            put(fx, ST0 + 16 * k + 8, (int) v[1], 2);
        }
        for (int k = 0; k < 16; k++) {
            Values.vector(r, "fdi?".charAt(r.nextInt(4)), fx, XMM0 + 16 * k);
        }
    }

    private static void put(byte[] b, int off, int v, int bytes) {
        for (int k = 0; k < bytes; k++) {
            b[off + k] = (byte) (v >>> (8 * k));
        }
    }

    /** Fills the explicit memory operand with values of its type. */
    private static void memoryOperand(TestCase c, Random r) {
        Encoding e = c.enc;
        String m = e.mnemonic();
        List<String> toks = e.row.op().operands.tokens();
        String t = toks.stream().filter(x -> x.matches("[EMWQO][a-z]*")).findFirst().orElse("");
        String sz = t.length() > 1 ? t.substring(1) : "";
        if (m.startsWith("f") && !m.startsWith("fx")) {
            boolean integer = m.startsWith("fi") && !m.equals("fincstp");
            switch (sz) {
                case "w": c.setMem(e.mem, 2, Values.integer(r)); return;
                case "d": c.setMem(e.mem, 4, integer ? Values.integer(r) : Values.f32(r)); return;
                case "q": c.setMem(e.mem, 8, integer ? Values.integer(r) : Values.f64(r)); return;
                case "t":
                    if (m.equals("fbld")) {
                        long bcd = 0;
                        for (int k = 0; k < 16; k++) {
                            bcd |= (long) (r.nextInt(20) == 0 ? 10 + r.nextInt(6) : r.nextInt(10)) << (4 * k);
                        }
                        c.setMem(e.mem, 8, bcd);
                        c.setMem(e.mem + 8, 2, r.nextBoolean() ? 0x80 : r.nextInt(20) == 0 ? r.nextInt(0x10000) : 0);
                    } else {
                        long[] v = Values.f80(r);
                        c.setMem(e.mem, 8, v[0]);
                        c.setMem(e.mem + 8, 2, v[1]);
                    }
                    return;
                default: return;
            }
        }
        char kind = sz.endsWith("ss") || sz.endsWith("ps") ? 'f' : sz.endsWith("sd") || sz.endsWith("pd") ? 'd' : '?';
        byte[] v = new byte[16];
        Values.vector(r, kind, v, 0);
        c.setMem(e.mem, 8, Values.getLong(v, 0));
        c.setMem(e.mem + 8, 8, Values.getLong(v, 8));
    }

    /** Per-instruction adjustments (see the class comment). */
    private static void adjust(TestCase c, Random r) {
        Encoding e = c.enc;
        Insn i = e.insn;
        String m = e.mnemonic();
        List<String> toks = e.row.op().operands.tokens();
        int size = i.opsize;
        if (toks.contains("CL") && r.nextInt(4) != 0) {
            int[] counts = {0, 1, 2, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 255};
            c.setReg(Cpu.RCX, 1, counts[r.nextInt(counts.length)]);
        }
        switch (m) {
            case "div": case "idiv":
                if (r.nextInt(5) != 0) {
                    divide(c, r, size, m.equals("idiv"));
                }
                break;
            case "bt": case "bts": case "btr": case "btc":
                if (i.rm < 0 && toks.size() > 1 && toks.get(1).startsWith("G")) {
                    long off = e.mem - Layout.WIN;
                    long lo = -8 * off, hi = 8 * (Layout.WINDOW - off - size);
                    c.setReg(i.reg, size, lo + (long) (r.nextDouble() * (hi - lo)));
                }
                break;
            case "movs": case "cmps": case "stos": case "lods": case "scas":
                c.setReg(Cpu.RSI, 8, Layout.WIN + 200 + r.nextInt(600));
                c.setReg(Cpu.RDI, 8, Layout.WIN + 200 + r.nextInt(600));
                c.setReg(Cpu.RCX, 8, r.nextInt(8));
                if (m.equals("cmps") || m.equals("scas")) {
                    equalRun(c, r);
                }
                break;
            case "xlat":
                if (r.nextInt(4) != 0) {
                    c.setReg(Cpu.RBX, 8, Layout.WIN + r.nextInt(Layout.WINDOW - 256));
                }
                break;
            case "maskmovdqu": case "maskmovq":
                c.setReg(Cpu.RDI, 8, Layout.WIN + r.nextInt(Layout.WINDOW - 16));
                break;
            case "enter": case "leave":
                c.setReg(Cpu.RBP, 8, Layout.WIN + 300 + r.nextInt(600));
                break;
            case "ret":
                c.setMem(c.gpr[Cpu.RSP], 8, e.continueAt());
                break;
            case "call": case "jmp":
                if (i.op.operands.tokens().contains("Ev")) {
                    c.setRm(8, e.continueAt());
                }
                break;
            case "popf":
                c.setMem(c.gpr[Cpu.RSP], 8, randomFlags(r) | (r.nextBoolean() ? 0x200000 : 0));
                break;
            case "cmpxchg":
                if (r.nextBoolean()) {
                    c.setReg(Cpu.RAX, size, c.rmValue(size));
                }
                break;
            case "cmpxchg8b": case "cmpxchg16b":
                if (r.nextBoolean()) {
                    int half = m.equals("cmpxchg8b") ? 4 : 8;
                    c.setReg(Cpu.RAX, half, c.mem(e.mem, half));
                    c.setReg(Cpu.RDX, half, c.mem(e.mem + half, half));
                }
                break;
            case "ldmxcsr":
                if (r.nextInt(8) != 0) {
                    c.setMem(e.mem, 4, c.mem(e.mem, 4) & 0xFFFF);
                }
                break;
            case "fxrstor":
                if (r.nextInt(8) != 0) {
                    c.setMem(e.mem + MXCSR, 4, c.mem(e.mem + MXCSR, 4) & 0xFFFF);
                }
                break;
            case "mov":
                if (toks.get(0).equals("Sw")) {
                    c.setRm(2, selector(r));
                }
                break;
            case "pop":
                if (toks.contains("GS") && r.nextInt(4) != 0) {
                    c.setMem(c.gpr[Cpu.RSP], size, selector(r) | (r.nextInt(4) == 0 ? r.nextLong() << 16 : 0));
                }
                break;
            default:
                break;
        }
    }

    /** Selectors for MOV Sw and POP GS: null ones, Linux's user descriptors (any RPL), and refused ones. */
    private static long selector(Random r) {
        long[] selectors = {0, 3, 0x2B, 0x2B, 0x33, 0x23, 0x28, 0x31, 0x7B, 0x1B, 0x10, 0x7C, 0x2F, 0x63, 0xFFFF};
        return selectors[r.nextInt(selectors.length)];
    }

    /** Makes DIV/IDIV's quotient fit: the high half of the dividend below the divisor (or its sign). */
    private static void divide(TestCase c, Random r, int size, boolean signed) {
        long mask = size == 8 ? -1L : (1L << (8 * size)) - 1;
        long d = c.rmValue(size);
        if (d == 0) {
            d = 1 + r.nextInt(1000);
            c.setRm(size, d);
            d = c.rmValue(size);
            if (d == 0) {
                return;     // a divisor that runs into the guard page: the case faults anyway
            }
        }
        long low = size == 1 ? c.reg(Cpu.RAX, 1) : c.reg(Cpu.RAX, size);
        long high;
        if (signed) {
            long sign = (low & (1L << (8 * size - 1))) != 0 ? mask : 0;
            high = r.nextBoolean() ? sign : 0;
            if (high != sign && (low & (1L << (8 * size - 1))) != 0) {
                high = sign;
            }
        } else {
            high = size == 8 ? Long.remainderUnsigned(r.nextLong(), d) : Long.remainderUnsigned(r.nextLong() & mask, d);
        }
        if (size == 1) {
            c.setReg(Insn.HIGH_BYTE, 1, high); // AH
        } else {
            c.setReg(Cpu.RDX, size, high);
        }
    }

    /** Makes CMPS/SCAS find equal elements now and then, so REPE runs on. */
    private static void equalRun(TestCase c, Random r) {
        if (r.nextBoolean()) {
            return;
        }
        long src = c.gpr[Cpu.RSI], dst = c.gpr[Cpu.RDI];
        for (int k = -64; k < 64; k++) {
            c.setMem(dst + k, 1, r.nextInt(3) == 0 ? r.nextInt(256) : c.mem(src + k, 1));
        }
        c.setReg(Cpu.RAX, 8, c.mem(dst, 8));
    }
}
