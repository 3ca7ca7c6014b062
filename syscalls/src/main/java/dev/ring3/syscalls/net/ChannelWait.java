package dev.ring3.syscalls.net;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * Readiness of one non-blocking JDK channel through a private {@link Selector}: asks what is ready
 * now (poll(2)) or waits for it (a blocking recv, accept or connect). ring3 keeps every socket
 * channel non-blocking so that poll can ask; blocking is emulated here. A socket has one of these
 * per direction so that a thread waiting to read does not hold up one that writes. A waiting
 * thread that is interrupted (a signal) gets EINTR.
 */
final class ChannelWait {
    private Selector selector;
    private SelectionKey key;

    /** The operations of {@code ops} that {@code ch} is ready for now. */
    synchronized int readyNow(SelectableChannel ch, int ops) {
        try {
            SelectionKey k = key(ch);
            k.interestOps(ops & ch.validOps());
            selector.selectedKeys().clear();
            selector.selectNow();
            return k.isValid() && selector.selectedKeys().contains(k) ? k.readyOps() & ops : 0;
        } catch (IOException e) {
            throw NetErrno.exception(e);
        } catch (java.nio.channels.CancelledKeyException e) {
            return 0;
        }
    }

    /**
     * Waits until {@code ch} may be ready for one of {@code ops}, at most {@code timeoutMillis}
     * (0: no limit). The caller retries its operation, as readiness can be spurious.
     */
    synchronized void await(SelectableChannel ch, int ops, long timeoutMillis) {
        try {
            SelectionKey k = key(ch);
            k.interestOps(ops & ch.validOps());
            selector.selectedKeys().clear();
            // A bounded wait even without a limit: a close from another thread is then noticed.
            selector.select(timeoutMillis > 0 ? Math.min(timeoutMillis, 200) : 200);
        } catch (IOException e) {
            throw NetErrno.exception(e);
        } catch (java.nio.channels.CancelledKeyException e) {
            throw ErrnoException.of(Errno.EBADF);
        }
        if (Thread.interrupted()) {
            throw ErrnoException.of(Errno.EINTR);
        }
    }

    private SelectionKey key(SelectableChannel ch) throws IOException {
        if (selector == null) {
            selector = Selector.open();
        }
        if (key == null || key.channel() != ch || !key.isValid()) {
            if (key != null) {
                key.cancel();
                selector.selectNow(); // deregisters the cancelled key
            }
            key = ch.register(selector, 0);
        }
        return key;
    }

    /** Releases the selector (the socket closed). */
    synchronized void close() {
        if (selector != null) {
            try {
                selector.close();
            } catch (IOException e) {
                // nothing to report at close
            }
            selector = null;
            key = null;
        }
    }
}
