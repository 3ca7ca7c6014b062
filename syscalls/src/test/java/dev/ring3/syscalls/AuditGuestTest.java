package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.syscalls.audit.AuditObserver;
import dev.ring3.syscalls.audit.AuditReport;
import dev.ring3.syscalls.audit.Finding;
import dev.ring3.syscalls.audit.RuleSet;
import dev.ring3.syscalls.trace.StraceObserver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guests that show each suspicious pattern (compiled at test time; skipped without gcc) under the
 * audit, with $HOME in a temp dir: nothing outside it is touched, and the network pattern runs with
 * --deny-network so that no packet leaves the machine. Benign programs raise nothing.
 */
@Tag("toolchain")
class AuditGuestTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    String report;
    int status;

    Path compile() throws IOException, InterruptedException {
        String src;
        try (InputStream in = AuditGuestTest.class.getResourceAsStream("audit/audit_patterns.c")) {
            src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return TestTasks.compile(dir, "audit_patterns", src, "gcc", "-static");
    }

    List<Finding> audit(Path exe, boolean trace, String... args) throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/id_rsa"), "-----BEGIN OPENSSH PRIVATE KEY-----\nnot a key\n");
        Linux.Config c = new Linux.Config();
        c.executable = exe.toString();
        c.argv = new java.util.ArrayList<>(List.of(exe.toString()));
        c.argv.addAll(List.of(args));
        c.env = List.of("LANG=C", "HOME=" + home);
        c.stdin = Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0]));
        c.stdout = Channels.newChannel(out);
        c.stderr = Channels.newChannel(out);
        c.diagnostics = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        c.cwd = dir.toString();
        c.quiet = true;
        c.denyNetwork = true;
        AuditObserver audit = new AuditObserver(RuleSet.builtin(), SyscallTable.get());
        ByteArrayOutputStream traceOut = new ByteArrayOutputStream();
        c.observer = trace ? ObserverChain.of(StraceObserver.to(new PrintStream(traceOut, true, StandardCharsets.UTF_8)),
                audit) : audit;
        status = Linux.run(c);
        List<Finding> f = audit.engine().findings();
        report = AuditReport.text(exe.toString(), f) + "\n--- guest output ---\n" + out.toString(StandardCharsets.UTF_8);
        return f;
    }

    static List<String> ids(List<Finding> f) {
        return f.stream().map(x -> x.rule().id()).collect(Collectors.toList());
    }

    @Test
    void credentialsThenRemoteConnectUnderDenyNetwork() throws Exception {
        List<Finding> f = audit(compile(), false, "exfil");
        // One finding per distinct destination: the TCP connect and the UDP datagram.
        assertEquals(List.of("credential-exfiltration", "credential-exfiltration"), ids(f), report);
        String o = out.toString(StandardCharsets.UTF_8);
        assertTrue(o.contains("read key: yes\nconnect: Network is unreachable\nsendto: Network is unreachable\n"), o);
        Finding x = f.get(0);
        assertTrue(x.events().get(0).line.startsWith("openat(AT_FDCWD, \"" + dir.resolve("home/.ssh/id_rsa")), report);
        assertTrue(x.events().get(1).line.startsWith("connect(4, "), report);
        assertTrue(x.events().get(1).line.endsWith("= -1 ENETUNREACH (Network is unreachable)"), report);
        assertTrue(x.events().get(1).symbol != null && x.events().get(1).symbol.contains("connect"), report);
        assertTrue(f.get(1).events().get(1).line.startsWith("sendto(5, \"-----BEG\", 8, 0, "), report);
        assertEquals(0, status);
    }

    @Test
    void eachPatternIsReported() throws Exception {
        Path exe = compile();
        assertEquals(List.of("anti-debugging"), ids(audit(exe, false, "ptrace")), report);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ptrace(TRACEME): ok\nptrace(TRACEME) again: Operation not permitted\n"));
        assertEquals(List.of("persistence-shell-startup"), ids(audit(exe, false, "bashrc")), report);
        assertEquals(List.of("persistence-scheduled-task"), ids(audit(exe, false, "systemd")), report);
        assertEquals(List.of("shell-spawn"), ids(audit(exe, false, "shell")), report);
        assertEquals(List.of("ld-preload-exec"), ids(audit(exe, false, "preload")), report);
        assertEquals(List.of("fileless-exec"), ids(audit(exe, false, "memfd")), report);
        assertEquals(List.of("setuid-file"), ids(audit(exe, false, "setuid")), report);
    }

    @Test
    void selfDeleteOfItsOwnExecutable() throws Exception {
        Path exe = compile();
        Path copy = dir.resolve("dropper");
        Files.copy(exe, copy);
        copy.toFile().setExecutable(true);
        assertEquals(List.of("self-delete"), ids(audit(copy, false, "selfdelete")), report);
        assertTrue(!Files.exists(copy));
    }

    @Test
    void benignProgramRaisesNothingAndTracingChangesNothing() throws Exception {
        Path exe = compile();
        assertEquals(List.of(), ids(audit(exe, false, "benign")), report);
        assertEquals(List.of(), ids(audit(exe, true, "benign")), report);
        assertEquals(List.of("persistence-shell-startup"), ids(audit(exe, true, "bashrc")), report);
    }

    @Test
    void busyboxRaisesNothing() throws Exception {
        Path bb = Path.of("/bin/busybox");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(bb), "no /bin/busybox");
        Files.writeString(dir.resolve("data.txt"), "b\na\nc\n");
        for (String[] args : new String[][] {{"sha256sum", "data.txt"}, {"ls", "-la", "."}, {"sort", "data.txt"},
            {"cat", "/etc/passwd"}}) {
            List<Finding> f = audit(bb, false, args);
            assertEquals(List.of(), ids(f), String.join(" ", args) + "\n" + report);
        }
    }
}
