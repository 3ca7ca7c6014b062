package dev.ring3.benchmarks;

import dev.ring3.interp.ExecutionEngine;
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
 * Guest instructions per second: the {@link GuestLoop#DISPATCH} loop (a load, ALU work, a store
 * and a loop branch: 8 instructions, one block) run to its exit on each engine. The score is
 * per guest instruction, so its inverse is instructions per second.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
        "-Dagrona.disable.bounds.checks=true", "-Xss16m"})
public class DispatchBenchmark {
    static final int ITERATIONS = 10_000;

    @Param({"INTERP", "JIT", "JIT_ALL"})
    public String engine;

    @Param({"FLAT", "PAGED"})
    public String memory;

    private GuestMachine machine;
    private ExecutionEngine exec;

    @Setup(Level.Trial)
    public void setUp() {
        machine = new GuestMachine(GuestLoop.DISPATCH, AddressSpace.Kind.valueOf(memory));
        exec = EngineKind.valueOf(engine).create();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        machine.close();
    }

    /** Score: guest instructions per microsecond. */
    @Benchmark
    @OperationsPerInvocation(ITERATIONS * GuestLoop.DISPATCH_INSNS)
    public long loop() {
        return machine.run(exec, ITERATIONS);
    }
}
