package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The feature words other modules read agree with what CPUID returns. */
class CpuFeaturesTest {
    @Test
    void hwcapIsLeafOneEdx() {
        assertEquals(CpuFeatures.cpuid(1, 0, CpuFeatures.EDX), CpuFeatures.HWCAP);
        assertEquals(0L, CpuFeatures.HWCAP2);
    }

    @Test
    void everyAdvertisedLeafIsWithinTheMaxima() {
        assertEquals(CpuFeatures.MAX_BASIC_LEAF, CpuFeatures.cpuid(0, 0, CpuFeatures.EAX));
        assertEquals(CpuFeatures.MAX_EXTENDED_LEAF & 0xFFFFFFFFL, CpuFeatures.cpuid(0x80000000, 0, CpuFeatures.EAX));
        for (int reg = 0; reg < 4; reg++) {
            assertEquals(0L, CpuFeatures.cpuid(CpuFeatures.MAX_BASIC_LEAF + 1, 0, reg));
            assertEquals(0L, CpuFeatures.cpuid(CpuFeatures.MAX_EXTENDED_LEAF + 1, 0, reg));
        }
    }

    @Test
    void cacheSizesAreWhatLeafFourDescribes() {
        assertEquals(32 * 1024, CpuFeatures.cacheBytes(1));
        assertEquals(1024 * 1024, CpuFeatures.cacheBytes(2));
        assertEquals(8 * 1024 * 1024, CpuFeatures.cacheBytes(3));
        assertTrue(CpuFeatures.cpuid(4, 4, CpuFeatures.EAX) == 0, "no fifth cache");
    }
}
