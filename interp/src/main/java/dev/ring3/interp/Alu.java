package dev.ring3.interp;

import dev.ring3.semgen.Semantics;

/**
 * Semantics of the eight classic ALU operations (ADD OR ADC SBB AND SUB XOR CMP) in every
 * encoding, TEST, INC/DEC and NOT/NEG. The width comes from {@code Insn.opsize}, so a byte form
 * (00, 80, F6 ...) runs the same method as its v form (01, 81, F7 ...); the table names both rows.
 * Memory destinations compute their effective address once, store before recording flags (a
 * faulting store leaves the flags alone), and go through {@link Atomic} when LOCK-prefixed.
 */
@Semantics(Exec.class)
public final class Alu {
    private Alu() {}

    /** Operation numbers: the /digit of the 80-83 groups and bits 5..3 of opcodes 00-3F. */
    static final int ADD = 0, OR = 1, ADC = 2, SBB = 3, AND = 4, SUB = 5, XOR = 6, CMP = 7;

    /** The result of {@code a op b} (with carry/borrow {@code cf} for ADC/SBB), unmasked. */
    static long result(int op, long a, long b, long cf) {
        switch (op) {
            case ADD: return a + b;
            case OR: return a | b;
            case ADC: return a + b + cf;
            case SBB: return a - b - cf;
            case AND: return a & b;
            case XOR: return a ^ b;
            default: return a - b; // SUB, CMP
        }
    }

    /** Records the lazy flags of {@code r = a op b}. */
    static void record(Cpu c, int op, int size, long a, long b, long cf, long r) {
        switch (op) {
            case ADD: Flags.add(c, size, a, b, r); break;
            case ADC: Flags.adc(c, size, a, b, cf, r); break;
            case SBB: Flags.sbb(c, size, a, b, cf, r); break;
            case OR: case AND: case XOR: Flags.logic(c, size, r); break;
            default: Flags.sub(c, size, a, b, r); break;
        }
    }

    private static long carryIn(Cpu c, int op) {
        return (op == ADC || op == SBB) && Flags.cf(c) ? 1 : 0;
    }

    /** E = E op b, for the Ev,Gv and Ev,Ix forms; CMP only compares. */
    static void rmwE(Cpu c, Insn i, int op, long b) {
        int size = i.opsize;
        long cf = carryIn(c, op);
        if (i.rm >= 0) {
            long a = Operands.getReg(c, i.rm, size);
            long r = result(op, a, b, cf);
            if (op != CMP) {
                Operands.setReg(c, i.rm, size, r);
            }
            record(c, op, size, a, b, cf, r);
            return;
        }
        long ea = Operands.ea(c, i);
        long a = Operands.load(c, ea, size);
        long r = result(op, a, b, cf);
        if (op != CMP) {
            if ((i.prefixes & Insn.P_LOCK) != 0) {
                while (!Atomic.cas(c, ea, size, a, r)) {
                    a = Operands.load(c, ea, size);
                    r = result(op, a, b, cf);
                }
            } else {
                Operands.store(c, ea, size, r);
            }
        }
        record(c, op, size, a, b, cf, r);
    }

    /** G = G op E. */
    static void opGE(Cpu c, Insn i, int op) {
        int size = i.opsize;
        long b = Operands.getE(c, i);
        long cf = carryIn(c, op);
        long a = Operands.getG(c, i);
        long r = result(op, a, b, cf);
        if (op != CMP) {
            Operands.setG(c, i, r);
        }
        record(c, op, size, a, b, cf, r);
    }

    /** AL/AX/EAX/RAX = rAX op imm. */
    static void opAccI(Cpu c, Insn i, int op) {
        int size = i.opsize;
        long cf = carryIn(c, op);
        long a = Operands.getReg(c, Cpu.RAX, size);
        long b = i.imm;
        long r = result(op, a, b, cf);
        if (op != CMP) {
            Operands.setReg(c, Cpu.RAX, size, r);
        }
        record(c, op, size, a, b, cf, r);
    }

    // ---- the eight operations in their four shapes (Eb/Ev share a method: opsize decides) -------

    public static void addEvGv(Cpu c, Insn i) { rmwE(c, i, ADD, Operands.getG(c, i)); }
    public static void addGvEv(Cpu c, Insn i) { opGE(c, i, ADD); }
    public static void addrAXIz(Cpu c, Insn i) { opAccI(c, i, ADD); }
    public static void addEvIz(Cpu c, Insn i) { rmwE(c, i, ADD, i.imm); }

    public static void orEvGv(Cpu c, Insn i) { rmwE(c, i, OR, Operands.getG(c, i)); }
    public static void orGvEv(Cpu c, Insn i) { opGE(c, i, OR); }
    public static void orrAXIz(Cpu c, Insn i) { opAccI(c, i, OR); }
    public static void orEvIz(Cpu c, Insn i) { rmwE(c, i, OR, i.imm); }

    public static void adcEvGv(Cpu c, Insn i) { rmwE(c, i, ADC, Operands.getG(c, i)); }
    public static void adcGvEv(Cpu c, Insn i) { opGE(c, i, ADC); }
    public static void adcrAXIz(Cpu c, Insn i) { opAccI(c, i, ADC); }
    public static void adcEvIz(Cpu c, Insn i) { rmwE(c, i, ADC, i.imm); }

    public static void sbbEvGv(Cpu c, Insn i) { rmwE(c, i, SBB, Operands.getG(c, i)); }
    public static void sbbGvEv(Cpu c, Insn i) { opGE(c, i, SBB); }
    public static void sbbrAXIz(Cpu c, Insn i) { opAccI(c, i, SBB); }
    public static void sbbEvIz(Cpu c, Insn i) { rmwE(c, i, SBB, i.imm); }

    public static void andEvGv(Cpu c, Insn i) { rmwE(c, i, AND, Operands.getG(c, i)); }
    public static void andGvEv(Cpu c, Insn i) { opGE(c, i, AND); }
    public static void andrAXIz(Cpu c, Insn i) { opAccI(c, i, AND); }
    public static void andEvIz(Cpu c, Insn i) { rmwE(c, i, AND, i.imm); }

    public static void subEvGv(Cpu c, Insn i) { rmwE(c, i, SUB, Operands.getG(c, i)); }
    public static void subGvEv(Cpu c, Insn i) { opGE(c, i, SUB); }
    public static void subrAXIz(Cpu c, Insn i) { opAccI(c, i, SUB); }
    public static void subEvIz(Cpu c, Insn i) { rmwE(c, i, SUB, i.imm); }

    public static void xorEvGv(Cpu c, Insn i) { rmwE(c, i, XOR, Operands.getG(c, i)); }
    public static void xorGvEv(Cpu c, Insn i) { opGE(c, i, XOR); }
    public static void xorrAXIz(Cpu c, Insn i) { opAccI(c, i, XOR); }
    public static void xorEvIz(Cpu c, Insn i) { rmwE(c, i, XOR, i.imm); }

    public static void cmpEvGv(Cpu c, Insn i) { rmwE(c, i, CMP, Operands.getG(c, i)); }
    public static void cmpGvEv(Cpu c, Insn i) { opGE(c, i, CMP); }
    public static void cmprAXIz(Cpu c, Insn i) { opAccI(c, i, CMP); }
    public static void cmpEvIz(Cpu c, Insn i) { rmwE(c, i, CMP, i.imm); }

    // ---- TEST ----------------------------------------------------------------------------------

    /** TEST Ev,Gv (84, 85): AND without storing; CF = OF = 0, AF = 0 as hardware leaves it. */
    public static void testEvGv(Cpu c, Insn i) {
        Flags.logic(c, i.opsize, Operands.getE(c, i) & Operands.getG(c, i));
    }

    /** TEST AL,Ib / rAX,Iz (A8, A9). */
    public static void testrAXIz(Cpu c, Insn i) {
        Flags.logic(c, i.opsize, Operands.getReg(c, Cpu.RAX, i.opsize) & i.imm);
    }

    /** TEST Eb,Ib / Ev,Iz (F6 /0, F7 /0 and the undocumented /1 alias). */
    public static void testEvIz(Cpu c, Insn i) {
        Flags.logic(c, i.opsize, Operands.getE(c, i) & i.imm);
    }

    // ---- INC DEC NOT NEG ----------------------------------------------------------------------

    /** INC Ev (FE /0, FF /0): CF unchanged. */
    public static void incEv(Cpu c, Insn i) {
        unary(c, i, 0);
    }

    /** DEC Ev (FE /1, FF /1): CF unchanged. */
    public static void decEv(Cpu c, Insn i) {
        unary(c, i, 1);
    }

    /** NOT Ev (F6 /2, F7 /2): no flags. */
    public static void notEv(Cpu c, Insn i) {
        unary(c, i, 2);
    }

    /** NEG Ev (F6 /3, F7 /3): 0 - E; CF = (E != 0). */
    public static void negEv(Cpu c, Insn i) {
        unary(c, i, 3);
    }

    private static long unaryResult(int kind, long a) {
        switch (kind) {
            case 0: return a + 1;
            case 1: return a - 1;
            case 2: return ~a;
            default: return -a;
        }
    }

    private static void unary(Cpu c, Insn i, int kind) {
        int size = i.opsize;
        long a;
        long r;
        if (i.rm >= 0) {
            a = Operands.getReg(c, i.rm, size);
            r = unaryResult(kind, a);
            Operands.setReg(c, i.rm, size, r);
        } else {
            long ea = Operands.ea(c, i);
            a = Operands.load(c, ea, size);
            r = unaryResult(kind, a);
            if ((i.prefixes & Insn.P_LOCK) != 0) {
                while (!Atomic.cas(c, ea, size, a, r)) {
                    a = Operands.load(c, ea, size);
                    r = unaryResult(kind, a);
                }
            } else {
                Operands.store(c, ea, size, r);
            }
        }
        switch (kind) {
            case 0: Flags.inc(c, size, a, r); break;
            case 1: Flags.dec(c, size, a, r); break;
            case 2: break;
            default: Flags.sub(c, size, 0, a, r); break;
        }
    }

    // ---- ADCX ADOX -----------------------------------------------------------------------------

    /** ADCX Gy,Ey (66 0F 38 F6): G + E + CF, carry out to CF; no other flag changes. */
    public static void adcxGyEy(Cpu c, Insn i) {
        addWithCarryFlag(c, i, Flags.CF);
    }

    /** ADOX Gy,Ey (F3 0F 38 F6): G + E + OF, carry out to OF; no other flag changes. */
    public static void adoxGyEy(Cpu c, Insn i) {
        addWithCarryFlag(c, i, Flags.OF);
    }

    /** Two independent carry chains (SDM Vol. 2 ADCX/ADOX): {@code flag} is carry in and out. */
    private static void addWithCarryFlag(Cpu c, Insn i, int flag) {
        int f = Flags.oszapc(c);
        long a = Operands.getG(c, i);
        long b = Operands.getE(c, i);
        long cin = (f & flag) != 0 ? 1 : 0;
        long m = Flags.mask(i.opsize);
        long r = (a + b + cin) & m;
        boolean carry = cin != 0 ? Long.compareUnsigned(r, a) <= 0 : Long.compareUnsigned(r, a) < 0;
        Operands.setG(c, i, r);
        Flags.setEager(c, carry ? f | flag : f & ~flag);
    }
}
