package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.channels.FileChannel;

/** lseek(2)'s arithmetic for the open files: over a host FileChannel, and over a directory's position. */
final class Lseek {
    static final int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2, SEEK_DATA = 3, SEEK_HOLE = 4;

    private Lseek() {}

    /**
     * Moves {@code ch} as lseek(2) would and returns the new offset; {@code size} is the file's
     * size (0 for devices). SEEK_DATA and SEEK_HOLE see a file without holes: the JDK cannot see
     * them, so all of it is data with one hole at the end (as lseek(2) allows).
     */
    static long channel(FileChannel ch, long offset, int whence, long size) {
        try {
            long target;
            switch (whence) {
                case SEEK_SET: target = offset; break;
                case SEEK_CUR: target = ch.position() + offset; break;
                case SEEK_END: target = size + offset; break;
                case SEEK_DATA:
                case SEEK_HOLE:
                    if (offset < 0) {
                        throw ErrnoException.of(Errno.EINVAL);
                    }
                    if (offset >= size) {
                        throw ErrnoException.of(Errno.ENXIO);
                    }
                    target = whence == SEEK_DATA ? offset : size;
                    break;
                default: throw ErrnoException.of(Errno.EINVAL);
            }
            if (target < 0) {
                throw ErrnoException.of(Errno.EINVAL);
            }
            ch.position(target);
            return target;
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    /**
     * The new position of a directory read at {@code position}: SEEK_SET and SEEK_CUR only (a
     * directory has no end to seek from: EINVAL, as for ring3's getdents64 cookies).
     */
    static long directory(long position, long offset, int whence) {
        long target;
        switch (whence) {
            case SEEK_SET: target = offset; break;
            case SEEK_CUR: target = position + offset; break;
            default: throw ErrnoException.of(Errno.EINVAL);
        }
        if (target < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return target;
    }
}
