package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A process's MAP_SHARED mappings that need work at system calls. Where the address space maps
 * shared objects directly ({@code AddressSpace.canMapShared}), these are its file mappings, whose
 * objects ({@link SharedFileObjects}) are exchanged with their files around each system call.
 * Where it cannot (a flat window without the host's mmap: docs/quirks.md), every shared mapping
 * is a copy plus a snapshot of what was last synchronised: before each system call, bytes the
 * guest changed are written to the file (or shared anonymous memory object); after it, bytes the
 * file changed (write(2), ftruncate, another process's stores) are copied in. A single-threaded
 * guest cannot tell the difference, because it can only observe the file through system calls.
 * Costs O(mapping size) per system call while such mappings exist.
 */
final class SharedFileMappings {
    private static final class Mapping {
        long addr;
        final long size;
        final OpenFile file;
        final long offset;
        final byte[] snapshot;

        Mapping(long addr, long size, OpenFile file, long offset, byte[] snapshot) {
            this.addr = addr;
            this.size = size;
            this.file = file;
            this.offset = offset;
            this.snapshot = snapshot;
        }
    }

    private final List<Mapping> mappings = new ArrayList<>();

    /** A shared file mapping that holds its object's own bytes ({@link SharedFileObjects}). */
    private record ObjectMapping(long addr, long size, SharedFileObjects.FileObject object) {}

    private final List<ObjectMapping> objects = new ArrayList<>();

    boolean active() { // unsynchronised: a stale answer only delays coherence to the next call
        return !mappings.isEmpty() || !objects.isEmpty();
    }

    /** Records a shared mapping of [addr, addr+size) that maps {@code o}'s memory (one user of it, handed over). */
    synchronized void addObject(long addr, long size, SharedFileObjects.FileObject o) {
        objects.add(new ObjectMapping(addr, size, o));
    }

    /** Records a shared mapping whose guest bytes at [addr, addr+size) were just filled from the file. */
    synchronized void add(AddressSpace mem, long addr, long size, OpenFile file, long offset) {
        if (size > Integer.MAX_VALUE) {
            return; // beyond what a snapshot can hold: stays a private copy (docs/quirks.md)
        }
        byte[] snap = new byte[(int) size];
        mem.peek(addr, snap, 0, snap.length);
        mappings.add(new Mapping(addr, size, file.retain(), offset, snap));
    }

    /** The file and position a shared mapping holds at {@code addr}. */
    record Location(OpenFile file, long position) {}

    /** Where {@code addr} lies in a MAP_SHARED mapping, or null. */
    synchronized Location locate(long addr) {
        for (Mapping m : mappings) {
            if (addr >= m.addr && addr - m.addr < m.size) {
                return new Location(m.file, m.offset + (addr - m.addr));
            }
        }
        return null;
    }

    /** Whether {@code addr} lies in a MAP_SHARED mapping (maps shows it as 's'). */
    synchronized boolean covers(long addr) {
        for (Mapping m : mappings) {
            if (addr >= m.addr && addr - m.addr < m.size) {
                return true;
            }
        }
        return false;
    }

    /** Writes the guest's changes to the files (before a system call, at munmap and at exit). */
    synchronized void flush(AddressSpace mem) {
        for (ObjectMapping o : objects) {
            o.object().flush();
        }
        for (int k = 0; k < mappings.size(); k++) {
            Mapping m = mappings.get(k);
            byte[] now = new byte[m.snapshot.length];
            try {
                mem.peek(m.addr, now, 0, now.length);
            } catch (GuestFault f) {
                m.file.release();
                mappings.remove(k--); // mapped over by something else
                continue;
            }
            long fileSize = SharedFileObjects.fileSize(m.file);
            SharedFileObjects.changedRuns(now, m.snapshot, now.length,
                    (i, j) -> SharedFileObjects.writeOut(m.file, m.offset, fileSize, now, i, j));
        }
    }

    /** Copies changes the file underwent into the mappings (after a system call). */
    synchronized void refresh(AddressSpace mem) {
        for (ObjectMapping o : objects) {
            o.object().refresh();
        }
        for (Mapping m : mappings) {
            byte[] cur = new byte[m.snapshot.length];
            int n;
            try {
                n = Math.max(0, m.file.pread(ByteBuffer.wrap(cur), m.offset));
            } catch (ErrnoException e) {
                continue;
            }
            SharedFileObjects.changedRuns(cur, m.snapshot, n, (i, j) -> {
                try {
                    mem.poke(m.addr + i, cur, i, j - i);
                    return true;
                } catch (GuestFault f) {
                    return false;
                }
            });
        }
    }

    /** Flushes and forgets the mappings overlapping [addr, addr+size) (munmap). */
    synchronized void unmap(AddressSpace mem, long addr, long size) {
        // An object mapping goes when all of it is unmapped; until then its object stays in step.
        objects.removeIf(o -> {
            boolean gone = o.addr() >= addr && o.addr() + o.size() <= addr + size;
            if (gone) {
                SharedFileObjects.release(o.object());
            }
            return gone;
        });
        if (mappings.isEmpty()) {
            return;
        }
        flush(mem);
        mappings.removeIf(m -> {
            boolean overlaps = m.addr < addr + size && addr < m.addr + m.size;
            if (overlaps) {
                m.file.release();
            }
            return overlaps;
        });
    }

    /**
     * fork: the child's copy of each mapping stays shared with the same file (or shared anonymous
     * memory object), from the snapshot as last synchronised.
     */
    synchronized void copyInto(SharedFileMappings child, AddressSpace childMem) {
        for (Mapping m : mappings) {
            child.mappings.add(new Mapping(m.addr, m.size, m.file.retain(), m.offset, m.snapshot.clone()));
        }
        for (ObjectMapping o : objects) {
            child.objects.add(new ObjectMapping(o.addr(), o.size(), SharedFileObjects.share(o.object())));
        }
    }

    /** execve and exit: writes the guest's last changes and forgets every mapping. */
    synchronized void clear(AddressSpace mem) {
        for (ObjectMapping o : objects) {
            SharedFileObjects.release(o.object());
        }
        objects.clear();
        if (mappings.isEmpty()) {
            return;
        }
        try {
            flush(mem);
        } catch (RuntimeException e) {
            // The memory is going away anyway; what could not be written is lost, as with a crash.
        }
        for (Mapping m : mappings) {
            m.file.release();
        }
        mappings.clear();
    }
}
