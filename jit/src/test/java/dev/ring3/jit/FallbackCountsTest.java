package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.Block;
import dev.ring3.interp.BlockCache;
import dev.ring3.interp.GuestExit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The per-form count of calls from translated code to the interpreter's semantics (what
 * {@code -Dring3.jit.log=true} prints at exit): exact counts from a loop run translated, and the
 * names forms are counted under.
 */
class FallbackCountsTest {
    @Test
    void countsEverySemanticsCallOfATranslatedLoop() {
        // mov r15d,100; L: xor eax,eax; cpuid; dec r15d; jnz L; syscall
        try (Guest g = new Guest()) {
            g.code("41bf64000000 31c0 0fa2 41ffcf 75f7 0f05");
            BlockCache cache = new BlockCache(g.mem);
            Region region = new RegionFormer(32, 400, JitEngine.Config.DEFAULT_CALLEE_INSNS).form(cache, cache.lookup(Guest.CODE), true, 0);
            FallbackCounts counts = new FallbackCounts();
            Translation t = Translator.define(new RegionCompiler(Translator.DEFAULT_MAX_CODE, counts).compile(region));
            g.cpu.rip = Guest.CODE;
            assertInstanceOf(GuestExit.class, assertThrowsRuntime(() -> t.run(g.cpu)));
            assertEquals(100, counts.count("cpuid 32"), counts.sorted().toString());
            assertEquals(1, counts.count("syscall 32"));
            List<Map.Entry<String, Long>> rows = counts.sorted();
            assertEquals(Map.entry("cpuid 32", 100L), rows.get(0));
            assertEquals(2, rows.size(), rows.toString()); // XOR, DEC and JNZ are emitted: not counted
            String report = counts.report(10);
            assertTrue(report.contains("101 in 2 forms"), report);
            assertTrue(report.contains("100   99.0%  cpuid"), report);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "f00fc103, lock xadd Ev|Gv 32 mem",
        "480fa3c8, bt Ev|Gv 64 reg",
        "66f3ab, rep stos Yv|rAX 16",
        "f6f1, div Eb 8 reg",
    })
    void formNamesPrefixesRowSizeAndOperandKind(String hex, String want) {
        try (Guest g = new Guest()) {
            g.code(hex + "0f05");
            Block b = new BlockCache(g.mem).lookup(Guest.CODE);
            assertEquals(want.replace('|', ','), FallbackCounts.form(b.insns[0]));
        }
    }

    private static RuntimeException assertThrowsRuntime(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the translation returned instead of leaving through the SYSCALL");
    }
}
