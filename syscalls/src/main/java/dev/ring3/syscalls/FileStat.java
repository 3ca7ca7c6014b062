package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

/**
 * What stat(2) reports about a file, independent of the guest struct layout it is written in
 * ({@link StatDescriptor}, {@link StatxDescriptor}). Read from the JDK's "unix:*" attributes, which
 * are the host's struct stat except for st_blocks and st_blksize (see docs/quirks.md).
 */
public record FileStat(long dev, long ino, int mode, long nlink, int uid, int gid, long rdev, long size,
        long blksize, long blocks, long atimeSec, int atimeNsec, long mtimeSec, int mtimeNsec,
        long ctimeSec, int ctimeNsec) {

    /** File type bits of st_mode (inode(7)). */
    public static final int S_IFMT = 0170000;
    public static final int S_IFSOCK = 0140000;
    public static final int S_IFLNK = 0120000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFBLK = 0060000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFIFO = 0010000;

    /** The preferred I/O size ring3 reports: what ext4, tmpfs and overlayfs report. */
    public static final long BLKSIZE = 4096;

    /** stat (follow = true) or lstat (follow = false) of a host path. */
    public static FileStat of(Path p, boolean follow) {
        try {
            Map<String, Object> a = follow
                    ? Files.readAttributes(p, "unix:*")
                    : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
            long size = (Long) a.get("size");
            int mode = (Integer) a.get("mode");
            Instant at = ((FileTime) a.get("lastAccessTime")).toInstant();
            Instant mt = ((FileTime) a.get("lastModifiedTime")).toInstant();
            Instant ct = ((FileTime) a.get("ctime")).toInstant();
            return new FileStat((Long) a.get("dev"), (Long) a.get("ino"), mode, (Integer) a.get("nlink"),
                    (Integer) a.get("uid"), (Integer) a.get("gid"), (Long) a.get("rdev"), size, BLKSIZE,
                    estimateBlocks(mode, size), at.getEpochSecond(), at.getNano(), mt.getEpochSecond(),
                    mt.getNano(), ct.getEpochSecond(), ct.getNano());
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
    }

    /**
     * st_blocks (512-byte units allocated). The JDK does not expose it: regular files, directories
     * and symlinks are estimated as fully allocated in 4 KiB blocks (sparse files and inline data
     * differ); special files occupy none.
     */
    static long estimateBlocks(int mode, long size) {
        int type = mode & S_IFMT;
        if (type != S_IFREG && type != S_IFDIR && type != S_IFLNK) {
            return 0;
        }
        if (type == S_IFLNK && size < 60) {
            return 0; // ext4 keeps short link targets inside the inode
        }
        return (size + BLKSIZE - 1) / BLKSIZE * (BLKSIZE / 512);
    }

    /** A synthetic stat for objects with no host path (pipes, in-memory channels). */
    public static FileStat synthetic(int mode, long ino, long size, int uid, int gid) {
        long now = System.currentTimeMillis();
        long sec = now / 1000;
        int nsec = (int) (now % 1000) * 1_000_000;
        return new FileStat(PIPEFS_DEV, ino, mode, 1, uid, gid, 0, size, BLKSIZE, 0, sec, nsec, sec, nsec, sec, nsec);
    }

    /** st_dev of pipefs on current kernels (major 0, an anonymous minor; varies by boot). */
    public static final long PIPEFS_DEV = 0xc;

    /**
     * The stat of an open file whose stat at opening was this one: the path's stat now if it
     * still names the same file (dev and inode), else this one with {@code size} and no links
     * (unlinked or renamed away while open).
     */
    public FileStat refreshed(Path path, boolean follow, long size) {
        try {
            FileStat now = of(path, follow);
            if (now.ino() == ino && now.dev() == dev) {
                return now;
            }
        } catch (ErrnoException e) {
            // unlinked or renamed away: what was known at opening
        }
        return withSizeAndLinks(size, 0);
    }

    /** This stat with another size and link count (a file unlinked while open). */
    public FileStat withSizeAndLinks(long newSize, long newNlink) {
        return new FileStat(dev, ino, mode, newNlink, uid, gid, rdev, newSize, blksize,
                estimateBlocks(mode, newSize), atimeSec, atimeNsec, mtimeSec, mtimeNsec, ctimeSec, ctimeNsec);
    }

    public boolean isDirectory() {
        return (mode & S_IFMT) == S_IFDIR;
    }

    public boolean isRegular() {
        return (mode & S_IFMT) == S_IFREG;
    }

    public boolean isSymlink() {
        return (mode & S_IFMT) == S_IFLNK;
    }

    /** Major device number, glibc's gnu_dev_major encoding of a 64-bit dev_t. */
    public static int major(long dev) {
        return (int) (((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL));
    }

    /** Minor device number, glibc's gnu_dev_minor. */
    public static int minor(long dev) {
        return (int) ((dev & 0xff) | ((dev >>> 12) & ~0xffL));
    }

    /** The d_type of getdents64 for a mode: the type bits shifted down (DT_REG 8, DT_DIR 4, ...). */
    public static int dtype(int mode) {
        return (mode & S_IFMT) >>> 12;
    }
}
