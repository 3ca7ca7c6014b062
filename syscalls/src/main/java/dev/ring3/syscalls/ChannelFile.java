package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A guest fd on a Java channel that is not a host file (in-memory channels of tests and embedders).
 * It behaves like one end of a pipe: S_IFIFO, ESPIPE on lseek, not a terminal, always ready for
 * poll. The channel belongs to whoever supplied it and is not closed by the guest's close.
 */
public final class ChannelFile extends OpenFile {
    private final ReadableByteChannel in;
    private final WritableByteChannel out;
    private final long ino;

    /** One of {@code in}, {@code out} may be null; {@code flags} gives the access mode. */
    public ChannelFile(ReadableByteChannel in, WritableByteChannel out, int flags) {
        super(flags);
        this.in = in;
        this.out = out;
        this.ino = System.identityHashCode(this) & 0xffffffL;
    }

    @Override
    public int read(ByteBuffer dst) {
        if (in == null) {
            throw ErrnoException.of(Errno.EBADF);
        }
        try {
            return Math.max(in.read(dst), 0);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public int write(ByteBuffer src) {
        if (out == null) {
            throw ErrnoException.of(Errno.EBADF);
        }
        try {
            int total = 0;
            while (src.hasRemaining()) {
                total += out.write(src);
            }
            return total;
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    @Override
    public FileStat stat() {
        return FileStat.synthetic(FileStat.S_IFIFO | 0600, ino, 0, 0, 0);
    }

    @Override
    public long available() {
        return 0;
    }

    @Override
    public String procLink() {
        return "pipe:[" + ino + "]";
    }
}
