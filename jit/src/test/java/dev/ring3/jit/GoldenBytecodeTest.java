package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.interp.Block;
import dev.ring3.interp.BlockCache;
import dev.ring3.interp.UndefinedFlags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the bytecode generated for small snippets (src/test/resources/golden/*.txt). After an
 * intended change to the compiler, regenerate them with
 * {@code mvn -B -o -pl jit -am test -Dtest=GoldenBytecodeTest -Dsurefire.failIfNoSpecifiedTests=false -Dring3.golden.update=true} and review the diff.
 * Where the host's vendor changes the code (undefined flags of MUL, DIV and rotates by an
 * immediate: {@code UndefinedFlags}), an Intel host compares with {@code NAME.intel.txt}; the
 * update writes that file on an Intel host only where its listing differs from {@code NAME.txt},
 * which an AMD host (or {@code -Dring3.undefined=amd} in {@code ring3.jvmArgs}) writes.
 */
class GoldenBytecodeTest {
    private static final boolean UPDATE = Boolean.getBoolean("ring3.golden.update");
    private static final Path DIR = Path.of("src/test/resources/golden");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // xor eax,eax; mov ecx,1000; L: add rax,rcx; dec rcx; jnz L; syscall
        "sum-loop, 31c0b9e80300004801c848ffc975f80f05",
        // L: mov eax,[rbx+rcx*4-4]; mov edx,[rbx+rcx*4]; cmp eax,edx; jle +13; ...; inc ecx; cmp ecx,r8d; jb L
        "bubble-inner, 8b448bfc8b148b39d07e0d89548bfc89048b41b901000000ffc14439c172e10f05",
        // push rbp; mov rbp,rsp; imul rax,rdi (semantics); leave (semantics); ret
        "call-frame, 554889e5480fafc7c9c3",
        // L: movsd xmm0,[rdi+rax*8]; mulsd xmm0,[rsi+rax*8]; addsd xmm1,xmm0; inc rax; cmp rax,rcx; jne L; syscall
        "sse-dot, f20f1004c7f20f5904c6f20f58c848ffc04839c875ea0f05",
        // mov eax,edi; shr eax,3; xor al,dl; test al,1; setne cl; cmove edx,eax; ror edi,7; syscall
        "shift-setcc, 89f8c1e80330d0a8010f95c10f44d0c1cf070f05",
        // mov ecx,10; L: call f; dec ecx; jnz L; syscall; f: add rax,rcx; ret (the RET guesses L's continuation)
        "call-return, b90a000000e806000000ffc975f70f054801c8c3",
        // mov ecx,100; L: bt rdi,rcx; jnc +3; inc rax; btr rsi,5; setc dl; dec ecx; jnz L; syscall
        // (JNC and SETC test the bit itself)
        "bit-test, b964000000480fa3cf730348ffc0480fbaf6050f92c2ffc975eb0f05",
        // L: movdqu xmm0,[rsi+rax]; movdqu [rdi+rax],xmm0; add rax,16; cmp rax,rcx; jne L; syscall
        // (128-bit loads and stores: the window's fast path, two 8-byte halves on the slow path)
        "sse-copy, f30f6f0406f30f7f04074883c0104839c875ed0f05",
        // mov ecx,7; xor edx,edx; div ecx; cqo; idiv rcx; syscall (#DE checks, 32-bit and 64-bit paths)
        "div, b90700000031d2f7f1489948f7f90f05",
    })
    void listingMatches(String name, String hex) throws IOException {
        try (Guest g = new Guest()) {
            g.code(hex);
            BlockCache cache = new BlockCache(g.mem);
            Block entry = cache.lookup(Guest.CODE);
            Region region = new RegionFormer(32, 400, JitEngine.Config.DEFAULT_CALLEE_INSNS).form(cache, entry, true, 0);
            RegionCompiler.Output out = new RegionCompiler(Translator.DEFAULT_MAX_CODE, null).compile(region);
            String listing = "# " + name + ": " + hex + " (" + out.codeSize() + " bytecode bytes)\n"
                    + BytecodeListing.of(out.bytes());
            Path common = DIR.resolve(name + ".txt");
            Path intel = DIR.resolve(name + ".intel.txt");
            Path file = UndefinedFlags.INTEL && Files.exists(intel) ? intel : common;
            if (UPDATE || !Files.exists(file)) {
                Files.createDirectories(DIR);
                boolean own = UndefinedFlags.INTEL && Files.exists(common)
                        && !Files.readString(common, StandardCharsets.UTF_8).equals(listing);
                file = own ? intel : common;
                Files.writeString(file, listing, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), listing, "golden " + file);
        }
    }
}
