package dev.ring3.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ring3.guest.Flavour;
import dev.ring3.guest.GuestProgram;
import dev.ring3.guest.GuestPrograms;
import dev.ring3.guest.NativeRun;
import dev.ring3.guest.RunResult;
import dev.ring3.guest.Tools;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus test: every built guest program (guest/src/c and guest/src/asm, in each
 * flavour) runs natively and under ring3 in-process in every {@link Mode}; stdout, stderr and the
 * exit status must be identical. Narrow a run with {@code -Dring3.corpus.filter=REGEX} (matched
 * against "flavour/program [MODE]") and {@code -Dring3.modes=INTERPRETER}.
 */
@Tag("x86-64-host")
class CorpusTest {
    private final Map<String, RunResult> nativeResults = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> corpus() {
        assumeTrue(Tools.nativeHost(), "needs an x86-64 Linux host as the oracle");
        GuestPrograms corpus = GuestPrograms.locate();
        String problem = corpus.builtOrMissingTool();
        assumeTrue(problem == null, problem);
        Pattern filter = Pattern.compile(System.getProperty("ring3.corpus.filter", ".*"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Mode mode : Mode.selected()) {
            for (Flavour f : Flavour.values()) {
                if (!GuestPrograms.toolAvailable(f)) {
                    tests.add(DynamicTest.dynamicTest(f.dir() + "/* [" + mode + "]",
                            () -> assumeTrue(false, f.tool() + " is not installed: " + f.dir() + " programs not built")));
                    continue;
                }
                for (GuestProgram p : corpus.list(f)) {
                    String name = p.id() + " [" + mode + "]";
                    if (filter.matcher(name).find()) {
                        // Started now on the shared pool, checked in order: the runs are independent
                        // (no static state in ring3), so both cores work while the report stays serial.
                        CompletableFuture<Runnable> check = CompletableFuture.supplyAsync(
                                () -> prepare(corpus, p, mode, name), POOL);
                        tests.add(DynamicTest.dynamicTest(name, () -> check.get().run()));
                    }
                }
            }
        }
        return tests.stream();
    }

    /** Runs the program natively (once) and under ring3; returns the comparison to make. */
    private Runnable prepare(GuestPrograms corpus, GuestProgram p, Mode mode, String name) {
        try {
            RunResult nat = nativeResults.computeIfAbsent(p.id(), id -> NativeRun.run(p, corpus.buildDir()));
            Ring3Run.Outcome emu = Ring3Run.run(mode, p.argv(), p.env(), p.spec().stdin(), corpus.buildDir());
            return () -> Differential.assertSame(name, nat, emu);
        } catch (org.opentest4j.TestAbortedException e) {
            return () -> {
                throw e;
            };
        } catch (RuntimeException | Error e) {
            // Surefire's summary names only the factory's lambda: the message names the run.
            AssertionError named = new AssertionError(name + ": " + e.getMessage(), e);
            return () -> {
                throw named;
            };
        }
    }

    /** Two workers: the machine's cores (the CI machine has two). */
    static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Integer.getInteger("ring3.test.threads", Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "corpus-run");
                t.setDaemon(true);
                return t;
            });
}
