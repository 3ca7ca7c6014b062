package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Far JMP/CALL/RET, IRET and LFS/LGS/LSS. The expectations are the host's (an AMD EPYC under
 * Linux), from native probes of the same bytes with code below 4 GiB.
 */
class FarControlTest extends StepMachineTest {
    private static final long D = StepMachine.DATA;

    private long sp() {
        return c.r[Cpu.RSP];
    }

    private void gp(String code) {
        CpuException e = assertThrows(CpuException.class, () -> m.step(code), code);
        assertEquals(CpuException.GP, e.vector(), code);
    }

    @Test
    void jmpFarTakesM16d32EvenWithRexW() {
        c.r[Cpu.RBX] = D;
        c.mem.write32(D + 16, 0x6000_0017);
        c.mem.write16(D + 20, (short) 0x30); // RPL 0 to the user code segment: taken
        m.step("FF 6B 10"); // ljmp *0x10(%rbx)
        assertEquals(0x6000_0017L, c.rip);
        m.step("48 FF 6B 10"); // rex.W: still m16:32 on AMD
        assertEquals(0x6000_0017L, c.rip);
        c.mem.write32(D + 16, 0x0033_3456);
        m.step("66 FF 6B 10"); // ljmpw: m16:16, offset 0x3456, selector 0x33
        assertEquals(0x3456L, c.rip);
        for (int sel : new int[] {0x2B, 0x3, 0x78, 0x4, 0x10, 0x80, 0x23}) {
            c.mem.write32(D + 16, 0x6000_0017);
            c.mem.write16(D + 20, (short) sel);
            gp("FF 6B 10");
        }
    }

    @Test
    void callFarPushesSlotsOfTheOperandSize() {
        c.r[Cpu.RBX] = D;
        c.mem.write32(D + 16, 0x6000_0016);
        c.mem.write16(D + 20, (short) 0x33);
        long sp0 = sp();
        Insn in = m.step("FF 5B 10"); // lcall *0x10(%rbx): EIP and CS in 4-byte slots
        assertEquals(sp0 - 8, sp());
        assertEquals(0x33L << 32 | in.next, c.mem.read64(sp()));
        assertEquals(0x6000_0016L, c.rip);
        c.r[Cpu.RSP] = sp0;
        in = m.step("48 FF 5B 10"); // rex.W: m16:32, 8-byte slots
        assertEquals(sp0 - 16, sp());
        assertEquals(in.next, c.mem.read64(sp()));
        assertEquals(0x33L, c.mem.read64(sp() + 8));
        c.r[Cpu.RSP] = sp0;
        c.mem.write16(D + 20, (short) 0x2B);
        gp("FF 5B 10");
        assertEquals(sp0, sp());
    }

    @Test
    void retFarAndIret() {
        long sp0 = sp();
        c.mem.write64(sp0 - 16, 0x6000_001D);
        c.mem.write64(sp0 - 8, 0x33);
        c.r[Cpu.RSP] = sp0 - 16;
        m.step("48 CB"); // lretq
        assertEquals(0x6000_001DL, c.rip);
        assertEquals(sp0, sp());
        c.mem.write64(sp0 - 8, 0x33L << 32 | 0x6000_001A);
        c.r[Cpu.RSP] = sp0 - 8;
        m.step("CA 10 00"); // lret $0x10: 4-byte slots, then 16 bytes
        assertEquals(0x6000_001AL, c.rip);
        assertEquals(sp0 + 0x10, sp());
        c.mem.write64(sp0 - 8, 0x31L << 32 | 0x6000_001A);
        c.r[Cpu.RSP] = sp0 - 8;
        gp("CB"); // RPL 1: a return cannot raise privilege

        long[] frame = {0x6000_0024L, 0x33, 0x8D5 | Flags.DF | 0x200, sp0 + 0x40, 0x2B};
        for (int k = 0; k < 5; k++) {
            c.mem.write64(sp0 - 40 + 8 * k, frame[k]);
        }
        c.r[Cpu.RSP] = sp0 - 40;
        m.step("48 CF"); // iretq
        assertEquals(0x6000_0024L, c.rip);
        assertEquals(sp0 + 0x40, sp());
        assertEquals(0x8D5 | Flags.DF | 0x202, Flags.rflags(c));
        c.mem.write64(sp0 - 8, 0); // a null SS
        c.r[Cpu.RSP] = sp0 - 40;
        gp("48 CF");
    }

    @Test
    void loadFarPointers() {
        c.r[Cpu.RBX] = D;
        c.mem.write64(D, 0x6000_0013L);
        c.mem.write32(D + 16, 0x6000_0013);
        c.mem.write16(D + 20, (short) 0x2B);
        c.gsBase = 0x1234;
        c.r[Cpu.RAX] = -1;
        m.step("0F B5 43 10"); // lgs 0x10(%rbx),%eax
        assertEquals(0x6000_0013L, c.r[Cpu.RAX]);
        assertEquals(0x2B, c.sreg[Moves.SREG_GS]);
        assertEquals(0, c.gsBase);
        m.step("48 0F B5 03"); // rex.W: m16:32 (offset 0x60000013, selector 0)
        assertEquals(0x6000_0013L, c.r[Cpu.RAX]);
        assertEquals(0, c.sreg[Moves.SREG_GS]);
        c.mem.write16(D + 20, (short) 0x10);
        c.r[Cpu.RAX] = 7;
        gp("0F B5 43 10");
        assertEquals(7L, c.r[Cpu.RAX]);
        c.mem.write16(D + 20, (short) 0x33);
        gp("0F B2 43 10"); // lss: only 0x2B
        c.mem.write16(D + 20, (short) 0x2B);
        m.step("0F B2 63 10"); // lss 0x10(%rbx),%esp
        assertEquals(0x6000_0013L, c.r[Cpu.RSP]);
        assertEquals(OpcodeTable.INVALID, m.decode("0F B5 C0").op); // a register operand is #UD
    }
}
