package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** MOV, MOVZX/MOVSX/MOVSXD, LEA, MOV Sreg and XCHG rAX, decoded from real bytes. */
class MovesTest extends StepMachineTest {
    @Test
    void movRegisterFormsFollowPartialRegisterRules() {
        c.r[Cpu.RBX] = 0x1122_3344_5566_7788L;
        c.r[Cpu.RAX] = -1;
        m.step("48 89 D8"); // mov rax, rbx
        assertEquals(0x1122_3344_5566_7788L, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = -1;
        m.step("89 D8"); // mov eax, ebx: bits 63..32 cleared
        assertEquals(0x5566_7788L, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = 0xAB00;
        m.step("88 E0"); // mov al, ah
        assertEquals(0xABABL, c.r[Cpu.RAX]);
        c.r[Cpu.RSP] = 0x1234_5678_9A00_00C3L;
        m.step("40 88 E0"); // mov al, spl (REX: register 4 is SPL)
        assertEquals(0xABC3L, c.r[Cpu.RAX]);
        c.r[Cpu.RCX] = -1;
        c.r[Cpu.RDX] = 0x42;
        m.step("66 8B CA"); // mov cx, dx
        assertEquals(0xFFFF_FFFF_FFFF_0042L, c.r[Cpu.RCX]);
    }

    @Test
    void movMemoryForms() {
        c.r[Cpu.RAX] = StepMachine.DATA;
        c.r[Cpu.RBX] = 0x0102_0304_0506_0708L;
        m.step("48 89 18"); // mov [rax], rbx
        assertEquals(0x0102_0304_0506_0708L, c.mem.read64(StepMachine.DATA));
        m.step("66 C7 00 34 12"); // mov word [rax], 0x1234
        assertEquals(0x0102_0304_0506_1234L, c.mem.read64(StepMachine.DATA));
        m.step("C6 00 AB"); // mov byte [rax], 0xAB
        assertEquals(0x0102_0304_0506_12ABL, c.mem.read64(StepMachine.DATA));
        m.step("48 C7 40 08 FE FF FF FF"); // mov qword [rax+8], -2
        assertEquals(-2L, c.mem.read64(StepMachine.DATA + 8));
        m.step("8B 48 08"); // mov ecx, [rax+8]
        assertEquals(0xFFFF_FFFEL, c.r[Cpu.RCX]);
    }

    @Test
    void movImmediates() {
        m.step("48 C7 C0 FF FF FF FF"); // mov rax, -1 (imm32 sign-extended)
        assertEquals(-1L, c.r[Cpu.RAX]);
        m.step("48 B8 88 77 66 55 44 33 22 11"); // movabs rax, imm64
        assertEquals(0x1122_3344_5566_7788L, c.r[Cpu.RAX]);
        c.r[Cpu.RBX] = -1;
        m.step("BB 78 56 34 12"); // mov ebx, imm32 clears the top
        assertEquals(0x1234_5678L, c.r[Cpu.RBX]);
        c.r[Cpu.R8] = -1;
        m.step("41 B0 7F"); // mov r8b, 0x7f
        assertEquals(0xFFFF_FFFF_FFFF_FF7FL, c.r[Cpu.R8]);
        c.r[Cpu.RAX] = 0;
        m.step("B4 12"); // mov ah, 0x12
        assertEquals(0x1200L, c.r[Cpu.RAX]);
        m.step("66 B9 CD AB"); // mov cx, 0xabcd
        assertEquals(0xABCDL, c.r[Cpu.RCX] & 0xFFFF);
    }

    @Test
    void movMoffsUsesAbsoluteAddressAddressSizeAndSegment() {
        c.mem.write64(StepMachine.DATA, 0x1111_2222_3333_4444L);
        c.mem.write64(StepMachine.DATA + 8, 0x5555_6666_7777_8888L);
        m.step("48 A1 00 00 00 10 00 00 00 00"); // mov rax, [0x10000000]
        assertEquals(0x1111_2222_3333_4444L, c.r[Cpu.RAX]);
        m.step("67 A0 08 00 00 10"); // mov al, [0x10000008] (32-bit moffs)
        assertEquals(0x1111_2222_3333_4488L, c.r[Cpu.RAX]);
        c.fsBase = StepMachine.DATA;
        m.step("64 48 A1 08 00 00 00 00 00 00 00"); // mov rax, fs:[8]
        assertEquals(0x5555_6666_7777_8888L, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = 0xEE;
        m.step("A2 10 00 00 10 00 00 00 00"); // mov [0x10000010], al
        assertEquals(0xEE, c.mem.read8(StepMachine.DATA + 0x10) & 0xFF);
        c.r[Cpu.RAX] = 0xCAFE_F00DL;
        m.step("A3 18 00 00 10 00 00 00 00"); // mov [0x10000018], eax
        assertEquals(0xCAFE_F00DL, c.mem.read64(StepMachine.DATA + 0x18));
    }

    @Test
    void movFromSegmentRegistersReadsLinuxSelectors() {
        c.r[Cpu.RAX] = -1;
        m.step("8C C8"); // mov eax, cs
        assertEquals(0x33L, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = -1;
        m.step("48 8C D0"); // mov rax, ss
        assertEquals(0x2BL, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = -1;
        m.step("66 8C D8"); // mov ax, ds: only 16 bits written, as on the host
        assertEquals(0xFFFF_FFFF_FFFF_0000L, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = -1;
        m.step("8C E0"); // mov eax, fs
        assertEquals(0L, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = StepMachine.DATA;
        c.mem.write32(StepMachine.DATA, -1);
        m.step("8C 08"); // mov [rax], cs: a 16-bit store
        assertEquals(0xFFFF_0033, c.mem.read32(StepMachine.DATA));
        assertThrows(CpuException.class, () -> m.step("8C F0")); // sreg 6: #UD
    }

    @Test
    void movToSegmentRegisters() {
        c.fsBase = 0x1234;
        c.gsBase = 0x5678;
        c.r[Cpu.RAX] = 0;
        m.step("8E D8"); // mov ds, ax
        m.step("8E E0"); // mov fs, ax: a null selector clears the base on the host (Zen)
        assertEquals(0, c.fsBase);
        c.r[Cpu.RAX] = 0x2B;
        m.step("8E E8"); // mov gs, ax: the descriptor's base, 0
        assertEquals(0, c.gsBase);
        m.step("48 8C EB"); // mov rbx, gs: the selector loaded, as on the host
        assertEquals(0x2BL, c.r[Cpu.RBX]);
        c.r[Cpu.RAX] = 0x7B;
        m.step("8E C0"); // mov es, ax
        c.r[Cpu.RBX] = -1;
        m.step("8C C3"); // mov ebx, es
        assertEquals(0x7BL, c.r[Cpu.RBX]);
        c.r[Cpu.RSP] -= 8;
        m.step("0F A8"); // push gs
        assertEquals(0x2BL, c.mem.read64(c.r[Cpu.RSP]));
        c.r[Cpu.RSP] += 8;
        c.r[Cpu.RAX] = 0x2B;
        m.step("8E D0"); // mov ss, ax
        CpuException ud = assertThrows(CpuException.class, () -> m.step("8E C8")); // mov cs, ax
        assertEquals(CpuException.UD, ud.vector());
        c.r[Cpu.RAX] = 0;
        CpuException gp = assertThrows(CpuException.class, () -> m.step("8E D0")); // null SS
        assertEquals(CpuException.GP, gp.vector());
        c.r[Cpu.RAX] = 0x1234;
        assertThrows(CpuException.class, () -> m.step("8E E8"));
        assertEquals(StepMachine.CODE, c.rip);
    }

    /** The selectors the host's Linux takes into DS/ES/FS/GS (probed with MOV GS/DS, any RPL) and into SS. */
    @Test
    void segmentLoadsTakeLinuxsUserDescriptorsWithAnyRpl() {
        for (int sel : new int[] {0, 3, 0x20, 0x23, 0x28, 0x2A, 0x2B, 0x30, 0x33, 0x78, 0x7B}) {
            c.r[Cpu.RAX] = sel;
            m.step("8E E8"); // mov gs, ax
            m.step("8E D8"); // mov ds, ax
        }
        for (int sel : new int[] {4, 7, 0x08, 0x10, 0x18, 0x1B, 0x2F, 0x53, 0x63, 0x73, 0x7C, 0x83, 0xFFFF}) {
            c.r[Cpu.RAX] = sel;
            CpuException gp = assertThrows(CpuException.class, () -> m.step("8E E8"), "gs " + sel);
            assertEquals(CpuException.GP, gp.vector());
        }
        for (int sel : new int[] {0x28, 0x29, 0x2A, 0x33, 0x23, 0x7B}) {
            c.r[Cpu.RAX] = sel;
            assertThrows(CpuException.class, () -> m.step("8E D0"), "ss " + sel); // only 0x2B
        }
    }

    @Test
    void movzxMovsxMovsxd() {
        c.r[Cpu.RBX] = 0x8081_8283_8485_86F7L;
        m.step("48 0F BE C3"); // movsx rax, bl
        assertEquals(-9L, c.r[Cpu.RAX]);
        m.step("0F BE C3"); // movsx eax, bl
        assertEquals(0xFFFF_FFF7L, c.r[Cpu.RAX]);
        m.step("0F B7 C3"); // movzx eax, bx
        assertEquals(0x86F7L, c.r[Cpu.RAX]);
        m.step("48 0F BF C3"); // movsx rax, bx
        assertEquals((long) (short) 0x86F7, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = 0x9900;
        m.step("0F B6 C4"); // movzx eax, ah
        assertEquals(0x99L, c.r[Cpu.RAX]);
        m.step("48 63 C3"); // movsxd rax, ebx
        assertEquals((long) 0x8485_86F7, c.r[Cpu.RAX]);
        m.step("63 C3"); // movsxd eax, ebx without REX.W: a plain 32-bit move
        assertEquals(0x8485_86F7L, c.r[Cpu.RAX]);
        c.r[Cpu.RSI] = StepMachine.DATA;
        c.mem.write32(StepMachine.DATA, -5);
        m.step("48 63 06"); // movsxd rax, [rsi]
        assertEquals(-5L, c.r[Cpu.RAX]);
    }

    @Test
    void leaComputesOffsetsWithoutTouchingMemory() {
        c.r[Cpu.RAX] = 0xFFFF_FFFF_0000_0010L;
        c.r[Cpu.RBX] = 0x10;
        m.step("48 8D 44 98 08"); // lea rax, [rax+rbx*4+8]
        assertEquals(0xFFFF_FFFF_0000_0058L, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = 0xFFFF_FFFF_FFFF_FFF0L;
        m.step("8D 04 18"); // lea eax, [rax+rbx]: truncated to 32 bits
        assertEquals(0L, c.r[Cpu.RAX]);
        c.r[Cpu.RAX] = 0x1_0000_0005L;
        m.step("67 48 8D 04 18"); // lea rax, [eax+ebx]: 32-bit address size
        assertEquals(0x15L, c.r[Cpu.RAX]);
        Insn lea = m.step("48 8D 05 10 00 00 00"); // lea rax, [rip+0x10]
        assertEquals(lea.next + 0x10, c.r[Cpu.RAX]);
        c.fsBase = 0x5000;
        m.step("64 48 8D 43 01"); // lea rax, fs:[rbx+1]: no segment base
        assertEquals(0x11L, c.r[Cpu.RAX]);
        assertSame(OpcodeTable.INVALID, m.decode("8D C0").op); // lea with a register operand
    }

    @Test
    void xchgWithRaxAndNop() {
        c.r[Cpu.RAX] = 0x1_0000_0001L;
        Insn nop = m.step("90");
        assertEquals(0x1_0000_0001L, c.r[Cpu.RAX]); // NOP, not xchg eax,eax
        assertEquals("xchg", nop.op.mnemonic);
        m.step("66 90");
        assertEquals(0x1_0000_0001L, c.r[Cpu.RAX]);
        c.r[Cpu.R8] = 0x2_0000_0002L;
        m.step("49 90"); // xchg r8, rax
        assertEquals(0x2_0000_0002L, c.r[Cpu.RAX]);
        assertEquals(0x1_0000_0001L, c.r[Cpu.R8]);
        m.step("41 90"); // xchg r8d, eax: both zero-extended
        assertEquals(1L, c.r[Cpu.RAX]);
        assertEquals(2L, c.r[Cpu.R8]);
        c.r[Cpu.RBX] = 7;
        m.step("93"); // xchg ebx, eax
        assertEquals(7L, c.r[Cpu.RAX]);
        assertEquals(1L, c.r[Cpu.RBX]);
        assertEquals("pause", m.step("F3 90").op.mnemonic);
        assertEquals(7L, c.r[Cpu.RAX]);
    }

    @Test
    void xlatLoadsTheTableByteAtRbxPlusAl() {
        long table = StepMachine.DATA + 0x100;
        m.mem.write8(table + 0xF0, (byte) 0x5A);
        c.r[Cpu.RBX] = table;
        c.r[Cpu.RAX] = 0x1234_F0;                           // only AL indexes; AH and up stay
        m.step("D7");                                       // xlat
        assertEquals(0x1234_5AL, c.r[Cpu.RAX]);
        c.r[Cpu.RBX] = table | 0xFFFF_FFFF_0000_0000L;      // 0x67: EBX + AL
        c.r[Cpu.RAX] = 0xF0;
        m.step("67 D7");
        assertEquals(0x5AL, c.r[Cpu.RAX]);
    }
}
