package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.*;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import dev.ring3.syscalls.LinuxProcess;
import dev.ring3.syscalls.OpenFile;
import dev.ring3.syscalls.SyscallHandler;
import dev.ring3.syscalls.SyscallTable;
import dev.ring3.syscalls.Task;
import java.net.SocketAddress;

/**
 * The socket syscalls (socket(2) ... socketpair(2)) over {@link SocketFile}s: TCP and UDP over IPv4
 * and IPv6 and unix stream sockets, for real through the host's network stack, under the process's
 * --deny-network policy. Sending and receiving are in {@link MessageSyscalls}, which
 * {@link #register} adds too. Argument kinds are plain words until the trace learns sockaddrs.
 */
@Semantics(SyscallHandler.class)
public final class NetSyscalls {
    /** AF_MAX of current kernels: families at or above it are EAFNOSUPPORT without a lookup. */
    static final int AF_MAX = 46;

    private NetSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(41, "socket", "sock_domain,sock_type,sock_protocol->fd", NetSyscallsSem.socket);
        t.row(42, "connect", "fd,sockaddr_in,int", NetSyscallsSem.connect);
        t.row(43, "accept", "fd,sockaddr_out,socklen_inout->fd", NetSyscallsSem.accept);
        t.row(48, "shutdown", "fd,shutdown_how", NetSyscallsSem.shutdown);
        t.row(49, "bind", "fd,sockaddr_in,int", NetSyscallsSem.bind);
        t.row(50, "listen", "fd,int", NetSyscallsSem.listen);
        t.row(51, "getsockname", "fd,sockaddr_out,socklen_inout", NetSyscallsSem.getsockname);
        t.row(52, "getpeername", "fd,sockaddr_out,socklen_inout", NetSyscallsSem.getpeername);
        t.row(53, "socketpair", "sock_domain,sock_type,sock_protocol,fds_out", NetSyscallsSem.socketpair);
        t.row(54, "setsockopt", "fd,sock_level,sockopt_name,sockopt_in,int", NetSyscallsSem.setsockopt);
        t.row(55, "getsockopt", "fd,sock_level,sockopt_name,sockopt_out,socklen_inout", NetSyscallsSem.getsockopt);
        t.row(288, "accept4", "fd,sockaddr_out,socklen_inout,sock_flags->fd", NetSyscallsSem.accept4);
        MessageSyscalls.register(t);
    }

    static long socket(Task k, long a, long b, long c, long d, long e, long f) {
        return socket(k.process, a, b, c);
    }

    static long connect(Task k, long a, long b, long c, long d, long e, long f) {
        return connect(k.process, a, b, c);
    }

    static long accept(Task k, long a, long b, long c, long d, long e, long f) {
        return accept4(k.process, a, b, c, 0);
    }

    static long shutdown(Task k, long a, long b, long c, long d, long e, long f) {
        return shutdown(k.process, a, b);
    }

    static long bind(Task k, long a, long b, long c, long d, long e, long f) {
        return bind(k.process, a, b, c);
    }

    static long listen(Task k, long a, long b, long c, long d, long e, long f) {
        return listen(k.process, a, b);
    }

    static long getsockname(Task k, long a, long b, long c, long d, long e, long f) {
        return getsockname(k.process, a, b, c);
    }

    static long getpeername(Task k, long a, long b, long c, long d, long e, long f) {
        return getpeername(k.process, a, b, c);
    }

    static long socketpair(Task k, long a, long b, long c, long d, long e, long f) {
        return socketpair(k.process, a, b, c, d);
    }

    static long setsockopt(Task k, long a, long b, long c, long d, long e, long f) {
        return setsockopt(k.process, a, b, c, d, e);
    }

    static long getsockopt(Task k, long a, long b, long c, long d, long e, long f) {
        return getsockopt(k.process, a, b, c, d, e);
    }

    static long accept4(Task k, long a, long b, long c, long d, long e, long f) {
        return accept4(k.process, a, b, c, d);
    }

    /** The socket at {@code fd}: EBADF if not open, ENOTSOCK if not a socket. */
    public static SocketFile socketAt(LinuxProcess p, long fd) {
        OpenFile f = p.fds.require((int) fd);
        if (!(f instanceof SocketFile)) {
            throw ErrnoException.of(Errno.ENOTSOCK);
        }
        return (SocketFile) f;
    }

    private static int creationFlags(long type) {
        int flags = (int) type & ~SOCK_TYPE_MASK;
        if ((flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return flags;
    }

    /** socket(2), in the order of __sock_create and inet_create / unix_create. */
    public static long socket(LinuxProcess p, long domain, long type, long protocol) {
        int flags = creationFlags(type);
        int base = (int) type & SOCK_TYPE_MASK;
        int proto = (int) protocol;
        int af = (int) domain;
        SocketFile s;
        switch (af) {
            case AF_INET:
            case AF_INET6:
                if (base == SOCK_STREAM) {
                    if (proto != 0 && proto != IPPROTO_TCP) {
                        throw ErrnoException.of(Errno.EPROTONOSUPPORT);
                    }
                    s = new StreamSocket(af, IPPROTO_TCP, flags, p.denyNetwork);
                } else if (base == SOCK_DGRAM) {
                    if (proto != 0 && proto != IPPROTO_UDP) {
                        throw ErrnoException.of(Errno.EPROTONOSUPPORT);
                    }
                    s = new UdpSocket(af, IPPROTO_UDP, flags, p.denyNetwork);
                } else if (base == SOCK_RAW) {
                    throw ErrnoException.of(Errno.EPERM); // needs CAP_NET_RAW; ring3 has no raw sockets
                } else {
                    throw ErrnoException.of(Errno.ESOCKTNOSUPPORT);
                }
                break;
            case AF_UNIX:
                if (proto != 0 && proto != AF_UNIX) {
                    throw ErrnoException.of(Errno.EPROTONOSUPPORT);
                }
                if (base != SOCK_STREAM) {
                    // The JDK has unix stream sockets only (docs/quirks.md).
                    throw ErrnoException.of(Errno.ESOCKTNOSUPPORT);
                }
                s = new StreamSocket(af, 0, flags, p.denyNetwork);
                break;
            default:
                throw ErrnoException.of(Errno.EAFNOSUPPORT);
        }
        return p.fds.install(s, (flags & SOCK_CLOEXEC) != 0);
    }

    /**
     * socketpair(2): AF_UNIX pairs of SOCK_STREAM ({@link PairSocket}), SOCK_DGRAM and SOCK_SEQPACKET
     * ({@link MessagePairSocket}); EOPNOTSUPP for other families, as Linux's inet answers.
     */
    public static long socketpair(LinuxProcess p, long domain, long type, long protocol, long sv) {
        int flags = creationFlags(type);
        int base = (int) type & SOCK_TYPE_MASK;
        int af = (int) domain;
        if (af == AF_INET || af == AF_INET6) {
            if (base != SOCK_STREAM && base != SOCK_DGRAM && base != SOCK_RAW) {
                throw ErrnoException.of(Errno.ESOCKTNOSUPPORT);
            }
            throw ErrnoException.of(Errno.EOPNOTSUPP);
        }
        if (af != AF_UNIX) {
            throw ErrnoException.of(Errno.EAFNOSUPPORT);
        }
        if (protocol != 0 && protocol != AF_UNIX) {
            throw ErrnoException.of(Errno.EPROTONOSUPPORT);
        }
        if (base != SOCK_STREAM && base != SOCK_DGRAM && base != SOCK_SEQPACKET && base != SOCK_RAW) {
            throw ErrnoException.of(Errno.ESOCKTNOSUPPORT);
        }
        p.mem.read64(sv); // EFAULT before anything is created
        // unix_create: SOCK_RAW is SOCK_DGRAM.
        SocketFile[] pair = base == SOCK_STREAM ? PairSocket.create((int) protocol, flags)
                : MessagePairSocket.create(base == SOCK_SEQPACKET ? SOCK_SEQPACKET : SOCK_DGRAM, (int) protocol, flags);
        boolean cloexec = (flags & SOCK_CLOEXEC) != 0;
        int a;
        try {
            a = p.fds.install(pair[0], cloexec);
        } catch (ErrnoException e) {
            pair[1].release();
            throw e;
        }
        int b;
        try {
            b = p.fds.install(pair[1], cloexec);
        } catch (ErrnoException e) {
            p.fds.close(a);
            throw e;
        }
        try {
            p.mem.write32(sv, a);
            p.mem.write32(sv + 4, b);
        } catch (RuntimeException e) {
            p.fds.close(a);
            p.fds.close(b);
            throw e;
        }
        return 0;
    }

    public static long bind(LinuxProcess p, long fd, long addr, long len) {
        SocketFile s = socketAt(p, fd);
        SocketAddress a = SockaddrDescriptor.decode(SockaddrDescriptor.read(p.mem, addr, len), s.family);
        if (a == null) {
            throw ErrnoException.of(Errno.EAFNOSUPPORT);
        }
        s.bind(a);
        return 0;
    }

    public static long listen(LinuxProcess p, long fd, long backlog) {
        socketAt(p, fd).listen((int) backlog);
        return 0;
    }

    public static long connect(LinuxProcess p, long fd, long addr, long len) {
        SocketFile s = socketAt(p, fd);
        byte[] raw = SockaddrDescriptor.read(p.mem, addr, len);
        if (raw.length < 2) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        s.connect(SockaddrDescriptor.decode(raw, s.family));
        return 0;
    }

    /** accept(2) and accept4(2): the peer is written only after a connection was taken, as in Linux. */
    public static long accept4(LinuxProcess p, long fd, long addr, long lenAddr, long flags) {
        if ((flags & ~(long) (SOCK_NONBLOCK | SOCK_CLOEXEC)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        SocketFile s = socketAt(p, fd);
        if (addr != 0 && p.mem.read32(lenAddr) < 0) {
            throw ErrnoException.of(Errno.EINVAL); // checked first so that a bad length loses no connection
        }
        SocketFile c = s.acceptTracked((int) flags);
        SocketAddress peer;
        try {
            peer = c.peerAddress();
        } catch (ErrnoException e) {
            peer = null;
        }
        int newFd = p.fds.install(c, (flags & SOCK_CLOEXEC) != 0);
        if (addr != 0) {
            try {
                SockaddrDescriptor.write(p.mem, addr, lenAddr, peer, s.family);
            } catch (RuntimeException e) {
                p.fds.close(newFd);
                throw e;
            }
        }
        return newFd;
    }

    public static long shutdown(LinuxProcess p, long fd, long how) {
        socketAt(p, fd).shutdown((int) how);
        return 0;
    }

    public static long getsockname(LinuxProcess p, long fd, long addr, long lenAddr) {
        SocketFile s = socketAt(p, fd);
        SockaddrDescriptor.write(p.mem, addr, lenAddr, s.localAddress(), s.family);
        return 0;
    }

    public static long getpeername(LinuxProcess p, long fd, long addr, long lenAddr) {
        SocketFile s = socketAt(p, fd);
        SockaddrDescriptor.write(p.mem, addr, lenAddr, s.peerAddress(), s.family);
        return 0;
    }

    public static long setsockopt(LinuxProcess p, long fd, long level, long name, long value, long len) {
        SocketFile s = socketAt(p, fd);
        if ((int) len < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        byte[] v = new byte[Math.min((int) len, 64)];
        p.mem.read(value, v, 0, v.length);
        s.setOption((int) level, (int) name, v);
        return 0;
    }

    public static long getsockopt(LinuxProcess p, long fd, long level, long name, long value, long lenAddr) {
        SocketFile s = socketAt(p, fd);
        AddressSpace m = p.mem;
        int len = m.read32(lenAddr);
        if (len < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        byte[] v = s.getOption((int) level, (int) name, p.pid, p.ids.uid(), p.ids.gid());
        int n = Math.min(len, v.length);
        if (n > 0) {
            m.write(value, v, 0, n);
        }
        m.write32(lenAddr, n);
        return 0;
    }
}
