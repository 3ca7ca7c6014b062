package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.GuestExit;
import dev.ring3.interp.Interpreter;
import dev.ring3.interp.SystemCallHandler;
import org.junit.jupiter.api.Test;

/**
 * Translated REP STOS and REP MOVS let pending work in between their page-sized steps: another
 * thread keeps asking for attention while a loop of 28 KiB memsets and 16 KiB copies runs
 * translated; the personality must be called inside the strings (RIP at the REP instruction, RCX
 * part-way), and the run must still end exactly as the interpreter's (registers, retired count,
 * memory).
 */
class RepStringAttentionTest {
    /** Where the REP instructions sit in {@link #PROGRAM}. */
    private static final long STOS = Guest.CODE + 19, MOVS = Guest.CODE + 36;
    private static final int STOS_COUNT = 0x7000, MOVS_COUNT = 0x800;

    /**
     * mov r15d,3000; L: mov edi,DATA; mov ecx,0x7000; mov eax,r15d; rep stosb; mov esi,DATA;
     * mov edi,DATA+0x4000; mov ecx,0x800; rep movsq; dec r15d; jnz L; syscall
     */
    private static final String PROGRAM = "41bfb80b0000" + "bf00000010" + "b900700000" + "4489f8" + "f3aa"
            + "be00000010" + "bf00400010" + "b900080000" + "f348a5" + "41ffcf" + "75da" + "0f05";

    @Test
    void pendingWorkGetsIntoTranslatedStrings() throws InterruptedException {
        String wantState;
        byte[] wantData;
        try (Guest ref = new Guest()) {
            ref.code(PROGRAM);
            run(ref, new Interpreter());
            wantState = ref.state();
            wantData = ref.data();
        }
        try (Guest g = new Guest()) {
            g.code(PROGRAM);
            int[] inside = new int[1];
            g.cpu.os = new SystemCallHandler() {
                @Override
                public void syscall(Cpu cpu) {
                    throw new GuestExit();
                }

                @Override
                public void attention(Cpu cpu) {
                    cpu.attention = false;
                    long rcx = cpu.r[Cpu.RCX];
                    if (cpu.rip == STOS && rcx > 0 && rcx < STOS_COUNT || cpu.rip == MOVS && rcx > 0 && rcx < MOVS_COUNT) {
                        inside[0]++;
                    }
                }
            };
            Thread asker = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    g.cpu.attention = true;
                    try {
                        Thread.sleep(0, 200_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            asker.start();
            try {
                run(g, new JitEngine(JitEngine.Mode.ALL));
            } finally {
                asker.interrupt();
                asker.join();
            }
            assertEquals(wantState, g.state());
            assertArrayEquals(wantData, g.data());
            assertTrue(inside[0] > 0, "no attention inside a REP string");
        }
    }

    private static void run(Guest g, ExecutionEngine engine) {
        RuntimeException e = g.run(engine);
        assertTrue(e instanceof GuestExit, () -> "ended by " + e);
    }
}
