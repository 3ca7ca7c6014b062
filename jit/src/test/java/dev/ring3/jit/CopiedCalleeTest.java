package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.GuestExit;
import dev.ring3.interp.Interpreter;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import dev.ring3.mmu.Prot;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small callees copied into their callers' regions although they have translations of their own
 * (RegionFormer, CalleeBody): each guest first calls its callee through {@code call rbx}, whose
 * target no region formed before the call holds, so the callee becomes a translation of its own;
 * then it calls it directly, and the caller's region copies it. Each guest breaks the copy's
 * expectations one way (a return address rewritten, a longjmp, recursion, a fault, the callee's
 * code rewritten) and must end exactly as in the interpreter in every engine.
 */
class CopiedCalleeTest {
    /** lea rbx,[f]; call rbx; mov ecx,100000; L: call f; dec ecx; jnz L; syscall; f: inc rax; ret. */
    static final String CALL_LOOP = "488d1d12000000ffd3b9a0860100e806000000ffc975f70f0548ffc0c3";

    /**
     * lea rbx,[f]; call rbx; nop dword [rax+0]; xor eax,eax; mov ecx,1000; L: call f; add rax,1;
     * add rax,100; dec ecx; jnz L; syscall; f: add qword [rsp],4; ret. The callee returns past the
     * next 4 bytes: the NOP, then "add rax,1".
     */
    static final String RETURN_ADDRESS_REWRITTEN =
            "488d1d20000000ffd30f1f400031c0b9e8030000e80e0000004883c0014883c064ffc975ef0f054883042404c3";

    /**
     * lea rbx,[f]; xor eax,eax; mov ecx,1000; mov rbp,rsp; call rbx; xor eax,eax; L: mov rbp,rsp;
     * call f; add rax,1000000; J: add rax,1; dec ecx; jnz L; syscall; f: push rbx; lea rdx,[J];
     * mov rsp,rbp; jmp rdx. The callee never returns: it drops its frame and jumps back into the
     * caller (longjmp).
     */
    static final String LONGJMP = "488d1d2600000031c0b9e80300004889e5ffd331c04889e5e810000000480540420f00"
            + "4883c001ffc975ea0f0553488d15eeffffff4889ecffe2";

    /**
     * lea rbx,[f]; xor edi,edi; call rbx; xor r12d,r12d; mov r13d,20; O: mov edi,500; call f;
     * add r12,rax; dec r13d; jnz O; mov rax,r12; syscall; f: test rdi,rdi; jz base; push rdi;
     * dec rdi; call f; pop rdi; add rax,rdi; ret; base: xor eax,eax; ret. Twenty sums 1..500 by
     * recursion 500 deep.
     */
    static final String RECURSION = "488d1d2400000031ffffd34531e441bd14000000bff4010000e80d0000004901c441ffcd"
            + "75ee4c89e00f054885ff740e5748ffcfe8f2ffffff5f4801f8c331c0c3";

    /**
     * lea rbx,[f]; mov ecx,2000; call rbx; L: mov r12,rcx; call f; jz L2; add r13,1; L2: dec ecx;
     * jnz L; syscall; f: cmp ecx,3; jne ok; mov rax,[0x10]; ok: test ecx,1; ret. The caller
     * branches on the flags the callee set; at ecx = 3 the callee faults.
     */
    static final String FAULT_IN_CALLEE = "488d1d1b000000b9d0070000ffd34989cce80c00000074044983c501ffc975ee0f05"
            + "83f9037508488b042510000000f7c101000000c3";

    static final long BUFFER = ChainingTest.BUFFER;

    /**
     * mov rbx,BUFFER; write "mov eax,1; ret" there; call rbx; xor r12d,r12d; mov r13d,3;
     * O: mov ecx,1000; L: call BUFFER; add r12,rax; dec ecx; jnz L; syscall; inc dword [rbx+1];
     * dec r13d; jnz O; mov rax,r12; syscall. Each round rewrites the immediate the copied callee
     * returns: 1000 x 1 + 1000 x 2 + 1000 x 3.
     */
    static final String REWRITTEN = "48c7c300000050c603b8c7430101000000c64305c3ffd34531e441bd03000000"
            + "b9e8030000e8d6ffbf4f4901c4ffc975f40f05ff430141ffcd75e54c89e00f05";

    /**
     * Every engine, and the JIT engines again with copies on whatever the default
     * ({@code ring3.jit.calleeInsns}).
     */
    static Stream<Engines.Named> engines() {
        return Stream.concat(Engines.all(), Stream.of(
                new Engines.Named("jit-all-copies", () -> new JitEngine(copies(JitEngine.Config.of(JitEngine.Mode.ALL)))),
                new Engines.Named("jit-on-eager-copies", () -> new JitEngine(copies(Engines.eagerOn()))),
                new Engines.Named("jit-all-copies-profiled", () -> new JitEngine(copies(JitEngine.Config.of(JitEngine.Mode.ALL)),
                        new CountingObserver()))));
    }

    /** {@code c} copying callees of up to 80 instructions. */
    static JitEngine.Config copies(JitEngine.Config c) {
        return new JitEngine.Config(c.mode(), c.warmup(), c.threshold(), c.window(), c.maxBlocks(), c.maxInsns(), c.maxCodeSize(), 80);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void callsToACopiedCallee(Engines.Named engine) {
        Guest g = sameAsInterpreter(CALL_LOOP, engine, GuestExit.class);
        assertEquals(100_001, g.cpu.r[Cpu.RAX]);
    }

    /**
     * White box: in translate-everything mode the loop's region copies the callee, so 100,000
     * calls and returns stay in one method and the dispatcher enters translations a few times
     * (each call and each return was a region exit, ChainingTest's loop).
     */
    @Test
    void theCopyKeepsCallsAndReturnsInTheCallersMethod() {
        try (Guest g = new Guest()) {
            g.code(CALL_LOOP);
            JitEngine e = new JitEngine(copies(JitEngine.Config.of(JitEngine.Mode.ALL)));
            assertInstanceOf(GuestExit.class, g.run(e));
            assertEquals(100_001, g.cpu.r[Cpu.RAX]);
            assertTrue(e.translationEntries() <= 6, "dispatcher entries: " + e.translationEntries());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void returnAddressRewrittenByACopiedCallee(Engines.Named engine) {
        Guest g = sameAsInterpreter(RETURN_ADDRESS_REWRITTEN, engine, GuestExit.class);
        assertEquals(100 * 1000, g.cpu.r[Cpu.RAX]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void copiedCalleeLongjmpsIntoItsCaller(Engines.Named engine) {
        Guest g = sameAsInterpreter(LONGJMP, engine, GuestExit.class);
        assertEquals(1000, g.cpu.r[Cpu.RAX]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void recursiveCallee(Engines.Named engine) {
        Guest g = sameAsInterpreter(RECURSION, engine, GuestExit.class);
        assertEquals(20L * 500 * 501 / 2, g.cpu.r[Cpu.RAX]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void faultInACopiedCalleeIsPrecise(Engines.Named engine) {
        Guest g = sameAsInterpreter(FAULT_IN_CALLEE, engine, GuestFault.class);
        assertEquals(Guest.CODE + 0x27, g.cpu.rip); // the load from 0x10
        assertEquals(3, g.cpu.r[Cpu.R12]);
        assertEquals(998, g.cpu.r[Cpu.R13]); // odd ecx from 2000 down to 4: 1999..5
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void copiedCalleeRewrittenBetweenRounds(Engines.Named engine) {
        try (Guest g = rewriting()) {
            assertInstanceOf(GuestExit.class, g.run(engine.create()));
            assertEquals(6000, g.cpu.r[Cpu.RAX]);
        }
    }

    /**
     * White box: at the first round's end the callee at BUFFER is covered by a region besides
     * its own (the loop's, which copied it), and the rewrite drops that copy too.
     */
    @Test
    void aRewriteDropsTheCopies() {
        try (Guest g = rewriting()) {
            JitEngine e = new JitEngine(copies(JitEngine.Config.of(JitEngine.Mode.ALL)));
            int[] covering = new int[3];
            g.syscallsToRun = 3;
            g.cpu.os = c -> {
                if (g.syscalls < 3) {
                    covering[g.syscalls] = e.codeCache().regionsCovering(BUFFER);
                }
                if (++g.syscalls > g.syscallsToRun) {
                    throw new GuestExit();
                }
            };
            assertInstanceOf(GuestExit.class, g.run(e));
            assertEquals(6000, g.cpu.r[Cpu.RAX]);
            assertEquals(2, covering[0], "regions covering the callee after the first round");
        }
    }

    private static Guest rewriting() {
        Guest g = new Guest();
        g.mem.map(BUFFER, AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE | Prot.EXEC, "");
        g.code(REWRITTEN);
        g.syscallsToRun = 3;
        return g;
    }

    /** Runs {@code hex} in the interpreter and in {@code engine}: same end, same state. */
    private static Guest sameAsInterpreter(String hex, Engines.Named engine, Class<? extends RuntimeException> end) {
        String want;
        try (Guest ref = new Guest()) {
            assertInstanceOf(end, ref.code(hex).run(new Interpreter()));
            want = ref.state();
        }
        Guest g = new Guest();
        try {
            assertInstanceOf(end, g.code(hex).run(engine.create()));
            assertEquals(want, g.state());
        } finally {
            g.close();
        }
        return g;
    }
}
