package dev.ring3.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One line naming what a benchmark ran on: CPUs, CPU model, load average and JDK, because
 * figures from this shared, noisy machine mean little without them.
 */
final class HostDescription {
    private HostDescription() {}

    static String line() {
        return String.format(Locale.ROOT, "%d CPUs, %s, load average %s; JDK %s (%s)",
                Runtime.getRuntime().availableProcessors(), cpuModel(), loadAverage(),
                System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("java.home"));
    }

    static String cpuModel() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // Not Linux, or no /proc: fall through.
        }
        return System.getProperty("os.arch");
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
