package dev.ring3.syscalls;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * /proc/self/fd opened as a directory: lists the guest's open fds (as symlinks, like procfs) rather
 * than the JVM's, so `ls -l /proc/self/fd` and fd-closing loops see what the guest has open. The
 * listing is a snapshot taken at the first getdents64 and after seeking to 0.
 */
public final class ProcFdDirectory extends OpenFile {
    static final int DT_DIR = 4, DT_LNK = 10;
    /** procfs gives its entries small made-up inode numbers too. */
    private static final long INO_BASE = 0x70000000L;

    private final java.util.function.Supplier<List<Integer>> names;
    private final int type;
    private final FileStat self;
    private final String link;
    private List<Integer> entries;
    private long position;

    public ProcFdDirectory(FdTable fds, int flags, FileStat self) {
        this(flags, () -> {
            List<Integer> open = new ArrayList<>();
            for (int fd = 0; fd < fds.size(); fd++) {
                if (fds.get(fd) != null) {
                    open.add(fd);
                }
            }
            return open;
        }, DT_LNK, self, "/proc/self/fd");
    }

    private ProcFdDirectory(int flags, java.util.function.Supplier<List<Integer>> names, int type, FileStat self,
            String link) {
        super(flags);
        this.names = names;
        this.type = type;
        this.self = self;
        this.link = link;
    }

    /** A /proc directory of numbered entries of one type (/proc/PID/task: the thread ids, DT_DIR). */
    static ProcFdDirectory listing(int flags, java.util.function.Supplier<List<Integer>> names, int type, FileStat self,
            String link) {
        return new ProcFdDirectory(flags, names, type, self, link);
    }

    @Override
    public synchronized int getdents(ByteBuffer out) {
        if (entries == null || position == 0) {
            entries = new ArrayList<>();
            entries.add(-1);
            entries.add(-2);
            entries.addAll(names.get());
        }
        int start = out.position();
        while (position < entries.size()) {
            int e = entries.get((int) position);
            byte[] name = e == -1 ? new byte[] {'.'} : e == -2 ? new byte[] {'.', '.'}
                    : Integer.toString(e).getBytes(StandardCharsets.US_ASCII);
            if (Dirent64Descriptor.recordLength(name.length) > out.remaining()) {
                if (out.position() == start) {
                    throw ErrnoException.of(Errno.EINVAL);
                }
                break;
            }
            Dirent64Descriptor.put(out, e < 0 ? self.ino() : INO_BASE + e, position + 1, e < 0 ? DT_DIR : type, name);
            position++;
        }
        return out.position() - start;
    }

    @Override
    public int read(ByteBuffer dst) {
        throw ErrnoException.of(Errno.EISDIR);
    }

    @Override
    public synchronized long seek(long offset, int whence) {
        position = Lseek.directory(position, offset, whence);
        return position;
    }

    @Override
    public FileStat stat() {
        return self;
    }

    @Override
    public String procLink() {
        return link;
    }

    /** lstat of /proc/self/fd/N: a symlink whose mode says how the fd was opened (procfs does). */
    static FileStat linkStat(OpenFile f) {
        int acc = f.flags() & OpenFlags.O_ACCMODE;
        int perm = 0100 | (acc != OpenFlags.O_WRONLY ? 0400 : 0) | (acc != OpenFlags.O_RDONLY ? 0200 : 0);
        return FileStat.synthetic(FileStat.S_IFLNK | perm, INO_BASE, 64, 0, 0); // procfs says 64 for every link
    }
}
