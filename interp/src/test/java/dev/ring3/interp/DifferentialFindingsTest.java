package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ring3.mmu.GuestFault;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Regressions for differences from the host (AMD EPYC) that the differential tester
 * (module difftest, docs/difftest.md) found; each expectation is what the host did.
 */
class DifferentialFindingsTest {
    private static final long A = StepMachine.DATA;
    /** The first byte after the data area: not mapped. */
    private static final long END = StepMachine.DATA + StepMachine.DATA_PAGES * 4096;

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 0x55);
        return b;
    }

    @Test
    void fstpM80RunningIntoAnUnmappedPageWritesNothing() {
        try (StepMachine m = new StepMachine()) {
            m.bytes(END - 8, filled(8));
            m.cpu.r[Cpu.RBX] = END - 8;
            m.step("D9 E8");                                 // fld1
            GuestFault f = assertThrows(GuestFault.class, () -> m.step("DB 3B")); // fstpt (%rbx)
            assertEquals(END, f.address());
            assertArrayEquals(filled(8), m.bytes(END - 8, 8));
            assertEquals(7, X87.top(m.cpu));                  // nothing popped
        }
    }

    @Test
    void fistFaultingOnItsStoreLeavesTheStatusWord() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = END - 2;
            m.step("DB E3");                                 // fninit: ST0 empty, FIST would flag IE
            assertThrows(GuestFault.class, () -> m.step("DB 13")); // fistl (%rbx)
            assertEquals(0, m.cpu.fpuStatus);
        }
    }

    @Test
    void sseStoreAcrossIntoAnUnmappedPageFaultsAtItsFirstByteAndWritesNothing() {
        try (StepMachine m = new StepMachine()) {
            m.bytes(END - 8, filled(8));
            m.cpu.r[Cpu.RBX] = END - 8;
            m.cpu.xmm[0] = -1;
            m.cpu.xmm[1] = -1;
            GuestFault f = assertThrows(GuestFault.class, () -> m.step("0F 11 03")); // movups %xmm0,(%rbx)
            assertEquals(END, f.address());
            assertArrayEquals(filled(8), m.bytes(END - 8, 8));
        }
    }

    /** A campaign found it (host FSW 0x4b59 where ring3 had ES and B too): the overflow outranks #D. */
    @Test
    void fldOfADenormalDoubleOntoAFullStackIsAStackFaultWithoutDe() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");                                  // fninit
            for (int k = 0; k < 8; k++) {
                m.step("D9 E8");                              // fld1: the stack is full
            }
            m.mem.write16(A + 16, (short) 0x067D);            // DE unmasked
            m.cpu.r[Cpu.RBX] = A + 16;
            m.step("D9 2B");                                  // fldcw (%rbx)
            m.mem.write64(A, 0x0008_0000_0000_0000L);        // a binary64 denormal
            m.cpu.r[Cpu.RBX] = A;
            m.step("DD 03");                                  // fldl (%rbx)
            assertEquals(0x3800 | 0x241, m.cpu.fpuStatus);    // TOP 7, C1 SF IE: no DE, no ES
        }
    }

    @Test
    void fxrstorForcesControlWordBit6AndRecomputesTheErrorSummary() {
        try (StepMachine m = new StepMachine()) {
            m.mem.write16(A + SseState.FCW, (short) 0x0010);   // IE unmasked, bit 6 clear
            m.mem.write16(A + SseState.FSW, (short) 0x0001);   // IE flagged, ES clear
            m.mem.write32(A + SseState.MXCSR, 0x1F80);
            m.cpu.r[Cpu.RBX] = A;
            m.step("0F AE 0B");                               // fxrstor (%rbx)
            assertEquals(0x0050, m.cpu.fpuControl);
            assertEquals(0x8081, m.cpu.fpuStatus);            // ES and B: the unmasked IE is pending
        }
    }

    @Test
    void fsincosOfInfinityIsInvalidNotOutOfRange() {
        try (StepMachine m = new StepMachine()) {
            m.mem.write64(A, Float80.J);
            m.mem.write16(A + 8, (short) 0x7FFF);             // +infinity
            m.cpu.r[Cpu.RBX] = A;
            m.step("DB E3");                                 // fninit
            m.step("DB 2B");                                 // fldt (%rbx)
            m.step("D9 FB");                                 // fsincos
            assertEquals(0x3001, m.cpu.fpuStatus);            // TOP 6, IE; C2 clear
            for (int k = 0; k < 2; k++) {
                int p = X87.st(m.cpu, k);
                assertEquals(0xFFFF, m.cpu.fpuSe[p]);
                assertEquals(0xC000_0000_0000_0000L, m.cpu.fpuMan[p]);
            }
        }
    }

    @Test
    void fcmovAndFcomiLeaveC1AndFfreeClearsIt() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");                                 // fninit
            m.step("D9 E8");                                 // fld1
            m.step("D9 EE");                                 // fldz
            m.cpu.fpuStatus |= X87.C1;
            m.step("DA C1");                                 // fcmovb %st(1),%st
            assertEquals(X87.C1, m.cpu.fpuStatus & X87.C1);
            m.step("DB F1");                                 // fcomi %st(1),%st
            assertEquals(X87.C1, m.cpu.fpuStatus & X87.C1);
            m.step("DD C1");                                 // ffree %st(1)
            assertEquals(0, m.cpu.fpuStatus & X87.C1);
        }
    }

    @Test
    void fpremOfANaNLeavesC0AndC3() {
        try (StepMachine m = new StepMachine()) {
            m.step("DB E3");                                 // fninit
            m.step("D9 E8");                                 // fld1: ST1
            m.mem.write64(A, 0xC000_0000_0000_0001L);
            m.mem.write16(A + 8, (short) 0x7FFF);             // a quiet NaN
            m.cpu.r[Cpu.RBX] = A;
            m.step("DB 2B");                                 // fldt (%rbx): ST0
            m.cpu.fpuStatus |= X87.C0 | X87.C1 | X87.C2 | X87.C3;
            m.step("D9 F8");                                 // fprem
            assertEquals(X87.C0 | X87.C3, m.cpu.fpuStatus & (X87.C0 | X87.C1 | X87.C2 | X87.C3));
        }
    }

    @Test
    void unmaskedInexactOverflowAlsoReportsPrecision() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.xmm[0] = 0x780a5290da0da8d8L;
            m.cpu.xmm[2] = 0x807fffff7fc00000L;
            m.cpu.mxcsr = 0x3BC0;                             // OE unmasked, round down, DAZ
            CpuException x = assertThrows(CpuException.class, () -> m.step("F2 0F 5E C1")); // divsd %xmm1,%xmm0
            assertEquals(CpuException.XM, x.vector());
            assertEquals(0x3BE8, m.cpu.mxcsr);                // OE and PE, as on the host
            assertEquals(0x780a5290da0da8d8L, m.cpu.xmm[0]);  // not written
        }
    }

    @Test
    void unmaskedDenormalInOneLaneStillReportsInvalidAndDivideByZeroOfTheOthers() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.xmm[18] = 0x0000_0001_7FC0_0001L;          // xmm9: a denormal double, and
            m.cpu.xmm[19] = 0x8B3F_C8FA_807F_FFFFL;          // a negative one: sqrt is invalid
            m.cpu.mxcsr = 0x1E80;                             // DE unmasked
            CpuException x = assertThrows(CpuException.class, () -> m.step("66 4D 0F 51 F9")); // sqrtpd %xmm9,%xmm15
            assertEquals(CpuException.XM, x.vector());
            assertEquals(0x1E83, m.cpu.mxcsr);                // IE and DE, as on the host
            m.cpu.xmm[4] = 0x0000_0000_0000_000EL;            // xmm2: denormal / x, 0 / pi,
            m.cpu.xmm[5] = 0xA8E8_F393_E0EB_6F0CL;            // x / 0, x / denormal
            m.cpu.xmm[0] = 0x4049_0FDB_6EE0_5037L;
            m.cpu.xmm[1] = 0x0000_0001_0000_0000L;
            m.cpu.mxcsr = 0x1E80;
            assertThrows(CpuException.class, () -> m.step("42 0F 5E D0")); // divps %xmm0,%xmm2
            assertEquals(0x1E86, m.cpu.mxcsr);                // ZE and DE
            m.cpu.xmm[18] = 0x7FF8_0000_0001_2345L;          // a QNaN, and a negative denormal:
            m.cpu.xmm[19] = 0x800F_FFFF_FFFF_FFFFL;          // #I (masked) outranks the unmasked #D
            m.cpu.mxcsr = 0x1E80;                             // DE unmasked only
            m.step("66 4D 0F 51 F9");                        // sqrtpd %xmm9,%xmm15: no #XM
            assertEquals(0x1E81, m.cpu.mxcsr);
            assertEquals(0xFFF8_0000_0000_0000L, m.cpu.xmm[31]);
        }
    }

    /** F2XM1 beyond ±1 (undefined in the SDM) is 2^x − 1; a huge argument used to take minutes. */
    @Test
    void f2xm1OutsideItsDomainReturnsItsArgument() {
        // The host (X87TranscendentalNativeTest's campaign covers 1 < |x| < 2^21): x itself, PE.
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = A;
            m.mem.write64(A, Float80.J);
            m.mem.write16(A + 8, (short) 0x4000);             // 2.0
            m.step("DB E3");                                 // fninit
            m.step("DB 2B");                                 // fldt (%rbx)
            m.step("D9 F0");                                 // f2xm1
            int p = X87.st(m.cpu, 0);
            assertEquals(0x4000, m.cpu.fpuSe[p]);
            assertEquals(Float80.J, m.cpu.fpuMan[p]);
            assertEquals(0x3800 | Float80.PE, m.cpu.fpuStatus);
            m.mem.write16(A + 8, (short) 0xFFFE);             // −2^16383
            m.step("DB 2B");                                 // fldt (%rbx)
            m.step("D9 F0");                                 // f2xm1
            p = X87.st(m.cpu, 0);
            assertEquals(0xFFFE, m.cpu.fpuSe[p]);
            assertEquals(Float80.J, m.cpu.fpuMan[p]);
            assertEquals(Float80.PE, m.cpu.fpuStatus & 0x3F);
        }
    }

    @Test
    void btcBitOffsetWrapsWithA32BitAddressSize() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = A;
            m.cpu.r[Cpu.RCX] = 1L << 35;                      // 2^32 bytes past (%ebx): A again
            m.step("67 48 0F BB 0B");                          // btc %rcx,(%ebx)
            assertEquals(1, m.mem.read8(A));
        }
    }

    @Test
    void fnstenvMasksEverythingAndClearsTheErrorSummary() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = A;
            m.cpu.fpuControl = 0x037E;                        // IE unmasked
            m.cpu.fpuStatus = 0x8081;                         // IE pending: ES and B
            m.step("D9 33");                                 // fnstenv (%rbx)
            assertEquals(0x037F, m.cpu.fpuControl);
            assertEquals(0x0001, m.cpu.fpuStatus);
        }
    }

    @Test
    void fsincosReportsAStackOverflowBeforeOutOfRange() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RBX] = A;
            m.mem.write64(A, Float80.J);
            m.mem.write16(A + 8, (short) 0x7000);             // 2^12289: out of range
            m.step("DB E3");                                 // fninit
            for (int k = 0; k < 8; k++) {
                m.step("DB 2B");                             // fldt (%rbx), eight times: the stack is full
            }
            m.step("D9 FB");                                 // fsincos
            assertEquals(Float80.IE | Float80.SF | X87.C1, m.cpu.fpuStatus & (0x7F | X87.C1 | X87.C2));
        }
    }

    /** fninit, fld1, fldz: TOP 6 with R6 and R7 in use, the state an MMX transition changes. */
    private static void twoOnTheStack(StepMachine m) {
        m.step("DB E3");
        m.step("D9 E8");
        m.step("D9 EE");
    }

    @Test
    void maskmovqMakesTheMmxTransitionEvenWhenItsStoreFaults() {
        try (StepMachine m = new StepMachine()) {
            twoOnTheStack(m);
            m.cpu.fpuMan[1] = -1;                              // mm1: every byte selected
            m.cpu.r[Cpu.RDI] = END;
            assertThrows(GuestFault.class, () -> m.step("0F F7 C1")); // maskmovq %mm1,%mm0
            assertEquals(0, X87.top(m.cpu));
            assertEquals(0, m.cpu.fpuTag);
        }
    }

    @Test
    void mmxLoadThatFaultsLeavesTheX87StateAlone() {
        try (StepMachine m = new StepMachine()) {
            twoOnTheStack(m);
            m.cpu.r[Cpu.RBX] = END;
            assertThrows(GuestFault.class, () -> m.step("0F FC 03")); // paddb (%rbx),%mm0
            assertEquals(6, X87.top(m.cpu));
            assertEquals(0x0FFF, m.cpu.fpuTag);
        }
    }

    @Test
    void cvtps2piMakesTheMmxTransitionBeforeAnUnmaskedInvalid() {
        try (StepMachine m = new StepMachine()) {
            twoOnTheStack(m);
            m.cpu.mxcsr = 0x1F00;                              // IE unmasked
            m.cpu.xmm[4] = 0x7FC00000_7FC00000L;               // xmm2: two NaNs
            CpuException e = assertThrows(CpuException.class, () -> m.step("0F 2D C2")); // cvtps2pi %xmm2,%mm0
            assertEquals(CpuException.XM, e.vector());
            assertEquals(0, X87.top(m.cpu));
            assertEquals(0, m.cpu.fpuTag);
        }
    }

    @Test
    void mmxStoreWithAPendingX87ExceptionRaisesMfBeforeStoring() {
        try (StepMachine m = new StepMachine()) {
            m.bytes(A, filled(8));
            m.cpu.fpuStatus = 0x80FF;                          // B, ES: an unmasked exception pending
            m.cpu.r[Cpu.RBX] = A;
            CpuException e = assertThrows(CpuException.class, () -> m.step("0F E7 23")); // movntq %mm4,(%rbx)
            assertEquals(CpuException.MF, e.vector());
            assertArrayEquals(filled(8), m.bytes(A, 8));
        }
    }
}
