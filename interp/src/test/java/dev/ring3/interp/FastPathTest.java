package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's dispatch over whole blocks: the forms {@link FastPath#forms} chooses from what
 * follows an instruction (rotates whose flags nothing observes, a CMP or TEST fused with its Jcc),
 * and that running the block gives the registers, flags and RIP of running each instruction's own
 * semantics in turn.
 */
class FastPathTest {
    private static final String ROR_EAX_6 = "C1 C8 06", ROL_RDX_13 = "48 C1 C2 0D", ROR_EAX_3 = "C1 C8 03";
    private static final String MOV_ECX_EAX = "89 C1", XOR_EAX_EBX = "31 D8", ADD_EAX_EBX = "01 D8";
    private static final String JC_NEXT = "72 00", STORE_RSP_EAX = "89 04 24", CMP_EAX_EBX = "39 D8";

    @Test
    void rotateFlagsAreDroppedOnlyWhenAllSixAreOverwrittenFirst() {
        int[] f = forms(ROR_EAX_6, ROL_RDX_13, MOV_ECX_EAX, XOR_EAX_EBX);
        assertEquals(FastPath.ROR_NF32, f[0] & 0xFF);
        assertEquals(FastPath.ROL_NF64, f[1] & 0xFF);
        f = forms(ROR_EAX_6, ROR_EAX_3, ADD_EAX_EBX);
        assertEquals(FastPath.ROR_NF32, f[0] & 0xFF);
        assertEquals(FastPath.ROR_NF32, f[1] & 0xFF);
        // Read by a Jcc, seen at the block's end, or by a signal handler if the store faults.
        assertEquals(FastPath.ROT_RI32, forms(ROR_EAX_6, MOV_ECX_EAX, JC_NEXT)[0] & 0xFF);
        assertEquals(FastPath.ROT_RI32, forms(ROR_EAX_6, MOV_ECX_EAX)[0] & 0xFF);
        assertEquals(FastPath.ROT_RI32, forms(ROR_EAX_6, STORE_RSP_EAX, XOR_EAX_EBX)[0] & 0xFF);
        // A rotate that keeps flags reads the older ones.
        f = forms(ROR_EAX_6, ROR_EAX_3);
        assertEquals(FastPath.ROT_RI32, f[0] & 0xFF);
        assertEquals(FastPath.ROT_RI32, f[1] & 0xFF);
    }

    @Test
    void compareBeforeTheClosingJccIsFused() {
        assertEquals(FastPath.CMP_RR32_JCC, forms(MOV_ECX_EAX, CMP_EAX_EBX, JC_NEXT)[1] & 0xFF);
    }

    @Test
    void blocksRunAsTheirInstructionsSemanticsDo() {
        String[][] blocks = {
            {ROR_EAX_6, ROL_RDX_13, MOV_ECX_EAX, XOR_EAX_EBX},
            {ROR_EAX_6, ROR_EAX_3, ADD_EAX_EBX},
            {ROR_EAX_6, MOV_ECX_EAX, JC_NEXT},
            {ROR_EAX_6, ROR_EAX_3},
            {ROR_EAX_6, STORE_RSP_EAX, XOR_EAX_EBX},
            {MOV_ECX_EAX, CMP_EAX_EBX, JC_NEXT},
            {"48 C1 E0 03", "48 C1 EB 3F", "C1 F9 05", "D1 E2", "48 83 C0 80", "83 E3 F0", JC_NEXT}, // shifts, ALU imm
        };
        Random rnd = new Random(7);
        for (String[] code : blocks) {
            for (int n = 0; n < 50; n++) {
                long[] regs = new long[16];
                for (int k = 0; k < 16; k++) {
                    regs[k] = n % 5 == 0 ? rnd.nextInt(3) - 1 : rnd.nextLong();
                }
                long flags = rnd.nextLong() & Flags.OSZAPC;
                assertEquals(runStepwise(code, regs, flags), runBlock(code, regs, flags), String.join(" | ", code));
            }
        }
    }

    private static List<Insn> decode(StepMachine m, String... code) {
        byte[] bytes = StepMachine.hex(String.join("", code));
        m.mem.poke(StepMachine.CODE, bytes, 0, bytes.length);
        List<Insn> insns = new ArrayList<>();
        long a = StepMachine.CODE;
        for (int k = 0; k < code.length; k++) {
            Insn in = m.decoder.decode(m.mem, a);
            insns.add(in);
            a = in.next;
        }
        return insns;
    }

    private static int[] forms(String... code) {
        try (StepMachine m = new StepMachine()) {
            return FastPath.forms(decode(m, code).toArray(new Insn[0]));
        }
    }

    private static String runBlock(String[] code, long[] regs, long flags) {
        try (StepMachine m = new StepMachine()) {
            Insn[] insns = decode(m, code).toArray(new Insn[0]);
            setUp(m.cpu, regs, flags);
            FastPath.run(m.cpu, new Block(StepMachine.CODE, insns[insns.length - 1].next, insns));
            return state(m.cpu);
        }
    }

    private static String runStepwise(String[] code, long[] regs, long flags) {
        try (StepMachine m = new StepMachine()) {
            setUp(m.cpu, regs, flags);
            for (Insn in : decode(m, code)) {
                m.cpu.rip = in.next;
                in.op.exec.exec(m.cpu, in);
            }
            return state(m.cpu);
        }
    }

    private static void setUp(Cpu c, long[] regs, long flags) {
        long sp = c.r[Cpu.RSP];
        System.arraycopy(regs, 0, c.r, 0, 16);
        c.r[Cpu.RSP] = sp;
        Flags.setRflags(c, flags, Flags.OSZAPC);
    }

    private static String state(Cpu c) {
        return Arrays.toString(c.r) + String.format(" flags=%x rip=%x", Flags.rflags(c) & Flags.OSZAPC, c.rip);
    }
}
