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

    @Test
    void advertisesExactlyTheIntegerExtensionsRing3Implements() {
        long ebx7 = CpuFeatures.cpuid(7, 0, CpuFeatures.EBX);
        assertEquals(1L << 3 | 1L << 8 | 1L << 18 | 1L << 19 | 1L << 23, ebx7, "BMI1 BMI2 RDSEED ADX CLFLUSHOPT");
        assertEquals(0L, CpuFeatures.cpuid(7, 0, CpuFeatures.EAX), "no leaf 7 subleaves beyond 0");
        assertEquals(0L, CpuFeatures.cpuid(7, 0, CpuFeatures.ECX));
        assertEquals(0L, CpuFeatures.cpuid(7, 0, CpuFeatures.EDX));
        for (int reg = 0; reg < 4; reg++) {
            assertEquals(0L, CpuFeatures.cpuid(7, 1, reg), "subleaf 1");
        }
        long ecx1 = CpuFeatures.cpuid(1, 0, CpuFeatures.ECX);
        assertTrue((ecx1 & 1L << 22) != 0 && (ecx1 & 1L << 30) != 0, "MOVBE, RDRAND");
        assertTrue((CpuFeatures.cpuid(0x80000001, 0, CpuFeatures.ECX) & 1L << 5) != 0, "LZCNT (ABM)");
    }

    @Test
    void neverAdvertisesAvxFmaOrOsxsave() {
        long ecx1 = CpuFeatures.cpuid(1, 0, CpuFeatures.ECX);
        assertEquals(0L, ecx1 & (1L << 12 | 1L << 27 | 1L << 28), "FMA, OSXSAVE, AVX");
        long ebx7 = CpuFeatures.cpuid(7, 0, CpuFeatures.EBX);
        assertEquals(0L, ebx7 & (1L << 5 | 1L << 16), "AVX2, AVX-512F");
    }
}
