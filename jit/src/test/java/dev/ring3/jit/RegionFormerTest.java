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
        return form(g, isEntry, 80);
    }

    private static Region form(Guest g, java.util.function.LongPredicate isEntry, int calleeInsns) {
        BlockCache cache = new BlockCache(g.mem, g.cpu);
        cache.lookup(Guest.CODE + 0x100).lastExit = Guest.CODE + 5;
        return new RegionFormer(32, 400, calleeInsns).form(cache, cache.lookup(Guest.CODE), true, 0, isEntry);
    }

    @Test
    void aCallAndItsCalleeTakeTheContinuation() {
        try (Guest g = new Guest()) {
            g.code(CALLER).code(Guest.CODE + 0x100, CALLEE);
            assertArrayEquals(new long[] {Guest.CODE, Guest.CODE + 0x100, Guest.CODE + 5}, starts(form(g, a -> false)));
        }
    }

    /**
     * The callee is another translation's entry and not copied (copies off): its return leaves, so
     * the continuation would be dead code.
     */
    @Test
    void continuationOfACallLeavingTheRegionIsLeftOut() {
        try (Guest g = new Guest()) {
            g.code(CALLER).code(Guest.CODE + 0x100, CALLEE);
            assertArrayEquals(new long[] {Guest.CODE}, starts(form(g, a -> a == Guest.CODE + 0x100, 0)));
        }
    }

    /** A small callee with a translation of its own is copied, and its continuation joins though it is an entry too. */
    @Test
    void smallCalleeWithATranslationIsCopied() {
        try (Guest g = new Guest()) {
            g.code(CALLER).code(Guest.CODE + 0x100, CALLEE);
            java.util.function.LongPredicate entries = a -> a == Guest.CODE + 0x100 || a == Guest.CODE + 5;
            assertArrayEquals(new long[] {Guest.CODE, Guest.CODE + 0x100, Guest.CODE + 5}, starts(form(g, entries)));
        }
    }

    /** f: L: dec ecx; jnz L; ret. A callee with a loop keeps its own translation. */
    @Test
    void calleeWithALoopIsNotCopied() {
        try (Guest g = new Guest()) {
            g.code(CALLER).code(Guest.CODE + 0x100, "ffc975fcc3");
            assertArrayEquals(new long[] {Guest.CODE}, starts(form(g, a -> a == Guest.CODE + 0x100)));
        }
    }

    /** f: call f; ret. A call to itself is a loop too. */
    @Test
    void recursiveCalleeIsNotCopied() {
        try (Guest g = new Guest()) {
            g.code(CALLER).code(Guest.CODE + 0x100, "e8fbffffffc3");
            assertArrayEquals(new long[] {Guest.CODE}, starts(form(g, a -> a == Guest.CODE + 0x100)));
        }
    }

    /**
     * f: call g; ret, g (CODE+0x200): L: dec ecx; jnz L; ret. f is copied without g, whose loop keeps
     * its own translation; the call to g leaves the region, and so does the return after it.
     */
    @Test
    void nestedCalleeWithALoopLeavesTheCopy() {
        try (Guest g = new Guest()) {
            g.code(CALLER).code(Guest.CODE + 0x100, "e8fb000000c3").code(Guest.CODE + 0x200, "ffc975fcc3");
            java.util.function.LongPredicate entries = a -> a == Guest.CODE + 0x100 || a == Guest.CODE + 0x200;
            assertArrayEquals(new long[] {Guest.CODE, Guest.CODE + 0x100, Guest.CODE + 5}, starts(form(g, entries)));
        }
    }
}
