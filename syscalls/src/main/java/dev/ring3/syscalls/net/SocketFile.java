package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.*;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import dev.ring3.syscalls.FileStat;
import dev.ring3.syscalls.OpenFile;
import dev.ring3.syscalls.OpenFlags;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.NetworkChannel;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A socket fd (socket(7)): the operations the socket syscalls need, on top of the file ones (read
 * is recv with no flags, write is send). Socket options are kept here as the guest set them, and
 * forwarded to the host socket where the JDK has an equivalent (the kernel then applies them for
 * real: buffer sizes come back doubled, as socket(7) says). Defaults answer with the errors Linux
 * gives a socket type that lacks the operation.
 */
public abstract class SocketFile extends OpenFile {
    private static final AtomicLong NEXT_INO = new AtomicLong(0x80000);

    public final int family;
    public final int type;
    public final int protocol;
    /** The process's --deny-network policy, fixed at creation. */
    protected final boolean denyNetwork;
    private final long ino;
    private final Map<Integer, byte[]> options = new HashMap<>();
    /** SO_ERROR: a pending error (an asynchronous connect that failed), read and cleared by getsockopt. */
    private int soError;
    final ChannelWait readWait = new ChannelWait();
    final ChannelWait writeWait = new ChannelWait();
    final ChannelWait pollWait = new ChannelWait();

    /** Receives and sends that ran the queue dry or found it full: edges for EPOLLET (docs/quirks.md). */
    private final java.util.concurrent.atomic.AtomicLong transferEdges = new java.util.concurrent.atomic.AtomicLong();

    protected SocketFile(int family, int type, int protocol, int flags, boolean denyNetwork) {
        super(OpenFlags.O_RDWR | (flags & OpenFlags.O_NONBLOCK));
        this.family = family;
        this.type = type;
        this.protocol = protocol;
        this.denyNetwork = denyNetwork;
        this.ino = NEXT_INO.incrementAndGet();
    }

    // ---- the socket operations -------------------------------------------------------------------

    public void bind(SocketAddress local) {
        throw ErrnoException.of(Errno.EOPNOTSUPP);
    }

    public void listen(int backlog) {
        throw ErrnoException.of(Errno.EOPNOTSUPP);
    }

    /** connect(2); {@code to} null is AF_UNSPEC. */
    public abstract void connect(SocketAddress to);

    /** accept4(2): the connected socket, with SOCK_NONBLOCK in {@code flags} honoured. */
    public SocketFile accept(int flags) {
        throw ErrnoException.of(Errno.EOPNOTSUPP);
    }

    /** The peer of the last accepted connection is its {@link #peerAddress}. */
    public abstract int send(ByteBuffer src, SocketAddress to, int msgFlags);

    /**
     * Receives into {@code dst}; {@code from[0]} gets the sender where the socket type knows it.
     * Returns the bytes received, or for a datagram with MSG_TRUNC its full length; {@code
     * truncated[0]} is set when a datagram did not fit.
     */
    public abstract int receive(ByteBuffer dst, int msgFlags, SocketAddress[] from, boolean[] truncated);

    public abstract void shutdown(int how);

    /** The longest message one send may carry on a message socket (EMSGSIZE beyond it). */
    public long maxMessage() {
        return dev.ring3.syscalls.GuestBuffers.CHUNK;
    }

    /**
     * {@link #receive} as the syscalls call it: a receive that got less than it asked for or nothing
     * emptied the host's queue, so readiness seen after it is new (an edge for EPOLLET); the host
     * kernel's own wake-ups cannot be seen from the JDK.
     */
    public final int receiveTracked(ByteBuffer dst, int msgFlags, SocketAddress[] from, boolean[] truncated) {
        return tracked(dst.remaining(), () -> receive(dst, msgFlags, from, truncated));
    }

    /** {@link #send} as the syscalls call it: a short or refused send is an edge for EPOLLET. */
    public final int sendTracked(ByteBuffer src, SocketAddress to, int msgFlags) {
        return tracked(src.remaining(), () -> send(src, to, msgFlags));
    }

    /** Runs a transfer of {@code want} bytes; a short or refused one counts an edge. */
    final int tracked(int want, java.util.function.IntSupplier transfer) {
        try {
            int n = transfer.getAsInt();
            if (n < want) {
                transferEdges.incrementAndGet();
            }
            return n;
        } catch (ErrnoException e) {
            transferEdges.incrementAndGet();
            throw e;
        }
    }

    /** {@link #accept} as the syscalls call it: each connection taken is an edge for EPOLLET. */
    public final SocketFile acceptTracked(int flags) {
        try {
            return accept(flags);
        } finally {
            transferEdges.incrementAndGet();
        }
    }

    @Override
    public boolean pollable() {
        return true;
    }

    @Override
    public long readinessGeneration(int events) {
        return transferEdges.get();
    }

    /** getsockname(2): the bound address, or the family's unbound form. */
    public abstract SocketAddress localAddress();

    /** getpeername(2); ENOTCONN when not connected. */
    public abstract SocketAddress peerAddress();

    /** Whether listen(2) succeeded (SO_ACCEPTCONN). */
    public boolean listening() {
        return false;
    }

    /** The host channel options are forwarded to, or null. */
    protected NetworkChannel hostChannel() {
        return null;
    }

    /** Whether the operation must not wait: O_NONBLOCK on the file or MSG_DONTWAIT on the call. */
    protected final boolean dontWait(int msgFlags) {
        return nonBlocking() || (msgFlags & MSG_DONTWAIT) != 0;
    }

    /** SO_RCVTIMEO or SO_SNDTIMEO in milliseconds, 0 for none. */
    protected final synchronized long timeoutMillis(int option) {
        byte[] tv = options.get(key(SOL_SOCKET, option));
        if (tv == null || tv.length < 16) {
            return 0;
        }
        ByteBuffer b = ByteBuffer.wrap(tv).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long ms = b.getLong(0) * 1000 + b.getLong(8) / 1000;
        return Math.max(ms, b.getLong(0) != 0 || b.getLong(8) != 0 ? 1 : 0);
    }

    protected final synchronized void setError(int errno) {
        soError = errno;
    }

    protected final synchronized int error() {
        return soError;
    }

    /** Takes the pending error (as getsockopt(SO_ERROR) and a later connect do). */
    protected final synchronized int takeError() {
        int e = soError;
        soError = 0;
        return e;
    }

    // ---- options ---------------------------------------------------------------------------------

    private static int key(int level, int name) {
        return level << 16 | name;
    }

    /** The size of an option's value, or -1 if Linux has no such option for this socket. */
    private int optionSize(int level, int name) {
        boolean inet = family == AF_INET || family == AF_INET6;
        if (level == SOL_SOCKET) {
            switch (name) {
                case SO_LINGER: return 8;
                case SO_RCVTIMEO: case SO_SNDTIMEO: return 16;
                case SO_PEERCRED: return family == AF_UNIX ? 12 : -1;
                case SO_DEBUG: case SO_REUSEADDR: case SO_TYPE: case SO_ERROR: case SO_DONTROUTE:
                case SO_BROADCAST: case SO_SNDBUF: case SO_RCVBUF: case SO_KEEPALIVE: case SO_OOBINLINE:
                case SO_PRIORITY: case SO_REUSEPORT: case SO_PASSCRED: case SO_RCVLOWAT: case SO_SNDLOWAT:
                case SO_ACCEPTCONN: case SO_PROTOCOL: case SO_DOMAIN:
                    return 4;
                default: return -1;
            }
        }
        if (level == IPPROTO_TCP && inet && type == SOCK_STREAM) {
            return name == TCP_NODELAY || name == TCP_MAXSEG || name == TCP_KEEPIDLE || name == TCP_KEEPINTVL
                    || name == TCP_KEEPCNT ? 4 : -1;
        }
        if (level == IPPROTO_IP && inet) {
            return name == IP_TOS || name == IP_TTL ? 4 : -1;
        }
        if (level == IPPROTO_IPV6 && family == AF_INET6) {
            return name == IPV6_V6ONLY ? 4 : -1;
        }
        return -1;
    }

    /** setsockopt(2): ENOPROTOOPT for an unknown option, EINVAL for a short value. */
    public final void setOption(int level, int name, byte[] value) {
        int size = optionSize(level, name);
        if (size < 0) {
            throw ErrnoException.of(Errno.ENOPROTOOPT);
        }
        if (value.length < Math.min(size, 4) || (size > 4 && value.length < size)) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        if (level == SOL_SOCKET && (name == SO_TYPE || name == SO_ERROR || name == SO_ACCEPTCONN
                || name == SO_PROTOCOL || name == SO_DOMAIN || name == SO_PEERCRED)) {
            throw ErrnoException.of(Errno.ENOPROTOOPT);
        }
        byte[] v = java.util.Arrays.copyOf(value, size);
        synchronized (this) {
            options.put(key(level, name), v);
        }
        applyToHost(hostChannel(), level, name, v);
    }

    /** Applies every stored option to a new host channel (listen replaces the channel). */
    protected final void reapplyOptions(NetworkChannel ch) {
        Map<Integer, byte[]> copy;
        synchronized (this) {
            copy = new HashMap<>(options);
        }
        copy.forEach((k, v) -> applyToHost(ch, k >>> 16, k & 0xffff, v));
    }

    /** A copy of the options for an accepted socket: Linux clones the listener's (sk_clone_lock). */
    protected final synchronized void inheritOptions(SocketFile from) {
        synchronized (from) {
            options.putAll(from.options);
        }
    }

    private static int intValue(byte[] v) {
        return (v[0] & 0xff) | (v[1] & 0xff) << 8 | (v[2] & 0xff) << 16 | (v[3] & 0xff) << 24;
    }

    private static void applyToHost(NetworkChannel ch, int level, int name, byte[] v) {
        if (ch == null || !ch.isOpen()) {
            return;
        }
        int i = intValue(v);
        try {
            if (level == SOL_SOCKET) {
                switch (name) {
                    case SO_REUSEADDR: set(ch, StandardSocketOptions.SO_REUSEADDR, i != 0); break;
                    case SO_REUSEPORT: set(ch, StandardSocketOptions.SO_REUSEPORT, i != 0); break;
                    case SO_KEEPALIVE: set(ch, StandardSocketOptions.SO_KEEPALIVE, i != 0); break;
                    case SO_BROADCAST: set(ch, StandardSocketOptions.SO_BROADCAST, i != 0); break;
                    case SO_SNDBUF: set(ch, StandardSocketOptions.SO_SNDBUF, Math.max(i, 1)); break;
                    case SO_RCVBUF: set(ch, StandardSocketOptions.SO_RCVBUF, Math.max(i, 1)); break;
                    case SO_LINGER:
                        int seconds = (v[4] & 0xff) | (v[5] & 0xff) << 8 | (v[6] & 0xff) << 16 | (v[7] & 0xff) << 24;
                        set(ch, StandardSocketOptions.SO_LINGER, i != 0 ? seconds : -1);
                        break;
                    default: break;
                }
            } else if (level == IPPROTO_TCP && name == TCP_NODELAY) {
                set(ch, StandardSocketOptions.TCP_NODELAY, i != 0);
            } else if (level == IPPROTO_IP && name == IP_TOS) {
                set(ch, StandardSocketOptions.IP_TOS, i);
            }
        } catch (IOException | RuntimeException e) {
            // The value stays recorded for getsockopt; the host socket keeps its own.
        }
    }

    private static <T> void set(NetworkChannel ch, SocketOption<T> o, T value) throws IOException {
        if (ch.supportedOptions().contains(o)) {
            ch.setOption(o, value);
        }
    }

    /** getsockopt(2): the value bytes (4 for int options); ENOPROTOOPT for an unknown option. */
    public final byte[] getOption(int level, int name, int pid, int uid, int gid) {
        int size = optionSize(level, name);
        if (size < 0) {
            throw ErrnoException.of(Errno.ENOPROTOOPT);
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        if (level == SOL_SOCKET) {
            switch (name) {
                case SO_TYPE: return b.putInt(0, type).array();
                case SO_ERROR: return b.putInt(0, takeError()).array();
                case SO_DOMAIN: return b.putInt(0, family).array();
                case SO_PROTOCOL: return b.putInt(0, protocol).array();
                case SO_ACCEPTCONN: return b.putInt(0, listening() ? 1 : 0).array();
                case SO_PEERCRED: return b.putInt(0, pid).putInt(4, uid).putInt(8, gid).array();
                case SO_SNDBUF:
                case SO_RCVBUF: {
                    Integer host = hostInt(name == SO_SNDBUF ? StandardSocketOptions.SO_SNDBUF
                            : StandardSocketOptions.SO_RCVBUF);
                    if (host != null) {
                        return b.putInt(0, host).array();
                    }
                    byte[] set = stored(level, name);
                    // Linux doubles what was set (socket(7)); unix sockets default to net.core.wmem_default.
                    return b.putInt(0, set != null ? 2 * intValue(set) : 212992).array();
                }
                default: break;
            }
        }
        byte[] v = stored(level, name);
        if (v != null) {
            if (size == 4 && (level != SOL_SOCKET || isBoolean(name)) && level != IPPROTO_IP) {
                return b.putInt(0, intValue(v) != 0 ? 1 : 0).array();
            }
            return v.clone();
        }
        return defaultValue(level, name, b);
    }

    private static boolean isBoolean(int name) {
        return name == SO_REUSEADDR || name == SO_REUSEPORT || name == SO_KEEPALIVE || name == SO_BROADCAST
                || name == SO_DEBUG || name == SO_DONTROUTE || name == SO_OOBINLINE || name == SO_PASSCRED;
    }

    private byte[] defaultValue(int level, int name, ByteBuffer b) {
        if (level == IPPROTO_TCP) {
            switch (name) {
                case TCP_MAXSEG: return b.putInt(0, 536).array();
                case TCP_KEEPIDLE: return b.putInt(0, 7200).array();
                case TCP_KEEPINTVL: return b.putInt(0, 75).array();
                case TCP_KEEPCNT: return b.putInt(0, 9).array();
                default: return b.array();
            }
        }
        if (level == IPPROTO_IP && name == IP_TTL) {
            return b.putInt(0, 64).array();
        }
        if (level == SOL_SOCKET && name == SO_RCVLOWAT) {
            return b.putInt(0, 1).array();
        }
        if (level == SOL_SOCKET && name == SO_SNDLOWAT) {
            return b.putInt(0, 1).array();
        }
        return b.array();
    }

    private synchronized byte[] stored(int level, int name) {
        return options.get(key(level, name));
    }

    private Integer hostInt(SocketOption<Integer> o) {
        NetworkChannel ch = hostChannel();
        if (ch == null || !ch.isOpen() || !ch.supportedOptions().contains(o)) {
            return null;
        }
        try {
            return ch.getOption(o);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // ---- as a file -------------------------------------------------------------------------------

    @Override
    public int read(ByteBuffer dst) {
        return receiveTracked(dst, 0, null, null);
    }

    @Override
    public int write(ByteBuffer src) {
        return sendTracked(src, null, 0);
    }

    @Override
    public FileStat stat() {
        return FileStat.synthetic(FileStat.S_IFSOCK | 0777, ino, 0, 0, 0);
    }

    @Override
    public String procLink() {
        return "socket:[" + ino + "]";
    }

    @Override
    public void sync(boolean metadata) {
        throw ErrnoException.of(Errno.EINVAL);
    }

    @Override
    protected void closeHost() {
        readWait.close();
        writeWait.close();
        pollWait.close();
    }
}
