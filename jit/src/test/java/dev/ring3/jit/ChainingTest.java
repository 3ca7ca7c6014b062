package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.GuestExit;
import dev.ring3.interp.SystemCallHandler;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chaining between translations (ChainTable): exits go straight to the next translation, links
 * into rewritten code are cut before it can run again, and a chain that never comes back to the
 * dispatcher on its own still lets pending work in.
 */
class ChainingTest {
    static final long BUFFER = 0x5000_0000L;

    /**
     * mov rbx,CODE+0x800; mov ecx,100000; L: call rbx; dec ecx; jnz L; syscall, and at CODE+0x800
     * "inc rax; ret": the callee and its caller's loop are separate translations (the indirect
     * CALL's target is not followed), so every call and every return is a region exit.
     */
    static final String CALL_LOOP = "48bb0008400000000000b9a0860100ffd3ffc975fa0f05";

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.ring3.jit.Engines#all")
    void callsAndReturnsBetweenTranslations(Engines.Named engine) {
        try (Guest g = new Guest()) {
            g.code(CALL_LOOP).code(Guest.CODE + 0x800, "48ffc0c3");
            assertInstanceOf(GuestExit.class, g.run(engine.create()));
            assertEquals(100_000, g.cpu.r[Cpu.RAX]);
            assertEquals(Guest.CODE + 23, g.cpu.r[Cpu.RCX]); // SYSCALL's return RIP
            assertEquals(2 + 5L * 100_000 + 1, g.cpu.instructions);
        }
    }

    /**
     * 50,000 calls through a PLT-style stub (CODE+0x400: jmp [DATA]) to f (inc rax; ret), then
     * the GOT entry rewritten to g (add rax,2; ret) and 50,000 more: a region holding the stub
     * guesses f at its JMP, so the rewrite (data, not code: nothing is invalidated) must fail that
     * guess.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.ring3.jit.Engines#all")
    void callsThroughAStubFollowTheRewrittenSlot(Engines.Named engine) {
        try (Guest g = new Guest()) {
            g.code("b950c30000e8f6030000ffc975f748c704250000001000094000b950c30000e8dc030000ffc975f70f05")
                    .code(Guest.CODE + 0x400, "ff242500000010").code(Guest.CODE + 0x800, "48ffc0c3")
                    .code(Guest.CODE + 0x900, "4883c002c3");
            g.mem.write64(Guest.DATA, Guest.CODE + 0x800);
            assertInstanceOf(GuestExit.class, g.run(engine.create()));
            assertEquals(150_000, g.cpu.r[Cpu.RAX]);
            assertEquals(3 + 6 * 100_000 + 1, g.cpu.instructions);
        }
    }

    @Test
    void chainedExitsStayOutOfTheDispatcher() {
        try (Guest g = new Guest()) {
            g.code(CALL_LOOP).code(Guest.CODE + 0x800, "48ffc0c3");
            JitEngine e = new JitEngine(JitEngine.Mode.ALL);
            assertInstanceOf(GuestExit.class, g.run(e));
            assertEquals(100_000, g.cpu.r[Cpu.RAX]);
            // 200,000 region exits (each call, each return); the dispatcher sees one per chain.
            assertTrue(e.translationEntries() < 200_000 / (ChainTable.MAX_HOPS / 2),
                    "dispatcher entries: " + e.translationEntries());
        }
    }

    /**
     * The guest writes "mov eax, imm32; ret" into a PROT_EXEC buffer, calls it once through RBX
     * (so it becomes a translation of its own), then 200 times by a direct CALL, rewriting the
     * immediate after each call: the loop's translation has a static exit linked to the buffer's,
     * and each write must cut that link before the call runs again.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.ring3.jit.Engines#all")
    void linkIntoRewrittenCodeIsCut(Engines.Named engine) {
        try (Guest g = new Guest()) {
            runRewrite(g, engine.create());
        }
    }

    /**
     * White box: after the run no link leads to dropped code, links were made, and the loop's
     * static exit to the buffer, whose last translation the last write dropped, is unlinked. (The
     * loop's region does not copy the callee here, so the call is an exit: CopiedCalleeTest has
     * the copies.)
     */
    @Test
    void noLinkSurvivesItsTarget() {
        try (Guest g = new Guest()) {
            JitEngine.Config d = JitEngine.Config.of(JitEngine.Mode.ALL);
            JitEngine e = new JitEngine(new JitEngine.Config(d.mode(), d.warmup(), d.threshold(), d.window(), d.maxBlocks(),
                    d.maxInsns(), d.maxCodeSize(), 0));
            runRewrite(g, e);
            int[] linked = new int[1];
            int[] toBuffer = new int[1];
            e.codeCache().forEachInstalled(t -> {
                assertTrue(!t.dropped, "a dropped translation is still installed");
                for (int i = 0; i < t.links.length; i++) {
                    Translation to = t.links[i];
                    if (t.targets[i] == BUFFER) {
                        toBuffer[0]++;
                        assertNull(to, "the link into the rewritten buffer survived");
                    }
                    if (to != null) {
                        linked[0]++;
                        assertTrue(!to.dropped, "link into dropped code at 0x" + Long.toHexString(t.targets[i]));
                        assertEquals(t.targets[i], to.entry);
                    }
                }
            });
            assertTrue(linked[0] > 0, "nothing was linked");
            assertEquals(1, toBuffer[0], "static exits to the buffer");
            assertNull(e.codeCache().chain.get(BUFFER));
        }
    }

    private static void runRewrite(Guest g, dev.ring3.interp.ExecutionEngine engine) {
        g.mem.map(BUFFER, AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE | Prot.EXEC, "");
        // mov rbx,BUFFER; mov byte [rbx],0xB8; mov dword [rbx+1],0; mov byte [rbx+5],0xC3;
        // xor r12d,r12d; mov ecx,1; call rbx; L: call BUFFER; add r12,rax; mov [rbx+1],ecx;
        // inc ecx; cmp ecx,200; jbe L; mov rax,r12; syscall
        long call = Guest.CODE + 34;
        String rel = String.format("%08x", Integer.reverseBytes((int) (BUFFER - (call + 5))));
        g.code("48bb0000005000000000" + "c603b8" + "c7430100000000" + "c64305c3" + "4531e4" + "b901000000"
                + "ffd3" + "e8" + rel + "4901c4" + "894b01" + "ffc1" + "81f9c8000000" + "76eb" + "4c89e0" + "0f05");
        assertInstanceOf(GuestExit.class, g.run(engine));
        // The k-th direct call returns the immediate written after call k-1: 0 + 1 + ... + 199.
        assertEquals(199 * 200 / 2, g.cpu.r[Cpu.RAX]);
    }

    /**
     * "L: jmp L" translated is one region whose back-edge budget runs out and whose exit to L is
     * linked to itself: a chain that never returns to the dispatcher by itself. A stop requested
     * from another thread must still get in.
     */
    @Test
    void pendingWorkGetsIntoAChainCycle() {
        try (Guest g = new Guest()) {
            g.code("ebfe");
            AtomicBoolean asked = new AtomicBoolean();
            g.cpu.os = new SystemCallHandler() {
                @Override
                public void syscall(Cpu cpu) {
                    throw new AssertionError("no syscall here");
                }

                @Override
                public void attention(Cpu cpu) {
                    cpu.attention = false;
                    if (asked.get()) {
                        throw new GuestExit();
                    }
                }
            };
            JitEngine e = new JitEngine(JitEngine.Mode.ALL);
            Thread stopper = new Thread(() -> {
                try {
                    // Into the cycle first: on a loaded machine 200 ms may pass before the first
                    // dispatch, and the stop would then come before anything was translated.
                    do {
                        Thread.sleep(200);
                    } while (e.translationEntries() == 0);
                } catch (InterruptedException ignored) {
                    return;
                }
                asked.set(true);
                g.cpu.attention = true;
            });
            stopper.start();
            RuntimeException end = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> g.run(e));
            assertInstanceOf(GuestExit.class, end);
            assertEquals(Guest.CODE, g.cpu.rip);
            assertEquals(1, e.installedTranslations());
        }
    }
}
