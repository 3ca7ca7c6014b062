package dev.ring3.syscalls;

import java.nio.ByteBuffer;

/**
 * The memory object behind a MAP_SHARED|MAP_ANONYMOUS mapping (the kernel's "/dev/zero (deleted)"
 * shmem file): a host byte array that every process holding the mapping after fork synchronises
 * with through {@link SharedFileMappings}, so stores become visible to the others at their next
 * system call (docs/quirks.md: coherence at system-call granularity, not per store).
 */
final class SharedAnonymousMemory extends OpenFile {
    private final byte[] bytes;
    private final long ino;

    SharedAnonymousMemory(int size, long ino) {
        super(OpenFlags.O_RDWR);
        this.bytes = new byte[size];
        this.ino = ino;
    }

    @Override
    public synchronized int pread(ByteBuffer dst, long position) {
        if (position >= bytes.length) {
            return 0;
        }
        int n = (int) Math.min(dst.remaining(), bytes.length - position);
        dst.put(bytes, (int) position, n);
        return n;
    }

    @Override
    public synchronized int pwrite(ByteBuffer src, long position) {
        if (position >= bytes.length) {
            return 0;
        }
        int n = (int) Math.min(src.remaining(), bytes.length - position);
        src.get(bytes, (int) position, n);
        return n;
    }

    @Override
    public FileStat stat() {
        return FileStat.synthetic(FileStat.S_IFREG | 0600, ino, bytes.length, 0, 0);
    }

    @Override
    public String procLink() {
        return "/dev/zero (deleted)";
    }
}
