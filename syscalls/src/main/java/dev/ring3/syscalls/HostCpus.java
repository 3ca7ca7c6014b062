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
