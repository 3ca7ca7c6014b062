package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An anonymous in-memory file of memfd_create(2), backed by a private host temp file that is
 * removed when the last fd closes (kept until then so that exec of /proc/self/fd/N can open it).
 * It shows as "/memfd:NAME (deleted)" in /proc/self/fd, as on Linux.
 */
public final class MemfdFile extends OpenFile {
    private final HostFile file;
    private final Path path;
    private final String name;

    MemfdFile(HostFile file, Path path, String name) {
        super(OpenFlags.O_RDWR | OpenFlags.O_LARGEFILE);
        this.file = file;
        this.path = path;
        this.name = name;
    }

    /** The name given to memfd_create. */
    public String name() {
        return name;
    }

    @Override
    public int read(ByteBuffer dst) {
        return file.read(dst);
    }

    @Override
    public int write(ByteBuffer src) {
        return file.write(src);
    }

    @Override
    public int pread(ByteBuffer dst, long position) {
        return file.pread(dst, position);
    }

    @Override
    public int pwrite(ByteBuffer src, long position) {
        return file.pwrite(src, position);
    }

    @Override
    public long seek(long offset, int whence) {
        return file.seek(offset, whence);
    }

    @Override
    public FileStat stat() {
        FileStat s = file.stat();
        return s.withSizeAndLinks(s.size(), 0);
    }

    @Override
    public void truncate(long length) {
        file.truncate(length);
    }

    @Override
    public void sync(boolean metadata) {
        file.sync(metadata);
    }

    @Override
    public boolean isRegularFile() {
        return true;
    }

    @Override
    public long available() {
        return file.available();
    }

    @Override
    public Path hostPath() {
        return path;
    }

    @Override
    public String procLink() {
        return "/memfd:" + name + " (deleted)";
    }

    @Override
    protected void closeHost() {
        file.release();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover temp file is removed at JVM exit (deleteOnExit)
        }
    }
}
