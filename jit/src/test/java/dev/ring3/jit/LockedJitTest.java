package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.GuestExit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * LOCK INC, LOCK XADD and a LOCK CMPXCHG retry loop, translated, from two guest threads on one
 * address space at once: no increment is lost (the emitted compare-and-exchange loops are atomic).
 */
class LockedJitTest {
    private static final int N = 100_000;

    @Test
    void lockedIncrementsFromTwoTranslatedThreadsAddUp() throws InterruptedException {
        // mov ecx,N; L: lock inc dword [rbx]; mov edx,1; lock xadd [rbx+8],edx;
        // R: mov eax,[rbx+24]; lea edx,[rax+1]; lock cmpxchg [rbx+24],edx; jnz R; dec ecx; jnz L; syscall
        String code = "b9a0860100 f0ff03 ba01000000 f00fc15308 8b4318 8d5001 f00fb15318 75f3 ffc9 75e2 0f05";
        try (Guest g = new Guest()) {
            g.code(code);
            Cpu second = new Cpu(g.mem);
            second.os = g.cpu.os;
            AtomicReference<RuntimeException> ends = new AtomicReference<>();
            Thread t = new Thread(() -> ends.set(run(second, Guest.STACK_TOP - 0x1800)));
            t.start();
            RuntimeException first = run(g.cpu, Guest.STACK_TOP - 0x800);
            t.join();
            assertInstanceOf(GuestExit.class, first);
            assertInstanceOf(GuestExit.class, ends.get());
            assertEquals(2 * N, g.mem.read32(Guest.DATA));
            assertEquals(2 * N, g.mem.read32(Guest.DATA + 8));
            assertEquals(2 * N, g.mem.read32(Guest.DATA + 24));
        }
    }

    private static RuntimeException run(Cpu cpu, long rsp) {
        cpu.r[Cpu.RBX] = Guest.DATA;
        cpu.r[Cpu.RSP] = rsp;
        cpu.rip = Guest.CODE;
        try {
            new JitEngine(JitEngine.Mode.ALL).run(cpu);
            return new IllegalStateException("run returned");
        } catch (RuntimeException e) {
            return e;
        }
    }
}
