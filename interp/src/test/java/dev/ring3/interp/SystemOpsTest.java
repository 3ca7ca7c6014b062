package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.GuestFault;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SYSCALL, CPUID, RDTSC/RDTSCP, traps, NOPs and hints, fences, and the x87 control instructions. */
class SystemOpsTest extends StepMachineTest {
    private static final long CODE = StepMachine.CODE;

    private void cpuid(long leaf, long sub) {
        c.r[Cpu.RAX] = leaf | 0xDEAD_0000_0000_0000L; // the top half of RAX is ignored
        c.r[Cpu.RCX] = sub;
        c.r[Cpu.RBX] = -1;
        c.r[Cpu.RDX] = -1;
        m.step("0F A2");
    }

    @Test
    void syscallSetsRcxAndR11ThenCallsTheOs() {
        Flags.sub(c, 8, 0, 1, -1); // CF SF AF PF
        c.rflags |= Flags.DF;
        long flags = Flags.rflags(c);
        Insn in = m.step("0F 05");
        assertTrue(in.op.endsBlock());
        assertEquals(1, m.syscalls);
        assertEquals(CODE + 2, c.r[Cpu.RCX]);
        assertEquals(flags, c.r[Cpu.R11]);
        assertEquals(0x602 | Flags.CF | Flags.SF | Flags.AF | Flags.PF, c.r[Cpu.R11]);
    }

    @Test
    void cpuidAndTscFaultWhenTheThreadAskedForIt() {
        // arch_prctl(ARCH_SET_CPUID, 0) and prctl(PR_SET_TSC, PR_TSC_SIGSEGV): #GP, nothing written
        // (this host has no CPUID faulting, so the corpus cannot reach the CPUID half natively).
        c.cpuidFault = true;
        c.r[Cpu.RBX] = 77;
        assertEquals(CpuException.GP, assertThrows(CpuException.class, () -> m.step("0F A2")).vector());
        assertEquals(77, c.r[Cpu.RBX]);
        c.cpuidFault = false;
        c.tscSigsegv = true;
        c.r[Cpu.RAX] = 5;
        c.r[Cpu.RCX] = 6;
        assertEquals(CpuException.GP, assertThrows(CpuException.class, () -> m.step("0F 31")).vector());
        assertEquals(CpuException.GP, assertThrows(CpuException.class, () -> m.step("0F 01 F9")).vector());
        assertEquals(5, c.r[Cpu.RAX]);
        assertEquals(6, c.r[Cpu.RCX]);
        Cpu copy = c.copy(c.mem);
        assertTrue(copy.tscSigsegv, "fork and clone keep the TSC mode");
        c.tscSigsegv = false;
        m.step("0F 31");
        cpuid(0, 0);
        assertEquals(CpuFeatures.MAX_BASIC_LEAF, c.r[Cpu.RAX]);
    }

    @Test
    void cpuidVendorAndBasicLeaves() {
        cpuid(0, 0);
        assertEquals(CpuFeatures.MAX_BASIC_LEAF, c.r[Cpu.RAX]);
        ByteBuffer v = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        v.putInt((int) c.r[Cpu.RBX]).putInt((int) c.r[Cpu.RDX]).putInt((int) c.r[Cpu.RCX]);
        assertEquals("GenuineIntel", new String(v.array(), StandardCharsets.US_ASCII));
        assertEquals(0L, c.r[Cpu.RBX] >>> 32);

        cpuid(1, 0);
        assertEquals(CpuFeatures.HWCAP, c.r[Cpu.RDX]); // AT_HWCAP is leaf 1 EDX
        assertEquals(6, (c.r[Cpu.RAX] >> 8) & 0xF); // family
        assertEquals(8, (c.r[Cpu.RBX] >> 8) & 0xFF); // CLFLUSH line = 64 bytes
        assertEquals(1, (c.r[Cpu.RBX] >> 16) & 0xFF); // one logical processor
        long edx = c.r[Cpu.RDX], ecx = c.r[Cpu.RCX];
        assertTrue((edx & (1 << 26)) != 0, "SSE2");
        assertTrue((edx & (1 << 25)) != 0, "SSE");
        assertTrue((edx & (1 << 15)) != 0, "CMOV");
        assertTrue((edx & (1 << 23)) != 0, "MMX");
        assertEquals(CpuFeatures.LEAF1_ECX & 0xFFFFFFFFL, ecx);
        for (int bit : new int[] {0, 1, 9, 13, 19, 20, 22, 23, 25, 30}) {
            assertTrue((ecx & (1L << bit)) != 0, "SSE3, PCLMULQDQ, SSSE3, CX16, SSE4.1, SSE4.2, MOVBE, POPCNT, AES, RDRAND: bit " + bit);
        }
        assertEquals(0, ecx & (1 << 3 | 1 << 12 | 1 << 27 | 1 << 28), "no MONITOR, no FMA, no OSXSAVE, no AVX");

        cpuid(7, 0);
        assertEquals(CpuFeatures.LEAF7_EBX & 0xFFFFFFFFL, c.r[Cpu.RBX]);
        assertEquals(CpuFeatures.LEAF7_ECX & 0xFFFFFFFFL, c.r[Cpu.RCX]); // RDPID
        assertEquals(0L, c.r[Cpu.RAX] | c.r[Cpu.RDX]);
        assertEquals(0L, c.r[Cpu.RBX] & (1 << 5), "no AVX2");
        cpuid(7, 1);
        assertEquals(0L, c.r[Cpu.RAX] | c.r[Cpu.RBX] | c.r[Cpu.RCX] | c.r[Cpu.RDX]);
        cpuid(0xD, 0); // XSAVE leaf: beyond the max basic leaf
        assertEquals(0L, c.r[Cpu.RAX] | c.r[Cpu.RBX] | c.r[Cpu.RCX] | c.r[Cpu.RDX]);
        cpuid(0x4000_0000, 0); // no hypervisor leaves
        assertEquals(0L, c.r[Cpu.RAX] | c.r[Cpu.RBX] | c.r[Cpu.RCX] | c.r[Cpu.RDX]);
    }

    @Test
    void cpuidCacheLeavesAreConsistent() {
        cpuid(2, 0);
        assertEquals(0xFF01L, c.r[Cpu.RAX]); // "use leaf 4"
        long l2 = 0;
        int caches = 0;
        for (int sub = 0; ; sub++) {
            cpuid(4, sub);
            long eax = c.r[Cpu.RAX];
            if ((eax & 0x1F) == 0) {
                break;
            }
            caches++;
            long ebx = c.r[Cpu.RBX];
            long bytes = ((ebx >>> 22) + 1) * (((ebx >>> 12) & 0x3FF) + 1) * ((ebx & 0xFFF) + 1) * (c.r[Cpu.RCX] + 1);
            assertEquals(64, (ebx & 0xFFF) + 1);
            if (((eax >> 5) & 7) == 2) {
                l2 = bytes;
            }
        }
        assertEquals(4, caches);
        cpuid(0x8000_0006L, 0);
        assertEquals(l2 / 1024, c.r[Cpu.RCX] >>> 16);
        assertEquals(64, c.r[Cpu.RCX] & 0xFF);
    }

    @Test
    void cpuidExtendedLeaves() {
        cpuid(0x8000_0000L, 0);
        assertEquals(0x8000_0008L, c.r[Cpu.RAX]);
        cpuid(0x8000_0001L, 0);
        long edx = c.r[Cpu.RDX];
        assertTrue((edx & (1 << 29)) != 0, "LM");
        assertTrue((edx & (1 << 11)) != 0, "SYSCALL");
        assertTrue((edx & (1 << 20)) != 0, "NX");
        assertTrue((edx & (1 << 27)) != 0, "RDTSCP");
        assertEquals(1L | 1L << 5, c.r[Cpu.RCX], "LAHF_LM and LZCNT (ABM)");
        StringBuilder brand = new StringBuilder();
        for (long leaf = 0x8000_0002L; leaf <= 0x8000_0004L; leaf++) {
            cpuid(leaf, 0);
            ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt((int) c.r[Cpu.RAX]).putInt((int) c.r[Cpu.RBX]).putInt((int) c.r[Cpu.RCX]).putInt((int) c.r[Cpu.RDX]);
            brand.append(new String(b.array(), StandardCharsets.US_ASCII));
        }
        assertEquals(48, brand.length());
        assertEquals(CpuFeatures.BRAND, brand.toString().replace("\0", ""));
        cpuid(0x8000_0008L, 0);
        assertEquals(48, (c.r[Cpu.RAX] >> 8) & 0xFF);
        assertEquals(39, c.r[Cpu.RAX] & 0xFF);
        cpuid(0x8000_0009L, 0);
        assertEquals(0L, c.r[Cpu.RAX] | c.r[Cpu.RBX] | c.r[Cpu.RCX] | c.r[Cpu.RDX]);
    }

    @Test
    void rdtscIsMonotonicAndRdtscpReportsCpuZero() {
        c.r[Cpu.RAX] = -1;
        c.r[Cpu.RDX] = -1;
        m.step("0F 31");
        long t0 = c.r[Cpu.RDX] << 32 | c.r[Cpu.RAX];
        assertEquals(0L, c.r[Cpu.RAX] >>> 32);
        c.r[Cpu.RCX] = -1;
        m.step("0F 01 F9");
        long t1 = c.r[Cpu.RDX] << 32 | c.r[Cpu.RAX];
        assertEquals(0L, c.r[Cpu.RCX]);
        assertTrue(t1 >= t0);
        assertEquals(1_000_000_000L, SystemOps.TSC_HZ);
    }

    @Test
    void trapsRaiseTheirVectors() {
        assertEquals(CpuException.UD, assertThrows(CpuException.class, () -> m.step("0F 0B")).vector());
        assertEquals(CpuException.BP, assertThrows(CpuException.class, () -> m.step("CC")).vector());
        assertEquals(CpuException.GP, assertThrows(CpuException.class, () -> m.step("CD 80")).vector());
        assertEquals(CpuException.GP, assertThrows(CpuException.class, () -> m.step("F4")).vector());
        assertEquals(CODE, c.rip);
        // XGETBV is not implemented: CPUID says OSXSAVE = 0.
        assertSame(OpcodeTable.INVALID, m.decode("0F 01 D0").op);
    }

    @Test
    void nopsAndHintsDoNothing() {
        c.r[Cpu.RAX] = 0x1234;
        long[] before = c.r.clone();
        String[] nops = {
            "0F 1F 00", "0F 1F 44 00 00", "66 0F 1F 84 00 00 00 00 00", "66 2E 0F 1F 84 00 00 00 00 00",
            "F3 0F 1E FA", "F3 48 0F 1E C8", "0F 18 08", "0F 0D 08", "F3 90", "9B",
            "0F AE E8", "0F AE F0", "0F AE F8",
        };
        for (String n : nops) {
            Insn in = m.step(n);
            assertNotEquals(OpcodeTable.INVALID, in.op, n);
        }
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(c.r));
        assertEquals("endbr64", m.decode("F3 0F 1E FA").op.mnemonic);
        assertEquals("prefetcht0", m.decode("0F 18 08").op.mnemonic);
        assertEquals("lfence", m.decode("0F AE E8").op.mnemonic);
        assertEquals("mfence", m.decode("0F AE F0").op.mnemonic);
        assertEquals("sfence", m.decode("0F AE F8").op.mnemonic);
    }

    @Test
    void clflushClflushoptAndClwbFaultLikeALoad() {
        c.r[Cpu.RAX] = StepMachine.DATA;
        assertEquals("clflush", m.step("0F AE 38").op.mnemonic);
        c.r[Cpu.RAX] = 0x2000;
        GuestFault f = assertThrows(GuestFault.class, () -> m.step("0F AE 38"));
        assertEquals(0x2000L, f.address());
        c.r[Cpu.RAX] = StepMachine.DATA;
        assertEquals("clflushopt", m.step("66 0F AE 38").op.mnemonic);
        c.r[Cpu.RAX] = 0x3000;
        GuestFault g = assertThrows(GuestFault.class, () -> m.step("66 0F AE 38"));
        assertEquals(0x3000L, g.address());
        c.r[Cpu.RAX] = StepMachine.DATA;
        assertEquals("clwb", m.step("66 0F AE 30").op.mnemonic);
        c.r[Cpu.RAX] = 0x4000;
        GuestFault h = assertThrows(GuestFault.class, () -> m.step("66 0F AE 30"));
        assertEquals(0x4000L, h.address());
    }

    @Test
    void x87ControlWords() {
        c.r[Cpu.RAX] = StepMachine.DATA;
        m.step("D9 38"); // fnstcw [rax]
        assertEquals(0x037F, c.mem.read16(StepMachine.DATA));
        c.mem.write16(StepMachine.DATA + 2, (short) 0x0C7F);
        m.step("D9 68 02"); // fldcw [rax+2]
        assertEquals(0x0C7F, c.fpuControl);
        c.fpuStatus = 0x3800;
        c.r[Cpu.RAX] = -1;
        m.step("DF E0"); // fnstsw ax
        assertEquals(0xFFFF_FFFF_FFFF_3800L, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = StepMachine.DATA;
        m.step("DD 78 04"); // fnstsw [rax+4]
        assertEquals(0x3800, c.mem.read16(StepMachine.DATA + 4));
        c.fpuTag = 0;
        m.step("DB E3"); // fninit
        assertEquals(0x037F, c.fpuControl);
        assertEquals(0, c.fpuStatus);
        assertEquals(0xFFFF, c.fpuTag);
        m.step("9B D9 38"); // fstcw = fwait; fnstcw: the fwait decodes on its own
        assertEquals("fwait", m.decode("9B D9 38").op.mnemonic);
    }

    /** What the host does at CPL 3 (a native probe): #GP, delivered as SIGSEGV, not #UD. */
    @Test
    void privilegedInstructionsRaiseGeneralProtection() {
        for (String insn : new String[] {"FA", "FB", "F4", "E4 80", "EC", "66 ED", "E6 80", "EE", "0F 30", "0F 32",
            "0F 33", "0F 06", "0F 08", "0F 09", "F3 0F 09", "0F 01 F8"}) {
            CpuException x = assertThrows(CpuException.class, () -> m.step(insn), insn);
            assertEquals(CpuException.GP, x.vector(), insn);
        }
    }
}
