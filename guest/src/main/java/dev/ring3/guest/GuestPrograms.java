package dev.ring3.guest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The guest corpus on disk: finds the repository's {@code guest} directory, builds it once per JVM
 * with {@code make -C guest -j2} (make itself decides what is stale), and lists the built programs
 * of each flavour with their run specs.
 */
public final class GuestPrograms {
    /** The fixed native and guest environment (env -i style); specs append to it. */
    public static final List<String> BASE_ENV = List.of("PATH=/usr/bin:/bin", "HOME=/tmp", "LANG=C");

    /** System property naming the guest directory explicitly. */
    public static final String DIR_PROPERTY = "ring3.guest.dir";

    private static final Object BUILD_LOCK = new Object();
    private static String buildOutcome;   // null until the first build; guarded by BUILD_LOCK

    private final Path dir;

    private GuestPrograms(Path dir) {
        this.dir = dir;
    }

    /** The corpus found from {@code -Dring3.guest.dir} or by walking up from the working directory. */
    public static GuestPrograms locate() {
        String prop = System.getProperty(DIR_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop).toAbsolutePath().normalize();
            if (!isGuestDir(p)) {
                throw new IllegalStateException(DIR_PROPERTY + "=" + prop + " is not a guest directory (no Makefile)");
            }
            return new GuestPrograms(p);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (isGuestDir(p.resolve("guest"))) {
                return new GuestPrograms(p.resolve("guest"));
            }
            if (isGuestDir(p)) {
                return new GuestPrograms(p);
            }
        }
        throw new IllegalStateException("cannot find the guest directory from " + Path.of("").toAbsolutePath()
                + "; set -D" + DIR_PROPERTY);
    }

    private static boolean isGuestDir(Path p) {
        return Files.isRegularFile(p.resolve("Makefile")) && Files.isDirectory(p.resolve("src/c"));
    }

    public Path dir() {
        return dir;
    }

    /** The build output directory; also the fixed working directory for runs. */
    public Path buildDir() {
        return dir.resolve("build");
    }

    /**
     * {@link #ensureBuilt} for a test: null once built, the reason when make itself is missing
     * (for an assumption: the test cannot run here), and an exception when make ran and failed or
     * timed out, so that a corpus that no longer builds fails the run instead of skipping it.
     */
    public String builtOrMissingTool() {
        String problem = ensureBuilt();
        if (problem != null && Tools.onPath("make")) {
            throw new IllegalStateException(problem);
        }
        return problem;
    }

    /**
     * Runs make once per JVM. Returns null on success, else a one-line reason (make missing or
     * failed); tests go through {@link #builtOrMissingTool}.
     */
    public String ensureBuilt() {
        synchronized (BUILD_LOCK) {
            if (buildOutcome == null) {
                buildOutcome = runMake();
            }
            return buildOutcome.isEmpty() ? null : buildOutcome;
        }
    }

    private String runMake() {
        if (!Tools.onPath("make")) {
            return "make is not installed";
        }
        try {
            Path log = Files.createTempFile("ring3-guest-make", ".log");
            Process p = new ProcessBuilder("make", "-C", dir.toString(), "-j2")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return "make -C " + dir + " timed out";
            }
            String out = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0) {
                String[] lines = out.strip().split("\n");
                return "make -C " + dir + " failed: " + lines[lines.length - 1];
            }
            return "";
        } catch (IOException e) {
            return "cannot run make: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while building the guest corpus";
        }
    }

    /** Whether the flavour's toolchain is installed (otherwise the Makefile skips it). */
    public static boolean toolAvailable(Flavour f) {
        return Tools.onPath(f.tool());
    }

    /** The built programs of one flavour, sorted by name. Builds first if needed. */
    public List<GuestProgram> list(Flavour f) {
        ensureBuilt();
        Path out = buildDir().resolve(f.dir());
        List<GuestProgram> programs = new ArrayList<>();
        if (!Files.isDirectory(out)) {
            return programs;
        }
        try (Stream<Path> s = Files.list(out)) {
            s.filter(p -> Files.isRegularFile(p) && Files.isExecutable(p) && !p.getFileName().toString().contains("."))
                    .sorted()
                    .forEach(p -> programs.add(program(f, p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return programs;
    }

    /** Every built program of every flavour. */
    public List<GuestProgram> all() {
        List<GuestProgram> all = new ArrayList<>();
        for (Flavour f : Flavour.values()) {
            all.addAll(list(f));
        }
        return all;
    }

    private GuestProgram program(Flavour f, Path exe) {
        String name = exe.getFileName().toString();
        String ext = f == Flavour.ASM ? ".asm" : ".c";
        Path src = dir.resolve("src").resolve(f.sourceDir()).resolve(name + ext);
        ProgramSpec spec = ProgramSpec.read(src.resolveSibling(name + ".spec"), dir);
        return new GuestProgram(f, name, exe.toAbsolutePath(), src, spec);
    }
}
