package dev.ring3.syscalls.net;

/** Socket constants of Linux x86-64 (linux/socket.h, linux/in.h, asm-generic/socket.h, linux/tcp.h). */
public final class SocketConstants {
    public static final int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    public static final int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_RDM = 4, SOCK_SEQPACKET = 5,
            SOCK_DCCP = 6, SOCK_PACKET = 10;
    /** Flags or-ed into socket(2)'s type (they equal O_NONBLOCK and O_CLOEXEC on x86-64). */
    public static final int SOCK_NONBLOCK = 04000, SOCK_CLOEXEC = 02000000, SOCK_TYPE_MASK = 0xf;
    public static final int IPPROTO_IP = 0, IPPROTO_ICMP = 1, IPPROTO_TCP = 6, IPPROTO_UDP = 17,
            IPPROTO_IPV6 = 41, IPPROTO_ICMPV6 = 58;

    public static final int MSG_OOB = 1, MSG_PEEK = 2, MSG_DONTROUTE = 4, MSG_CTRUNC = 8, MSG_TRUNC = 0x20,
            MSG_DONTWAIT = 0x40, MSG_EOR = 0x80, MSG_WAITALL = 0x100, MSG_NOSIGNAL = 0x4000,
            MSG_MORE = 0x8000, MSG_CMSG_CLOEXEC = 0x40000000;

    public static final int SHUT_RD = 0, SHUT_WR = 1, SHUT_RDWR = 2;

    public static final int SOL_SOCKET = 1;
    public static final int SO_DEBUG = 1, SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_DONTROUTE = 5,
            SO_BROADCAST = 6, SO_SNDBUF = 7, SO_RCVBUF = 8, SO_KEEPALIVE = 9, SO_OOBINLINE = 10,
            SO_PRIORITY = 12, SO_LINGER = 13, SO_REUSEPORT = 15, SO_PASSCRED = 16, SO_PEERCRED = 17,
            SO_RCVLOWAT = 18, SO_SNDLOWAT = 19, SO_RCVTIMEO = 20, SO_SNDTIMEO = 21, SO_ACCEPTCONN = 30,
            SO_PROTOCOL = 38, SO_DOMAIN = 39;
    public static final int TCP_NODELAY = 1, TCP_MAXSEG = 2, TCP_KEEPIDLE = 4, TCP_KEEPINTVL = 5, TCP_KEEPCNT = 6;
    public static final int IP_TOS = 1, IP_TTL = 2;
    public static final int IPV6_V6ONLY = 26;
    /** SCM_RIGHTS: a control message carrying fds (unix(7)). */
    public static final int SCM_RIGHTS = 1;

    private SocketConstants() {}

    /** The JDK protocol family for a Linux address family. */
    static java.net.ProtocolFamily protocolFamily(int af) {
        switch (af) {
            case AF_INET: return java.net.StandardProtocolFamily.INET;
            case AF_INET6: return java.net.StandardProtocolFamily.INET6;
            default: return java.net.StandardProtocolFamily.UNIX;
        }
    }
}
