package dev.ring3.jit;

import static dev.ring3.jit.RandomPrograms.concat;
import static dev.ring3.jit.RandomPrograms.modrm;
import static dev.ring3.jit.RandomPrograms.reg;
import static dev.ring3.jit.RandomPrograms.rex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Interpreter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Co-simulation over generated code: random sequences of integer instructions (ALU register,
 * immediate and memory forms at every size, ADC/SBB, INC/DEC/NEG/NOT, MOV, LEA, PUSH/POP, SETcc,
 * CMOVcc, shifts and rotates, SHLD/SHRD, IMUL/MUL and DIV/IDIV at every size, XCHG/XADD/CMPXCHG
 * and LOCK read-modify-write forms, BSF/BSR, BT/BTS/BTR/BTC, POPCNT/TZCNT/LZCNT, LAHF/SAHF,
 * CLC/STC/CMC, CWDE/CDQ, BSWAP, SSE moves, logic, integer lanes and floating point, short forward
 * Jcc; the SSE ones include unpacks, packs, SHUFPS, byte shifts and half-register moves) inside a three-iteration loop, run from the same
 * random entry state (XMM values normal, zero, denormal, infinite, NaN; MXCSR default or not) by
 * the interpreter and by translate-everything; registers, RIP, materialised flags, the retired
 * count, XMM, MXCSR and data memory must agree.
 */
class CoSimulationTest {
    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void translatedMatchesInterpreter(int seed) {
        check(seed, program(new Random(seed), false));
    }

    /** Mostly SSE: every floating-point fast path against the exact one, bit for bit. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void translatedSseMatchesInterpreter(int seed) {
        check(seed, program(new Random(seed), true));
    }

    /**
     * REP MOVS and REP STOS (every size, REP or REPNE, forwards and backwards, now and then with
     * 32-bit addresses) among the integer instructions: overlapping copies, RCX = 0, and strings
     * that run off either end of the data into unmapped pages, where the fault must leave RCX,
     * RSI and RDI alike.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void translatedStringsMatchInterpreter(int seed) {
        Random r = new Random(seed);
        String code = null;
        while (code == null) {
            List<byte[]> body = new ArrayList<>();
            int n = 2 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                body.add(r.nextBoolean() ? repString(r) : instruction(r));
            }
            code = RandomPrograms.loop(concat(body.toArray(new byte[0][])));
        }
        check(seed, code);
    }

    /**
     * lea rdi/rsi,[rbx+d] (d in the data, or near the end of the mapped data); mov ecx,n; STD or
     * CLD; REP MOVS/STOS of 1, 2, 4 or 8 bytes; CLD.
     */
    private static byte[] repString(Random r) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int end = (int) (Guest.DATA_PAGES * 4096);
        for (int reg : new int[] {7, 6}) { // RDI, RSI: lea r,[rbx+disp32]
            int d = r.nextInt(8) == 0 ? end - r.nextInt(64) : r.nextInt(256);
            b.writeBytes(new byte[] {0x48, (byte) 0x8D, modrm(2, reg, 3), (byte) d, (byte) (d >> 8), (byte) (d >> 16), 0});
        }
        int count = r.nextInt(6) == 0 ? 0 : r.nextInt(48);
        b.writeBytes(new byte[] {(byte) 0xB9, (byte) count, 0, 0, 0});
        b.write(r.nextInt(4) == 0 ? 0xFD : 0xFC);
        int size = new int[] {1, 2, 4, 8}[r.nextInt(4)];
        if (size == 2) {
            b.write(0x66);
        }
        if (r.nextInt(10) == 0) {
            b.write(0x67);
        }
        b.write(r.nextInt(5) == 0 ? 0xF2 : 0xF3);
        if (size == 8) {
            b.write(0x48);
        }
        b.write((r.nextBoolean() ? 0xA4 : 0xAA) + (size == 1 ? 0 : 1));
        b.write(0xFC);
        return b.toByteArray();
    }

    private static void check(int seed, String code) {
        long[] regs = new long[16];
        byte[] data = new byte[256];
        Random r = new Random(~seed);
        for (int n = 0; n < 16; n++) {
            regs[n] = r.nextInt(4) == 0 ? r.nextInt(16) : r.nextLong();
        }
        r.nextBytes(data);
        long[] xmm = new long[32];
        for (int n = 0; n < 32; n++) {
            xmm[n] = xmmValue(r);
        }
        for (int k = 0; k < data.length; k += 8) {
            if (r.nextBoolean()) {
                long x = xmmValue(r);
                for (int j = 0; j < 8; j++) {
                    data[k + j] = (byte) (x >>> (8 * j));
                }
            }
        }
        // MXCSR: the default, with PE already set (the fast path), or other states (exact path).
        int[] mxcsrs = {0x1F80, 0x1FA0, 0x1FA0, 0x1FA0, 0x5FA0, 0x1FE0, 0x9FA0, 0x1DA0};
        int mxcsr = mxcsrs[r.nextInt(mxcsrs.length)];
        String wantState;
        byte[] wantData;
        String wantEnd;
        try (Guest ref = prepare(code, regs, data, xmm, mxcsr)) {
            wantEnd = ref.run(new Interpreter()).getClass().getSimpleName();
            wantState = ref.state();
            wantData = ref.data();
        }
        // Plain, and compiled for the profiler (its probes must change nothing the guest sees).
        for (JitEngine engine : new JitEngine[] {new JitEngine(JitEngine.Mode.ALL),
                new JitEngine(JitEngine.Config.of(JitEngine.Mode.ALL), new CountingObserver())}) {
            try (Guest g = prepare(code, regs, data, xmm, mxcsr)) {
                String end = g.run(engine).getClass().getSimpleName();
                assertEquals(wantEnd, end, code);
                assertEquals(wantState, g.state(), code);
                assertArrayEquals(wantData, g.data(), code);
            }
        }
    }

    private static Guest prepare(String code, long[] regs, byte[] data, long[] xmm, int mxcsr) {
        Guest g = new Guest();
        System.arraycopy(xmm, 0, g.cpu.xmm, 0, 32);
        g.cpu.mxcsr = mxcsr;
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
    static String program(Random r, boolean sse) {
        List<byte[]> body = new ArrayList<>();
        int n = 4 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            body.add(sse && r.nextInt(5) != 0 ? sse(r) : instruction(r));
        }
        ByteArrayOutputStream loop = new ByteArrayOutputStream();
        for (int i = 0; i < body.size(); i++) {
            loop.writeBytes(body.get(i));
            if (i + 1 < body.size() && r.nextInt(6) == 0) {
                loop.writeBytes(new byte[] {(byte) (0x70 + r.nextInt(16)), (byte) body.get(i + 1).length});
            }
        }
        String hex = RandomPrograms.loop(loop.toByteArray());
        return hex != null ? hex : program(r, sse);
    }

    private static byte[] instruction(Random r) {
        switch (r.nextInt(6)) {
            case 0: return core(r);
            case 1: return sized(r);
            case 2: return bits(r);
            case 3: return mulDiv(r);
            case 4: return atomic(r);
            default: return sse(r);
        }
    }

    /**
     * XCHG with memory, XADD and CMPXCHG (register, memory, LOCK memory; the accumulator now and
     * then loaded with E's value first, so the exchange happens), and LOCK ADD OR AND SUB XOR INC
     * DEC NOT NEG on memory, at every size; often followed by a JE/JNE over an INC.
     */
    private static byte[] atomic(Random r) {
        int a = reg(r), b = reg(r);
        int size = new int[] {1, 2, 4, 8}[r.nextInt(4)];
        byte[] pre = size == 2 ? new byte[] {0x66} : new byte[0];
        int v = size == 1 ? 0 : 1;
        int disp = r.nextInt(31) * 8 + r.nextInt(8);
        byte rexM = rex(size == 8, b, 3), rexR = rex(size == 8, b, a);
        byte[] lock = r.nextInt(3) != 0 ? new byte[] {(byte) 0xF0} : new byte[0];
        byte[] insn;
        switch (r.nextInt(5)) {
            case 0: // XCHG with memory
                insn = concat(pre, new byte[] {rexM, (byte) (0x86 + v), modrm(1, b, 3), (byte) disp});
                break;
            case 1: // XADD register or memory
                insn = r.nextBoolean() ? concat(pre, new byte[] {rexR, 0x0F, (byte) (0xC0 + v), modrm(3, b, a)})
                        : concat(lock, pre, new byte[] {rexM, 0x0F, (byte) (0xC0 + v), modrm(1, b, 3), (byte) disp});
                break;
            case 2: { // CMPXCHG register or memory, the accumulator = E first now and then
                boolean mem = r.nextBoolean();
                byte[] equal = !r.nextBoolean() ? new byte[0]
                        : mem ? new byte[] {0x48, (byte) 0x8B, modrm(1, 0, 3), (byte) disp}
                        : new byte[] {rex(true, a, 0), (byte) 0x89, modrm(3, a, 0)};
                insn = concat(equal, mem
                        ? concat(lock, pre, new byte[] {rexM, 0x0F, (byte) (0xB0 + v), modrm(1, b, 3), (byte) disp})
                        : concat(pre, new byte[] {rexR, 0x0F, (byte) (0xB0 + v), modrm(3, b, a)}));
                break;
            }
            case 3: { // LOCK ALU E,G / E,Ib
                int k = new int[] {0, 1, 4, 5, 6}[r.nextInt(5)];
                insn = r.nextBoolean() ? concat(lock, pre, new byte[] {rexM, (byte) (8 * k + v), modrm(1, b, 3), (byte) disp})
                        : concat(lock, pre, new byte[] {rexM, (byte) (size == 1 ? 0x80 : 0x83), modrm(1, k, 3), (byte) disp,
                            (byte) r.nextInt()});
                break;
            }
            default: { // LOCK INC DEC NOT NEG
                int d = r.nextInt(4);
                insn = concat(lock, pre, new byte[] {rexM, (byte) ((d < 2 ? 0xFE : 0xF6) + v), modrm(1, d, 3),
                    (byte) disp});
                break;
            }
        }
        if (r.nextBoolean()) {
            byte[] incA = {rex(true, 0, a), (byte) 0xFF, modrm(3, 0, a)};
            return concat(insn, new byte[] {(byte) (0x74 + r.nextInt(2)), (byte) incA.length}, incA);
        }
        return insn;
    }

    /**
     * MUL IMUL DIV IDIV Eb and Ew (and Ed, Eq), register (AH..BH too) or memory; a division is
     * mostly set up so its quotient fits (MOVZX/CBW/CWD/CDQ/CQO or a zeroed rDX), now and then
     * not (#DE, precise, must end both runs alike).
     */
    private static byte[] mulDiv(Random r) {
        int size = new int[] {1, 1, 2, 2, 4, 8}[r.nextInt(6)];
        byte[] pre = size == 2 ? new byte[] {0x66} : new byte[0];
        int rexW = size == 8 ? 0x48 : 0x40;
        int d = 4 + r.nextInt(4); // MUL IMUL DIV IDIV
        int b = reg(r);
        while (b == Cpu.RAX || b == Cpu.RDX) {
            b = reg(r);
        }
        byte[] operand;
        if (r.nextInt(3) == 0) {
            operand = concat(pre, new byte[] {(byte) rexW, (byte) (size == 1 ? 0xF6 : 0xF7), modrm(1, d, 3),
                (byte) (r.nextInt(31) * 8)});
        } else if (size == 1 && r.nextBoolean()) { // no REX: CL, DL, AH, CH, DH, BH... (not BL/BH: RBX is the data pointer)
            operand = new byte[] {(byte) 0xF6, modrm(3, d, new int[] {1, 2, 4, 5, 6}[r.nextInt(5)])};
        } else {
            operand = concat(pre, new byte[] {(byte) (rexW | (b >> 3)), (byte) (size == 1 ? 0xF6 : 0xF7), modrm(3, d, b)});
        }
        if (d < 6 || r.nextInt(8) == 0) {
            return operand;
        }
        byte[] setup;
        if (size == 1) {
            setup = d == 6 ? new byte[] {0x0F, (byte) 0xB6, (byte) 0xC0} : new byte[] {0x66, (byte) 0x98}; // movzx eax,al / cbw
        } else if (d == 6) {
            setup = new byte[] {0x31, (byte) 0xD2}; // xor edx,edx
        } else {
            setup = concat(pre, new byte[] {(byte) rexW, (byte) 0x99}); // cwd / cdq / cqo
        }
        return concat(setup, operand);
    }

    /**
     * BT BTS BTR BTC by a register or Ib, on a register or memory (the register offset of a memory
     * form is a signed bit displacement, set up just before: mostly inside the data, now and then
     * anywhere), LOCK on memory, at 16, 32 and 64 bits; POPCNT TZCNT LZCNT; LAHF SAHF; CLC STC CMC; each often followed by what
     * reads CF: JC/JNC over an INC, SETC/SETNC, CMOVC/CMOVNC, ADC.
     */
    private static byte[] bits(Random r) {
        int a = reg(r), b = reg(r);
        while (b == a) {
            b = reg(r);
        }
        int kind = r.nextInt(3); // 16, 32, 64 bits
        byte[] pre = kind == 0 ? new byte[] {0x66} : new byte[0];
        boolean w = kind == 2;
        int op = r.nextInt(4);
        int disp = r.nextInt(32) * 8;
        byte[] insn;
        switch (r.nextInt(8)) {
            case 0: // Ev,Gv register
                insn = concat(pre, new byte[] {rex(w, b, a), 0x0F, (byte) (0xA3 + 8 * op), modrm(3, b, a)});
                break;
            case 1: // Ev,Ib register
                insn = concat(pre, new byte[] {rex(w, 0, a), 0x0F, (byte) 0xBA, modrm(3, 4 + op, a), (byte) r.nextInt()});
                break;
            case 2: { // Ev,Ib memory, LOCK now and then
                byte[] lock = op != 0 && r.nextInt(3) == 0 ? new byte[] {(byte) 0xF0} : new byte[0];
                insn = concat(lock, pre, new byte[] {rex(w, 0, 3), 0x0F, (byte) 0xBA, modrm(1, 4 + op, 3), (byte) disp,
                    (byte) r.nextInt()});
                break;
            }
            case 3: { // mov b, offset (sign-extended imm32); Ev,Gv memory, LOCK now and then
                int off = r.nextInt(20) == 0 ? r.nextInt() : r.nextInt(1800) - disp * 8;
                byte[] lock = op != 0 && r.nextInt(3) == 0 ? new byte[] {(byte) 0xF0} : new byte[0];
                insn = concat(new byte[] {rex(true, 0, b), (byte) 0xC7, modrm(3, 0, b), (byte) off, (byte) (off >> 8),
                    (byte) (off >> 16), (byte) (off >> 24)}, lock, pre,
                    new byte[] {rex(w, b, 3), 0x0F, (byte) (0xA3 + 8 * op), modrm(1, b, 3), (byte) disp});
                break;
            }
            case 4: { // POPCNT TZCNT LZCNT register or memory (a zero source now and then)
                int opc = new int[] {0xB8, 0xBC, 0xBD}[r.nextInt(3)];
                byte[] zero = r.nextInt(4) == 0 ? new byte[] {0x31, (byte) (0xC0 | (b & 7) << 3 | (b & 7))} : new byte[0];
                if (b >= 8 && zero.length > 0) {
                    zero = new byte[] {0x45, 0x31, (byte) (0xC0 | (b & 7) << 3 | (b & 7))};
                }
                insn = r.nextBoolean()
                        ? concat(zero, pre, new byte[] {(byte) 0xF3, rex(w, a, b), 0x0F, (byte) opc, modrm(3, a, b)})
                        : concat(pre, new byte[] {(byte) 0xF3, rex(w, a, 3), 0x0F, (byte) opc, modrm(1, a, 3), (byte) disp});
                break;
            }
            case 5: // LAHF, SAHF (after loading AH now and then)
                insn = r.nextBoolean() ? new byte[] {(byte) 0x9F}
                        : r.nextBoolean() ? new byte[] {(byte) 0x9E} : new byte[] {(byte) 0xB4, (byte) r.nextInt(), (byte) 0x9E};
                break;
            default: // CLC STC CMC
                insn = new byte[] {(byte) new int[] {0xF8, 0xF9, 0xF5}[r.nextInt(3)]};
                break;
        }
        byte[] incA = {rex(true, 0, a), (byte) 0xFF, modrm(3, 0, a)};
        switch (r.nextInt(6)) {
            case 0: case 1: // JC / JNC over an INC
                return concat(insn, new byte[] {(byte) (0x72 + r.nextInt(2)), (byte) incA.length}, incA);
            case 2: // SETC / SETNC
                return concat(insn, new byte[] {rex(false, 0, a), 0x0F, (byte) (0x92 + r.nextInt(2)), modrm(3, 0, a)});
            case 3: // CMOVC / CMOVNC
                return concat(insn, pre, new byte[] {rex(w, a, b), 0x0F, (byte) (0x42 + r.nextInt(2)), modrm(3, a, b)});
            case 4: // ADC
                return concat(insn, new byte[] {rex(w, b, a), 0x11, modrm(3, b, a)});
            default:
                return insn;
        }
    }

    /** Legacy prefix (or none), REX, 0F, the opcode, then the rest. */
    private static byte[] sseOp(int prefix, boolean w, int reg, int rm, int op, byte... rest) {
        byte[] head = prefix == 0 ? new byte[0] : new byte[] {(byte) prefix};
        return concat(head, new byte[] {rex(w, reg, rm), 0x0F, (byte) op}, rest);
    }

    /**
     * SSE forms with emitters: moves, logic, packed-integer lanes, shifts by Ib, unpacks, PSHUFD,
     * PALIGNR, sign
     * masks, scalar and packed arithmetic, SQRT, MIN/MAX, COMIS/UCOMIS, the scalar conversions;
     * register or m128 at [rbx + 16k] (now and then misaligned, which must fault alike).
     */
    private static byte[] sse(Random r) {
        int v = r.nextInt(16), w = r.nextInt(16);
        boolean mem = r.nextInt(3) == 0;
        int disp = r.nextInt(8) * 16 + (r.nextInt(40) == 0 ? 8 : 0);
        int[][] ops = {
            {0, 0x10}, {0, 0x11}, {0, 0x28}, {0, 0x29}, {0x66, 0x10}, {0x66, 0x11}, {0x66, 0x28}, {0x66, 0x29},
            {0x66, 0x6F}, {0xF3, 0x6F}, {0x66, 0x7F}, {0xF3, 0x7F}, {0xF2, 0x10}, {0xF2, 0x11}, {0xF3, 0x10},
            {0xF3, 0x11}, {0xF3, 0x7E}, {0x66, 0xD6},
            {0x66, 0xDB}, {0x66, 0xDF}, {0x66, 0xEB}, {0x66, 0xEF}, {0, 0x54}, {0, 0x55}, {0, 0x56}, {0, 0x57},
            {0x66, 0x54}, {0x66, 0x57}, {0x66, 0xFC}, {0x66, 0xFD}, {0x66, 0xFE}, {0x66, 0xF8}, {0x66, 0xF9},
            {0x66, 0xFA}, {0x66, 0x74}, {0x66, 0x75}, {0x66, 0x76}, {0x66, 0x64}, {0x66, 0x65}, {0x66, 0x66},
            {0x66, 0xDA}, {0x66, 0xDE}, {0x66, 0xEA}, {0x66, 0xEE}, {0x66, 0xD5}, {0x66, 0xF4},
            {0x66, 0x14}, {0x66, 0x15}, {0x66, 0x6C}, {0x66, 0x6D}, {0x66, 0x60}, {0x66, 0x61},
            {0xF2, 0x58}, {0xF2, 0x59}, {0xF2, 0x5C}, {0xF2, 0x5E}, {0xF2, 0x51}, {0x66, 0x58}, {0x66, 0x59},
            {0x66, 0x5C}, {0x66, 0x5E}, {0x66, 0x51}, {0xF3, 0x58}, {0xF3, 0x59}, {0xF3, 0x5C}, {0xF3, 0x5E},
            {0, 0x58}, {0, 0x59}, {0, 0x5C}, {0, 0x5E}, {0x66, 0x2E}, {0x66, 0x2F}, {0, 0x2E}, {0, 0x2F},
            {0xF2, 0x58}, {0xF2, 0x59}, {0x66, 0x59}, {0x66, 0x58}, {0x66, 0x2E},
            {0xF2, 0x5D}, {0xF2, 0x5F}, {0x66, 0x5D}, {0x66, 0x5F}, {0xF3, 0x5D}, {0xF3, 0x5F}, {0, 0x5D},
            {0, 0x5F}, {0xF3, 0x51}, {0, 0x51}, {0xF3, 0x5A}, {0xF2, 0x5A},
            // unpacks, packs, PADDQ/PSUBQ, MOVLPS/MOVHPS loads (MOVHLPS/MOVLHPS as registers)
            {0x66, 0x68}, {0x66, 0x69}, {0x66, 0x6A}, {0x66, 0x62}, {0, 0x14}, {0, 0x15}, {0x66, 0x63},
            {0x66, 0x67}, {0x66, 0x6B}, {0x66, 0xD4}, {0x66, 0xFB}, {0, 0x12}, {0, 0x16},
        };
        switch (r.nextInt(10)) {
            case 9: { // PSHUFD Vx,Wx,Ib; PALIGNR Vx,Wx,Ib (66 0F 3A 0F), any count up to past 32 bytes; SHUFPS
                byte imm = (byte) r.nextInt(256);
                int which = r.nextInt(3);
                byte[] m = mem ? new byte[] {modrm(1, v, 3), (byte) disp} : new byte[] {modrm(3, v, w)};
                byte[] tail = concat(m, new byte[] {imm});
                return which == 0 ? sseOp(0x66, false, v, mem ? 3 : w, 0x3A, concat(new byte[] {0x0F}, tail))
                        : which == 1 ? sseOp(0x66, false, v, mem ? 3 : w, 0x70, tail) : sseOp(0, false, v, mem ? 3 : w, 0xC6, tail);
            }
            case 8: { // MOVLPS/MOVLPD/MOVHPS/MOVHPD Mq,Vq: stores, any 8-byte offset
                int[][] stores = {{0, 0x13}, {0x66, 0x13}, {0, 0x17}, {0x66, 0x17}};
                int[] o = stores[r.nextInt(stores.length)];
                return sseOp(o[0], false, v, 3, o[1], modrm(1, v, 3), (byte) (r.nextInt(16) * 8));
            }
            case 0: { // MOVD/MOVQ between XMM and a general register
                int g = reg(r);
                return sseOp(0x66, r.nextBoolean(), v, g, r.nextBoolean() ? 0x6E : 0x7E, modrm(3, v, g));
            }
            case 1: { // PMOVMSKB, MOVMSKPD
                int g = reg(r);
                return sseOp(0x66, false, g, w, r.nextBoolean() ? 0xD7 : 0x50, modrm(3, g, w));
            }
            case 3: { // CVTSI2SD/SS Vx,Ey; CVT(T)SD2SI/SS2SI Gy,Wx (32 or 64 bits)
                int g = reg(r), prefix = r.nextBoolean() ? 0xF2 : 0xF3;
                boolean wide = r.nextBoolean();
                if (r.nextInt(3) == 0) {
                    return mem ? sseOp(prefix, wide, v, 3, 0x2A, modrm(1, v, 3), (byte) disp)
                            : sseOp(prefix, wide, v, g, 0x2A, modrm(3, v, g));
                }
                int op = r.nextBoolean() ? 0x2C : 0x2D;
                return mem ? sseOp(prefix, wide, g, 3, op, modrm(1, g, 3), (byte) disp)
                        : sseOp(prefix, wide, g, w, op, modrm(3, g, w));
            }
            case 2: { // shifts by Ib: 71/72 /2 /4 /6, 73 /2 /6 and the byte shifts PSRLDQ /3, PSLLDQ /7
                int op = 0x71 + r.nextInt(3);
                int d = op == 0x73 ? new int[] {2, 6, 3, 7}[r.nextInt(4)] : new int[] {2, 4, 6}[r.nextInt(3)];
                return sseOp(0x66, false, 0, w, op, modrm(3, d, w), (byte) (r.nextInt(5) == 0 ? r.nextInt(256) : r.nextInt(33)));
            }
            default: {
                int[] o = ops[r.nextInt(ops.length)];
                return mem ? sseOp(o[0], false, v, 3, o[1], modrm(1, v, 3), (byte) disp)
                        : sseOp(o[0], false, v, w, o[1], modrm(3, v, w));
            }
        }
    }

    /** An interesting XMM half: doubles or float pairs, normal, zero, denormal, infinite, NaN. */
    static long xmmValue(Random r) {
        switch (r.nextInt(10)) {
            case 0: return r.nextLong();
            case 1: return Double.doubleToRawLongBits(r.nextInt(2000) - 1000);
            case 6: { // near the integer conversions' limits, and halves (round to even)
                double[] edge = {0x1p31, -0x1p31, 0x1p31 - 0.5, -0x1p31 - 0.5, -0x1p31 - 1, 0x1p63, -0x1p63, 0x1p62 * 3, 2.5, -3.5};
                double x = edge[r.nextInt(edge.length)];
                return r.nextBoolean() ? Double.doubleToRawLongBits(x)
                        : (Float.floatToRawIntBits((float) x) & 0xFFFFFFFFL) | (long) Float.floatToRawIntBits(r.nextInt(9) - 4.5f) << 32;
            }
            case 2: return r.nextBoolean() ? 0 : Long.MIN_VALUE;
            case 3: return r.nextLong() & 0x800FFFFFFFFFFFFFL;                            // denormal or zero
            case 4: return (r.nextBoolean() ? 0x7FF0000000000000L : 0xFFF0000000000000L)
                    | (r.nextBoolean() ? 0 : r.nextLong() & 0xFFFFFFFFFFFFFL);             // infinity or NaN
            case 5: { // two floats
                float a = (float) (r.nextGaussian() * 100), b = (float) (r.nextGaussian() * 1e-3);
                return (Float.floatToRawIntBits(a) & 0xFFFFFFFFL) | (long) Float.floatToRawIntBits(b) << 32;
            }
            default: return Double.doubleToRawLongBits(r.nextGaussian() * Math.pow(10, r.nextInt(20) - 10));
        }
    }

    /** An 8-bit register operand: AL CL DL AH CH DH without REX (never BL/BH: RBX is the data pointer). */
    private static int byteReg(Random r) {
        return new int[] {0, 1, 2, 4, 5, 6}[r.nextInt(6)];
    }

    /**
     * The forms with their own emitters beyond the core: 8- and 16-bit ALU and MOV (AH..BH too),
     * NEG/NOT, shifts and rotates by Ib/1/CL, SHLD/SHRD, IMUL/MUL, CMOVcc with memory, BSF/BSR, XCHG,
     * CWDE/CDQ, BSWAP, hint NOPs.
     */
    private static byte[] sized(Random r) {
        int a = reg(r), b = reg(r);
        int disp = r.nextInt(31) * 8 + r.nextInt(8);
        // An operand size: 1 (no REX, AH..BH possible), 1 with REX, 2 (66), 4, 8.
        int kind = r.nextInt(5);
        boolean byteOp = kind <= 1;
        byte[] pre = kind == 2 ? new byte[] {0x66} : new byte[0];
        boolean w = kind == 4;
        int ra = byteOp && kind == 0 ? byteReg(r) : a, rb = byteOp && kind == 0 ? byteReg(r) : b;
        byte[] rex = kind == 0 ? new byte[0] : new byte[] {rex(w, rb, ra)};
        byte[] rexM = kind == 0 ? new byte[0] : new byte[] {rex(w, rb, 3)};
        int v = byteOp ? 0 : 1;
        switch (r.nextInt(16)) {
            case 0: { // ALU E,G / G,E register, all eight and TEST
                int op = new int[] {0x00, 0x08, 0x10, 0x18, 0x20, 0x28, 0x30, 0x38, 0x84, 0x02, 0x2A, 0x3A}[r.nextInt(12)];
                return concat(pre, rex, new byte[] {(byte) (op + v), modrm(3, rb, ra)});
            }
            case 1: { // ALU E,G / G,E memory
                int op = new int[] {0x00, 0x08, 0x10, 0x18, 0x20, 0x28, 0x30, 0x38, 0x84, 0x02, 0x2A, 0x3A}[r.nextInt(12)];
                return concat(pre, rexM, new byte[] {(byte) (op + v), modrm(1, rb, 3), (byte) disp});
            }
            case 2: // ALU E,Ib (80 / 83) register or memory
                return r.nextBoolean()
                        ? concat(pre, rex, new byte[] {(byte) (byteOp ? 0x80 : 0x83), modrm(3, r.nextInt(8), ra), (byte) r.nextInt()})
                        : concat(pre, rexM, new byte[] {(byte) (byteOp ? 0x80 : 0x83), modrm(1, r.nextInt(8), 3), (byte) disp,
                            (byte) r.nextInt()});
            case 3: // ALU AL,Ib / TEST AL,Ib / eAX,Iz
                if (byteOp) {
                    return new byte[] {(byte) (r.nextInt(9) == 8 ? 0xA8 : 0x04 + 8 * r.nextInt(8)), (byte) r.nextInt()};
                }
                return concat(pre, new byte[] {rex(w, 0, 0), (byte) (0x05 + 8 * r.nextInt(8))},
                        kind == 2 ? new byte[] {(byte) r.nextInt(), (byte) r.nextInt()}
                                : new byte[] {(byte) r.nextInt(), (byte) r.nextInt(), (byte) r.nextInt(), (byte) r.nextInt()});
            case 4: // INC DEC NOT NEG / TEST Ib, register or memory
                if (r.nextBoolean()) {
                    int d = r.nextInt(4);
                    return d < 2 ? concat(pre, rex, new byte[] {(byte) (0xFE + v), modrm(3, d, ra)})
                            : concat(pre, rex, new byte[] {(byte) (0xF6 + v), modrm(3, d, ra)});
                }
                return concat(pre, rexM, new byte[] {(byte) (0xF6 + v), modrm(1, 2 + r.nextInt(2), 3), (byte) disp});
            case 5: case 6: { // shifts and rotates by Ib, 1, CL; register or memory
                int d = new int[] {0, 1, 4, 5, 6, 7}[r.nextInt(6)];
                int how = r.nextInt(3);
                int op = (how == 0 ? 0xC0 : how == 1 ? 0xD0 : 0xD2) + v;
                byte[] imm = how == 0 ? new byte[] {(byte) r.nextInt(70)} : new byte[0];
                return r.nextInt(4) != 0 ? concat(pre, rex, new byte[] {(byte) op, modrm(3, d, ra)}, imm)
                        : concat(pre, rexM, new byte[] {(byte) op, modrm(1, d, 3), (byte) disp}, imm);
            }
            case 7: // MOV E,G / G,E / E,Ib / Zb,Ib register; memory
                switch (r.nextInt(5)) {
                    case 0: return concat(pre, rex, new byte[] {(byte) (0x88 + v + 2 * r.nextInt(2)), modrm(3, rb, ra)});
                    case 1: return concat(pre, rexM, new byte[] {(byte) (0x88 + v + 2 * r.nextInt(2)), modrm(1, rb, 3), (byte) disp});
                    case 2: return byteOp ? concat(rex, new byte[] {(byte) (0xB0 + (ra & 7)), (byte) r.nextInt()})
                            : concat(pre, rexM, new byte[] {(byte) 0xC7, modrm(1, 0, 3), (byte) disp, 1, 2},
                                    kind == 2 ? new byte[0] : new byte[] {3, (byte) 0x84});
                    case 3: return concat(rexM, new byte[] {(byte) 0xC6, modrm(1, 0, 3), (byte) disp, (byte) r.nextInt()});
                    default: return concat(pre, rex, new byte[] {(byte) (0x86 + v), modrm(3, rb, ra)}); // XCHG
                }
            case 8: // IMUL Gv,Ev,Iz / Ib, IMUL Gv,Ev memory
                if (byteOp) {
                    return new byte[] {rex(true, a, 3), 0x0F, (byte) 0xAF, modrm(1, a, 3), (byte) disp};
                }
                return r.nextBoolean() ? concat(pre, rex, new byte[] {0x6B, modrm(3, rb, ra), (byte) r.nextInt()})
                        : concat(pre, rex, new byte[] {0x69, modrm(3, rb, ra), (byte) r.nextInt(), (byte) r.nextInt()},
                                kind == 2 ? new byte[0] : new byte[] {(byte) r.nextInt(), (byte) r.nextInt()});
            case 9: // MUL / IMUL Ev (rDX:rAX), 32 and 64 bits
                return new byte[] {rex(r.nextBoolean(), 0, a), (byte) 0xF7, modrm(3, 4 + r.nextInt(2), a)};
            case 10: // CMOVcc with memory, SETcc to memory or a byte register
                if (r.nextBoolean()) {
                    return concat(pre, new byte[] {rex(w, a, 3), 0x0F, (byte) (0x40 + r.nextInt(16)), modrm(1, a, 3), (byte) disp});
                }
                return r.nextBoolean() ? new byte[] {0x0F, (byte) (0x90 + r.nextInt(16)), modrm(3, 0, byteReg(r))}
                        : new byte[] {0x0F, (byte) (0x90 + r.nextInt(16)), modrm(1, 0, 3), (byte) disp};
            case 11: // BSF / BSR
                return concat(byteOp ? new byte[0] : pre, new byte[] {rex(w, a, b), 0x0F, (byte) (0xBC + r.nextInt(2)), modrm(3, a, b)});
            case 12: // CBW/CWDE/CDQE, CWD/CDQ/CQO, XCHG rAX, BSWAP
                switch (r.nextInt(4)) {
                    case 0: return concat(pre, new byte[] {rex(w, 0, 0), (byte) (0x98 + r.nextInt(2))});
                    case 1: return concat(pre, new byte[] {rex(w, 0, a), (byte) (0x90 + (a & 7))});
                    case 2: return new byte[] {rex(w, 0, a), 0x0F, (byte) (0xC8 + (a & 7))};
                    default: return new byte[] {0x66, (byte) 0x90};
                }
            case 13: // hint NOP with memory operand (never accessed)
                return new byte[] {0x0F, 0x1F, modrm(2, 0, 0), 0, 0, 0, 0x7F};
            case 14: { // SHLD/SHRD Ev,Gv by Ib (0..69: masking, 16-bit counts past 16) or CL; register or memory
                int op = 0xA4 + 8 * r.nextInt(2) + r.nextInt(2);
                byte[] imm = (op & 1) == 0 ? new byte[] {(byte) r.nextInt(70)} : new byte[0];
                byte[] p16 = kind == 2 || byteOp && r.nextBoolean() ? new byte[] {0x66} : new byte[0];
                return r.nextInt(4) != 0 ? concat(p16, new byte[] {rex(w, b, a), 0x0F, (byte) op, modrm(3, b, a)}, imm)
                        : concat(p16, new byte[] {rex(w, b, 3), 0x0F, (byte) op, modrm(1, b, 3), (byte) disp}, imm);
            }
            default: { // DIV / IDIV r32/r64 after zeroing, sign-extending or narrowing rDX (or not)
                boolean wide = r.nextBoolean();
                byte[][] setup = {{0x31, (byte) 0xD2}, {rex(wide, 0, 0), (byte) 0x99}, {(byte) 0x83, (byte) 0xE2, 0x0F}, {}};
                int d = b == Cpu.RAX || b == Cpu.RDX ? 1 : b;
                return concat(setup[r.nextInt(4)], new byte[] {rex(wide, 0, d), (byte) 0xF7, modrm(3, 6 + r.nextInt(2), d)});
            }
        }
    }

    private static byte[] core(Random r) {
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
