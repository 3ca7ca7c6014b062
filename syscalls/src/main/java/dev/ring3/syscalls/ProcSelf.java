package dev.ring3.syscalls;

/**
 * The guest's view of the /proc/self magic links (exe, cwd, root, fd/N) and of /dev/fd/N,
 * /dev/stdin, /dev/stdout, /dev/stderr. On the host these name the JVM's own executable and fds,
 * so ring3 answers them from the guest process instead. Other /proc/self files are left to the host.
 */
public final class ProcSelf {
    private ProcSelf() {}

    /**
     * The part of {@code abs} after "/proc/self/" or "/proc/PID/" (PID = the guest's) — with
     * "/dev/fd/N" and "/dev/stdin" turned into "fd/N" and "fd/0" — or null if it is none of these.
     */
    static String rest(LinuxProcess p, String abs) {
        if (abs.startsWith("/proc/self/")) {
            return abs.substring("/proc/self/".length());
        }
        if (abs.startsWith("/proc/thread-self/")) {
            return abs.substring("/proc/thread-self/".length());
        }
        String pid = "/proc/" + p.pid + "/";
        if (abs.startsWith(pid)) {
            return abs.substring(pid.length());
        }
        if (abs.startsWith("/dev/fd/")) {
            return "fd/" + abs.substring("/dev/fd/".length());
        }
        switch (abs) {
            case "/dev/stdin": return "fd/0";
            case "/dev/stdout": return "fd/1";
            case "/dev/stderr": return "fd/2";
            default: return null;
        }
    }

    /** The target readlink(2) gives for a magic link, or null if {@code abs} is not one. */
    public static String readlink(LinuxProcess p, String abs) {
        String rest = rest(p, abs);
        if (rest == null) {
            return null;
        }
        if (rest.equals("exe")) {
            if (p.exePath == null) {
                throw ErrnoException.of(Errno.ENOENT);
            }
            return p.exePath;
        }
        if (rest.equals("cwd")) {
            return p.cwd;
        }
        if (rest.equals("root")) {
            return "/";
        }
        int fd = fdNumber(rest);
        if (fd >= 0) {
            OpenFile f = p.fds.get(fd);
            if (f == null) {
                throw ErrnoException.of(Errno.ENOENT);
            }
            return f.procLink();
        }
        return null;
    }

    /** The open file that "/proc/self/fd/N" names, or null if {@code abs} is not such a path; ENOENT if N is not open. */
    public static OpenFile file(LinuxProcess p, String abs) {
        String rest = rest(p, abs);
        int fd = rest == null ? -1 : fdNumber(rest);
        if (fd < 0) {
            return null;
        }
        OpenFile f = p.fds.get(fd);
        if (f == null) {
            throw ErrnoException.of(Errno.ENOENT);
        }
        return f;
    }

    /**
     * {@code abs} with a leading magic link replaced by what it points to, so that opening or
     * stat-ing /proc/self/exe, /proc/self/cwd/x or /proc/self/fd/3 reaches the guest's file.
     */
    public static String rewrite(LinuxProcess p, String abs) {
        String rest = rest(p, abs);
        if (rest == null) {
            return abs;
        }
        int slash = rest.indexOf('/');
        String head = slash < 0 ? rest : rest.substring(0, slash);
        String tail = slash < 0 ? "" : rest.substring(slash);
        if (head.equals("exe") && tail.isEmpty() && p.exePath != null) {
            return p.exePath;
        }
        if (head.equals("cwd")) {
            return p.cwd.equals("/") && !tail.isEmpty() ? tail : p.cwd + tail;
        }
        if (head.equals("root")) {
            return tail.isEmpty() ? "/" : tail;
        }
        if (head.equals("fd") && slash > 0) {
            int next = tail.indexOf('/', 1);
            String num = next < 0 ? tail.substring(1) : tail.substring(1, next);
            int fd = fdNumber("fd/" + num);
            if (fd >= 0) {
                OpenFile f = p.fds.get(fd);
                if (f == null) {
                    throw ErrnoException.of(Errno.ENOENT);
                }
                if (f.hostPath() != null) {
                    return f.hostPath() + (next < 0 ? "" : tail.substring(next));
                }
            }
        }
        return abs;
    }

    /** Whether {@code abs} names the guest's fd directory (/proc/self/fd, /dev/fd). */
    public static boolean isFdDirectory(LinuxProcess p, String abs) {
        String a = abs.endsWith("/") && abs.length() > 1 ? abs.substring(0, abs.length() - 1) : abs;
        return a.equals("/dev/fd") || "fd/".equals(rest(p, a + "/"));
    }

    /** N for "fd/N", else -1. */
    private static int fdNumber(String rest) {
        return rest.startsWith("fd/") ? ProcFiles.number(rest.substring(3)) : -1;
    }
}
