package dev.ring3.benchmarks;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.util.SplittableRandom;
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
 * The MMU fast path (DESIGN.md decision 1): read64/write64 of the flat window against the page
 * table, as independent accesses (throughput) and as a dependent pointer chase (load-to-use
 * latency, the figure the design quotes), over 1 MiB of guest memory.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
        "-Dagrona.disable.bounds.checks=true"})
public class MemoryBenchmark {
    static final long BASE = 0x1000_0000L;
    static final int WORDS = 128 * 1024; // 1 MiB
    static final int OPS = 1024;

    @Param({"FLAT", "PAGED"})
    public String kind;

    private AddressSpace mem;
    private final long[] addresses = new long[OPS];
    private long value;

    @Setup(Level.Trial)
    public void setUp() {
        mem = AddressSpace.create(AddressSpace.Kind.valueOf(kind));
        mem.map(BASE, WORDS * 8L, Prot.READ | Prot.WRITE, "data");
        // One random cycle through all words: each word holds the address of the next.
        int[] order = new int[WORDS];
        for (int i = 0; i < WORDS; i++) {
            order[i] = i;
        }
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = WORDS - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < WORDS; i++) {
            mem.write64(BASE + 8L * order[i], BASE + 8L * order[(i + 1) % WORDS]);
        }
        for (int i = 0; i < OPS; i++) {
            addresses[i] = BASE + 8L * rnd.nextInt(WORDS);
        }
        value = BASE;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        mem.close();
    }

    /** Independent loads at random addresses: the permission check and address arithmetic. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public long read64() {
        long sum = 0;
        for (long a : addresses) {
            sum += mem.read64(a);
        }
        return sum;
    }

    /** Independent stores at random addresses (values stay valid pointers for the chase). */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public void write64() {
        AddressSpace m = mem;
        for (long a : addresses) {
            m.write64(a, m.read64(a));
        }
    }

    /** Dependent loads: each address comes from the previous load (load-to-use latency). */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public long chase64() {
        long a = value;
        for (int i = 0; i < OPS; i++) {
            a = mem.read64(a);
        }
        value = a;
        return a;
    }
}
