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
 * <p>Shared memory mapped as the object's own bytes ({@code AddressSpace.mapShared}) is keyed by
 * that object. A mapping kept as a copy synchronised at system calls (files; anything where the
 * host's mmap is not at hand: docs/quirks.md) has written the caller's stores to the object when
 * the futex call runs, so the word's current value is the object's, which {@link Word#read}
 * takes (under the queue's lock) for FUTEX_WAIT's comparison.
 */
final class SharedFutexKey {
    private SharedFutexKey() {}

    /**
     * A shared futex word: its key and position, and for a copy kept in step with its object, the
     * object's file and position to read the word from ({@code file} null when the mapping holds
     * the object's own bytes).
     */
    record Word(Object key, long position, SharedFileMappings.Location file) {
        /** The word's value in the shared object (the guest's own copy if the object is shorter). */
        int read(AddressSpace mem, long uaddr) {
            if (file != null) {
                ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                try {
                    if (file.file().pread(b, file.position()) == 4) {
                        return b.getInt(0);
                    }
                } catch (ErrnoException e) {
                    // fall back to the guest's copy
                }
            }
            return mem.read32(uaddr);
        }
    }

    /** The shared word at {@code uaddr}, or null for private memory. */
    static Word locate(Task k, long uaddr) {
        LinuxProcess p = k.process;
        if (p.table == null) {
            return null;
        }
        AddressSpace.SharedLocation direct = p.mem.sharedAt(uaddr);
        if (direct != null) {
            return new Word(direct.obj().identity(), direct.obj().identityOffset() + direct.offset(), null);
        }
        if (!p.sharedFiles.active()) {
            return null;
        }
        SharedFileMappings.Location at = p.sharedFiles.locate(uaddr);
        return at == null ? null : new Word(key(at.file()), at.position(), at);
    }

    private static Object key(OpenFile file) {
        if (file instanceof SharedAnonymousMemory) {
            return ((SharedAnonymousMemory) file).memory();
        }
        return FileId.of(file);
    }
}
