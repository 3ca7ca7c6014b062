package dev.ring3.cli;

import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.Interpreter;
import dev.ring3.jit.JitEngine;
import dev.ring3.syscalls.profile.Profile;
import dev.ring3.syscalls.profile.ProfileFormat;
import dev.ring3.syscalls.profile.ProfileReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The --profile options: what to write where, how often to sample, how many rows to show. */
final class ProfileOptions {
    @Option(names = "--profile", arity = "0..1", paramLabel = "FILE", preprocessor = Main.AttachedValueOnly.class,
            description = {"profile the guest by block and function; at exit write the report to stderr, or"
                    + " (--profile=FILE) to FILE. Repeatable: one report per FILE, in the format its name"
                    + " says: .json, .html (flame graph, disassembly beside bytecode), .folded"
                    + " (collapsed stacks for flamegraph.pl), anything else text"})
    List<String> outputs = new ArrayList<>();

    @Option(names = "--profile-format", paramLabel = "FORMAT",
            description = "text, json, collapsed or html for every --profile output, whatever its name")
    String format;

    @Option(names = "--profile-top", paramLabel = "N",
            description = "rows in the text tables and the HTML report (default: 20)")
    Integer top;

    @Option(names = "--profile-interval", paramLabel = "TIME",
            description = "sample the running threads every TIME: 1ms (default), 250us, 10ms ...; 0 for no"
                    + " sampling (counts only, no time shares or stacks)")
    String interval;

    /** Any profile option turns the profile on. */
    boolean enabled() {
        return !outputs.isEmpty() || format != null || top != null || interval != null;
    }

    /** The checked settings, or a one-line complaint (IllegalArgumentException). */
    Settings settings() {
        ProfileFormat forced = null;
        if (format != null) {
            try {
                forced = ProfileFormat.of(format);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--profile-format: " + e.getMessage());
            }
        }
        int rows = top != null ? top : 20;
        if (rows < 1) {
            throw new IllegalArgumentException("--profile-top: expected a positive number of rows, not " + rows);
        }
        long nanos = interval != null ? parseInterval(interval) : 1_000_000L;
        List<String> to = outputs.isEmpty() ? List.of("-") : outputs;
        for (String f : to) {
            if (f.isEmpty()) {
                throw new IllegalArgumentException("--profile=: expected a file name");
            }
        }
        return new Settings(to, forced, rows, nanos);
    }

    /** 1ms, 250us, 2s, 500000ns, or 0. */
    static long parseInterval(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        long unit;
        String digits;
        if (t.endsWith("ns")) {
            unit = 1;
            digits = t.substring(0, t.length() - 2);
        } else if (t.endsWith("us")) {
            unit = 1_000;
            digits = t.substring(0, t.length() - 2);
        } else if (t.endsWith("ms")) {
            unit = 1_000_000;
            digits = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            unit = 1_000_000_000;
            digits = t.substring(0, t.length() - 1);
        } else if (t.equals("0")) {
            return 0;
        } else {
            throw new IllegalArgumentException("--profile-interval: expected a time such as 1ms or 250us, not '" + s + "'");
        }
        long v;
        try {
            v = Long.parseLong(digits.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--profile-interval: expected a time such as 1ms or 250us, not '" + s + "'");
        }
        if (v == 0) {
            return 0;
        }
        if (v < 0 || v > Long.MAX_VALUE / unit || v * unit < 10_000) {
            throw new IllegalArgumentException("--profile-interval: expected 0 or at least 10us, not '" + s + "'");
        }
        return v * unit;
    }

    /** The checked option values. */
    record Settings(List<String> outputs, ProfileFormat format, int top, long intervalNanos) {
        /** Engines for the guest's threads, each reporting to {@code profile}. */
        Supplier<ExecutionEngine> engines(JitEngine.Mode mode, Profile profile) {
            if (mode == JitEngine.Mode.OFF) {
                return () -> new Interpreter(profile.newThread());
            }
            return () -> new JitEngine(JitEngine.Config.of(mode), profile.newThread());
        }

        /** Writes every requested report; false (after a one-line message) if a file could not be written. */
        boolean write(ProfileReport report, PrintStream stderr) {
            boolean ok = true;
            for (String to : outputs) {
                boolean toStderr = to.equals("-");
                ProfileFormat f = format != null ? format : toStderr ? ProfileFormat.TEXT : ProfileFormat.forFile(to);
                String text = f.render(report, top);
                if (toStderr) {
                    stderr.print(text);
                    stderr.flush();
                    continue;
                }
                try {
                    Files.writeString(Path.of(to), text);
                } catch (IOException | RuntimeException e) {
                    stderr.println("ring3: --profile: cannot write " + to + ": " + e.getMessage());
                    ok = false;
                }
            }
            return ok;
        }
    }
}
