package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * MAP_SHARED mappings of files, kept coherent with the file at system-call granularity. ring3
 * cannot map a host file into the guest window without native code, so a shared mapping is a copy
 * plus a snapshot of what was last synchronised: before each system call, bytes the guest changed
 * are written to the file; after it, bytes the file changed (write(2), ftruncate) are copied in.
 * A single-threaded guest cannot tell the difference, because it can only observe the file through
 * system calls. Costs O(mapping size) per system call while such mappings exist (docs/quirks.md).
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

    boolean active() { // unsynchronised: a stale answer only delays coherence to the next call
        return !mappings.isEmpty();
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
            long fileSize = fileSize(m.file);
            int i = 0;
            while (i < now.length) {
                if (now[i] == m.snapshot[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < now.length && now[j] != m.snapshot[j]) {
                    j++;
                }
                // Stores past the end of the file stay in memory, as in the kernel's page cache.
                long end = Math.min(m.offset + j, fileSize);
                if (m.offset + i < end) {
                    try {
                        m.file.pwrite(ByteBuffer.wrap(now, i, (int) (end - m.offset - i)), m.offset + i);
                    } catch (ErrnoException e) {
                        // The file became unwritable: the kernel would SIGBUS later; keep going.
                    }
                }
                System.arraycopy(now, i, m.snapshot, i, j - i);
                i = j;
            }
        }
    }

    /** Copies changes the file underwent into the mappings (after a system call). */
    synchronized void refresh(AddressSpace mem) {
        for (Mapping m : mappings) {
            byte[] cur = new byte[m.snapshot.length];
            int n;
            try {
                n = Math.max(0, m.file.pread(ByteBuffer.wrap(cur), m.offset));
            } catch (ErrnoException e) {
                continue;
            }
            int i = 0;
            while (i < n) {
                if (cur[i] == m.snapshot[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && cur[j] != m.snapshot[j]) {
                    j++;
                }
                try {
                    mem.poke(m.addr + i, cur, i, j - i);
                } catch (GuestFault f) {
                    break;
                }
                System.arraycopy(cur, i, m.snapshot, i, j - i);
                i = j;
            }
        }
    }

    /** Flushes and forgets the mappings overlapping [addr, addr+size) (munmap). */
    synchronized void unmap(AddressSpace mem, long addr, long size) {
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
    }

    /** execve and exit: writes the guest's last changes and forgets every mapping. */
    synchronized void clear(AddressSpace mem) {
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

    private static long fileSize(OpenFile f) {
        try {
            return f.stat().size();
        } catch (ErrnoException e) {
            return Long.MAX_VALUE;
        }
    }
}
