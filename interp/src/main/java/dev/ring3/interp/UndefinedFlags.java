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
    public static final boolean INTEL;

    /**
     * True where BSF and BSR give Intel's flags (CF OF SF AF cleared, PF from the index written):
     * Intel, and AMD from Zen 5 (family 0x1A) on, measured on an EPYC of family 26, whose other
     * undefined flags are still Zen's (AluOracleTest). Zen 1-4 leave all but ZF unchanged.
     * {@code -Dring3.undefined=zen5} asks for AMD's with this one.
     */
    public static final boolean SCAN_CLEARS;

    /**
     * True on AMD from Zen 5 (family 0x1A) on, whose few differences from Zen 1-4 ring3 follows:
     * BSF/BSR's flags ({@link #SCAN_CLEARS}) and FXRSTOR's 64-bit FPU instruction and data
     * pointers, kept to 57 bits (bits 56..0, sign-extended: five-level paging's canonical form)
     * where Zen 1-4 keep 48.
     */
    public static final boolean ZEN5;

    static {
        String forced = System.getProperty("ring3.undefined");
        boolean intel = false, zen5 = false;
        if (forced != null) {
            intel = forced.trim().equalsIgnoreCase("intel");
            zen5 = forced.trim().equalsIgnoreCase("zen5");
        } else {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                    if (line.startsWith("vendor_id")) {
                        intel = line.contains("GenuineIntel");
                    } else if (line.startsWith("cpu family")) {
                        String v = line.substring(line.indexOf(':') + 1).trim();
                        zen5 = !intel && v.matches("\\d{1,4}") && Integer.parseInt(v) >= 0x1A;
                        break; // the first CPU's lines are enough
                    }
                }
            } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
                // not Linux, or not readable: AMD's answers, which ring3 was first checked against
            }
        }
        INTEL = intel;
        ZEN5 = zen5;
        SCAN_CLEARS = intel || zen5;
    }
}
