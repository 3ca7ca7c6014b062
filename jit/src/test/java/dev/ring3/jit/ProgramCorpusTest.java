package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.interp.Interpreter;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-assembled programs (nasm sources in the comments) run through every engine: registers,
 * RIP, materialised flags, retired count, data memory and the way the run ended must equal the
 * interpreter's. Covers calls and returns, flags escaping through PUSHF and SETcc, memory loops,
 * string instructions, a fault in the middle of a translated loop, INT3, and SSE semantics called
 * from translated code. Each runs in a flat window (inlined memory fast path) and a paged space.
 */
class ProgramCorpusTest {
    /** name, hex. */
    static final String[][] PROGRAMS = {
        // mov rbx,DATA; xor r12d,r12d; mov ecx,50; L: mov rdi,rcx; call f; add r12,rax; mov [rbx+rcx*8],rax;
        // dec ecx; jnz L; mov rax,r12; syscall; f: push rbp; mov rbp,rsp; lea rax,[rdi*2+rdi]; imul rax,rdi;
        // sub rsp,16; mov [rsp+8],rax; mov rax,[rsp+8]; xor rax,0x55; leave; push rbp; pop rbp; ret
        {"calls", "bb000000104531e4b9320000004889cfe8100000004901c4488904cbffc975ed4c89e00f05554889e5488d047f"
                + "480fafc74883ec104889442408488b4424084883f055c9555dc3"},
        // add/adc/cmp/setl/movzx/sub/sbb/cmovs/test/jz/pushfq/and/cmp/jae/inc/jmp/dec/mov/dec/jg; pushfq; pop r15
        {"flags", "bb00000010b9c8000000b8f0ffff7f31d283c00783d20039c8410f9cc0450fb6c04d01c183e8034883da014c0f48d0"
                + "f7c101000000740d9c415b4981e3d50800004d01dd83f964730549ffc6eb0349ffce89048bffc97fb99c415f0f05"},
        // an LCG fills 64 dwords, then bubble sort with signed compares
        {"sort", "bb00000010b940000000b83930000069c06d4ec641053930000089448bfcffc975ed41b8400000004531c9b901000000"
                + "8b448bfc8b148b39d07e0d89548bfc89048b41b901000000ffc14439c172e141ffc84585c975d10f05"},
        // rep stosb; rep movsb; movzx/movsx byte loop with LOOP; movsxd
        {"strings", "bf00010010b041b964000000fcf3aabe00010010bf00040010b964000000f3a431c0be00040010b9640000000fb616"
                + "4c0fbe460101d04c01c048ffc6e2ee4c63c80f05"},
        // stores walk off the end of the data area: a fault in the 9th iteration
        {"fault", "bb00000010b90a0000004801c84889034881c300100000ffc975ef0f05"},
        // mov rbx,DATA+0xffc; mov rax,imm64; mov [rbx],rax; mov rcx,[rbx] (both across a page); add rcx,rax;
        // mov word [rbx+0x1002],0x7788; movzx esi,word [rbx+0x1002]; mov rbx,DATA+0x7ffc; mov edx,[rbx];
        // add rdx,[rbx] (runs into the unmapped page after the data: a fault at the add); syscall
        {"page-crossing", "bbfc0f001048b88877665544332211488903488b0b4801c166c7830210000088770fb7b302100000bbfc7f0010"
                + "8b134803130f05"},
        // mov ebx,DATA+0x7ff8; movdqu [rbx],xmm0: across into the unmapped page, a fault at its first
        // byte (DATA+0x8000) with nothing written; syscall
        {"store128-fault", "bbf87f0010f30f7f030f05"},
        // mov ebx,0x23; bts ebx,ebx (CF from bit 3 of the value before: 0); setc al; syscall
        {"bts-self", "bb230000000fabdb0f92c00f05"},
        // mov ebx,DATA+0xff8; movdqu xmm1,[rbx] and movups [rbx],xmm1 across a page (both mapped);
        // paddd xmm1,xmm1; movaps xmm2,[rbx+8]; movups [rbx+0x18],xmm2; mov ebx,DATA+0x7ff8;
        // movdqu xmm3,[rbx]: across into the unmapped page, a fault at DATA+0x8000; syscall
        {"sse128-pages", "bbf80f0010f30f6f0b660ffec90f110b0f2853080f115318bbf87f0010f30f6f1b0f05"},
        // a loop calling through a table in memory (alternating targets) and a register, then jumping
        // through a table: indirect CALL/JMP and RET guesses that hit and miss
        {"indirect", "bb00000010488d0555000000488903488d054f00000048894308488d052d00000048894310488d0528000000"
                + "488943184531e4b92c01000089ca83e201ff14d34c8d051a00000041ffd0ff64d3104983c403eb044983ec01ffc9"
                + "75dc4c89e00f054901ccc34931ccc3"},
        // a loop, then INT3 (a trap: RIP after it)
        {"trap", "b805000000ffc875fcbb07000000ccb9090000000f05"},
        // cvtsi2sd/addsd/mulsd in a loop, movsd store, cvttsd2si
        {"sse", "bb00000010b964000000660fefc0b801000000f20f2ac8f20f58c1f20f59c9f20f58c1ffc0ffc975eaf20f1103f2480f2cc00f05"},
        // sum 1..1e6: xor eax,eax; mov rcx,1000000; L: add rax,rcx; dec rcx; jnz L; syscall
        {"sum", "31c0b940420f004801c848ffc975f80f05"},
    };

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (AddressSpace.Kind kind : AddressSpace.Kind.values()) {
            for (String[] p : PROGRAMS) {
                Engines.all().forEach(e -> out.add(Arguments.of(p[0], p[1], e, kind)));
            }
        }
        return out.stream();
    }

    /** How a run ended: the exception's class, and for a fault its address. */
    private static String ending(RuntimeException e) {
        String s = e.getClass().getSimpleName();
        return e instanceof GuestFault f ? s + String.format(" at 0x%x", f.address()) : s;
    }

    @ParameterizedTest(name = "{0} via {2}, {3} memory")
    @MethodSource("cases")
    void sameAsInterpreter(String name, String hex, Engines.Named engine, AddressSpace.Kind kind) {
        String wantState;
        byte[] wantData;
        String wantEnd;
        try (Guest ref = new Guest(kind)) {
            ref.code(hex);
            wantEnd = ending(ref.run(new Interpreter()));
            wantState = ref.state();
            wantData = ref.data();
        }
        try (Guest g = new Guest(kind)) {
            g.code(hex);
            String end = ending(g.run(engine.create()));
            assertEquals(wantEnd, end, name);
            assertEquals(wantState, g.state(), name);
            assertArrayEquals(wantData, g.data(), name);
        }
    }
}
