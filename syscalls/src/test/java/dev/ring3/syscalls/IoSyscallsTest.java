package dev.ring3.syscalls;

import static dev.ring3.syscalls.GuestFixture.call;
import static dev.ring3.syscalls.OpenFlags.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.FileOutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** pipes, poll/select, ioctl, and the stdio fds of FdTable.standard. */
class IoSyscallsTest extends GuestFixtureTest {
    private int[] pipe(int flags) {
        long fds = g.alloc(8);
        assertEquals(0, IoSyscalls.pipe2(g.p, fds, flags));
        return new int[] {g.mem.read32(fds), g.mem.read32(fds + 4)};
    }

    @Test
    void pipeCarriesDataThenEof() {
        int[] p = pipe(0);
        assertArrayEquals(new int[] {3, 4}, p);
        assertEquals(5, write(p[1], "hello"));
        long buf = g.alloc(16);
        long n = g.alloc(4);
        assertEquals(0, IoSyscalls.ioctl(g.p, p[0], IoSyscalls.FIONREAD, n));
        assertEquals(5, g.mem.read32(n));
        assertEquals(3, FileSyscalls.read(g.p, p[0], buf, 3));
        assertEquals("hel", g.string(buf, 3));
        FileSyscalls.close(g.p, p[1]);
        assertEquals(2, FileSyscalls.read(g.p, p[0], buf, 16));
        assertEquals(0, FileSyscalls.read(g.p, p[0], buf, 16), "no writer left: end of file");
    }

    @Test
    void pipeFlagsAndErrors() {
        int[] p = pipe(O_NONBLOCK | O_CLOEXEC);
        assertEquals(O_RDONLY | O_NONBLOCK, FileSyscalls.fcntl(g.p, p[0], FileSyscalls.F_GETFL, 0));
        assertEquals(O_WRONLY | O_NONBLOCK, FileSyscalls.fcntl(g.p, p[1], FileSyscalls.F_GETFL, 0));
        assertEquals(1, FileSyscalls.fcntl(g.p, p[0], FileSyscalls.F_GETFD, 0));
        assertEquals(65536, FileSyscalls.fcntl(g.p, p[0], FileSyscalls.F_GETPIPE_SZ, 0));
        assertEquals(-Errno.EAGAIN, call(() -> FileSyscalls.read(g.p, p[0], g.alloc(4), 4)));
        assertEquals(-Errno.ESPIPE, call(() -> FileSyscalls.lseek(g.p, p[0], 0, 1)));
        assertEquals(-Errno.ESPIPE, call(() -> FileSyscalls.pread64(g.p, p[0], g.alloc(4), 4, 0)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.pread64(g.p, p[0], g.alloc(4), 4, -1)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.fsync(g.p, p[1], true)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.ftruncate(g.p, p[1], 0)));
        assertEquals(-Errno.ESPIPE, call(() -> FileSyscalls.fadvise64(g.p, p[0], 0, 0, 0)));
        assertEquals(-Errno.EBADF, write(p[0], "x"));
        assertEquals(-Errno.EINVAL, call(() -> IoSyscalls.pipe2(g.p, g.alloc(8), O_APPEND)));
        assertEquals(-Errno.EFAULT, call(() -> IoSyscalls.pipe2(g.p, GuestFixture.BAD, 0)));
        assertNull(g.p.fds.get(5), "the fds of a failed pipe2 are closed again");
        long buf = g.alloc(StatDescriptor.SIZE);
        StatSyscalls.fstat(g.p, p[0], buf);
        assertEquals(FileStat.S_IFIFO | 0600, g.mem.read32(buf + 24));
        assertEquals(4096, g.mem.read64(buf + 56));
    }

    @Test
    void nonBlockingWriteFillsThePipeThenEagain() {
        int[] p = pipe(O_NONBLOCK);
        FileSyscalls.fcntl(g.p, p[1], FileSyscalls.F_SETPIPE_SZ, 4096);
        assertEquals(4096, FileSyscalls.fcntl(g.p, p[1], FileSyscalls.F_GETPIPE_SZ, 0));
        byte[] big = new byte[10_000];
        long src = g.bytes(big);
        assertEquals(4096, FileSyscalls.write(g.p, p[1], src, big.length), "partial write");
        assertEquals(-Errno.EAGAIN, call(() -> FileSyscalls.write(g.p, p[1], src, 1)));
    }

    @Test
    void writeWithoutReaderIsEpipe() {
        int[] p = pipe(0);
        FileSyscalls.close(g.p, p[0]);
        assertEquals(-Errno.EPIPE, write(p[1], "x"));
        long fds = g.alloc(8);
        g.mem.write32(fds, p[1]);
        g.mem.write16(fds + 4, (short) PollEvents.POLLOUT);
        assertEquals(1, PollSyscalls.poll(g.p, fds, 1, 0));
        assertEquals(PollEvents.POLLOUT | PollEvents.POLLERR, g.mem.read16(fds + 6));
    }

    @Test
    @Timeout(10)
    void blockedReaderWakesWhenAnotherThreadWrites() throws Exception {
        int[] p = pipe(0);
        long buf = g.alloc(64);
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            write(p[1], "late");
        });
        writer.start();
        assertEquals(4, FileSyscalls.read(g.p, p[0], buf, 64));
        assertEquals("late", g.string(buf, 4));
        writer.join();
    }

    @Test
    @Timeout(10)
    void bigBlockingWriteCompletesAsTheReaderDrains() throws Exception {
        int[] p = pipe(0);
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        long src = g.bytes(data);
        long[] result = new long[1];
        Thread writer = new Thread(() -> result[0] = FileSyscalls.write(g.p, p[1], src, data.length));
        writer.start();
        byte[] got = new byte[data.length];
        int have = 0;
        long buf = g.alloc(70_000);
        while (have < data.length) {
            int n = (int) FileSyscalls.read(g.p, p[0], buf, 70_000);
            assertTrue(n > 0);
            g.mem.read(buf, got, have, n);
            have += n;
        }
        writer.join();
        assertEquals(data.length, result[0]);
        assertArrayEquals(data, got);
    }

    @Test
    void pollAndSelectReportReadiness() throws Exception {
        int[] p = pipe(0);
        Files.writeString(dir.resolve("f"), "x");
        long file = g.open("f", O_RDONLY, 0);
        long fds = g.alloc(32);
        int[][] entries = {{p[0], PollEvents.POLLIN}, {99, PollEvents.POLLIN}, {-1, PollEvents.POLLIN}, {(int) file, PollEvents.POLLIN}};
        for (int i = 0; i < entries.length; i++) {
            g.mem.write32(fds + 8L * i, entries[i][0]);
            g.mem.write16(fds + 8L * i + 4, (short) entries[i][1]);
        }
        assertEquals(2, PollSyscalls.poll(g.p, fds, 4, 0));
        assertEquals(0, g.mem.read16(fds + 6), "empty pipe is not readable");
        assertEquals(PollEvents.POLLNVAL, g.mem.read16(fds + 14));
        assertEquals(0, g.mem.read16(fds + 22));
        assertEquals(PollEvents.POLLIN, g.mem.read16(fds + 30));
        long start = System.nanoTime();
        assertEquals(0, PollSyscalls.poll(g.p, fds, 1, 50_000_000L));
        assertTrue(System.nanoTime() - start >= 45_000_000L, "the timeout was waited out");
        write(p[1], "data");
        assertEquals(1, PollSyscalls.poll(g.p, fds, 1, -1));
        assertEquals(PollEvents.POLLIN, g.mem.read16(fds + 6));
        // select: the pipe's read end readable, its write end writable.
        long rset = g.alloc(8);
        long wset = g.alloc(8);
        g.mem.write64(rset, 1L << p[0]);
        g.mem.write64(wset, 1L << p[1]);
        long tv = g.alloc(16);
        TimespecDescriptor.write(g.mem, tv, 1, 0);
        assertEquals(2, PollSyscalls.select(g.p, 10, rset, wset, 0, tv, false));
        assertEquals(1L << p[0], g.mem.read64(rset));
        assertEquals(1L << p[1], g.mem.read64(wset));
        g.mem.write64(rset, 1L << 9);
        assertEquals(-Errno.EBADF, call(() -> PollSyscalls.select(g.p, 10, rset, 0, 0, tv, false)));
        assertEquals(-Errno.EINVAL, call(() -> PollSyscalls.select(g.p, -1, 0, 0, 0, 0, false)));
        FileSyscalls.close(g.p, p[1]);
        g.mem.write16(fds + 4, (short) PollEvents.POLLIN);
        FileSyscalls.read(g.p, p[0], g.alloc(8), 8);
        assertEquals(1, PollSyscalls.poll(g.p, fds, 1, 0));
        assertEquals(PollEvents.POLLHUP, g.mem.read16(fds + 6), "no writer: POLLHUP");
    }

    @Test
    void ioctlOnNonTerminals() throws Exception {
        Files.writeString(dir.resolve("f"), "hello");
        long fd = g.open("f", O_RDONLY, 0);
        long buf = g.alloc(64);
        assertEquals(-Errno.ENOTTY, call(() -> IoSyscalls.ioctl(g.p, fd, IoSyscalls.TCGETS, buf)));
        assertEquals(-Errno.ENOTTY, call(() -> IoSyscalls.ioctl(g.p, fd, IoSyscalls.TIOCGWINSZ, buf)));
        assertEquals(-Errno.ENOTTY, call(() -> IoSyscalls.ioctl(g.p, fd, 0x1234, 0)));
        assertEquals(-Errno.ENOTTY, call(() -> IoSyscalls.ioctl(g.p, 1, IoSyscalls.TCGETS, buf)), "in-memory stdout is no tty");
        FileSyscalls.read(g.p, fd, buf, 2);
        assertEquals(0, IoSyscalls.ioctl(g.p, fd, IoSyscalls.FIONREAD, buf));
        assertEquals(3, g.mem.read32(buf));
        long d = g.open(".", O_RDONLY, 0);
        assertEquals(-Errno.ENOTTY, call(() -> IoSyscalls.ioctl(g.p, d, IoSyscalls.FIONREAD, buf)));
        g.mem.write32(buf, 1);
        assertEquals(0, IoSyscalls.ioctl(g.p, fd, IoSyscalls.FIONBIO, buf));
        assertTrue((FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_GETFL, 0) & O_NONBLOCK) != 0);
        assertEquals(0, IoSyscalls.ioctl(g.p, fd, IoSyscalls.FIOCLEX, 0));
        assertEquals(1, FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_GETFD, 0));
        assertEquals(-Errno.EBADF, call(() -> IoSyscalls.ioctl(g.p, 88, IoSyscalls.TCGETS, buf)));
    }

    @Test
    void terminalIoctls() throws Exception {
        if (!Files.exists(Path.of("/dev/tty")) || !Files.isReadable(Path.of("/dev/tty"))) {
            return;
        }
        FileStat st = FileStat.of(Path.of("/dev/tty"), true);
        assertTrue(Terminals.isTerminal(st));
        long buf = g.alloc(64);
        // A HostFile on /dev/tty cannot be opened without a controlling terminal; test the logic
        // through a terminal-like stub instead.
        OpenFile tty = new OpenFile(O_RDWR) {
            @Override public FileStat stat() { return st; }
            @Override public String procLink() { return "/dev/tty"; }
            @Override public boolean isTerminal() { return true; }
        };
        int fd = g.p.fds.install(tty, false);
        assertEquals(0, IoSyscalls.ioctl(g.p, fd, IoSyscalls.TCGETS, buf));
        assertEquals(0x8a3b, g.mem.read32(buf + 12), "c_lflag of a sane terminal");
        g.mem.write32(buf + 12, 0);
        assertEquals(0, IoSyscalls.ioctl(g.p, fd, IoSyscalls.TCSETS, buf));
        long back = g.alloc(64);
        IoSyscalls.ioctl(g.p, fd, IoSyscalls.TCGETS, back);
        assertEquals(0, g.mem.read32(back + 12), "raw mode is remembered");
        assertEquals(0, IoSyscalls.ioctl(g.p, fd, IoSyscalls.TIOCGWINSZ, buf));
        assertTrue(g.mem.read16(buf) > 0 && g.mem.read16(buf + 2) > 0);
        assertEquals(0, IoSyscalls.ioctl(g.p, fd, IoSyscalls.TIOCGPGRP, buf));
        assertEquals(42, g.mem.read32(buf));
    }

    @Test
    void inMemoryStdioBehavesLikeAPipe() {
        long buf = g.alloc(StatDescriptor.SIZE);
        StatSyscalls.fstat(g.p, 1, buf);
        assertEquals(FileStat.S_IFIFO, g.mem.read32(buf + 24) & FileStat.S_IFMT);
        assertEquals(-Errno.ESPIPE, call(() -> FileSyscalls.lseek(g.p, 1, 0, 1)));
        assertEquals(O_WRONLY, FileSyscalls.fcntl(g.p, 1, FileSyscalls.F_GETFL, 0));
        write(1, "out ");
        write(2, "err");
        write(1, "more");
        assertEquals("out more", g.stdout.toString());
        assertEquals("err", g.stderr.toString());
        assertEquals(0, FileSyscalls.read(g.p, 0, g.alloc(10), 10), "empty stdin: end of file");
    }

    @Test
    void hostStdioRedirectedToAFileIsSeekableAndReportsTheFile() throws Exception {
        Path out = dir.resolve("redirected");
        try (FileOutputStream os = new FileOutputStream(out.toFile())) {
            int fd = g.p.fds.install(new StdioFile(os.getChannel(), 1, O_WRONLY, out.toString()), false);
            write(fd, "hello world");
            long buf = g.alloc(StatDescriptor.SIZE);
            StatSyscalls.fstat(g.p, fd, buf);
            assertEquals(FileStat.S_IFREG, g.mem.read32(buf + 24) & FileStat.S_IFMT);
            assertEquals(11, g.mem.read64(buf + 48));
            assertEquals(6, FileSyscalls.lseek(g.p, fd, 6, 0));
            write(fd, "WORLD");
            assertEquals("hello WORLD", Files.readString(out));
            assertEquals(-Errno.ENOTTY, call(() -> IoSyscalls.ioctl(g.p, fd, IoSyscalls.TCGETS, buf)));
            long lb = g.alloc(256);
            long n = FsSyscalls.readlinkat(g.p, AT_FDCWD, g.str("/proc/self/fd/" + fd), lb, 256);
            assertEquals(out.toString(), g.string(lb, (int) n));
        }
    }

    @Test
    void hostStdioOnAPipeIsAFifo() throws Exception {
        Path tmp = dir.resolve("ch");
        Files.writeString(tmp, "");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            StdioFile f = new StdioFile(ch, 1, O_WRONLY, "pipe:[4242]");
            assertEquals(FileStat.S_IFIFO, f.stat().mode() & FileStat.S_IFMT);
            assertEquals(4242, f.stat().ino());
            assertFalse(f.isTerminal());
            assertEquals(-Errno.ESPIPE, call(() -> f.seek(0, 1)));
            assertEquals("pipe:[4242]", f.procLink());
        }
    }

    @Test
    void theJvmsOwnStdoutIsClassifiedLikeTheHostSaysIt() throws Exception {
        String link = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
        StdioFile f = new StdioFile(new FileOutputStream(java.io.FileDescriptor.out).getChannel(), 1, O_WRONLY);
        int type = f.stat().mode() & FileStat.S_IFMT;
        if (link.startsWith("pipe:")) {
            assertEquals(FileStat.S_IFIFO, type);
        } else if (link.startsWith("/")) {
            assertEquals(FileStat.of(Path.of(link), true).mode() & FileStat.S_IFMT, type);
        }
        FdTable t = FdTable.standard(new java.io.FileInputStream(java.io.FileDescriptor.in).getChannel(),
                new FileOutputStream(java.io.FileDescriptor.out).getChannel(), Pipe.open().sink());
        assertTrue(t.get(0) instanceof StdioFile);
        assertTrue(t.get(1) instanceof StdioFile);
        assertTrue(t.get(2) instanceof ChannelFile);
    }
}
