package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A directory opened for reading (getdents64) or as a dirfd. The listing is a snapshot taken at the
 * first getdents64 and again whenever the offset returns to 0, with "." and ".." first as the
 * kernel's dir_emit_dots puts them; an entry's d_off cookie is its index + 1, so lseek(fd, d_off,
 * SEEK_SET) resumes after it.
 */
public final class HostDirectory extends OpenFile {
    private final Path path;
    private final FileStat opened;
    private List<Entry> entries;
    private long position;

    private record Entry(byte[] name, long ino, int type) {}

    public HostDirectory(Path path, int flags, FileStat opened) {
        super(flags);
        this.path = path;
        this.opened = opened;
    }

    @Override
    public int read(ByteBuffer dst) {
        throw ErrnoException.of(Errno.EISDIR);
    }

    @Override
    public int pread(ByteBuffer dst, long position) {
        throw ErrnoException.of(Errno.EISDIR);
    }

    /**
     * Appends whole linux_dirent64 records to {@code out} (little-endian) from the current offset;
     * returns the bytes added, 0 at the end, EINVAL if even the next record does not fit.
     */
    @Override
    public synchronized int getdents(ByteBuffer out) {
        if (entries == null || position == 0) {
            entries = list();
        }
        int start = out.position();
        while (position < entries.size()) {
            Entry e = entries.get((int) position);
            if (Dirent64Descriptor.recordLength(e.name.length) > out.remaining()) {
                if (out.position() == start) {
                    throw ErrnoException.of(Errno.EINVAL);
                }
                break;
            }
            Dirent64Descriptor.put(out, e.ino, position + 1, e.type, e.name);
            position++;
        }
        return out.position() - start;
    }

    private List<Entry> list() {
        List<Entry> list = new ArrayList<>();
        FileStat self = stat();
        list.add(new Entry(new byte[] {'.'}, self.ino(), FileStat.dtype(FileStat.S_IFDIR)));
        Path parent = path.getParent();
        long parentIno = parent == null ? self.ino() : FileStat.of(parent, true).ino();
        list.add(new Entry(new byte[] {'.', '.'}, parentIno, FileStat.dtype(FileStat.S_IFDIR)));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(path)) {
            for (Path p : ds) {
                Map<String, Object> a;
                try {
                    a = Files.readAttributes(p, "unix:ino,mode", LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue; // removed since the listing began: readdir would not see it either
                }
                byte[] name = p.getFileName().toString().getBytes(StandardCharsets.UTF_8);
                list.add(new Entry(name, (Long) a.get("ino"), FileStat.dtype((Integer) a.get("mode"))));
            }
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        return list;
    }

    @Override
    public synchronized long seek(long offset, int whence) {
        position = Lseek.directory(position, offset, whence);
        return position;
    }

    @Override
    public FileStat stat() {
        return opened.refreshed(path, true, opened.size());
    }

    @Override
    public void sync(boolean metadata) {
        // fsync of a directory makes its entries durable; the JDK offers no way and needs none here
    }

    @Override
    public Path hostPath() {
        return path;
    }

    @Override
    public String procLink() {
        return path.toString();
    }
}
