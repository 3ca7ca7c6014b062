package dev.ring3.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.AddressSpace;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The benchmarks' guest loops do what they claim on every engine: the vDSO loops read the clock
 * without a single syscall, the syscall loops make one per call, the results are plausible
 * clock values, and the dispatch loop retires its instruction count and computes the same value
 * everywhere.
 */
class GuestLoopTest {
    static final int CALLS = 300;

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void clockLoopsReadTheClockWithOrWithoutSyscalls(EngineKind kind) {
        for (GuestLoop loop : EnumSet.range(GuestLoop.CLOCK_GETTIME_VDSO, GuestLoop.TIME_SYSCALL)) {
            try (GuestMachine m = new GuestMachine(loop, AddressSpace.Kind.FLAT)) {
                long before = System.currentTimeMillis() / 1000;
                long rax = m.run(kind.create(), CALLS);
                long after = System.currentTimeMillis() / 1000 + 1;
                String what = loop + " on " + kind.label();
                assertEquals(loop.vdsoSymbol() == null ? CALLS : 0, m.syscalls(), what + ": syscalls");
                switch (loop) {
                    case CLOCK_GETTIME_VDSO:
                    case CLOCK_GETTIME_SYSCALL: {
                        // CLOCK_MONOTONIC: ring3's is System.nanoTime.
                        long ns = m.data64(0) * 1_000_000_000L + m.data64(8);
                        assertEquals(0, rax, what);
                        assertTrue(Math.abs(System.nanoTime() - ns) < 60_000_000_000L, what + ": " + ns);
                        assertTrue(m.data64(8) >= 0 && m.data64(8) < 1_000_000_000L, what);
                        break;
                    }
                    case GETTIMEOFDAY_VDSO:
                    case GETTIMEOFDAY_SYSCALL:
                        assertEquals(0, rax, what);
                        assertTrue(m.data64(0) >= before && m.data64(0) <= after, what + ": " + m.data64(0));
                        assertTrue(m.data64(8) >= 0 && m.data64(8) < 1_000_000L, what);
                        break;
                    default:
                        assertTrue(rax >= before && rax <= after, what + ": " + rax);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void dispatchLoopRetiresItsInstructionsOnEveryEngine(EngineKind kind) {
        long expected;
        try (GuestMachine ref = new GuestMachine(GuestLoop.DISPATCH, AddressSpace.Kind.PAGED)) {
            expected = ref.run(EngineKind.INTERP.create(), 5000);
            // 8 per iteration, then the exit stub's mov rdi, rax; mov eax, 60; syscall.
            assertEquals(5000L * GuestLoop.DISPATCH_INSNS + 3, ref.instructions());
        }
        for (AddressSpace.Kind mem : AddressSpace.Kind.values()) {
            try (GuestMachine m = new GuestMachine(GuestLoop.DISPATCH, mem)) {
                var e = kind.create();
                assertEquals(expected, m.run(e, 5000), kind.label() + " " + mem);
                assertEquals(expected, m.run(e, 5000), kind.label() + " " + mem + ", run again");
                assertEquals(expected, m.data64(512), "the loop's store");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void hopAndChainLoopsRetireTheirInstructionsOnEveryEngine(EngineKind kind) {
        try (GuestMachine m = new GuestMachine(GuestLoop.HOP, AddressSpace.Kind.FLAT)) {
            // dec, jz, jmp, jmp per iteration; the last one leaves after dec, jz; then the exit stub.
            assertEquals(0, m.run(kind.create(), 1000), kind.label());
            assertEquals(999L * 4 + 2 + 3, m.instructions(), kind.label());
        }
        try (GuestMachine m = new GuestMachine(GuestLoop.CHAIN, AddressSpace.Kind.FLAT)) {
            // add rax, k & 0x7f for k < 256: twice 0 + ... + 127.
            assertEquals(2 * 127 * 128 / 2, m.run(kind.create(), 1), kind.label());
            assertEquals(GuestLoop.CHAIN_BLOCKS * 2L + 2 + 3, m.instructions(), kind.label());
        }
    }
}
