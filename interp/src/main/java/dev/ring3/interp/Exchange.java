package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of the exchanging instructions: XCHG (86, 87), XADD (0F C0, C1), CMPXCHG (0F B0, B1)
 * and CMPXCHG8B/16B (0F C7 /1). These are what guest mutexes and atomics are built from, so their
 * memory forms are atomic through {@link Atomic} whenever the hardware would make them so (XCHG
 * with memory is locked even without the prefix, SDM Vol. 2 XCHG).
 */
@Semantics(Exec.class)
public final class Exchange {
    private Exchange() {}

    /** XCHG Eb,Gb / Ev,Gv: a memory operand is exchanged atomically. */
    public static void xchgEvGv(Cpu c, Insn i) {
        int size = i.opsize;
        long g = Operands.getG(c, i);
        if (i.rm >= 0) {
            long e = Operands.getReg(c, i.rm, size);
            Operands.setReg(c, i.rm, size, g);
            Operands.setG(c, i, e);
        } else {
            Operands.setG(c, i, Atomic.exchange(c, Operands.ea(c, i), size, g));
        }
    }

    /** XADD Eb,Gb / Ev,Gv: TEMP = E + G; G = E; E = TEMP (E is written last); flags as ADD. */
    public static void xaddEvGv(Cpu c, Insn i) {
        int size = i.opsize;
        long src = Operands.getG(c, i);
        long dest;
        long sum;
        if (i.rm >= 0) {
            dest = Operands.getReg(c, i.rm, size);
            sum = dest + src;
            Operands.setG(c, i, dest);
            Operands.setReg(c, i.rm, size, sum);
        } else {
            long ea = Operands.ea(c, i);
            dest = Operands.load(c, ea, size);
            sum = dest + src;
            if ((i.prefixes & Insn.P_LOCK) != 0) {
                while (!Atomic.cas(c, ea, size, dest, sum)) {
                    dest = Operands.load(c, ea, size);
                    sum = dest + src;
                }
            } else {
                Operands.store(c, ea, size, sum);
            }
            Operands.setG(c, i, dest);
        }
        Flags.add(c, size, dest, src, sum);
    }

    /**
     * CMPXCHG Eb,Gb / Ev,Gv: compares the accumulator with E; equal: E = G, ZF = 1; else the
     * accumulator = E. Flags as CMP accumulator,E. A memory destination is always written (with its
     * own value on failure), so a read-only page faults either way.
     */
    public static void cmpxchgEvGv(Cpu c, Insn i) {
        int size = i.opsize;
        long m = Flags.mask(size);
        long acc = Operands.getReg(c, Cpu.RAX, size);
        long src = Operands.getG(c, i);
        long dest;
        boolean equal;
        if (i.rm >= 0) {
            dest = Operands.getReg(c, i.rm, size);
            equal = ((acc ^ dest) & m) == 0;
            if (equal) {
                Operands.setReg(c, i.rm, size, src);
            }
        } else {
            long ea = Operands.ea(c, i);
            dest = Operands.load(c, ea, size);
            equal = ((acc ^ dest) & m) == 0;
            if ((i.prefixes & Insn.P_LOCK) != 0) {
                while (!Atomic.cas(c, ea, size, dest, equal ? src : dest)) {
                    dest = Operands.load(c, ea, size);
                    equal = ((acc ^ dest) & m) == 0;
                }
            } else {
                Operands.store(c, ea, size, equal ? src : dest);
            }
        }
        Flags.sub(c, size, acc, dest, acc - dest);
        if (!equal) {
            Operands.setReg(c, Cpu.RAX, size, dest);
        }
    }

    /**
     * CMPXCHG8B Mq (0F C7 /1 without REX.W): compares EDX:EAX with m64; equal: m64 = ECX:EBX and
     * ZF = 1; else EDX:EAX = m64 (32-bit writes, zero-extending) and ZF = 0. Other flags keep
     * their values. Always one 64-bit CAS, with or without LOCK.
     */
    public static void cmpxchg8bMq(Cpu c, Insn i) {
        long ea = Operands.ea(c, i);
        long expected = (c.r[Cpu.RDX] << 32) | (c.r[Cpu.RAX] & 0xFFFFFFFFL);
        long update = (c.r[Cpu.RCX] << 32) | (c.r[Cpu.RBX] & 0xFFFFFFFFL);
        long old = c.mem.compareAndExchange64(ea, expected, update);
        boolean equal = old == expected;
        if (!equal) {
            c.r[Cpu.RAX] = old & 0xFFFFFFFFL;
            c.r[Cpu.RDX] = old >>> 32;
        }
        setZfOnly(c, equal);
    }

    /**
     * CMPXCHG16B Mdq (0F C7 /1 with REX.W): as CMPXCHG8B on RDX:RAX / RCX:RBX and a 16-byte
     * operand, which must be 16-byte aligned (#GP otherwise). The address space has no 128-bit
     * CAS: the exchange is serialised against other CMPXCHG16Bs in the same address space only
     * (docs/quirks.md).
     */
    public static void cmpxchg16bMdq(Cpu c, Insn i) {
        long ea = Operands.ea(c, i);
        if ((ea & 15) != 0) {
            throw new CpuException(CpuException.GP);
        }
        boolean equal;
        synchronized (c.mem) {
            long lo = c.mem.read64(ea);
            long hi = c.mem.read64(ea + 8);
            equal = lo == c.r[Cpu.RAX] && hi == c.r[Cpu.RDX];
            if (equal) {
                c.mem.write64(ea, c.r[Cpu.RBX]);
                c.mem.write64(ea + 8, c.r[Cpu.RCX]);
            } else {
                c.mem.write64(ea, lo);
                c.mem.write64(ea + 8, hi);
                c.r[Cpu.RAX] = lo;
                c.r[Cpu.RDX] = hi;
            }
        }
        setZfOnly(c, equal);
    }

    private static void setZfOnly(Cpu c, boolean zf) {
        int f = Flags.oszapc(c);
        Flags.setEager(c, zf ? f | Flags.ZF : f & ~Flags.ZF);
    }
}
