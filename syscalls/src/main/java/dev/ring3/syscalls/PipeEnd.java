package dev.ring3.syscalls;

import java.nio.ByteBuffer;

/** One end of a {@link PipeBuffer}, as pipe(2) and pipe2(2) return them. */
public final class PipeEnd extends OpenFile {
    private final PipeBuffer pipe;
    private final boolean readEnd;
    private final int uid;
    private final int gid;

    /** {@code flags}: O_NONBLOCK and the like; the access mode follows from the end. */
    public PipeEnd(PipeBuffer pipe, boolean readEnd, int flags, int uid, int gid) {
        super((flags & ~OpenFlags.O_ACCMODE) | (readEnd ? OpenFlags.O_RDONLY : OpenFlags.O_WRONLY));
        this.pipe = pipe;
        this.readEnd = readEnd;
        this.uid = uid;
        this.gid = gid;
    }

    /** A new pipe: element 0 is the read end, 1 the write end. */
    public static PipeEnd[] create(int flags, int uid, int gid) {
        PipeBuffer p = new PipeBuffer(PIPE_INO_BASE + (System.identityHashCode(new Object()) & 0xffffff));
        return new PipeEnd[] {new PipeEnd(p, true, flags, uid, gid), new PipeEnd(p, false, flags, uid, gid)};
    }

    /** pipefs inode numbers look like this on a live system; any unique number does. */
    private static final long PIPE_INO_BASE = 0x1000000;

    public PipeBuffer buffer() {
        return pipe;
    }

    public boolean isReadEnd() {
        return readEnd;
    }

    @Override
    public int read(ByteBuffer dst) {
        return pipe.read(dst, nonBlocking());
    }

    @Override
    public int write(ByteBuffer src) {
        return pipe.write(src, nonBlocking());
    }

    @Override
    public FileStat stat() {
        return FileStat.synthetic(FileStat.S_IFIFO | 0600, pipe.ino, 0, uid, gid);
    }

    @Override
    public int poll(int events) {
        return pipe.poll(readEnd, events);
    }

    @Override
    public boolean pollable() {
        return true;
    }

    @Override
    public long readinessGeneration(int events) {
        return pipe.wakeups(readEnd);
    }

    @Override
    public long available() {
        return pipe.available();
    }

    @Override
    public String procLink() {
        return "pipe:[" + pipe.ino + "]";
    }

    @Override
    protected void closeHost() {
        pipe.closeEnd(readEnd);
    }
}
