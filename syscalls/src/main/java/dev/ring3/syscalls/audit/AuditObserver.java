package dev.ring3.syscalls.audit;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.syscalls.ElfSymbols;
import dev.ring3.syscalls.LinuxProcess;
import dev.ring3.syscalls.OpenFile;
import dev.ring3.syscalls.PathResolver;
import dev.ring3.syscalls.SyscallNames;
import dev.ring3.syscalls.SyscallObserver;
import dev.ring3.syscalls.SyscallTable;
import dev.ring3.syscalls.Task;
import dev.ring3.syscalls.net.SockaddrDescriptor;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code --audit} hook: decodes the syscalls the rules can use (paths, flags, socket addresses,
 * exec arguments) while their arguments are still in guest memory, and feeds them to an
 * {@link AuditEngine}. Every other call costs one array lookup. Only reads guest memory: the guest
 * sees no difference.
 */
public final class AuditObserver implements SyscallObserver {
    private static final int MAX_STRINGS = 4096;
    private static final int MAX_STRING = 8192;

    private final RuleSet rules;
    private final LineCapture lines;
    private final boolean[] relevant = new boolean[SyscallTable.SIZE];
    private final ThreadLocal<AuditEvent> pending = new ThreadLocal<>();
    private final Map<String, ElfSymbols> symbols = new ConcurrentHashMap<>();
    private volatile AuditEngine engine;
    /** Load bias of a PIE main program (entry as mapped minus e_entry), 0 for ET_EXEC. */
    private volatile long bias;
    private volatile String program = "";

    public AuditObserver(RuleSet rules, SyscallTable table) {
        this.rules = rules;
        this.lines = new LineCapture(table);
        for (String name : new String[] {"open", "openat", "openat2", "creat", "truncate", "rename", "renameat",
            "renameat2", "link", "linkat", "symlink", "symlinkat", "mkdir", "mkdirat", "connect", "sendto",
            "sendmsg", "ptrace", "execve", "execveat", "memfd_create", "chmod", "fchmod", "fchmodat", "fchmodat2",
            "unlink", "unlinkat", "close"}) {
            int nr = SyscallNames.number(name);
            if (nr >= 0 && nr < SyscallTable.SIZE) {
                relevant[nr] = true;
            }
        }
    }

    /** The engine (created at the program's start, when $HOME is known). */
    public AuditEngine engine() {
        AuditEngine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = new AuditEngine(rules, System.getProperty("user.home"));
                }
                e = engine;
            }
        }
        return e;
    }

    /** The program the audit watched (as given on the command line). */
    public String program() {
        return program;
    }

    @Override
    public void started(Task t, String path, List<String> argv, int envCount, long envp) {
        LinuxProcess p = t.process;
        String home = null;
        AddressSpace m = p.mem;
        for (int i = 0; i < envCount; i++) {
            try {
                String kv = cString(m, m.read64(envp + 8L * i));
                if (kv.startsWith("HOME=")) {
                    home = kv.substring(5);
                }
            } catch (RuntimeException e) {
                break;
            }
        }
        synchronized (this) {
            if (engine == null) {
                engine = new AuditEngine(rules, home);
            }
        }
        program = path;
        engine().started(p.pid, realOrSelf(p.exePath), argv);
        try {
            byte[] elf = Files.readAllBytes(Path.of(p.exePath));
            symbols.put(p.exePath, ElfSymbols.of(elf));
            if (elf.length > 0x20 && elf[16] == 3) { // ET_DYN: a static PIE, mapped at a bias
                long entry = java.nio.ByteBuffer.wrap(elf).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong(0x18);
                bias = t.cpu.rip - entry;
            }
        } catch (IOException | RuntimeException e) {
            // no symbols: addresses are shown bare
        }
    }

    @Override
    public void entering(Task t, long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        if (nr < 0 || nr >= SyscallTable.SIZE || !relevant[(int) nr]) {
            return;
        }
        AuditEvent e;
        try {
            e = decode(t, SyscallNames.name(nr), a0, a1, a2, a3, a4, a5);
        } catch (RuntimeException x) {
            e = null; // unreadable arguments: the call will fail with EFAULT; nothing to judge
        }
        pending.set(e);
        if (e == null) {
            return;
        }
        e.pid = t.process.pid;
        e.tid = t.tid;
        e.rip = t.cpu.rip - 2; // SYSCALL is 0f 05: RIP already points past it
        e.symbol = symbol(t.process, e.rip);
        if (!e.name.equals("close")) {
            lines.entering(t, nr, a0, a1, a2, a3, a4, a5);
        }
        if (e.name.startsWith("execve")) {
            // A successful exec replaces the image: judge it now; completed() adds the result if it fails.
            e.line = e.name + "(\"" + e.path + "\", " + quoted(e.argv) + ", ...) = ?";
            engine().accept(e);
        }
    }

    @Override
    public void completed(Task t, long nr, long a0, long a1, long a2, long a3, long a4, long a5, long result) {
        if (nr < 0 || nr >= SyscallTable.SIZE || !relevant[(int) nr]) {
            return;
        }
        AuditEvent e = pending.get();
        pending.remove();
        if (e == null || e.tid != t.tid) {
            return;
        }
        e.result = result;
        if (!e.name.equals("close")) {
            String line = lines.completed(t, nr, a0, a1, a2, a3, a4, a5, result);
            if (!line.isEmpty()) {
                e.line = line;
            }
        }
        if (!e.name.startsWith("execve")) {
            engine().accept(e);
        }
    }

    private String symbol(LinuxProcess p, long rip) {
        ElfSymbols s = p.exePath != null ? symbols.get(p.exePath) : null;
        return s != null ? s.describe(rip - bias) : null;
    }

    private static AuditEvent decode(Task t, String name, long a0, long a1, long a2, long a3, long a4, long a5) {
        LinuxProcess p = t.process;
        AddressSpace m = p.mem;
        AuditEvent e = new AuditEvent();
        e.name = name;
        switch (name) {
            case "open": e.openFlags = (int) a1; path(e, p, AT_FDCWD, a0); break;
            case "openat": e.openFlags = (int) a2; path(e, p, a0, a1); break;
            case "openat2": e.openFlags = (int) m.read64(a2); path(e, p, a0, a1); break;
            case "creat": case "truncate": case "mkdir": case "unlink": path(e, p, AT_FDCWD, a0); break;
            case "mkdirat": case "unlinkat": path(e, p, a0, a1); break;
            case "rename": case "link": case "symlink": path(e, p, AT_FDCWD, a1); break;
            case "renameat": case "renameat2": case "linkat": path(e, p, a2, a3); break;
            case "symlinkat": path(e, p, a1, a2); break;
            case "chmod": e.mode = (int) a1; path(e, p, AT_FDCWD, a0); break;
            case "fchmodat": case "fchmodat2": e.mode = (int) a2; path(e, p, a0, a1); break;
            case "fchmod": {
                e.mode = (int) a1;
                e.fd = (int) a0;
                OpenFile f = p.fds.get(a0);
                if (f != null && f.hostPath() != null) {
                    e.path = f.hostPath().toString();
                }
                break;
            }
            case "close": e.fd = (int) a0; break;
            case "ptrace": e.request = a0; break;
            case "memfd_create": e.path = cString(m, a0); break;
            case "connect": e.fd = (int) a0; e.address = sockaddr(m, a1, a2); break;
            case "sendto":
                if (a4 == 0) {
                    return null;
                }
                e.fd = (int) a0;
                e.address = sockaddr(m, a4, a5);
                break;
            case "sendmsg": {
                long name0 = m.read64(a1);
                if (name0 == 0) {
                    return null;
                }
                e.fd = (int) a0;
                e.address = sockaddr(m, name0, m.read32(a1 + 8));
                break;
            }
            case "execve":
                path(e, p, AT_FDCWD, a0);
                e.argv = strings(m, a1);
                e.envp = strings(m, a2);
                break;
            case "execveat": {
                e.fd = (int) a0;
                String raw = cString(m, a1);
                if (raw.isEmpty()) {
                    e.path = null;
                } else {
                    path(e, p, a0, a1);
                }
                e.argv = strings(m, a2);
                e.envp = strings(m, a3);
                break;
            }
            default:
                return null;
        }
        return e;
    }

    private static final long AT_FDCWD = -100;

    /** The guest's path as an absolute normalised string, and its real path when that differs. */
    private static void path(AuditEvent e, LinuxProcess p, long dirfd, long addr) {
        String raw = PathResolver.read(p.mem, addr);
        String abs;
        try {
            abs = PathResolver.absolute(p, dirfd, raw);
        } catch (RuntimeException x) {
            abs = raw;
        }
        e.path = normalize(abs);
        try {
            Path host = PathResolver.resolve(p, dirfd, raw);
            if (Files.exists(host)) {
                String real = host.toRealPath().toString();
                if (!real.equals(e.path)) {
                    e.realPath = real;
                }
            }
        } catch (IOException | RuntimeException x) {
            // a path that does not resolve has no real path
        }
    }

    static String normalize(String abs) {
        if (!abs.startsWith("/")) {
            return abs;
        }
        String n = Path.of(abs).normalize().toString();
        return n.isEmpty() ? "/" : n;
    }

    private static String realOrSelf(String exe) {
        if (exe == null) {
            return null;
        }
        try {
            return Path.of(exe).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return exe;
        }
    }

    private static SocketAddress sockaddr(AddressSpace m, long addr, long len) {
        try {
            byte[] raw = SockaddrDescriptor.read(m, addr, len);
            int fam = SockaddrDescriptor.family(raw);
            return fam <= 0 ? null : SockaddrDescriptor.decode(raw, fam);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String cString(AddressSpace m, long addr) {
        return new String(m.readCString(addr, MAX_STRING), StandardCharsets.UTF_8);
    }

    private static List<String> strings(AddressSpace m, long array) {
        List<String> out = new ArrayList<>();
        if (array == 0) {
            return out;
        }
        for (int i = 0; i < MAX_STRINGS; i++) {
            long s = m.read64(array + 8L * i);
            if (s == 0) {
                break;
            }
            out.add(cString(m, s));
        }
        return out;
    }

    private static String quoted(List<String> argv) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < argv.size(); i++) {
            sb.append(i > 0 ? ", " : "").append('"').append(argv.get(i).replace("\"", "\\\"")).append('"');
        }
        return sb.append(']').toString();
    }
}
