package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Recovers the Linux errno behind a JDK I/O exception. The JDK's UnixException turns ENOENT, EEXIST
 * and EACCES into typed exceptions and every other errno into a FileSystemException (or a plain
 * IOException) whose text is the host's strerror, sometimes with words appended (ELOOP gets
 * "... or unable to access attributes of symbolic link"), so the text is matched by prefix.
 */
public final class HostErrno {
    private HostErrno() {}

    /** The errno for {@code e}; EIO when nothing better is known. */
    public static int of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Errno.ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return Errno.EEXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Errno.ENOTEMPTY;
        }
        if (e instanceof AccessDeniedException) {
            return Errno.EACCES;
        }
        if (e instanceof NotDirectoryException) {
            return Errno.ENOTDIR;
        }
        if (e instanceof NotLinkException) {
            return Errno.EINVAL;
        }
        if (e instanceof AtomicMoveNotSupportedException) {
            return Errno.EXDEV;
        }
        if (e instanceof FileSystemLoopException) {
            return Errno.ELOOP;
        }
        if (e instanceof ClosedChannelException) {
            return Errno.EBADF;
        }
        int errno = 0;
        if (e instanceof FileSystemException) {
            errno = fromMessage(((FileSystemException) e).getReason());
        }
        if (errno == 0) {
            errno = fromMessage(e.getMessage());
        }
        return errno != 0 ? errno : Errno.EIO;
    }

    /** The exception to throw for {@code e}. */
    public static ErrnoException exception(IOException e) {
        return ErrnoException.of(of(e));
    }

    /**
     * The errno whose strerror text starts {@code text} (longest match wins), or 0. A
     * FileSystemException's message is "file: reason", so the text after the last ": " is tried too.
     */
    static int fromMessage(String text) {
        if (text == null) {
            return 0;
        }
        int e = startsWith(text);
        if (e == 0) {
            int colon = text.lastIndexOf(": ");
            if (colon >= 0) {
                e = startsWith(text.substring(colon + 2));
            }
        }
        return e;
    }

    private static int startsWith(String text) {
        int best = 0;
        int bestLength = 0;
        for (int e = 1; e <= 133; e++) {
            String m = Errno.message(e);
            if (m.length() > bestLength && text.startsWith(m)) {
                best = e;
                bestLength = m.length();
            }
        }
        return best;
    }
}
