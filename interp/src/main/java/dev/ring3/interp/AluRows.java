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
        alu(b, 0, "add", Alu::addEvGv, Alu::addGvEv, Alu::addrAXIz, Alu::addEvIz);
        alu(b, 1, "or", Alu::orEvGv, Alu::orGvEv, Alu::orrAXIz, Alu::orEvIz);
        alu(b, 2, "adc", Alu::adcEvGv, Alu::adcGvEv, Alu::adcrAXIz, Alu::adcEvIz);
        alu(b, 3, "sbb", Alu::sbbEvGv, Alu::sbbGvEv, Alu::sbbrAXIz, Alu::sbbEvIz);
        alu(b, 4, "and", Alu::andEvGv, Alu::andGvEv, Alu::andrAXIz, Alu::andEvIz);
        alu(b, 5, "sub", Alu::subEvGv, Alu::subGvEv, Alu::subrAXIz, Alu::subEvIz);
        alu(b, 6, "xor", Alu::xorEvGv, Alu::xorGvEv, Alu::xorrAXIz, Alu::xorEvIz);
        alu(b, 7, "cmp", Alu::cmpEvGv, Alu::cmpGvEv, Alu::cmprAXIz, Alu::cmpEvIz);

        rw(b.row("84", "test Eb,Gb", Alu::testEvGv), Alu.AND);
        rw(b.row("85", "test Ev,Gv", Alu::testEvGv), Alu.AND);
        rw(b.row("A8", "test AL,Ib", Alu::testrAXIz), Alu.AND);
        rw(b.row("A9", "test rAX,Iz", Alu::testrAXIz), Alu.AND);
        for (int d = 0; d <= 1; d++) { // /1 is an undocumented alias of /0
            rw(b.row("F6 /" + d, "test Eb,Ib", Alu::testEvIz), Alu.AND);
            rw(b.row("F7 /" + d, "test Ev,Iz", Alu::testEvIz), Alu.AND);
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
        b.row("FE /0", "inc Eb", Alu::incEv).writes(noCf).lock();
        b.row("FF /0", "inc Ev", Alu::incEv).writes(noCf).lock();
        b.row("FE /1", "dec Eb", Alu::decEv).writes(noCf).lock();
        b.row("FF /1", "dec Ev", Alu::decEv).writes(noCf).lock();
        b.row("F6 /2", "not Eb", Alu::notEv).lock();
        b.row("F7 /2", "not Ev", Alu::notEv).lock();
        b.row("F6 /3", "neg Eb", Alu::negEv).writes(OSZAPC).lock();
        b.row("F7 /3", "neg Ev", Alu::negEv).writes(OSZAPC).lock();
    }

    private static void mulDiv(OpcodeTable.Builder b) {
        int mulUndef = SZP | AF;
        b.row("F6 /4", "mul Eb", MulDiv::mulEv).writes(OF | CF).undefined(mulUndef).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F7 /4", "mul Ev", MulDiv::mulEv).writes(OF | CF).undefined(mulUndef).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F6 /5", "imul Eb", MulDiv::imulEv).writes(OF | CF).undefined(mulUndef).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F7 /5", "imul Ev", MulDiv::imulEv).writes(OF | CF).undefined(mulUndef).implicit(Cpu.RAX, Cpu.RDX);
        b.row("0F AF", "imul Gv,Ev", MulDiv::imulGvEv).writes(OF | CF).undefined(mulUndef);
        b.row("69", "imul Gv,Ev,Iz", MulDiv::imulGvEvIz).writes(OF | CF).undefined(mulUndef);
        b.row("6B", "imul Gv,Ev,Ib", MulDiv::imulGvEvIb).writes(OF | CF).undefined(mulUndef);
        b.row("F6 /6", "div Eb", MulDiv::divEv).undefined(OSZAPC).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F7 /6", "div Ev", MulDiv::divEv).undefined(OSZAPC).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F6 /7", "idiv Eb", MulDiv::idivEv).undefined(OSZAPC).implicit(Cpu.RAX, Cpu.RDX);
        b.row("F7 /7", "idiv Ev", MulDiv::idivEv).undefined(OSZAPC).implicit(Cpu.RAX, Cpu.RDX);
    }

    private static void shifts(OpcodeTable.Builder b) {
        shiftGroup(b, 0, "rol", Shift::rolEvIb, Shift::rolEv1, Shift::rolEvCL);
        shiftGroup(b, 1, "ror", Shift::rorEvIb, Shift::rorEv1, Shift::rorEvCL);
        shiftGroup(b, 2, "rcl", Shift::rclEvIb, Shift::rclEv1, Shift::rclEvCL);
        shiftGroup(b, 3, "rcr", Shift::rcrEvIb, Shift::rcrEv1, Shift::rcrEvCL);
        shiftGroup(b, 4, "shl", Shift::shlEvIb, Shift::shlEv1, Shift::shlEvCL);
        shiftGroup(b, 5, "shr", Shift::shrEvIb, Shift::shrEv1, Shift::shrEvCL);
        shiftGroup(b, 6, "sal", Shift::shlEvIb, Shift::shlEv1, Shift::shlEvCL);
        shiftGroup(b, 7, "sar", Shift::sarEvIb, Shift::sarEv1, Shift::sarEvCL);

        int w = CF | SZP;
        b.row("0F A4", "shld Ev,Gv,Ib", Shift::shldEvGvIb).reads(OSZAPC).writes(w).undefined(OF | AF);
        b.row("0F A5", "shld Ev,Gv,CL", Shift::shldEvGvCL).reads(OSZAPC).writes(w).undefined(OF | AF);
        b.row("0F AC", "shrd Ev,Gv,Ib", Shift::shrdEvGvIb).reads(OSZAPC).writes(w).undefined(OF | AF);
        b.row("0F AD", "shrd Ev,Gv,CL", Shift::shrdEvGvCL).reads(OSZAPC).writes(w).undefined(OF | AF);
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
        b.row("0F A3", "bt Ev,Gv", Bits::btEvGv).writes(CF).undefined(btUndef);
        b.row("0F AB", "bts Ev,Gv", Bits::btsEvGv).writes(CF).undefined(btUndef).lock();
        b.row("0F B3", "btr Ev,Gv", Bits::btrEvGv).writes(CF).undefined(btUndef).lock();
        b.row("0F BB", "btc Ev,Gv", Bits::btcEvGv).writes(CF).undefined(btUndef).lock();
        b.row("0F BA /4", "bt Ev,Ib", Bits::btEvIb).writes(CF).undefined(btUndef);
        b.row("0F BA /5", "bts Ev,Ib", Bits::btsEvIb).writes(CF).undefined(btUndef).lock();
        b.row("0F BA /6", "btr Ev,Ib", Bits::btrEvIb).writes(CF).undefined(btUndef).lock();
        b.row("0F BA /7", "btc Ev,Ib", Bits::btcEvIb).writes(CF).undefined(btUndef).lock();

        int scanUndef = OF | SF | AF | PF | CF;
        // F3 0F BC/BD are TZCNT/LZCNT (BmiRows); with another prefix these are BSF/BSR.
        b.row("0F BC", "bsf Gv,Ev", Bits::bsfGvEv).writes(ZF).undefined(scanUndef);
        b.row("0F BD", "bsr Gv,Ev", Bits::bsrGvEv).writes(ZF).undefined(scanUndef);
        b.row("0F C8+r", "bswap Zv", Bits::bswapZv);
        b.row("F3 0F B8", "popcnt Gv,Ev", Bits::popcntGvEv).writes(Flags.OSZAPC);
    }

    private static void exchange(OpcodeTable.Builder b) {
        b.row("86", "xchg Eb,Gb", Exchange::xchgEvGv).lock();
        b.row("87", "xchg Ev,Gv", Exchange::xchgEvGv).lock();
        b.row("0F C0", "xadd Eb,Gb", Exchange::xaddEvGv).writes(OSZAPC).lock();
        b.row("0F C1", "xadd Ev,Gv", Exchange::xaddEvGv).writes(OSZAPC).lock();
        b.row("0F B0", "cmpxchg Eb,Gb", Exchange::cmpxchgEvGv).writes(OSZAPC).lock().implicit(Cpu.RAX);
        b.row("0F B1", "cmpxchg Ev,Gv", Exchange::cmpxchgEvGv).writes(OSZAPC).lock().implicit(Cpu.RAX);
        b.row("0F C7 /1 mem", "cmpxchg8b Mq", Exchange::cmpxchg8bMq).writes(ZF).lock()
                .implicit(Cpu.RAX, Cpu.RCX, Cpu.RDX, Cpu.RBX);
        b.row("0F C7 /1 mem W1", "cmpxchg16b Mdq", Exchange::cmpxchg16bMdq).writes(ZF).lock()
                .implicit(Cpu.RAX, Cpu.RCX, Cpu.RDX, Cpu.RBX);
    }

    private static void flagsAndConditions(OpcodeTable.Builder b) {
        b.row("F8", "clc", FlagOps::clc).writes(CF);
        b.row("F9", "stc", FlagOps::stc).writes(CF);
        b.row("F5", "cmc", FlagOps::cmc).reads(CF).writes(CF);
        b.row("FC", "cld", FlagOps::cld).writes(DF);
        b.row("FD", "std", FlagOps::std).writes(DF);
        b.row("9F", "lahf", FlagOps::lahf).reads(SZP | AF | CF).implicit(Cpu.RAX);
        b.row("9E", "sahf", FlagOps::sahf).writes(SZP | AF | CF).implicit(Cpu.RAX);
        b.row("98", "cwde", Convert::cwde).implicit(Cpu.RAX);
        b.row("99", "cdq", Convert::cdq).implicit(Cpu.RAX, Cpu.RDX);
        for (int cc = 0; cc < 16; cc++) {
            int reads = Conditional.flagsRead(cc);
            b.row("0F " + hex(0x90 + cc), "set" + CC[cc] + " Eb", Conditional::setccEb).reads(reads);
            b.row("0F " + hex(0x40 + cc), "cmov" + CC[cc] + " Gv,Ev", Conditional::cmovccGvEv).reads(reads);
        }
    }
}
