package dev.ring3.syscalls.trace;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;

/**
 * Guest strings and buffers quoted as strace quotes them (its string_quote): C escapes for
 * {@code \" \\ \f \n \r \t \v}, printable ASCII as is, other bytes in octal ({@code \0}, {@code \377},
 * three digits when an octal digit follows), or every byte as {@code \xNN} where strace forces
 * hex; cut after the -s limit with {@code ...} after the closing quote.
 */
final class QuotedString {
    private QuotedString() {}

    /** {@code len} bytes at {@code addr} (at most {@code limit} shown), or the address if unreadable. */
    static void buffer(StringBuilder sb, AddressSpace m, long addr, long len, int limit, boolean hex) {
        if (addr == 0) {
            sb.append("NULL");
            return;
        }
        int n = (int) Math.min(Math.max(len, 0), limit);
        byte[] b = new byte[n];
        try {
            if (n > 0) {
                m.read(addr, b, 0, n);
            }
        } catch (GuestFault f) {
            ArgFormat.address(sb, addr);
            return;
        }
        quote(sb, b, n, hex);
        if (len > limit) {
            sb.append("...");
        }
    }

    /**
     * A NUL-terminated string at {@code addr}: at most {@code limit} bytes shown, "..." if it is
     * longer; NULL for 0; the address if unreadable.
     */
    static void cString(StringBuilder sb, AddressSpace m, long addr, int limit) {
        if (addr == 0) {
            sb.append("NULL");
            return;
        }
        byte[] b = new byte[limit + 1];
        int n = 0;
        try {
            byte[] one = new byte[1];
            while (n <= limit) {
                m.read(addr + n, one, 0, 1);
                if (one[0] == 0) {
                    break;
                }
                b[n++] = one[0];
            }
        } catch (GuestFault f) {
            if (n == 0) {
                ArgFormat.address(sb, addr);
                return;
            }
        }
        boolean cut = n > limit;
        quote(sb, b, Math.min(n, limit), false);
        if (cut) {
            sb.append("...");
        }
    }

    /** Java text (ring3's own strings: the program path, argv) quoted the same way. */
    static void text(StringBuilder sb, byte[] b, int limit) {
        quote(sb, b, Math.min(b.length, limit), false);
        if (b.length > limit) {
            sb.append("...");
        }
    }

    static void quote(StringBuilder sb, byte[] b, int n, boolean hex) {
        sb.append('"');
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (hex) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                continue;
            }
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\f': sb.append("\\f"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case 0x0B: sb.append("\\v"); break;
                default:
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append((char) c);
                    } else {
                        sb.append('\\');
                        boolean digitFollows = i + 1 < n && b[i + 1] >= '0' && b[i + 1] <= '7';
                        if (digitFollows || c >> 6 != 0) {
                            sb.append((char) ('0' + (c >> 6)));
                        }
                        if (digitFollows || c >> 3 != 0) {
                            sb.append((char) ('0' + ((c >> 3) & 7)));
                        }
                        sb.append((char) ('0' + (c & 7)));
                    }
            }
        }
        sb.append('"');
    }
}
