package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

/**
 * Per-instruction x87 tests for what the oracle does not cover: the environment images (FNSTENV,
 * FLDENV, FNSAVE, FRSTOR), FXSAVE/FXRSTOR of the registers, FIP/FDP/FOP, deferred #MF, and a
 * small program through the interpreter. Expected values were checked on the host (AMD EPYC).
 */
class X87Test {
    private static final long A = StepMachine.DATA;

    @Test
    void fldAddStoreThroughInterpreter() {
        try (StepMachine m = new StepMachine()) {
            m.mem.write64(A, Double.doubleToRawLongBits(1.5));
            m.mem.write64(A + 8, Double.doubleToRawLongBits(2.25));
            m.cpu.r[Cpu.RBX] = A;
            // fldl (%rbx); faddl 8(%rbx); fstpl 16(%rbx); syscall
            m.runToSyscall("DD 03 DC 43 08 DD 5B 10 0F 05");
            assertEquals(3.75, Double.longBitsToDouble(m.mem.read64(A + 16)));
            assertEquals(0xFFFF, m.cpu.fpuTag);
            assertEquals(0, m.cpu.fpuStatus);
        }
    }

    @Test
    void fnstenvLayoutMatchesHost() {
        assumeAmd();
        try (StepMachine m = new StepMachine()) {
            m.mem.write32(A + 0x100, Float.floatToRawIntBits(2.5f));
            m.cpu.r[Cpu.RBX] = A;
            m.step("DB E3");            // fninit
            m.step("D9 83 00 01 00 00"); // flds 0x100(%rbx)
            m.step("D9 EE");            // fldz
            m.step("D9 33");            // fnstenv (%rbx)
            assertEquals(0xFFFF037F, m.mem.read32(A));
            assertEquals(0xFFFF3000, m.mem.read32(A + 4));
            // ST0 (R6) zero = 01, ST1 (R7) valid = 00, the rest empty.
            assertEquals(0xFFFF_0000 | 0x1FFF, m.mem.read32(A + 8));
            assertEquals((int) StepMachine.CODE, m.mem.read32(A + 12));
            assertEquals(0x01EE_0033, m.mem.read32(A + 16));          // FOP D9 EE, CS 0x33
            assertEquals((int) (A + 0x100), m.mem.read32(A + 20));    // FDP: the last memory operand
            assertEquals(0xFFFF_0000, m.mem.read32(A + 24));
            assertEquals(0x037F | 0x3F, m.cpu.fpuControl);
        }
    }

    @Test
    void fnsaveAndFrstorRoundTrip() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = A;
            m.step("D9 E8");            // fld1
            m.step("D9 EB");            // fldpi
            m.step("DD 33");            // fnsave (%rbx)
            assertEquals(0xFFFF, m.cpu.fpuTag);
            assertEquals(0xC90FDAA22168C235L, m.mem.read64(A + 28));
            assertEquals(0x4000, m.mem.read16(A + 36) & 0xFFFF);
            m.step("DD 23");            // frstor (%rbx)
            assertEquals(0x0FFF, m.cpu.fpuTag);
            assertEquals(6, X87.top(m.cpu));
            assertEquals(0xC90FDAA22168C235L, m.cpu.fpuMan[X87.st(m.cpu, 0)]);
            assertEquals(0x3FFF, m.cpu.fpuSe[X87.st(m.cpu, 1)]);
        }
    }

    @Test
    void fxsaveStoresRegistersByStackOrder() {
        assumeAmd();
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = A;
            m.step("D9 E8");            // fld1
            m.step("D9 EE");            // fldz
            m.step("0F AE 03");         // fxsave (%rbx)
            assertEquals(0xC0, m.mem.read8(A + SseState.FTW) & 0xFF);   // abridged: R6 and R7 in use
            assertEquals(0, m.mem.read64(A + SseState.ST0));            // ST0 = +0
            assertEquals(Float80.J, m.mem.read64(A + SseState.ST0 + 16)); // ST1 = 1.0
            assertEquals(0x3FFF, m.mem.read16(A + SseState.ST0 + 24) & 0xFFFF);
            assertEquals(0, m.mem.read64(A + SseState.FIP));            // no exception pending: zero (AMD)
        }
    }

    @Test
    void unmaskedExceptionIsDeferredToTheNextWaitingInstruction() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = A;
            m.mem.write16(A, (short) 0x037B);   // ZE unmasked
            m.step("D9 2B");            // fldcw (%rbx)
            m.step("D9 EE");            // fldz
            m.step("D9 E8");            // fld1
            m.step("DE F1");            // fdivrp: 1 / 0 -> #Z pending
            assertEquals(0x80 | 0x8000 | 4, m.cpu.fpuStatus & 0x80BF);
            m.step("DF E0");            // fnstsw ax does not wait
            assertEquals(m.cpu.fpuStatus, (int) (m.cpu.r[Cpu.RAX] & 0xFFFF));
            CpuException e = assertThrows(CpuException.class, () -> m.step("9B"));
            assertEquals(CpuException.MF, e.vector());
            m.step("DB E2");            // fnclex
            m.step("9B");               // fwait: nothing pending now
            assertEquals(0, m.cpu.fpuStatus & 0x80FF);
        }
    }

    @Test
    void fcomiSetsFlagsEagerly() {
        try (StepMachine m = new StepMachine()) {
            m.step("D9 E8");            // fld1
            m.step("D9 EE");            // fldz: ST0 = 0, ST1 = 1
            m.step("DB F1");            // fcomi st(1): 0 < 1 -> CF
            assertEquals(Flags.CF, Flags.oszapc(m.cpu));
            m.step("DF E9");            // fucomip st(1): pops
            assertEquals(Flags.CF, Flags.oszapc(m.cpu));
            assertEquals(7, X87.top(m.cpu));
        }
    }

    /**
     * This test pins what an AMD host stores in FOP/FIP/FDP and the selectors; an Intel host
     * differs (docs/quirks.md, x87), and there DiffTest compares them with the CPU itself.
     */
    private static void assumeAmd() {
        assumeFalse(UndefinedFlags.INTEL, "pins the AMD host's x87 pointers; on Intel DiffTest checks them");
    }
}
