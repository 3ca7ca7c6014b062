package dev.ring3.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whose answers ring3 gives where the SDM leaves flags (and the 16-bit SHLD/SHRD result past 16)
 * undefined: the host's vendor's, so that the CPU ring3 runs on stays the oracle. Intel and AMD
 * differ there (docs/quirks.md, "Integer flags"); decided once, at start-up, from the host's
 * {@code /proc/cpuinfo} ("GenuineIntel" is Intel, anything else AMD), or by
 * {@code -Dring3.undefined=intel|amd}.
 */
public final class UndefinedFlags {
    private UndefinedFlags() {}

    /** True: Intel's undefined flags; false: AMD's (Zen). Constant, so C2 folds the other branch. */
    public static final boolean INTEL = detect();

    private static boolean detect() {
        String forced = System.getProperty("ring3.undefined");
        if (forced != null) {
            return forced.trim().equalsIgnoreCase("intel");
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("vendor_id")) {
                    return line.contains("GenuineIntel");
                }
            }
        } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
            // not Linux, or not readable: AMD's answers, which ring3 was first checked against
        }
        return false;
    }
}
