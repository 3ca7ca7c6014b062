package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Unmasked SIMD floating-point exceptions (#XM): the destination is left unchanged and MXCSR
 * holds exactly the flags hardware reports. Expected values were taken natively with a SIGFPE
 * handler reading the saved MXCSR (AMD EPYC host): OE and UE come alone when unmasked, an
 * unmasked DE stops the operation before PE is computed.
 */
class SseExceptionTest {
    private static final String ADDSS = "f30f58c1", DIVSS = "f30f5ec1";

    private static void xm(String code, int mxcsr, float a, float b, int wantMxcsr) {
        try (StepMachine m = new StepMachine()) {
            m.cpu.mxcsr = mxcsr;
            m.cpu.xmm[0] = Float.floatToRawIntBits(a) & 0xFFFFFFFFL | 0x1234_5678_0000_0000L;
            m.cpu.xmm[2] = Float.floatToRawIntBits(b) & 0xFFFFFFFFL;
            long before = m.cpu.xmm[0];
            CpuException e = assertThrows(CpuException.class, () -> m.step(code));
            assertEquals(CpuException.XM, e.vector());
            assertEquals(before, m.cpu.xmm[0], "destination unchanged");
            assertEquals(Integer.toHexString(wantMxcsr), Integer.toHexString(m.cpu.mxcsr));
            assertEquals(wantMxcsr & 0x3F & ~(mxcsr >>> 7), e.detail());
        }
    }

    @Test
    void precisionUnmasked() {
        xm(ADDSS, 0xF80, 1.0f, 1e-10f, 0xFA0);
    }

    @Test
    void overflowUnmaskedReportsOeAlone() {
        xm(ADDSS, 0x1B80, 3e38f, 3e38f, 0x1B88);
    }

    @Test
    void underflowUnmaskedEvenWhenExact() {
        xm(ADDSS, 0x1780, 1.5e-38f, -1.4e-38f, 0x1790);
    }

    @Test
    void divideByZeroUnmasked() {
        xm(DIVSS, 0x1D80, 1.0f, 0.0f, 0x1D84);
    }

    @Test
    void invalidUnmasked() {
        xm(ADDSS, 0x1F00, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0x1F01);
    }

    @Test
    void denormalUnmaskedStopsBeforePrecision() {
        xm(DIVSS, 0x1E80, 1e-40f, 1.1f, 0x1E82);
    }

    /** Lanes: 1/0 (ZE, unmasked), 1/3 (PE), 1e-40/1 (DE), 3e38/0.1 (OE): only ZE and DE remain. */
    @Test
    void packedUnmaskedPreComputationExceptionHidesPostComputationFlags() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.mxcsr = 0x1D80;
            m.cpu.xmm[0] = lanes(1f, 1f);
            m.cpu.xmm[1] = lanes(1e-40f, 3e38f);
            m.cpu.xmm[2] = lanes(0f, 3f);
            m.cpu.xmm[3] = lanes(1f, 0.1f);
            assertThrows(CpuException.class, () -> m.step("0f5ec1"));   // divps xmm0, xmm1
            assertEquals(0x1D86, m.cpu.mxcsr);
            assertEquals(lanes(1f, 1f), m.cpu.xmm[0]);

            m.cpu.mxcsr = 0xF80;   // PE unmasked: every lane's flags
            assertThrows(CpuException.class, () -> m.step("0f5ec1"));
            assertEquals(0xFAE, m.cpu.mxcsr);
        }
    }

    private static long lanes(float lo, float hi) {
        return Float.floatToRawIntBits(lo) & 0xFFFFFFFFL | (long) Float.floatToRawIntBits(hi) << 32;
    }

    @Test
    void maskedFlagsAreStickyAndNoException() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.mxcsr = 0x1F80 | Mxcsr.ZE;
            m.cpu.xmm[0] = Float.floatToRawIntBits(1.0f);
            m.cpu.xmm[2] = Float.floatToRawIntBits(3.0f);
            m.step(DIVSS);
            assertEquals(0x1F80 | Mxcsr.ZE | Mxcsr.PE, m.cpu.mxcsr);
            assertEquals(Float.floatToRawIntBits(1.0f / 3.0f), (int) m.cpu.xmm[0]);
        }
    }

    // ---- SSE4.1 (native values from the same SIGFPE probe) ---------------------------------------

    private static final String ROUNDPS_4 = "660f3a08c104", ROUNDPS_12 = "660f3a08c10c", DPPS_FF = "660f3a40c1ff",
            DPPS_71 = "660f3a40c171";

    private static void load(StepMachine m, float[] v, float[] w) {
        m.cpu.xmm[0] = lanes(v[0], v[1]);
        m.cpu.xmm[1] = lanes(v[2], v[3]);
        m.cpu.xmm[2] = lanes(w[0], w[1]);
        m.cpu.xmm[3] = lanes(w[2], w[3]);
    }

    /** ROUNDPS with PE unmasked faults unless Ib[3] suppresses PE; a masked IE (SNaN) rides along. */
    @Test
    void roundPrecisionUnmaskedUnlessSuppressed() {
        try (StepMachine m = new StepMachine()) {
            float snan = Float.intBitsToFloat(0x7FA00000);
            load(m, new float[] {1, 2, 3, 4}, new float[] {1.5f, 2f, -0.5f, snan});
            m.cpu.mxcsr = 0xF80;
            CpuException e = assertThrows(CpuException.class, () -> m.step(ROUNDPS_4));
            assertEquals(Mxcsr.PE, e.detail());
            assertEquals(0xFA1, m.cpu.mxcsr);
            assertEquals(lanes(1, 2), m.cpu.xmm[0]);

            m.cpu.mxcsr = 0xF80;
            m.step(ROUNDPS_12);
            assertEquals(0xF81, m.cpu.mxcsr);
            assertEquals(0x4000000040000000L, m.cpu.xmm[0]);
            assertEquals(0x7FE0000080000000L, m.cpu.xmm[1]);
        }
    }

    /** A denormal operand of ROUNDPS raises no DE, even unmasked: only PE for the inexact 0. */
    @Test
    void roundDenormalRaisesNoDenormalException() {
        try (StepMachine m = new StepMachine()) {
            load(m, new float[] {1, 2, 3, 4}, new float[] {1.5f, 2f, -0.5f, Float.MIN_VALUE});
            m.cpu.mxcsr = 0x1E80;
            m.step(ROUNDPS_4);
            assertEquals(0x1EA0, m.cpu.mxcsr);
            assertEquals(0L, m.cpu.xmm[1] >>> 32);
        }
    }

    /**
     * DPPS faults at the end of the step that raised an unmasked exception: inexact products with PE
     * unmasked report UE|PE but not the DE their denormal sum would raise in the next step.
     */
    @Test
    void dotProductFaultsAfterTheMultiplyStep() {
        try (StepMachine m = new StepMachine()) {
            load(m, new float[] {1e-30f, 1e-30f, 1, 1}, new float[] {1e-30f, 1e-10f, 0.3f, 0.4f});
            m.cpu.mxcsr = 0x1F80;
            m.step(DPPS_71);
            assertEquals(0x1FB2, m.cpu.mxcsr);   // masked: UE, PE, and DE from the sum's denormal operand
            load(m, new float[] {1e-30f, 1e-30f, 1, 1}, new float[] {1e-30f, 1e-10f, 0.3f, 0.4f});
            m.cpu.mxcsr = 0xB80;
            assertThrows(CpuException.class, () -> m.step(DPPS_71));
            assertEquals(0xBB0, m.cpu.mxcsr);
        }
    }

    /** The pair sums are one step and the final sum another: PE there stops OE here, and vice versa. */
    @Test
    void dotProductFaultsAfterThePairStep() {
        float tiny = Float.intBitsToFloat(0x30800000);
        try (StepMachine m = new StepMachine()) {
            load(m, new float[] {2e38f, 1, 2e38f, 0}, new float[] {1, tiny, 1, 1});
            m.cpu.mxcsr = 0xF80;
            assertThrows(CpuException.class, () -> m.step(DPPS_FF));
            assertEquals(0xFA0, m.cpu.mxcsr);
            m.cpu.mxcsr = 0x1B80;
            assertThrows(CpuException.class, () -> m.step(DPPS_FF));
            assertEquals(0x1BA8, m.cpu.mxcsr);
            load(m, new float[] {1, 1, 3e38f, 3e38f}, new float[] {1, tiny, 1, 1});
            m.cpu.mxcsr = 0xF80;
            assertThrows(CpuException.class, () -> m.step(DPPS_FF));
            assertEquals(0xFA8, m.cpu.mxcsr);  // both pair sums' flags: OE|PE and PE
        }
    }
}
