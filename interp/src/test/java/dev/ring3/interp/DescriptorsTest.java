package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ring3.mmu.GuestFault;
import org.junit.jupiter.api.Test;

/**
 * LAR, LSL, VERR, VERW, SMSW, SGDT, SIDT, SLDT, STR, the FS/GS base instructions, RDPID and the
 * control/debug register moves. The expected values are the host's (an AMD EPYC under Linux with
 * UMIP and FSGSBASE), from native probes of the same bytes.
 */
class DescriptorsTest extends StepMachineTest {

    private static final long JUNK = 0xDEAD_BEEF_CAFE_0000L;

    private void zfIs(boolean set) {
        assertEquals(set, Flags.zf(c));
    }

    @Test
    void larAndLslSeeLinuxsUserDescriptors() {
        Flags.setEager(c, Flags.CF | Flags.PF);
        long[][] cases = {{0x20, 0xCFFB00, 0xFFFFFFFFL}, {0x2B, 0xCFF300, 0xFFFFFFFFL},
            {0x31, 0xAFFB00, 0xFFFFFFFFL}, {0x7B, 0x40F500, 0}};
        for (long[] k : cases) {
            c.r[Cpu.RCX] = k[0] | 0xFFFF_0000L; // only the low 16 bits name the selector
            c.r[Cpu.RAX] = JUNK;
            m.step("0F 02 C1"); // lar eax, ecx
            assertEquals(k[1], c.r[Cpu.RAX]);
            zfIs(true);
            assertEquals(true, Flags.cf(c)); // the other flags are kept
            m.step("48 0F 03 C1"); // lsl rax, ecx
            assertEquals(k[2], c.r[Cpu.RAX]);
            c.r[Cpu.RAX] = JUNK;
            m.step("66 0F 02 C1"); // lar ax, cx
            assertEquals(JUNK | k[1] & 0xFFFF, c.r[Cpu.RAX]);
        }
        for (int sel : new int[] {0, 3, 8, 0x10, 0x18, 0x24, 0x38, 0x40, 0x60, 0x80, 0xFFFF}) {
            c.r[Cpu.RCX] = sel;
            c.r[Cpu.RAX] = JUNK;
            m.step("0F 02 C1"); // a failing selector leaves even bits 63..32 alone
            assertEquals(JUNK, c.r[Cpu.RAX], "lar " + sel);
            zfIs(false);
            m.step("0F 03 C1");
            assertEquals(JUNK, c.r[Cpu.RAX], "lsl " + sel);
            zfIs(false);
        }
    }

    @Test
    void verrAndVerw() {
        int[][] cases = {{0x23, 1, 0}, {0x2B, 1, 1}, {0x33, 1, 0}, {0x78, 1, 0}, {0x10, 0, 0}, {0, 0, 0}};
        for (int[] k : cases) {
            c.r[Cpu.RCX] = k[0];
            m.step("0F 00 E1"); // verr cx
            zfIs(k[1] != 0);
            m.step("0F 00 E9"); // verw cx
            zfIs(k[2] != 0);
        }
    }

    @Test
    void umipEmulationValues() {
        c.r[Cpu.RAX] = JUNK;
        m.step("0F 01 E0"); // smsw eax: 4 bytes written, nothing zero-extended
        assertEquals(0xDEAD_BEEF_8005_0033L, c.r[Cpu.RAX]);
        m.step("48 0F 01 E0"); // smsw rax
        assertEquals(0x8005_0033L, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = JUNK;
        m.step("66 0F 01 E0"); // smsw ax
        assertEquals(JUNK | 0x33, c.r[Cpu.RAX]);
        m.step("0F 00 C8"); // str eax
        assertEquals(0xDEAD_BEEF_0000_0040L, c.r[Cpu.RAX]);
        m.step("0F 00 C0"); // sldt eax
        assertEquals(JUNK & ~0xFFFF_FFFFL, c.r[Cpu.RAX]);

        c.r[Cpu.RBX] = StepMachine.DATA;
        c.mem.write64(StepMachine.DATA, -1);
        c.mem.write64(StepMachine.DATA + 8, -1);
        m.step("48 0F 01 23"); // smsw [rbx]: two bytes whatever the operand size
        assertEquals(0xFFFF_FFFF_FFFF_0033L, c.mem.read64(StepMachine.DATA));
        m.step("0F 01 03"); // sgdt [rbx]: limit 0, base 0xFFFFFFFFFFFE0000
        assertEquals(0xFFFF_FFFE_0000_0000L, c.mem.read64(StepMachine.DATA)); // the host: 00 00 00 00 fe ff ff ff ff ff
        assertEquals(0xFFFF_FFFF_FFFF_FFFFL, c.mem.read64(StepMachine.DATA + 8));
        m.step("0F 01 0B"); // sidt [rbx]
        assertEquals(0xFFFF_FFFF_0000_0000L, c.mem.read64(StepMachine.DATA));
        c.mem.write32(StepMachine.DATA, -1);
        m.step("0F 00 0B"); // str [rbx]: two bytes
        assertEquals(0xFFFF_0040, c.mem.read32(StepMachine.DATA));
        assertEquals(OpcodeTable.INVALID, m.decode("0F 01 C0").op); // sgdt needs memory
    }

    @Test
    void umipStoreFaultsAtTheOperandsFirstByte() {
        long end = StepMachine.DATA + StepMachine.DATA_PAGES * 4096;
        c.r[Cpu.RBX] = end - 4;
        c.mem.write32(end - 4, -1);
        GuestFault f = assertThrows(GuestFault.class, () -> m.step("0F 01 03")); // sgdt [rbx]
        assertEquals(end - 4, f.address());
        assertEquals(GuestFault.SEGV_MAPERR, f.code());
        assertEquals(0, c.mem.read32(end - 4)); // the bytes before the page boundary were written
    }

    @Test
    void controlAndDebugRegisterMoves() {
        String[][] cases = {{"0F 20 C0", "13"}, {"0F 22 C0", "13"}, {"0F 20 D0", "13"}, {"44 0F 20 C0", "13"},
            {"0F 20 C8", "6"}, {"0F 20 E8", "6"}, {"44 0F 20 C8", "6"}, {"0F 21 C0", "13"}, {"0F 23 F8", "13"},
            {"0F 21 E8", "13"}, {"44 0F 21 C0", "6"}, {"0F 20 00", "13"}};
        for (String[] k : cases) {
            CpuException e = assertThrows(CpuException.class, () -> m.step(k[0]), k[0]);
            assertEquals(Integer.parseInt(k[1]), e.vector(), k[0]);
        }
        for (String k : new String[] {"0F 00 D0", "0F 00 D8", "0F 01 13", "0F 01 1B", "0F 01 F0", "0F 01 3B"}) {
            CpuException e = assertThrows(CpuException.class, () -> m.step(k), k); // LLDT ... INVLPG
            assertEquals(CpuException.GP, e.vector(), k);
        }
    }

    @Test
    void fsGsBaseAndRdpid() {
        c.fsBase = 0x7FF9_1403_2740L;
        m.step("F3 48 0F AE C0"); // rdfsbase rax
        assertEquals(0x7FF9_1403_2740L, c.r[Cpu.RAX]);
        m.step("F3 0F AE C0"); // rdfsbase eax
        assertEquals(0x1403_2740L, c.r[Cpu.RAX]);
        c.r[Cpu.RCX] = 0xFFFF_FFFF_1234_5678L;
        m.step("F3 0F AE D9"); // wrgsbase ecx: zero-extended
        assertEquals(0x1234_5678L, c.gsBase);
        c.r[Cpu.RCX] = 0xFFFF_8000_0000_0000L;
        m.step("F3 48 0F AE D9"); // wrgsbase rcx
        m.step("F3 48 0F AE CA"); // rdgsbase rdx
        assertEquals(0xFFFF_8000_0000_0000L, c.r[Cpu.RDX]);
        c.r[Cpu.RCX] = 0x8000_0000_0000L;
        CpuException gp = assertThrows(CpuException.class, () -> m.step("F3 48 0F AE D1")); // wrfsbase
        assertEquals(CpuException.GP, gp.vector());
        assertEquals(0x7FF9_1403_2740L, c.fsBase);
        assertEquals(OpcodeTable.INVALID, m.decode("F3 0F AE 03").op); // memory forms are #UD
        c.r[Cpu.RAX] = -1;
        m.step("66 F3 0F C7 F8"); // rdpid: always 64 bits
        assertEquals(0L, c.r[Cpu.RAX]);
        assertEquals(CpuFeatures.EBX7_FSGSBASE, CpuFeatures.cpuid(7, 0, CpuFeatures.EBX) & CpuFeatures.EBX7_FSGSBASE);
        assertEquals(CpuFeatures.ECX7_RDPID, CpuFeatures.cpuid(7, 0, CpuFeatures.ECX));
    }
}
