package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.AF_UNIX;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/**
 * What every end of a socketpair(2) held in this JVM shares ({@link PairSocket}, {@link
 * MessagePairSocket}): connected from birth to its peer, with no name on either side.
 */
abstract class UnixPairSocket extends SocketFile {
    UnixPairSocket(int type, int protocol, int flags) {
        super(AF_UNIX, type, protocol, flags, false);
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
