package dev.ring3.jit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a block's executions make it hot: a rate (twice the threshold within the window), or a sustained count. */
class HotRateTest {
    private static final long T = 1024, W = 1 << 16;

    @Test
    void aBlockIsHotWhenItReachesTheThresholdTwiceWithinTheWindow() {
        assertFalse(JitEngine.hot(T, 0, 5_000_000, W), "the first multiple only starts the clock");
        assertTrue(JitEngine.hot(2 * T, 5_000_000, 5_000_000 + 3 * T, W), "a loop: 1024 runs within a few thousand blocks");
        assertTrue(JitEngine.hot(2 * T, 5_000_000, 5_000_000 + W, W), "the window's edge counts");
    }

    @Test
    void warmCodeIsNotHotUntilItHasRunLongEnough() {
        // 1024 runs spread over more than the window: start-up code run once per import, say
        assertFalse(JitEngine.hot(2 * T, 5_000_000, 5_000_000 + W + 1, W));
        assertFalse(JitEngine.hot(JitEngine.SUSTAINED_MASK + 1 - T, 5_000_000, 90_000_000, W));
        assertTrue(JitEngine.hot(JitEngine.SUSTAINED_MASK + 1, 5_000_000, 90_000_000, W),
                "a flat profile still gets its warm code translated once it has run that long");
        assertTrue(JitEngine.hot(2 * (JitEngine.SUSTAINED_MASK + 1), 0, 90_000_000, W));
    }
}
