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
 * Issue 4 item 5: guest code reading the clock per operation through ring3's vDSO against the
 * same call made with the SYSCALL instruction (clock_gettime(CLOCK_MONOTONIC), gettimeofday,
 * time), under the interpreter and the JIT; {@link HostClockBenchmark} is the floor. Scores are
 * nanoseconds per guest call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED", "-Dagrona.disable.bounds.checks=true", "-Xss16m"})
public class VdsoBenchmark {
    static final int CALLS = 1000;

    @Param({"CLOCK_GETTIME_VDSO", "CLOCK_GETTIME_SYSCALL", "GETTIMEOFDAY_VDSO", "GETTIMEOFDAY_SYSCALL",
            "TIME_VDSO", "TIME_SYSCALL"})
    public String loop;

    @Param({"INTERP", "JIT"})
    public String engine;

    private GuestMachine machine;
    private ExecutionEngine exec;

    @Setup(Level.Trial)
    public void setUp() {
        machine = new GuestMachine(GuestLoop.valueOf(loop), AddressSpace.Kind.FLAT);
        exec = EngineKind.valueOf(engine).create();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        machine.close();
    }

    /** One guest call per operation. */
    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long call() {
        return machine.run(exec, CALLS);
    }
}
