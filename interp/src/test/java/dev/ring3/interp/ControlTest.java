package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Jcc, JMP, CALL, RET, the LOOP family (with 0x67 as checked on the host) and JRCXZ. */
class ControlTest extends StepMachineTest {
    private static final long CODE = StepMachine.CODE;

    @Test
    void jccFollowsTheRecordedCompare() {
        Flags.sub(c, 8, 5, 5, 0); // equal
        Insn je = m.step("74 10"); // je +0x10
        assertTrue(je.op.endsBlock());
        assertEquals(CODE + 2 + 0x10, c.rip);
        m.step("75 10"); // jne: not taken
        assertEquals(CODE + 2, c.rip);
        Flags.sub(c, 4, 1, 2, -1); // 1 < 2 unsigned and signed
        m.step("0F 82 00 01 00 00"); // jb rel32
        assertEquals(CODE + 6 + 0x100, c.rip);
        m.step("7F F0"); // jg: not taken
        assertEquals(CODE + 2, c.rip);
        m.step("7C FE"); // jl -2: a jump to itself
        assertEquals(CODE, c.rip);
        assertEquals(Flags.CF | Flags.ZF, m.decode("76 00").op.reads());
    }

    @Test
    void jmpForms() {
        m.step("EB FE");
        assertEquals(CODE, c.rip);
        m.step("E9 00 10 00 00");
        assertEquals(CODE + 5 + 0x1000, c.rip);
        c.r[Cpu.RAX] = 0x1234_5678_9ABCL;
        m.step("FF E0"); // jmp rax
        assertEquals(0x1234_5678_9ABCL, c.rip);
        c.mem.write64(StepMachine.DATA, 0x4242);
        c.r[Cpu.RBX] = StepMachine.DATA;
        m.step("FF 23"); // jmp [rbx]
        assertEquals(0x4242L, c.rip);
        m.step("66 FF E0"); // jmp rax with 0x66: still 64-bit (Intel)
        assertEquals(0x1234_5678_9ABCL, c.rip);
    }

    @Test
    void callAndRet() {
        long sp0 = c.r[Cpu.RSP];
        m.step("E8 00 01 00 00"); // call +0x100
        assertEquals(CODE + 5 + 0x100, c.rip);
        assertEquals(sp0 - 8, c.r[Cpu.RSP]);
        assertEquals(CODE + 5, c.mem.read64(sp0 - 8));
        m.step("C3");
        assertEquals(CODE + 5, c.rip);
        assertEquals(sp0, c.r[Cpu.RSP]);

        c.r[Cpu.RAX] = 0x7000;
        m.step("FF D0"); // call rax
        assertEquals(0x7000L, c.rip);
        assertEquals(CODE + 2, c.mem.read64(c.r[Cpu.RSP]));
        m.step("C2 10 00"); // ret 16
        assertEquals(CODE + 2, c.rip);
        assertEquals(sp0 + 16, c.r[Cpu.RSP]);

        c.r[Cpu.RSP] = sp0;
        c.mem.write64(sp0, 0x5000);
        m.step("FF 14 24"); // call [rsp]: the target is read before the push
        assertEquals(0x5000L, c.rip);
        assertEquals(CODE + 3, c.mem.read64(sp0 - 8));
    }

    @Test
    void loopCountsRcx() {
        c.r[Cpu.RCX] = 2;
        m.step("E2 FE");
        assertEquals(CODE, c.rip);
        assertEquals(1L, c.r[Cpu.RCX]);
        m.step("E2 FE");
        assertEquals(CODE + 2, c.rip);
        assertEquals(0L, c.r[Cpu.RCX]);
        m.step("E2 FE"); // 0 - 1 = -1: taken
        assertEquals(-1L, c.r[Cpu.RCX]);
        assertEquals(CODE, c.rip);
    }

    @Test
    void loopWithAddressSizePrefixUsesEcxAndClearsTheTop() {
        // The host: "67 e2" with RCX = 0x1_0000_0003 loops 3 times and leaves RCX = 0; with
        // RCX = 0x1_0000_0000 one step leaves RCX = 0xffffffff.
        c.r[Cpu.RCX] = 0x1_0000_0001L;
        m.step("67 E2 FD");
        assertEquals(0L, c.r[Cpu.RCX]);
        assertEquals(CODE + 3, c.rip);
        c.r[Cpu.RCX] = 0x1_0000_0000L;
        m.step("67 E2 FD");
        assertEquals(0xFFFF_FFFFL, c.r[Cpu.RCX]);
        assertEquals(CODE, c.rip);
    }

    @Test
    void loopeAndLoopneTestZf() {
        Flags.sub(c, 8, 1, 1, 0); // ZF = 1
        c.r[Cpu.RCX] = 5;
        m.step("E1 FE"); // loope: taken
        assertEquals(CODE, c.rip);
        m.step("E0 FE"); // loopne: not taken
        assertEquals(CODE + 2, c.rip);
        assertEquals(3L, c.r[Cpu.RCX]);
        Flags.sub(c, 8, 1, 2, -1); // ZF = 0
        m.step("E0 FE");
        assertEquals(CODE, c.rip);
        c.r[Cpu.RCX] = 1;
        m.step("E0 FE"); // count reaches zero: not taken
        assertEquals(CODE + 2, c.rip);
    }

    @Test
    void jrcxzAndJecxz() {
        c.r[Cpu.RCX] = 0x1_0000_0000L;
        m.step("E3 10");
        assertEquals(CODE + 2, c.rip);
        m.step("67 E3 10"); // jecxz: ECX = 0
        assertEquals(CODE + 3 + 0x10, c.rip);
        assertEquals(0x1_0000_0000L, c.r[Cpu.RCX]);
        c.r[Cpu.RCX] = 0;
        m.step("E3 10");
        assertEquals(CODE + 2 + 0x10, c.rip);
    }

    @Test
    void loopProgramRunsThroughTheInterpreter() {
        // mov ecx, 5; again: lea rax, [rax+1]; loop again; syscall
        c.r[Cpu.RAX] = 0;
        m.runToSyscall("B9 05 00 00 00 48 8D 40 01 E2 FA 0F 05");
        assertEquals(5L, c.r[Cpu.RAX]);
        assertEquals(1, m.syscalls);
        assertEquals(CODE + 13, c.r[Cpu.RCX]); // SYSCALL's return address
        assertEquals(CODE + 13, c.rip);
    }

    @Test
    void compareFusedWithTheClosingJccKeepsFlagsAndCounts() {
        // mov ecx, 3; again: add eax, 2; sub ecx, 1; cmp ecx, 0; jne again; syscall
        c.r[Cpu.RAX] = 0;
        m.runToSyscall("B9 03 00 00 00 83 C0 02 83 E9 01 83 F9 00 75 F5 0F 05");
        assertEquals(6L, c.r[Cpu.RAX]);
        assertEquals(Flags.ZF, Flags.oszapc(c) & (Flags.ZF | Flags.CF | Flags.SF));
        assertEquals(1 + 3 * 4 + 1, c.instructions); // every instruction of the fused pair retires
    }

    @Test
    void registerCompareFusedWithJbComparesUnsigned() {
        // xor ecx, ecx; mov rdx, -1; cmp rcx, rdx; jb +2; inc eax; syscall
        c.r[Cpu.RAX] = 0;
        m.runToSyscall("31 C9 48 C7 C2 FF FF FF FF 48 39 D1 72 02 FF C0 0F 05");
        assertEquals(0L, c.r[Cpu.RAX]); // taken: 0 is below 2^64 - 1
        assertEquals(Flags.CF, Flags.oszapc(c) & (Flags.CF | Flags.ZF));
        assertEquals(5, c.instructions);
    }
}
