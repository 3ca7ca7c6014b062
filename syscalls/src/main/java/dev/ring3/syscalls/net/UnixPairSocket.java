package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.AF_UNIX;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import dev.ring3.syscalls.OpenFile;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.net.UnixDomainSocketAddress;

/**
 * What every end of a socketpair(2) held in this JVM shares ({@link PairSocket}, {@link
 * MessagePairSocket}): connected from birth to its peer, with no name on either side.
 */
abstract class UnixPairSocket extends SocketFile {
    UnixPairSocket(int type, int protocol, int flags) {
        super(AF_UNIX, type, protocol, flags, false);
    }

    /**
     * send with open files passed along (SCM_RIGHTS): the references are handed over, and released
     * if the send fails or takes no data.
     */
    public abstract int sendFiles(ByteBuffer src, int msgFlags, OpenFile[] files);

    /** receive; {@code files[0]} gets the open files sent with what was read (null: none). */
    public abstract int receiveFiles(ByteBuffer dst, int msgFlags, boolean[] truncated, OpenFile[][] files);

    @Override
    public final int send(ByteBuffer src, SocketAddress to, int msgFlags) {
        return sendFiles(src, msgFlags, null);
    }

    @Override
    public final int receive(ByteBuffer dst, int msgFlags, SocketAddress[] from, boolean[] truncated) {
        if (from != null) {
            from[0] = null;
        }
        return receiveFiles(dst, msgFlags, truncated, null);
    }

    /** {@link #sendFiles} as the syscalls call it, with the edge tracking of {@link #sendTracked}. */
    public final int sendFilesTracked(ByteBuffer src, int msgFlags, OpenFile[] files) {
        return tracked(src.remaining(), () -> sendFiles(src, msgFlags, files));
    }

    /** {@link #receiveFiles} as the syscalls call it. */
    public final int receiveFilesTracked(ByteBuffer dst, int msgFlags, boolean[] truncated, OpenFile[][] files) {
        return tracked(dst.remaining(), () -> receiveFiles(dst, msgFlags, truncated, files));
    }

    @Override
    public void connect(SocketAddress to) {
        throw ErrnoException.of(Errno.EISCONN);
    }

    @Override
    public void bind(SocketAddress local) {
        throw ErrnoException.of(Errno.EINVAL); // unix_bind: already has an address (the pair's)
    }

    /** shutdown(2)'s {@code how}: EINVAL unless SHUT_RD, SHUT_WR or SHUT_RDWR. */
    static void checkHow(int how) {
        if (how < SocketConstants.SHUT_RD || how > SocketConstants.SHUT_RDWR) {
            throw ErrnoException.of(Errno.EINVAL);
        }
    }

    @Override
    public SocketAddress localAddress() {
        return UnixDomainSocketAddress.of("");
    }

    @Override
    public SocketAddress peerAddress() {
        return UnixDomainSocketAddress.of("");
    }
}
