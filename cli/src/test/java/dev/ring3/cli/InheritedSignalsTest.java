package dev.ring3.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ring3.guest.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ignored signals survive execve, so a program started as {@code nohup prog} (or after the shell's
 * {@code trap '' HUP}) ignores SIGHUP: ring3 started that way must give its guest the same
 * dispositions. The host's grep reads its own /proc/self/status natively and under ring3, started
 * by a shell that ignores SIGHUP and SIGINT, in each engine.
 */
class InheritedSignalsTest {
    private static final String IGNORING = "trap '' HUP INT; exec \"$@\"";

    @ParameterizedTest
    @ValueSource(strings = {"--jit=off", "--jit=on", "--jit=all"})
    void aSignalIgnoredWhenRing3StartsIsIgnoredInTheGuest(String jit) throws Exception {
        assumeTrue(Tools.nativeHost(), "needs an x86-64 Linux host as the oracle");
        assumeTrue(Files.isExecutable(Path.of("/bin/grep")) && Files.isExecutable(Path.of("/bin/bash")),
                "needs the host's bash and grep");
        List<String> grep = List.of("/bin/grep", "^SigIgn", "/proc/self/status");
        long expected = ignored(run(grep));
        assertEquals(3, expected & 3, "natively SIGHUP and SIGINT are ignored");
        List<String> ring3 = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "-q", jit));
        ring3.addAll(grep);
        long guest = ignored(run(ring3));
        assertEquals(3, guest & 3, "SIGHUP and SIGINT ignored in the guest");
        // A signal the JVM catches for itself (glibc's SIGSETXID, 33, in a JVM a JVM started) is
        // not ignored in ring3 any more, so it cannot reach the guest (docs/quirks.md): the guest's
        // set is the native one less those.
        assertEquals(0, guest & ~expected, "ignored in the guest but not natively: " + Long.toHexString(guest & ~expected));
    }

    private static long ignored(String statusLine) {
        assertTrue(statusLine.startsWith("SigIgn:"), statusLine);
        return Long.parseUnsignedLong(statusLine.substring(7).trim(), 16);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(List.of("/bin/bash", "-c", IGNORING, "ignoring"));
        c.addAll(command);
        Process p = new ProcessBuilder(c).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command));
        return out;
    }
}
