package dev.ring3.guest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How to run one corpus program: its arguments after argv[0], extra environment entries, the file
 * fed to stdin, and a native time limit. Read from an optional sidecar {@code NAME.spec} next to
 * the source, one directive per line:
 *
 * <pre>
 * # comment
 * arg VALUE          one argv element (the rest of the line, tabs and spaces kept; "arg" alone is "")
 * env NAME=VALUE     appended to the harness's fixed environment
 * stdin PATH         a file relative to the guest directory (default: empty stdin)
 * timeout SECONDS    native time limit (default 120)
 * </pre>
 */
public record ProgramSpec(List<String> args, List<String> env, Path stdin, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public static final ProgramSpec DEFAULT = new ProgramSpec(List.of(), List.of(), null, DEFAULT_TIMEOUT);

    public ProgramSpec {
        args = List.copyOf(args);
        env = List.copyOf(env);
    }

    /** Reads {@code specFile} if it exists; paths in it resolve against {@code guestDir}. */
    public static ProgramSpec read(Path specFile, Path guestDir) {
        if (!Files.isRegularFile(specFile)) {
            return DEFAULT;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(specFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + specFile, e);
        }
        return parse(lines, specFile.toString(), guestDir);
    }

    static ProgramSpec parse(List<String> lines, String where, Path guestDir) {
        List<String> args = new ArrayList<>();
        List<String> env = new ArrayList<>();
        Path stdin = null;
        Duration timeout = DEFAULT_TIMEOUT;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int sp = line.indexOf(' ');
            String key = sp < 0 ? line : line.substring(0, sp);
            String value = sp < 0 ? "" : line.substring(sp + 1);
            switch (key) {
                case "arg":
                    args.add(value);
                    break;
                case "env":
                    // env(1) runs the native side: an entry without '=' would be taken as the command.
                    if (value.indexOf('=') <= 0) {
                        throw new IllegalArgumentException(where + ":" + n + ": env needs NAME=VALUE");
                    }
                    env.add(value);
                    break;
                case "stdin":
                    stdin = guestDir.resolve(value.strip());
                    break;
                case "timeout":
                    timeout = Duration.ofSeconds(Long.parseLong(value.strip()));
                    break;
                default:
                    throw new IllegalArgumentException(where + ":" + n + ": unknown directive '" + key + "'");
            }
        }
        return new ProgramSpec(args, env, stdin, timeout);
    }
}
