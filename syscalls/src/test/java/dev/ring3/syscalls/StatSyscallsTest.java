package dev.ring3.syscalls;

import static dev.ring3.syscalls.GuestFixture.call;
import static dev.ring3.syscalls.OpenFlags.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** stat, lstat, fstat, newfstatat, statx and getdents64 against what the JDK reads from the host. */
class StatSyscallsTest extends GuestFixtureTest {
    @Test
    void statMatchesTheHost() throws Exception {
        Path f = dir.resolve("f");
        Files.write(f, new byte[5000]);
        Files.setLastModifiedTime(f, FileTime.from(java.time.Instant.ofEpochSecond(1_000_000, 123_456_789)));
        long buf = g.alloc(StatDescriptor.SIZE);
        assertEquals(0, StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str("f"), buf, 0));
        Map<String, Object> a = Files.readAttributes(f, "unix:*");
        assertEquals((Long) a.get("dev"), g.mem.read64(buf));
        assertEquals((Long) a.get("ino"), g.mem.read64(buf + 8));
        assertEquals(1, g.mem.read64(buf + 16));
        assertEquals((Integer) a.get("mode"), g.mem.read32(buf + 24));
        assertEquals(FileStat.S_IFREG, g.mem.read32(buf + 24) & FileStat.S_IFMT);
        assertEquals((Integer) a.get("uid"), g.mem.read32(buf + 28));
        assertEquals(5000, g.mem.read64(buf + 48));
        assertEquals(4096, g.mem.read64(buf + 56));
        assertEquals(16, g.mem.read64(buf + 64), "5000 bytes: two 4 KiB blocks = 16 sectors");
        assertEquals(1_000_000, g.mem.read64(buf + 88));
        assertEquals(123_456_789, g.mem.read64(buf + 96));
    }

    @Test
    void lstatSeesTheLinkStatFollowsIt() throws Exception {
        Files.writeString(dir.resolve("target"), "12345");
        Files.createSymbolicLink(dir.resolve("link"), Path.of("target"));
        long buf = g.alloc(StatDescriptor.SIZE);
        StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str("link"), buf, AT_SYMLINK_NOFOLLOW);
        assertEquals(FileStat.S_IFLNK, g.mem.read32(buf + 24) & FileStat.S_IFMT);
        assertEquals(6, g.mem.read64(buf + 48), "a symlink's size is its target's length");
        StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str("link"), buf, 0);
        assertEquals(FileStat.S_IFREG, g.mem.read32(buf + 24) & FileStat.S_IFMT);
        assertEquals(5, g.mem.read64(buf + 48));
    }

    @Test
    void statErrors() throws Exception {
        Files.writeString(dir.resolve("f"), "x");
        long buf = g.alloc(StatDescriptor.SIZE);
        assertEquals(-Errno.ENOENT, call(() -> StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str("nope"), buf, 0)));
        assertEquals(-Errno.ENOTDIR, call(() -> StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str("f/"), buf, 0)));
        assertEquals(-Errno.ENOTDIR, call(() -> StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str("f/x"), buf, 0)));
        assertEquals(-Errno.ENOENT, call(() -> StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str(""), buf, 0)));
        assertEquals(-Errno.EINVAL, call(() -> StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str("f"), buf, 0x8000)));
        assertEquals(-Errno.EFAULT, call(() -> StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str("f"), GuestFixture.BAD, 0)));
        assertEquals(-Errno.EBADF, call(() -> StatSyscalls.fstat(g.p, 55, buf)));
    }

    @Test
    void fstatAndEmptyPath() throws Exception {
        Files.writeString(dir.resolve("f"), "abc");
        long fd = g.open("f", O_RDWR, 0);
        long buf = g.alloc(StatDescriptor.SIZE);
        assertEquals(0, StatSyscalls.fstat(g.p, fd, buf));
        assertEquals(3, g.mem.read64(buf + 48));
        FileSyscalls.write(g.p, fd, g.bytes("defg".getBytes()), 4);
        StatSyscalls.newfstatat(g.p, fd, g.str(""), buf, AT_EMPTY_PATH);
        assertEquals(4, g.mem.read64(buf + 48));
        Files.delete(dir.resolve("f"));
        StatSyscalls.fstat(g.p, fd, buf);
        assertEquals(0, g.mem.read64(buf + 16), "an unlinked open file has no links");
        assertEquals(4, g.mem.read64(buf + 48));
    }

    @Test
    void statxFillsTheBasicStats() throws Exception {
        Files.writeString(dir.resolve("f"), "hello");
        long buf = g.alloc(StatxDescriptor.SIZE);
        assertEquals(0, StatSyscalls.statx(g.p, AT_FDCWD, g.str("f"), 0, 0xfff, buf));
        assertEquals(StatxDescriptor.STATX_BASIC_STATS, g.mem.read32(buf));
        assertEquals(FileStat.S_IFREG, g.mem.read16(buf + 28) & FileStat.S_IFMT);
        assertEquals((Long) Files.getAttribute(dir.resolve("f"), "unix:ino"), g.mem.read64(buf + 32));
        assertEquals(5, g.mem.read64(buf + 40));
        long dev = (Long) Files.getAttribute(dir.resolve("f"), "unix:dev");
        assertEquals(FileStat.major(dev), g.mem.read32(buf + 136));
        assertEquals(FileStat.minor(dev), g.mem.read32(buf + 140));
        assertEquals(-Errno.EINVAL, call(() -> StatSyscalls.statx(g.p, AT_FDCWD, g.str("f"), 0, 0x80000000L, buf)));
        assertEquals(-Errno.EINVAL, call(() -> StatSyscalls.statx(g.p, AT_FDCWD, g.str("f"), 0x6000, 0, buf)));
        long fd = g.open("f", O_RDONLY, 0);
        assertEquals(0, StatSyscalls.statx(g.p, fd, 0, AT_EMPTY_PATH, 0x7ff, buf));
        assertEquals(5, g.mem.read64(buf + 40));
    }

    /** Reads a whole directory with getdents64 through a buffer of {@code size} bytes. */
    private Map<String, long[]> list(long fd, int size) {
        Map<String, long[]> out = new HashMap<>();
        long buf = g.alloc(size);
        long lastOff = -1;
        while (true) {
            long n = StatSyscalls.getdents64(g.p, fd, buf, size);
            if (n == 0) {
                return out;
            }
            for (long p = buf; p < buf + n; ) {
                long ino = g.mem.read64(p);
                long off = g.mem.read64(p + 8);
                int reclen = g.mem.read16(p + 16) & 0xffff;
                int type = g.mem.read8(p + 18);
                byte[] name = g.mem.readCString(p + 19, 256);
                assertEquals(0, reclen % 8);
                assertTrue(off > lastOff, "d_off cookies increase");
                lastOff = off;
                assertNull(out.put(new String(name, StandardCharsets.UTF_8), new long[] {ino, type, off}));
                p += reclen;
            }
        }
    }

    @Test
    void getdents64ListsEverythingWithDotsAndTypes() throws Exception {
        Files.createDirectory(dir.resolve("d"));
        Set<String> expected = new TreeSet<>(Set.of(".", ".."));
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve("d/file-with-a-long-name-" + i), "x");
            expected.add("file-with-a-long-name-" + i);
        }
        Files.createDirectory(dir.resolve("d/sub"));
        Files.createSymbolicLink(dir.resolve("d/ln"), Path.of("sub"));
        expected.add("sub");
        expected.add("ln");
        long fd = g.open("d", O_RDONLY | O_DIRECTORY, 0);
        Map<String, long[]> small = list(fd, 100); // forces many calls, resuming each time
        assertEquals(expected, new TreeSet<>(small.keySet()));
        assertEquals(4, small.get("sub")[1]);
        assertEquals(10, small.get("ln")[1]);
        assertEquals(8, small.get("file-with-a-long-name-3")[1]);
        assertEquals(4, small.get(".")[1]);
        assertEquals((Long) Files.getAttribute(dir.resolve("d"), "unix:ino"), small.get(".")[0]);
        assertEquals((Long) Files.getAttribute(dir, "unix:ino"), small.get("..")[0]);
        assertEquals((Long) Files.getAttribute(dir.resolve("d/sub"), "unix:ino", LinkOption.NOFOLLOW_LINKS),
                small.get("sub")[0]);
        // lseek back to a cookie resumes after that entry; to 0 rewinds.
        long cookie = small.get("sub")[2];
        assertEquals(0, FileSyscalls.lseek(g.p, fd, 0, 0));
        Map<String, long[]> again = list(fd, 4096);
        assertEquals(expected, new TreeSet<>(again.keySet()));
        FileSyscalls.lseek(g.p, fd, cookie, 0);
        Map<String, long[]> rest = list(fd, 4096);
        assertFalse(rest.containsKey("sub"));
        assertEquals(expected.size(), rest.size() + (int) cookie);
    }

    @Test
    void getdents64Errors() throws Exception {
        Files.writeString(dir.resolve("f"), "x");
        long file = g.open("f", O_RDONLY, 0);
        long d = g.open(".", O_RDONLY | O_DIRECTORY, 0);
        assertEquals(-Errno.ENOTDIR, call(() -> StatSyscalls.getdents64(g.p, file, g.alloc(256), 256)));
        assertEquals(-Errno.EINVAL, call(() -> StatSyscalls.getdents64(g.p, d, g.alloc(256), 10)));
        assertEquals(-Errno.EFAULT, call(() -> StatSyscalls.getdents64(g.p, d, GuestFixture.BAD, 256)));
        assertEquals(-Errno.EBADF, call(() -> StatSyscalls.getdents64(g.p, 77, g.alloc(256), 256)));
    }

    @Test
    void procSelfFdListsTheGuestsFds() {
        long fd = g.open("/proc/self/fd", O_RDONLY | O_DIRECTORY, 0);
        Map<String, long[]> names = list(fd, 4096);
        assertEquals(new TreeSet<>(Set.of(".", "..", "0", "1", "2", Long.toString(fd))), new TreeSet<>(names.keySet()));
        assertEquals(10, names.get("1")[1], "fd entries are symlinks");
        long buf = g.alloc(StatDescriptor.SIZE);
        StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str("/proc/self/fd/1"), buf, AT_SYMLINK_NOFOLLOW);
        assertEquals(FileStat.S_IFLNK | 0300, g.mem.read32(buf + 24));
        StatSyscalls.newfstatat(g.p, AT_FDCWD, g.str("/dev/fd/1"), buf, 0);
        assertEquals(FileStat.S_IFIFO, g.mem.read32(buf + 24) & FileStat.S_IFMT, "following it reaches the pipe");
    }
}
