package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.*;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import dev.ring3.syscalls.MessageBuffer;
import dev.ring3.syscalls.OpenFile;
import dev.ring3.syscalls.PipeBuffer;
import dev.ring3.syscalls.PollEvents;
import java.nio.ByteBuffer;

/**
 * One end of a socketpair(2) of AF_UNIX SOCK_STREAM sockets, held in this JVM: two
 * {@link PipeBuffer}s, one per direction, so that guests sharing the pair across fork or threads
 * need no host socket. Closing or shutting down an end closes the matching pipe ends: the peer then
 * reads end of file, or gets EPIPE on write.
 */
public final class PairSocket extends UnixPairSocket {
    private final PipeBuffer in;
    private final PipeBuffer out;
    private boolean readShut;
    private boolean writeShut;
    private ByteBuffer peeked;
    private OpenFile[] peekedFiles;

    private PairSocket(PipeBuffer in, PipeBuffer out, int protocol, int flags) {
        super(SOCK_STREAM, protocol, flags);
        this.in = in;
        this.out = out;
    }

    /** A connected pair. */
    public static PairSocket[] create(int protocol, int flags) {
        long ino = 0x2000000 + (System.identityHashCode(new Object()) & 0xffffff);
        PipeBuffer ab = new PipeBuffer(ino);
        PipeBuffer ba = new PipeBuffer(ino + 1);
        return new PairSocket[] {new PairSocket(ba, ab, protocol, flags), new PairSocket(ab, ba, protocol, flags)};
    }

    @Override
    public int sendFiles(ByteBuffer src, int msgFlags, OpenFile[] files) {
        synchronized (this) {
            if (writeShut) {
                MessageBuffer.releaseAll(files);
                throw ErrnoException.of(Errno.EPIPE);
            }
        }
        return out.write(src, dontWait(msgFlags), files);
    }

    @Override
    public int receiveFiles(ByteBuffer dst, int msgFlags, boolean[] truncated, OpenFile[][] files) {
        boolean peek = (msgFlags & MSG_PEEK) != 0;
        synchronized (this) {
            if (peeked != null && peeked.hasRemaining()) {
                int n = Math.min(peeked.remaining(), dst.remaining());
                ByteBuffer slice = peeked.duplicate();
                slice.limit(slice.position() + n);
                dst.put(slice);
                if (!peek) {
                    peeked.position(peeked.position() + n);
                    handOver(peekedFiles, files);
                    peekedFiles = null;
                }
                return n;
            }
            if (readShut) {
                return 0;
            }
        }
        if (!peek) {
            int total = 0;
            boolean all = (msgFlags & MSG_WAITALL) != 0;
            do {
                int n = in.read(dst, dontWait(msgFlags) || total > 0 && !all, files);
                if (n == 0) {
                    break;
                }
                total += n;
            } while (all && dst.hasRemaining() && (files == null || files[0] == null)); // files end a read (unix_stream_read_generic)
            return total;
        }
        ByteBuffer b = ByteBuffer.allocate(Math.max(dst.remaining(), 1));
        OpenFile[][] held = new OpenFile[1][];
        int n = in.read(b, dontWait(msgFlags), held);
        b.flip();
        synchronized (this) {
            peeked = b;
            peekedFiles = held[0]; // delivered with the read that takes the peeked bytes
            ByteBuffer slice = b.duplicate();
            slice.limit(Math.min(n, dst.remaining()));
            dst.put(slice);
        }
        return Math.min(n, b.limit());
    }

    /** Gives {@code sent} to the receiver's holder, or releases them when it has none. */
    private static void handOver(OpenFile[] sent, OpenFile[][] files) {
        if (files != null) {
            files[0] = sent;
        } else {
            MessageBuffer.releaseAll(sent);
        }
    }

    @Override
    public synchronized void shutdown(int how) {
        checkHow(how);
        if (how != SHUT_WR && !readShut) {
            readShut = true;
            in.closeEnd(true);
        }
        if (how != SHUT_RD && !writeShut) {
            writeShut = true;
            out.closeEnd(false);
        }
    }

    @Override
    public synchronized int poll(int events) {
        int inBits = PollEvents.POLLIN | PollEvents.POLLRDNORM;
        int outBits = PollEvents.POLLOUT | PollEvents.POLLWRNORM;
        boolean peerWriterGone = readShut || (in.poll(true, 0) & PollEvents.POLLHUP) != 0;
        boolean peerReaderGone = writeShut || (out.poll(false, 0) & PollEvents.POLLERR) != 0;
        int r = readShut ? 0 : in.poll(true, inBits) & inBits;
        if (peeked != null && peeked.hasRemaining() || peerWriterGone) {
            r |= inBits; // readable: data, or the end of file a read would return
        }
        r |= writeShut ? outBits : out.poll(false, outBits) & outBits;
        if (peerWriterGone) {
            r |= PollEvents.POLLRDHUP; // unix_poll: RCV_SHUTDOWN
        }
        if (peerWriterGone && peerReaderGone) {
            r |= PollEvents.POLLHUP;
        }
        return r;
    }

    /** The wake-ups of the two pipes: data or a hang-up coming in, room going out. */
    @Override
    public long readinessGeneration(int events) {
        return in.wakeups(true) + out.wakeups(false);
    }

    @Override
    public synchronized long available() {
        return in.available() + (peeked != null ? peeked.remaining() : 0);
    }

    @Override
    protected void closeHost() {
        super.closeHost();
        shutdown(SHUT_RDWR);
    }
}
