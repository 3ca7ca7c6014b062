package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.GuestExit;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-modifying code: another thread rewrites "mov eax, imm32; ret" in a PROT_EXEC buffer 100
 * times while the guest spins on a flag and calls the buffer each time the flag says a new version
 * is there. The other thread's write must reach this thread's blocks and translations (queued,
 * marked dropped, attention) before the guest, having seen the flag, runs the buffer.
 */
class CrossModifyingCodeTest {
    static final long BUFFER = 0x5000_0000L;
    static final int VERSIONS = 100;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.ring3.jit.Engines#all")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anotherThreadsRewriteRunsRewritten(Engines.Named engine) throws InterruptedException {
        try (Guest g = new Guest()) {
            g.mem.map(BUFFER, AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE | Prot.EXEC, "");
            // mov ebx,BUFFER; mov r13d,DATA; xor r12d,r12d; mov ecx,1;
            // L: W: mov eax,[r13]; cmp eax,ecx; jne W; push rcx; call rbx; pop rcx; add r12,rax;
            // mov [r13+8],ecx (the acknowledgement); inc ecx; cmp ecx,100; jbe L; mov rax,r12; syscall
            g.code("bb0000005041bd000000104531e4b901000000418b450039c875f851ffd3594901c441894d08"
                    + "ffc181f96400000076e34c89e00f05");
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int v = 1; v <= VERSIONS; v++) {
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(100);
                        while (g.mem.read32(Guest.DATA + 8) != v - 1) {
                            if (System.nanoTime() > deadline) {
                                throw new AssertionError("no acknowledgement of version " + (v - 1));
                            }
                            Thread.onSpinWait();
                        }
                        int c = value(v);
                        g.mem.write(BUFFER, new byte[] {(byte) 0xB8, (byte) c, (byte) (c >> 8), (byte) (c >> 16),
                            (byte) (c >> 24), (byte) 0xC3}, 0, 6);
                        g.mem.write32(Guest.DATA, v); // the flag the guest waits for
                    }
                } catch (Throwable t) {
                    failed.set(t);
                }
            }, "writer");
            writer.start();
            RuntimeException end = g.run(engine.create());
            writer.join();
            assertNull(failed.get());
            assertInstanceOf(GuestExit.class, end);
            long want = 0;
            for (int v = 1; v <= VERSIONS; v++) {
                want += value(v);
            }
            assertEquals(want, g.cpu.r[Cpu.RAX], "every call runs the version the flag announced");
        }
    }

    @Test
    void anotherThreadsWriteMarksTranslationsAndAsksForAttention() throws InterruptedException {
        try (Guest g = new Guest()) {
            g.code("b8010000000f05"); // mov eax,1; syscall
            JitEngine engine = new JitEngine(JitEngine.Mode.ALL);
            assertInstanceOf(GuestExit.class, g.run(engine));
            List<Translation> installed = new ArrayList<>();
            engine.codeCache().forEachInstalled(installed::add);
            assertFalse(installed.isEmpty());
            g.cpu.attention = false;
            g.mem.protect(Guest.CODE, AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE | Prot.EXEC);
            Thread writer = new Thread(() -> g.mem.write8(Guest.CODE + 1, (byte) 2));
            writer.start();
            writer.join();
            for (Translation t : installed) {
                assertTrue(t.dropped, "marked by the writing thread, before the write landed");
            }
            assertTrue(g.cpu.attention, "the owner is asked to drain the write");
            assertInstanceOf(GuestExit.class, g.run(engine));
            assertEquals(2, g.cpu.r[Cpu.RAX], "the owner runs the new code");
            engine.codeCache().forEachInstalled(t -> assertFalse(t.dropped, "only fresh translations stay installed"));
        }
    }

    private static int value(int v) {
        return v * 1000 + v % 7;
    }
}
