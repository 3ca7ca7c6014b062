package dev.ring3.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramPathTest {
    @TempDir
    Path tmp;

    private Path file(String dir, String name, String perms) throws IOException {
        Path d = Files.createDirectories(tmp.resolve(dir));
        Path f = d.resolve(name);
        Files.writeString(f, "x");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void aNameIsLookedForInEachDirectoryInTurn() throws IOException {
        file("a", "other", "rwxr-xr-x");
        Path prog = file("b", "prog", "rwxr-xr-x");
        file("c", "prog", "rwxr-xr-x");
        String path = tmp.resolve("a") + ":" + tmp.resolve("missing") + ":" + tmp.resolve("b") + ":" + tmp.resolve("c");
        assertEquals(prog.toString(), ProgramPath.resolve("prog", path));
    }

    @Test
    void filesThatCannotBeExecutedAndDirectoriesAreSkipped() throws IOException {
        file("a", "prog", "rw-r--r--");
        Files.createDirectories(tmp.resolve("b/prog"));
        Path prog = file("c", "prog", "r-xr-xr-x");
        String path = tmp.resolve("a") + ":" + tmp.resolve("b") + ":" + tmp.resolve("c");
        assertEquals(prog.toString(), ProgramPath.resolve("prog", path));
    }

    @Test
    void aPathOrANameFoundNowhereIsLeftAsGiven() throws IOException {
        file("a", "prog", "rwxr-xr-x");
        String path = tmp.resolve("a").toString();
        assertEquals("./prog", ProgramPath.resolve("./prog", path));
        assertEquals("x/prog", ProgramPath.resolve("x/prog", path));
        assertEquals("nothing", ProgramPath.resolve("nothing", path));
        assertEquals("prog", ProgramPath.resolve("prog", null));
    }

    @Test
    void anEmptyEntryIsTheCurrentDirectory() throws IOException {
        // the build runs in the module's directory, which holds pom.xml (not executable) and no "prog"
        Path prog = file("a", "prog", "rwxr-xr-x");
        assertEquals(prog.toString(), ProgramPath.resolve("prog", "::" + tmp.resolve("a")));
        assertEquals("pom.xml", ProgramPath.resolve("pom.xml", ":" + tmp.resolve("a")));
    }
}
