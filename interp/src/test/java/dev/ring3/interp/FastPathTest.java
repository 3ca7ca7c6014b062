package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ring3.mmu.GuestFault;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's dispatch over whole blocks: the forms {@link FastPath#forms} chooses from what
 * follows an instruction (rotates whose flags nothing observes), the closing branch run after the
 * dispatch loop, and that running the block gives the registers, flags, stack and RIP of running
 * each instruction's own semantics in turn.
 */
class FastPathTest {
    private static final String ROR_EAX_6 = "C1 C8 06", ROL_RDX_13 = "48 C1 C2 0D", ROR_EAX_3 = "C1 C8 03";
    private static final String MOV_ECX_EAX = "89 C1", XOR_EAX_EBX = "31 D8", ADD_EAX_EBX = "01 D8";
    private static final String JC_NEXT = "72 00", STORE_RSP_EAX = "89 04 24", CMP_EAX_EBX = "39 D8";
    private static final String JMP_NEXT = "EB 00", CALL_NEXT = "E8 00 00 00 00", RET = "C3", PUSH_RAX = "50";

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
    void theClosingBranchIsNotDispatched() {
        try (StepMachine m = new StepMachine()) {
            for (String branch : new String[] {JC_NEXT, JMP_NEXT, CALL_NEXT, RET}) {
                Insn[] insns = decode(m, MOV_ECX_EAX, CMP_EAX_EBX, branch).toArray(new Insn[0]);
                assertEquals(2, new Block(StepMachine.CODE, insns[2].next, insns).body, branch);
            }
            Insn[] insns = decode(m, MOV_ECX_EAX, CMP_EAX_EBX).toArray(new Insn[0]);
            assertEquals(2, new Block(StepMachine.CODE, insns[1].next, insns).body);
        }
    }

    @Test
    void accumulatorNopAndShiftRowsGetTheirForms() {
        int[] f = forms("A8 80", "48 25 F0 FF 00 00", "66 90", "90", "0F 1F 00", "0F B7 CB", "66 0F 72 D0 05", "FF E0");
        assertEquals(FastPath.TEST_RI8, f[0] & 0xFF);
        assertEquals(FastPath.ALU_RI + 2 * Alu.AND, f[1] & 0xFF);
        assertEquals(FastPath.NOP, f[2] & 0xFF);
        assertEquals(FastPath.NOP, f[3] & 0xFF);
        assertEquals(FastPath.NOP, f[4] & 0xFF);
        assertEquals(FastPath.MOVZX_RR16, f[5] & 0xFF);
        assertEquals(FastPath.SSE_SHIFT_I, f[6] & 0xFF);
        assertEquals(FastPath.JMP_EV, f[7] & 0xFF);
        assertEquals(FastPath.XCHG_RAX, forms("93")[0] & 0xFF); // xchg ebx, eax: a real exchange
    }

    @Test
    void aFaultingReturnReportsItselfAndRetiresWhatRanBefore() {
        try (StepMachine m = new StepMachine()) {
            Insn[] insns = decode(m, MOV_ECX_EAX, XOR_EAX_EBX, RET).toArray(new Insn[0]);
            m.cpu.r[Cpu.RSP] = 0x1000; // unmapped
            m.cpu.r[Cpu.RAX] = 5;
            Block b = new Block(StepMachine.CODE, insns[2].next, insns);
            assertThrows(GuestFault.class, () -> FastPath.run(m.cpu, b));
            assertEquals(insns[2].addr, m.cpu.rip);
            assertEquals(2, m.cpu.instructions);
            assertEquals(5, m.cpu.r[Cpu.RCX]);
            assertEquals(0x1000, m.cpu.r[Cpu.RSP]);
        }
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
            {XOR_EAX_EBX, "75 00"}, // jne after a logic operation
            {MOV_ECX_EAX, JMP_NEXT},
            {ADD_EAX_EBX, CALL_NEXT},
            {PUSH_RAX, RET},
            {"A8 80", "75 00"}, // test al, 0x80; jne
            // and rax, imm; xchg ax, ax; movzx ecx, bx; nop [rax]; xor eax, 127; or rax, imm; cmp eax, imm
            {"48 25 F0 FF 00 00", "66 90", "0F B7 CB", "0F 1F 00", "35 7F 00 00 00", "48 0D 00 80 FF FF", "3D 00 01 00 00"},
            {"48 A9 00 00 00 80", "74 00"}, // test rax, imm32
            {"48 C1 E0 03", "48 C1 EB 3F", "C1 F9 05", "D1 E2", "48 83 C0 80", "83 E3 F0", JC_NEXT}, // shifts, ALU imm
        };
        Random rnd = new Random(7);
        for (String[] code : blocks) {
            for (int n = 0; n < 50; n++) {
                long[] regs = new long[16];
                for (int k = 0; k < 16; k++) {
                    regs[k] = n % 5 == 0 ? rnd.nextInt(3) - 1 : rnd.nextLong();
                }
                if (code[code.length - 1].equals(RET)) {
                    regs[Cpu.RAX] = regs[Cpu.RAX] << 17 >> 17; // a canonical return address (else #GP: branchesToNonCanonicalAddressesFault)
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

    @Test
    void branchesToNonCanonicalAddressesFault() {
        // RET, JMP RAX and CALL RAX to an address whose bits 63..47 differ: #GP at the branch,
        // RSP as before it, the instructions before it retired (the host; corpus branch_noncanonical)
        for (String branch : new String[] {RET, "FF E0", "FF D0"}) {
            try (StepMachine m = new StepMachine()) {
                Insn[] insns = decode(m, PUSH_RAX, branch).toArray(new Insn[0]);
                long sp = m.cpu.r[Cpu.RSP];
                m.cpu.r[Cpu.RAX] = 0x8000_0149_FB4D_E581L;
                long before = m.cpu.instructions;
                CpuException e = assertThrows(CpuException.class,
                        () -> FastPath.run(m.cpu, new Block(StepMachine.CODE, insns[1].next, insns)));
                assertEquals(CpuException.GP, e.vector());
                assertEquals(insns[1].addr, m.cpu.rip, branch);
                assertEquals(sp - 8, m.cpu.r[Cpu.RSP], branch);
                assertEquals(before + 1, m.cpu.instructions, branch);
            }
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
        return Arrays.toString(c.r) + String.format(" flags=%x rip=%x [rsp]=%x", Flags.rflags(c) & Flags.OSZAPC, c.rip,
                c.mem.read64(c.r[Cpu.RSP]));
    }
}
