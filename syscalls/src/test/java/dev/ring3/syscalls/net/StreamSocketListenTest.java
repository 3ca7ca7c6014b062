package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.ring3.syscalls.ErrnoException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * listen(2) on a bound TCP socket replaces ring3's host channel (the JDK cannot listen on a bound
 * {@link SocketChannel}); the guest's port must stay taken all the while, or another process can
 * take it and the guest's listen fails with EADDRINUSE (seen once in CI as a corpus failure).
 */
class StreamSocketListenTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void thePortIsNeverFreeWhileListenReplacesTheChannel() throws Exception {
        AtomicInteger port = new AtomicInteger();
        AtomicInteger stolen = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Thread thief = new Thread(() -> {
            while (!stop.get()) {
                int p = port.get();
                if (p == 0) {
                    Thread.onSpinWait();
                    continue;
                }
                try (SocketChannel c = SocketChannel.open()) {
                    c.bind(new InetSocketAddress(LOOPBACK, p));
                    if (port.get() == p) {
                        stolen.incrementAndGet(); // the guest had not yet let it go
                    }
                } catch (IOException expected) {
                    // EADDRINUSE: the guest still holds it
                }
            }
        });
        thief.start();
        int failedListens = 0;
        try {
            for (int i = 0; i < 400; i++) {
                StreamSocket s = new StreamSocket(AF_INET, 0, 0, false);
                s.bind(new InetSocketAddress(LOOPBACK, 0));
                port.set(((InetSocketAddress) s.localAddress()).getPort());
                try {
                    s.listen(4);
                } catch (ErrnoException e) {
                    failedListens++;
                }
                port.set(0);
                s.release();
            }
        } finally {
            stop.set(true);
            thief.join();
        }
        assertEquals(0, stolen.get(), "binds that took the guest's port");
        assertEquals(0, failedListens, "listens that failed");
    }

    @Test
    void aListenerSharesItsPortOnlyAsLinuxWouldLetIt() throws Exception {
        StreamSocket plain = new StreamSocket(AF_INET, 0, 0, false);
        plain.bind(new InetSocketAddress(LOOPBACK, 0));
        plain.listen(4);
        assertTrue(plain.listening());
        int p = ((InetSocketAddress) plain.localAddress()).getPort();
        for (int option : new int[] {SO_REUSEADDR, SO_REUSEPORT}) {
            StreamSocket second = new StreamSocket(AF_INET, 0, 0, false);
            second.setOption(SOL_SOCKET, option, intBytes(1));
            assertThrows(ErrnoException.class, () -> second.bind(new InetSocketAddress(LOOPBACK, p)),
                    "option " + option);
            second.release();
        }
        plain.release();

        StreamSocket asked = new StreamSocket(AF_INET, 0, 0, false);
        asked.setOption(SOL_SOCKET, SO_REUSEPORT, intBytes(1));
        asked.bind(new InetSocketAddress(LOOPBACK, 0));
        asked.listen(4);
        int q = ((InetSocketAddress) asked.localAddress()).getPort();
        StreamSocket partner = new StreamSocket(AF_INET, 0, 0, false);
        partner.setOption(SOL_SOCKET, SO_REUSEPORT, intBytes(1));
        partner.bind(new InetSocketAddress(LOOPBACK, q));
        partner.listen(4);
        assertTrue(partner.listening());
        assertEquals(q, ((InetSocketAddress) partner.localAddress()).getPort());
        partner.release();
        asked.release();
    }

    @Test
    void aGuestThatTurnedSoReuseaddrOffStillListens() throws Exception {
        StreamSocket s = new StreamSocket(AF_INET, 0, 0, false);
        s.setOption(SOL_SOCKET, SO_REUSEADDR, intBytes(0));
        s.bind(new InetSocketAddress(LOOPBACK, 0));
        int p = ((InetSocketAddress) s.localAddress()).getPort();
        s.listen(4);
        assertTrue(s.listening());
        assertEquals(p, ((InetSocketAddress) s.localAddress()).getPort());
        assertEquals(0, intOption(s, SO_REUSEADDR));
        s.release();
    }

    private static byte[] intBytes(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    private static int intOption(SocketFile s, int name) {
        return ByteBuffer.wrap(s.getOption(SOL_SOCKET, name, 0, 0, 0)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
}
