package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errno names and texts, and the mapping of the JDK's exceptions back to errno. */
class ErrnoTest {
    @TempDir Path dir;

    @Test
    void namesAndMessagesAreGlibcs() {
        assertEquals(2, Errno.ENOENT);
        assertEquals("ENOENT", Errno.name(2));
        assertEquals("ENOENT", Errno.name(-2));
        assertEquals("No such file or directory", Errno.message(Errno.ENOENT));
        assertEquals("Too many levels of symbolic links", Errno.message(Errno.ELOOP));
        assertEquals(39, Errno.ENOTEMPTY);
        assertEquals(95, Errno.EOPNOTSUPP);
        assertEquals("E41", Errno.name(41), "41 is unassigned on Linux");
    }

    @Test
    void jdkExceptionsMapBack() {
        assertEquals(Errno.ENOENT, HostErrno.of(new NoSuchFileException("x")));
        assertEquals(Errno.EACCES, HostErrno.of(new AccessDeniedException("x")));
        assertEquals(Errno.ENOTDIR, HostErrno.of(new FileSystemException("a", null, "Not a directory")));
        assertEquals(Errno.EXDEV, HostErrno.of(new FileSystemException("a", "b", "Invalid cross-device link")));
        assertEquals(Errno.ELOOP, HostErrno.of(new FileSystemException("a", null,
                "Too many levels of symbolic links or unable to access attributes of symbolic link")));
        assertEquals(Errno.ESPIPE, HostErrno.of(new IOException("Illegal seek")));
        assertEquals(Errno.EIO, HostErrno.of(new IOException("something unheard of")));
        assertEquals(Errno.EBADF, HostErrno.of(new java.nio.channels.ClosedChannelException()));
    }

    @Test
    void realHostFailuresMapToTheirErrno() throws Exception {
        Files.writeString(dir.resolve("f"), "x");
        Files.createSymbolicLink(dir.resolve("l"), Path.of("f"));
        assertEquals(Errno.ENOTDIR, errnoOf(() -> FileChannel.open(dir.resolve("f/x"))));
        assertEquals(Errno.EISDIR, errnoOf(() -> FileChannel.open(dir, StandardOpenOption.WRITE)));
        assertEquals(Errno.ELOOP, errnoOf(() -> FileChannel.open(dir.resolve("l"), LinkOption.NOFOLLOW_LINKS)));
        assertEquals(Errno.ENAMETOOLONG, errnoOf(() -> FileChannel.open(dir.resolve("n".repeat(300)))));
    }

    private interface Opening {
        java.io.Closeable run() throws IOException;
    }

    private static int errnoOf(Opening o) {
        try {
            o.run().close();
            return 0;
        } catch (IOException e) {
            return HostErrno.of(e);
        }
    }

    @Test
    void exceptionsCarryNoStackAndAreShared() {
        ErrnoException e = ErrnoException.of(-Errno.EBADF);
        assertSame(e, ErrnoException.of(Errno.EBADF));
        assertEquals(0, e.getStackTrace().length);
        assertEquals("EBADF (Bad file descriptor)", e.getMessage());
    }

    @Test
    void everyRowRegistersWithoutClashes() {
        SyscallTable t = SyscallTable.build(java.util.List.of(FileSyscalls::register, FsSyscalls::register,
                IoSyscalls::register));
        for (String name : new String[] {"read", "openat", "getdents64", "statx", "readlinkat", "ppoll", "pipe2"}) {
            boolean found = false;
            for (int i = 0; i < SyscallTable.SIZE; i++) {
                if (t.get(i) != null && t.get(i).name().equals(name)) {
                    found = true;
                    assertEquals(name, SyscallNames.name(i), "row number matches the Linux name");
                }
            }
            assertTrue(found, name);
        }
        assertNotNull(SyscallTable.get().get(0), "the default table has the file groups");
    }
}
