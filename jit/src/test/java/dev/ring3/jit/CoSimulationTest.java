package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Interpreter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Co-simulation over generated code: random sequences of integer instructions (ALU register,
 * immediate and memory forms, ADC/SBB, INC/DEC, MOV, LEA, PUSH/POP, SETcc, CMOVcc, shifts, IMUL,
 * short forward Jcc) inside a three-iteration loop, run from the same random entry state by the
 * interpreter and by translate-everything; registers, RIP, materialised flags, the retired count
 * and data memory must agree.
 */
class CoSimulationTest {
    /** Registers the generator may write: not RBX (the data pointer), RSP, or R15 (the loop count). */
    private static final int[] REGS = {0, 1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14};

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void translatedMatchesInterpreter(int seed) {
        String code = program(new Random(seed));
        long[] regs = new long[16];
        byte[] data = new byte[256];
        Random r = new Random(~seed);
        for (int n = 0; n < 16; n++) {
            regs[n] = r.nextInt(4) == 0 ? r.nextInt(16) : r.nextLong();
        }
        r.nextBytes(data);
        String wantState;
        byte[] wantData;
        String wantEnd;
        try (Guest ref = prepare(code, regs, data)) {
            wantEnd = ref.run(new Interpreter()).getClass().getSimpleName();
            wantState = ref.state();
            wantData = ref.data();
        }
        try (Guest g = prepare(code, regs, data)) {
            String end = g.run(new JitEngine(JitEngine.Mode.ALL)).getClass().getSimpleName();
            assertEquals(wantEnd, end, code);
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

    /** mov r15d,3; L: [random instructions]; dec r15d; jnz L; syscall */
    static String program(Random r) {
        List<byte[]> body = new ArrayList<>();
        int n = 4 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            body.add(instruction(r));
        }
        ByteArrayOutputStream loop = new ByteArrayOutputStream();
        for (int i = 0; i < body.size(); i++) {
            loop.writeBytes(body.get(i));
            if (i + 1 < body.size() && r.nextInt(6) == 0) {
                loop.writeBytes(new byte[] {(byte) (0x70 + r.nextInt(16)), (byte) body.get(i + 1).length});
            }
        }
        byte[] l = loop.toByteArray();
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.writeBytes(new byte[] {0x41, (byte) 0xBF, 3, 0, 0, 0});
        p.writeBytes(l);
        p.writeBytes(new byte[] {0x41, (byte) 0xFF, (byte) 0xCF}); // dec r15d
        int back = -(l.length + 3 + 2);
        p.writeBytes(new byte[] {0x75, (byte) back});
        p.writeBytes(new byte[] {0x0F, 0x05});
        if (back < -128) {
            return program(r);
        }
        return HexFormat.of().formatHex(p.toByteArray());
    }

    private static int reg(Random r) {
        return REGS[r.nextInt(REGS.length)];
    }

    private static byte rex(boolean w, int reg, int rm) {
        return (byte) (0x40 | (w ? 8 : 0) | ((reg >> 3) << 2) | (rm >> 3));
    }

    private static byte modrm(int mod, int reg, int rm) {
        return (byte) ((mod << 6) | ((reg & 7) << 3) | (rm & 7));
    }

    private static byte[] instruction(Random r) {
        boolean w = r.nextBoolean();
        int a = reg(r), b = reg(r);
        int disp = r.nextInt(31) * 8;
        int[] alu = {0x01, 0x09, 0x11, 0x19, 0x21, 0x29, 0x31, 0x39, 0x85};
        switch (r.nextInt(16)) {
            case 0: case 1: // ALU Ev,Gv register
                return new byte[] {rex(w, b, a), (byte) alu[r.nextInt(alu.length)], modrm(3, b, a)};
            case 2: // ALU Ev,Ib
                return new byte[] {rex(w, 0, a), (byte) 0x83, modrm(3, r.nextInt(8), a), (byte) r.nextInt()};
            case 3: // ALU Gv,Ev with memory
                return new byte[] {rex(w, a, 3), (byte) (alu[r.nextInt(8)] + 2), modrm(1, a, 3), (byte) disp};
            case 4: // ALU Ev,Gv to memory
                return new byte[] {rex(w, a, 3), (byte) alu[r.nextInt(8)], modrm(1, a, 3), (byte) disp};
            case 5: // INC/DEC
                return new byte[] {rex(w, 0, a), (byte) 0xFF, modrm(3, r.nextInt(2), a)};
            case 6: // MOV Gv,Ev / Ev,Gv register
                return new byte[] {rex(w, b, a), (byte) (r.nextBoolean() ? 0x89 : 0x8B), modrm(3, b, a)};
            case 7: // MOV load / store
                return new byte[] {rex(w, a, 3), (byte) (r.nextBoolean() ? 0x89 : 0x8B), modrm(1, a, 3), (byte) disp};
            case 8: // LEA a,[b + a*s + d8]
                return new byte[] {rex(w, a, b) , (byte) 0x8D, modrm(1, a, 4),
                    (byte) ((r.nextInt(4) << 6) | ((a & 7) << 3) | (b & 7)), (byte) r.nextInt()};
            case 9: // PUSH b; POP a
                return new byte[] {rex(false, 0, b), (byte) (0x50 + (b & 7)), rex(false, 0, a), (byte) (0x58 + (a & 7))};
            case 10: // SETcc a8
                return new byte[] {rex(false, 0, a), 0x0F, (byte) (0x90 + r.nextInt(16)), modrm(3, 0, a)};
            case 11: // CMOVcc
                return new byte[] {rex(w, a, b), 0x0F, (byte) (0x40 + r.nextInt(16)), modrm(3, a, b)};
            case 12: // SHL/SHR/SAR Ev,Ib
                return new byte[] {rex(w, 0, a), (byte) 0xC1, modrm(3, new int[] {4, 5, 7}[r.nextInt(3)], a),
                    (byte) r.nextInt(70)};
            case 13: // IMUL Gv,Ev
                return new byte[] {rex(w, a, b), 0x0F, (byte) 0xAF, modrm(3, a, b)};
            case 14: // MOV Ev,Iz / TEST Ev,Iz
                return new byte[] {rex(w, 0, a), (byte) (r.nextBoolean() ? 0xC7 : 0xF7), modrm(3, 0, a),
                    (byte) r.nextInt(), (byte) r.nextInt(), (byte) r.nextInt(), (byte) r.nextInt()};
            default: // MOVZX/MOVSX from memory, MOVSXD
                int op = new int[] {0xB6, 0xB7, 0xBE, 0xBF}[r.nextInt(4)];
                return new byte[] {rex(w, a, 3), 0x0F, (byte) op, modrm(1, a, 3), (byte) disp};
        }
    }
}
