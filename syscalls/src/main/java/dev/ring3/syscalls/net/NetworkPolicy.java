package dev.ring3.syscalls.net;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * The {@code --deny-network} policy: the guest may talk to this machine only. connect, sendto and
 * sendmsg to an address outside loopback fail with ENETUNREACH before any packet is made, and so
 * does DNS (port 53) even on loopback, since a local stub resolver would forward the query. Binding
 * to the wildcard address is narrowed to loopback (a server still works, reachable from here only);
 * binding to another non-loopback address is EADDRNOTAVAIL, as for an address the host lacks. Unix
 * sockets are local and always allowed.
 */
public final class NetworkPolicy {
    public static final int DNS_PORT = 53;

    private NetworkPolicy() {}

    /** True for 127.0.0.0/8, ::1 and ::ffff:127.x.y.z. */
    public static boolean isLoopback(InetAddress a) {
        return a != null && a.isLoopbackAddress();
    }

    /** Whether {@code to} leaves the machine (or reaches a resolver): the audit's "non-loopback". */
    public static boolean leavesHost(SocketAddress to) {
        if (!(to instanceof InetSocketAddress)) {
            return false;
        }
        InetSocketAddress in = (InetSocketAddress) to;
        return !isLoopback(in.getAddress());
    }

    /** ENETUNREACH if the guest may not send to {@code to}. */
    public static void checkDestination(boolean deny, SocketAddress to) {
        if (!deny || !(to instanceof InetSocketAddress)) {
            return;
        }
        InetSocketAddress in = (InetSocketAddress) to;
        if (!isLoopback(in.getAddress()) || in.getPort() == DNS_PORT) {
            throw ErrnoException.of(Errno.ENETUNREACH);
        }
    }

    /** The address to bind instead of {@code local} under the policy (the wildcard becomes loopback). */
    public static SocketAddress narrowBind(boolean deny, SocketAddress local, int af) {
        if (!deny || !(local instanceof InetSocketAddress)) {
            return local;
        }
        InetSocketAddress in = (InetSocketAddress) local;
        InetAddress a = in.getAddress();
        if (a == null || a.isAnyLocalAddress()) {
            return new InetSocketAddress(loopback(af), in.getPort());
        }
        if (!isLoopback(a)) {
            throw ErrnoException.of(Errno.EADDRNOTAVAIL);
        }
        return local;
    }

    /** 127.0.0.1 or ::1. */
    public static InetAddress loopback(int af) {
        try {
            return af == SocketConstants.AF_INET6 ? InetAddress.getByName("::1") : InetAddress.getByName("127.0.0.1");
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
