package dev.ring3.syscalls.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * struct sockaddr_in6 (ipv6(7)): u16 sin6_family, u16 sin6_port (network order), u32 sin6_flowinfo,
 * u8 sin6_addr[16], u32 sin6_scope_id: 28 bytes (24 are accepted, RFC 2133's size, as Linux does).
 */
public final class SockaddrIn6Descriptor {
    public static final int SIZE = 28;
    /** SIN6_LEN_RFC2133: the shortest sockaddr_in6 the kernel accepts. */
    public static final int MIN_SIZE = 24;

    private SockaddrIn6Descriptor() {}

    public static InetSocketAddress decode(byte[] raw) {
        int port = ((raw[2] & 0xff) << 8) | (raw[3] & 0xff);
        byte[] ip = new byte[16];
        System.arraycopy(raw, 8, ip, 0, 16);
        int scope = raw.length >= SIZE
                ? (raw[24] & 0xff) | (raw[25] & 0xff) << 8 | (raw[26] & 0xff) << 16 | (raw[27] & 0xff) << 24 : 0;
        try {
            // getByAddress turns ::ffff:a.b.c.d into an Inet4Address, which dual-stack channels accept.
            InetAddress a = scope != 0 ? Inet6Address.getByAddress(null, ip, scope) : InetAddress.getByAddress(ip);
            return new InetSocketAddress(a, port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] encode(InetSocketAddress a) {
        byte[] b = new byte[SIZE];
        b[0] = (byte) SocketConstants.AF_INET6;
        b[2] = (byte) (a.getPort() >> 8);
        b[3] = (byte) a.getPort();
        InetAddress ip = a.getAddress();
        if (ip instanceof Inet4Address) {
            // An IPv4 peer of an AF_INET6 socket appears as ::ffff:a.b.c.d.
            b[18] = (byte) 0xff;
            b[19] = (byte) 0xff;
            System.arraycopy(ip.getAddress(), 0, b, 20, 4);
        } else if (ip != null) {
            System.arraycopy(ip.getAddress(), 0, b, 8, 16);
            int scope = ((Inet6Address) ip).getScopeId();
            b[24] = (byte) scope;
            b[25] = (byte) (scope >> 8);
            b[26] = (byte) (scope >> 16);
            b[27] = (byte) (scope >> 24);
        }
        return b;
    }
}
