package dev.ring3.syscalls.audit;

import java.net.SocketAddress;
import java.util.List;

/**
 * One system call as the audit sees it, decoded while the guest's memory still held its arguments:
 * the path it names (absolute, normalised), its flags or mode, the socket address, the argv and
 * environment of an exec, the result, where the guest made it and its strace-style line. Plain
 * data, so rules can be tested on synthetic events.
 */
public final class AuditEvent {
    public int pid;
    public int tid;
    /** The Linux name: "openat", "connect", "execve"... */
    public String name;
    public long result;
    /** Address of the SYSCALL instruction, and its symbol+offset when the ELF has a symbol table. */
    public long rip;
    public String symbol;
    /** The call as the trace shows it (or a plain rendering). */
    public String line;

    /** The path the call names (the destination of rename/link/symlink), absolute and normalised. */
    public String path;
    /** {@link #path} with symbolic links resolved, when it differs and exists. */
    public String realPath;
    /** open(2) flags, -1 when the call is not an open. */
    public int openFlags = -1;
    /** chmod's mode, -1 otherwise. */
    public int mode = -1;
    /** The fd the call takes (close, fchmod, execveat's dirfd), -1 otherwise. */
    public int fd = -1;
    /** connect/sendto/sendmsg destination. */
    public SocketAddress address;
    /** ptrace's request. */
    public long request = -1;
    /** execve's argv and envp. */
    public List<String> argv = List.of();
    public List<String> envp = List.of();

    public boolean failed() {
        return result < 0 && result >= -4095;
    }

    /** What the finding shows after the line: the path, the address, the command. */
    public String detail() {
        if (address != null) {
            return "to " + AuditEvent.describe(address);
        }
        if (name != null && name.startsWith("exec")) {
            return "runs " + (argv.isEmpty() ? path : String.join(" ", argv));
        }
        if (path != null) {
            return path + (realPath != null && !realPath.equals(path) ? " (" + realPath + ")" : "");
        }
        return "";
    }

    static String describe(SocketAddress a) {
        if (a instanceof java.net.InetSocketAddress) {
            java.net.InetSocketAddress in = (java.net.InetSocketAddress) a;
            String host = in.getAddress() != null ? in.getAddress().getHostAddress() : in.getHostString();
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + in.getPort();
        }
        return a.toString();
    }
}
