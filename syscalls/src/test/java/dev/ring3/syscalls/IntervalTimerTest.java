package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The timer under alarm, setitimer, the POSIX timers and timerfd: settings, expiries, overruns. */
class IntervalTimerTest {
    private static final IntervalTimer.Clock MONOTONIC = IntervalTimer.Clock.wall(System::nanoTime);

    @Test
    void oneShotFiresOnceAndDisarms() throws InterruptedException {
        AtomicLong expiries = new AtomicLong();
        CountDownLatch fired = new CountDownLatch(1);
        IntervalTimer t = new IntervalTimer(MONOTONIC, n -> {
            expiries.addAndGet(n);
            fired.countDown();
        });
        long[] old = t.set(5_000_000, 0, false);
        assertEquals(0, old[0], "it was disarmed");
        assertTrue(fired.await(10, TimeUnit.SECONDS));
        Thread.sleep(20);
        assertEquals(1, expiries.get());
        assertEquals(false, t.armed(), "an expired one-shot is disarmed");
        assertEquals(0, t.get()[0]);
    }

    @Test
    void setAnswersTheOldSettingAndStopsIt() throws InterruptedException {
        AtomicLong expiries = new AtomicLong();
        IntervalTimer t = new IntervalTimer(MONOTONIC, expiries::addAndGet);
        t.set(10_000_000_000L, 3_000_000_000L, false);
        long[] old = t.set(0, 0, false);
        assertTrue(old[0] > 9_000_000_000L && old[0] <= 10_000_000_000L, "time left " + old[0]);
        assertEquals(3_000_000_000L, old[1]);
        long[] now = t.get();
        assertEquals(0, now[0]);
        assertEquals(0, now[1], "a disarmed timer has no interval");
        // A periodic timer stopped by a new setting fires no more once set returns.
        t.set(1_000_000, 1_000_000, false);
        Thread.sleep(10);
        t.set(0, 0, false);
        long seen = expiries.get();
        Thread.sleep(30);
        assertEquals(seen, expiries.get());
    }

    @Test
    void absoluteTimeInThePastExpiresAtOnce() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        IntervalTimer t = new IntervalTimer(MONOTONIC, n -> fired.countDown());
        t.set(1, 0, true);
        assertTrue(fired.await(10, TimeUnit.SECONDS));
    }

    @Test
    void aLateExpiryCountsThePeriodsThatWentBy() throws InterruptedException {
        AtomicLong expiries = new AtomicLong();
        AtomicLong largest = new AtomicLong();
        IntervalTimer t = new IntervalTimer(MONOTONIC, n -> {
            expiries.addAndGet(n);
            largest.accumulateAndGet(n, Math::max);
        });
        long start = System.nanoTime();
        synchronized (t) { // expiries wait for the timer's monitor: 50 periods go by unseen
            t.set(1_000_000, 1_000_000, false);
            Thread.sleep(50);
        }
        Thread.sleep(5);
        t.set(0, 0, false);
        long elapsedPeriods = (System.nanoTime() - start) / 1_000_000;
        assertTrue(largest.get() >= 40, "one expiry counted " + largest.get() + " periods");
        assertTrue(expiries.get() <= elapsedPeriods, expiries.get() + " expiries in " + elapsedPeriods + " periods");
    }
}
