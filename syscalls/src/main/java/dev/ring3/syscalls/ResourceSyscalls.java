package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resource limits and usage: prlimit64, getrlimit, setrlimit (a per-process table, {@link Rlimits}),
 * getrusage and times (the guest thread's CPU time, from the JVM), and sysinfo (the host's).
 */
@Semantics(SyscallHandler.class)
public final class ResourceSyscalls {
    public static final int RUSAGE_SELF = 0, RUSAGE_CHILDREN = -1, RUSAGE_THREAD = 1;
    /** sizeof(struct rusage) on x86-64: two timevals and fourteen longs. */
    static final int RUSAGE_SIZE = 144;
    static final int SYSINFO_SIZE = 112;
    static final long CLK_TCK = 100;

    private ResourceSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(302, "prlimit64", "int,rlimit_resource,rlimit_in,rlimit_out", ResourceSyscallsSem.prlimit64);
        t.row(97, "getrlimit", "rlimit_resource,rlimit_out", ResourceSyscallsSem.getrlimit);
        t.row(160, "setrlimit", "rlimit_resource,rlimit_in", ResourceSyscallsSem.setrlimit);
        t.row(98, "getrusage", "rusage_who,rusage_out", ResourceSyscallsSem.getrusage);
        t.row(100, "times", "tms_out", ResourceSyscallsSem.times);
        t.row(99, "sysinfo", "sysinfo_out", ResourceSyscallsSem.sysinfo);
    }

    static long getrlimit(Task k, long a, long b, long c, long d, long e, long f) {
        return prlimit64(k, 0, a, 0, b, 0, 0);
    }

    static long setrlimit(Task k, long a, long b, long c, long d, long e, long f) {
        return prlimit64(k, 0, a, b, 0, 0, 0);
    }

    public static long prlimit64(Task k, long pid, long resource, long newLimit, long oldLimit, long a4, long a5) {
        if (!ProcessSyscalls.self(k, pid)) {
            return -Errno.ESRCH;
        }
        if (resource < 0 || resource >= Rlimits.COUNT) {
            return -Errno.EINVAL;
        }
        int r = (int) resource;
        Rlimits lim = k.process.rlimits;
        AddressSpace m = k.process.mem;
        long soft = 0, hard = 0;
        if (newLimit != 0) {
            soft = m.read64(newLimit);
            hard = m.read64(newLimit + 8);
            if (Long.compareUnsigned(soft, hard) > 0) {
                return -Errno.EINVAL;
            }
            if (Long.compareUnsigned(hard, lim.hard[r]) > 0 && k.process.ids.euid() != 0) {
                return -Errno.EPERM; // raising a hard limit needs CAP_SYS_RESOURCE
            }
            if (r == Rlimits.RLIMIT_NOFILE && Long.compareUnsigned(hard, FdTable.NR_OPEN) > 0) {
                return -Errno.EPERM; // above fs.nr_open
            }
        }
        if (oldLimit != 0) {
            m.write64(oldLimit, lim.soft[r]);
            m.write64(oldLimit + 8, lim.hard[r]);
        }
        if (newLimit != 0) {
            lim.soft[r] = soft;
            lim.hard[r] = hard;
            if (r == Rlimits.RLIMIT_NOFILE) {
                // The fd table enforces it: open/dup above the soft limit fail with EMFILE.
                k.process.fds.setLimit(Long.compareUnsigned(soft, FdTable.NR_OPEN) > 0 ? FdTable.NR_OPEN : (int) soft);
            }
        }
        return 0;
    }

    /** CPU time of the calling host thread, user and total, in nanoseconds (0 if unsupported). */
    static long[] cpuTimes() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long total = 0, user = 0;
        if (mx.isCurrentThreadCpuTimeSupported()) {
            total = Math.max(0, mx.getCurrentThreadCpuTime());
            user = Math.max(0, mx.getCurrentThreadUserTime());
        }
        return new long[] {user, total};
    }

    public static long getrusage(Task k, long who, long usage, long a2, long a3, long a4, long a5) {
        int w = (int) who;
        if (w != RUSAGE_SELF && w != RUSAGE_CHILDREN && w != RUSAGE_THREAD) {
            return -Errno.EINVAL;
        }
        byte[] b = new byte[RUSAGE_SIZE];
        if (w != RUSAGE_CHILDREN) {
            long[] t = cpuTimes();
            long sys = t[1] - t[0];
            putTimeval(b, 0, t[0]);
            putTimeval(b, 16, sys);
            // ru_maxrss in KiB: the guest's mapped memory is the closest honest figure.
            put(b, 32, residentKib(k.process.mem));
        }
        k.process.mem.write(usage, b, 0, b.length);
        return 0;
    }

    private static long residentKib(AddressSpace m) {
        long bytes = 0;
        for (AddressSpace.Mapping mp : m.mappings()) {
            bytes += mp.end() - mp.start();
        }
        return Math.min(bytes, 64L << 20) >> 10; // mappings are lazily backed: cap the estimate
    }

    /** times(2): CPU times in clock ticks; returns ticks since an arbitrary point (boot). */
    public static long times(Task k, long buf, long a1, long a2, long a3, long a4, long a5) {
        if (buf != 0) {
            long[] t = cpuTimes();
            AddressSpace m = k.process.mem;
            m.write64(buf, t[0] / (1_000_000_000L / CLK_TCK));
            m.write64(buf + 8, (t[1] - t[0]) / (1_000_000_000L / CLK_TCK));
            m.write64(buf + 16, 0);
            m.write64(buf + 24, 0);
        }
        return System.nanoTime() / (1_000_000_000L / CLK_TCK);
    }

    /** sysinfo(2) with the host's uptime, load and memory figures (mem_unit 1). */
    public static long sysinfo(Task k, long info, long a1, long a2, long a3, long a4, long a5) {
        byte[] b = new byte[SYSINFO_SIZE];
        put(b, 0, System.nanoTime() / 1_000_000_000L);
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            for (int i = 0; i < 3; i++) {
                put(b, 8 + 8 * i, (long) (Double.parseDouble(load[i]) * 65536));
            }
            String[] procs = load[3].split("/");
            b[80] = (byte) Integer.parseInt(procs[1]);
            b[81] = (byte) (Integer.parseInt(procs[1]) >> 8);
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                String[] f = line.split("\\s+");
                long kib = f.length > 1 ? Long.parseLong(f[1]) * 1024 : 0;
                switch (f[0]) {
                    case "MemTotal:": put(b, 32, kib); break;
                    case "MemFree:": put(b, 40, kib); break;
                    case "Shmem:": put(b, 48, kib); break;
                    case "Buffers:": put(b, 56, kib); break;
                    case "SwapTotal:": put(b, 64, kib); break;
                    case "SwapFree:": put(b, 72, kib); break;
                    default: break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // No /proc (not Linux): leave the figures zero.
        }
        b[104] = 1; // mem_unit
        k.process.mem.write(info, b, 0, b.length);
        return 0;
    }

    private static void putTimeval(byte[] b, int off, long nanos) {
        put(b, off, nanos / 1_000_000_000L);
        put(b, off + 8, nanos % 1_000_000_000L / 1000);
    }

    static void put(byte[] b, int off, long v) {
        for (int i = 0; i < 8; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
    }
}
