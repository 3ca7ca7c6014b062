package dev.ring3.guest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One built corpus program: where its executable is, how to run it (argv, environment, stdin),
 * and for assembly programs the checked-in golden output of a native run.
 */
public record GuestProgram(Flavour flavour, String name, Path executable, Path source, ProgramSpec spec) {

    /** "flavour/name", the identifier used in test names. */
    public String id() {
        return flavour.dir() + "/" + name;
    }

    /** argv with argv[0] the absolute executable path (what a shell passes when given that path). */
    public List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(executable.toString());
        argv.addAll(spec.args());
        return argv;
    }

    /** The complete environment in order: the harness's fixed base, then the spec's entries. */
    public List<String> env() {
        List<String> env = new ArrayList<>(GuestPrograms.BASE_ENV);
        env.addAll(spec.env());
        return env;
    }

    /** {@code NAME.expected} next to an assembly source: stdout of the native run then "exit N". */
    public Optional<Path> golden() {
        Path g = source.resolveSibling(name + ".expected");
        return Files.isRegularFile(g) ? Optional.of(g) : Optional.empty();
    }

    @Override
    public String toString() {
        return id();
    }
}
