package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.GuestExit;
import org.junit.jupiter.api.Test;

/** The first thing that must work: a loop translated in translate-everything mode gives the interpreter's answer. */
class JitSmokeTest {
    @Test
    void sumLoopTranslated() {
        try (Guest g = new Guest()) {
            // xor eax,eax; mov ecx,1000; L: add rax,rcx; dec rcx; jnz L; syscall
            g.code("31c0b9e80300004801c848ffc975f80f05");
            JitEngine e = new JitEngine(JitEngine.Mode.ALL);
            assertInstanceOf(GuestExit.class, g.run(e));
            assertEquals(500500, g.cpu.r[Cpu.RAX]);
            assertEquals(Guest.CODE + 17, g.cpu.r[Cpu.RCX]); // SYSCALL leaves the return RIP in RCX
            assertEquals(2 + 3 * 1000 + 1, g.cpu.instructions);
            assertTrue(e.installedTranslations() >= 1);
        }
    }
}
