package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The feature words other modules read agree with what CPUID returns. */
class CpuFeaturesTest {
    @Test
    void hwcapIsLeafOneEdx() {
        assertEquals(CpuFeatures.cpuid(1, 0, CpuFeatures.EDX), CpuFeatures.HWCAP);
        assertEquals(2L, CpuFeatures.HWCAP2); // HWCAP2_FSGSBASE
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

    /**
     * Each leaf 1 ECX bit ring3 sets has its instructions in the table (a sample of each set), and
     * MONITOR, whose bit stays clear, is still #UD.
     */
    @Test
    void advertisedExtensionsDecode() {
        long ecx = CpuFeatures.cpuid(1, 0, CpuFeatures.ECX);
        Object[][] sets = {
            {CpuFeatures.ECX_SSE3, new String[] {"f20f7cc1", "f30f16c1", "f20ff002"}},          // haddps movshdup lddqu
            {CpuFeatures.ECX_SSSE3, new String[] {"660f3800c1", "660f3a0fc103", "660f381cc1"}}, // pshufb palignr pabsb
            {CpuFeatures.ECX_SSE41, new String[] {"660f3817c1", "660f3a08c104", "660f3a40c1ff", "660f3820c1"}},
        };
        Decoder d = new Decoder();
        for (Object[] set : sets) {
            int bit = (Integer) set[0];
            assertTrue((ecx & bit) != 0, "bit " + Integer.toHexString(bit) + " advertised");
            for (String hex : (String[]) set[1]) {
                byte[] b = java.util.HexFormat.of().parseHex(hex);
                assertTrue(d.decode(b, 0, b.length, 0x1000).op != OpcodeTable.INVALID, hex);
            }
        }
        assertEquals(0L, ecx & (1 << 3), "no MONITOR/MWAIT");
        byte[] monitor = {0x0F, 0x01, (byte) 0xC8};
        assertSame(OpcodeTable.INVALID, d.decode(monitor, 0, 3, 0x1000).op);
    }

    /** SSE4.2, POPCNT, PCLMULQDQ, AES and MMX: each bit with its instructions in the table. */
    @Test
    void advertisedSse42AesPclmulMmxDecode() {
        Decoder d = new Decoder();
        int[][] probes = {
            {CpuFeatures.ECX, CpuFeatures.ECX_SSE42, 0x66, 0x0F, 0x3A, 0x63, 0xC1, 0x0C},   // pcmpistri
            {CpuFeatures.ECX, CpuFeatures.ECX_SSE42, 0xF2, 0x0F, 0x38, 0xF1, 0xC1},         // crc32
            {CpuFeatures.ECX, CpuFeatures.ECX_POPCNT, 0xF3, 0x0F, 0xB8, 0xC1},              // popcnt
            {CpuFeatures.ECX, CpuFeatures.ECX_PCLMULQDQ, 0x66, 0x0F, 0x3A, 0x44, 0xC1, 0x00},
            {CpuFeatures.ECX, CpuFeatures.ECX_AES, 0x66, 0x0F, 0x38, 0xDC, 0xC1},           // aesenc
            {CpuFeatures.EDX, CpuFeatures.EDX_MMX, 0x0F, 0xFC, 0xC1},                       // paddb mm
        };
        for (int[] p : probes) {
            assertTrue((CpuFeatures.cpuid(1, 0, p[0]) & p[1]) != 0, "bit " + Integer.toHexString(p[1]));
            byte[] code = new byte[p.length - 2];
            for (int k = 2; k < p.length; k++) {
                code[k - 2] = (byte) p[k];
            }
            Insn in = d.decode(code, 0, code.length, 0x1000);
            assertTrue(in.op != OpcodeTable.INVALID && in.len == code.length, in.toString());
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
        assertEquals(1L | 1L << 3 | 1L << 8 | 1L << 18 | 1L << 19 | 1L << 23 | 1L << 24, ebx7,
                "FSGSBASE BMI1 BMI2 RDSEED ADX CLFLUSHOPT CLWB");
        assertEquals(0L, CpuFeatures.cpuid(7, 0, CpuFeatures.EAX), "no leaf 7 subleaves beyond 0");
        assertEquals(1L << 22, CpuFeatures.cpuid(7, 0, CpuFeatures.ECX), "RDPID");
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
