package dev.ring3.syscalls.profile;

import dev.ring3.interp.ExecutionObserver;
import dev.ring3.syscalls.ElfFile;
import dev.ring3.syscalls.ElfLoader;
import dev.ring3.syscalls.ElfSymbols;
import dev.ring3.syscalls.ExecFailure;
import dev.ring3.syscalls.SyscallObserver;
import dev.ring3.syscalls.Task;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The profile of one ring3 run (--profile): hands each guest thread's engine its observer, runs
 * the sampler, and at the end merges everything into a {@link ProfileReport}. It also watches
 * syscalls (as a {@link SyscallObserver}) so that samples taken inside one are shown as such.
 * Without a profile nothing of this exists and the engines run unobserved.
 */
public final class Profile implements SyscallObserver {
    private final List<ThreadProfile> threads = new CopyOnWriteArrayList<>();
    private final Map<String, ProfileImage> images = new ConcurrentHashMap<>();
    private final ThreadLocal<ThreadProfile> current = new ThreadLocal<>();
    private final ProfileImage unknown = new ProfileImage(null, ElfSymbols.of(new byte[0]), 0);
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private Sampler sampler;

    /** A profile sampling every {@code intervalNanos} (0: counts only, no sampler thread). */
    public Profile(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /**
     * The observer for the guest thread about to run on the calling Java thread (engine
     * suppliers call this on the thread that will run the engine).
     */
    public ExecutionObserver newThread() {
        ThreadProfile t = new ThreadProfile(this, Thread.currentThread());
        current.set(t);
        threads.add(t);
        synchronized (this) {
            if (sampler == null && intervalNanos > 0) {
                sampler = new Sampler(threads, intervalNanos);
                sampler.start();
            }
        }
        return t;
    }

    @Override
    public void entering(Task t, long number, long a0, long a1, long a2, long a3, long a4, long a5) {
        ThreadProfile p = current.get();
        if (p != null) {
            p.syscall = (int) number;
        }
    }

    @Override
    public void completed(Task t, long number, long a0, long a1, long a2, long a3, long a4, long a5, long result) {
        ThreadProfile p = current.get();
        if (p != null) {
            p.syscall = -1;
        }
    }

    /** The image the calling guest thread runs now. */
    ProfileImage currentImage() {
        Task t = Task.current();
        String path = t != null ? t.process.exePath : null;
        if (path == null) {
            return unknown;
        }
        return images.computeIfAbsent(path, p -> {
            try {
                ElfFile f = ElfFile.read(Path.of(p));
                return new ProfileImage(p, ElfSymbols.of(f.bytes), ElfLoader.loadBias(t.process.mem, f));
            } catch (ExecFailure | RuntimeException e) {
                return new ProfileImage(p, ElfSymbols.of(new byte[0]), 0); // unreadable now: bare addresses
            }
        });
    }

    /**
     * Stops sampling and merges the threads' records; call once, after every guest thread ended.
     * {@code program} and {@code mode} only label the report.
     */
    public ProfileReport finish(String program, String mode) {
        long wall = System.nanoTime() - startNanos;
        Map<Sample, long[]> samples = Map.of();
        long ticks = 0;
        synchronized (this) {
            if (sampler != null) {
                samples = sampler.stop();
                ticks = sampler.ticks();
            }
        }
        return ProfileReport.build(program, mode, threads, samples, intervalNanos, ticks, wall);
    }
}
