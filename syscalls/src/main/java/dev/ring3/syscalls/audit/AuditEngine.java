package dev.ring3.syscalls.audit;

import dev.ring3.syscalls.OpenFlags;
import dev.ring3.syscalls.net.NetworkPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a {@link RuleSet} over a stream of {@link AuditEvent}s. Each rule advances through its steps
 * per process (a step is the first event that matches it once the earlier steps have matched); when
 * the last step matches, the rule yields a {@link Finding} with the events of every step, once per
 * distinct final event. Also tracks the memfds each process holds, for exec-memfd.
 */
public final class AuditEngine {
    private static final Pattern FD_PATH = Pattern.compile("/(?:proc/(?:self|thread-self|\\d+)/fd|dev/fd)/(\\d+)");

    private final RuleSet rules;
    private final Map<String, List<PathPattern>> sets = new HashMap<>();
    private final Map<Integer, ProcessState> processes = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    /** What the engine knows about one process. */
    private static final class ProcessState {
        String exe;
        List<String> argv = List.of();
        final Set<Integer> memfds = new HashSet<>();
        int[] progress;
        AuditEvent[][] evidence;
        final Set<String> reported = new HashSet<>();
    }

    /** {@code home}: the guest's $HOME, which ~ in the rules stands for (with /root and /home/NAME). */
    public AuditEngine(RuleSet rules, String home) {
        this.rules = rules;
        rules.pathSets.forEach((name, globs) -> {
            List<PathPattern> compiled = new ArrayList<>();
            for (String g : globs) {
                compiled.add(PathPattern.compile(g, home));
            }
            sets.put(name, compiled);
        });
    }

    /** The process {@code pid} runs {@code exe} (its host path) with {@code argv}. */
    public synchronized void started(int pid, String exe, List<String> argv) {
        ProcessState s = state(pid);
        s.exe = exe;
        s.argv = List.copyOf(argv);
    }

    private ProcessState state(int pid) {
        return processes.computeIfAbsent(pid, k -> {
            ProcessState s = new ProcessState();
            s.progress = new int[rules.rules.size()];
            s.evidence = new AuditEvent[rules.rules.size()][];
            for (int i = 0; i < s.evidence.length; i++) {
                s.evidence[i] = new AuditEvent[rules.rules.get(i).steps().size()];
            }
            return s;
        });
    }

    /** Feeds one event; returns the findings it completed (usually none). */
    public synchronized List<Finding> accept(AuditEvent e) {
        ProcessState s = state(e.pid);
        track(s, e);
        List<Finding> out = List.of();
        for (int r = 0; r < rules.rules.size(); r++) {
            RuleSet.Rule rule = rules.rules.get(r);
            int at = s.progress[r];
            List<RuleSet.Step> steps = rule.steps();
            if (!matches(steps.get(at), e, s)) {
                continue;
            }
            s.evidence[r][at] = e;
            if (at + 1 < steps.size()) {
                s.progress[r] = at + 1;
                continue;
            }
            // Complete: report once per distinct final event, keep the earlier steps for the next.
            String key = e.name + " " + e.detail();
            if (s.reported.add(rule.id() + "\n" + key)) {
                Finding f = new Finding(rule, List.of(s.evidence[r].clone()));
                findings.add(f);
                if (out.isEmpty()) {
                    out = new ArrayList<>();
                }
                out.add(f);
            }
        }
        return out;
    }

    /** Every finding so far, in the order found. */
    public synchronized List<Finding> findings() {
        return List.copyOf(findings);
    }

    private static void track(ProcessState s, AuditEvent e) {
        if ("memfd_create".equals(e.name) && !e.failed()) {
            s.memfds.add((int) e.result);
        } else if ("close".equals(e.name) && !e.failed()) {
            s.memfds.remove(e.fd);
        }
    }

    private boolean matches(RuleSet.Step step, AuditEvent e, ProcessState s) {
        String n = e.name;
        switch (step.kind()) {
            case READ:
                return e.openFlags >= 0 && !e.failed() && isOpen(n)
                        && (e.openFlags & OpenFlags.O_ACCMODE) != OpenFlags.O_WRONLY && in(step.argument(), e);
            case WRITE:
                return isWrite(e) && in(step.argument(), e);
            case CONNECT:
                return (n.equals("connect") || n.equals("sendto") || n.equals("sendmsg")) && e.address != null
                        && NetworkPolicy.leavesHost(e.address);
            case PTRACE:
                return n.equals("ptrace") && e.request == 0;
            case EXEC:
                return isExec(n) && execIn(step.argument(), e.path, e.argv)
                        && (step.unlessSelf() == null || !execIn(step.unlessSelf(), s.exe, s.argv));
            case EXEC_ENV:
                if (isExec(n)) {
                    for (String kv : e.envp) {
                        if (kv.startsWith(step.argument() + "=")) {
                            return true;
                        }
                    }
                }
                return false;
            case MEMFD_CREATE:
                return n.equals("memfd_create") && !e.failed();
            case EXEC_MEMFD:
                return isExec(n) && execsMemfd(e, s);
            case CHMOD_SETUID:
                return n.startsWith("chmod") || n.startsWith("fchmod") ? e.mode >= 0 && (e.mode & 06000) != 0 : false;
            case UNLINK_SELF:
                return (n.equals("unlink") || n.equals("unlinkat")) && s.exe != null
                        && (s.exe.equals(e.path) || s.exe.equals(e.realPath));
            default:
                return false;
        }
    }

    private static boolean isOpen(String n) {
        return n.equals("open") || n.equals("openat") || n.equals("openat2");
    }

    private static boolean isExec(String n) {
        return n.equals("execve") || n.equals("execveat");
    }

    private static final Set<String> WRITES_BY_NAME = Set.of("creat", "truncate", "rename", "renameat", "renameat2",
            "link", "linkat", "symlink", "symlinkat", "mkdir", "mkdirat");

    static boolean isWrite(AuditEvent e) {
        if (isOpen(e.name) && e.openFlags >= 0) {
            return (e.openFlags & OpenFlags.O_ACCMODE) != OpenFlags.O_RDONLY
                    || (e.openFlags & (OpenFlags.O_CREAT | OpenFlags.O_TRUNC | OpenFlags.O_APPEND)) != 0;
        }
        return WRITES_BY_NAME.contains(e.name);
    }

    private boolean in(String set, AuditEvent e) {
        return pathIn(set, e.path) || e.realPath != null && pathIn(set, e.realPath);
    }

    private boolean pathIn(String set, String path) {
        if (path == null) {
            return false;
        }
        for (PathPattern p : sets.getOrDefault(set, List.of())) {
            if (p.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** The program, or for busybox and toybox the applet it runs as (argv[0], or argv[1] after "busybox"). */
    private boolean execIn(String set, String path, List<String> argv) {
        if (pathIn(set, path)) {
            return true;
        }
        if (path == null) {
            return false;
        }
        String base = path.substring(path.lastIndexOf('/') + 1);
        if (!base.equals("busybox") && !base.equals("toybox")) {
            return false;
        }
        String applet = argv.isEmpty() ? "" : argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        if ((applet.equals("busybox") || applet.equals("toybox")) && argv.size() > 1) {
            applet = argv.get(1);
        }
        return !applet.isEmpty() && pathIn(set, path.substring(0, path.lastIndexOf('/') + 1) + applet);
    }

    private static boolean execsMemfd(AuditEvent e, ProcessState s) {
        if (e.name.equals("execveat") && (e.path == null || e.path.isEmpty()) && s.memfds.contains(e.fd)) {
            return true;
        }
        if (e.path != null) {
            Matcher m = FD_PATH.matcher(e.path);
            if (m.matches()) {
                try {
                    return s.memfds.contains(Integer.parseInt(m.group(1)));
                } catch (NumberFormatException x) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Findings per severity, highest first (for summaries). */
    public synchronized Map<Severity, Integer> counts() {
        Map<Severity, Integer> m = new LinkedHashMap<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            m.put(Severity.values()[i], 0);
        }
        for (Finding f : findings) {
            m.merge(f.severity(), 1, Integer::sum);
        }
        return m;
    }
}
