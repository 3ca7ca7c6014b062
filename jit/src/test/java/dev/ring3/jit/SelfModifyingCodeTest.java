package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.GuestExit;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated code: the guest writes "mov eax, imm32; ret" into a PROT_EXEC buffer, calls it, then
 * rewrites the immediate and calls it again, 200 times. Each write must drop the translation of the
 * buffer (and the decoded block) before the call runs it again.
 */
class SelfModifyingCodeTest {
    static final long BUFFER = 0x5000_0000L;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.ring3.jit.Engines#all")
    void rewrittenCodeRunsRewritten(Engines.Named engine) {
        try (Guest g = new Guest()) {
            g.mem.map(BUFFER, AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE | Prot.EXEC, "");
            // mov rbx,BUFFER; mov byte [rbx],0xB8; mov byte [rbx+5],0xC3; xor r12d,r12d; mov ecx,1;
            // L: mov [rbx+1],ecx; push rcx; call rbx; pop rcx; add r12,rax; inc ecx; cmp ecx,200; jbe L;
            // mov rax,r12; syscall
            g.code("bb00000050c603b8c64305c34531e4b901000000894b0151ffd3594901c4ffc181f9c800000076ec4c89e00f05");
            assertInstanceOf(GuestExit.class, g.run(engine.create()));
            assertEquals(200 * 201 / 2, g.cpu.r[Cpu.RAX]);
        }
    }
}
