package dev.ring3.benchmarks;

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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Translation latency per guest block (issue 3 item 10, DESIGN.md decision 4): a fresh machine
 * runs the {@link GuestLoop#CHAIN} code once on a translate-everything engine, so every one of its
 * blocks is formed into a region, compiled to bytecode and defined as a hidden class before it
 * runs (regions of up to 32 blocks). The score is the whole cost divided by the blocks: what the
 * background compiler thread spends per block of hot code (HotSpot's own compilation of the
 * result comes on top, on its own threads).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
        "-Dagrona.disable.bounds.checks=true", "-Xss16m"})
public class TranslationBenchmark {
    private GuestMachine machine;

    @Setup(Level.Invocation)
    public void setUp() {
        machine = new GuestMachine(GuestLoop.CHAIN, AddressSpace.Kind.FLAT);
    }

    @TearDown(Level.Invocation)
    public void tearDown() {
        machine.close();
    }

    /** Score: µs per guest block translated (and run once). */
    @Benchmark
    @OperationsPerInvocation(GuestLoop.CHAIN_BLOCKS)
    public long translateChain() {
        return machine.run(new JitEngine(JitEngine.Mode.ALL), 1);
    }
}
