package dev.ring3.guest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds host programs on PATH, so that tests needing a missing tool can be skipped. */
public final class Tools {
    private Tools() {}

    /** Whether {@code name} (or an absolute path) is an executable file. */
    public static boolean onPath(String name) {
        if (name.contains("/")) {
            return Files.isExecutable(Path.of(name));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            path = "/usr/local/bin:/usr/bin:/bin";
        }
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
                return true;
            }
        }
        return false;
    }

    /** Whether this JVM runs on x86-64 Linux, the only host whose native runs are an oracle. */
    public static boolean nativeHost() {
        String arch = System.getProperty("os.arch", "");
        String os = System.getProperty("os.name", "");
        return os.equals("Linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }
}
