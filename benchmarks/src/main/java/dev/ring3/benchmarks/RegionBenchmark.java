package dev.ring3.benchmarks;

import dev.ring3.interp.ExecutionEngine;
import dev.ring3.jit.JitEngine;
import dev.ring3.mmu.AddressSpace;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Region entry and exit (issue 3 item 10): the {@link GuestLoop#HOP} loop, three blocks joined by
 * direct jumps, translated as one region ({@code maxBlocks} 32: block boundaries are JVM gotos) or
 * as one-block regions ({@code maxBlocks} 1: every jump writes the registers and flags back,
 * returns to the dispatcher, which looks up the next translation and enters it, reloading them).
 * The difference per block is the cost of a region exit plus an entry.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
        "-Dagrona.disable.bounds.checks=true", "-Xss16m"})
public class RegionBenchmark {
    static final int ITERATIONS = 100_000;

    @Param({"1", "32"})
    public int maxBlocks;

    private GuestMachine machine;
    private ExecutionEngine exec;

    @Setup(Level.Trial)
    public void setUp() {
        machine = new GuestMachine(GuestLoop.HOP, AddressSpace.Kind.FLAT);
        JitEngine.Config d = JitEngine.Config.of(JitEngine.Mode.ALL);
        exec = new JitEngine(new JitEngine.Config(JitEngine.Mode.ALL, 0, d.threshold(), maxBlocks, d.maxInsns(),
                d.maxCodeSize()));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        machine.close();
    }

    /** Score: ns per guest block (a region exit and entry each with maxBlocks = 1). */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS * GuestLoop.HOP_BLOCKS)
    public long hop() {
        return machine.run(exec, ITERATIONS);
    }
}
