package dev.ring3.guest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program natively as the oracle: through {@code env -i} so the environment is exactly the
 * given list in the given order (ProcessBuilder's map would reorder it), in a fixed working
 * directory, with stdin from a file or empty, capturing stdout and stderr through pipes.
 */
public final class NativeRun {
    private NativeRun() {}

    /** Runs a corpus program with its spec, in the corpus's fixed working directory. */
    public static RunResult run(GuestProgram p, Path cwd) {
        return run(p.argv(), p.env(), p.spec().stdin(), cwd, p.spec().timeout());
    }

    /**
     * Runs {@code argv} (argv[0] is both the path executed and the argv[0] the program sees) with
     * exactly {@code env}. The status is what a shell reports: Java already maps a death by signal
     * to 128 + signal. A timeout kills the process and throws.
     */
    public static RunResult run(List<String> argv, List<String> env, Path stdin, Path cwd, Duration timeout) {
        List<String> cmd = new ArrayList<>();
        cmd.add("/usr/bin/env");
        cmd.add("-i");
        for (String e : env) {
            if (e.indexOf('=') <= 0) {
                throw new IllegalArgumentException("environment entry without NAME=: " + e);
            }
            cmd.add(e);
        }
        cmd.addAll(argv);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().clear();
        pb.redirectInput(stdin != null ? ProcessBuilder.Redirect.from(stdin.toFile())
                : ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process proc;
        try {
            proc = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + argv.get(0), e);
        }
        CompletableFuture<byte[]> out = drain(proc.getInputStream());
        CompletableFuture<byte[]> err = drain(proc.getErrorStream());
        try {
            if (!proc.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                proc.destroyForcibly();
                proc.waitFor();
                throw new IllegalStateException(argv.get(0) + " did not finish natively within " + timeout);
            }
            return new RunResult(out.get(), err.get(), proc.exitValue());
        } catch (InterruptedException e) {
            proc.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + argv.get(0), e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException("reading the output of " + argv.get(0),
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                f.complete(in.readAllBytes());
            } catch (IOException e) {
                f.completeExceptionally(e);
            }
        }, "native-run-drain");
        t.setDaemon(true);
        t.start();
        return f;
    }
}
