package dev.ring3.syscalls;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * A /proc file ring3 writes itself ({@link ProcFiles}): its text is generated when it is opened
 * (procfs generates it at the first read; nothing can run in between in one guest thread) and
 * read like a seq_file: SEEK_SET and SEEK_CUR only. Writes go to {@code writer} (comm) or fail
 * with EINVAL, as for procfs files that have no write operation.
 */
final class ProcTextFile extends OpenFile {
    private final byte[] text;
    private final String link;
    private final long ino;
    private final Consumer<byte[]> writer;
    private long position;

    ProcTextFile(int flags, byte[] text, String link, long ino, Consumer<byte[]> writer) {
        super(flags);
        this.text = text;
        this.link = link;
        this.ino = ino;
        this.writer = writer;
    }

    @Override
    public synchronized int read(ByteBuffer dst) {
        int n = pread(dst, position);
        position += n;
        return n;
    }

    @Override
    public int pread(ByteBuffer dst, long at) {
        if (at >= text.length) {
            return 0;
        }
        int n = (int) Math.min(dst.remaining(), text.length - at);
        dst.put(text, (int) at, n);
        return n;
    }

    @Override
    public int write(ByteBuffer src) {
        if (writer == null) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        byte[] b = new byte[src.remaining()];
        src.get(b);
        writer.accept(b);
        return b.length;
    }

    @Override
    public synchronized long seek(long offset, int whence) {
        position = Lseek.directory(position, offset, whence);
        return position;
    }

    @Override
    public FileStat stat() {
        return FileStat.synthetic(FileStat.S_IFREG | (writer != null ? 0644 : 0444), ino, 0, 0, 0);
    }

    @Override
    public String procLink() {
        return link;
    }
}
