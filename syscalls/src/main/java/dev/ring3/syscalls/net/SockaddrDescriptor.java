package dev.ring3.syscalls.net;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/**
 * Guest socket addresses in and out: reads a sockaddr of the socket's family with the kernel's
 * checks (the order of tcp_v4_connect, inet6_bind, unix_mkname: EINVAL for a short length, then
 * EAFNOSUPPORT for a foreign family), and writes one back through a value-result length, truncating
 * as accept(2) and getsockname(2) do while reporting the full length.
 */
public final class SockaddrDescriptor {
    /** sizeof(struct sockaddr_storage): longer lengths are EINVAL (move_addr_to_kernel). */
    public static final int MAX = 128;

    private SockaddrDescriptor() {}

    /** The raw bytes of the guest's sockaddr; EINVAL for a negative or too long length. */
    public static byte[] read(AddressSpace mem, long addr, long len) {
        if (len < 0 || len > MAX) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        byte[] b = new byte[(int) len];
        if (len > 0) {
            mem.read(addr, b, 0, b.length);
        }
        return b;
    }

    /** The sa_family of raw bytes, or -1 when they are too short to hold one. */
    public static int family(byte[] raw) {
        return raw.length < 2 ? -1 : (raw[0] & 0xff) | (raw[1] & 0xff) << 8;
    }

    /**
     * The address for a socket of family {@code af}; null for AF_UNSPEC (connect's "dissolve the
     * association"). EINVAL when short, EAFNOSUPPORT for another family.
     */
    public static SocketAddress decode(byte[] raw, int af) {
        int fam = family(raw);
        if (fam == SocketConstants.AF_UNSPEC && af != SocketConstants.AF_UNIX) {
            return null; // inet_dgram_connect and inet_stream_connect look at AF_UNSPEC before the length
        }
        switch (af) {
            case SocketConstants.AF_INET:
                if (raw.length < SockaddrInDescriptor.SIZE) {
                    throw ErrnoException.of(Errno.EINVAL);
                }
                return checked(fam, SocketConstants.AF_INET, SockaddrInDescriptor.decode(raw));
            case SocketConstants.AF_INET6:
                if (raw.length < SockaddrIn6Descriptor.MIN_SIZE) {
                    throw ErrnoException.of(Errno.EINVAL);
                }
                return checked(fam, SocketConstants.AF_INET6, SockaddrIn6Descriptor.decode(raw));
            default:
                if (raw.length <= SockaddrUnDescriptor.PATH_OFFSET || raw.length > SockaddrUnDescriptor.SIZE) {
                    throw ErrnoException.of(Errno.EINVAL);
                }
                if (fam != SocketConstants.AF_UNIX) {
                    throw ErrnoException.of(Errno.EINVAL); // unix_validate_addr
                }
                return SockaddrUnDescriptor.decode(raw, raw.length);
        }
    }

    private static SocketAddress checked(int fam, int expected, SocketAddress a) {
        if (fam != expected) {
            throw ErrnoException.of(Errno.EAFNOSUPPORT);
        }
        return a;
    }

    /** The guest's bytes for {@code a} as a socket of family {@code af} reports it. */
    public static byte[] encode(SocketAddress a, int af) {
        switch (af) {
            case SocketConstants.AF_INET:
                return SockaddrInDescriptor.encode(a instanceof InetSocketAddress ? (InetSocketAddress) a
                        : new InetSocketAddress(0));
            case SocketConstants.AF_INET6:
                return SockaddrIn6Descriptor.encode(a instanceof InetSocketAddress ? (InetSocketAddress) a
                        : new InetSocketAddress(0));
            default:
                return SockaddrUnDescriptor.encode(a instanceof UnixDomainSocketAddress ? (UnixDomainSocketAddress) a
                        : null);
        }
    }

    /**
     * Writes {@code a} to the guest: at most *lenAddr bytes at {@code addr}, then the full length to
     * *lenAddr (move_addr_to_user). EINVAL for a negative length.
     */
    public static void write(AddressSpace mem, long addr, long lenAddr, SocketAddress a, int af) {
        int room = mem.read32(lenAddr);
        if (room < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        byte[] b = encode(a, af);
        int n = Math.min(room, b.length);
        if (n > 0) {
            mem.write(addr, b, 0, n);
        }
        mem.write32(lenAddr, b.length);
    }
}
