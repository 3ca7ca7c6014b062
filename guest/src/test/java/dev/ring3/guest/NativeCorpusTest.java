package dev.ring3.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the corpus itself on the native host: every program's output is deterministic (two native
 * runs agree), and every assembly program still matches its checked-in golden file, so a change in
 * the CPU's behaviour or in a test program is visible. Regenerate goldens with
 * {@code make -C guest expected}.
 */
@Tag("x86-64-host")
class NativeCorpusTest {

    @TestFactory
    Stream<DynamicTest> deterministicAndGolden() {
        assumeTrue(Tools.nativeHost(), "needs an x86-64 Linux host");
        GuestPrograms corpus = GuestPrograms.locate();
        String problem = corpus.builtOrMissingTool();
        assumeTrue(problem == null, problem);
        List<DynamicTest> tests = new ArrayList<>();
        for (Flavour f : Flavour.values()) {
            if (!GuestPrograms.toolAvailable(f)) {
                tests.add(DynamicTest.dynamicTest(f.dir() + " (skipped)",
                        () -> assumeTrue(false, f.tool() + " is not installed")));
                continue;
            }
            for (GuestProgram p : corpus.list(f)) {
                tests.add(DynamicTest.dynamicTest(p.id(), () -> check(corpus, p)));
            }
        }
        return tests.stream();
    }

    private static void check(GuestPrograms corpus, GuestProgram p) throws IOException {
        RunResult first = NativeRun.run(p, corpus.buildDir());
        RunResult second = NativeRun.run(p, corpus.buildDir());
        String diff = RunResult.firstDifference("stdout", first.stdout(), second.stdout());
        assertEquals(null, diff, p.id() + " is not deterministic natively");
        assertEquals(first.status(), second.status(), p.id() + " exit status is not deterministic");
        if (p.golden().isPresent()) {
            String golden = Files.readString(p.golden().get(), StandardCharsets.UTF_8);
            String now = first.stdoutText() + "exit " + first.status() + "\n";
            String gd = RunResult.firstDifference("golden", golden.getBytes(StandardCharsets.UTF_8),
                    now.getBytes(StandardCharsets.UTF_8));
            assertEquals(null, gd, p.id() + " no longer matches " + p.golden().get());
        }
    }
}
