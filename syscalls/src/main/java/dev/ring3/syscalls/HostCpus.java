package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPUs the host lets ring3 run on, which are the guest's too: its threads are JVM threads
 * and run on them in parallel. Read once from the JVM's own {@code /proc/self/status}, so that
 * sched_getaffinity and the guest's /proc/PID/status say what the host's would (nproc, glibc's
 * get_nprocs and the -j/-T0 options of make, xz and zstd then size their work for the machine).
 */
final class HostCpus {
    private HostCpus() {}

    /** The host's "Cpus_allowed" (hex words, comma-separated) and "Cpus_allowed_list" values. */
    static final String ALLOWED, ALLOWED_LIST;
    /** The mask as the kernel copies it out: 64 CPUs per word, CPU 0 in bit 0 of word 0. */
    private static final long[] MASK;

    static {
        String hex = null, list = null;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("Cpus_allowed:")) {
                    hex = line.substring(line.indexOf(':') + 1).trim();
                } else if (line.startsWith("Cpus_allowed_list:")) {
                    list = line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            hex = null;
        }
        long[] mask = hex != null && list != null ? parse(hex) : null;
        if (mask == null) { // no procfs: as many CPUs as the JVM sees, from 0
            int n = Math.max(1, Math.min(64, Runtime.getRuntime().availableProcessors()));
            mask = new long[] {n == 64 ? -1L : (1L << n) - 1};
            hex = Long.toHexString(mask[0]);
            list = n == 1 ? "0" : "0-" + (n - 1);
        }
        MASK = mask;
        ALLOWED = hex;
        ALLOWED_LIST = list;
    }

    /** "ffffffff,00000003" → {0xffffffff00000003L}; null if it is not such a mask. */
    static long[] parse(String hex) {
        String digits = hex.replace(",", "");
        if (digits.isEmpty() || !digits.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            return null;
        }
        int words = Math.max(1, (digits.length() + 15) / 16);
        long[] mask = new long[words];
        for (int w = 0; w < words; w++) {
            int end = digits.length() - 16 * w, start = Math.max(0, end - 16);
            mask[w] = Long.parseUnsignedLong(digits.substring(start, end), 16);
        }
        int used = words;
        while (used > 1 && mask[used - 1] == 0) {
            used--;
        }
        return java.util.Arrays.copyOf(mask, used);
    }

    /**
     * nr_cpu_ids, one more than the highest possible CPU: sched_getaffinity wants a buffer of at
     * least that many bits.
     */
    static final int NR_CPU_IDS = lastPlusOne(read("/sys/devices/system/cpu/possible"), 64 * MASK.length);

    /**
     * The kernel's cpumask_size(), the most sched_getaffinity copies out: NR_CPUS bits in words
     * (kernel_max + 1), or nr_cpu_ids where NR_CPUS is above 512, which x86-64 allows only with
     * CONFIG_CPUMASK_OFFSTACK (then cpumask_size() counts nr_cpu_ids).
     */
    static final int MASK_BYTES;

    static {
        String max = read("/sys/devices/system/cpu/kernel_max");
        int nrCpus = max != null && max.matches("\\d{1,6}") ? Integer.parseInt(max) + 1 : NR_CPU_IDS;
        int bits = nrCpus > 512 ? NR_CPU_IDS : Math.max(nrCpus, NR_CPU_IDS);
        MASK_BYTES = 8 * ((bits + 63) / 64);
    }

    /** Word {@code w} of the mask (0 past its end). */
    static long word(int w) {
        return w < MASK.length ? MASK[w] : 0;
    }

    /** Word {@code w} of {@code mask}, or of the host's mask when it is null (0 past its end). */
    static long word(long[] mask, int w) {
        long[] m = mask != null ? mask : MASK;
        return w < m.length ? m[w] : 0;
    }

    /**
     * The CPUs sched_setaffinity may grant: the online ones within ring3's cpuset (cgroup v2's
     * cpuset.cpus.effective, v1's cpuset.effective_cpus), which a taskset on ring3 does not narrow
     * (the kernel's cpuset_cpus_allowed and cpu_active_mask); the starting mask where neither can
     * be read.
     */
    private static final long[] GRANTABLE = grantable();

    private static long[] grantable() {
        long[] online = parseList(read("/sys/devices/system/cpu/online"));
        if (online == null) {
            return MASK;
        }
        String v2 = null, v1 = null;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"), StandardCharsets.ISO_8859_1)) {
                String[] f = line.split(":", 3);
                if (f.length == 3 && f[0].equals("0") && f[1].isEmpty()) {
                    v2 = "/sys/fs/cgroup" + f[2] + "/cpuset.cpus.effective";
                } else if (f.length == 3 && java.util.Arrays.asList(f[1].split(",")).contains("cpuset")) {
                    v1 = "/sys/fs/cgroup/cpuset" + f[2] + "/cpuset.effective_cpus";
                }
            }
        } catch (IOException | RuntimeException e) {
            return online;
        }
        long[] set = parseList(v1 != null ? read(v1) : null);
        if (set == null) {
            set = parseList(v2 != null ? read(v2) : null);
        }
        if (set != null) {
            for (int w = 0; w < online.length; w++) {
                online[w] &= w < set.length ? set[w] : 0;
            }
        }
        return online;
    }

    /** A CPU list ("0-3,8") as a mask; null if it is not one. */
    static long[] parseList(String list) {
        if (list == null || !list.matches("\\d{1,5}(-\\d{1,5})?(,\\d{1,5}(-\\d{1,5})?)*")) {
            return null;
        }
        long[] m = new long[1];
        for (String part : list.split(",")) {
            int dash = part.indexOf('-');
            int lo = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
            int hi = dash < 0 ? lo : Integer.parseInt(part.substring(dash + 1));
            for (int cpu = lo; cpu <= hi; cpu++) {
                if (cpu >>> 6 >= m.length) {
                    m = java.util.Arrays.copyOf(m, (cpu >>> 6) + 1);
                }
                m[cpu >>> 6] |= 1L << (cpu & 63);
            }
        }
        return m;
    }

    /**
     * What sched_setaffinity keeps of a requested mask: the requested CPUs it may grant
     * ({@link #GRANTABLE}), without trailing zero words; null when none is left, which the call
     * refuses (EINVAL).
     */
    static long[] restrict(long[] requested) {
        long[] m = new long[GRANTABLE.length];
        boolean any = false;
        for (int w = 0; w < m.length; w++) {
            m[w] = w < requested.length ? requested[w] & GRANTABLE[w] : 0;
            any |= m[w] != 0;
        }
        if (!any) {
            return null;
        }
        int used = m.length;
        while (used > 1 && m[used - 1] == 0) {
            used--;
        }
        return java.util.Arrays.copyOf(m, used);
    }

    /** The lowest CPU of {@code mask} (the host's when null), which ring3 reports a thread runs on. */
    static int first(long[] mask) {
        long[] m = mask != null ? mask : MASK;
        for (int w = 0; w < m.length; w++) {
            if (m[w] != 0) {
                return 64 * w + Long.numberOfTrailingZeros(m[w]);
            }
        }
        return 0;
    }

    /**
     * /proc/PID/status's "Cpus_allowed" for {@code mask} (the host's own line when null): the
     * kernel's %*pb, nr_cpu_ids bits in hex, 32 bits between commas, the first group shortened.
     */
    static String allowed(long[] mask) {
        return mask == null ? ALLOWED : allowed(mask, NR_CPU_IDS);
    }

    /** {@link #allowed(long[])} for a host with {@code nrCpuIds} possible CPUs. */
    static String allowed(long[] mask, int nrCpuIds) {
        int digits = Math.max(1, (nrCpuIds + 3) / 4);
        StringBuilder sb = new StringBuilder();
        for (int d = digits - 1; d >= 0; d--) {
            sb.append(Character.forDigit((int) (word(mask, d / 16) >>> (4 * (d % 16))) & 0xF, 16));
            if (d > 0 && d % 8 == 0) {
                sb.append(',');
            }
        }
        return sb.toString();
    }

    /** "Cpus_allowed_list" for {@code mask} (the host's own when null): the kernel's %*pbl, "0-1", "1", "0,2-5". */
    static String allowedList(long[] mask) {
        if (mask == null) {
            return ALLOWED_LIST;
        }
        StringBuilder sb = new StringBuilder();
        int n = 64 * mask.length;
        for (int cpu = 0; cpu < n; cpu++) {
            if (!set(mask, cpu)) {
                continue;
            }
            int last = cpu;
            while (last + 1 < n && set(mask, last + 1)) {
                last++;
            }
            sb.append(sb.length() > 0 ? "," : "").append(cpu);
            if (last > cpu) {
                sb.append('-').append(last);
            }
            cpu = last;
        }
        return sb.toString();
    }

    private static boolean set(long[] mask, int cpu) {
        return (mask[cpu >>> 6] >>> (cpu & 63) & 1) != 0;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.ISO_8859_1).trim();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** One more than the last number of a CPU list ("0-1", "0,2-5"), or {@code fallback}. */
    static int lastPlusOne(String list, int fallback) {
        if (list == null || !list.matches("[0-9,-]+")) {
            return fallback;
        }
        String last = list.substring(Math.max(list.lastIndexOf(','), list.lastIndexOf('-')) + 1);
        return last.isEmpty() ? fallback : Integer.parseInt(last) + 1;
    }
}
