package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.ring3.interp.BlockCache;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which blocks region formation takes around calls. */
class RegionFormerTest {
    /**
     * CODE: call f; CODE+5: inc eax; syscall. f (CODE+0x100): inc ecx; ret. The RET's profiled
     * target is set by hand to the continuation, as the dispatcher would record it.
     */
    static final String CALLER = "e8fb000000ffc00f05";
    static final String CALLEE = "ffc1c3";

    private static long[] starts(Region r) {
        return Arrays.stream(r.blocks).mapToLong(b -> b.start).toArray();
    }

    private static Region form(Guest g, java.util.function.LongPredicate isEntry) {
        BlockCache cache = new BlockCache(g.mem, g.cpu);
        cache.lookup(Guest.CODE + 0x100).lastExit = Guest.CODE + 5;
        return new RegionFormer(32, 400).form(cache, cache.lookup(Guest.CODE), true, 0, isEntry);
    }

    @Test
    void aCallAndItsCalleeTakeTheContinuation() {
        try (Guest g = new Guest()) {
            g.code(CALLER).code(Guest.CODE + 0x100, CALLEE);
            assertArrayEquals(new long[] {Guest.CODE, Guest.CODE + 0x100, Guest.CODE + 5}, starts(form(g, a -> false)));
        }
    }

    /** The callee is another translation's entry: its return leaves, so the continuation would be dead code. */
    @Test
    void continuationOfACallLeavingTheRegionIsLeftOut() {
        try (Guest g = new Guest()) {
            g.code(CALLER).code(Guest.CODE + 0x100, CALLEE);
            assertArrayEquals(new long[] {Guest.CODE}, starts(form(g, a -> a == Guest.CODE + 0x100)));
        }
    }
}
