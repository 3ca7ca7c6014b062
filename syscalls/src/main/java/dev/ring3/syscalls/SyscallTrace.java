package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.io.PrintStream;

/**
 * An strace-style line per system call ({@code openat(AT_FDCWD, "/etc/passwd", 0) = 3}), formatted
 * from the row's argument kinds. It only reads guest memory, so tracing changes nothing. Kinds it
 * does not know print as numbers; buffers the call fills print as addresses.
 */
public final class SyscallTrace implements SyscallObserver {
    /** Strings and input buffers are cut after this many bytes, as strace -s 32 does. */
    static final int MAX_STRING = 32;
    static final int AT_FDCWD = -100;

    private final SyscallTable table;
    private final PrintStream out;

    public SyscallTrace(SyscallTable table, PrintStream out) {
        this.table = table;
        this.out = out;
    }

    @Override
    public void completed(Task t, long nr, long a0, long a1, long a2, long a3, long a4, long a5, long result) {
        out.println(format(t.process.mem, nr, new long[] {a0, a1, a2, a3, a4, a5}, result));
    }

    String format(AddressSpace m, long nr, long[] a, long result) {
        Syscall row = table.get(nr);
        String name = row != null ? row.name() : SyscallNames.name(nr);
        StringBuilder sb = new StringBuilder(name != null ? name : "syscall_" + nr).append('(');
        String kinds = row != null ? row.args() : "";
        String ret = "";
        int arrow = kinds.indexOf("->");
        if (arrow >= 0) {
            ret = kinds.substring(arrow + 2);
            kinds = kinds.substring(0, arrow);
        }
        String[] k = kinds.isEmpty() ? new String[0] : kinds.split(",");
        for (int i = 0; i < k.length && i < 6; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            long next = i + 1 < 6 ? a[i + 1] : 0;
            arg(sb, m, k[i], a[i], next);
        }
        sb.append(") = ");
        if (result == NO_RETURN) {
            sb.append('?');
        } else if (result < 0 && result >= -4095) {
            int e = (int) -result;
            sb.append("-1 ").append(Errno.name(e)).append(" (").append(Errno.message(e)).append(')');
        } else if (ret.equals("addr") || ret.equals("hex")) {
            sb.append("0x").append(Long.toHexString(result));
        } else if (ret.equals("octal")) {
            sb.append('0').append(Long.toOctalString(result));
        } else {
            sb.append(result);
        }
        return sb.toString();
    }

    private static void arg(StringBuilder sb, AddressSpace m, String kind, long v, long next) {
        switch (kind) {
            case "fd": case "int": case "size": case "off": case "clockid": case "rlimit": case "whence":
                sb.append(kind.equals("int") || kind.equals("fd") ? (int) v : v);
                break;
            case "dirfd":
                if ((int) v == AT_FDCWD) {
                    sb.append("AT_FDCWD");
                } else {
                    sb.append((int) v);
                }
                break;
            case "signal":
                sb.append(Signals.valid(v) ? Signals.name((int) v) : Long.toString(v));
                break;
            case "mode": case "octal":
                sb.append('0').append(Long.toOctalString(v));
                break;
            case "path": case "str":
                string(sb, m, v, -1);
                break;
            case "buf_in":
                string(sb, m, v, next);
                break;
            default:
                if (v == 0) {
                    sb.append("NULL");
                } else {
                    sb.append("0x").append(Long.toHexString(v));
                }
                break;
        }
    }

    /** A quoted, escaped string at {@code a}: NUL-terminated, or {@code len} bytes if len >= 0. */
    private static void string(StringBuilder sb, AddressSpace m, long a, long len) {
        if (a == 0) {
            sb.append("NULL");
            return;
        }
        byte[] b;
        try {
            if (len < 0) {
                b = m.readCString(a, 4096);
            } else {
                b = new byte[(int) Math.min(Math.max(len, 0), MAX_STRING + 1)];
                m.read(a, b, 0, b.length);
            }
        } catch (GuestFault f) {
            sb.append("0x").append(Long.toHexString(a));
            return;
        }
        int n = Math.min(b.length, MAX_STRING);
        sb.append('"');
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            switch (c) {
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                default:
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append((char) c);
                    } else {
                        sb.append(String.format("\\%o", c));
                    }
            }
        }
        sb.append('"');
        if (b.length > MAX_STRING || (len > MAX_STRING)) {
            sb.append("...");
        }
    }
}
