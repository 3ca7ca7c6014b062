package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.ring3.mmu.GuestFault;
import org.junit.jupiter.api.Test;

/**
 * Regressions for x87 behaviour the SDM leaves open, where ring3 differed from the host (AMD EPYC)
 * until the differential tester (docs/difftest.md) and probes on the host showed what it does;
 * each expectation is what the host did (docs/quirks.md, "x87").
 */
class X87FindingsTest {
    private static final long A = StepMachine.DATA;
    private static final int CC = X87.C0 | X87.C1 | X87.C2 | X87.C3;
    /** The first byte after the data area: not mapped. */
    private static final long END = StepMachine.DATA + StepMachine.DATA_PAGES * 4096;

    private static void fldt(StepMachine m, int se, long man) {
        m.mem.write64(A + 0x100, man);
        m.mem.write16(A + 0x108, (short) se);
        m.cpu.r[Cpu.RBX] = A + 0x100;
        m.step("DB 2B");                                     // fldt (%rbx)
    }

    /** fninit, eight fld1: TOP 0, every register in use; then ffree %st(0): ST(0) empty, ST(7) full. */
    private static void fullButTheTop(StepMachine m) {
        m.step("DB E3");
        for (int k = 0; k < 8; k++) {
            m.step("D9 E8");
        }
        m.step("DD C0");
    }

    private static void assertIndefinite(StepMachine m, int p) {
        assertEquals(Float80.INDEFINITE_SE, m.cpu.fpuSe[p]);
        assertEquals(Float80.INDEFINITE_MAN, m.cpu.fpuMan[p]);
    }

    @Test
    void fxtractOfAnEmptyTopWithST7FullReportsTheUnderflow() {
        try (StepMachine m = new StepMachine()) {
            fullButTheTop(m);
            m.cpu.fpuAcc.set(0x3FFF, 0x9000_0000_0000_0000L); // a stale accumulator must not leak
            m.step("D9 F4");                                 // fxtract
            assertEquals(Float80.IE | Float80.SF, m.cpu.fpuStatus & (0x7F | X87.C1));
            assertEquals(7, X87.top(m.cpu));
            assertIndefinite(m, 7);
            assertIndefinite(m, 0);
        }
    }

    /** FYL2X of a power of two: y × k is exact, yet the host (AMD) flags it inexact; log2(1) = 0 is not. */
    @Test
    void fyl2xOfAPowerOfTwoIsInexactUnlessTheResultIsZero() {
        assumeAmd();
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");
            fldt(m, 0x4003, Float80.J);                      // y = 16
            fldt(m, 0x4000, Float80.J);                      // x = 2
            m.step("D9 F1");                                 // fyl2x: 16 × 1
            assertEquals(0x3800 | Float80.PE, m.cpu.fpuStatus); // TOP 7, PE, C1 clear
            assertEquals(0x4003, m.cpu.fpuSe[7]);
            assertEquals(Float80.J, m.cpu.fpuMan[7]);
            fldt(m, 0x3FFF, Float80.J);                      // x = 1
            m.step("D9 F1");                                 // fyl2x: 16 × 0
            assertEquals(0x3800 | Float80.PE, m.cpu.fpuStatus); // PE still set from before, nothing new
            m.step("DB E2");                                 // fnclex
            fldt(m, 0x3FFF, Float80.J);
            m.step("D9 F1");                                 // 0 × log2(1)
            assertEquals(0x3800, m.cpu.fpuStatus);
            assertEquals(0, m.cpu.fpuMan[7]);
        }
    }

    @Test
    void fldOfAnEmptyRegisterWithST7FullReportsTheUnderflow() {
        try (StepMachine m = new StepMachine()) {
            fullButTheTop(m);
            m.cpu.fpuStatus |= X87.C1;
            m.step("D9 C0");                                 // fld %st(0)
            assertEquals(Float80.IE | Float80.SF, m.cpu.fpuStatus & (0x7F | X87.C1));
            assertEquals(7, X87.top(m.cpu));
            assertIndefinite(m, 7);
        }
    }

    @Test
    void fstp1OfAnEmptyTopPopsWithoutAStackFault() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");                                 // fninit
            m.step("D9 E8");                                 // fld1: R7
            m.step("D9 EE");                                 // fldz: R6
            m.step("DD C0");                                 // ffree %st(0): R6 empty
            m.cpu.fpuStatus |= X87.C1;
            m.step("D9 D9");                                 // fstp1 %st(1)
            assertEquals(0x3800, m.cpu.fpuStatus);            // TOP 7, no IE or SF, C1 cleared
            assertEquals(0x3FFF, m.cpu.fpuSe[7]);             // ST(1) not written: still 1.0
            assertEquals(Float80.J, m.cpu.fpuMan[7]);
            assertEquals(0xFFFF & ~(3 << 14), m.cpu.fpuTag);  // R7 in use, R6 empty
            m.step("D9 D8");                                 // fstp1 %st(0) with a value: as FSTP
            assertEquals(0, m.cpu.fpuStatus & 0x7F);
            assertEquals(0, X87.top(m.cpu));
        }
    }

    @Test
    void fpremStoppedByAnUnmaskedInvalidStillClearsC1AndC2() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");
            m.step("D9 EE");                                 // fldz: the divisor
            m.step("D9 E8");                                 // fld1
            m.cpu.fpuControl = 0x037E;                        // IE unmasked
            m.cpu.fpuStatus |= CC;
            m.step("D9 F8");                                 // fprem: 1 rem 0
            assertEquals(X87.C0 | X87.C3, m.cpu.fpuStatus & CC);
            assertEquals(X87.ES | X87.B | Float80.IE, m.cpu.fpuStatus & (0x80FF));
            assertEquals(0x3FFF, m.cpu.fpuSe[6]);             // ST(0) unchanged
        }
    }

    @Test
    void fpremStoppedByAnUnmaskedDenormalClearsC1AndC2() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");
            fldt(m, 0, 0x1234);                              // a denormal divisor
            m.step("D9 E8");                                 // fld1
            m.cpu.fpuControl = 0x037D;                        // DE unmasked
            m.cpu.fpuStatus |= CC;
            m.step("D9 F8");                                 // fprem
            assertEquals(X87.C0 | X87.C3, m.cpu.fpuStatus & CC);
            assertEquals(Float80.DE, m.cpu.fpuStatus & 0x3F);
        }
    }

    @Test
    void fyl2xOfANegativeArgumentRaisesInvalidWithoutDenormal() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");
            fldt(m, 0x8000, 0x5D1F_88AE_41BF_0CCAL);          // y: a negative denormal
            fldt(m, 0xC000, Float80.J);                       // x = -2
            m.step("D9 F1");                                 // fyl2x
            assertEquals(Float80.IE, m.cpu.fpuStatus & 0x3F);
            assertIndefinite(m, 7);
        }
    }

    @Test
    void fyl2xp1BelowMinusOneReturnsTheArgumentInexact() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");
            m.step("D9 E8");                                 // y = 1
            fldt(m, 0xBFFF, 0xC000_0000_0000_0000L);          // x = -1.5
            m.step("D9 F9");                                 // fyl2xp1
            assertEquals(0x3820, m.cpu.fpuStatus);            // TOP 7, PE, as the host
            assertEquals(0xBFFF, m.cpu.fpuSe[7]);
            assertEquals(0xC000_0000_0000_0000L, m.cpu.fpuMan[7]);
        }
    }

    @Test
    void trigonometricFunctionsKeepC0AndC3AndClearC2() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");
            m.step("D9 E8");                                 // fld1
            m.cpu.fpuStatus |= X87.C0 | X87.C2 | X87.C3;
            m.step("D9 FE");                                 // fsin
            assertEquals(X87.C0 | X87.C3, m.cpu.fpuStatus & (X87.C0 | X87.C2 | X87.C3));
            m.step("DD C0");                                 // ffree %st(0)
            m.cpu.fpuStatus |= X87.C0 | X87.C2 | X87.C3;
            m.step("D9 FF");                                 // fcos of an empty register: underflow
            assertEquals(X87.C0 | X87.C3, m.cpu.fpuStatus & CC);
            m.cpu.fpuStatus = X87.C0 | X87.C2 | X87.C3;
            m.step("D9 F0");                                 // f2xm1 of an empty register keeps C2 too
            assertEquals(X87.C0 | X87.C2 | X87.C3, m.cpu.fpuStatus & CC);
        }
    }

    @Test
    void fstpWithAnUnmaskedInvalidStillFaultsOnItsDestination() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");
            fldt(m, 0x7FFF, 0xA000_0000_0000_0000L);          // a signalling NaN: IE on conversion
            m.cpu.fpuControl = 0x037E;                        // IE unmasked
            m.cpu.r[Cpu.RBX] = END - 3;
            GuestFault f = assertThrows(GuestFault.class, () -> m.step("D9 1B")); // fstps (%rbx)
            assertEquals(END, f.address());
            assertEquals(0, m.cpu.fpuStatus & 0x3F);          // nothing flagged
        }
    }

    @Test
    void environmentAndStateImagesFaultAtTheirFirstInaccessibleByte() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = END - 2;                       // the first doubleword runs into the page
            for (String insn : new String[] {"DD 23", "DD 33", "D9 23", "D9 33"}) { // frstor, fnsave, fldenv, fnstenv
                GuestFault f = assertThrows(GuestFault.class, () -> m.step(insn));
                assertEquals(END, f.address(), insn);
            }
            m.cpu.r[Cpu.RBX] = END - 7;                       // it fits: the last byte faults first
            for (String insn : new String[] {"DD 23", "DD 33"}) {
                GuestFault f = assertThrows(GuestFault.class, () -> m.step(insn));
                assertEquals(END - 7 + 107, f.address(), insn);
            }
            for (String insn : new String[] {"D9 23", "D9 33"}) {
                GuestFault f = assertThrows(GuestFault.class, () -> m.step(insn));
                assertEquals(END - 7 + 27, f.address(), insn);
            }
            // FXRSTOR and FXSAVE too (a campaign found it; a native probe gave the last byte for areas
            // 16, 32, 48, 256 and 496 bytes before an unmapped page).
            for (int before : new int[] {16, 256, 496}) {
                m.cpu.r[Cpu.RBX] = END - before;
                for (String insn : new String[] {"0F AE 0B", "0F AE 03"}) {  // fxrstor, fxsave
                    GuestFault f = assertThrows(GuestFault.class, () -> m.step(insn));
                    assertEquals(END - before + 511, f.address(), insn);
                }
            }
        }
    }

    // ---- FIP, FCS, FDP, FDS and FOP ------------------------------------------------------------------

    @Test
    void fnstenvStoresTheSelectorsOfTheLastInstruction() {
        assumeAmd();
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = A;
            m.step("DB E3");                                 // fninit
            m.step("D9 33");                                 // fnstenv (%rbx)
            assertEquals(0, m.mem.read16(A + 16));            // FCS 0 until an x87 instruction runs
            m.mem.write64(A + 0x200, 0x3FF0_0000_0000_0000L);
            m.cpu.r[Cpu.RBP] = A + 0x1F8;
            m.step("DD 45 08");                              // fldl 0x8(%rbp)
            m.step("D9 33");
            assertEquals(0x33, m.mem.read16(A + 16) & 0xFFFF);
            assertEquals(0x0545, m.mem.read16(A + 18) & 0xFFFF); // FOP: DD 45
            assertEquals((int) (A + 0x200), m.mem.read32(A + 20));
            assertEquals(0x2B, m.mem.read16(A + 24) & 0xFFFF);   // FDS: SS, the default for RBP
            m.cpu.r[Cpu.R13] = A + 0x200;
            m.step("41 DD 45 00");                           // fldl 0x0(%r13): DS
            m.step("D9 33");
            assertEquals(0, m.mem.read16(A + 24));
            m.cpu.fsBase = A;
            m.cpu.r[Cpu.RAX] = 0x200;
            m.step("64 DD 00");                              // fldl %fs:(%rax): the offset, DS 0
            m.step("D9 33");
            assertEquals(0x200, m.mem.read32(A + 20));
            assertEquals(0, m.mem.read16(A + 24));
        }
    }

    @Test
    void fldenvLoadsTheSelectors() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = A;
            m.mem.write32(A, 0xFFFF_037F);
            m.mem.write32(A + 4, 0xFFFF_0000);
            m.mem.write32(A + 8, 0xFFFF_FFFF);
            m.mem.write32(A + 12, 0x1111_2222);
            m.mem.write32(A + 16, 0x0123_4444);
            m.mem.write32(A + 20, 0x5555_6666);
            m.mem.write32(A + 24, 0xFFFF_7777);
            m.step("D9 23");                                 // fldenv (%rbx)
            m.cpu.r[Cpu.RBX] = A + 0x40;
            m.step("D9 33");                                 // fnstenv 0x40(%rbx)
            assertEquals(0x0123_4444, m.mem.read32(A + 0x40 + 16));
            assertEquals(0xFFFF_7777, m.mem.read32(A + 0x40 + 24));
            assertEquals(0x1111_2222, m.mem.read32(A + 0x40 + 12));
        }
    }

    /** An FXSAVE image with an unmasked IE pending, so that FXSAVE stores the pointers (AMD). */
    private static void pendingImage(StepMachine m, long fip, long fdp) {
        m.mem.write16(A + SseState.FCW, (short) 0x037E);
        m.mem.write16(A + SseState.FSW, (short) 0x0081);
        m.mem.write16(A + SseState.FOP, (short) 0x07FF);
        m.mem.write64(A + SseState.FIP, fip);
        m.mem.write64(A + SseState.FDP, fdp);
        m.mem.write32(A + SseState.MXCSR, 0x1F80);
        m.cpu.r[Cpu.RBX] = A;
        m.cpu.r[Cpu.RCX] = A + 0x400;
    }

    @Test
    void fxrstor64KeepsFortyEightBitsOfThePointersSignExtendedOnZen5FiftySeven() {
        assumeAmd();
        try (StepMachine m = new StepMachine()) {
            pendingImage(m, 0x9876_ABCD_1234_5678L, 0x0001_0000_0000_0F0FL);
            m.step("48 0F AE 0B");                           // fxrstor64 (%rbx)
            m.step("48 0F AE 01");                           // fxsave64 (%rcx)
            // Zen 1-4: bits 47..0 sign-extended; Zen 5: bits 56..0 (DiffTest checks the host's)
            assertEquals(UndefinedFlags.ZEN5 ? 0x0076_ABCD_1234_5678L : 0xFFFF_ABCD_1234_5678L,
                    m.mem.read64(A + 0x400 + SseState.FIP));
            assertEquals(UndefinedFlags.ZEN5 ? 0x0001_0000_0000_0F0FL : 0x0F0FL, m.mem.read64(A + 0x400 + SseState.FDP));
            m.step("0F AE 01");                              // fxsave (%rcx): 32-bit offsets, FCS/FDS 0
            assertEquals(0x1234_5678L, m.mem.read64(A + 0x400 + SseState.FIP));
            assertEquals(0x0F0FL, m.mem.read64(A + 0x400 + SseState.FDP));
        }
    }

    @Test
    void fxrstorWithoutRexWLoadsOffsetsAndSelectors() {
        try (StepMachine m = new StepMachine()) {
            pendingImage(m, 0x9876_ABCD_1234_5678L, 0x0000_5566_1122_3344L);
            m.step("0F AE 0B");                              // fxrstor (%rbx)
            assertEquals(0x1234_5678L, m.cpu.fpuIp);
            assertEquals(0xABCD, m.cpu.fpuCs);
            assertEquals(0x5566, m.cpu.fpuDs);
            m.step("0F AE 01");                              // fxsave (%rcx)
            assertEquals(0x0000_ABCD_1234_5678L, m.mem.read64(A + 0x400 + SseState.FIP));
            assertEquals(0x0000_5566_1122_3344L, m.mem.read64(A + 0x400 + SseState.FDP));
            m.step("48 0F AE 01");                           // fxsave64 (%rcx): zero-extended offsets
            assertEquals(0x1234_5678L, m.mem.read64(A + 0x400 + SseState.FIP));
        }
    }

    @Test
    void feniFdisiAndFsetpmNeitherWaitNorRecordThePointers() {
        assumeAmd();
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");
            m.step("D9 E8");                                 // fld1
            m.cpu.fpuControl = 0x037B;                        // ZE unmasked
            m.step("D8 F1");                                 // fdiv %st(1),%st: 1/1, nothing pending
            m.cpu.fpuStatus |= Float80.ZE | X87.ES | X87.B;  // as if it had divided by zero
            m.cpu.fpuIp = 0x1234;
            for (String insn : new String[] {"DB E0", "DB E1", "DB E4"}) {
                m.step(insn);                                // no #MF
            }
            assertEquals(0x1234, m.cpu.fpuIp);
            assertEquals(0x00F1, m.cpu.fpuOp);
        }
    }

    /** A fault is no partial execution: the pointers of the last x87 instruction stay, on either vendor. */
    @Test
    void aFaultingMemoryOperandLeavesThePointers() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");
            m.step("D9 EB");                                 // fldpi
            long unmapped = END;
            m.cpu.fpuIp = 0x1234;
            m.cpu.fpuDp = 0x5678;
            m.cpu.fpuOp = 0x01EB;
            m.cpu.fpuCs = 0x33;
            m.cpu.fpuDs = 0;
            m.cpu.r[Cpu.RAX] = unmapped;
            for (String insn : new String[] {"DC 38", "DD 10", "D9 00", "DF 38"}) { // fdivrl, fstl, flds, fistpll
                GuestFault f = assertThrows(GuestFault.class, () -> m.step(insn), insn);
                assertEquals(unmapped, f.address(), insn);
                assertEquals(0x1234, m.cpu.fpuIp, insn);
                assertEquals(0x5678, m.cpu.fpuDp, insn);
                assertEquals(0x01EB, m.cpu.fpuOp, insn);
                assertEquals(0x33, m.cpu.fpuCs, insn);
                assertEquals(StepMachine.CODE, m.cpu.rip, insn);
            }
            m.cpu.r[Cpu.RAX] = StepMachine.DATA;
            m.step("DD 10");                                 // the same store, mapped: the pointers move
            assertEquals(StepMachine.CODE, m.cpu.fpuIp);
            assertEquals(StepMachine.DATA, m.cpu.fpuDp);
        }
    }

    @Test
    void mmxInstructionsLeaveTheLastInstructionPointerAndOpcode() {
        assumeAmd();
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");
            m.step("D9 EB");                                 // fldpi
            m.cpu.fpuIp = 0x1234;
            m.cpu.fpuDp = 0x5678;
            m.step("0F 6F C8");                              // movq %mm0,%mm1
            m.step("0F 77");                                 // emms
            assertEquals(0x1234, m.cpu.fpuIp);
            assertEquals(0x5678, m.cpu.fpuDp);
            assertEquals(0x01EB, m.cpu.fpuOp);
            assertEquals(0x33, m.cpu.fpuCs);
        }
    }

    /** Host results (AMD EPYC) that the transcendental model reproduces: docs/quirks.md, "x87". */
    @Test
    void transcendentalsFollowTheHostsModel() {
        try (StepMachine m = new StepMachine()) {
            // 2^62: reduced by multiples of the 68-bit pi's half, not the true pi.
            transcendental(m, 0x37F, 0x403D, 0x8000_0000_0000_0000L, "D9 FE");
            assertST(m, 0, 0xBFFE, 0xB506A9DD559CF157L, Float80.PE);
            transcendental(m, 0x37F, 0x403D, 0xC90FDAA22168C235L, "D9 FE");
            assertST(m, 0, 0x3FFB, 0xFF5577743771AE50L, Float80.PE);
            // cos of a tiny argument is 1 − ε: 1.0, rounded up (C1).
            transcendental(m, 0x37F, 0x3FA0, 0x8000_0000_0000_0000L, "D9 FF");
            assertST(m, 0, 0x3FFF, 0x8000_0000_0000_0000L, Float80.PE | X87.C1);
            // FSINCOS: C1 is the sine's; the sine carries the host's error curve.
            transcendental(m, 0x37F, 0x3FFF, 0x936B3096DCF49D22L, "D9 FB");
            assertST(m, 0, 0x3FFD, 0xD058C4123E55C6EDL, Float80.PE | X87.C1);      // cos
            assertST(m, 1, 0x3FFE, 0xE9D88D71084CC47CL, Float80.PE | X87.C1);      // sin
            // FPTAN of a tiny x is V/TAN_K with V = x·TAN_K rounded to 68 bits: x + ε for this x,
            // x − ε for the next (RU and RD), x itself, still inexact, when x·TAN_K is exact.
            transcendental(m, 0xB7F, 0x3FCD, 0xC8DBAC252265B1F5L, "D9 F2");
            assertST(m, 1, 0x3FCD, 0xC8DBAC252265B1F6L, Float80.PE | X87.C1);
            transcendental(m, 0xB7F, 0x3FCD, 0x8F17F5C4414C343CL, "D9 F2");
            assertST(m, 1, 0x3FCD, 0x8F17F5C4414C343CL, Float80.PE | X87.C1);
            transcendental(m, 0x77F, 0x3FCD, 0x8F17F5C4414C343CL, "D9 F2");
            assertST(m, 1, 0x3FCD, 0x8F17F5C4414C343BL, Float80.PE);
            transcendental(m, 0xB7F, 0x3FCD, 0x8000_0000_0000_0000L, "D9 F2");
            assertST(m, 1, 0x3FCD, 0x8000_0000_0000_0000L, Float80.PE);
            // The same for a reduced argument: pi's 64 bits minus the 68-bit pi, exactly.
            transcendental(m, 0x77F, 0x4000, 0xC90FDAA22168C234L, "D9 F2");
            assertST(m, 1, 0xBFC0, 0xC000_0000_0000_0000L, Float80.PE);
            // FYL2XP1 of a tiny x is x times log2 e rounded to 68 bits, rounded at 68 bits: with
            // the exact log2 e this one would round down (no C1).
            m.step("DB E3");
            m.cpu.fpuControl = 0x37F;
            fldt(m, 0x3FFF, 0x8000_0000_0000_0000L);
            fldt(m, 0x3F9B, 0xE2B19FF15E5A05B2L);
            m.step("D9 F9");
            assertST(m, 0, 0x3F9C, 0xA386694D41F5A2E4L, Float80.PE | X87.C1);
            // F2XM1(1) is just below 1: RD gives 1 − 2^−64.
            transcendental(m, 0x77F, 0x3FFF, 0x8000_0000_0000_0000L, "D9 F0");
            assertST(m, 0, 0x3FFE, 0xFFFF_FFFF_FFFF_FFFFL, Float80.PE);
        }
    }

    /**
     * FSCALE by a scale no bias adjustment can absorb ("massive" overflow, SDM Vol. 1 8.5.4.2):
     * with OE unmasked the host stores a signed infinity whatever the rounding mode, with OE, PE
     * and C1 (ring3 stored the masked response, the largest finite value under chop, until the
     * differential tester found it); masked, the rounding mode decides as for any overflow.
     */
    @Test
    void fscaleMassiveOverflow() {
        long big = 0xC2D8_E073_2B4D_2838L;
        int[][] cases = { // control word, ST(0)'s sign and exponent, ST(1)'s, result, flags
            {0x0F75, 0x403E, 0x7FFE, 0x7FFF, Float80.OE | Float80.PE | X87.C1},
            {0x0775, 0x403E, 0x7FFE, 0x7FFF, Float80.OE | Float80.PE | X87.C1},
            {0x0B75, 0xC03E, 0x7FFE, 0xFFFF, Float80.OE | Float80.PE | X87.C1},
            {0x0F75, 0x403E, 0x400F, 0x7FFF, Float80.OE | Float80.PE | X87.C1},   // 2^70000
            {0x0F7F, 0x403E, 0x7FFE, 0x7FFE, Float80.OE | Float80.PE},            // masked, chop
            {0x037F, 0x403E, 0x7FFE, 0x7FFF, Float80.OE | Float80.PE | X87.C1},   // masked, nearest
        };
        for (int[] k : cases) {
            try (StepMachine m = new StepMachine()) {
                m.step("DB E3");                                 // fninit
                m.cpu.fpuControl = k[0];
                fldt(m, k[2], k[2] == 0x400F ? 0x88B8_0000_0000_0000L : -1L);
                fldt(m, k[1], big);
                m.step("D9 FD");                                 // fscale
                assertST(m, 0, k[3], (k[3] & 0x7FFF) == 0x7FFF ? Float80.J : -1L, k[4]);
                assertEquals((k[0] & 8) == 0 ? X87.ES : 0, m.cpu.fpuStatus & X87.ES, "ES, control word " + Integer.toHexString(k[0]));
            }
        }
    }

    private static void transcendental(StepMachine m, int cw, int se, long man, String insn) {
        m.step("DB E3");                                     // fninit
        m.cpu.fpuControl = cw;
        fldt(m, se, man);
        m.step(insn);
    }

    private static void assertST(StepMachine m, int i, int se, long man, int flags) {
        int p = X87.st(m.cpu, i);
        assertEquals(se, m.cpu.fpuSe[p], "ST(" + i + ") sign and exponent");
        assertEquals(man, m.cpu.fpuMan[p], "ST(" + i + ") significand");
        assertEquals(flags, m.cpu.fpuStatus & (X87.C1 | 0x3F), "C1 and exception flags");
    }

    /**
     * This test pins what an AMD host stores in FOP/FIP/FDP and the selectors; an Intel host
     * differs (docs/quirks.md, x87), and there DiffTest compares them with the CPU itself.
     */
    private static void assumeAmd() {
        assumeFalse(UndefinedFlags.INTEL, "pins the AMD host's x87 pointers; on Intel DiffTest checks them");
    }
}
