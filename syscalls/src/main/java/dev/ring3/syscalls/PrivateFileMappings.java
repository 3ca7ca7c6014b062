package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Which guest pages are MAP_PRIVATE copies of a file, and of which bytes, so that
 * madvise(MADV_DONTNEED) can drop the process's changes and read the file again, as Linux does
 * for a private file mapping (mm/madvise.c zaps the pages; the next fault reads the page cache).
 * Each piece holds a reference to the open file description, as a mapping holds its file in
 * Linux: an unlinked or closed file can still be read again.
 */
final class PrivateFileMappings {
    private record Piece(long addr, long size, OpenFile file, long offset) {
        long end() {
            return addr + size;
        }
    }

    private final List<Piece> pieces = new ArrayList<>();

    /** Records that [addr, addr+size) was just filled from {@code file} at {@code offset}. */
    synchronized void add(long addr, long size, OpenFile file, long offset) {
        pieces.add(new Piece(addr, size, file.retain(), offset));
    }

    /** Forgets [addr, addr+size) (munmap, a new mapping over it); the parts outside stay. */
    synchronized void unmap(long addr, long size) {
        if (pieces.isEmpty()) {
            return;
        }
        long end = addr + size;
        List<Piece> kept = new ArrayList<>(pieces.size() + 1);
        for (Piece p : pieces) {
            if (p.end() <= addr || p.addr >= end) {
                kept.add(p);
                continue;
            }
            if (p.addr < addr) {
                kept.add(new Piece(p.addr, addr - p.addr, p.file.retain(), p.offset));
            }
            if (p.end() > end) {
                kept.add(new Piece(end, p.end() - end, p.file.retain(), p.offset + (end - p.addr)));
            }
            p.file.release();
        }
        pieces.clear();
        pieces.addAll(kept);
    }

    /** mremap moved [from, from+size) to {@code to} (already free of other pieces). */
    synchronized void move(long from, long size, long to) {
        List<Piece> moved = new ArrayList<>();
        for (Piece p : pieces) {
            long s = Math.max(p.addr, from);
            long e = Math.min(p.end(), from + size);
            if (s < e) {
                moved.add(new Piece(to + (s - from), e - s, p.file.retain(), p.offset + (s - p.addr)));
            }
        }
        unmap(from, size);
        pieces.addAll(moved);
    }

    /**
     * MADV_DONTNEED over [addr, addr+size), whose pages were just reset to zero: the pieces that
     * map a file get the file's bytes back (bytes past its end stay zero).
     */
    synchronized void reread(AddressSpace mem, long addr, long size) {
        for (Piece p : pieces) {
            long s = Math.max(p.addr, addr);
            long e = Math.min(p.end(), addr + size);
            if (s < e) {
                // an unreadable file gives zeros here, where the kernel would SIGBUS at the access
                MemorySyscalls.fillFromFile(mem, s, e - s, p.file, p.offset + (s - p.addr));
                FileStat st;
                try {
                    st = p.file.stat();
                } catch (ErrnoException x) {
                    continue;
                }
                pastEof(mem, s, e - s, st, p.offset + (s - p.addr));
            }
        }
    }

    /**
     * Marks the pages of a fresh private mapping of a file (its status {@code st}) that lie wholly past the file's
     * end (SIGBUS at an access, as Linux), and gives the address space the process's resolver for
     * them, which lets a file that has grown since reach them.
     */
    static void markPastEof(LinuxProcess p, long at, long size, FileStat st, long off) {
        AddressSpace mem = p.mem;
        if (pastEof(mem, at, size, st, off)) {
            installResolver(p);
        }
    }

    /** The resolver of {@code p}'s address space: {@link #grown} over its private file mappings. */
    static void installResolver(LinuxProcess p) {
        AddressSpace mem = p.mem;
        PrivateFileMappings files = p.privateFiles;
        mem.setPastEofResolver(page -> files.grown(mem, page));
    }

    /** Marks what of [at, at+size), mapping a file of status {@code st} from {@code off}, is wholly past its end. */
    private static boolean pastEof(AddressSpace mem, long at, long size, FileStat st, long off) {
        if ((st.mode() & FileStat.S_IFMT) != FileStat.S_IFREG) {
            return false; // a device's size says nothing about its end
        }
        long inFile = Math.max(0, st.size() - off);
        long first = (inFile + MemorySyscalls.PAGE - 1) & -MemorySyscalls.PAGE;
        if (first >= size) {
            return false;
        }
        mem.markPastEof(at + first, size - first);
        return true;
    }

    /**
     * A page marked past the end of its file was accessed: if the file has grown to reach it
     * since, it gets the file's bytes and becomes an ordinary page (true); else SIGBUS (false).
     */
    synchronized boolean grown(AddressSpace mem, long page) {
        for (Piece p : pieces) {
            if (page >= p.addr && page < p.end()) {
                long fileOff = p.offset + (page - p.addr);
                FileStat st;
                try {
                    st = p.file.stat();
                } catch (ErrnoException e) {
                    return false;
                }
                if (st.size() <= fileOff) {
                    return false;
                }
                MemorySyscalls.fillFromFile(mem, page, MemorySyscalls.PAGE, p.file, fileOff);
                mem.clearPastEof(page);
                return true;
            }
        }
        return false;
    }

    /** fork: the child's copies map the same files. */
    synchronized PrivateFileMappings copy() {
        PrivateFileMappings c = new PrivateFileMappings();
        for (Piece p : pieces) {
            c.pieces.add(new Piece(p.addr, p.size, p.file.retain(), p.offset));
        }
        return c;
    }

    /** execve and exit: the memory goes, and the references to the files with it. */
    synchronized void clear() {
        for (Piece p : pieces) {
            p.file.release();
        }
        pieces.clear();
    }
}
