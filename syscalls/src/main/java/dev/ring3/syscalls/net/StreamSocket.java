package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.*;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import dev.ring3.syscalls.PollEvents;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A SOCK_STREAM socket (TCP over IPv4 or IPv6, or a unix stream socket) on a non-blocking JDK
 * {@link SocketChannel}, or a {@link ServerSocketChannel} once it listens. The JDK binds and listens
 * in one step while Linux separates bind(2) from listen(2), so bind binds the client channel (the
 * port or socket file is then taken, as on Linux) and listen rebinds the same address on a server
 * channel. MSG_PEEK keeps the peeked bytes in a buffer that later reads drain first.
 */
public final class StreamSocket extends SocketFile {
    private SocketChannel ch;
    private ServerSocketChannel server;
    /** connect(2) returned EINPROGRESS and no connect has since reported the outcome. */
    private boolean connectPending;
    private boolean connected;
    private boolean readShut;
    /** A poll that asked for POLLRDHUP read the end of the peer's stream into {@link #peeked}. */
    private boolean peerShut;
    private boolean writeShut;
    private ByteBuffer peeked;
    /** The socket file of a bound unix socket whose name is abstract: removed at close. */
    private Path abstractFile;

    /** A new, unconnected socket. */
    public StreamSocket(int family, int protocol, int flags, boolean denyNetwork) {
        super(family, SOCK_STREAM, protocol, flags, denyNetwork);
        this.ch = open(family);
    }

    /** An accepted connection. */
    private StreamSocket(StreamSocket listener, SocketChannel accepted, int flags) {
        super(listener.family, SOCK_STREAM, listener.protocol, flags, listener.denyNetwork);
        this.ch = accepted;
        this.connected = true;
        inheritOptions(listener);
    }

    private static SocketChannel open(int family) {
        try {
            SocketChannel c = SocketChannel.open(protocolFamily(family));
            c.configureBlocking(false);
            return c;
        } catch (IOException | UnsupportedOperationException e) {
            throw ErrnoException.of(Errno.EAFNOSUPPORT);
        }
    }

    @Override
    protected synchronized NetworkChannel hostChannel() {
        return server != null ? server : ch;
    }

    @Override
    public synchronized boolean listening() {
        return server != null;
    }

    @Override
    public synchronized void bind(SocketAddress local) {
        try {
            if (server != null || ch.getLocalAddress() != null && !isUnnamed(ch.getLocalAddress())) {
                throw ErrnoException.of(Errno.EINVAL);
            }
            SocketAddress a = NetworkPolicy.narrowBind(denyNetwork, local, family);
            if (a instanceof UnixDomainSocketAddress) {
                Path p = ((UnixDomainSocketAddress) a).getPath();
                if (p.getParent() != null && p.getParent().equals(SockaddrUnDescriptor.abstractDirectory())) {
                    clearStale(p);
                    abstractFile = p;
                }
            }
            ch.bind(a);
        } catch (IOException e) {
            throw NetErrno.exception(e);
        }
    }

    private static boolean isUnnamed(SocketAddress a) {
        return a instanceof UnixDomainSocketAddress && ((UnixDomainSocketAddress) a).getPath().toString().isEmpty();
    }

    /** An abstract name's file left by a socket that no longer listens is not "in use". */
    private static void clearStale(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        boolean live;
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(p))) {
            live = probe.isConnected();
        } catch (IOException e) {
            live = false;
        }
        if (live) {
            throw ErrnoException.of(Errno.EADDRINUSE);
        }
        Files.deleteIfExists(p);
    }

    @Override
    public synchronized void listen(int backlog) {
        if (server != null) {
            return; // a second listen only changes the backlog
        }
        if (connected || connectPending) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        try {
            SocketAddress local = ch.getLocalAddress();
            if (local == null || isUnnamed(local)) {
                if (family == AF_UNIX) {
                    throw ErrnoException.of(Errno.EINVAL); // unix_listen: not bound
                }
                // inet_listen binds an ephemeral port on the wildcard address.
                local = NetworkPolicy.narrowBind(denyNetwork, new InetSocketAddress(0), family);
                if (family == AF_INET6 && !denyNetwork) {
                    local = new InetSocketAddress(java.net.InetAddress.getByName("::"), 0);
                }
            }
            ServerSocketChannel s = ServerSocketChannel.open(protocolFamily(family));
            s.configureBlocking(false);
            reapplyOptions(s);
            int queue = backlog <= 0 ? 1 : Math.min(backlog, 4096);
            if (!(local instanceof UnixDomainSocketAddress) && bindBeside(s, local, queue)) {
                ch.close();
            } else {
                ch.close();
                if (local instanceof UnixDomainSocketAddress) {
                    Files.deleteIfExists(((UnixDomainSocketAddress) local).getPath());
                }
                s.bind(local, queue);
            }
            server = s;
        } catch (IOException e) {
            throw NetErrno.exception(e);
        }
    }

    /**
     * Binds the listening channel to the port the client channel holds before that one closes, so
     * the port is never free in between (another process's connect or bind could take it, and then
     * listen would fail with EADDRINUSE). Linux lets two sockets that both set SO_REUSEADDR share a
     * port while neither listens: the server channel has it (the JDK's default) and the client
     * channel gets it for its last moments. False if the guest turned SO_REUSEADDR off, or the host
     * refused: the caller then closes first and binds after.
     */
    private boolean bindBeside(ServerSocketChannel s, SocketAddress local, int queue) {
        if (local instanceof InetSocketAddress && ((InetSocketAddress) local).getPort() == 0) {
            return false; // nothing held yet
        }
        try {
            if (!s.getOption(StandardSocketOptions.SO_REUSEADDR)) {
                return false;
            }
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            s.bind(local, queue);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public void connect(SocketAddress to) {
        SocketChannel c;
        synchronized (this) {
            if (server != null || (connected && !connectPending)) {
                throw ErrnoException.of(Errno.EISCONN);
            }
            if (connectPending) {
                if (finishPending()) {
                    connectPending = false;
                    if (connected) {
                        return; // the one connect that reports the asynchronous success
                    }
                    throw ErrnoException.of(takeError());
                }
                if (nonBlocking()) {
                    throw ErrnoException.of(Errno.EALREADY);
                }
            } else {
                if (to == null) {
                    return; // AF_UNSPEC on an unconnected socket: nothing to dissolve
                }
                NetworkPolicy.checkDestination(denyNetwork, to);
                try {
                    if (denyNetwork && family != AF_UNIX && ch.getLocalAddress() == null) {
                        ch.bind(NetworkPolicy.narrowBind(true, new InetSocketAddress(0), family));
                    }
                    if (ch.connect(to)) {
                        connected = true;
                        return;
                    }
                } catch (IOException | RuntimeException e) {
                    reopen();
                    throw NetErrno.exception(e);
                }
                connectPending = true;
                if (nonBlocking()) {
                    throw ErrnoException.of(Errno.EINPROGRESS);
                }
            }
            c = ch;
        }
        // A blocking connect: wait outside the lock so that poll and close from other threads work.
        while (true) {
            writeWait.await(c, SelectionKey.OP_CONNECT, 0);
            synchronized (this) {
                if (finishPending()) {
                    connectPending = false;
                    if (connected) {
                        return;
                    }
                    throw ErrnoException.of(takeError());
                }
            }
        }
    }

    /** Completes a pending connect if the handshake is over: true when it finished either way. */
    private boolean finishPending() {
        if (connected) {
            return true;
        }
        if (error() != 0) {
            return true;
        }
        try {
            if (ch.finishConnect()) {
                connected = true;
                return true;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            setError(NetErrno.of(e));
            reopen();
            return true;
        }
    }

    /** The JDK closes a channel whose connect failed; Linux leaves the socket usable. */
    private void reopen() {
        try {
            ch.close();
        } catch (IOException e) {
            // already failed
        }
        ch = open(family);
        reapplyOptions(ch);
    }

    @Override
    public SocketFile accept(int flags) {
        ServerSocketChannel s;
        synchronized (this) {
            if (server == null) {
                throw ErrnoException.of(Errno.EINVAL);
            }
            s = server;
        }
        while (true) {
            try {
                SocketChannel c = s.accept();
                if (c != null) {
                    c.configureBlocking(false);
                    return new StreamSocket(this, c, flags);
                }
            } catch (IOException e) {
                throw NetErrno.exception(e);
            }
            if (nonBlocking()) {
                throw ErrnoException.of(Errno.EAGAIN);
            }
            readWait.await(s, SelectionKey.OP_ACCEPT, 0);
        }
    }

    /** The connected channel; EPIPE or ENOTCONN (per {@code error}) when there is none. */
    private synchronized SocketChannel connectedChannel(int error) {
        if (connectPending) {
            finishPending();
        }
        if (!connected || server != null) {
            throw ErrnoException.of(error);
        }
        return ch;
    }

    @Override
    public int send(ByteBuffer src, SocketAddress to, int msgFlags) {
        SocketChannel c = connectedChannel(Errno.EPIPE);
        synchronized (this) {
            if (writeShut) {
                throw ErrnoException.of(Errno.EPIPE);
            }
        }
        int total = 0;
        long timeout = timeoutMillis(SO_SNDTIMEO);
        long deadline = System.currentTimeMillis() + timeout;
        while (true) {
            try {
                total += c.write(src);
            } catch (IOException e) {
                if (total > 0) {
                    return total;
                }
                throw NetErrno.exception(e);
            }
            if (!src.hasRemaining()) {
                return total;
            }
            if (!await(writeWait, c, SelectionKey.OP_WRITE, msgFlags, timeout, deadline, total)) {
                return total;
            }
        }
    }

    @Override
    public int receive(ByteBuffer dst, int msgFlags, SocketAddress[] from, boolean[] truncated) {
        SocketChannel c = connectedChannel(Errno.ENOTCONN);
        if (!dst.hasRemaining()) {
            return 0;
        }
        boolean peek = (msgFlags & MSG_PEEK) != 0;
        boolean all = (msgFlags & MSG_WAITALL) != 0 && !peek;
        long timeout = timeoutMillis(SO_RCVTIMEO);
        long deadline = System.currentTimeMillis() + timeout;
        int total = 0;
        while (true) {
            int n;
            synchronized (this) {
                if (peeked != null && peeked.hasRemaining()) {
                    n = Math.min(peeked.remaining(), dst.remaining());
                    ByteBuffer slice = peeked.duplicate();
                    slice.limit(slice.position() + n);
                    dst.put(slice);
                    if (!peek) {
                        peeked.position(peeked.position() + n);
                    }
                } else if (readShut) {
                    return total;
                } else {
                    try {
                        if (peek) {
                            peeked = ByteBuffer.allocate(Math.max(dst.remaining(), 4096));
                            n = c.read(peeked);
                            peeked.flip();
                            if (n > 0) {
                                ByteBuffer slice = peeked.duplicate();
                                slice.limit(n = Math.min(n, dst.remaining()));
                                dst.put(slice);
                            }
                        } else {
                            n = c.read(dst);
                        }
                    } catch (IOException e) {
                        if (total > 0) {
                            return total;
                        }
                        throw NetErrno.exception(e);
                    }
                }
            }
            if (n < 0) {
                return total; // end of stream
            }
            total += n;
            if (total > 0 && (!all || !dst.hasRemaining())) {
                return total;
            }
            if (!await(readWait, c, SelectionKey.OP_READ, msgFlags, timeout, deadline, total)) {
                return total;
            }
        }
    }

    /**
     * Waits until the channel is ready for {@code op} again. False means stop and report the
     * {@code total} bytes already moved (MSG_DONTWAIT, a timeout, or an interruption after some
     * progress); with nothing moved those end in EAGAIN or the interruption's errno instead.
     */
    private boolean await(ChannelWait wait, SocketChannel c, int op, int msgFlags, long timeout, long deadline,
            int total) {
        if (dontWait(msgFlags) || (timeout > 0 && System.currentTimeMillis() >= deadline)) {
            if (total > 0) {
                return false;
            }
            throw ErrnoException.of(Errno.EAGAIN);
        }
        try {
            wait.await(c, op, timeout);
            return true;
        } catch (ErrnoException e) {
            if (total > 0) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public synchronized void shutdown(int how) {
        if (how < SHUT_RD || how > SHUT_RDWR) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        if (connectPending) {
            finishPending();
        }
        if (!connected || server != null) {
            throw ErrnoException.of(Errno.ENOTCONN);
        }
        try {
            if (how != SHUT_WR && !readShut) {
                readShut = true;
                ch.shutdownInput();
            }
            if (how != SHUT_RD && !writeShut) {
                writeShut = true;
                ch.shutdownOutput();
            }
        } catch (IOException e) {
            throw NetErrno.exception(e);
        }
    }

    @Override
    public synchronized SocketAddress localAddress() {
        try {
            SocketAddress a = server != null ? server.getLocalAddress() : ch.getLocalAddress();
            return a != null ? a : unbound();
        } catch (IOException e) {
            return unbound();
        }
    }

    private SocketAddress unbound() {
        return family == AF_UNIX ? UnixDomainSocketAddress.of("") : new InetSocketAddress(0);
    }

    @Override
    public synchronized SocketAddress peerAddress() {
        if (connectPending) {
            finishPending();
        }
        if (!connected || server != null) {
            throw ErrnoException.of(Errno.ENOTCONN);
        }
        try {
            SocketAddress a = ch.getRemoteAddress();
            return a != null ? a : unbound();
        } catch (IOException e) {
            throw NetErrno.exception(e);
        }
    }

    @Override
    public synchronized int poll(int events) {
        int in = PollEvents.POLLIN | PollEvents.POLLRDNORM;
        int out = PollEvents.POLLOUT | PollEvents.POLLWRNORM;
        if (server != null) {
            return pollWait.readyNow(server, SelectionKey.OP_ACCEPT) != 0 ? in : 0;
        }
        if (connectPending && !connected) {
            if (error() == 0 && pollWait.readyNow(ch, SelectionKey.OP_CONNECT) == 0) {
                return 0; // the handshake is still on (TCP_SYN_SENT)
            }
            finishPending();
        }
        if (!connected) {
            // TCP_CLOSE: writable (a write fails at once) and hung up, plus the pending error (tcp_poll).
            return out | PollEvents.POLLHUP | (error() != 0 ? PollEvents.POLLERR : 0);
        }
        int r = 0;
        if (peeked != null && peeked.hasRemaining() || readShut) {
            r |= in;
        }
        int ready = pollWait.readyNow(ch, (readShut ? 0 : SelectionKey.OP_READ) | (writeShut ? 0 : SelectionKey.OP_WRITE));
        if ((ready & SelectionKey.OP_READ) != 0) {
            r |= in;
            if ((events & PollEvents.POLLRDHUP) != 0 && !peerShut && (peeked == null || !peeked.hasRemaining())) {
                // The JDK tells a FIN from data only by reading: keep what is read for the next receive.
                peekForShutdown();
            }
        }
        if (peerShut) {
            r |= in | PollEvents.POLLRDHUP; // tcp_poll: RCV_SHUTDOWN
        }
        if ((ready & SelectionKey.OP_WRITE) != 0 || writeShut) {
            r |= out;
        }
        if (readShut && writeShut) {
            r |= PollEvents.POLLHUP;
        }
        return r;
    }

    private void peekForShutdown() {
        ByteBuffer b = ByteBuffer.allocate(4096);
        try {
            int n = ch.read(b);
            b.flip();
            peeked = b;
            peerShut = n < 0;
        } catch (IOException e) {
            // the error shows at the next receive
        }
    }

    @Override
    public synchronized long available() {
        return peeked != null ? peeked.remaining() : 0;
    }

    @Override
    protected void closeHost() {
        super.closeHost();
        synchronized (this) {
            try {
                if (server != null) {
                    SocketAddress local = server.getLocalAddress();
                    server.close();
                    if (abstractFile != null && local instanceof UnixDomainSocketAddress) {
                        Files.deleteIfExists(abstractFile);
                    }
                }
                ch.close();
                if (abstractFile != null && server == null) {
                    Files.deleteIfExists(abstractFile);
                }
            } catch (IOException e) {
                // close errors are not reported after the last reference goes
            }
        }
    }
}
