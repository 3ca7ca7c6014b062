package dev.ring3.syscalls.net;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import dev.ring3.syscalls.HostErrno;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;

/**
 * The Linux errno behind a JDK networking exception. The JDK words socket errors its own way
 * ("Connection reset" without "by peer"), so the texts are matched here before falling back to
 * {@link HostErrno}'s strerror matching.
 */
public final class NetErrno {
    private NetErrno() {}

    public static int of(Exception e) {
        if (e instanceof AlreadyConnectedException) {
            return Errno.EISCONN;
        }
        if (e instanceof ConnectionPendingException) {
            return Errno.EALREADY;
        }
        if (e instanceof NotYetConnectedException) {
            return Errno.ENOTCONN;
        }
        if (e instanceof AlreadyBoundException) {
            return Errno.EINVAL;
        }
        if (e instanceof NotYetBoundException) {
            return Errno.EINVAL;
        }
        if (e instanceof UnsupportedAddressTypeException) {
            return Errno.EAFNOSUPPORT;
        }
        if (e instanceof UnresolvedAddressException) {
            return Errno.EINVAL;
        }
        if (e instanceof PortUnreachableException) {
            return Errno.ECONNREFUSED;
        }
        if (e instanceof NoRouteToHostException) {
            return Errno.EHOSTUNREACH;
        }
        if (e instanceof AsynchronousCloseException || e instanceof ClosedChannelException) {
            return Errno.EBADF;
        }
        String m = e.getMessage() != null ? e.getMessage() : "";
        if (m.startsWith("Connection reset")) {
            return Errno.ECONNRESET;
        }
        if (m.startsWith("Broken pipe")) {
            return Errno.EPIPE;
        }
        if (m.startsWith("Connection refused") || (e instanceof ConnectException && m.isEmpty())) {
            return Errno.ECONNREFUSED;
        }
        if (m.startsWith("Address already in use") || (e instanceof BindException && m.isEmpty())) {
            return Errno.EADDRINUSE;
        }
        if (m.startsWith("Cannot assign requested address")) {
            return Errno.EADDRNOTAVAIL;
        }
        if (m.startsWith("Network is unreachable")) {
            return Errno.ENETUNREACH;
        }
        if (m.startsWith("Connection timed out")) {
            return Errno.ETIMEDOUT;
        }
        if (e instanceof IOException) {
            return HostErrno.of((IOException) e);
        }
        if (e instanceof IllegalArgumentException) {
            return Errno.EINVAL;
        }
        return Errno.EIO;
    }

    public static ErrnoException exception(Exception e) {
        return ErrnoException.of(of(e));
    }
}
