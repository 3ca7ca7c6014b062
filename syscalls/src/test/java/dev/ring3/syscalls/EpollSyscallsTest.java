package dev.ring3.syscalls;

import static dev.ring3.syscalls.EpollFile.*;
import static dev.ring3.syscalls.EpollSyscalls.*;
import static dev.ring3.syscalls.GuestFixture.call;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** epoll over pipes and socketpairs: ctl errors, level/edge/oneshot, close semantics, nesting, the event array. */
class EpollSyscallsTest extends GuestFixtureTest {
    private int[] pipe() {
        long fds = g.alloc(8);
        assertEquals(0, IoSyscalls.pipe2(g.p, fds, 0));
        return new int[] {g.mem.read32(fds), g.mem.read32(fds + 4)};
    }

    private int epoll() {
        return (int) EpollSyscalls.epollCreate1(g.p, 0);
    }

    private long ctl(int ep, int op, int fd, int ev, long data) {
        long e = g.alloc(EVENT_SIZE);
        g.mem.write32(e, ev);
        g.mem.write64(e + 4, data);
        return call(() -> EpollSyscalls.epollCtl(g.p, ep, op, fd, e));
    }

    private void write(int fd, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertEquals(b.length, FileSyscalls.write(g.p, fd, g.bytes(b), b.length));
    }

    /** epoll_wait with timeout 0: "events:data" of each event, or the errno as a negative count. */
    private String poll(int ep, int max) {
        long out = g.alloc((long) EVENT_SIZE * Math.max(max, 1));
        long n = call(() -> EpollSyscalls.epollWait(g.p, ep, out, max, 0));
        if (n < 0) {
            return Long.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? " " : "").append(Integer.toHexString(g.mem.read32(out + (long) EVENT_SIZE * i)))
                    .append(':').append(g.mem.read64(out + (long) EVENT_SIZE * i + 4));
        }
        return sb.toString();
    }

    @Test
    void createChecksSizeAndFlags() {
        assertEquals(-Errno.EINVAL, call(() -> EpollSyscalls.epollCreate(g.p, 0)));
        int a = (int) EpollSyscalls.epollCreate(g.p, 1);
        assertFalse(g.p.fds.closeOnExec(a));
        int b = (int) EpollSyscalls.epollCreate1(g.p, OpenFlags.O_CLOEXEC);
        assertTrue(g.p.fds.closeOnExec(b));
        assertEquals(-Errno.EINVAL, call(() -> EpollSyscalls.epollCreate1(g.p, OpenFlags.O_NONBLOCK)));
        assertEquals("anon_inode:[eventpoll]", g.p.fds.get(a).procLink());
    }

    @Test
    void ctlErrorsInTheKernelsOrder() {
        int ep = epoll();
        int[] p = pipe();
        assertEquals(-Errno.EBADF, ctl(99, EPOLL_CTL_ADD, p[0], EPOLLIN, 0));
        assertEquals(-Errno.EBADF, ctl(ep, EPOLL_CTL_ADD, 99, EPOLLIN, 0));
        assertEquals(-Errno.EINVAL, ctl(p[1], EPOLL_CTL_ADD, p[0], EPOLLIN, 0), "epfd is not an epoll fd");
        assertEquals(-Errno.EINVAL, ctl(ep, EPOLL_CTL_ADD, ep, EPOLLIN, 0), "an epoll fd cannot watch itself");
        assertEquals(-Errno.EINVAL, ctl(ep, 7, p[0], EPOLLIN, 0));
        assertEquals(-Errno.ENOENT, ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN, 0));
        assertEquals(-Errno.ENOENT, ctl(ep, EPOLL_CTL_DEL, p[0], 0, 0));
        assertEquals(0, ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 1));
        assertEquals(-Errno.EEXIST, ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 1));
        assertEquals(-Errno.EFAULT, call(() -> EpollSyscalls.epollCtl(g.p, ep, EPOLL_CTL_MOD, p[0], GuestFixture.BAD)));
        assertEquals(0, call(() -> EpollSyscalls.epollCtl(g.p, ep, EPOLL_CTL_DEL, p[0], 0)), "DEL reads no event");
        assertEquals(0, ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN | EPOLLEXCLUSIVE, 2));
        assertEquals(-Errno.EINVAL, ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN, 2), "an exclusive item cannot be modified");
        assertEquals(-Errno.EINVAL, ctl(ep, EPOLL_CTL_ADD, p[1], EPOLLOUT | EPOLLEXCLUSIVE | EPOLLONESHOT, 3));
        int file = (int) g.open("/proc/self/exe", OpenFlags.O_RDONLY, 0);
        assertEquals(-Errno.EPERM, ctl(ep, EPOLL_CTL_ADD, file, EPOLLIN, 4), "regular files cannot be polled");
        assertEquals(-Errno.EPERM, ctl(p[1], EPOLL_CTL_ADD, file, EPOLLIN, 4), "EPERM comes before the epfd check");
        long out = g.alloc(EVENT_SIZE);
        assertEquals(-Errno.EINVAL, call(() -> EpollSyscalls.epollWait(g.p, ep, out, 0, 0)));
        assertEquals(-Errno.EINVAL, call(() -> EpollSyscalls.epollWait(g.p, p[0], out, 1, 0)));
        assertEquals(-Errno.EBADF, call(() -> EpollSyscalls.epollWait(g.p, 99, out, 1, 0)));
    }

    @Test
    void levelEdgeAndOneshot() {
        int[] p = pipe();
        int lt = epoll(), et = epoll(), one = epoll();
        ctl(lt, EPOLL_CTL_ADD, p[0], EPOLLIN, 10);
        ctl(et, EPOLL_CTL_ADD, p[0], EPOLLIN | EPOLLET, 20);
        ctl(one, EPOLL_CTL_ADD, p[0], EPOLLIN | EPOLLONESHOT, 30);
        assertEquals("", poll(lt, 4));
        write(p[1], "ab");
        assertEquals("1:10", poll(lt, 4));
        assertEquals("1:10", poll(lt, 4), "level-triggered: still ready");
        assertEquals("1:20", poll(et, 4));
        assertEquals("", poll(et, 4), "edge-triggered: once per edge");
        assertEquals("1:30", poll(one, 4));
        assertEquals("", poll(one, 4), "oneshot: disarmed");
        FileSyscalls.read(g.p, p[0], g.alloc(1), 1);
        assertEquals("", poll(et, 4), "a read is no edge for the read end");
        write(p[1], "c");
        assertEquals("1:20", poll(et, 4), "every write wakes the readers");
        assertEquals("", poll(one, 4));
        assertEquals(0, ctl(one, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLONESHOT, 31));
        assertEquals("1:31", poll(one, 4), "MOD rearms");
        FileSyscalls.close(g.p, p[1]);
        FileSyscalls.read(g.p, p[0], g.alloc(8), 8);
        assertEquals("10:10", poll(lt, 4), "EPOLLHUP without asking once the writer is gone");
        assertEquals("10:20", poll(et, 4), "the close is an edge");
    }

    @Test
    void aRegistrationFollowsTheOpenFileDescription() {
        int ep = epoll();
        int[] p = pipe();
        int dup = (int) FileSyscalls.dup(g.p, p[0]);
        ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 40);
        FileSyscalls.close(g.p, p[0]);
        write(p[1], "x");
        assertEquals("1:40", poll(ep, 4), "the dup keeps the description, so the item lives");
        assertEquals(-Errno.EBADF, ctl(ep, EPOLL_CTL_DEL, p[0], 0, 0));
        assertEquals(0, ctl(ep, EPOLL_CTL_ADD, dup, EPOLLIN, 41), "same description, another fd: another item");
        assertEquals("1:40 1:41", poll(ep, 4));
        FileSyscalls.close(g.p, dup);
        assertEquals("", poll(ep, 4), "the last close removes both");
        int[] q = pipe();
        assertEquals(p[0], q[0]);
        assertEquals(0, ctl(ep, EPOLL_CTL_ADD, q[0], EPOLLIN, 42), "a reused number is a new file: no EEXIST");
    }

    @Test
    void eventsBeyondMaxeventsStayPendingInReadyListOrder() {
        int ep = epoll();
        int[] a = pipe(), b = pipe(), c = pipe();
        ctl(ep, EPOLL_CTL_ADD, a[0], EPOLLIN | EPOLLET, 1);
        ctl(ep, EPOLL_CTL_ADD, b[0], EPOLLIN | EPOLLET, 2);
        ctl(ep, EPOLL_CTL_ADD, c[0], EPOLLIN, 3);
        write(a[1], "a");
        write(b[1], "b");
        write(c[1], "c");
        assertEquals("1:1 1:2", poll(ep, 2));
        assertEquals("1:3", poll(ep, 2), "the third stayed on the ready list; the edges fired");
        assertEquals("1:3", poll(ep, 2));
        write(a[1], "a");
        assertEquals("1:3 1:1", poll(ep, 2), "a new edge joins the ready list behind the level-triggered item");
    }

    @Test
    void nestedInstancesAndLoops() {
        int inner = epoll(), outer = epoll();
        int[] p = pipe();
        ctl(inner, EPOLL_CTL_ADD, p[0], EPOLLIN, 50);
        assertEquals(0, ctl(outer, EPOLL_CTL_ADD, inner, EPOLLIN, 51));
        assertEquals(-Errno.ELOOP, ctl(inner, EPOLL_CTL_ADD, outer, EPOLLIN, 52));
        assertEquals(-Errno.EINVAL, ctl(outer, EPOLL_CTL_MOD, inner, EPOLLIN | EPOLLEXCLUSIVE, 51));
        assertEquals("", poll(outer, 4));
        write(p[1], "n");
        assertEquals("1:51", poll(outer, 4));
        assertEquals("1:50", poll(inner, 4));
        int[] chain = new int[MAX_NESTS + 2];
        chain[0] = inner;
        for (int i = 1; i < chain.length; i++) {
            chain[i] = epoll();
            assertEquals(i <= MAX_NESTS ? 0 : -Errno.ELOOP, ctl(chain[i], EPOLL_CTL_ADD, chain[i - 1], EPOLLIN, i),
                    "nesting level " + i);
        }
    }

    @Test
    void socketpairReportsRdhupAndEdges() {
        long sv = g.alloc(8);
        assertEquals(0, dev.ring3.syscalls.net.NetSyscalls.socketpair(g.p, 1, 1, 0, sv));
        int s0 = g.mem.read32(sv), s1 = g.mem.read32(sv + 4);
        int ep = epoll();
        ctl(ep, EPOLL_CTL_ADD, s0, EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, 63);
        assertEquals("4:63", poll(ep, 4));
        assertEquals("", poll(ep, 4));
        write(s1, "p");
        assertEquals("5:63", poll(ep, 4));
        dev.ring3.syscalls.net.NetSyscalls.shutdown(g.p, s1, 1);
        assertEquals(Integer.toHexString(EPOLLIN | EPOLLOUT | EPOLLRDHUP) + ":63", poll(ep, 4));
    }

    @Test
    void stdioCanBeWatchedUnlessItIsAFileOrDevNull(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("in.txt"), "x");
        try (java.io.FileInputStream in = new java.io.FileInputStream(file.toFile())) {
            java.nio.channels.FileChannel ch = in.getChannel();
            int ep = epoll();
            int asFile = g.p.fds.install(new StdioFile(ch, 0, OpenFlags.O_RDONLY, file.toString()), false);
            int asNull = g.p.fds.install(new StdioFile(ch, 0, OpenFlags.O_RDONLY, "/dev/null"), false);
            int asPipe = g.p.fds.install(new StdioFile(ch, 0, OpenFlags.O_RDONLY, "pipe:[77]"), false);
            assertEquals(-Errno.EPERM, ctl(ep, EPOLL_CTL_ADD, asFile, EPOLLIN, 1), "stdin redirected from a file");
            assertEquals(-Errno.EPERM, ctl(ep, EPOLL_CTL_ADD, asNull, EPOLLIN, 2), "/dev/null has no poll");
            assertEquals(0, ctl(ep, EPOLL_CTL_ADD, asPipe, EPOLLIN, 3), "stdin on a pipe");
            assertEquals("1:3", poll(ep, 4), "the JDK cannot ask a blocking channel: reported ready, as by poll");
        }
    }

    @Test
    void eventfdCountsAndWakesEdges() {
        int ep = epoll();
        int e = (int) EpollSyscalls.eventfd2(g.p, 0, OpenFlags.O_NONBLOCK);
        long buf = g.alloc(8);
        assertEquals(-Errno.EAGAIN, call(() -> FileSyscalls.read(g.p, e, buf, 8)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.read(g.p, e, buf, 4)));
        ctl(ep, EPOLL_CTL_ADD, e, EPOLLIN | EPOLLOUT | EPOLLET, 80);
        assertEquals("4:80", poll(ep, 4));
        assertEquals("", poll(ep, 4));
        g.mem.write64(buf, 3);
        assertEquals(8, FileSyscalls.write(g.p, e, buf, 8));
        assertEquals(8, FileSyscalls.write(g.p, e, buf, 8));
        assertEquals("5:80", poll(ep, 4), "a write is an edge");
        assertEquals(8, FileSyscalls.read(g.p, e, buf, 8));
        assertEquals(6, g.mem.read64(buf), "a read takes the whole count");
        assertEquals("4:80", poll(ep, 4), "a read wakes writers");
        g.mem.write64(buf, -1L);
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.write(g.p, e, buf, 8)));
        g.mem.write64(buf, -2L);
        assertEquals(8, FileSyscalls.write(g.p, e, buf, 8));
        g.mem.write64(buf, 1);
        assertEquals(-Errno.EAGAIN, call(() -> FileSyscalls.write(g.p, e, buf, 8)), "no room below 2^64-1");
        int s = (int) EpollSyscalls.eventfd2(g.p, 2, EventFd.EFD_SEMAPHORE | OpenFlags.O_CLOEXEC);
        assertTrue(g.p.fds.closeOnExec(s));
        assertEquals(8, FileSyscalls.read(g.p, s, buf, 8));
        assertEquals(1, g.mem.read64(buf), "EFD_SEMAPHORE takes 1");
        assertEquals(-Errno.EINVAL, call(() -> EpollSyscalls.eventfd2(g.p, 0, 8)));
        assertEquals("anon_inode:[eventfd]", g.p.fds.get(s).procLink());
    }

    @Test
    @Timeout(10)
    void aBlockedWaitEndsWhenAnotherThreadWrites() throws Exception {
        int ep = epoll();
        int[] p = pipe();
        ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 70);
        long out = g.alloc(EVENT_SIZE);
        Thread writer = new Thread(() -> write(p[1], "w"));
        writer.start();
        assertEquals(1, EpollSyscalls.epollWait(g.p, ep, out, 1, -1));
        assertEquals(70, g.mem.read64(out + 4));
        writer.join();
    }
}
