package dev.ring3.benchmarks;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.mmu.AddressSpace;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lazy flags (DESIGN.md decision 2): recording a SUB and then evaluating one condition, as a
 * CMP+Jcc does, against materialising the whole RFLAGS (PUSHF, a signal frame), with recording
 * alone as the floor. Operands vary so that nothing folds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
        "-Dagrona.disable.bounds.checks=true"})
public class FlagsBenchmark {
    static final int OPS = 1024;

    private final long[] a = new long[OPS];
    private final long[] b = new long[OPS];
    /** Condition codes of the Jccs a compiler emits most: E, NE, B, AE, L, GE, LE, G. */
    private final int[] cc = new int[OPS];
    private AddressSpace mem;
    private Cpu cpu;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(7);
        int[] common = {0x4, 0x5, 0x2, 0x3, 0xC, 0xD, 0xE, 0xF};
        for (int i = 0; i < OPS; i++) {
            a[i] = rnd.nextInt(8) == 0 ? b[Math.max(0, i - 1)] : rnd.nextLong();
            b[i] = rnd.nextLong() >> rnd.nextInt(64);
            cc[i] = common[rnd.nextInt(common.length)];
        }
        mem = AddressSpace.create(AddressSpace.Kind.FLAT);
        cpu = new Cpu(mem);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        mem.close();
    }

    /** Records the flags of SUB; nothing reads them (dead flags). */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public long subRecordOnly() {
        Cpu c = cpu;
        long s = 0;
        for (int i = 0; i < OPS; i++) {
            long res = a[i] - b[i];
            Flags.sub(c, 8, a[i], b[i], res);
            s += res;
        }
        return s;
    }

    /** CMP then Jcc: record, then one condition evaluated from the record. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public int subThenCond() {
        Cpu c = cpu;
        int taken = 0;
        for (int i = 0; i < OPS; i++) {
            Flags.sub(c, 8, a[i], b[i], a[i] - b[i]);
            if (Flags.cond(c, cc[i])) {
                taken++;
            }
        }
        return taken;
    }

    /** CMP then PUSHF: record, then all of RFLAGS materialised. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public long subThenRflags() {
        Cpu c = cpu;
        long s = 0;
        for (int i = 0; i < OPS; i++) {
            Flags.sub(c, 8, a[i], b[i], a[i] - b[i]);
            s += Flags.rflags(c);
        }
        return s;
    }

    /** A 32-bit SUB then Jcc, the common width in compiled C. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public int sub32ThenCond() {
        Cpu c = cpu;
        int taken = 0;
        for (int i = 0; i < OPS; i++) {
            long x = a[i] & 0xFFFF_FFFFL, y = b[i] & 0xFFFF_FFFFL;
            Flags.sub(c, 4, x, y, (x - y) & 0xFFFF_FFFFL);
            if (Flags.cond(c, cc[i])) {
                taken++;
            }
        }
        return taken;
    }
}
