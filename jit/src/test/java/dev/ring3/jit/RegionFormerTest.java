package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.Block;
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

    /**
     * CODE: call stub; CODE+5: inc eax; syscall. The stub (CODE+0x80): jmp [DATA], a PLT slot
     * whose GOT entry holds f (CODE+0x100): inc ecx; ret. Profiles set by hand: the stub went to
     * f, f returned to the continuation.
     */
    private static Region formThroughStub(Guest g, java.util.function.LongPredicate isEntry) {
        g.code(CALL_STUB).code(Guest.CODE + 0x80, STUB).code(Guest.CODE + 0x100, CALLEE);
        g.mem.write64(Guest.DATA, Guest.CODE + 0x100);
        BlockCache cache = new BlockCache(g.mem, g.cpu);
        cache.lookup(Guest.CODE + 0x80).lastExit = Guest.CODE + 0x100;
        cache.lookup(Guest.CODE + 0x100).lastExit = Guest.CODE + 5;
        return new RegionFormer(32, 400, 0).form(cache, cache.lookup(Guest.CODE), true, 0, isEntry);
    }

    static final String CALL_STUB = "e87b000000ffc00f05";
    static final String STUB = "ff242500000010";

    /**
     * A jump stub joins though it is another translation's entry (one instruction; without it a
     * call through a PLT slot is two hops); the function it leads to stays outside, and so does the
     * call's continuation, since the return comes from outside.
     */
    @Test
    void jumpStubJoinsButNotTheFunctionBehindIt() {
        try (Guest g = new Guest()) {
            java.util.function.LongPredicate entries = a -> a == Guest.CODE + 0x80 || a == Guest.CODE + 0x100;
            assertArrayEquals(new long[] {Guest.CODE, Guest.CODE + 0x80}, starts(formThroughStub(g, entries)));
        }
    }

    /** When the function behind the stub joins too, the call's continuation does, as for a direct call. */
    @Test
    void callThroughAStubTakesTheContinuationWhenTheFunctionJoins() {
        try (Guest g = new Guest()) {
            assertArrayEquals(new long[] {Guest.CODE, Guest.CODE + 0x80, Guest.CODE + 0x100, Guest.CODE + 5},
                    starts(formThroughStub(g, a -> a == Guest.CODE + 0x80)));
        }
    }

    /** An IBT PLT slot, endbr64; bnd jmp [DATA], is a stub too. */
    @Test
    void endbr64AndJumpIsAStub() {
        try (Guest g = new Guest()) {
            g.code(CALL_STUB).code(Guest.CODE + 0x80, "f30f1efaf2" + STUB).code(Guest.CODE + 0x100, CALLEE);
            BlockCache cache = new BlockCache(g.mem, g.cpu);
            cache.lookup(Guest.CODE + 0x80).lastExit = Guest.CODE + 0x100;
            cache.lookup(Guest.CODE + 0x100).lastExit = Guest.CODE + 5;
            Region r = new RegionFormer(32, 400, 0).form(cache, cache.lookup(Guest.CODE), true, 0,
                    a -> a == Guest.CODE + 0x80 || a == Guest.CODE + 0x100);
            assertArrayEquals(new long[] {Guest.CODE, Guest.CODE + 0x80}, starts(r));
        }
    }

    /** A block of two instructions ending in a JMP is not a stub (unless the first is ENDBR64): an entry stays outside. */
    @Test
    void onlyOneInstructionBlocksAreStubs() {
        try (Guest g = new Guest()) {
            g.code(Guest.CODE + 0x80, "90" + STUB);
            BlockCache cache = new BlockCache(g.mem, g.cpu);
            g.code(CALL_STUB).code(Guest.CODE + 0x100, CALLEE);
            cache.lookup(Guest.CODE + 0x80).lastExit = Guest.CODE + 0x100;
            Region r = new RegionFormer(32, 400, 0).form(cache, cache.lookup(Guest.CODE), true, 0, a -> a == Guest.CODE + 0x80);
            assertArrayEquals(new long[] {Guest.CODE}, starts(r));
        }
    }

    /**
     * The stub's JMP guesses its profiled target, outside the region: a static exit with a link
     * slot (chained without the dispatcher's table), and so does f's RET in f's own region, whose
     * profiled target is its caller's continuation.
     */
    @Test
    void guessesOutsideTheRegionAreLinkedExits() {
        try (Guest g = new Guest()) {
            Region r = formThroughStub(g, a -> a == Guest.CODE + 0x80 || a == Guest.CODE + 0x100);
            long[] links = new RegionCompiler(Translator.DEFAULT_MAX_CODE, null).compile(r).links();
            assertTrue(Arrays.stream(links).anyMatch(t -> t == Guest.CODE + 0x100), Arrays.toString(links));
            BlockCache cache = new BlockCache(g.mem, g.cpu);
            Block f = cache.lookup(Guest.CODE + 0x100);
            f.lastExit = Guest.CODE + 5;
            Region callee = new RegionFormer(32, 400, 0).form(cache, f, false, 0, a -> false);
            long[] calleeLinks = new RegionCompiler(Translator.DEFAULT_MAX_CODE, null).compile(callee).links();
            assertTrue(Arrays.stream(calleeLinks).anyMatch(t -> t == Guest.CODE + 5), Arrays.toString(calleeLinks));
        }
    }
}
