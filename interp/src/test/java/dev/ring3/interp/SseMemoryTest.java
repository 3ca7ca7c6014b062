package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * SSE memory operands: which forms demand 16-byte alignment (#GP otherwise, SDM Vol. 1 §11.6.3
 * and each instruction's exception table), MASKMOVDQU's byte-masked store, and the MXCSR and
 * FXSAVE/FXRSTOR state instructions.
 */
class SseMemoryTest {
    private static final long A = StepMachine.DATA;

    private static void gp(String code) {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RDX] = A + 8;
            CpuException e = assertThrows(CpuException.class, () -> m.step(code), code);
            assertEquals(CpuException.GP, e.vector(), code);
        }
    }

    private static void fine(String code) {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RDX] = A + 8;
            m.step(code);
        }
    }

    @Test
    void packedOperandsMustBeAligned() {
        gp("0f5802");       // addps xmm0, [rdx]
        gp("660f5802");     // addpd
        gp("0f2802");       // movaps load
        gp("0f2902");       // movaps store
        gp("0f2b02");       // movntps
        gp("660fe702");     // movntdq
        gp("660f6f02");     // movdqa
        gp("660ffe02");     // paddd
        gp("660f6002");     // punpcklbw
        gp("660f700200");   // pshufd
        gp("0fc60200");     // shufps
        gp("660fd102");     // psrlw xmm, m128
        gp("0f5402");       // andps
        gp("0fc20200");     // cmpps
        gp("660f5b02");     // cvtps2dq
        gp("0fae02");       // fxsave
        gp("0fae0a");       // fxrstor
    }

    /** SSE3 to SSE4.1, as the host faults on them at an odd address (checked natively). */
    @Test
    void sse4PackedOperandsMustBeAligned() {
        gp("660f380002");   // pshufb
        gp("660f381702");   // ptest
        gp("660f382a02");   // movntdqa
        gp("f30f1602");     // movshdup
        gp("660f3a4002ff"); // dpps
        gp("660f3a080200"); // roundps
        gp("f20f7c02");     // haddps
        gp("660f3a0f0203"); // palignr
        gp("660f381402");   // blendvps
        gp("660f384102");   // phminposuw
    }

    @Test
    void sse4UnalignedAndNarrowFormsAreFine() {
        fine("f20ff002");     // lddqu
        fine("660f382002");   // pmovsxbw (m64)
        fine("f20f1202");     // movddup (m64)
        fine("660f3a0a0200"); // roundss (m32)
        fine("660f3a210200"); // insertps (m32)
        fine("66480f3a160201"); // pextrq to m64
    }

    @Test
    void unalignedAndScalarFormsAreFine() {
        fine("0f1002");     // movups
        fine("0f1102");     // movups store
        fine("f30f6f02");   // movdqu
        fine("f30f5802");   // addss
        fine("f20f5802");   // addsd
        fine("0f1202");     // movlps
        fine("0f1602");     // movhps
        fine("0f5a02");     // cvtps2pd m64
        fine("f30fe602");   // cvtdq2pd m64
        fine("0f2f02");     // comiss m32
        fine("660fc40201"); // pinsrw m16
        fine("0fae12");     // ldmxcsr
        fine("0fae1a");     // stmxcsr
    }

    @Test
    void movssFromMemoryZeroesTheRestButNotFromARegister() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RDX] = A;
            m.mem.write64(A, 0x1122334455667788L);
            m.cpu.xmm[0] = -1;
            m.cpu.xmm[1] = -1;
            m.step("f30f1002");   // movss xmm0, [rdx]
            assertEquals(0x55667788L, m.cpu.xmm[0]);
            assertEquals(0, m.cpu.xmm[1]);
            m.cpu.xmm[2] = 0xAAAAAAAABBBBBBBBL;
            m.cpu.xmm[0] = -1;
            m.step("f30f10c1");   // movss xmm0, xmm1
            assertEquals(0xFFFFFFFFBBBBBBBBL, m.cpu.xmm[0]);
        }
    }

    @Test
    void maskmovdquStoresOnlySelectedBytesAtRdi() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RDI] = A + 3;   // no alignment needed
            m.bytes(A, new byte[20]);
            m.cpu.xmm[0] = 0x0807060504030201L;
            m.cpu.xmm[1] = 0x100F0E0D0C0B0A09L;
            m.cpu.xmm[2] = 0x0000000000800080L;   // bytes 0 and 2
            m.cpu.xmm[3] = 0x8000000000000000L;   // byte 15
            m.step("660ff7c1");   // maskmovdqu xmm0, xmm1
            byte[] want = new byte[20];
            want[3] = 1;
            want[5] = 3;
            want[18] = 0x10;
            assertArrayEquals(want, m.bytes(A, 20));
        }
    }

    @Test
    void ldmxcsrRejectsReservedBits() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RDX] = A;
            m.mem.write32(A, 0x10000 | 0x1F80);
            CpuException e = assertThrows(CpuException.class, () -> m.step("0fae12"));
            assertEquals(CpuException.GP, e.vector());
            assertEquals(0x1F80, m.cpu.mxcsr);
            m.mem.write32(A, 0xFFC0);
            m.step("0fae12");
            assertEquals(0xFFC0, m.cpu.mxcsr);
            m.step("0fae1a");   // stmxcsr [rdx]
            assertEquals(0xFFC0, m.mem.read32(A));
        }
    }

    @Test
    void fxsaveLayoutAndFxrstorRoundTrip() {
        try (StepMachine m = new StepMachine()) {
            m.cpu.r[Cpu.RDX] = A;
            for (int k = 0; k < 32; k++) {
                m.cpu.xmm[k] = 0x0101010101010101L * (k + 1);
            }
            m.cpu.mxcsr = 0x1FA0;
            m.cpu.fpuControl = 0x027F;
            m.cpu.fpuStatus = 0x3800;
            m.cpu.fpuTag = 0xFFFC;   // ST0 valid, the rest empty
            m.step("0fae02");   // fxsave [rdx]
            assertEquals(0x027F, m.mem.read16(A) & 0xFFFF);
            assertEquals(0x3800, m.mem.read16(A + 2) & 0xFFFF);
            assertEquals(0x01, m.mem.read8(A + 4));
            assertEquals(0x1FA0, m.mem.read32(A + 24));
            assertEquals(UndefinedFlags.INTEL ? 0xFFFF : 0x2FFFF, m.mem.read32(A + 28)); // MXCSR_MASK, the host vendor's
            assertEquals(m.cpu.xmm[0], m.mem.read64(A + 160));
            assertEquals(m.cpu.xmm[31], m.mem.read64(A + 160 + 31 * 8));

            Cpu saved = m.cpu.copy(m.mem);
            java.util.Arrays.fill(m.cpu.xmm, 0);
            m.cpu.mxcsr = 0x1F80;
            m.cpu.fpuControl = 0x37F;
            m.cpu.fpuStatus = 0;
            m.cpu.fpuTag = 0xFFFF;
            m.step("0fae0a");   // fxrstor [rdx]
            assertArrayEquals(saved.xmm, m.cpu.xmm);
            assertEquals(0x1FA0, m.cpu.mxcsr);
            assertEquals(0x027F, m.cpu.fpuControl);
            assertEquals(0x3800, m.cpu.fpuStatus);
            assertEquals(0xFFFC, m.cpu.fpuTag);

            m.mem.write32(A + 24, 0x40000); // bit 18: reserved on both vendors (AMD allows 17, MM)
            m.cpu.xmm[0] = 42;
            CpuException e = assertThrows(CpuException.class, () -> m.step("0fae0a"));
            assertEquals(CpuException.GP, e.vector());
            assertEquals(42, m.cpu.xmm[0], "nothing loaded");
        }
    }
}
