package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.interp.Interpreter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression: a Jcc after an instruction that leaves flags only "undefined" in its row (DIV,
 * IDIV) was fused with the flag producer before it, and such a row run by its semantics left the
 * older pending flags to overwrite the ones it set. Both paths (DIV r8 by semantics, DIV r32 by
 * its emitter) must branch on DIV's flags (ZF clear) exactly as the interpreter does.
 */
class UndefinedFlagsFusionTest {
    @ParameterizedTest
    @ValueSource(strings = {
        // mov ecx,7; mov eax,100; xor edx,edx (ZF=1); div ecx; je +2; inc esi; inc esi; syscall
        "b907000000b86400000031d2f7f17404ffc6ffc60f05",
        // the same with div cl (AX / CL: the semantics)
        "b907000000b86400000031d2f6f17404ffc6ffc60f05",
        // xor edx,edx; cqo-free idiv rcx (RDX = 0, RAX positive); jz over two inc; syscall
        "b907000000b86400000031d248f7f97404ffc6ffc60f05",
    })
    void jccAfterDivReadsDivFlags(String code) {
        String want;
        try (Guest g = new Guest()) {
            g.code(code);
            g.run(new Interpreter());
            want = g.state();
        }
        try (Guest g = new Guest()) {
            g.code(code);
            g.run(new JitEngine(JitEngine.Mode.ALL));
            assertEquals(want, g.state());
        }
    }
}
