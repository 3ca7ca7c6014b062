package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A process-shared futex: a word of a MAP_SHARED mapping, named as the kernel names it (the
 * mapped object and the offset in it), so that every process mapping the same memory meets at it.
 * A file is its device and inode (two processes that open and map it apart, as sem_open does, meet
 * too); shared anonymous memory, which forked processes share as one object, is that object.
 *
 * <p>ring3's shared mappings are copies synchronised at system calls (docs/quirks.md): a futex
 * call has already written the caller's stores to the object, so the word's current value is the
 * object's, which {@link #read} takes (under the queue's lock) for FUTEX_WAIT's comparison.
 */
final class SharedFutexKey {
    private SharedFutexKey() {}

    /** A file by device and inode. */
    record FileId(long dev, long ino) {}

    /** The key of the shared word at {@code uaddr}, or null for private memory. */
    static SharedFileMappings.Location locate(Task k, long uaddr) {
        LinuxProcess p = k.process;
        if (p.table == null || !p.sharedFiles.active()) {
            return null;
        }
        return p.sharedFiles.locate(uaddr);
    }

    static Object key(OpenFile file) {
        if (file instanceof SharedAnonymousMemory) {
            return file;
        }
        try {
            FileStat st = file.stat();
            return new FileId(st.dev(), st.ino());
        } catch (ErrnoException e) {
            return file;
        }
    }

    /** The word's value in the shared object (the guest's own copy if the object is shorter). */
    static int read(SharedFileMappings.Location at, AddressSpace mem, long uaddr) {
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (at.file().pread(b, at.position()) == 4) {
                return b.getInt(0);
            }
        } catch (ErrnoException e) {
            // fall back to the guest's copy
        }
        return mem.read32(uaddr);
    }
}
