package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Socket guests compiled at test time (skipped without gcc): loopback TCP over IPv4 and IPv6, UDP,
 * unix socketpairs and unix stream servers in one process, and the socket errno cases, each
 * compared line for line with the native run; --deny-network refuses what would leave the host.
 * Nothing here sends a packet beyond loopback.
 */
@Tag("toolchain")
class NetGuestTest {
    @TempDir
    Path dir;

    static String source(String name) throws IOException {
        try (InputStream in = NetGuestTest.class.getResourceAsStream("net/" + name + ".c")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Path compile(String name) throws IOException, InterruptedException {
        return TestTasks.compile(dir, name, source(name), "gcc", "-static");
    }

    static String nativeRun(Path exe, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out + "exit " + p.exitValue() + "\n";
    }

    String ring3(Path exe, boolean deny, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        Linux.Config c = new Linux.Config();
        c.executable = exe.toString();
        List<String> argv = new ArrayList<>();
        argv.add(exe.toString());
        argv.addAll(List.of(args));
        c.argv = argv;
        c.env = List.of("LANG=C", "HOME=" + dir);
        c.stdin = Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0]));
        c.stdout = Channels.newChannel(out);
        c.stderr = Channels.newChannel(out);
        c.diagnostics = new PrintStream(diag, true, StandardCharsets.UTF_8);
        c.cwd = dir.toString();
        c.denyNetwork = deny;
        int status = Linux.run(c);
        return out.toString(StandardCharsets.UTF_8) + diag.toString(StandardCharsets.UTF_8) + "exit " + status + "\n";
    }

    @Test
    void loopbackTrafficMatchesNative() throws Exception {
        Path exe = compile("net_loopback");
        String expected = nativeRun(exe, dir.toString());
        assertTrue(expected.contains("done\n"), expected);
        assertEquals(expected, ring3(exe, false, dir.toString()));
    }

    @Test
    void loopbackTrafficWorksUnderDenyNetwork() throws Exception {
        Path exe = compile("net_loopback");
        assertEquals(nativeRun(exe, dir.toString()), ring3(exe, true, dir.toString()));
    }

    @Test
    void errnoCasesMatchNative() throws Exception {
        Path exe = compile("net_errno");
        assertEquals(nativeRun(exe), ring3(exe, false));
    }
}
