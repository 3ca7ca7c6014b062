package dev.ring3.jit;

import static dev.ring3.jit.RandomPrograms.concat;
import static dev.ring3.jit.RandomPrograms.modrm;
import static dev.ring3.jit.RandomPrograms.reg;
import static dev.ring3.jit.RandomPrograms.rex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.GuestExit;
import dev.ring3.interp.Interpreter;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Co-simulation of the instructions without emitters that CPUID advertises beyond x86-64-v2
 * (LZCNT/TZCNT, BMI1, BMI2, ADX, MOVBE), mixed with emitted flag producers and consumers (ALU,
 * shifts, ADC, SETcc, CMOVcc, Jcc) so that pending flags cross the calls into their semantics:
 * random loops run by the interpreter and by translate-everything must end in the same
 * registers, flags and memory.
 */
class BmiCoSimulationTest {
    static IntStream seeds() {
        return IntStream.range(0, 150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void translatedMatchesInterpreter(int seed) {
        Random r = new Random(seed * 7919L + 1);
        String code = program(r);
        long[] regs = new long[16];
        byte[] data = new byte[256];
        for (int n = 0; n < 16; n++) {
            int k = r.nextInt(5);
            regs[n] = k == 0 ? r.nextInt(80) : k == 1 ? 0 : k == 2 ? r.nextLong() >>> r.nextInt(64) : r.nextLong();
        }
        r.nextBytes(data);
        String wantState;
        byte[] wantData;
        try (Guest ref = prepare(code, regs, data)) {
            // Every instruction must be valid and reach the final SYSCALL: no #UD ends it early.
            RuntimeException end = ref.run(new Interpreter());
            assertEquals(GuestExit.class, end.getClass(), end + " at " + Long.toHexString(ref.cpu.rip) + " in " + code);
            wantState = ref.state();
            wantData = ref.data();
        }
        try (Guest g = prepare(code, regs, data)) {
            assertEquals(GuestExit.class, g.run(new JitEngine(JitEngine.Mode.ALL)).getClass(), code);
            assertEquals(wantState, g.state(), code);
            assertArrayEquals(wantData, g.data(), code);
        }
    }

    private static Guest prepare(String code, long[] regs, byte[] data) {
        Guest g = new Guest();
        g.code(code);
        for (int n = 0; n < 16; n++) {
            if (n != Cpu.RSP) {
                g.cpu.r[n] = regs[n];
            }
        }
        g.cpu.r[Cpu.RBX] = Guest.DATA;
        g.mem.poke(Guest.DATA, data, 0, data.length);
        return g;
    }

    /** mov r15d,3; L: [random instructions, some behind a Jcc]; dec r15d; jnz L; syscall */
    private static String program(Random r) {
        ByteArrayOutputStream loop = new ByteArrayOutputStream();
        int n = 6 + r.nextInt(16);
        byte[] next = instruction(r);
        for (int i = 0; i < n; i++) {
            byte[] cur = next;
            next = instruction(r);
            loop.writeBytes(cur);
            if (r.nextInt(5) == 0) {
                loop.writeBytes(new byte[] {(byte) (0x70 + r.nextInt(16)), (byte) next.length});
            }
        }
        loop.writeBytes(next);
        String hex = RandomPrograms.loop(loop.toByteArray());
        return hex != null ? hex : program(r);
    }

    /** A three-byte VEX prefix: R and B from the register numbers, map, W, vvvv, L = 0, pp. */
    private static byte[] vex(int reg, int rm, int map, boolean w, int vvvv, int pp) {
        return new byte[] {(byte) 0xC4, (byte) ((~reg & 8) << 4 | 0x40 | (~rm & 8) << 2 | map),
            (byte) ((w ? 0x80 : 0) | (~vvvv & 15) << 3 | pp)};
    }

    private static byte[] instruction(Random r) {
        boolean w = r.nextBoolean();
        int a = reg(r), b = reg(r), c = reg(r);
        boolean mem = r.nextInt(4) == 0;
        int rm = mem ? Cpu.RBX : c;
        byte[] body = mem ? new byte[] {modrm(1, a, Cpu.RBX), (byte) (r.nextInt(16) * 8)} : new byte[] {modrm(3, a, c)};
        switch (r.nextInt(14)) {
            case 0: case 1: { // emitted flag producers: ALU register forms, SHL/SHR/SAR by Ib
                if (r.nextBoolean()) {
                    int op = new int[] {0x01, 0x09, 0x21, 0x29, 0x31, 0x39, 0x85}[r.nextInt(7)];
                    return new byte[] {rex(w, b, a), (byte) op, modrm(3, b, a)};
                }
                return new byte[] {rex(w, 0, a), (byte) 0xC1, modrm(3, new int[] {4, 5, 7}[r.nextInt(3)], a),
                    (byte) (1 + r.nextInt(40))};
            }
            case 2: // flag consumers: ADC, SETcc, CMOVcc
                switch (r.nextInt(3)) {
                    case 0: return new byte[] {rex(w, b, a), 0x11, modrm(3, b, a)};
                    case 1: return new byte[] {rex(false, 0, a), 0x0F, (byte) (0x90 + r.nextInt(16)), modrm(3, 0, a)};
                    default: return new byte[] {rex(w, a, b), 0x0F, (byte) (0x40 + r.nextInt(16)), modrm(3, a, b)};
                }
            case 3: // LZCNT / TZCNT, 16, 32 or 64 bits
                return concat(r.nextBoolean() ? new byte[] {0x66} : new byte[0],
                        new byte[] {(byte) 0xF3, rex(w, a, rm), 0x0F, (byte) (0xBC + r.nextInt(2))}, body);
            case 4: // ADCX / ADOX
                return concat(new byte[] {(byte) (r.nextBoolean() ? 0x66 : 0xF3), rex(w, a, rm), 0x0F, 0x38, (byte) 0xF6},
                        body);
            case 5: { // MOVBE load or store (memory only), 16, 32 or 64 bits
                byte[] mb = {modrm(1, a, Cpu.RBX), (byte) (r.nextInt(16) * 8)};
                return concat(r.nextBoolean() ? new byte[] {0x66} : new byte[0],
                        new byte[] {rex(w, a, Cpu.RBX), 0x0F, 0x38, (byte) (0xF0 + r.nextInt(2))}, mb);
            }
            case 6: // ANDN G,B,E
                return concat(vex(a, rm, 2, w, b, 0), new byte[] {(byte) 0xF2}, body);
            case 7: // BEXTR / BZHI G,E,B
                return concat(vex(a, rm, 2, w, b, 0), new byte[] {(byte) (r.nextBoolean() ? 0xF7 : 0xF5)}, body);
            case 8: { // BLSR / BLSMSK / BLSI B,E
                byte[] gb = mem ? new byte[] {modrm(1, 1 + r.nextInt(3), Cpu.RBX), (byte) (r.nextInt(16) * 8)}
                        : new byte[] {modrm(3, 1 + r.nextInt(3), c)};
                return concat(vex(0, rm, 2, w, b, 0), new byte[] {(byte) 0xF3}, gb);
            }
            case 9: // MULX G,B,E (rDX implicit)
                return concat(vex(a, rm, 2, w, b, 3), new byte[] {(byte) 0xF6}, body);
            case 10: // PDEP (F2) / PEXT (F3) G,B,E
                return concat(vex(a, rm, 2, w, b, r.nextBoolean() ? 3 : 2), new byte[] {(byte) 0xF5}, body);
            case 11: // SHLX (66) / SARX (F3) / SHRX (F2) G,E,B
                return concat(vex(a, rm, 2, w, b, 1 + r.nextInt(3)), new byte[] {(byte) 0xF7}, body);
            case 12: // RORX G,E,Ib
                return concat(vex(a, rm, 3, w, 0, 3), new byte[] {(byte) 0xF0}, body, new byte[] {(byte) r.nextInt(256)});
            default: // a compare to feed the Jcc that may follow
                return new byte[] {rex(w, b, a), 0x39, modrm(3, b, a)};
        }
    }
}
