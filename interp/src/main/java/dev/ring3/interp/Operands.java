package dev.ring3.interp;

import dev.ring3.mmu.Access;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import dev.ring3.mmu.Prot;

/**
 * Reading and writing the operands of a decoded instruction: registers with x86's partial-register
 * rules (32-bit writes zero bits 63..32, 8- and 16-bit writes keep the rest, AH..BH without REX),
 * effective addresses, and memory of a given size. Every semantic method goes through here, so
 * the rules live in one place. Values are returned zero-extended from their size.
 */
public final class Operands {
    private Operands() {}

    // ---- registers ---------------------------------------------------------------------------

    /** Register {@code n} (or HIGH_BYTE + n for AH..BH) read at {@code size} bytes, zero-extended. */
    public static long getReg(Cpu c, int n, int size) {
        switch (size) {
            case 8: return c.r[n];
            case 4: return c.r[n] & 0xFFFFFFFFL;
            case 2: return c.r[n] & 0xFFFFL;
            default:
                if (n >= Insn.HIGH_BYTE) {
                    return (c.r[n - Insn.HIGH_BYTE] >>> 8) & 0xFF;
                }
                return c.r[n] & 0xFF;
        }
    }

    /** Writes register {@code n} at {@code size} bytes with x86's partial-write rules. */
    public static void setReg(Cpu c, int n, int size, long v) {
        switch (size) {
            case 8: c.r[n] = v; break;
            case 4: c.r[n] = v & 0xFFFFFFFFL; break;
            case 2: c.r[n] = (c.r[n] & ~0xFFFFL) | (v & 0xFFFFL); break;
            default:
                if (n >= Insn.HIGH_BYTE) {
                    int m = n - Insn.HIGH_BYTE;
                    c.r[m] = (c.r[m] & ~0xFF00L) | ((v & 0xFF) << 8);
                } else {
                    c.r[n] = (c.r[n] & ~0xFFL) | (v & 0xFF);
                }
        }
    }

    // ---- effective address ---------------------------------------------------------------------

    /** The linear address of the memory operand: segment base + base + index*scale + disp. */
    public static long ea(Cpu c, Insn i) {
        long a = i.disp;
        if (i.base >= 0) {
            a += c.r[i.base];
        }
        if (i.index >= 0) {
            a += c.r[i.index] << i.scale;
        }
        if (i.addrsize == 4) {
            a &= 0xFFFFFFFFL;
        }
        if (i.seg != Insn.SEG_NONE) {
            a += i.seg == Insn.SEG_FS ? c.fsBase : c.gsBase;
        }
        return a;
    }

    private static final java.util.Set<String> BIT_STRINGS = java.util.Set.of("bt", "bts", "btr", "btc");

    private static final java.util.Set<String> STACK_OPS =
            java.util.Set.of("push", "pop", "call", "ret", "enter", "leave", "pushf", "popf");

    /**
     * The exception {@code in} raises for a non-canonical access at {@code address}: #SS when the
     * access went through the stack segment — the stack itself (PUSH, POP, CALL, RET, ENTER,
     * LEAVE, PUSHF, POPF), or a memory operand based on RSP or RBP without an FS/GS override — and
     * #GP otherwise (SDM Vol. 3 6.15; Linux sends SIGBUS for #SS and SIGSEGV for #GP, as the host).
     */
    public static int nonCanonicalVector(Cpu c, Insn in, long address) {
        if (in.op.operands.modrm && in.rm < 0) {
            long off = address - ea(c, in);
            // BT/BTS/BTR/BTC with a register bit offset reach anywhere in the operand's segment
            if (off >= 0 && off < 64 || BIT_STRINGS.contains(in.op.mnemonic)) {
                boolean stackBase = in.base == Cpu.RSP || in.base == Cpu.RBP;
                return stackBase && in.seg == Insn.SEG_NONE ? CpuException.SS : CpuException.GP;
            }
        }
        return STACK_OPS.contains(in.op.mnemonic) ? CpuException.SS : CpuException.GP;
    }

    /** The offset part of the effective address, without segment base (LEA). */
    public static long eaOffset(Cpu c, Insn i) {
        long a = i.disp;
        if (i.base >= 0) {
            a += c.r[i.base];
        }
        if (i.index >= 0) {
            a += c.r[i.index] << i.scale;
        }
        return i.addrsize == 4 ? a & 0xFFFFFFFFL : a;
    }

    /**
     * Faults as a store of {@code len} bytes at {@code a} would, without writing: at the first byte
     * of the range that is unmapped or not writable, as hardware checks a whole operand before it
     * writes any of it. For instructions that write nothing (an unmasked exception) or write a
     * large area piecewise.
     */
    static void probeWrite(Cpu c, long a, int len) {
        for (long p = a; p - a < len; p = (p & ~0xFFFL) + 0x1000) {
            int prot = c.mem.protAt(p);
            if (prot < 0 || (prot & Prot.WRITE) == 0) {
                throw new GuestFault(p, Access.WRITE, prot < 0 ? GuestFault.SEGV_MAPERR : GuestFault.SEGV_ACCERR);
            }
        }
    }

    /**
     * Faults as the host does for an x87 environment or state image, or an FXSAVE area, that runs
     * into an inaccessible page, before anything changes: at its first field ({@code first} bytes:
     * the doubleword of the 32-bit layouts and FXSAVE, the word of the 16-bit ones), then at its
     * last byte (what the differential tester found for FNSTENV/FNSAVE images starting 1, 2, 7 and
     * 11 bytes before the page end, and for FXSAVE/FXRSTOR areas 16 to 496 bytes before it; the
     * 16-bit layouts' word, a native probe of every image 1 to 27 bytes before it, session 16).
     */
    static void probeImage(Cpu c, long a, int len, int first, boolean write) {
        if (write) {
            probeWrite(c, a, first);
            probeWrite(c, a + len - 1, 1);
        } else {
            probeRead(c, a, first);
            probeRead(c, a + len - 1, 1);
        }
    }

    /** Faults as a load of {@code len} bytes at {@code a} would: at the first unreadable byte. */
    static void probeRead(Cpu c, long a, int len) {
        for (long p = a; p - a < len; p = (p & ~0xFFFL) + 0x1000) {
            c.mem.read8(p);
        }
    }

    // ---- memory --------------------------------------------------------------------------------

    public static long load(Cpu c, long a, int size) {
        AddressSpace m = c.mem;
        switch (size) {
            case 8: return m.read64(a);
            case 4: return m.read32(a) & 0xFFFFFFFFL;
            case 2: return m.read16(a) & 0xFFFFL;
            default: return m.read8(a) & 0xFFL;
        }
    }

    public static void store(Cpu c, long a, int size, long v) {
        AddressSpace m = c.mem;
        switch (size) {
            case 8: m.write64(a, v); break;
            case 4: m.write32(a, (int) v); break;
            case 2: m.write16(a, (short) v); break;
            default: m.write8(a, (byte) v); break;
        }
    }

    // ---- ModRM operands ------------------------------------------------------------------------

    /** E operand (register or memory) at the instruction's operand size. */
    public static long getE(Cpu c, Insn i) {
        return i.rm >= 0 ? getReg(c, i.rm, i.opsize) : load(c, ea(c, i), i.opsize);
    }

    /** E operand at an explicit size (MOVZX's Eb, MOVSXD's Ed ...). */
    public static long getE(Cpu c, Insn i, int size) {
        return i.rm >= 0 ? getReg(c, i.rm, size) : load(c, ea(c, i), size);
    }

    public static void setE(Cpu c, Insn i, long v) {
        if (i.rm >= 0) {
            setReg(c, i.rm, i.opsize, v);
        } else {
            store(c, ea(c, i), i.opsize, v);
        }
    }

    public static void setE(Cpu c, Insn i, int size, long v) {
        if (i.rm >= 0) {
            setReg(c, i.rm, size, v);
        } else {
            store(c, ea(c, i), size, v);
        }
    }

    /** G operand (ModRM.reg) at the operand size. */
    public static long getG(Cpu c, Insn i) {
        return getReg(c, i.reg, i.opsize);
    }

    public static void setG(Cpu c, Insn i, long v) {
        setReg(c, i.reg, i.opsize, v);
    }

    // ---- stack ---------------------------------------------------------------------------------

    public static void push64(Cpu c, long v) {
        long sp = c.r[Cpu.RSP] - 8;
        c.mem.write64(sp, v);
        c.r[Cpu.RSP] = sp;
    }

    public static long pop64(Cpu c) {
        long sp = c.r[Cpu.RSP];
        long v = c.mem.read64(sp);
        c.r[Cpu.RSP] = sp + 8;
        return v;
    }

    /** PUSH at the operand size (8, or 2 with a 0x66 prefix). */
    public static void push(Cpu c, int size, long v) {
        long sp = c.r[Cpu.RSP] - size;
        store(c, sp, size, v);
        c.r[Cpu.RSP] = sp;
    }

    public static long pop(Cpu c, int size) {
        long sp = c.r[Cpu.RSP];
        long v = load(c, sp, size);
        c.r[Cpu.RSP] = sp + size;
        return v;
    }

    // ---- XMM -----------------------------------------------------------------------------------

    /** Reads the low 64 bits of the W operand (xmm register or m64). */
    public static long getWq(Cpu c, Insn i) {
        return i.rm >= 0 ? c.xmm[i.rm << 1] : c.mem.read64(ea(c, i));
    }

    /** Reads the low 32 bits of the W operand (xmm register or m32), zero-extended. */
    public static long getWd(Cpu c, Insn i) {
        return i.rm >= 0 ? c.xmm[i.rm << 1] & 0xFFFFFFFFL : c.mem.read32(ea(c, i)) & 0xFFFFFFFFL;
    }

    /**
     * Reads the 128-bit W operand into {@code out[0..1]} (low, high). {@code aligned} makes a
     * memory operand that is not 16-byte aligned raise #GP, as MOVAPS and most SSE memory
     * operands without VEX do.
     */
    public static void getW128(Cpu c, Insn i, long[] out, boolean aligned) {
        if (i.rm >= 0) {
            out[0] = c.xmm[i.rm << 1];
            out[1] = c.xmm[(i.rm << 1) + 1];
        } else {
            long a = ea(c, i);
            if (aligned && (a & 15) != 0) {
                throw new CpuException(CpuException.GP);
            }
            out[0] = c.mem.read64(a);
            out[1] = c.mem.read64(a + 8);
            AlignmentCheck.require(c, a, 16);
        }
    }
}
