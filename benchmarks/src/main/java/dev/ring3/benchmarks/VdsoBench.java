package dev.ring3.benchmarks;

import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.HostTsc;
import dev.ring3.mmu.AddressSpace;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * `ring3 bench vdso`: a quick table (no JMH) of nanoseconds per clock read for a native program,
 * ring3's vDSO path and ring3's syscall path on each engine, and the ratio of the two paths
 * (issue 4 item 5). Each figure is the median of several timed runs of a guest loop after a
 * warm-up long enough for the JIT to translate it.
 */
public final class VdsoBench {
    /** The operations, each with its vDSO loop and its syscall loop. */
    static final String[] OPS = {"clock_gettime", "gettimeofday", "time"};

    private final List<EngineKind> engines;
    private final int reps;
    private final long runNanos;
    private final long warmupNanos;
    private final PrintStream out;
    private final boolean wall;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    VdsoBench(List<EngineKind> engines, int reps, long runMillis, long warmupMillis, boolean wall, PrintStream out) {
        this.wall = wall || !threads.isCurrentThreadCpuTimeSupported();
        this.engines = engines;
        this.reps = reps;
        this.runNanos = runMillis * 1_000_000L;
        this.warmupNanos = warmupMillis * 1_000_000L;
        this.out = out;
    }

    public static void main(String[] args) {
        List<EngineKind> engines = new ArrayList<>(List.of(EngineKind.INTERP, EngineKind.JIT));
        int reps = 5;
        long runMs = 200;
        long warmMs = 1500;
        boolean wall = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--engines") && i + 1 < args.length) {
                    engines.clear();
                    for (String e : args[++i].split(",")) {
                        engines.add(EngineKind.parse(e));
                    }
                } else if (a.equals("--wall")) {
                    wall = true;
                } else if (a.equals("--reps") && i + 1 < args.length) {
                    reps = Math.max(1, Integer.parseInt(args[++i]));
                } else if (a.equals("--run-ms") && i + 1 < args.length) {
                    runMs = Math.max(1, Long.parseLong(args[++i]));
                } else if (a.equals("--warmup-ms") && i + 1 < args.length) {
                    warmMs = Math.max(0, Long.parseLong(args[++i]));
                } else {
                    usage(a.equals("-h") || a.equals("--help") ? null : a);
                    return;
                }
            }
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        int status = new VdsoBench(engines, reps, runMs, warmMs, wall, System.out).table();
        System.out.flush();
        System.exit(status);
    }

    private static void usage(String bad) {
        PrintStream s = bad == null ? System.out : System.err;
        if (bad != null) {
            s.println("ring3 bench vdso: bad argument: " + bad);
        }
        s.println("usage: ring3 bench vdso [--engines interp,jit,jit-all] [--reps N] [--run-ms MS] [--warmup-ms MS] [--wall]");
        s.println("Prints ns per call of clock_gettime(CLOCK_MONOTONIC), gettimeofday and time(NULL) natively");
        s.println("and under ring3 through its vDSO and through the syscall instruction, with the ratio.");
        s.println("Times are the measuring thread's CPU time (robust on a busy machine); --wall for elapsed time.");
        s.flush();
        System.exit(bad == null ? 0 : 2);
    }

    /** Measures everything and prints the table; returns the exit status (1 if a vDSO loop made a syscall). */
    int table() {
        out.println("ring3 bench vdso: ns per call (" + (wall ? "elapsed" : "thread CPU") + " time), median of " + reps
                + " runs");
        out.println(HostDescription.line());
        StringBuilder why = new StringBuilder();
        Map<String, Double> nat = NativeClockLoop.measure(1_000_000, reps, wall, why);
        if (nat.isEmpty()) {
            out.println("native row skipped: " + why);
        }
        // A guest gets the host TSC after 2^20 clock reads (HostTsc); the table shows that steady state.
        HostTsc.upgradeNow();
        out.println("ring3's TSC: " + HostTsc.source());
        long floor = cost(System::nanoTime);
        long tsc = cost(HostTsc::nanos);
        // A throwaway round first: the first figure would otherwise pay for the JVM's own warm-up.
        measure(GuestLoop.CLOCK_GETTIME_VDSO, engines.get(0));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-14s %9s %9s", "call", "native", "nat-sys"));
        for (EngineKind e : engines) {
            head.append(String.format(Locale.ROOT, " | %12s %12s %8s", e.label() + " vDSO", e.label() + " sys", "sys/vDSO"));
        }
        head.append(" | vDSO/native");
        out.println(head);
        int status = 0;
        for (String op : OPS) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-14s %9s %9s", op,
                    fmt(nat.get(op + ".vdso")), fmt(nat.get(op + ".syscall"))));
            double lastVdso = Double.NaN;
            for (EngineKind e : engines) {
                GuestLoop v = GuestLoop.valueOf(op.toUpperCase(Locale.ROOT) + "_VDSO");
                GuestLoop s = GuestLoop.valueOf(op.toUpperCase(Locale.ROOT) + "_SYSCALL");
                double[] vd = measure(v, e);
                double[] sy = measure(s, e);
                if (vd[1] > 0) {
                    status = 1;
                    out.println("FAILED: the vDSO " + op + " loop made " + (long) vd[1] + " syscalls under " + e.label());
                }
                row.append(String.format(Locale.ROOT, " | %12s %12s %7.2fx", fmt(vd[0]), fmt(sy[0]), sy[0] / vd[0]));
                lastVdso = vd[0];
            }
            Double n = nat.get(op + ".vdso");
            row.append(n == null ? " |           -" : String.format(Locale.ROOT, " | %10.1fx", lastVdso / n));
            out.println(row);
            out.flush();
        }
        out.printf(Locale.ROOT, "%-14s %9s (host JVM)%n", "System.nanoTime", fmt(floor / 1000.0));
        out.printf(Locale.ROOT, "%-14s %9s (host JVM: ring3's TSC, the floor under its RDTSC)%n", "HostTsc.nanos",
                fmt(tsc / 1000.0));
        out.println("sys/vDSO: how many times cheaper the vDSO path is than the syscall path on that engine;");
        out.println("vDSO/native: the last engine's vDSO path against the native vDSO call. Load average now "
                + HostDescription.loadAverage() + ".");
        return status;
    }

    /** {median ns per call, syscalls the loop made} for {@code loop} on a fresh machine and engine. */
    double[] measure(GuestLoop loop, EngineKind kind) {
        try (GuestMachine m = new GuestMachine(loop, AddressSpace.Kind.FLAT)) {
            ExecutionEngine e = kind.create();
            long batch = 100;
            long done = 0;
            long t0 = now();
            long warm = kind == EngineKind.INTERP ? Math.min(warmupNanos, 300_000_000L) : warmupNanos;
            do {
                m.run(e, batch);
                done += batch;
                batch = Math.min(batch * 2, 100_000);
            } while (now() - t0 < warm);
            double perCall = (double) Math.max(1, now() - t0) / done;
            long calls = Math.max(100, (long) (runNanos / perCall));
            long before = m.syscalls();
            double[] ns = new double[reps];
            for (int r = 0; r < reps; r++) {
                long s = now();
                m.run(e, calls);
                ns[r] = (double) (now() - s) / calls;
            }
            Arrays.sort(ns);
            return new double[] {ns[reps / 2], loop.vdsoSymbol() != null ? m.syscalls() - before : 0};
        }
    }

    /** The clock figures are taken with: this thread's CPU time, or elapsed time with --wall. */
    private long now() {
        return wall ? System.nanoTime() : threads.getCurrentThreadCpuTime();
    }

    /** Picoseconds per call of {@code clock}, over a short loop, on the clock the table uses. */
    long cost(LongSupplier clock) {
        long sink = 0;
        long best = Long.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            long t0 = now();
            for (int i = 0; i < 1_000_000; i++) {
                sink += clock.getAsLong();
            }
            best = Math.min(best, (now() - t0) / 1000);
        }
        return sink == 42 ? best + 1 : best;
    }

    static String fmt(Double ns) {
        if (ns == null || ns.isNaN()) {
            return "-";
        }
        return ns >= 100 ? String.format(Locale.ROOT, "%.0f", ns) : String.format(Locale.ROOT, "%.1f", ns);
    }
}
