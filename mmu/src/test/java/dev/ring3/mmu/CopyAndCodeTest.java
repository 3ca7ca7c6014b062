package dev.ring3.mmu;

import dev.ring3.mmu.AddressSpace.Kind;
import org.agrona.collections.LongArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import static dev.ring3.mmu.Faults.A;
import static dev.ring3.mmu.Faults.P;
import static dev.ring3.mmu.Faults.RW;
import static dev.ring3.mmu.Faults.assertFault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** fork's deep copy, the code-write listeners, and atomic compare-and-exchange. */
class CopyAndCodeTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void copyIsDeepAndIndependent(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 4 * P, RW, "[heap]");
            s.map(A + 8 * P, P, RW, "");
            s.write64(A + 16, 111);
            s.write64(A + 8 * P, 333);
            s.protect(A + 8 * P, P, Prot.NONE);
            try (AddressSpace c = s.copy()) {
                assertEquals(s.mappings(), c.mappings());
                assertEquals(111, c.read64(A + 16));
                assertEquals(0, c.read64(A + 2 * P));
                s.write64(A + 16, 112);
                c.write64(A + 24, 222);
                assertEquals(111, c.read64(A + 16));
                assertEquals(0, s.read64(A + 24));
                assertFault(A + 8 * P, Access.READ, GuestFault.SEGV_ACCERR, () -> c.read64(A + 8 * P));
                c.protect(A + 8 * P, P, Prot.READ);
                assertEquals(333, c.read64(A + 8 * P), "data under PROT_NONE is copied");
                c.unmap(A, P);
                assertEquals(112, s.read64(A + 16));
            }
            assertEquals(112, s.read64(A + 16), "closing the copy leaves the original");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void codeWriteListenerRunsOnceBeforeTheFirstWrite(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 2 * P, Prot.READ | Prot.WRITE | Prot.EXEC, "");
            s.write32(A + P + 4, 0x1111);
            LongArrayList calls = new LongArrayList();
            AtomicReference<Integer> seen = new AtomicReference<>();
            LongConsumer listener = page -> {
                calls.addLong(page);
                if (calls.size() == 1) {
                    seen.set(s.read32(A + P + 4));
                }
            };
            s.addCodeWriteListener(listener);
            s.markCode(A + P + 123);
            s.write32(A + P + 4, 0x2222);
            assertEquals(1, calls.size());
            assertEquals(A + P, calls.getLong(0));
            assertEquals(0x1111, seen.get(), "listener runs before the write lands");
            s.write32(A + P + 4, 0x3333);
            s.write8(A + P, (byte) 1);
            assertEquals(1, calls.size(), "mark cleared");
            assertEquals(0x3333, s.read32(A + P + 4));

            s.markCode(A);
            s.markCode(A + P);
            s.write64(A + P - 4, -1);
            assertEquals(3, calls.size(), "a crossing write reports both pages");
            assertEquals(A, calls.getLong(1));
            assertEquals(A + P, calls.getLong(2));

            s.markCode(A);
            s.poke(A, new byte[] {1}, 0, 1);
            s.markCode(A);
            s.fill(A, 4, (byte) 0);
            s.markCode(A);
            s.compareAndExchange64(A, 0, 1);
            s.markCode(A);
            s.write(A, new byte[8], 0, 8);
            assertEquals(7, calls.size(), "poke, fill, cmpxchg and bulk writes report too");

            s.markCode(A);
            s.protect(A, P, Prot.READ);
            assertEquals(8, calls.size(), "losing EXEC drops the mark");
            s.markCode(A + P);
            s.unmap(A + P, P);
            assertEquals(9, calls.size(), "unmapping code reports it");
            s.protect(A, P, RW);
            s.write8(A, (byte) 5);
            assertEquals(9, calls.size());
            Reference.reachabilityFence(listener);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyListenerHearsOfACodeWriteUntilRemoved(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, Prot.READ | Prot.WRITE | Prot.EXEC, "");
            LongArrayList first = new LongArrayList();
            LongArrayList second = new LongArrayList();
            LongConsumer one = first::addLong;
            LongConsumer two = second::addLong;
            s.addCodeWriteListener(one);
            s.addCodeWriteListener(two);
            s.markCode(A);
            s.write8(A, (byte) 1);
            assertEquals(1, first.size());
            assertEquals(A, first.getLong(0));
            assertEquals(1, second.size(), "one thread's cache must not replace another's");
            assertEquals(A, second.getLong(0));
            s.removeCodeWriteListener(one);
            s.markCode(A);
            s.write8(A, (byte) 2);
            assertEquals(1, first.size());
            assertEquals(2, second.size());
            Reference.reachabilityFence(two);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSpaceHoldsListenersWeakly(Kind kind) throws InterruptedException {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, Prot.READ | Prot.WRITE | Prot.EXEC, "");
            WeakReference<LongConsumer> gone = registerAndForget(s);
            for (int i = 0; i < 50 && gone.get() != null; i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertNull(gone.get(), "an ended thread's cache must not be kept alive by the space");
            s.markCode(A);
            s.write8(A, (byte) 1); // the cleared reference is skipped
            assertEquals(1, s.read8(A));
        }
    }

    private static WeakReference<LongConsumer> registerAndForget(AddressSpace s) {
        LongArrayList calls = new LongArrayList();
        LongConsumer l = calls::addLong;
        s.addCodeWriteListener(l);
        return new WeakReference<>(l);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void copyDoesNotCarryCodeMarks(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, Prot.READ | Prot.WRITE | Prot.EXEC, "");
            s.markCode(A);
            try (AddressSpace c = s.copy()) {
                AtomicReference<Long> called = new AtomicReference<>();
                LongConsumer l = called::set;
                c.addCodeWriteListener(l);
                c.write8(A, (byte) 1);
                assertNull(called.get());
                Reference.reachabilityFence(l);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void compareAndExchangeReturnsTheOldValue(Kind kind) {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, 2 * P, RW, "");
            s.map(A + 2 * P, P, Prot.READ, "");
            assertEquals(0, s.compareAndExchange64(A + 8, 0, 5));
            assertEquals(5, s.compareAndExchange64(A + 8, 0, 6));
            assertEquals(5, s.read64(A + 8));
            assertEquals(0, s.compareAndExchange32(A + 4, 0, 7));
            assertEquals(7, s.compareAndExchange32(A + 4, 1, 8));
            assertEquals(7, s.read32(A + 4));
            long x = A + P - 4;
            assertEquals(0, s.compareAndExchange64(x, 0, 0x0102_0304_0506_0708L));
            assertEquals(0x0102_0304_0506_0708L, s.read64(x));
            assertEquals(0x0102_0304, s.compareAndExchange32(x + 4, 0x0102_0304, 9));
            assertEquals(9, s.read32(A + P));
            assertEquals(0x0905_0607, s.compareAndExchange32(x + 1, 0, 1));
            assertFault(A + 2 * P, Access.WRITE, GuestFault.SEGV_ACCERR, () -> s.compareAndExchange64(A + 2 * P, 1, 1));
            assertFault(A + 2 * P, Access.WRITE, GuestFault.SEGV_ACCERR, () -> s.compareAndExchange32(A + 2 * P - 2, 1, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void compareAndExchangeIsAtomicAcrossThreads(Kind kind) throws InterruptedException {
        try (AddressSpace s = AddressSpace.create(kind)) {
            s.map(A, P, RW, "");
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                threads[t] = new Thread(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        long old;
                        do {
                            old = s.read64(A + 64);
                        } while (s.compareAndExchange64(A + 64, old, old + 1) != old);
                    }
                });
                threads[t].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(80_000, s.read64(A + 64));
        }
    }
}
