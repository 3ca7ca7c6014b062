package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The futex queues between Java threads: EAGAIN, timeouts, WAKE counts, REQUEUE, WAKE_OP. */
@Timeout(20)
class FutexesTest {
    static final long A = 0x10000, B = 0x10004;
    final AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT);
    final Futexes q = new Futexes();

    FutexesTest() {
        mem.map(A & ~0xfffL, 4096, Prot.READ | Prot.WRITE, "");
    }

    @AfterEach
    void close() {
        mem.close();
    }

    /** Starts a thread waiting on {@code addr} for value 0; the result lands in the returned cell. */
    AtomicLong waiter(long addr) throws InterruptedException {
        AtomicLong r = new AtomicLong(Long.MIN_VALUE);
        Thread t = new Thread(() -> r.set(q.await(mem, addr, 0, -1, Long.MAX_VALUE)));
        t.setDaemon(true);
        t.start();
        while (t.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }
        return r;
    }

    @Test
    void mismatchIsEagainAndTimeoutIsEtimedout() {
        mem.write32(A, 5);
        assertEquals(-Errno.EAGAIN, q.await(mem, A, 4, -1, Long.MAX_VALUE));
        assertEquals(-Errno.ETIMEDOUT, q.await(mem, A, 5, -1, System.nanoTime() + 1_000_000));
    }

    @Test
    void wakeWakesAtMostN() throws Exception {
        AtomicLong w1 = waiter(A);
        AtomicLong w2 = waiter(A);
        assertEquals(0, q.wake(mem, B, 5, -1));
        assertEquals(1, q.wake(mem, A, 1, -1));
        assertEquals(1, q.wake(mem, A, 1, -1));
        assertEquals(0, q.wake(mem, A, 1, -1));
        while (w1.get() == Long.MIN_VALUE || w2.get() == Long.MIN_VALUE) {
            Thread.sleep(1);
        }
        assertEquals(0, w1.get());
        assertEquals(0, w2.get());
    }

    @Test
    void requeueMovesWaitersToTheSecondAddress() throws Exception {
        AtomicLong w1 = waiter(A);
        AtomicLong w2 = waiter(A);
        AtomicLong w3 = waiter(A);
        assertEquals(-Errno.EAGAIN, q.requeue(mem, A, 1, B, 10, true, 7));
        assertEquals(3, q.requeue(mem, A, 1, B, 10, true, 0));
        assertEquals(0, q.wake(mem, A, 10, -1));
        assertEquals(2, q.wake(mem, B, 10, -1));
        while (w1.get() == Long.MIN_VALUE || w2.get() == Long.MIN_VALUE || w3.get() == Long.MIN_VALUE) {
            Thread.sleep(1);
        }
    }

    @Test
    void wakeOpChangesTheSecondWordAndWakesBoth() throws Exception {
        waiter(A);
        waiter(B);
        // op ADD 3 on B, compare old == 0: wakes one on A and one on B.
        int encoded = (1 << 28) | (0 << 24) | (3 << 12) | 0;
        assertEquals(2, q.wakeOp(mem, A, 1, B, 1, encoded));
        assertEquals(3, mem.read32(B));
        assertTrue(q.wakeOp(mem, A, 1, B, 1, encoded) == 0);
        assertEquals(6, mem.read32(B));
    }
}
