package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.SharedHostMemory;
import java.nio.ByteBuffer;

/**
 * The memory object behind a MAP_SHARED|MAP_ANONYMOUS mapping or a System V shm segment (the
 * kernel's "/dev/zero (deleted)" or "SYSV" shmem file): a {@link SharedHostMemory}. Where the
 * address space can map it ({@link AddressSpace#canMapShared}) every mapping holds its very bytes,
 * so processes see each other's stores at once; otherwise each mapping is a copy synchronised
 * with it through {@link SharedFileMappings} at system calls (docs/quirks.md).
 */
final class SharedAnonymousMemory extends OpenFile {
    private final SharedHostMemory memory;
    private final long size;
    private final long ino;

    SharedAnonymousMemory(long size, long ino, String name) {
        super(OpenFlags.O_RDWR);
        this.memory = hostMemory(size, name, null, 0);
        this.size = size;
        this.ino = ino;
    }

    /** A new shared object; ENOMEM where the host refuses one (no memfd or address space left). */
    static SharedHostMemory hostMemory(long size, String name, Object identity, long identityOffset) {
        try {
            return SharedHostMemory.create(size, name, identity, identityOffset);
        } catch (OutOfMemoryError e) {
            throw ErrnoException.of(Errno.ENOMEM);
        }
    }

    /** The object's memory (its size rounded up to pages). */
    SharedHostMemory memory() {
        return memory;
    }

    /**
     * Maps [at, at+len) of {@code p} onto the object's bytes from 0 with {@code prot}: directly
     * where the address space can, else as a copy that {@link SharedFileMappings} keeps in step.
     */
    void map(LinuxProcess p, long at, long len, int prot, String name) {
        AddressSpace m = p.mem;
        if (m.canMapShared()) {
            m.mapShared(at, len, prot, name, memory, 0);
            return;
        }
        m.map(at, len, prot, name);
        byte[] bytes = new byte[(int) Math.min(len, size)];
        memory.read(0, bytes, 0, bytes.length);
        m.poke(at, bytes, 0, bytes.length);
        p.sharedFiles.add(m, at, len, this, 0);
    }

    @Override
    public int pread(ByteBuffer dst, long position) {
        if (position >= size) {
            return 0;
        }
        int n = (int) Math.min(dst.remaining(), size - position);
        byte[] b = new byte[n];
        memory.read(position, b, 0, n);
        dst.put(b);
        return n;
    }

    @Override
    public int pwrite(ByteBuffer src, long position) {
        if (position >= size) {
            return 0;
        }
        int n = (int) Math.min(src.remaining(), size - position);
        byte[] b = new byte[n];
        src.get(b);
        memory.write(position, b, 0, n);
        return n;
    }

    @Override
    public FileStat stat() {
        return FileStat.synthetic(FileStat.S_IFREG | 0600, ino, size, 0, 0);
    }

    @Override
    public String procLink() {
        return "/dev/zero (deleted)";
    }

    @Override
    protected void closeHost() {
        memory.release();
    }
}
