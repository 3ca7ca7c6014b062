package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Turns a guest path argument into a host path as path_resolution(7) does: absolute paths as they
 * are, relative ones against the working directory (AT_FDCWD) or a directory fd, the guest's
 * /proc/self links answered by {@link ProcSelf}. Guest paths are host paths: ring3 has no chroot.
 */
public final class PathResolver {
    /** PATH_MAX including the NUL: a longer path is ENAMETOOLONG. */
    public static final int PATH_MAX = 4096;

    private PathResolver() {}

    /** Reads a NUL-terminated guest path (UTF-8, see docs/quirks.md); EFAULT, ENAMETOOLONG. */
    public static String read(AddressSpace mem, long addr) {
        if (addr == 0) {
            throw ErrnoException.of(Errno.EFAULT);
        }
        byte[] b = mem.readCString(addr, PATH_MAX);
        if (b.length >= PATH_MAX) {
            throw ErrnoException.of(Errno.ENAMETOOLONG);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * The absolute guest path string for {@code path} relative to {@code dirfd}, without magic-link
     * rewriting. ENOENT for an empty path, EBADF for a closed dirfd, ENOTDIR if it is not a directory.
     */
    public static String absolute(LinuxProcess p, long dirfd, String path) {
        if (path.isEmpty()) {
            throw ErrnoException.of(Errno.ENOENT);
        }
        if (path.charAt(0) == '/') {
            return path;
        }
        String base;
        if ((int) dirfd == OpenFlags.AT_FDCWD) {
            base = p.cwd;
        } else {
            OpenFile dir = p.fds.require((int) dirfd);
            Path hp = dir.hostPath();
            if (hp == null || !dir.stat().isDirectory()) {
                throw ErrnoException.of(Errno.ENOTDIR);
            }
            base = hp.toString();
        }
        return base.endsWith("/") ? base + path : base + "/" + path;
    }

    /**
     * The host path for a guest path. A trailing slash demands a directory (ENOTDIR otherwise) and
     * follows a final symlink, as path_resolution(7) says; the JDK would silently drop the slash.
     */
    public static Path resolve(LinuxProcess p, long dirfd, String path) {
        String abs = ProcSelf.rewrite(p, absolute(p, dirfd, path));
        Path host = Path.of(abs);
        if (abs.length() > 1 && abs.endsWith("/")) {
            if (Files.isSymbolicLink(host)) {
                try {
                    host = host.toRealPath();
                } catch (IOException e) {
                    throw HostErrno.exception(e);
                }
            }
            if (Files.exists(host, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(host)) {
                throw ErrnoException.of(Errno.ENOTDIR);
            }
        }
        return host;
    }

    /** Reads and resolves in one step. */
    public static Path resolve(LinuxProcess p, long dirfd, long pathAddr) {
        return resolve(p, dirfd, read(p.mem, pathAddr));
    }
}
