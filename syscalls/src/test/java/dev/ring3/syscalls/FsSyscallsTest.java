package dev.ring3.syscalls;

import static dev.ring3.syscalls.GuestFixture.call;
import static dev.ring3.syscalls.OpenFlags.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Path syscalls; the expected errno values were checked with a C program on the x86-64 host. */
class FsSyscallsTest extends GuestFixtureTest {
    @BeforeEach
    void makeTree() throws Exception {
        Files.createDirectories(dir.resolve("d/sub"));
        Files.createDirectory(dir.resolve("e"));
        Files.writeString(dir.resolve("f"), "file");
        Files.createSymbolicLink(dir.resolve("l"), Path.of("f"));
    }

    private long s(String path) {
        return g.str(path);
    }

    @Test
    void mkdirRmdirUnlinkErrors() {
        assertEquals(-Errno.ENOTEMPTY, call(() -> FsSyscalls.unlinkat(g.p, AT_FDCWD, s("d"), AT_REMOVEDIR)));
        assertEquals(-Errno.EISDIR, call(() -> FsSyscalls.unlinkat(g.p, AT_FDCWD, s("d"), 0)));
        assertEquals(-Errno.ENOTDIR, call(() -> FsSyscalls.unlinkat(g.p, AT_FDCWD, s("f"), AT_REMOVEDIR)));
        assertEquals(-Errno.EINVAL, call(() -> FsSyscalls.unlinkat(g.p, AT_FDCWD, s("."), AT_REMOVEDIR)));
        assertEquals(-Errno.ENOTEMPTY, call(() -> FsSyscalls.unlinkat(g.p, AT_FDCWD, s("e/.."), AT_REMOVEDIR)));
        assertEquals(-Errno.ENOTDIR, call(() -> FsSyscalls.unlinkat(g.p, AT_FDCWD, s("f/"), 0)));
        assertEquals(-Errno.EINVAL, call(() -> FsSyscalls.unlinkat(g.p, AT_FDCWD, s("f"), 1)));
        assertEquals(-Errno.ENOENT, call(() -> FsSyscalls.unlinkat(g.p, AT_FDCWD, s("nope"), 0)));
        assertEquals(-Errno.EEXIST, call(() -> FsSyscalls.mkdirat(g.p, AT_FDCWD, s("d"), 0755)));
        assertEquals(-Errno.EEXIST, call(() -> FsSyscalls.mkdirat(g.p, AT_FDCWD, s("f/"), 0755)));
        assertEquals(-Errno.ENOENT, call(() -> FsSyscalls.mkdirat(g.p, AT_FDCWD, s("x/y"), 0755)));
        assertEquals(0, FsSyscalls.mkdirat(g.p, AT_FDCWD, s("new/"), 01777));
        assertTrue(Files.isDirectory(dir.resolve("new")));
        assertEquals(0, FsSyscalls.unlinkat(g.p, AT_FDCWD, s("new"), AT_REMOVEDIR));
        assertEquals(0, FsSyscalls.unlinkat(g.p, AT_FDCWD, s("l"), 0));
        assertTrue(Files.exists(dir.resolve("f")), "unlink removes the link, not its target");
    }

    @Test
    void mkdirModeUsesTheGuestUmask() throws Exception {
        g.p.umask = 027;
        FsSyscalls.mkdirat(g.p, AT_FDCWD, s("m"), 01777);
        assertEquals(01750, (Integer) Files.getAttribute(dir.resolve("m"), "unix:mode") & 07777);
    }

    @Test
    void renameFollowsLinuxRules() throws Exception {
        assertEquals(-Errno.ENOTEMPTY, call(() -> FsSyscalls.renameat2(g.p, AT_FDCWD, s("e"), AT_FDCWD, s("d"), 0)));
        assertEquals(-Errno.EISDIR, call(() -> FsSyscalls.renameat2(g.p, AT_FDCWD, s("f"), AT_FDCWD, s("d"), 0)));
        assertEquals(-Errno.ENOTDIR, call(() -> FsSyscalls.renameat2(g.p, AT_FDCWD, s("d"), AT_FDCWD, s("f"), 0)));
        assertEquals(-Errno.EINVAL, call(() -> FsSyscalls.renameat2(g.p, AT_FDCWD, s("d"), AT_FDCWD, s("d/sub/x"), 0)));
        assertEquals(-Errno.ENOENT, call(() -> FsSyscalls.renameat2(g.p, AT_FDCWD, s("zz"), AT_FDCWD, s("y"), 0)));
        Files.writeString(dir.resolve("g"), "other");
        assertEquals(-Errno.EEXIST, call(() -> FsSyscalls.renameat2(g.p, AT_FDCWD, s("g"), AT_FDCWD, s("f"),
                FsSyscalls.RENAME_NOREPLACE)));
        assertEquals(0, FsSyscalls.renameat2(g.p, AT_FDCWD, s("g"), AT_FDCWD, s("f"), 0));
        assertEquals("other", Files.readString(dir.resolve("f")));
        long d = g.open("d", O_RDONLY | O_DIRECTORY, 0);
        assertEquals(0, FsSyscalls.renameat2(g.p, AT_FDCWD, s("f"), d, s("moved"), 0));
        assertTrue(Files.exists(dir.resolve("d/moved")));
    }

    @Test
    void linksAndReadlink() throws Exception {
        long buf = g.alloc(256);
        assertEquals(1, FsSyscalls.readlinkat(g.p, AT_FDCWD, s("l"), buf, 256));
        assertEquals("f", g.string(buf, 1));
        assertEquals(-Errno.EINVAL, call(() -> FsSyscalls.readlinkat(g.p, AT_FDCWD, s("f"), buf, 256)));
        assertEquals(-Errno.EINVAL, call(() -> FsSyscalls.readlinkat(g.p, AT_FDCWD, s("l"), buf, 0)));
        assertEquals(-Errno.ENOENT, call(() -> FsSyscalls.readlinkat(g.p, AT_FDCWD, s("zz"), buf, 10)));
        assertEquals(0, FsSyscalls.symlinkat(g.p, s("../somewhere/else"), AT_FDCWD, s("s")));
        assertEquals(17, FsSyscalls.readlinkat(g.p, AT_FDCWD, s("s"), buf, 256));
        assertEquals(4, FsSyscalls.readlinkat(g.p, AT_FDCWD, s("s"), buf, 4), "truncated, no NUL");
        assertEquals(-Errno.EEXIST, call(() -> FsSyscalls.symlinkat(g.p, s("x"), AT_FDCWD, s("s"))));
        assertEquals(-Errno.ENOENT, call(() -> FsSyscalls.symlinkat(g.p, s(""), AT_FDCWD, s("t"))));
        assertEquals(0, FsSyscalls.linkat(g.p, AT_FDCWD, s("f"), AT_FDCWD, s("hard"), 0));
        assertEquals(2, (Integer) Files.getAttribute(dir.resolve("f"), "unix:nlink"));
        assertEquals(-Errno.EPERM, call(() -> FsSyscalls.linkat(g.p, AT_FDCWD, s("d"), AT_FDCWD, s("d2"), 0)));
        assertEquals(0, FsSyscalls.linkat(g.p, AT_FDCWD, s("l"), AT_FDCWD, s("hl"), 0));
        assertTrue(Files.isSymbolicLink(dir.resolve("hl")), "linkat without AT_SYMLINK_FOLLOW links the symlink");
    }

    @Test
    void procSelfLinksAnswerForTheGuest() throws Exception {
        long buf = g.alloc(4096);
        long n = FsSyscalls.readlinkat(g.p, AT_FDCWD, s("/proc/self/exe"), buf, 4096);
        assertEquals("/usr/bin/true", g.string(buf, (int) n));
        long fd = g.open("f", O_RDONLY, 0);
        n = FsSyscalls.readlinkat(g.p, AT_FDCWD, s("/proc/self/fd/" + fd), buf, 4096);
        assertEquals(dir.resolve("f").toString(), g.string(buf, (int) n));
        n = FsSyscalls.readlinkat(g.p, AT_FDCWD, s("/proc/42/cwd"), buf, 4096);
        assertEquals(dir.toString(), g.string(buf, (int) n));
        long fds = g.alloc(8);
        IoSyscalls.pipe2(g.p, fds, 0);
        n = FsSyscalls.readlinkat(g.p, AT_FDCWD, s("/proc/self/fd/" + g.mem.read32(fds)), buf, 4096);
        assertTrue(g.string(buf, (int) n).matches("pipe:\\[\\d+\\]"));
        assertEquals(-Errno.ENOENT, call(() -> FsSyscalls.readlinkat(g.p, AT_FDCWD, s("/proc/self/fd/99"), buf, 10)));
        // Opening /proc/self/fd/N reopens the file; /dev/stdout is fd 1.
        long again = g.open("/proc/self/fd/" + fd, O_RDONLY, 0);
        long rb = g.alloc(10);
        assertEquals(4, FileSyscalls.read(g.p, again, rb, 10));
        long out = g.open("/dev/stdout", O_WRONLY, 0);
        FileSyscalls.write(g.p, out, g.bytes("hi".getBytes()), 2);
        assertEquals("hi", g.stdout.toString());
    }

    @Test
    void cwdChdirFchdir() throws Exception {
        long buf = g.alloc(4096);
        long n = FsSyscalls.getcwd(g.p, buf, 4096);
        assertEquals(dir.toString().length() + 1, n);
        assertEquals(dir.toString(), g.string(buf, (int) n - 1));
        assertEquals(0, g.mem.read8(buf + n - 1));
        assertEquals(-Errno.ERANGE, call(() -> FsSyscalls.getcwd(g.p, buf, 4)));
        assertEquals(-Errno.ENOTDIR, call(() -> FsSyscalls.chdir(g.p, s("f"))));
        assertEquals(-Errno.ENOENT, call(() -> FsSyscalls.chdir(g.p, s("zz"))));
        assertEquals(0, FsSyscalls.chdir(g.p, s("d")));
        assertEquals(dir.resolve("d").toRealPath().toString(), g.p.cwd);
        assertEquals(0, FsSyscalls.chdir(g.p, s("..")));
        assertEquals(dir.toRealPath().toString(), g.p.cwd);
        Files.createSymbolicLink(dir.resolve("dl"), Path.of("d/sub"));
        FsSyscalls.chdir(g.p, s("dl"));
        assertEquals(dir.resolve("d/sub").toRealPath().toString(), g.p.cwd, "the cwd has no symlinks in it");
        long fd = g.open("/", O_RDONLY | O_DIRECTORY, 0);
        assertEquals(0, FsSyscalls.fchdir(g.p, fd));
        assertEquals("/", g.p.cwd);
        long file = g.open(dir.resolve("f").toString(), O_RDONLY, 0);
        assertEquals(-Errno.ENOTDIR, call(() -> FsSyscalls.fchdir(g.p, file)));
    }

    @Test
    void accessChecks() {
        assertEquals(0, FsSyscalls.faccessat2(g.p, AT_FDCWD, s("f"), 0, 0));
        assertEquals(0, FsSyscalls.faccessat2(g.p, AT_FDCWD, s("f"), 6, 0));
        assertEquals(-Errno.ENOENT, call(() -> FsSyscalls.faccessat2(g.p, AT_FDCWD, s("zz"), 0, 0)));
        assertEquals(-Errno.EINVAL, call(() -> FsSyscalls.faccessat2(g.p, AT_FDCWD, s("f"), 8, 0)));
        assertEquals(-Errno.EACCES, call(() -> FsSyscalls.faccessat2(g.p, AT_FDCWD, s("f"), 1, 0)),
                "no execute bit: even root gets EACCES");
    }

    @Test
    void chmodChownUtimens() throws Exception {
        assertEquals(0, FsSyscalls.fchmodat(g.p, AT_FDCWD, s("f"), 0600));
        assertEquals(0600, (Integer) Files.getAttribute(dir.resolve("f"), "unix:mode") & 07777);
        long fd = g.open("f", O_RDONLY, 0);
        assertEquals(0, FsSyscalls.fchmod(g.p, fd, 0640));
        assertEquals(0640, (Integer) Files.getAttribute(dir.resolve("f"), "unix:mode") & 07777);
        int uid = (Integer) Files.getAttribute(dir.resolve("f"), "unix:uid");
        assertEquals(0, FsSyscalls.fchownat(g.p, AT_FDCWD, s("f"), uid, -1, 0));
        assertEquals(0, FsSyscalls.fchownat(g.p, AT_FDCWD, s("l"), -1, -1, AT_SYMLINK_NOFOLLOW));
        assertEquals(-Errno.ENOENT, call(() -> FsSyscalls.fchownat(g.p, AT_FDCWD, s("zz"), 0, 0, 0)));
        long times = g.alloc(32);
        TimespecDescriptor.write(g.mem, times, 1234, 5678);
        TimespecDescriptor.write(g.mem, times + 16, 987654, 321);
        assertEquals(0, FsSyscalls.utimensat(g.p, AT_FDCWD, s("f"), times, 0));
        assertEquals(FileTime.from(java.time.Instant.ofEpochSecond(987654, 321)), Files.getLastModifiedTime(dir.resolve("f")));
        assertEquals(FileTime.from(java.time.Instant.ofEpochSecond(1234, 5678)),
                Files.getAttribute(dir.resolve("f"), "lastAccessTime"));
        TimespecDescriptor.write(g.mem, times, 0, TimespecDescriptor.UTIME_OMIT);
        TimespecDescriptor.write(g.mem, times + 16, 5, 0);
        assertEquals(0, FsSyscalls.utimensat(g.p, fd, 0, times, 0), "NULL path: the fd itself");
        assertEquals(5, Files.getLastModifiedTime(dir.resolve("f")).toInstant().getEpochSecond());
        assertEquals(1234, ((FileTime) Files.getAttribute(dir.resolve("f"), "lastAccessTime")).toInstant().getEpochSecond());
        TimespecDescriptor.write(g.mem, times, 0, 2_000_000_000L);
        assertEquals(-Errno.EINVAL, call(() -> FsSyscalls.utimensat(g.p, AT_FDCWD, s("f"), times, 0)));
        TimespecDescriptor.write(g.mem, times + 16, 0, 0);
        TimespecDescriptor.write(g.mem, times, 0, 0);
        assertEquals(0, FsSyscalls.utimensat(g.p, AT_FDCWD, s("l"), times, AT_SYMLINK_NOFOLLOW));
        assertEquals(0, ((FileTime) Files.getAttribute(dir.resolve("l"), "lastModifiedTime", LinkOption.NOFOLLOW_LINKS))
                .toMillis());
    }

    @Test
    void truncateAndStatfs() throws Exception {
        assertEquals(0, FsSyscalls.truncate(g.p, s("f"), 2));
        assertEquals("fi", Files.readString(dir.resolve("f")));
        assertEquals(0, FsSyscalls.truncate(g.p, s("f"), 100));
        assertEquals(100, Files.size(dir.resolve("f")));
        assertEquals(-Errno.EISDIR, call(() -> FsSyscalls.truncate(g.p, s("d"), 0)));
        assertEquals(-Errno.EINVAL, call(() -> FsSyscalls.truncate(g.p, s("f"), -1)));
        long buf = g.alloc(StatfsDescriptor.SIZE);
        assertEquals(0, FsSyscalls.statfs(g.p, s("."), buf));
        assertTrue(g.mem.read64(buf + 8) > 0, "f_bsize");
        assertTrue(g.mem.read64(buf + 16) > 0, "f_blocks");
        assertEquals(255, g.mem.read64(buf + 64));
        assertEquals(-Errno.ENOENT, call(() -> FsSyscalls.statfs(g.p, s("zz"), buf)));
        long fds = g.alloc(8);
        IoSyscalls.pipe2(g.p, fds, 0);
        assertEquals(0, FsSyscalls.fstatfs(g.p, g.mem.read32(fds), buf));
        assertEquals(FsMagic.PIPEFS, g.mem.read64(buf));
    }
}
