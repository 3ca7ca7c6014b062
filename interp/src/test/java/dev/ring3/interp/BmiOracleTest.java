package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * LZCNT, TZCNT, BMI1, BMI2, ADX and MOVBE against the host CPU through {@link AluOracle}: every
 * instruction at every operand size, register and memory forms, low and high registers in each
 * VEX field (R, B, vvvv), the same register in several roles, on random and edge-case operands
 * (0, all ones, sign boundaries, and BEXTR/BZHI/shift controls at and beyond the width).
 * Registers, memory and all six arithmetic flags must match, undefined flags included.
 * RDRAND/RDSEED cannot be compared with the host's random numbers: {@link BmiTest} covers them.
 */
@Tag("native")
class BmiOracleTest {
    private static final int CASES = 60;
    private static final long FLAG_MASK = Flags.OSZAPC | Flags.DF;
    private static final String M = "[rel mem+64]";
    private static final int OPERAND_LONG = AluOracle.MEM + AluOracle.OPERAND / 8;
    private static final String[] PTR = {"byte", "word", "dword", "qword"};

    private final Random rnd = new Random(0x424D4932L);
    private final List<AluOracle.Spec> specs = new ArrayList<>();
    private final List<Long> flagMasks = new ArrayList<>();

    /** Register names by x86 number at 2, 4 or 8 bytes. */
    private static String reg(int n, int size) {
        String[] r64 = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"};
        if (n >= 8) {
            return "r" + n + (size == 8 ? "" : size == 4 ? "d" : "w");
        }
        String base = r64[n].substring(1);
        return size == 8 ? "r" + base : size == 4 ? "e" + base : base;
    }

    private static String mem(int size) {
        return PTR[Integer.numberOfTrailingZeros(size)] + " " + M;
    }

    private void spec(String asm, Consumer<long[]> fix) {
        AluOracle.Spec s = new AluOracle.Spec(asm);
        for (int k = 0; k < CASES; k++) {
            long[] c = new long[AluOracle.CASE_LONGS];
            for (int n = 0; n < 16; n++) {
                c[n] = AluOracle.value(rnd);
            }
            c[Cpu.RSP] = 0;
            c[AluOracle.FLAGS] = rnd.nextLong() & FLAG_MASK;
            for (int n = 0; n < AluOracle.MEM_LONGS; n++) {
                c[AluOracle.MEM + n] = AluOracle.value(rnd);
            }
            fix.accept(c);
            s.cases.add(c);
        }
        specs.add(s);
        flagMasks.add(FLAG_MASK);
    }

    private void spec(String asm) {
        spec(asm, c -> { });
    }

    /** A third of the time, the low {@code size} bytes of {@code slot} are zero. */
    private Consumer<long[]> maybeZero(int slot, int size) {
        return c -> {
            if (rnd.nextInt(3) == 0) {
                c[slot] &= ~Flags.mask(size);
            }
        };
    }

    /** A count or index byte in {@code slot}: mostly around the width, sometimes any byte. */
    private int countByte() {
        return rnd.nextInt(4) == 0 ? rnd.nextInt(256) : rnd.nextInt(72);
    }

    private Consumer<long[]> control(int slot, boolean bextr) {
        return c -> {
            long v = countByte() | (bextr ? (long) countByte() << 8 : 0);
            long keep = bextr ? ~0xFFFFL : ~0xFFL;
            c[slot] = rnd.nextInt(8) == 0 ? c[slot] : (c[slot] & keep) | v;
        };
    }

    private static final int RDX = Cpu.RDX, RBX = Cpu.RBX, RSI = Cpu.RSI;

    private void countSpecs() {
        for (String op : new String[] {"lzcnt", "tzcnt"}) {
            for (int size : new int[] {2, 4, 8}) {
                spec(op + " " + reg(RDX, size) + ", " + reg(RBX, size), maybeZero(RBX, size));
                spec(op + " " + reg(9, size) + ", " + reg(14, size), maybeZero(14, size));
                spec(op + " " + reg(RSI, size) + ", " + mem(size), maybeZero(OPERAND_LONG, size));
                spec(op + " " + reg(RBX, size) + ", " + reg(RBX, size), maybeZero(RBX, size));
            }
        }
    }

    /** The BMI instructions that take three register operands G, B, E in Intel order. */
    private void threeOperandSpecs(String op, boolean controlInB, boolean bextr) {
        for (int size : new int[] {4, 8}) {
            // G, then B (VEX.vvvv), then E (ModRM.rm), as the SDM's operand order has them.
            int[][] regs = {{RDX, RSI, RBX}, {9, 12, 15}, {RBX, RBX, RBX}, {Cpu.RAX, 13, Cpu.RCX}};
            for (int[] r : regs) {
                String g = reg(r[0], size), v = reg(r[1], size), e = reg(r[2], size);
                String asm = controlInB ? op + " " + g + ", " + e + ", " + v : op + " " + g + ", " + v + ", " + e;
                spec(asm, controlInB ? control(r[1], bextr) : c -> { });
            }
            String g = reg(RDX, size), v = reg(RSI, size);
            spec(controlInB ? op + " " + g + ", " + mem(size) + ", " + v : op + " " + g + ", " + v + ", " + mem(size),
                    controlInB ? control(RSI, bextr) : c -> { });
        }
    }

    private void bmiSpecs() {
        threeOperandSpecs("andn", false, false);
        threeOperandSpecs("bextr", true, true);
        threeOperandSpecs("bzhi", true, false);
        threeOperandSpecs("sarx", true, false);
        threeOperandSpecs("shlx", true, false);
        threeOperandSpecs("shrx", true, false);
        threeOperandSpecs("pdep", false, false);
        threeOperandSpecs("pext", false, false);
        threeOperandSpecs("mulx", false, false);
        for (String op : new String[] {"blsi", "blsmsk", "blsr"}) {
            for (int size : new int[] {4, 8}) {
                spec(op + " " + reg(RDX, size) + ", " + reg(RBX, size), maybeZero(RBX, size));
                spec(op + " " + reg(13, size) + ", " + reg(10, size), maybeZero(10, size));
                spec(op + " " + reg(RBX, size) + ", " + reg(RBX, size), maybeZero(RBX, size));
                spec(op + " " + reg(RSI, size) + ", " + mem(size), maybeZero(OPERAND_LONG, size));
            }
        }
        for (int size : new int[] {4, 8}) {
            for (int imm : new int[] {0, 1, 7, 31, 32, 33, 63, 64, 255}) {
                spec("rorx " + reg(RDX, size) + ", " + reg(RBX, size) + ", " + imm);
            }
            spec("rorx " + reg(11, size) + ", " + reg(8, size) + ", 13");
            spec("rorx " + reg(RSI, size) + ", " + mem(size) + ", 9");
            // MULX with its two destinations the same register: the high half wins.
            spec("mulx " + reg(RSI, size) + ", " + reg(RSI, size) + ", " + reg(RBX, size));
            spec("mulx " + reg(RDX, size) + ", " + reg(Cpu.RCX, size) + ", " + reg(RDX, size));
        }
    }

    private void adxMovbeSpecs() {
        for (String op : new String[] {"adcx", "adox"}) {
            for (int size : new int[] {4, 8}) {
                spec(op + " " + reg(RDX, size) + ", " + reg(RBX, size));
                spec(op + " " + reg(9, size) + ", " + reg(14, size));
                spec(op + " " + reg(RBX, size) + ", " + reg(RBX, size));
                spec(op + " " + reg(RSI, size) + ", " + mem(size));
            }
        }
        for (int size : new int[] {2, 4, 8}) {
            spec("movbe " + reg(RDX, size) + ", " + mem(size));
            spec("movbe " + reg(10, size) + ", " + mem(size));
            spec("movbe " + mem(size) + ", " + reg(RSI, size));
            spec("movbe " + mem(size) + ", " + reg(13, size));
        }
    }

    @Test
    void bitManipulationMatchesTheHostCpu() throws Exception {
        assumeTrue(AluOracle.available(), "needs x86-64 Linux with nasm and ld");
        countSpecs();
        bmiSpecs();
        adxMovbeSpecs();
        AluOracle.Report r = AluOracle.check(specs, flagMasks, "ring3-bmi-oracle");
        assertTrue(r.failures.isEmpty(), r.failedCases + " mismatches in " + r.compared + " cases, for example:\n"
                + String.join("\n", r.failures));
        assertTrue(r.compared > 10_000, "only " + r.compared + " cases compared");
    }
}
