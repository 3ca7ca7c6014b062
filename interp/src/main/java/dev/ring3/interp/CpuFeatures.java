package dev.ring3.interp;

import java.nio.charset.StandardCharsets;

/**
 * The processor ring3 claims to be, in one place: what CPUID reports leaf by leaf, and the feature
 * words the ELF loader passes on (AT_HWCAP is leaf 1 EDX, as the kernel does). A bit is set here
 * only if ring3 implements the instructions behind it, so that glibc's and other programs'
 * feature dispatch never picks a path ring3 cannot run (SDM Vol. 2 CPUID, Table 3-8 onwards).
 *
 * <p>The leaves: 0 (vendor, max basic leaf 7), 1 (signature, features), 2 (only "see leaf 4"),
 * 4 (deterministic cache parameters, which glibc sizes its memcpy thresholds from), 7 subleaf 0
 * (FSGSBASE, BMI1, BMI2, ADX, RDSEED, CLFLUSHOPT, CLWB, RDPID), 3/5/6 all zero (no PSN, MONITOR or thermal leaves),
 * 0x80000000 (max extended 0x80000008), 0x80000001 (SYSCALL, NX, RDTSCP, LM, LAHF_LM, ABM),
 * 0x80000002-4 (brand string), 0x80000006 (L2 as leaf 4 says), 0x80000007 (invariant TSC),
 * 0x80000008 (48-bit virtual, 39-bit physical addresses). Any other leaf or subleaf reads as
 * zeros, as the AMD host this was checked on answers (an Intel CPU repeats the highest basic
 * leaf for an out-of-range one). Never AVX, AVX2, FMA or OSXSAVE: ring3 has no VEX vector
 * instructions, and without OSXSAVE programs never try them.
 */
public final class CpuFeatures {
    private CpuFeatures() {}

    public static final int MAX_BASIC_LEAF = 7;
    public static final int MAX_EXTENDED_LEAF = 0x80000008;

    /** "GenuineIntel": glibc selects its Intel cache-info and tuning code by this string. */
    public static final String VENDOR = "GenuineIntel";
    public static final String BRAND = "ring3 x86-64 user-mode emulator";
    private static final byte[] VENDOR_BYTES = VENDOR.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BRAND_BYTES = BRAND.getBytes(StandardCharsets.US_ASCII);

    // ---- leaf 1 ---------------------------------------------------------------------------------

    /** Family 6, model 0x0F, stepping 11 (a Core 2 signature; the feature bits say what is there). */
    public static final int SIGNATURE = (6 << 8) | (0xF << 4) | 0xB;
    /** CLFLUSH line size 8 x 8 = 64 bytes, 1 logical processor, initial APIC id 0, no brand index. */
    public static final int LEAF1_EBX = (8 << 8) | (1 << 16);

    public static final int EDX_FPU = 1, EDX_TSC = 1 << 4, EDX_CX8 = 1 << 8, EDX_CMOV = 1 << 15,
            EDX_CLFSH = 1 << 19, EDX_MMX = 1 << 23, EDX_FXSR = 1 << 24, EDX_SSE = 1 << 25, EDX_SSE2 = 1 << 26;
    /** Leaf 1 EDX. */
    public static final int LEAF1_EDX = EDX_FPU | EDX_TSC | EDX_CX8 | EDX_CMOV | EDX_CLFSH | EDX_MMX | EDX_FXSR
            | EDX_SSE | EDX_SSE2;

    public static final int ECX_SSE3 = 1, ECX_PCLMULQDQ = 1 << 1, ECX_SSSE3 = 1 << 9, ECX_CX16 = 1 << 13,
            ECX_SSE41 = 1 << 19, ECX_SSE42 = 1 << 20, ECX_MOVBE = 1 << 22, ECX_POPCNT = 1 << 23, ECX_AES = 1 << 25,
            ECX_RDRAND = 1 << 30;
    /**
     * Leaf 1 ECX: SSE3 (without MONITOR/MWAIT, bit 3), PCLMULQDQ, SSSE3, CMPXCHG16B, SSE4.1, SSE4.2,
     * MOVBE, POPCNT, AES, RDRAND. No OSXSAVE, so XGETBV is #UD and AVX is off.
     */
    public static final int LEAF1_ECX = ECX_SSE3 | ECX_PCLMULQDQ | ECX_SSSE3 | ECX_CX16 | ECX_SSE41 | ECX_SSE42
            | ECX_MOVBE | ECX_POPCNT | ECX_AES | ECX_RDRAND;

    // ---- leaf 7 ---------------------------------------------------------------------------------

    public static final int EBX7_FSGSBASE = 1, EBX7_BMI1 = 1 << 3, EBX7_BMI2 = 1 << 8, EBX7_RDSEED = 1 << 18, EBX7_ADX = 1 << 19,
            EBX7_CLFLUSHOPT = 1 << 23, EBX7_CLWB = 1 << 24;
    /** Leaf 7 subleaf 0 EBX (structured extended features); EAX = 0: no further subleaves. */
    public static final int LEAF7_EBX = EBX7_FSGSBASE | EBX7_BMI1 | EBX7_BMI2 | EBX7_RDSEED | EBX7_ADX | EBX7_CLFLUSHOPT
            | EBX7_CLWB;

    /** Leaf 7 subleaf 0 ECX bit 22: RDPID, which the host runs in user mode too. */
    public static final int ECX7_RDPID = 1 << 22;
    public static final int LEAF7_ECX = ECX7_RDPID;

    /** The ELF auxiliary vector's AT_HWCAP on x86-64 is leaf 1 EDX (arch/x86/kernel/cpu/common.c). */
    public static final long HWCAP = LEAF1_EDX & 0xFFFFFFFFL;
    /**
     * AT_HWCAP2 bit 1, HWCAP2_FSGSBASE: the kernel has set CR4.FSGSBASE, so RDFSBASE and its kin
     * run at CPL 3 (as on the host, Linux 5.9 and later).
     */
    public static final long HWCAP2 = 2;

    // ---- extended leaves ---------------------------------------------------------------------

    public static final int EXT_EDX_SYSCALL = 1 << 11, EXT_EDX_NX = 1 << 20, EXT_EDX_RDTSCP = 1 << 27,
            EXT_EDX_LM = 1 << 29;
    public static final int EXT1_EDX = EXT_EDX_SYSCALL | EXT_EDX_NX | EXT_EDX_RDTSCP | EXT_EDX_LM;
    public static final int EXT_ECX_LAHF = 1, EXT_ECX_ABM = 1 << 5;
    /** LAHF/SAHF in 64-bit mode; bit 5, LZCNT (Intel's name; AMD's ABM). */
    public static final int EXT1_ECX = EXT_ECX_LAHF | EXT_ECX_ABM;
    /** 0x80000007 EDX bit 8: the TSC runs at a constant rate (it is the host's monotonic clock). */
    public static final int EXT7_EDX = 1 << 8;
    /** 0x80000008 EAX: 48-bit linear, 39-bit physical addresses. */
    public static final int EXT8_EAX = (48 << 8) | 39;

    // ---- caches (leaf 4 and 0x80000006 must agree) ---------------------------------------------

    private static final int LINE = 64;
    /** Per cache: type (1 data, 2 instruction, 3 unified), level, ways, sets. */
    private static final int[][] CACHES = {
        {1, 1, 8, 64},      // L1d 32 KiB
        {2, 1, 8, 64},      // L1i 32 KiB
        {3, 2, 16, 1024},   // L2 1 MiB
        {3, 3, 16, 8192},   // L3 8 MiB
    };

    /** The registers CPUID returns, by index 0 EAX, 1 EBX, 2 ECX, 3 EDX. */
    public static final int EAX = 0, EBX = 1, ECX = 2, EDX = 3;

    /** One register of CPUID's answer for {@code leaf} and {@code subleaf}, as an unsigned 32-bit value. */
    public static long cpuid(int leaf, int subleaf, int reg) {
        return value(leaf, subleaf, reg) & 0xFFFFFFFFL;
    }

    private static int value(int leaf, int subleaf, int reg) {
        switch (leaf) {
            case 0:
                return reg == EAX ? MAX_BASIC_LEAF : vendorWord(reg);
            case 1:
                return pick(reg, SIGNATURE, LEAF1_EBX, LEAF1_ECX, LEAF1_EDX);
            case 2:
                // AL = 1 (execute once); descriptor 0xFF: "no cache descriptors, use leaf 4".
                return reg == EAX ? 0xFF01 : 0;
            case 4:
                return cacheLeaf(subleaf, reg);
            case 7:
                return subleaf != 0 ? 0 : reg == EBX ? LEAF7_EBX : reg == ECX ? LEAF7_ECX : 0;
            case 0x80000000:
                return reg == EAX ? MAX_EXTENDED_LEAF : 0;
            case 0x80000001:
                return pick(reg, 0, 0, EXT1_ECX, EXT1_EDX);
            case 0x80000002: case 0x80000003: case 0x80000004:
                return brandWord((leaf - 0x80000002) * 4 + reg);
            case 0x80000006:
                // ECX: L2 size in KiB [31:16], associativity code 8 = 16-way [15:12], line size [7:0].
                return reg == ECX ? (cacheBytes(2) / 1024) << 16 | 8 << 12 | LINE : 0;
            case 0x80000007:
                return reg == EDX ? EXT7_EDX : 0;
            case 0x80000008:
                return reg == EAX ? EXT8_EAX : 0;
            default:
                return 0;
        }
    }

    private static int pick(int reg, int eax, int ebx, int ecx, int edx) {
        switch (reg) {
            case EAX: return eax;
            case EBX: return ebx;
            case ECX: return ecx;
            default: return edx;
        }
    }

    /** Leaf 4, subleaf n: the nth cache, or type 0 ("no more caches"). SDM Vol. 2 Table 3-8. */
    private static int cacheLeaf(int subleaf, int reg) {
        if (subleaf < 0 || subleaf >= CACHES.length) {
            return 0;
        }
        int[] k = CACHES[subleaf];
        switch (reg) {
            // Type, level, self-initialising (bit 8); sharing fields 0 = one thread, one core.
            case EAX: return k[0] | k[1] << 5 | 1 << 8;
            // Ways - 1 [31:22], partitions - 1 [21:12], line size - 1 [11:0].
            case EBX: return (k[2] - 1) << 22 | (LINE - 1);
            case ECX: return k[3] - 1;
            default: return 0;
        }
    }

    /** Size in bytes of the first cache at {@code level} (unified or data). */
    static int cacheBytes(int level) {
        for (int[] k : CACHES) {
            if (k[1] == level && k[0] != 2) {
                return k[2] * k[3] * LINE;
            }
        }
        return 0;
    }

    /** Leaf 0 spells the vendor in EBX, EDX, ECX order. */
    private static int vendorWord(int reg) {
        int word = reg == EBX ? 0 : reg == EDX ? 1 : 2;
        return littleEndianWord(VENDOR_BYTES, word);
    }

    /** Word {@code n} (0..11) of the 48-byte, NUL-padded brand string. */
    private static int brandWord(int n) {
        return littleEndianWord(BRAND_BYTES, n);
    }

    private static int littleEndianWord(byte[] s, int word) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int at = word * 4 + k;
            v |= (at < s.length ? s[at] & 0xFF : 0) << (8 * k);
        }
        return v;
    }
}
