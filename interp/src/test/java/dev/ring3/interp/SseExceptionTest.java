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
}
