package dev.ring3.cli;

import dev.ring3.guest.RunResult;
import dev.ring3.jit.JitEngine;
import dev.ring3.syscalls.Linux;
import dev.ring3.syscalls.ObserverChain;
import dev.ring3.syscalls.profile.Profile;
import dev.ring3.syscalls.profile.ProfileFormat;
import dev.ring3.syscalls.profile.ProfileReport;
import dev.ring3.syscalls.trace.StraceObserver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a program under ring3 in this JVM through {@code Linux.run}, capturing the guest's stdout
 * and stderr and, separately, ring3's own diagnostics (death lines, unimplemented-syscall notes).
 */
final class Ring3Run {
    /** Emulated-run time limit; the interpreter is far slower than native. */
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("ring3.corpus.timeout", 600));

    /** A finished run: the guest-visible result and ring3's diagnostics text. */
    record Outcome(RunResult result, String diagnostics) {}

    private Ring3Run() {}

    static Outcome run(Mode mode, List<String> argv, List<String> env, Path stdin, Path cwd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        Linux.Config c = new Linux.Config();
        c.argv = List.copyOf(argv);
        c.executable = argv.get(0);
        c.env = List.copyOf(env);
        c.stdin = open(stdin);
        c.stdout = Channels.newChannel(out);
        c.stderr = Channels.newChannel(err);
        c.diagnostics = new PrintStream(diag, true, StandardCharsets.UTF_8);
        c.memory = mode.memory;
        c.quiet = false;
        c.engine = mode.engine;
        if (mode.trace) {
            // The trace text goes nowhere: what matters is that the guest sees no difference.
            c.observer = StraceObserver.to(new PrintStream(java.io.OutputStream.nullOutputStream()));
        }
        Profile profile = null;
        if (mode == Mode.PROFILE) {
            Profile p = new Profile(1_000_000);
            c.engine = () -> new JitEngine(JitEngine.Config.of(JitEngine.Mode.ON), p.newThread());
            c.observer = ObserverChain.of(c.observer, p);
            profile = p;
        }
        c.cwd = cwd.toString();
        // A separate daemon thread so that a guest that never ends fails the test instead of hanging
        // the build. The thread cannot be stopped: ring3 has no cancellation hook yet.
        CompletableFuture<Integer> status = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                status.complete(Linux.run(c));
            } catch (Throwable x) {
                status.completeExceptionally(x);
            }
        }, "ring3-guest " + argv.get(0));
        t.setDaemon(true);
        t.start();
        try {
            int s = status.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            closeQuietly(c.stdin);
            if (profile != null) {
                renderEveryFormat(profile.finish(argv.get(0), "jit=on"));
            }
            return new Outcome(new RunResult(out.toByteArray(), err.toByteArray(), s),
                    diag.toString(StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            throw new AssertionError("ring3 did not finish within " + TIMEOUT + " (raise -Dring3.corpus.timeout);"
                    + " stdout so far " + out.size() + " bytes; diagnostics: " + diag.toString(StandardCharsets.UTF_8)
                    + "; guest threads of this JVM:" + guestThreads());
        } catch (ExecutionException e) {
            throw new AssertionError("Linux.run threw " + e.getCause() + "; diagnostics: "
                    + diag.toString(StandardCharsets.UTF_8), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Where each live guest thread of this JVM is ("ring3 pid N tid M", the guest runner thread):
     * a run that hangs names the wait it hangs in. Other runs of the pool may be listed too.
     */
    private static String guestThreads() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            String name = e.getKey().getName();
            if (!name.startsWith("ring3")) {
                continue;
            }
            b.append("\n  \"").append(name).append("\" ").append(e.getKey().getState());
            StackTraceElement[] frames = e.getValue();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                b.append("\n    at ").append(frames[i]);
            }
        }
        return b.length() == 0 ? " none" : b.toString();
    }

    /** Every report of a profiled run renders, and its JSON parses. */
    private static void renderEveryFormat(ProfileReport report) {
        for (ProfileFormat f : ProfileFormat.values()) {
            String text = f.render(report, 20);
            if (f == ProfileFormat.JSON) {
                MiniJson.parse(text);
            }
        }
    }

    private static ReadableByteChannel open(Path stdin) {
        if (stdin == null) {
            return Channels.newChannel(new ByteArrayInputStream(new byte[0]));
        }
        try {
            return FileChannel.open(stdin, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(ReadableByteChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // The run is over; a failing close of a read-only input changes nothing.
        }
    }
}
