package dev.ring3.syscalls.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * struct sockaddr_in (ip(7)): u16 sin_family, u16 sin_port (network order), u32 sin_addr (network
 * order), 8 bytes of padding: 16 bytes.
 */
public final class SockaddrInDescriptor {
    public static final int SIZE = 16;

    private SockaddrInDescriptor() {}

    /** The address in {@code raw} (at least {@link #SIZE} bytes; the caller checked the length). */
    public static InetSocketAddress decode(byte[] raw) {
        int port = ((raw[2] & 0xff) << 8) | (raw[3] & 0xff);
        try {
            return new InetSocketAddress(InetAddress.getByAddress(new byte[] {raw[4], raw[5], raw[6], raw[7]}), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always a valid IPv4 address
        }
    }

    public static byte[] encode(InetSocketAddress a) {
        byte[] b = new byte[SIZE];
        b[0] = (byte) SocketConstants.AF_INET;
        b[2] = (byte) (a.getPort() >> 8);
        b[3] = (byte) a.getPort();
        InetAddress ip = a.getAddress();
        if (ip instanceof Inet4Address) {
            System.arraycopy(ip.getAddress(), 0, b, 4, 4);
        } else if (ip != null) {
            byte[] v6 = ip.getAddress(); // an IPv4-mapped address on a dual-stack socket
            System.arraycopy(v6, 12, b, 4, 4);
        }
        return b;
    }
}
