package dev.ring3.syscalls;

/**
 * A file as the kernel tells files apart, by device and inode: the key of what processes share
 * through a file however they opened it (shared futexes, shared file mappings, file locks).
 */
record FileId(long dev, long ino) {
    static FileId of(FileStat st) {
        return new FileId(st.dev(), st.ino());
    }

    /** The file {@code f} refers to, or {@code f} itself when it has no status to name it by. */
    static Object of(OpenFile f) {
        try {
            return of(f.stat());
        } catch (RuntimeException e) { // ErrnoException included
            return f;
        }
    }
}
