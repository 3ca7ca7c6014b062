package dev.ring3.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Finds the program to run as a shell, execvp and strace do: a name with a slash is a path; a name
 * without one is looked for in each directory of {@code PATH} (an empty entry is the current
 * directory), and the first regular file there that may be executed is the program. The guest's
 * argv[0] stays the name as typed.
 */
final class ProgramPath {
    private ProgramPath() {}

    /** The path to run for {@code program}, or {@code program} itself when PATH has no such file. */
    static String resolve(String program, String path) {
        if (program.isEmpty() || program.indexOf('/') >= 0 || path == null) {
            return program;
        }
        for (String dir : path.split(":", -1)) {
            try {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return dir.isEmpty() ? program : candidate.toString();
                }
            } catch (InvalidPathException e) {
                // an entry the host cannot name: the shell skips it too
            }
        }
        return program;
    }
}
