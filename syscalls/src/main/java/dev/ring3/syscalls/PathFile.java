package dev.ring3.syscalls;

import java.nio.file.Path;

/**
 * An O_PATH descriptor (open(2)): it names a file for fstat, fchdir and the *at calls but cannot be
 * read or written (EBADF), so it holds no host channel.
 */
public final class PathFile extends OpenFile {
    private final Path path;
    private final FileStat opened;

    public PathFile(Path path, int flags, FileStat opened) {
        super(flags);
        this.path = path;
        this.opened = opened;
    }

    @Override
    public FileStat stat() {
        return opened.refreshed(path, !opened.isSymlink(), opened.size());
    }

    public boolean isDirectory() {
        return opened.isDirectory();
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
