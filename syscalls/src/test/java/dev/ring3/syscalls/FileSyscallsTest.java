package dev.ring3.syscalls;

import static dev.ring3.syscalls.GuestFixture.call;
import static dev.ring3.syscalls.OpenFlags.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** open, read, write, lseek, pread/pwrite, readv/writev, dup, fcntl: results and errno as on Linux. */
class FileSyscallsTest extends GuestFixtureTest {
    @Test
    void openWriteSeekRead() throws Exception {
        long fd = g.open("a.txt", O_CREAT | O_RDWR, 0644);
        assertEquals(3, fd, "lowest free fd after 0, 1, 2");
        assertEquals(11, write(fd, "hello world"));
        assertEquals(6, FileSyscalls.lseek(g.p, fd, 6, 0));
        assertEquals("world", read(fd, 100));
        assertEquals("", read(fd, 100), "end of file");
        assertEquals(11, FileSyscalls.lseek(g.p, fd, 0, 1));
        assertEquals(9, FileSyscalls.lseek(g.p, fd, -2, 2));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.lseek(g.p, fd, -100, 1)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.lseek(g.p, fd, 0, 7)));
        assertEquals("hello world", Files.readString(dir.resolve("a.txt")));
        assertEquals(0644, Files.getAttribute(dir.resolve("a.txt"), "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS)
                instanceof Integer m ? m & 07777 : -1);
    }

    @Test
    void createModeHonoursGuestUmask() throws Exception {
        g.p.umask = 077;
        long fd = g.open("secret", O_CREAT | O_WRONLY, 0666);
        assertTrue(fd >= 0);
        assertEquals(0600, (Integer) Files.getAttribute(dir.resolve("secret"), "unix:mode") & 07777);
        g.p.umask = 0;
        assertTrue(g.open("open", O_CREAT | O_WRONLY, 0666) >= 0);
        assertEquals(0666, (Integer) Files.getAttribute(dir.resolve("open"), "unix:mode") & 07777);
    }

    @Test
    void readOnlyCreateStillCreates() {
        assertTrue(g.open("ro", O_CREAT | O_RDONLY, 0644) >= 0);
        assertTrue(Files.exists(dir.resolve("ro")));
    }

    @Test
    void preadPwriteLeaveTheOffsetAlone() {
        long fd = g.open("p", O_CREAT | O_RDWR, 0644);
        write(fd, "0123456789");
        long buf = g.alloc(4);
        assertEquals(4, FileSyscalls.pread64(g.p, fd, buf, 4, 3));
        assertEquals("3456", g.string(buf, 4));
        assertEquals(2, FileSyscalls.pwrite64(g.p, fd, g.bytes("AB".getBytes()), 2, 8));
        assertEquals(10, FileSyscalls.lseek(g.p, fd, 0, 1));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.pread64(g.p, fd, buf, 4, -1)));
        FileSyscalls.lseek(g.p, fd, 0, 0);
        assertEquals("01234567AB", read(fd, 100));
    }

    @Test
    void appendWritesAtTheEnd() throws Exception {
        Files.writeString(dir.resolve("log"), "one\n");
        long fd = g.open("log", O_WRONLY | O_APPEND, 0);
        FileSyscalls.lseek(g.p, fd, 0, 0);
        write(fd, "two\n");
        assertEquals("one\ntwo\n", Files.readString(dir.resolve("log")));
        long rw = g.open("log", O_RDWR | O_APPEND, 0);
        assertEquals("one\n", read(rw, 4), "O_RDWR|O_APPEND reads from the start");
        write(rw, "three\n");
        assertEquals("one\ntwo\nthree\n", Files.readString(dir.resolve("log")));
        assertTrue((FileSyscalls.fcntl(g.p, rw, FileSyscalls.F_GETFL, 0) & O_APPEND) != 0);
    }

    @Test
    void setflTogglesAppend() throws Exception {
        long fd = g.open("x", O_CREAT | O_RDWR, 0644);
        write(fd, "abc");
        FileSyscalls.lseek(g.p, fd, 0, 0);
        FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_SETFL, O_APPEND | O_NONBLOCK | O_RDONLY);
        long fl = FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_GETFL, 0);
        assertEquals(O_RDWR | O_APPEND | O_NONBLOCK | O_LARGEFILE, fl, "access mode unchanged by F_SETFL");
        write(fd, "d");
        assertEquals("abcd", Files.readString(dir.resolve("x")));
    }

    @Test
    void exclusiveAndTruncate() throws Exception {
        Files.writeString(dir.resolve("e"), "content");
        assertEquals(-Errno.EEXIST, g.open("e", O_CREAT | O_EXCL | O_WRONLY, 0644));
        long fd = g.open("e", O_WRONLY | O_TRUNC, 0);
        assertTrue(fd >= 0);
        assertEquals(0, Files.size(dir.resolve("e")));
    }

    @Test
    void openErrorsMatchLinux() throws Exception {
        Files.createDirectory(dir.resolve("d"));
        Files.writeString(dir.resolve("f"), "x");
        Files.createSymbolicLink(dir.resolve("l"), Path.of("f"));
        assertEquals(-Errno.ENOENT, g.open("missing", O_RDONLY, 0));
        assertEquals(-Errno.EISDIR, g.open("d", O_WRONLY, 0));
        assertEquals(-Errno.EISDIR, g.open("d", O_RDONLY | O_TRUNC, 0));
        assertEquals(-Errno.EISDIR, g.open("d", O_RDONLY | O_CREAT, 0644));
        assertEquals(-Errno.ENOTDIR, g.open("f/x", O_RDONLY, 0));
        assertEquals(-Errno.ENOTDIR, g.open("f/", O_RDONLY, 0));
        assertEquals(-Errno.EISDIR, g.open("new/", O_RDONLY | O_CREAT, 0644));
        assertEquals(-Errno.ELOOP, g.open("l", O_RDONLY | O_NOFOLLOW, 0));
        assertEquals(-Errno.EEXIST, g.open("l", O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW, 0644));
        assertEquals(-Errno.ENOTDIR, g.open("f", O_RDONLY | O_DIRECTORY, 0));
        assertEquals(-Errno.ENOENT, g.open("zz", O_RDONLY | O_DIRECTORY, 0));
        assertEquals(-Errno.ENOENT, g.open("", O_RDONLY, 0));
        assertEquals(-Errno.EOPNOTSUPP, g.open(".", O_TMPFILE | O_RDWR, 0600));
        assertEquals(-Errno.EFAULT, call(() -> FileSyscalls.openat(g.p, AT_FDCWD, GuestFixture.BAD, 0, 0)));
        assertEquals(-Errno.EBADF, call(() -> FileSyscalls.openat(g.p, 77, g.str("x"), 0, 0)));
        assertTrue(call(() -> FileSyscalls.openat(g.p, 77, g.str("/"), 0, 0)) >= 0, "absolute paths ignore dirfd");
        long f = g.open("f", O_RDONLY, 0);
        assertEquals(-Errno.ENOTDIR, call(() -> FileSyscalls.openat(g.p, f, g.str("x"), 0, 0)));
    }

    @Test
    void openatRelativeToDirectoryFd() throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/inner"), "in");
        long d = g.open("sub", O_RDONLY | O_DIRECTORY, 0);
        long fd = call(() -> FileSyscalls.openat(g.p, d, g.str("inner"), O_RDONLY, 0));
        assertEquals("in", read(fd, 10));
        long path = g.open("sub", O_PATH, 0);
        long fd2 = call(() -> FileSyscalls.openat(g.p, path, g.str("inner"), O_RDONLY, 0));
        assertTrue(fd2 >= 0, "an O_PATH fd works as a dirfd");
        assertEquals(-Errno.EBADF, call(() -> FileSyscalls.read(g.p, path, g.alloc(4), 4)));
    }

    @Test
    void readAndWriteNeedTheRightAccessMode() throws Exception {
        Files.writeString(dir.resolve("f"), "data");
        long ro = g.open("f", O_RDONLY, 0);
        long wo = g.open("f", O_WRONLY, 0);
        assertEquals(-Errno.EBADF, write(ro, "x"));
        assertEquals(-Errno.EBADF, call(() -> FileSyscalls.read(g.p, wo, g.alloc(4), 4)));
        assertEquals(-Errno.EBADF, call(() -> FileSyscalls.read(g.p, 99, g.alloc(4), 4)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.ftruncate(g.p, ro, 0)));
        long d = g.open(".", O_RDONLY, 0);
        assertEquals(-Errno.EISDIR, call(() -> FileSyscalls.read(g.p, d, g.alloc(4), 4)));
    }

    @Test
    void badBufferIsEfaultAndConsumesNothing() throws Exception {
        Files.writeString(dir.resolve("f"), "hello");
        long fd = g.open("f", O_RDONLY, 0);
        assertEquals(-Errno.EFAULT, call(() -> FileSyscalls.read(g.p, fd, 0, 10)));
        assertEquals(-Errno.EFAULT, call(() -> FileSyscalls.read(g.p, fd, GuestFixture.BAD, 10)));
        assertEquals(0, FileSyscalls.lseek(g.p, fd, 0, 1), "nothing was consumed");
        long wfd = g.open("g", O_CREAT | O_WRONLY, 0644);
        assertEquals(-Errno.EFAULT, call(() -> FileSyscalls.write(g.p, wfd, GuestFixture.BAD, 10)));
        // A buffer that runs off the end of the mapping: the readable part is written.
        long end = GuestFixture.BASE + GuestFixture.SIZE - 3;
        g.mem.write(end, "xyz".getBytes(), 0, 3);
        assertEquals(3, call(() -> FileSyscalls.write(g.p, wfd, end, 3)));
        assertEquals(-Errno.EFAULT, call(() -> FileSyscalls.write(g.p, wfd, end, 100)), "one chunk: nothing written");
    }

    @Test
    void largeTransfersCrossChunks() throws Exception {
        byte[] data = new byte[200_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        long fd = g.open("big", O_CREAT | O_RDWR, 0644);
        long src = g.bytes(data);
        assertEquals(data.length, FileSyscalls.write(g.p, fd, src, data.length));
        FileSyscalls.lseek(g.p, fd, 0, 0);
        long dst = g.alloc(data.length + 100);
        assertEquals(data.length, FileSyscalls.read(g.p, fd, dst, data.length + 100));
        assertArrayEquals(data, g.read(dst, data.length));
        assertArrayEquals(data, Files.readAllBytes(dir.resolve("big")));
    }

    @Test
    void writevAndReadvCrossIovecs() throws Exception {
        long fd = g.open("v", O_CREAT | O_RDWR, 0644);
        long iov = g.alloc(3 * 16);
        String[] parts = {"alpha-", "", "beta"};
        for (int i = 0; i < parts.length; i++) {
            byte[] b = parts[i].getBytes();
            g.mem.write64(iov + 16L * i, b.length == 0 ? 0 : g.bytes(b));
            g.mem.write64(iov + 16L * i + 8, b.length);
        }
        assertEquals(10, FileSyscalls.writev(g.p, fd, iov, 3, -1));
        assertEquals("alpha-beta", Files.readString(dir.resolve("v")));
        FileSyscalls.lseek(g.p, fd, 0, 0);
        long rio = g.alloc(3 * 16);
        long b1 = g.alloc(3);
        long b2 = g.alloc(4);
        long b3 = g.alloc(10);
        long[][] segs = {{b1, 3}, {b2, 4}, {b3, 10}};
        for (int i = 0; i < 3; i++) {
            g.mem.write64(rio + 16L * i, segs[i][0]);
            g.mem.write64(rio + 16L * i + 8, segs[i][1]);
        }
        assertEquals(10, FileSyscalls.readv(g.p, fd, rio, 3, -1));
        assertEquals("alp", g.string(b1, 3));
        assertEquals("ha-b", g.string(b2, 4));
        assertEquals("eta", g.string(b3, 3));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.readv(g.p, fd, rio, 1025, -1)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.readv(g.p, fd, rio, -1, -1)));
        assertEquals(-Errno.EFAULT, call(() -> FileSyscalls.readv(g.p, fd, GuestFixture.BAD, 2, -1)));
        assertEquals(4, FileSyscalls.readv(g.p, fd, rio, 1, 7) + 1, "preadv at 7 reads 3 bytes");
    }

    @Test
    void dupSharesTheOffsetAndDup2ClosesTheTarget() throws Exception {
        Files.writeString(dir.resolve("f"), "abcdef");
        long fd = g.open("f", O_RDONLY, 0);
        long d = FileSyscalls.dup(g.p, fd);
        assertEquals(fd + 1, d);
        assertEquals("ab", read(fd, 2));
        assertEquals("cd", read(d, 2), "dup shares the file offset");
        assertEquals(1, FileSyscalls.dup2(g.p, fd, 1));
        assertEquals("ef", read(1, 2), "fd 1 now reads the file");
        assertEquals(d, FileSyscalls.dup2(g.p, d, d));
        assertEquals(-Errno.EBADF, call(() -> FileSyscalls.dup2(g.p, 99, 5)));
        assertEquals(-Errno.EBADF, call(() -> FileSyscalls.dup2(g.p, 99, 99)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.dup3(g.p, 1, 1, 0)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.dup3(g.p, fd, 7, O_NONBLOCK)));
        assertEquals(7, FileSyscalls.dup3(g.p, fd, 7, O_CLOEXEC));
        assertEquals(FileSyscalls.FD_CLOEXEC, FileSyscalls.fcntl(g.p, 7, FileSyscalls.F_GETFD, 0));
        assertEquals(0, FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_GETFD, 0));
        FileSyscalls.close(g.p, fd);
        assertEquals(-Errno.EBADF, call(() -> FileSyscalls.close(g.p, fd)));
        assertEquals(fd, FileSyscalls.dup(g.p, d), "the lowest free fd is reused");
    }

    @Test
    void fcntlDupfdAndFlags() {
        long fd = g.open("f", O_CREAT | O_RDWR, 0644);
        assertEquals(10, FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_DUPFD, 10));
        assertEquals(11, FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_DUPFD_CLOEXEC, 10));
        assertEquals(1, FileSyscalls.fcntl(g.p, 11, FileSyscalls.F_GETFD, 0));
        FileSyscalls.fcntl(g.p, 11, FileSyscalls.F_SETFD, 0);
        assertEquals(0, FileSyscalls.fcntl(g.p, 11, FileSyscalls.F_GETFD, 0));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_DUPFD, -1)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_DUPFD, 1024)));
        assertEquals(-Errno.EBADF, call(() -> FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_GETPIPE_SZ, 0)));
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.fcntl(g.p, fd, 999, 0)));
        assertEquals(O_RDWR | O_LARGEFILE, FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_GETFL, 0));
        long lock = g.alloc(32);
        g.mem.write16(lock, (short) FileSyscalls.F_WRLCK);
        assertEquals(0, FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_SETLK, lock));
        assertEquals(0, FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_GETLK, lock));
        assertEquals(FileSyscalls.F_UNLCK, g.mem.read16(lock));
        g.mem.write16(lock, (short) 9);
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.fcntl(g.p, fd, FileSyscalls.F_SETLK, lock)));
    }

    @Test
    void tooManyFilesIsEmfile() {
        g.p.fds.setLimit(6);
        long fd = g.open("f", O_CREAT | O_RDWR, 0644);
        FileSyscalls.dup(g.p, fd);
        FileSyscalls.dup(g.p, fd);
        assertEquals(-Errno.EMFILE, call(() -> FileSyscalls.dup(g.p, fd)));
        assertEquals(-Errno.EMFILE, g.open("f", O_RDONLY, 0));
        assertEquals(-Errno.EBADF, call(() -> FileSyscalls.dup2(g.p, fd, 6)));
    }

    @Test
    void ftruncateGrowsAndShrinksKeepingTheOffset() throws Exception {
        long fd = g.open("t", O_CREAT | O_RDWR, 0644);
        write(fd, "0123456789");
        assertEquals(0, FileSyscalls.ftruncate(g.p, fd, 4));
        assertEquals(4, Files.size(dir.resolve("t")));
        assertEquals(10, FileSyscalls.lseek(g.p, fd, 0, 1), "ftruncate leaves the offset");
        assertEquals(0, FileSyscalls.ftruncate(g.p, fd, 8192));
        assertEquals(8192, Files.size(dir.resolve("t")));
        byte[] content = Files.readAllBytes(dir.resolve("t"));
        assertEquals('3', content[3]);
        assertEquals(0, content[5000]);
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.ftruncate(g.p, fd, -1)));
        assertEquals(0, FileSyscalls.fsync(g.p, fd, true));
        assertEquals(0, FileSyscalls.fsync(g.p, fd, false));
    }

    @Test
    void closeRangeAndCloexec() {
        long fd = g.open("f", O_CREAT | O_RDWR, 0644);
        FileSyscalls.dup(g.p, fd);
        FileSyscalls.dup(g.p, fd);
        assertEquals(-Errno.EINVAL, call(() -> FileSyscalls.closeRange(g.p, 5, 3, 0)));
        assertEquals(0, FileSyscalls.closeRange(g.p, 4, 5, 4));
        assertEquals(1, FileSyscalls.fcntl(g.p, 4, FileSyscalls.F_GETFD, 0));
        g.p.fds.closeOnExecAll();
        assertNull(g.p.fds.get(4));
        assertNotNull(g.p.fds.get(3));
        assertEquals(0, FileSyscalls.closeRange(g.p, 3, -1, 0));
        assertNull(g.p.fds.get(3));
    }

    @Test
    void sendfileAndCopyFileRange() throws Exception {
        Files.writeString(dir.resolve("src"), "0123456789");
        long in = g.open("src", O_RDONLY, 0);
        long out = g.open("dst", O_CREAT | O_WRONLY, 0644);
        long off = g.alloc(8);
        g.mem.write64(off, 2);
        assertEquals(5, CopySyscalls.sendfile(g.p, out, in, off, 5));
        assertEquals(7, g.mem.read64(off));
        assertEquals(0, FileSyscalls.lseek(g.p, in, 0, 1), "with an offset pointer the file offset stays");
        assertEquals("23456", Files.readString(dir.resolve("dst")));
        assertEquals(10, CopySyscalls.sendfile(g.p, 1, in, 0, 100));
        assertEquals("0123456789", g.stdout.toString());
        long rdwr = g.open("dst", O_RDWR, 0);
        assertEquals(3, CopySyscalls.copyFileRange(g.p, in, off, rdwr, 0, 3, 0));
        assertEquals("789", Files.readString(dir.resolve("dst")).substring(0, 3));
    }
}
