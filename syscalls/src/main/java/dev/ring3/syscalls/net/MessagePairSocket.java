package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.*;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import dev.ring3.syscalls.MessageBuffer;
import dev.ring3.syscalls.OpenFile;
import dev.ring3.syscalls.PollEvents;
import java.nio.ByteBuffer;

/**
 * One end of a socketpair(2) of AF_UNIX SOCK_DGRAM or SOCK_SEQPACKET sockets, held in this JVM:
 * two {@link MessageBuffer}s, one per direction, so message boundaries hold and guests sharing the
 * pair across fork or threads need no host socket. What the peer's close and shutdown do follows
 * af_unix.c, checked against the host (corpus {@code unix_dgram_pair}):
 * <ul>
 * <li>SOCK_SEQPACKET: the peer's close or SHUT_WR is end of file after the queued messages (POLLIN
 *     and POLLRDHUP; POLLHUP once it has closed); sending to a closed peer, or after SHUT_WR, is
 *     EPIPE.
 * <li>SOCK_DGRAM: the peer's close or SHUT_WR is no end of file: a read waits (EAGAIN when
 *     non-blocking); the first send to a closed peer is ECONNREFUSED, later ones ENOTCONN (the
 *     socket is no longer connected); sending after one's own SHUT_WR is EPIPE.
 * </ul>
 * A message that does not fit the reader's buffer is cut (MSG_TRUNC in msg_flags; with MSG_TRUNC
 * in the call, its whole length returned); MSG_PEEK leaves it queued.
 */
public final class MessagePairSocket extends UnixPairSocket {
    private final MessageBuffer in;
    private final MessageBuffer out;
    private boolean readShut;
    private boolean writeShut;
    /** SOCK_DGRAM: the peer went and a send found it gone (ENOTCONN from then on). */
    private boolean disconnected;

    private MessagePairSocket(MessageBuffer in, MessageBuffer out, int type, int protocol, int flags) {
        super(type, protocol, flags);
        this.in = in;
        this.out = out;
    }

    /** A connected pair of {@code type} (SOCK_DGRAM or SOCK_SEQPACKET). */
    public static MessagePairSocket[] create(int type, int protocol, int flags) {
        MessageBuffer ab = new MessageBuffer();
        MessageBuffer ba = new MessageBuffer();
        return new MessagePairSocket[] {new MessagePairSocket(ba, ab, type, protocol, flags),
                new MessagePairSocket(ab, ba, type, protocol, flags)};
    }

    private boolean seqpacket() {
        return type == SOCK_SEQPACKET;
    }

    @Override
    public int sendFiles(ByteBuffer src, int msgFlags, OpenFile[] files) {
        try {
            synchronized (this) {
                if (writeShut) {
                    throw ErrnoException.quietEpipe(); // no SIGPIPE from unix_dgram_sendmsg
                }
                if (disconnected) {
                    throw ErrnoException.of(Errno.ENOTCONN);
                }
            }
            if (src.remaining() > MessageBuffer.MAX_MESSAGE) {
                throw ErrnoException.of(Errno.EMSGSIZE);
            }
        } catch (ErrnoException e) {
            MessageBuffer.releaseAll(files);
            throw e;
        }
        byte[] m = new byte[src.remaining()];
        src.duplicate().get(m);
        try {
            out.send(m, files, dontWait(msgFlags));
        } catch (ErrnoException e) {
            if (e.errno != Errno.EPIPE) {
                throw e;
            }
            if (seqpacket()) {
                throw ErrnoException.quietEpipe();
            }
            synchronized (this) {
                disconnected = true;
            }
            throw ErrnoException.of(Errno.ECONNREFUSED);
        }
        src.position(src.limit());
        return m.length;
    }

    @Override
    public int receiveFiles(ByteBuffer dst, int msgFlags, boolean[] truncated, OpenFile[][] files) {
        synchronized (this) {
            if (readShut && !in.readable()) {
                return 0;
            }
        }
        int room = dst.remaining();
        int len = in.receive(dst, (msgFlags & MSG_PEEK) != 0, dontWait(msgFlags), seqpacket(), truncated, files);
        if (len < 0) {
            return 0; // end of file
        }
        return (msgFlags & MSG_TRUNC) != 0 ? len : Math.min(len, room);
    }

    @Override
    public long maxMessage() {
        return MessageBuffer.MAX_MESSAGE;
    }

    @Override
    public int read(ByteBuffer dst) {
        return dst.hasRemaining() ? super.read(dst) : 0; // sock_read_iter: nothing asked, nothing taken
    }

    @Override
    public int write(ByteBuffer src) {
        return src.hasRemaining() ? super.write(src) : 0; // sock_write_iter: no empty message from write(2)
    }

    @Override
    public synchronized void shutdown(int how) {
        checkHow(how);
        if (how != SHUT_WR && !readShut) {
            readShut = true;
        }
        if (how != SHUT_RD && !writeShut) {
            writeShut = true;
            if (seqpacket()) {
                out.closeWriter(); // the peer reads end of file (RCV_SHUTDOWN)
            }
        }
    }

    @Override
    public synchronized int poll(int events) {
        int inBits = PollEvents.POLLIN | PollEvents.POLLRDNORM;
        int outBits = PollEvents.POLLOUT | PollEvents.POLLWRNORM;
        int r = in.readable() ? inBits : 0;
        // RCV_SHUTDOWN: one's own SHUT_RD, or for SOCK_SEQPACKET the peer's close or SHUT_WR.
        boolean rcvShutdown = readShut || (seqpacket() && !in.writerOpen());
        if (rcvShutdown) {
            r |= PollEvents.POLLRDHUP | inBits;
        }
        // SHUTDOWN_MASK: both ways shut, or the SOCK_SEQPACKET peer closed (it sets both on us).
        if ((readShut && writeShut) || (seqpacket() && !in.writerOpen() && !out.readerOpen())) {
            r |= PollEvents.POLLHUP;
        }
        if (out.writable()) {
            r |= outBits;
        }
        return r;
    }

    /** The wake-ups of the two buffers: a message or a hang-up coming in, room going out. */
    @Override
    public long readinessGeneration(int events) {
        return in.wakeups(true) + out.wakeups(false);
    }

    /** SIOCINQ: the first message's length on SOCK_DGRAM, all that is queued on SOCK_SEQPACKET (unix_inq_len). */
    @Override
    public long available() {
        return seqpacket() ? in.queuedBytes() : in.firstLength();
    }

    @Override
    protected void closeHost() {
        super.closeHost();
        in.closeReader();
        out.closeWriter();
    }
}
