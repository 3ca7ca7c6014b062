package dev.ring3.syscalls;

import dev.ring3.mmu.SharedHostMemory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared memory of MAP_SHARED file mappings, one object per file range, as the kernel's page
 * cache is one per file: every process mapping the same range of the same file (by device and
 * inode: through fork, or mapping it on its own as sem_open does) maps the same
 * {@link SharedHostMemory}, so their stores meet at once. The file itself is kept in step with the
 * object at system-call granularity: before a system call of any process mapping it, bytes that
 * changed since the last exchange are written to the file; after it, bytes the file changed
 * (write(2), ftruncate, another host process) are copied in (docs/processes.md, "Shared memory").
 */
final class SharedFileObjects {
    /** A range of a file and the memory that holds it. */
    static final class FileObject {
        final FileId id;
        final long fileOffset;
        final SharedHostMemory memory;
        private final byte[] snapshot;
        private OpenFile file;
        private int users;

        private FileObject(FileId id, long fileOffset, SharedHostMemory memory, OpenFile file, byte[] snapshot) {
            this.id = id;
            this.fileOffset = fileOffset;
            this.memory = memory;
            this.file = file;
            this.snapshot = snapshot;
        }

        boolean holds(long off, long len) {
            return off >= fileOffset && off + len <= fileOffset + snapshot.length;
        }

        /** Writes the stores made since the last exchange to the file (before a system call). */
        synchronized void flush() {
            byte[] now = new byte[snapshot.length];
            memory.read(0, now, 0, now.length);
            long fileSize = fileSize(file);
            changedRuns(now, snapshot, now.length, (i, j) -> writeOut(file, fileOffset, fileSize, now, i, j));
        }

        /** Copies in what the file underwent since the last exchange (after a system call). */
        synchronized void refresh() {
            byte[] cur = new byte[snapshot.length];
            int n;
            try {
                n = Math.max(0, file.pread(ByteBuffer.wrap(cur), fileOffset));
            } catch (ErrnoException e) {
                return;
            }
            changedRuns(cur, snapshot, n, (i, j) -> {
                memory.write(i, cur, i, j - i);
                return true;
            });
        }
    }

    /** What to do with the run [i, j) of bytes that differ; false stops the walk. */
    @FunctionalInterface
    interface Run {
        boolean apply(int i, int j);
    }

    /**
     * Walks the runs of {@code now}'s first {@code n} bytes that differ from {@code snapshot}'s,
     * copying each into the snapshot after {@code run} took it.
     */
    static void changedRuns(byte[] now, byte[] snapshot, int n, Run run) {
        int i = 0;
        while (i < n) {
            if (now[i] == snapshot[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && now[j] != snapshot[j]) {
                j++;
            }
            if (!run.apply(i, j)) {
                return;
            }
            System.arraycopy(now, i, snapshot, i, j - i);
            i = j;
        }
    }

    private static final Map<FileId, List<FileObject>> OBJECTS = new HashMap<>();

    private SharedFileObjects() {}

    /**
     * The object holding [off, off+len) of {@code file}, with one more user: an existing one that
     * holds the range, else a new one read from the file (bytes past its end are zero).
     */
    static FileObject acquire(OpenFile file, FileStat st, long off, long len) throws ErrnoException {
        FileId id = FileId.of(st);
        synchronized (SharedFileObjects.class) {
            List<FileObject> list = OBJECTS.computeIfAbsent(id, k -> new ArrayList<>());
            for (FileObject o : list) {
                if (o.holds(off, len)) {
                    synchronized (o) {
                        o.users++;
                        if (!o.file.writable() && file.writable()) {
                            o.file.release();
                            o.file = file.retain(); // so that the object's stores can reach the file
                        }
                    }
                    return o;
                }
            }
            byte[] bytes = new byte[(int) len];
            int done = 0;
            while (done < bytes.length) {
                int n = file.pread(ByteBuffer.wrap(bytes, done, bytes.length - done), off + done);
                if (n <= 0) {
                    break;
                }
                done += n;
            }
            SharedHostMemory mem = SharedAnonymousMemory.hostMemory(len, "file " + st.dev() + ":" + st.ino(), id, off);
            mem.write(0, bytes, 0, done);
            FileObject o = new FileObject(id, off, mem, file.retain(), bytes);
            o.users = 1;
            list.add(o);
            return o;
        }
    }

    /** One user fewer; the last writes its stores out and lets the file and the memory go. */
    static void release(FileObject o) {
        synchronized (SharedFileObjects.class) {
            synchronized (o) {
                if (--o.users > 0) {
                    return;
                }
            }
            List<FileObject> list = OBJECTS.get(o.id);
            if (list != null) {
                list.remove(o);
                if (list.isEmpty()) {
                    OBJECTS.remove(o.id);
                }
            }
        }
        o.flush();
        o.file.release();
        o.memory.release();
    }

    /** A new user of an object that has one already (fork). */
    static FileObject share(FileObject o) {
        synchronized (o) {
            o.users++;
        }
        return o;
    }

    /**
     * Writes the changed bytes [i, j) of a mapping of {@code file} from {@code offset} to the file,
     * as far as its end: stores past the end stay in memory, as in the kernel's page cache.
     */
    static boolean writeOut(OpenFile file, long offset, long fileSize, byte[] now, int i, int j) {
        long end = Math.min(offset + j, fileSize);
        if (offset + i < end) {
            try {
                file.pwrite(ByteBuffer.wrap(now, i, (int) (end - offset - i)), offset + i);
            } catch (ErrnoException e) {
                // The file became unwritable: the kernel would SIGBUS later; keep going.
            }
        }
        return true;
    }

    static long fileSize(OpenFile f) {
        try {
            return f.stat().size();
        } catch (ErrnoException e) {
            return Long.MAX_VALUE;
        }
    }
}
