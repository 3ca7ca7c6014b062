package dev.ring3.syscalls.trace;

/**
 * The socket constants the trace decodes (x86-64 Linux, include/uapi/linux/socket.h, in.h, tcp.h
 * and asm-generic/socket.h), in the order strace's xlat tables print them.
 */
final class SocketNames {
    private SocketNames() {}

    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, AF_NETLINK = 16;
    static final int SOL_IP = 0, SOL_SOCKET = 1, SOL_TCP = 6, SOL_UDP = 17, SOL_IPV6 = 41;
    static final int SO_ERROR = 4, SO_LINGER = 13, SO_PEERCRED = 17, SO_RCVTIMEO_OLD = 20, SO_SNDTIMEO_OLD = 21;
    static final int SCM_RIGHTS = 1, SCM_CREDENTIALS = 2;

    static final FlagTable FAMILY = FlagTable.of("AF_", 0, "AF_UNSPEC", 1, "AF_UNIX", 2, "AF_INET", 3, "AF_AX25",
            4, "AF_IPX", 5, "AF_APPLETALK", 9, "AF_X25", 10, "AF_INET6", 16, "AF_NETLINK", 17, "AF_PACKET",
            31, "AF_BLUETOOTH", 38, "AF_ALG", 40, "AF_VSOCK", 44, "AF_XDP");
    static final FlagTable TYPE = FlagTable.of("SOCK_", 1, "SOCK_STREAM", 2, "SOCK_DGRAM", 3, "SOCK_RAW",
            4, "SOCK_RDM", 5, "SOCK_SEQPACKET", 6, "SOCK_DCCP", 10, "SOCK_PACKET");
    static final FlagTable TYPE_FLAGS = FlagTable.of("SOCK_", 02000000, "SOCK_CLOEXEC", 04000, "SOCK_NONBLOCK");
    static final FlagTable IPPROTO = FlagTable.of("IPPROTO_", 0, "IPPROTO_IP", 1, "IPPROTO_ICMP",
            2, "IPPROTO_IGMP", 4, "IPPROTO_IPIP", 6, "IPPROTO_TCP", 8, "IPPROTO_EGP", 12, "IPPROTO_PUP",
            17, "IPPROTO_UDP", 22, "IPPROTO_IDP", 29, "IPPROTO_TP", 33, "IPPROTO_DCCP", 41, "IPPROTO_IPV6",
            46, "IPPROTO_RSVP", 47, "IPPROTO_GRE", 50, "IPPROTO_ESP", 51, "IPPROTO_AH", 58, "IPPROTO_ICMPV6",
            92, "IPPROTO_MTP", 94, "IPPROTO_BEETPH", 98, "IPPROTO_ENCAP", 103, "IPPROTO_PIM",
            108, "IPPROTO_COMP", 115, "IPPROTO_L2TP", 132, "IPPROTO_SCTP", 136, "IPPROTO_UDPLITE",
            137, "IPPROTO_MPLS", 143, "IPPROTO_ETHERNET", 255, "IPPROTO_RAW", 262, "IPPROTO_MPTCP");
    static final FlagTable MSG = FlagTable.of("MSG_", 1, "MSG_OOB", 2, "MSG_PEEK", 4, "MSG_DONTROUTE",
            8, "MSG_CTRUNC", 0x10, "MSG_PROBE", 0x20, "MSG_TRUNC", 0x40, "MSG_DONTWAIT", 0x80, "MSG_EOR",
            0x100, "MSG_WAITALL", 0x200, "MSG_FIN", 0x400, "MSG_SYN", 0x800, "MSG_CONFIRM", 0x1000, "MSG_RST",
            0x2000, "MSG_ERRQUEUE", 0x4000, "MSG_NOSIGNAL", 0x8000, "MSG_MORE", 0x10000, "MSG_WAITFORONE",
            0x40000, "MSG_BATCH", 0x4000000, "MSG_ZEROCOPY", 0x20000000, "MSG_FASTOPEN",
            0x40000000, "MSG_CMSG_CLOEXEC");
    static final FlagTable SHUT = FlagTable.of("SHUT_", 0, "SHUT_RD", 1, "SHUT_WR", 2, "SHUT_RDWR");
    static final FlagTable LEVEL = FlagTable.of("SOL_", 0, "SOL_IP", 1, "SOL_SOCKET", 6, "SOL_TCP",
            17, "SOL_UDP", 41, "SOL_IPV6", 58, "SOL_ICMPV6", 132, "SOL_SCTP", 136, "SOL_UDPLITE", 255, "SOL_RAW",
            263, "SOL_PACKET", 270, "SOL_NETLINK");
    static final FlagTable SO = FlagTable.of("SO_", 1, "SO_DEBUG", 2, "SO_REUSEADDR", 3, "SO_TYPE",
            4, "SO_ERROR", 5, "SO_DONTROUTE", 6, "SO_BROADCAST", 7, "SO_SNDBUF", 8, "SO_RCVBUF",
            9, "SO_KEEPALIVE", 10, "SO_OOBINLINE", 11, "SO_NO_CHECK", 12, "SO_PRIORITY", 13, "SO_LINGER",
            14, "SO_BSDCOMPAT", 15, "SO_REUSEPORT", 16, "SO_PASSCRED", 17, "SO_PEERCRED", 18, "SO_RCVLOWAT",
            19, "SO_SNDLOWAT", 20, "SO_RCVTIMEO_OLD", 21, "SO_SNDTIMEO_OLD", 25, "SO_BINDTODEVICE",
            26, "SO_ATTACH_FILTER", 27, "SO_DETACH_FILTER", 28, "SO_PEERNAME", 29, "SO_TIMESTAMP_OLD",
            30, "SO_ACCEPTCONN", 31, "SO_PEERSEC", 32, "SO_SNDBUFFORCE", 33, "SO_RCVBUFFORCE",
            34, "SO_PASSSEC", 35, "SO_TIMESTAMPNS_OLD", 36, "SO_MARK", 37, "SO_TIMESTAMPING_OLD",
            38, "SO_PROTOCOL", 39, "SO_DOMAIN", 40, "SO_RXQ_OVFL", 41, "SO_WIFI_STATUS", 42, "SO_PEEK_OFF",
            43, "SO_NOFCS", 46, "SO_BUSY_POLL", 47, "SO_MAX_PACING_RATE", 49, "SO_ATTACH_REUSEPORT_CBPF",
            59, "SO_PEERGROUPS", 60, "SO_ZEROCOPY");
    static final FlagTable TCP = FlagTable.of("TCP_", 1, "TCP_NODELAY", 2, "TCP_MAXSEG", 3, "TCP_CORK",
            4, "TCP_KEEPIDLE", 5, "TCP_KEEPINTVL", 6, "TCP_KEEPCNT", 7, "TCP_SYNCNT", 8, "TCP_LINGER2",
            9, "TCP_DEFER_ACCEPT", 10, "TCP_WINDOW_CLAMP", 11, "TCP_INFO", 12, "TCP_QUICKACK",
            13, "TCP_CONGESTION", 14, "TCP_MD5SIG", 18, "TCP_USER_TIMEOUT", 23, "TCP_FASTOPEN");
    static final FlagTable IP = FlagTable.of("IP_", 1, "IP_TOS", 2, "IP_TTL", 3, "IP_HDRINCL", 4, "IP_OPTIONS",
            6, "IP_RECVOPTS", 8, "IP_PKTINFO", 10, "IP_MTU_DISCOVER", 11, "IP_RECVERR", 14, "IP_MTU",
            15, "IP_FREEBIND", 32, "IP_MULTICAST_IF", 33, "IP_MULTICAST_TTL", 34, "IP_MULTICAST_LOOP",
            35, "IP_ADD_MEMBERSHIP", 36, "IP_DROP_MEMBERSHIP");
    static final FlagTable IPV6 = FlagTable.of("IPV6_", 16, "IPV6_UNICAST_HOPS", 17, "IPV6_MULTICAST_IF",
            18, "IPV6_MULTICAST_HOPS", 19, "IPV6_MULTICAST_LOOP", 23, "IPV6_MTU_DISCOVER", 24, "IPV6_MTU",
            25, "IPV6_RECVERR", 26, "IPV6_V6ONLY", 49, "IPV6_RECVPKTINFO", 50, "IPV6_PKTINFO");
    static final FlagTable UDP = FlagTable.of("UDP_", 1, "UDP_CORK", 100, "UDP_ENCAP", 101, "UDP_NO_CHECK6_TX",
            102, "UDP_NO_CHECK6_RX", 103, "UDP_SEGMENT", 104, "UDP_GRO");
    static final FlagTable SCM = FlagTable.of("SCM_", 1, "SCM_RIGHTS", 2, "SCM_CREDENTIALS", 3, "SCM_SECURITY");

    /** The option names of {@code level}, or null for a level strace does not name options of. */
    static FlagTable options(int level) {
        switch (level) {
            case SOL_SOCKET: return SO;
            case SOL_TCP: return TCP;
            case SOL_IP: return IP;
            case SOL_IPV6: return IPV6;
            case SOL_UDP: return UDP;
            default: return null;
        }
    }
}
