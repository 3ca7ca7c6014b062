package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ring3.mmu.GuestFault;
import org.junit.jupiter.api.Test;

/** PUSH/POP in all forms and sizes, PUSHF/POPF, ENTER (with nesting, checked on the host) and LEAVE. */
class StackTest extends StepMachineTest {
    private long sp() {
        return c.r[Cpu.RSP];
    }

    @Test
    void pushPop64() {
        long sp0 = sp();
        c.r[Cpu.RBX] = 0x1122_3344_5566_7788L;
        m.step("53"); // push rbx
        assertEquals(sp0 - 8, sp());
        assertEquals(0x1122_3344_5566_7788L, c.mem.read64(sp()));
        m.step("41 5F"); // pop r15
        assertEquals(0x1122_3344_5566_7788L, c.r[Cpu.R15]);
        assertEquals(sp0, sp());
        m.step("54"); // push rsp pushes the old value
        assertEquals(sp0, c.mem.read64(sp()));
        c.mem.write64(sp(), 0x1234_5678L);
        m.step("5C"); // pop rsp loads the popped value
        assertEquals(0x1234_5678L, sp());
    }

    @Test
    void pushPop16WithOperandSizePrefix() {
        long sp0 = sp();
        c.r[Cpu.RAX] = 0x1111_2222_3333_4444L;
        m.step("66 50"); // push ax
        assertEquals(sp0 - 2, sp());
        assertEquals((short) 0x4444, c.mem.read16(sp()));
        c.r[Cpu.RCX] = -1;
        m.step("66 59"); // pop cx keeps bits 63..16
        assertEquals(0xFFFF_FFFF_FFFF_4444L, c.r[Cpu.RCX]);
        assertEquals(sp0, sp());
        m.step("66 6A FF"); // push word -1 (the host pops 0xffff)
        assertEquals(sp0 - 2, sp());
        c.r[Cpu.RAX] = 0x1234_5678_1234_5678L;
        m.step("66 58"); // pop ax
        assertEquals(0x1234_5678_1234_FFFFL, c.r[Cpu.RAX]);
    }

    /** 0F A0/A8 and 0F A1/A9 are valid in 64-bit mode (SIGILL before; found by difftest's undefined sweep). */
    @Test
    void pushPopFsGs() {
        long sp0 = sp();
        c.mem.write64(sp0 - 8, -1);
        c.gsBase = 0x5000;
        m.step("0F A8"); // push gs: the selector, 0, zero-extended
        assertEquals(sp0 - 8, sp());
        assertEquals(0, c.mem.read64(sp()));
        c.mem.write64(sp() - 8, -1);
        m.step("66 0F A0"); // pushw fs: two bytes
        assertEquals(sp0 - 10, sp());
        assertEquals(0x0000_FFFF_FFFF_FFFFL, c.mem.read64(sp0 - 16)); // bytes -10, -9 written
        c.mem.write16(sp(), (short) 0x2B);
        m.step("66 0F A9"); // popw gs: a user selector, whose base (0) replaces the old one
        assertEquals(sp0 - 8, sp());
        assertEquals(0, c.gsBase);
        m.step("66 0F A8"); // pushw gs: the selector just loaded
        assertEquals(0x2B, c.mem.read16(sp()) & 0xFFFF);
        m.step("66 0F A9");
        c.mem.write64(sp(), 0x1234_0000_0000_0010L);
        CpuException gp = assertThrows(CpuException.class, () -> m.step("0F A1")); // pop fs: 0x10 is the kernel's
        assertEquals(CpuException.GP, gp.vector());
        assertEquals(sp0 - 8, sp());
        c.mem.write64(sp(), 0x1234_0000_0000_0000L);
        m.step("0F A1"); // pop fs: a null selector (bits 63..16 are not looked at)
        assertEquals(sp0, sp());
    }

    @Test
    void pushImmediatesAreSignExtended() {
        long sp0 = sp();
        m.step("6A FF"); // push -1
        assertEquals(sp0 - 8, sp());
        assertEquals(-1L, c.mem.read64(sp()));
        m.step("68 00 00 00 80"); // push 0x80000000 -> sign-extended
        assertEquals(0xFFFF_FFFF_8000_0000L, c.mem.read64(sp()));
        m.step("66 68 34 12"); // push word 0x1234
        assertEquals(sp0 - 18, sp());
        assertEquals((short) 0x1234, c.mem.read16(sp()));
    }

    @Test
    void pushPopMemoryOperandsUseRspAsTheSdmSays() {
        long sp0 = sp();
        c.mem.write64(sp0, 0xAAAA);
        m.step("FF 34 24"); // push qword [rsp]: reads the old top
        assertEquals(sp0 - 8, sp());
        assertEquals(0xAAAAL, c.mem.read64(sp()));
        c.mem.write64(sp(), 0xBBBB);
        m.step("8F 04 24"); // pop qword [rsp]: the address is computed after the increment
        assertEquals(sp0, sp());
        assertEquals(0xBBBBL, c.mem.read64(sp0));
        c.r[Cpu.RAX] = StepMachine.DATA;
        m.step("FF 30"); // push qword [rax]
        m.step("8F C3"); // pop rbx (register form of 8F /0)
        assertEquals(c.mem.read64(StepMachine.DATA), c.r[Cpu.RBX]);
    }

    @Test
    void popToUnmappedMemoryLeavesRspUnchanged() {
        long sp0 = sp();
        c.r[Cpu.RAX] = 0x100; // nothing mapped there
        GuestFault f = assertThrows(GuestFault.class, () -> m.step("8F 00")); // pop qword [rax]
        assertEquals(0x100L, f.address());
        assertEquals(sp0, sp());
        assertEquals(StepMachine.CODE, c.rip);
    }

    @Test
    void pushfPopf() {
        long sp0 = sp();
        Flags.sub(c, 1, 1, 2, -1); // CF SF AF PF set, ZF OF clear
        m.step("9C"); // pushfq
        long pushed = c.mem.read64(sp());
        assertEquals(Flags.rflags(c), pushed);
        assertEquals(0x202 | Flags.CF | Flags.SF | Flags.AF | Flags.PF, pushed);
        // popf: OF, DF, ZF set; IF cleared in the image but kept; a system bit (IOPL) is ignored.
        c.mem.write64(sp(), Flags.OF | Flags.DF | Flags.ZF | 0x3000 | 2);
        m.step("9D");
        assertEquals(sp0, sp());
        assertEquals(0x202 | Flags.OF | Flags.DF | Flags.ZF, Flags.rflags(c));
        // 16-bit popf leaves AC (bit 18) alone.
        c.rflags |= Flags.AC;
        m.step("66 6A 00"); // push word 0
        m.step("66 9D"); // popf (16-bit)
        assertEquals(sp0, sp());
        assertEquals(0x202 | Flags.AC, Flags.rflags(c));
        m.step("66 9C");
        assertEquals(sp0 - 2, sp());
        assertEquals((short) 0x202, c.mem.read16(sp()));
    }

    @Test
    void enterWithNestingMatchesTheHost() {
        // The host: with RBP = F, [F-8] = 0x1111, [F-16] = 0x2222, RSP = F - 64, "enter 0x20, 3"
        // leaves RBP = RSP0 - 8, RSP = RSP0 - 64, and the frame [old RBP, 0x1111, 0x2222, new RBP].
        long frame = StepMachine.STACK_TOP - 0x400;
        c.r[Cpu.RBP] = frame;
        c.mem.write64(frame - 8, 0x1111);
        c.mem.write64(frame - 16, 0x2222);
        long sp0 = frame - 64;
        c.r[Cpu.RSP] = sp0;
        m.step("C8 20 00 03");
        long rbp = c.r[Cpu.RBP];
        assertEquals(sp0 - 8, rbp);
        assertEquals(sp0 - 64, sp());
        assertEquals(frame, c.mem.read64(rbp));
        assertEquals(0x1111L, c.mem.read64(rbp - 8));
        assertEquals(0x2222L, c.mem.read64(rbp - 16));
        assertEquals(rbp, c.mem.read64(rbp - 24));
        m.step("C9"); // leave
        assertEquals(frame, c.r[Cpu.RBP]);
        assertEquals(sp0, sp());
    }

    @Test
    void enter16BitWithNestingMatchesTheHost() {
        // The host, "66 c8 10 00 03" with RBP = F ([F-2] = 0x5555, [F-4] = 0x6666), RSP = F - 64:
        // RSP = RSP0 - 24, BP = low 16 bits of RSP0 - 2 (bits 63..16 of RBP kept), and the words
        // below RSP0 are old BP, 0x5555, 0x6666, new BP.
        long frame = StepMachine.STACK_TOP - 0x400;
        c.r[Cpu.RBP] = frame;
        c.mem.write16(frame - 2, (short) 0x5555);
        c.mem.write16(frame - 4, (short) 0x6666);
        long sp0 = frame - 64;
        c.r[Cpu.RSP] = sp0;
        m.step("66 C8 10 00 03");
        assertEquals(sp0 - 24, sp());
        assertEquals((frame & ~0xFFFFL) | ((sp0 - 2) & 0xFFFF), c.r[Cpu.RBP]);
        assertEquals((frame & 0xFFFF) << 48 | 0x5555_6666L << 16 | ((sp0 - 2) & 0xFFFF),
                c.mem.read64(sp0 - 8));
    }

    @Test
    void enterWithoutNestingAndLevelOne() {
        long sp0 = sp();
        c.r[Cpu.RBP] = 0xBEEF;
        m.step("C8 10 00 00"); // enter 16, 0
        assertEquals(sp0 - 8, c.r[Cpu.RBP]);
        assertEquals(sp0 - 8 - 16, sp());
        assertEquals(0xBEEFL, c.mem.read64(sp0 - 8));
        m.step("C9");
        assertEquals(sp0, sp());
        assertEquals(0xBEEFL, c.r[Cpu.RBP]);
        m.step("C8 00 00 01"); // enter 0, 1: pushes RBP and the new frame pointer
        assertEquals(sp0 - 16, sp());
        assertEquals(sp0 - 8, c.r[Cpu.RBP]);
        assertEquals(sp0 - 8, c.mem.read64(sp0 - 16));
    }

    @Test
    void enterFaultChangesNoRegister() {
        c.r[Cpu.RBP] = 0x2000; // nesting copies from an unmapped frame
        long sp0 = sp();
        assertThrows(GuestFault.class, () -> m.step("C8 00 00 03"));
        assertEquals(sp0, sp());
        assertEquals(0x2000L, c.r[Cpu.RBP]);
    }
}
