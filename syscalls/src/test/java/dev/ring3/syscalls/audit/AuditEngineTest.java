package dev.ring3.syscalls.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.syscalls.OpenFlags;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules on synthetic syscall events: the patterns a test guest must not really perform
 * (writing /etc, crontabs) are checked here, and benign sequences raise nothing.
 */
class AuditEngineTest {
    static final String HOME = "/tmp/guest-home";

    final AuditEngine engine = new AuditEngine(RuleSet.builtin(), HOME);

    AuditEngineTest() {
        engine.started(100, "/usr/local/bin/prog", List.of("prog"));
    }

    static AuditEvent open(String path, int flags, long result) {
        AuditEvent e = new AuditEvent();
        e.pid = 100;
        e.name = "openat";
        e.path = path;
        e.openFlags = flags;
        e.result = result;
        return e;
    }

    static AuditEvent call(String name, String path) {
        AuditEvent e = new AuditEvent();
        e.pid = 100;
        e.name = name;
        e.path = path;
        return e;
    }

    static AuditEvent connect(String host, int port, long result) {
        AuditEvent e = call("connect", null);
        e.address = new InetSocketAddress(host, port);
        e.result = result;
        return e;
    }

    List<String> rules() {
        return engine.findings().stream().map(f -> f.rule().id()).collect(Collectors.toList());
    }

    static final int WRITE = OpenFlags.O_WRONLY | OpenFlags.O_CREAT | OpenFlags.O_TRUNC;

    @Test
    void credentialReadThenRemoteConnect() {
        engine.accept(open(HOME + "/.ssh/id_ed25519", OpenFlags.O_RDONLY, 3));
        engine.accept(connect("127.0.0.1", 80, 0));
        assertEquals(List.of(), rules(), "loopback is not exfiltration");
        engine.accept(connect("203.0.113.7", 443, -101));
        assertEquals(List.of("credential-exfiltration"), rules());
        Finding f = engine.findings().get(0);
        assertEquals(2, f.events().size());
        assertEquals(Severity.HIGH, f.severity());
        assertTrue(f.events().get(1).detail().contains("203.0.113.7:443"), f.events().get(1).detail());
    }

    @Test
    void remoteConnectWithoutCredentialsIsNothing() {
        engine.accept(open(HOME + "/.ssh/known_hosts", OpenFlags.O_RDONLY, 3));
        engine.accept(open("/etc/passwd", OpenFlags.O_RDONLY, 3));
        engine.accept(connect("203.0.113.7", 443, 0));
        assertEquals(List.of(), rules());
    }

    @Test
    void failedCredentialOpenDoesNotCount() {
        engine.accept(open("/etc/shadow", OpenFlags.O_RDONLY, -13));
        engine.accept(connect("2001:db8::1", 443, 0));
        assertEquals(List.of(), rules());
        engine.accept(open("/home/alice/.aws/credentials", OpenFlags.O_RDONLY, 4));
        engine.accept(connect("2001:db8::1", 443, 0));
        assertEquals(List.of("credential-exfiltration"), rules());
    }

    @Test
    void persistenceWrites() {
        engine.accept(open("/etc/ld.so.preload", WRITE, -13));
        engine.accept(open("/var/spool/cron/crontabs/root", WRITE, 3));
        engine.accept(call("rename", "/etc/cron.d/backdoor"));
        engine.accept(open(HOME + "/.config/systemd/user/x.service", WRITE, 3));
        engine.accept(open("/root/.zshrc", OpenFlags.O_WRONLY | OpenFlags.O_APPEND, 3));
        engine.accept(open(HOME + "/.ssh/authorized_keys", OpenFlags.O_RDWR, 3));
        assertEquals(List.of("persistence-ld-preload", "persistence-scheduled-task", "persistence-scheduled-task",
                "persistence-scheduled-task", "persistence-shell-startup", "persistence-ssh-key"),
                rules().stream().filter(r -> !r.equals("credential-exfiltration")).collect(Collectors.toList()));
    }

    @Test
    void readingStartupFilesIsBenign() {
        engine.accept(open(HOME + "/.bashrc", OpenFlags.O_RDONLY, 3));
        engine.accept(open("/etc/profile", OpenFlags.O_RDONLY, 3));
        engine.accept(open("/etc/crontab", OpenFlags.O_RDONLY, 3));
        assertEquals(List.of(), rules());
    }

    @Test
    void shellFromNonShellButNotFromShell() {
        AuditEvent e = call("execve", "/bin/sh");
        e.argv = List.of("sh", "-c", "id");
        engine.accept(e);
        AuditEvent bb = call("execve", "/bin/busybox");
        bb.argv = List.of("ash");
        engine.accept(bb);
        AuditEvent ls = call("execve", "/bin/busybox");
        ls.argv = List.of("ls");
        engine.accept(ls);
        assertEquals(List.of("shell-spawn", "shell-spawn"), rules());

        AuditEngine fromShell = new AuditEngine(RuleSet.builtin(), HOME);
        fromShell.started(7, "/usr/bin/bash", List.of("bash"));
        AuditEvent again = call("execve", "/bin/sh");
        again.pid = 7;
        fromShell.accept(again);
        AuditEngine fromBusyboxSh = new AuditEngine(RuleSet.builtin(), HOME);
        fromBusyboxSh.started(8, "/bin/busybox", List.of("sh", "-c", "x"));
        AuditEvent third = call("execve", "/bin/sh");
        third.pid = 8;
        fromBusyboxSh.accept(third);
        assertEquals(List.of(), fromShell.findings());
        assertEquals(List.of(), fromBusyboxSh.findings());
    }

    @Test
    void ldPreloadInExecEnvironment() {
        AuditEvent e = call("execve", "/usr/bin/true");
        e.envp = List.of("PATH=/bin", "LD_PRELOAD=/tmp/x.so");
        engine.accept(e);
        assertEquals(List.of("ld-preload-exec"), rules());
    }

    @Test
    void memfdThenExecOfIt() {
        AuditEvent m = call("memfd_create", "payload");
        m.result = 5;
        engine.accept(m);
        engine.accept(call("execve", "/proc/self/fd/4"));
        assertEquals(List.of(), rules(), "fd 4 is not the memfd");
        AuditEvent at = call("execveat", null);
        at.fd = 5;
        engine.accept(at);
        assertEquals(List.of("fileless-exec"), rules());
        assertEquals(2, engine.findings().get(0).events().size());
    }

    @Test
    void closedMemfdNoLongerCounts() {
        AuditEvent m = call("memfd_create", "x");
        m.result = 3;
        engine.accept(m);
        AuditEvent c = call("close", null);
        c.fd = 3;
        engine.accept(c);
        engine.accept(call("execve", "/dev/fd/3"));
        assertEquals(List.of(), rules());
    }

    @Test
    void setuidChmodAndSelfDelete() {
        AuditEvent plain = call("chmod", "/tmp/x");
        plain.mode = 0755;
        engine.accept(plain);
        AuditEvent suid = call("fchmodat", "/tmp/x");
        suid.mode = 02755;
        engine.accept(suid);
        engine.accept(call("unlink", "/tmp/other"));
        engine.accept(call("unlinkat", "/usr/local/bin/prog"));
        assertEquals(List.of("setuid-file", "self-delete"), rules());
    }

    @Test
    void ptraceTraceme() {
        AuditEvent p = call("ptrace", null);
        p.request = 0;
        engine.accept(p);
        AuditEvent attach = call("ptrace", null);
        attach.request = 16;
        engine.accept(attach);
        assertEquals(List.of("anti-debugging"), rules());
    }

    @Test
    void homePatternsCoverGuestHomeRootAndUsers() {
        PathPattern p = PathPattern.compile("~/.ssh/id_*", "/tmp/h");
        assertTrue(p.matches("/tmp/h/.ssh/id_rsa"));
        assertTrue(p.matches("/root/.ssh/id_ecdsa"));
        assertTrue(p.matches("/home/bob/.ssh/id_rsa.pub"));
        assertTrue(!p.matches("/tmp/h/.ssh/known_hosts"));
        assertTrue(!p.matches("/tmp/h/x/.ssh/id_rsa"));
        assertTrue(PathPattern.compile("/etc/cron.*/**", null).matches("/etc/cron.daily/job"));
    }

    @Test
    void ruleFileErrorsNameTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleSet.parse("rule x high\n    fly away\n", "mine.rules"));
        assertEquals("mine.rules:2: unknown step 'fly away'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RuleSet.parse("rule x severe\n    ptrace traceme\n", "r"));
        assertTrue(e.getMessage().startsWith("r:1: severity"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RuleSet.parse("rule x low\n    read nowhere\n", "r"));
        assertEquals("r: rule x: no path set named 'nowhere'", e.getMessage());
    }

    @Test
    void customRulesAreData() {
        RuleSet r = RuleSet.parse("paths secrets\n    ~/secret.txt\nrule touch-secret low\n    title reads the secret\n"
                + "    read secrets\n", "custom");
        AuditEngine e = new AuditEngine(r, HOME);
        e.accept(open(HOME + "/secret.txt", OpenFlags.O_RDONLY, 3));
        assertEquals(1, e.findings().size());
        assertEquals("reads the secret", e.findings().get(0).rule().title());
    }

    @Test
    void reportsAsTextAndJson() {
        engine.accept(open(HOME + "/.ssh/id_rsa", OpenFlags.O_RDONLY, 3));
        AuditEvent c = connect("203.0.113.7", 443, -101);
        c.line = "connect(3, {sa_family=AF_INET, sin_port=htons(443)}, 16) = -1 ENETUNREACH (Network is unreachable)";
        c.rip = 0x401234;
        c.symbol = "connect+0x14";
        engine.accept(c);
        String text = AuditReport.text("./prog", engine.findings());
        assertTrue(text.startsWith("ring3 audit of ./prog: 1 finding (1 high)\n"), text);
        assertTrue(text.contains("HIGH   credential-exfiltration: reads credentials"), text);
        assertTrue(text.contains("        pid 100 at 0x401234 <connect+0x14>: to 203.0.113.7:443\n"), text);
        String json = AuditReport.json("./prog", 0, engine.findings());
        assertTrue(json.startsWith("{\"program\":\"./prog\",\"exit_status\":0,\"counts\":{\"high\":1,\"medium\":0,\"low\":0},"
                + "\"findings\":[{\"rule\":\"credential-exfiltration\",\"severity\":\"high\""), json);
        assertTrue(json.contains("\"address\":\"203.0.113.7:443\""), json);
        assertTrue(AuditReport.fails(engine.findings(), Severity.HIGH));
        assertTrue(!AuditReport.fails(List.of(), Severity.LOW));
        assertEquals("ring3 audit of ./prog: no findings\n", AuditReport.text("./prog", List.of()));
    }
}
