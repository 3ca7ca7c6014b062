package dev.ring3.interp;

import static dev.ring3.interp.Flags.AF;
import static dev.ring3.interp.Flags.CF;
import static dev.ring3.interp.Flags.DF;
import static dev.ring3.interp.Flags.OF;
import static dev.ring3.interp.Flags.OSZAPC;
import static dev.ring3.interp.Flags.PF;
import static dev.ring3.interp.Flags.SF;
import static dev.ring3.interp.Flags.ZF;

/**
 * Opcode-table rows of the integer arithmetic and logic instructions (SDM Vol. 2 Appendix A,
 * one-byte map 00-3D, 69, 6B, 80-87, 98-99, 9E-9F, A8-A9, C0-C1, D0-D3, F5-F7, F8-F9, FC-FD, FE-FF;
 * two-byte map 40-4F, 90-9F, A3-AD, AF, B0-BD, C0-C1, C7 /1, C8-CF). Byte and word/dword/qword
 * rows share a semantic method: the decoder's operand size carries the width.
 *
 * <p>Flag declarations: {@code writes} are the flags given a defined value, {@code undefined} the
 * ones the SDM leaves undefined. Shifts and rotates by CL or Ib change no flags when the masked
 * count is zero, so those rows also declare that they read the flags they would write: the old
 * values may survive, and flag liveness must keep them.
 */
final class AluRows {
    private AluRows() {}

    private static final int SZP = SF | ZF | PF;
    private static final String[] CC = {
        "o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"
    };

    static void register(OpcodeTable.Builder b) {
        arith(b);
        unary(b);
        mulDiv(b);
        shifts(b);
        bits(b);
        exchange(b);
        flagsAndConditions(b);
    }

    private static String hex(int v) {
        return Integer.toHexString(0x100 | v).substring(1).toUpperCase(java.util.Locale.ROOT); // not String.format: start-up
    }

    private static void arith(OpcodeTable.Builder b) {
        alu(b, 0, "add", AluSem.addEvGv, AluSem.addGvEv, AluSem.addrAXIz, AluSem.addEvIz);
        alu(b, 1, "or", AluSem.orEvGv, AluSem.orGvEv, AluSem.orrAXIz, AluSem.orEvIz);
        alu(b, 2, "adc", AluSem.adcEvGv, AluSem.adcGvEv, AluSem.adcrAXIz, AluSem.adcEvIz);
        alu(b, 3, "sbb", AluSem.sbbEvGv, AluSem.sbbGvEv, AluSem.sbbrAXIz, AluSem.sbbEvIz);
        alu(b, 4, "and", AluSem.andEvGv, AluSem.andGvEv, AluSem.andrAXIz, AluSem.andEvIz);
        alu(b, 5, "sub", AluSem.subEvGv, AluSem.subGvEv, AluSem.subrAXIz, AluSem.subEvIz);
        alu(b, 6, "xor", AluSem.xorEvGv, AluSem.xorGvEv, AluSem.xorrAXIz, AluSem.xorEvIz);
        alu(b, 7, "cmp", AluSem.cmpEvGv, AluSem.cmpGvEv, AluSem.cmprAXIz, AluSem.cmpEvIz);

        rw(b.row("84", "test Eb,Gb", AluSem.testEvGv), Alu.AND);
        rw(b.row("85", "test Ev,Gv", AluSem.testEvGv), Alu.AND);
        rw(b.row("A8", "test AL,Ib", AluSem.testrAXIz), Alu.AND);
        rw(b.row("A9", "test rAX,Iz", AluSem.testrAXIz), Alu.AND);
        for (int d = 0; d <= 1; d++) { // /1 is an undocumented alias of /0
            rw(b.row("F6 /" + d, "test Eb,Ib", AluSem.testEvIz), Alu.AND);
            rw(b.row("F7 /" + d, "test Ev,Iz", AluSem.testEvIz), Alu.AND);
        }
    }

    /** One ALU operation's nine rows: 00+8k..05+8k and 80/81/83 /k (82 is #UD in 64-bit mode). */
    private static void alu(OpcodeTable.Builder b, int k, String m, Exec eg, Exec ge, Exec acc, Exec ei) {
        int base = k << 3;
        Op[] memDest = {
            b.row(hex(base), m + " Eb,Gb", eg),
            b.row(hex(base + 1), m + " Ev,Gv", eg),
            b.row("80 /" + k, m + " Eb,Ib", ei),
            b.row("81 /" + k, m + " Ev,Iz", ei),
            b.row("83 /" + k, m + " Ev,Ib", ei),
        };
        for (Op op : memDest) {
            rw(op, k);
            if (k != Alu.CMP) {
                op.lock();
            }
        }
        rw(b.row(hex(base + 2), m + " Gb,Eb", ge), k);
        rw(b.row(hex(base + 3), m + " Gv,Ev", ge), k);
        rw(b.row(hex(base + 4), m + " AL,Ib", acc), k);
        rw(b.row(hex(base + 5), m + " rAX,Iz", acc), k);
    }

    /** Flag declarations of ALU operation {@code k}. */
    private static void rw(Op op, int k) {
        switch (k) {
            case Alu.OR: case Alu.AND: case Alu.XOR:
                op.writes(OF | SZP | CF).undefined(AF);
                break;
            case Alu.ADC: case Alu.SBB:
                op.reads(CF).writes(OSZAPC);
                break;
            default:
                op.writes(OSZAPC);
                break;
        }
    }

    private static void unary(OpcodeTable.Builder b) {
        int noCf = OSZAPC & ~CF;
        b.row("FE /0", "inc Eb", AluSem.incEv).writes(noCf).lock();
        b.row("FF /0", "inc Ev", AluSem.incEv).writes(noCf).lock();
        b.row("FE /1", "dec Eb", AluSem.decEv).writes(noCf).lock();
        b.row("FF /1", "dec Ev", AluSem.decEv).writes(noCf).lock();
        b.row("F6 /2", "not Eb", AluSem.notEv).lock();
        b.row("F7 /2", "not Ev", AluSem.notEv).lock();
        b.row("F6 /3", "neg Eb", AluSem.negEv).writes(OSZAPC).lock();
        b.row("F7 /3", "neg Ev", AluSem.negEv).writes(OSZAPC).lock();
    }

    private static void mulDiv(OpcodeTable.Builder b) {
        int mulUndef = SZP | AF;
        b.row("F6 /4", "mul Eb", MulDivSem.mulEv).writes(OF | CF).undefined(mulUndef).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F7 /4", "mul Ev", MulDivSem.mulEv).writes(OF | CF).undefined(mulUndef).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F6 /5", "imul Eb", MulDivSem.imulEv).writes(OF | CF).undefined(mulUndef).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F7 /5", "imul Ev", MulDivSem.imulEv).writes(OF | CF).undefined(mulUndef).implicit(Cpu.RAX, Cpu.RDX);
        b.row("0F AF", "imul Gv,Ev", MulDivSem.imulGvEv).writes(OF | CF).undefined(mulUndef);
        b.row("69", "imul Gv,Ev,Iz", MulDivSem.imulGvEvIz).writes(OF | CF).undefined(mulUndef);
        b.row("6B", "imul Gv,Ev,Ib", MulDivSem.imulGvEvIb).writes(OF | CF).undefined(mulUndef);
        b.row("F6 /6", "div Eb", MulDivSem.divEv).undefined(OSZAPC).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F7 /6", "div Ev", MulDivSem.divEv).undefined(OSZAPC).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F6 /7", "idiv Eb", MulDivSem.idivEv).undefined(OSZAPC).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F7 /7", "idiv Ev", MulDivSem.idivEv).undefined(OSZAPC).implicit(Cpu.RAX, Cpu.RDX);
    }

    private static void shifts(OpcodeTable.Builder b) {
        shiftGroup(b, 0, "rol", ShiftSem.rolEvIb, ShiftSem.rolEv1, ShiftSem.rolEvCL);
        shiftGroup(b, 1, "ror", ShiftSem.rorEvIb, ShiftSem.rorEv1, ShiftSem.rorEvCL);
        shiftGroup(b, 2, "rcl", ShiftSem.rclEvIb, ShiftSem.rclEv1, ShiftSem.rclEvCL);
        shiftGroup(b, 3, "rcr", ShiftSem.rcrEvIb, ShiftSem.rcrEv1, ShiftSem.rcrEvCL);
        shiftGroup(b, 4, "shl", ShiftSem.shlEvIb, ShiftSem.shlEv1, ShiftSem.shlEvCL);
        shiftGroup(b, 5, "shr", ShiftSem.shrEvIb, ShiftSem.shrEv1, ShiftSem.shrEvCL);
        shiftGroup(b, 6, "sal", ShiftSem.shlEvIb, ShiftSem.shlEv1, ShiftSem.shlEvCL);
        shiftGroup(b, 7, "sar", ShiftSem.sarEvIb, ShiftSem.sarEv1, ShiftSem.sarEvCL);

        int w = CF | SZP;
        b.row("0F A4", "shld Ev,Gv,Ib", ShiftSem.shldEvGvIb).reads(OSZAPC).writes(w).undefined(OF | AF);
        b.row("0F A5", "shld Ev,Gv,CL", ShiftSem.shldEvGvCL).reads(OSZAPC).writes(w).undefined(OF | AF);
        b.row("0F AC", "shrd Ev,Gv,Ib", ShiftSem.shrdEvGvIb).reads(OSZAPC).writes(w).undefined(OF | AF);
        b.row("0F AD", "shrd Ev,Gv,CL", ShiftSem.shrdEvGvCL).reads(OSZAPC).writes(w).undefined(OF | AF);
    }

    /** C0/C1 /d Ib, D0/D1 /d (by 1), D2/D3 /d (by CL). */
    private static void shiftGroup(OpcodeTable.Builder b, int d, String m, Exec byIb, Exec by1, Exec byCl) {
        boolean rotate = d < 4;
        boolean throughCarry = d == 2 || d == 3;
        // By 1: OF is defined. By a count: OF is undefined unless the count is 1, and count 0 keeps all flags.
        int one = rotate ? CF | OF : CF | OF | SZP;
        int many = rotate ? CF : CF | SZP;
        int undefOne = rotate ? 0 : AF;
        int undefMany = rotate ? OF : OF | AF;
        int carryIn = throughCarry ? CF : 0;
        String suffix = "/" + d;
        b.row("D0 " + suffix, m + " Eb,1", by1).reads(carryIn).writes(one).undefined(undefOne);
        b.row("D1 " + suffix, m + " Ev,1", by1).reads(carryIn).writes(one).undefined(undefOne);
        b.row("C0 " + suffix, m + " Eb,Ib", byIb).reads(OSZAPC).writes(many).undefined(undefMany);
        b.row("C1 " + suffix, m + " Ev,Ib", byIb).reads(OSZAPC).writes(many).undefined(undefMany);
        b.row("D2 " + suffix, m + " Eb,CL", byCl).reads(OSZAPC).writes(many).undefined(undefMany);
        b.row("D3 " + suffix, m + " Ev,CL", byCl).reads(OSZAPC).writes(many).undefined(undefMany);
    }

    private static void bits(OpcodeTable.Builder b) {
        int btUndef = OF | SF | AF | PF;
        b.row("0F A3", "bt Ev,Gv", BitsSem.btEvGv).writes(CF).undefined(btUndef);
        b.row("0F AB", "bts Ev,Gv", BitsSem.btsEvGv).writes(CF).undefined(btUndef).lock();
        b.row("0F B3", "btr Ev,Gv", BitsSem.btrEvGv).writes(CF).undefined(btUndef).lock();
        b.row("0F BB", "btc Ev,Gv", BitsSem.btcEvGv).writes(CF).undefined(btUndef).lock();
        b.row("0F BA /4", "bt Ev,Ib", BitsSem.btEvIb).writes(CF).undefined(btUndef);
        b.row("0F BA /5", "bts Ev,Ib", BitsSem.btsEvIb).writes(CF).undefined(btUndef).lock();
        b.row("0F BA /6", "btr Ev,Ib", BitsSem.btrEvIb).writes(CF).undefined(btUndef).lock();
        b.row("0F BA /7", "btc Ev,Ib", BitsSem.btcEvIb).writes(CF).undefined(btUndef).lock();

        int scanUndef = OF | SF | AF | PF | CF;
        // F3 0F BC/BD are TZCNT/LZCNT (BmiRows); with another prefix these are BSF/BSR.
        b.row("0F BC", "bsf Gv,Ev", BitsSem.bsfGvEv).writes(ZF).undefined(scanUndef);
        b.row("0F BD", "bsr Gv,Ev", BitsSem.bsrGvEv).writes(ZF).undefined(scanUndef);
        b.row("0F C8+r", "bswap Zv", BitsSem.bswapZv);
        b.row("F3 0F B8", "popcnt Gv,Ev", BitsSem.popcntGvEv).writes(Flags.OSZAPC);
    }

    private static void exchange(OpcodeTable.Builder b) {
        b.row("86", "xchg Eb,Gb", ExchangeSem.xchgEvGv).lock();
        b.row("87", "xchg Ev,Gv", ExchangeSem.xchgEvGv).lock();
        b.row("0F C0", "xadd Eb,Gb", ExchangeSem.xaddEvGv).writes(OSZAPC).lock();
        b.row("0F C1", "xadd Ev,Gv", ExchangeSem.xaddEvGv).writes(OSZAPC).lock();
        b.row("0F B0", "cmpxchg Eb,Gb", ExchangeSem.cmpxchgEvGv).writes(OSZAPC).lock().implicit(Cpu.RAX);
        b.row("0F B1", "cmpxchg Ev,Gv", ExchangeSem.cmpxchgEvGv).writes(OSZAPC).lock().implicit(Cpu.RAX);
        b.row("0F C7 /1 mem", "cmpxchg8b Mq", ExchangeSem.cmpxchg8bMq).writes(ZF).lock()
                .implicit(Cpu.RAX, Cpu.RCX, Cpu.RDX, Cpu.RBX);
        b.row("0F C7 /1 mem W1", "cmpxchg16b Mdq", ExchangeSem.cmpxchg16bMdq).writes(ZF).lock()
                .implicit(Cpu.RAX, Cpu.RCX, Cpu.RDX, Cpu.RBX);
    }

    private static void flagsAndConditions(OpcodeTable.Builder b) {
        b.row("F8", "clc", FlagOpsSem.clc).writes(CF);
        b.row("F9", "stc", FlagOpsSem.stc).writes(CF);
        b.row("F5", "cmc", FlagOpsSem.cmc).reads(CF).writes(CF);
        b.row("FC", "cld", FlagOpsSem.cld).writes(DF);
        b.row("FD", "std", FlagOpsSem.std).writes(DF);
        b.row("9F", "lahf", FlagOpsSem.lahf).reads(SZP | AF | CF).implicit(Cpu.RAX);
        b.row("9E", "sahf", FlagOpsSem.sahf).writes(SZP | AF | CF).implicit(Cpu.RAX);
        b.row("98", "cwde", ConvertSem.cwde).implicit(Cpu.RAX);
        b.row("99", "cdq", ConvertSem.cdq).implicit(Cpu.RAX, Cpu.RDX);
        for (int cc = 0; cc < 16; cc++) {
            int reads = Conditional.flagsRead(cc);
            b.row("0F " + hex(0x90 + cc), "set" + CC[cc] + " Eb", ConditionalSem.setccEb).reads(reads);
            b.row("0F " + hex(0x40 + cc), "cmov" + CC[cc] + " Gv,Ev", ConditionalSem.cmovccGvEv).reads(reads);
        }
    }
}
