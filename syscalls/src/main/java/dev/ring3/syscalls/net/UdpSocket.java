package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.*;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import dev.ring3.syscalls.PollEvents;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectionKey;

/**
 * A SOCK_DGRAM inet socket (UDP, udp(7)) on a non-blocking JDK {@link DatagramChannel}. Each datagram
 * is received whole into a private buffer first, so that MSG_PEEK can keep it and MSG_TRUNC can
 * report its real length, which the JDK's receive (it silently drops what does not fit) cannot.
 */
public final class UdpSocket extends SocketFile {
    /** The largest UDP payload over IPv4 (65535 - 20 - 8) plus room to see that it was longer. */
    private static final int MAX_DATAGRAM = 65536;

    private final DatagramChannel ch;
    private ByteBuffer held;
    private SocketAddress heldFrom;
    private boolean readShut;
    private boolean writeShut;

    public UdpSocket(int family, int protocol, int flags, boolean denyNetwork) {
        super(family, SOCK_DGRAM, protocol, flags, denyNetwork);
        try {
            ch = DatagramChannel.open(protocolFamily(family));
            ch.configureBlocking(false);
        } catch (IOException | UnsupportedOperationException e) {
            throw ErrnoException.of(Errno.EAFNOSUPPORT);
        }
    }

    @Override
    protected NetworkChannel hostChannel() {
        return ch;
    }

    @Override
    public synchronized void bind(SocketAddress local) {
        try {
            if (ch.getLocalAddress() != null) {
                throw ErrnoException.of(Errno.EINVAL);
            }
            ch.bind(NetworkPolicy.narrowBind(denyNetwork, local, family));
        } catch (IOException e) {
            throw NetErrno.exception(e);
        }
    }

    /** Under --deny-network an implicit bind takes loopback, not the wildcard. */
    private void bindIfNeeded() throws IOException {
        if (denyNetwork && ch.getLocalAddress() == null) {
            ch.bind(NetworkPolicy.narrowBind(true, new InetSocketAddress(0), family));
        }
    }

    @Override
    public synchronized void connect(SocketAddress to) {
        try {
            if (to == null) {
                if (ch.isConnected()) {
                    ch.disconnect();
                }
                return;
            }
            NetworkPolicy.checkDestination(denyNetwork, to);
            bindIfNeeded();
            if (ch.isConnected()) {
                ch.disconnect();
            }
            ch.connect(to);
        } catch (IOException e) {
            throw NetErrno.exception(e);
        }
    }

    @Override
    public int send(ByteBuffer src, SocketAddress to, int msgFlags) {
        synchronized (this) {
            if (writeShut) {
                throw ErrnoException.of(Errno.EPIPE);
            }
            try {
                if (to != null) {
                    NetworkPolicy.checkDestination(denyNetwork, to);
                    bindIfNeeded();
                } else if (!ch.isConnected()) {
                    throw ErrnoException.of(Errno.EDESTADDRREQ);
                }
            } catch (IOException e) {
                throw NetErrno.exception(e);
            }
        }
        int len = src.remaining();
        while (true) {
            int n;
            try {
                if (to == null || ch.isConnected() && to.equals(ch.getRemoteAddress())) {
                    n = ch.write(src);
                } else if (ch.isConnected()) {
                    throw ErrnoException.of(Errno.EISCONN); // the JDK cannot send elsewhere while connected
                } else {
                    n = ch.send(src, to);
                }
            } catch (IOException e) {
                throw NetErrno.exception(e);
            }
            if (n > 0 || len == 0) {
                return n;
            }
            if (dontWait(msgFlags)) {
                throw ErrnoException.of(Errno.EAGAIN);
            }
            writeWait.await(ch, SelectionKey.OP_WRITE, timeoutMillis(SO_SNDTIMEO));
        }
    }

    @Override
    public int receive(ByteBuffer dst, int msgFlags, SocketAddress[] from, boolean[] truncated) {
        long timeout = timeoutMillis(SO_RCVTIMEO);
        long deadline = System.currentTimeMillis() + timeout;
        while (true) {
            synchronized (this) {
                if (held == null && !readShut) {
                    fill();
                }
                if (held != null) {
                    int len = held.remaining();
                    int n = Math.min(len, dst.remaining());
                    ByteBuffer slice = held.duplicate();
                    slice.limit(slice.position() + n);
                    dst.put(slice);
                    if (from != null) {
                        from[0] = heldFrom;
                    }
                    if (truncated != null) {
                        truncated[0] = n < len;
                    }
                    if ((msgFlags & MSG_PEEK) == 0) {
                        held = null;
                        heldFrom = null;
                    }
                    return (msgFlags & MSG_TRUNC) != 0 ? len : n;
                }
                if (readShut) {
                    return 0;
                }
            }
            if (dontWait(msgFlags) || (timeout > 0 && System.currentTimeMillis() >= deadline)) {
                throw ErrnoException.of(Errno.EAGAIN);
            }
            readWait.await(ch, SelectionKey.OP_READ, timeout);
        }
    }

    /** Takes the next datagram off the host socket, if there is one. */
    private void fill() {
        ByteBuffer b = ByteBuffer.allocate(MAX_DATAGRAM);
        try {
            SocketAddress a = ch.receive(b);
            if (a != null) {
                b.flip();
                held = b;
                heldFrom = a;
            }
        } catch (IOException e) {
            throw NetErrno.exception(e);
        }
    }

    @Override
    public synchronized void shutdown(int how) {
        if (how < SHUT_RD || how > SHUT_RDWR) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        if (!ch.isConnected()) {
            throw ErrnoException.of(Errno.ENOTCONN);
        }
        readShut |= how != SHUT_WR;
        writeShut |= how != SHUT_RD;
    }

    @Override
    public synchronized SocketAddress localAddress() {
        try {
            SocketAddress a = ch.getLocalAddress();
            return a != null ? a : new InetSocketAddress(0);
        } catch (IOException e) {
            return new InetSocketAddress(0);
        }
    }

    @Override
    public synchronized SocketAddress peerAddress() {
        try {
            SocketAddress a = ch.isConnected() ? ch.getRemoteAddress() : null;
            if (a == null) {
                throw ErrnoException.of(Errno.ENOTCONN);
            }
            return a;
        } catch (IOException e) {
            throw NetErrno.exception(e);
        }
    }

    @Override
    public synchronized int poll(int events) {
        int r = 0;
        if (held != null || readShut) {
            r |= PollEvents.POLLIN | PollEvents.POLLRDNORM;
        }
        int ready = pollWait.readyNow(ch, SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        if ((ready & SelectionKey.OP_READ) != 0) {
            r |= PollEvents.POLLIN | PollEvents.POLLRDNORM;
        }
        if ((ready & SelectionKey.OP_WRITE) != 0) {
            r |= PollEvents.POLLOUT | PollEvents.POLLWRNORM;
        }
        if (readShut && writeShut) {
            r |= PollEvents.POLLHUP;
        }
        return r;
    }

    @Override
    public synchronized long available() {
        if (held == null) {
            fill();
        }
        return held != null ? held.remaining() : 0; // FIONREAD on UDP: the next datagram's size
    }

    @Override
    protected void closeHost() {
        super.closeHost();
        try {
            ch.close();
        } catch (IOException e) {
            // not reported
        }
    }
}
