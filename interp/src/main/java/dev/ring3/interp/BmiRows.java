package dev.ring3.interp;

import static dev.ring3.interp.Flags.AF;
import static dev.ring3.interp.Flags.CF;
import static dev.ring3.interp.Flags.OF;
import static dev.ring3.interp.Flags.OSZAPC;
import static dev.ring3.interp.Flags.PF;
import static dev.ring3.interp.Flags.SF;
import static dev.ring3.interp.Flags.ZF;

/**
 * Opcode-table rows of the integer extensions beyond x86-64-v2 that ring3's CPUID advertises:
 * LZCNT/TZCNT (ABM), BMI1 and BMI2 (VEX-encoded, keys as the SDM writes them), ADX, MOVBE,
 * RDRAND/RDSEED, CLFLUSHOPT and CLWB. Every other VEX encoding has no row and stays #UD.
 */
final class BmiRows {
    private BmiRows() {}

    static void register(OpcodeTable.Builder b) {
        int countUndef = OF | SF | AF | PF;
        b.row("F3 0F BD", "lzcnt Gv,Ev", BmiSem.lzcntGvEv).writes(CF | ZF).undefined(countUndef);
        b.row("F3 0F BC", "tzcnt Gv,Ev", BmiSem.tzcntGvEv).writes(CF | ZF).undefined(countUndef);

        // W0 is the 32-bit form, W1 the 64-bit one (the y operand size follows VEX.W).
        for (String w : new String[] {".W0", ".W1"}) {
            b.row("VEX.LZ.0F38" + w + " F2 /r", "andn Gy,By,Ey", BmiSem.andnGyByEy)
                    .writes(SF | ZF | OF | CF).undefined(AF | PF);
            b.row("VEX.LZ.0F38" + w + " F7 /r", "bextr Gy,Ey,By", BmiSem.bextrGyEyBy)
                    .writes(ZF | OF | CF).undefined(SF | AF | PF);
            b.row("VEX.LZ.0F38" + w + " F3 /3", "blsi By,Ey", BmiSem.blsiByEy)
                    .writes(SF | ZF | OF | CF).undefined(AF | PF);
            b.row("VEX.LZ.0F38" + w + " F3 /2", "blsmsk By,Ey", BmiSem.blsmskByEy)
                    .writes(SF | ZF | OF | CF).undefined(AF | PF);
            b.row("VEX.LZ.0F38" + w + " F3 /1", "blsr By,Ey", BmiSem.blsrByEy)
                    .writes(SF | ZF | OF | CF).undefined(AF | PF);
            b.row("VEX.LZ.0F38" + w + " F5 /r", "bzhi Gy,Ey,By", BmiSem.bzhiGyEyBy)
                    .writes(SF | ZF | OF | CF).undefined(AF | PF);
            b.row("VEX.LZ.F2.0F38" + w + " F6 /r", "mulx Gy,By,Ey", BmiSem.mulxGyByEy).implicit(Cpu.RDX);
            b.row("VEX.LZ.F2.0F38" + w + " F5 /r", "pdep Gy,By,Ey", BmiSem.pdepGyByEy);
            b.row("VEX.LZ.F3.0F38" + w + " F5 /r", "pext Gy,By,Ey", BmiSem.pextGyByEy);
            b.row("VEX.LZ.F2.0F3A" + w + " F0 /r ib", "rorx Gy,Ey,Ib", BmiSem.rorxGyEyIb);
            b.row("VEX.LZ.F3.0F38" + w + " F7 /r", "sarx Gy,Ey,By", BmiSem.sarxGyEyBy);
            b.row("VEX.LZ.66.0F38" + w + " F7 /r", "shlx Gy,Ey,By", BmiSem.shlxGyEyBy);
            b.row("VEX.LZ.F2.0F38" + w + " F7 /r", "shrx Gy,Ey,By", BmiSem.shrxGyEyBy);
        }

        b.row("66 0F 38 F6", "adcx Gy,Ey", AluSem.adcxGyEy).reads(CF).writes(CF);
        b.row("F3 0F 38 F6", "adox Gy,Ey", AluSem.adoxGyEy).reads(OF).writes(OF);
        // NFx: F2 0F 38 F0/F1 is CRC32; 0x66 makes MOVBE 16-bit.
        b.row("NFx 0F 38 F0", "movbe Gv,Mv", MovesSem.movbeGvMv);
        b.row("NFx 0F 38 F1", "movbe Mv,Gv", MovesSem.movbeMvGv);
        b.row("NFx 0F C7 /6 reg", "rdrand Rv", SystemOpsSem.rdrandRv).writes(OSZAPC);
        b.row("NFx 0F C7 /7 reg", "rdseed Rv", SystemOpsSem.rdrandRv).writes(OSZAPC);
        b.row("66 0F AE /7 mem", "clflushopt Mb", SystemOpsSem.clflushoptMb);
        b.row("66 0F AE /6 mem", "clwb Mb", SystemOpsSem.clwbMb);
    }
}
