package dev.ring3.syscalls.profile;

import java.util.Locale;

/**
 * The profile as text tables (in the spirit of QEMU's hotblocks plugin, with perf's columns):
 * a summary, the hottest functions, the hottest blocks.
 */
final class TextProfile {
    private TextProfile() {}

    static String render(ProfileReport r, int top) {
        StringBuilder sb = new StringBuilder();
        boolean sampled = r.intervalNanos > 0;
        sb.append(String.format(Locale.ROOT, "ring3 profile of %s (%s, %d thread%s): %,d guest instructions in %,d block runs,"
                + " %.1f%% translated%n", r.program, r.mode, r.threads, r.threads == 1 ? "" : "s", r.instructions,
                r.executions, r.instructionShare(r.translatedInstructions)));
        if (sampled) {
            sb.append(String.format(Locale.ROOT, "  %,d samples every %s over %.2f s wall (%,d in syscalls)", r.samples,
                    duration(r.intervalNanos), r.wallNanos / 1e9, r.syscallSamples));
        } else {
            sb.append(String.format(Locale.ROOT, "  not sampled (--profile-interval=0), %.2f s wall", r.wallNanos / 1e9));
        }
        sb.append(String.format(Locale.ROOT, "; %,d translations, %,d bytecode bytes, %.1f ms translating%n",
                r.regions.size(), r.bytecodeBytes(), r.translationNanos() / 1e6));

        sb.append(String.format(Locale.ROOT, "%nHottest functions%n%7s %6s %6s %15s %14s  %s%n",
                "insns%", "self%", "total%", "instructions", "block runs", "function"));
        int n = 0;
        for (ProfileReport.FunctionRow f : r.functions) {
            if (n++ == top) {
                break;
            }
            sb.append(String.format(Locale.ROOT, "%7.2f %6s %6s %,15d %,14d  %s%n", r.instructionShare(f.instructions),
                    share(r, f.selfSamples), share(r, f.totalSamples), f.instructions, f.executions, r.label(f)));
        }

        sb.append(String.format(Locale.ROOT, "%nHottest blocks%n%7s %6s %14s %4s  %-33s %-8s %8s %9s  %s%n",
                "insns%", "time%", "executions", "len", "block", "ran", "bytecode", "xlate ms", "symbol"));
        n = 0;
        for (ProfileReport.BlockRow b : r.blocks) {
            if (n++ == top) {
                break;
            }
            String range = String.format(Locale.ROOT, "0x%x-0x%x", b.start, b.end);
            String bytecode = b.region != null ? b.region.bytecodeBytes + " B" : "-";
            String xlate = b.region != null ? String.format(Locale.ROOT, "%.2f", b.region.translationNanos / 1e6) : "-";
            sb.append(String.format(Locale.ROOT, "%7.2f %6s %,14d %4d  %-33s %-8s %8s %9s  %s%n",
                    r.instructionShare(b.instructions()), share(r, b.samples), b.executions(), b.length, range, b.ran(),
                    bytecode, xlate, b.symbol != null ? b.symbol : ""));
        }
        return sb.toString();
    }

    private static String share(ProfileReport r, long samples) {
        return r.intervalNanos > 0 ? String.format(Locale.ROOT, "%.1f", r.timeShare(samples)) : "-";
    }

    /** 1 ms, 250 us, 2 s. */
    static String duration(long nanos) {
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + " s";
        }
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + " ms";
        }
        if (nanos % 1_000L == 0) {
            return nanos / 1_000L + " us";
        }
        return nanos + " ns";
    }
}
