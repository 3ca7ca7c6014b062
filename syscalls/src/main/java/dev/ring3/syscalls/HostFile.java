package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A file opened by path through a host {@link FileChannel}: regular files, and devices or FIFOs that
 * the host lets the JDK open. The channel holds the offset. O_APPEND is emulated by seeking to the
 * end before each write (the JDK refuses READ with APPEND), so it is atomic among guest fds that
 * share this description but not against other host processes (docs/quirks.md).
 */
public final class HostFile extends OpenFile {
    private final FileChannel ch;
    private final Path path;
    private final FileStat opened;

    /** {@code opened}: the stat taken at open time, to recognise the file if its path changes. */
    public HostFile(FileChannel ch, Path path, int flags, FileStat opened) {
        super(flags);
        this.ch = ch;
        this.path = path;
        this.opened = opened;
    }

    @Override
    public synchronized int read(ByteBuffer dst) {
        try {
            int n = ch.read(dst);
            return Math.max(n, 0);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public synchronized int write(ByteBuffer src) {
        try {
            if (append()) {
                ch.position(ch.size());
            }
            int total = 0;
            while (src.hasRemaining()) {
                total += ch.write(src);
            }
            return total;
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public int pread(ByteBuffer dst, long position) {
        try {
            int n = ch.read(dst, position);
            return Math.max(n, 0);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public int pwrite(ByteBuffer src, long position) {
        try {
            // Linux quirk (pwrite(2) BUGS): with O_APPEND, pwrite appends whatever the offset says.
            long at = append() ? ch.size() : position;
            int total = 0;
            while (src.hasRemaining()) {
                total += ch.write(src, at + total);
            }
            return total;
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public synchronized long seek(long offset, int whence) {
        try {
            return Lseek.channel(ch, offset, whence, opened.isRegular() ? ch.size() : 0);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public FileStat stat() {
        long size;
        try {
            size = opened.isRegular() ? ch.size() : opened.size();
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return opened.refreshed(path, true, size);
    }

    @Override
    public synchronized void truncate(long length) {
        if (!opened.isRegular() || !writable()) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        try {
            setLength(ch, length);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    /** ftruncate(2) semantics on a channel: shrinks or grows (with a hole), keeping the offset. */
    static void setLength(FileChannel ch, long length) throws IOException {
        long pos = ch.position();
        long size = ch.size();
        if (length < size) {
            ch.truncate(length);
        } else if (length > size) {
            // FileChannel.truncate never grows a file; one zero byte at the new end does, sparsely.
            ch.write(ByteBuffer.allocate(1), length - 1);
        }
        ch.position(pos); // ftruncate leaves the offset alone; FileChannel.truncate clamps it
    }

    @Override
    public boolean isRegularFile() {
        return opened.isRegular();
    }

    @Override
    public void sync(boolean metadata) {
        try {
            ch.force(metadata);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public synchronized long available() {
        if (!opened.isRegular()) {
            throw ErrnoException.of(Errno.ENOTTY);
        }
        try {
            return Math.max(0, ch.size() - ch.position());
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public boolean isTerminal() {
        return Terminals.isTerminal(opened);
    }

    @Override
    public Path hostPath() {
        return path;
    }

    @Override
    public String procLink() {
        try {
            FileStat now = FileStat.of(path, true);
            if (now.ino() == opened.ino() && now.dev() == opened.dev()) {
                return path.toString();
            }
        } catch (ErrnoException e) {
            // gone
        }
        return path + " (deleted)";
    }

    @Override
    protected void closeHost() {
        try {
            ch.close();
        } catch (IOException e) {
            // close errors are not reported after the last reference goes
        }
    }
}
