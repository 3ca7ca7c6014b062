package dev.ring3.syscalls.trace;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.syscalls.Errno;

/**
 * Socket arguments as strace decodes them: socket's domain, type and protocol, struct sockaddr
 * by family ({@code {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}}),
 * socket options and their values, and struct msghdr. Layouts are x86-64 Linux's; every method
 * may raise GuestFault, which the caller turns into the bare address.
 */
final class SocketFormat {
    /** sizeof(struct sockaddr_storage): longer lengths are cut to it. */
    private static final int SOCKADDR_MAX = 128;
    /** sizeof(struct sockaddr_in) and SIN6_LEN_RFC2133 (struct sockaddr_in6 without sin6_scope_id). */
    private static final int SIN_LEN = 16, SIN6_MIN_LEN = 24, SIN6_LEN = 28;
    private static final int UNIX_PATH_MAX = 108;

    private SocketFormat() {}

    /** socket's type: SOCK_STREAM|SOCK_CLOEXEC. */
    static void type(StringBuilder sb, long v) {
        long t = v & 0xFFFFFFFFL;
        SocketNames.TYPE.value(sb, t & 0xF);
        if ((t & ~0xFL) != 0) {
            sb.append('|');
            SocketNames.TYPE_FLAGS.flags(sb, t & ~0xFL);
        }
    }

    /** socket's protocol: named only for the IP families, as strace does. */
    static void protocol(StringBuilder sb, int domain, long v) {
        if (domain == SocketNames.AF_INET || domain == SocketNames.AF_INET6) {
            SocketNames.IPPROTO.value(sb, (int) v);
        } else {
            sb.append((int) v);
        }
    }

    /** A socket option name, by its level. */
    static void option(StringBuilder sb, int level, long v) {
        FlagTable names = SocketNames.options(level);
        if (names != null) {
            names.value(sb, (int) v);
        } else {
            sb.append((int) v);
        }
    }

    /** A socket option's value of {@code len} bytes: [1], {l_onoff=1, l_linger=0}, or the address. */
    static void optionValue(StringBuilder sb, AddressSpace m, int level, int name, long a, long len) {
        if (a == 0) {
            sb.append("NULL");
            return;
        }
        if (level == SocketNames.SOL_SOCKET) {
            switch (name) {
                case SocketNames.SO_LINGER:
                    if (len >= 8) {
                        sb.append("{l_onoff=").append(m.read32(a)).append(", l_linger=").append(m.read32(a + 4))
                                .append('}');
                        return;
                    }
                    break;
                case SocketNames.SO_RCVTIMEO_OLD:
                case SocketNames.SO_SNDTIMEO_OLD:
                    if (len >= 16) {
                        StructFormat.timeval(sb, m, a);
                        return;
                    }
                    break;
                case SocketNames.SO_PEERCRED:
                    if (len >= 12) {
                        sb.append("{pid=").append(m.read32(a)).append(", uid=").append(m.read32(a + 4) & 0xFFFFFFFFL)
                                .append(", gid=").append(m.read32(a + 8) & 0xFFFFFFFFL).append('}');
                        return;
                    }
                    break;
                case SocketNames.SO_ERROR:
                    if (len == 4) {
                        int e = m.read32(a);
                        String n = e != 0 ? Errno.name(e) : null;
                        sb.append('[').append(n != null ? n : Integer.toString(e)).append(']');
                        return;
                    }
                    break;
                default:
                    break;
            }
        }
        if (len == 4) {
            sb.append('[').append(m.read32(a)).append(']');
        } else {
            ArgFormat.address(sb, a);
        }
    }

    /** A struct sockaddr of {@code len} bytes, decoded by its family. */
    static void sockaddr(StringBuilder sb, AddressSpace m, long a, long len) {
        if (a == 0) {
            sb.append("NULL");
            return;
        }
        if (len < 2) {
            ArgFormat.address(sb, a);
            return;
        }
        int n = (int) Math.min(len, SOCKADDR_MAX);
        byte[] b = new byte[n];
        m.read(a, b, 0, n);
        int family = (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
        sb.append("{sa_family=");
        SocketNames.FAMILY.value(sb, family);
        if (family == SocketNames.AF_INET && n >= SIN_LEN) {
            sb.append(", sin_port=htons(").append(be16(b, 2)).append("), sin_addr=inet_addr(\"")
                    .append(b[4] & 0xFF).append('.').append(b[5] & 0xFF).append('.').append(b[6] & 0xFF).append('.')
                    .append(b[7] & 0xFF).append("\")");
        } else if (family == SocketNames.AF_INET6 && n >= SIN6_MIN_LEN) {
            sb.append(", sin6_port=htons(").append(be16(b, 2)).append("), sin6_flowinfo=htonl(")
                    .append(((long) be16(b, 4) << 16) | be16(b, 6)).append("), inet_pton(AF_INET6, \"");
            inet6(sb, b, 8);
            sb.append("\", &sin6_addr)");
            if (n >= SIN6_LEN) {
                sb.append(", sin6_scope_id=").append(le32(b, 24));
            }
        } else if (family == SocketNames.AF_UNIX) {
            unixPath(sb, b, n);
        } else if (family == SocketNames.AF_NETLINK && n >= 12) {
            sb.append(", nl_pid=").append(le32(b, 4)).append(", nl_groups=")
                    .append(String.format("%08x", le32(b, 8)));
        } else if (n > 2) {
            sb.append(", sa_data=");
            byte[] data = new byte[n - 2];
            System.arraycopy(b, 2, data, 0, data.length);
            QuotedString.quote(sb, data, data.length, false);
        }
        sb.append('}');
    }

    /** sun_path: a path up to its NUL, or @"name" for the abstract namespace; nothing when unnamed. */
    private static void unixPath(StringBuilder sb, byte[] b, int n) {
        int pathLen = Math.min(n - 2, UNIX_PATH_MAX);
        if (pathLen <= 0) {
            return;
        }
        sb.append(", sun_path=");
        if (b[2] == 0 && pathLen > 1) {
            sb.append('@');
            byte[] name = new byte[pathLen - 1];
            System.arraycopy(b, 3, name, 0, name.length);
            QuotedString.quote(sb, name, name.length, false);
            return;
        }
        int end = 0;
        while (end < pathLen && b[2 + end] != 0) {
            end++;
        }
        byte[] path = new byte[end];
        System.arraycopy(b, 2, path, 0, end);
        QuotedString.quote(sb, path, end, false);
    }

    /** An IPv6 address as inet_ntop writes it (RFC 5952: the longest run of zero groups as ::). */
    static void inet6(StringBuilder sb, byte[] b, int off) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = be16(b, off + 2 * i);
        }
        // glibc prints IPv4-mapped and IPv4-compatible addresses with a dotted quad.
        boolean v4 = w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0
                && (w[5] == 0xffff || (w[5] == 0 && (w[6] != 0 || w[7] > 1)));
        int groups = v4 ? 6 : 8;
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < groups; ) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < groups && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestStart = -1;
        }
        for (int i = 0; i < groups; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (i > 0 && i != bestStart + bestLen) {
                sb.append(':');
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (v4) {
            if (bestStart + bestLen != groups) {
                sb.append(':');
            }
            sb.append(b[off + 12] & 0xFF).append('.').append(b[off + 13] & 0xFF).append('.').append(b[off + 14] & 0xFF)
                    .append('.').append(b[off + 15] & 0xFF);
        }
    }

    /**
     * A struct msghdr: {msg_name=..., msg_namelen=16, msg_iov=[...], msg_iovlen=1, msg_controllen=0,
     * msg_flags=0}. For recvmsg ({@code received}) the name is cut to the length the guest offered
     * ({@code namelenIn}), a changed length shows as "128 => 16", and the iovecs show the
     * {@code total} bytes received.
     */
    static void msghdr(StringBuilder sb, Call c, long a, boolean received, long namelenIn, long total) {
        AddressSpace m = c.mem;
        long name = m.read64(a);
        long namelen = m.read32(a + 8) & 0xFFFFFFFFL;
        long iov = m.read64(a + 16);
        long iovlen = m.read64(a + 24);
        long control = m.read64(a + 32);
        long controllen = m.read64(a + 40);
        int flags = m.read32(a + 48);
        sb.append("{msg_name=");
        sockaddr(sb, m, name, received ? Math.min(namelen, namelenIn) : namelen);
        sb.append(", msg_namelen=");
        if (received && namelenIn != namelen) {
            sb.append(namelenIn).append(" => ");
        }
        sb.append(namelen).append(", msg_iov=");
        ArgFormat.iovec(sb, c, iov, iovlen, total, false);
        sb.append(", msg_iovlen=").append(iovlen);
        if (controllen != 0) {
            sb.append(", msg_control=");
            cmsgs(sb, m, control, controllen);
        }
        sb.append(", msg_controllen=").append(controllen).append(", msg_flags=");
        SocketNames.MSG.flags(sb, flags & 0xFFFFFFFFL);
        sb.append('}');
    }

    /**
     * sendmmsg's and recvmmsg's struct mmsghdr array: [{msg_hdr={...}, msg_len=5}, ...], {@code count}
     * entries, each msg_len only if {@code withLen} (the call succeeded), a received one's iovec
     * cut at its msg_len.
     */
    static void mmsghdrs(StringBuilder sb, Call c, long a, long count, boolean withLen, boolean received) {
        AddressSpace m = c.mem;
        sb.append('[');
        for (long j = 0; j < count; j++) {
            if (j > 0) {
                sb.append(", ");
            }
            if (j >= c.limit) {
                sb.append("...");
                break;
            }
            long e = a + j * 64;
            long len = m.read32(e + 56) & 0xFFFFFFFFL;
            sb.append("{msg_hdr=");
            msghdr(sb, c, e, received, m.read32(e + 8) & 0xFFFFFFFFL, withLen ? len : Long.MAX_VALUE);
            if (withLen) {
                sb.append(", msg_len=").append(len);
            }
            sb.append('}');
        }
        sb.append(']');
    }

    /** Control messages: [{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[5]}]. */
    private static void cmsgs(StringBuilder sb, AddressSpace m, long a, long size) {
        if (a == 0) {
            sb.append("NULL");
            return;
        }
        sb.append('[');
        long off = 0;
        while (off + 16 <= size) {
            long len = m.read64(a + off);
            int level = m.read32(a + off + 8);
            int type = m.read32(a + off + 12);
            if (off > 0) {
                sb.append(", ");
            }
            sb.append("{cmsg_len=").append(len).append(", cmsg_level=");
            SocketNames.LEVEL.value(sb, level);
            sb.append(", cmsg_type=");
            if (level == SocketNames.SOL_SOCKET) {
                SocketNames.SCM.value(sb, type);
            } else {
                ArgFormat.hex(sb, type);
            }
            long data = a + off + 16;
            long dataLen = Math.min(len, size - off) - 16;
            if (level == SocketNames.SOL_SOCKET && type == SocketNames.SCM_RIGHTS && dataLen > 0) {
                sb.append(", cmsg_data=[");
                for (long k = 0; k + 4 <= dataLen; k += 4) {
                    if (k > 0) {
                        sb.append(", ");
                    }
                    sb.append(m.read32(data + k));
                }
                sb.append(']');
            } else if (level == SocketNames.SOL_SOCKET && type == SocketNames.SCM_CREDENTIALS && dataLen >= 12) {
                sb.append(", cmsg_data={pid=").append(m.read32(data)).append(", uid=")
                        .append(m.read32(data + 4) & 0xFFFFFFFFL).append(", gid=").append(m.read32(data + 8) & 0xFFFFFFFFL)
                        .append('}');
            }
            sb.append('}');
            if (len < 16) {
                break;
            }
            off += (len + 7) & ~7L;
        }
        sb.append(']');
    }

    private static int be16(byte[] b, int off) {
        return (b[off] & 0xFF) << 8 | (b[off + 1] & 0xFF);
    }

    private static long le32(byte[] b, int off) {
        return (b[off] & 0xFFL) | (b[off + 1] & 0xFFL) << 8 | (b[off + 2] & 0xFFL) << 16 | (b[off + 3] & 0xFFL) << 24;
    }
}
