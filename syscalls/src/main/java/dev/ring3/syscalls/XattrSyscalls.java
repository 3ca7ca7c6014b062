package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;

/**
 * Extended attributes (fs/xattr.c): get, set, list and remove, each by path, by path without
 * following a last symbolic link, and by fd. The "user." namespace is the host file's own,
 * through the JDK's user-defined attribute view; "security.", "system." and "trusted." names
 * read as absent (ENODATA: no SELinux label, no ACL) and cannot be set (EOPNOTSUPP), since the
 * JDK reaches no other namespace (docs/quirks.md).
 */
@Semantics(SyscallHandler.class)
final class XattrSyscalls {
    static final int XATTR_CREATE = 1, XATTR_REPLACE = 2;
    /** XATTR_NAME_MAX and XATTR_SIZE_MAX. */
    static final int NAME_MAX = 255, SIZE_MAX = 65536;
    private static final String USER = "user.";

    private XattrSyscalls() {}

    static void register(SyscallTable t) {
        t.row(191, "getxattr", "path,str,buf_out,size", XattrSyscallsSem.getxattr);
        t.row(192, "lgetxattr", "path,str,buf_out,size", XattrSyscallsSem.lgetxattr);
        t.row(193, "fgetxattr", "fd,str,buf_out,size", XattrSyscallsSem.fgetxattr);
        t.row(188, "setxattr", "path,str,buf_in,size,xattr_flags", XattrSyscallsSem.setxattr);
        t.row(189, "lsetxattr", "path,str,buf_in,size,xattr_flags", XattrSyscallsSem.lsetxattr);
        t.row(190, "fsetxattr", "fd,str,buf_in,size,xattr_flags", XattrSyscallsSem.fsetxattr);
        t.row(194, "listxattr", "path,buf_out,size", XattrSyscallsSem.listxattr);
        t.row(195, "llistxattr", "path,buf_out,size", XattrSyscallsSem.llistxattr);
        t.row(196, "flistxattr", "fd,buf_out,size", XattrSyscallsSem.flistxattr);
        t.row(197, "removexattr", "path,str", XattrSyscallsSem.removexattr);
        t.row(198, "lremovexattr", "path,str", XattrSyscallsSem.lremovexattr);
        t.row(199, "fremovexattr", "fd,str", XattrSyscallsSem.fremovexattr);
    }

    static long getxattr(Task k, long a, long b, long c, long d, long e, long f) {
        return get(k, path(k, a, true), b, c, d);
    }

    static long lgetxattr(Task k, long a, long b, long c, long d, long e, long f) {
        return get(k, path(k, a, false), b, c, d);
    }

    static long fgetxattr(Task k, long a, long b, long c, long d, long e, long f) {
        return get(k, path(k, a), b, c, d);
    }

    static long setxattr(Task k, long a, long b, long c, long d, long e, long f) {
        return set(k, path(k, a, true), b, c, d, e);
    }

    static long lsetxattr(Task k, long a, long b, long c, long d, long e, long f) {
        return set(k, path(k, a, false), b, c, d, e);
    }

    static long fsetxattr(Task k, long a, long b, long c, long d, long e, long f) {
        return set(k, path(k, a), b, c, d, e);
    }

    static long listxattr(Task k, long a, long b, long c, long d, long e, long f) {
        return list(k, path(k, a, true), b, c);
    }

    static long llistxattr(Task k, long a, long b, long c, long d, long e, long f) {
        return list(k, path(k, a, false), b, c);
    }

    static long flistxattr(Task k, long a, long b, long c, long d, long e, long f) {
        return list(k, path(k, a), b, c);
    }

    static long removexattr(Task k, long a, long b, long c, long d, long e, long f) {
        return remove(k, path(k, a, true), b);
    }

    static long lremovexattr(Task k, long a, long b, long c, long d, long e, long f) {
        return remove(k, path(k, a, false), b);
    }

    static long fremovexattr(Task k, long a, long b, long c, long d, long e, long f) {
        return remove(k, path(k, a), b);
    }

    /**
     * A file named by path (which must exist), whether to follow a last symbolic link, and whether
     * it can hold user attributes at all: only regular files and directories can (xattr_permission:
     * reading one elsewhere finds nothing, writing is EPERM).
     */
    private record Target(Path path, boolean follow, boolean userOk) {}

    private static Target path(Task k, long pathAddr, boolean follow) {
        Path p = PathResolver.resolve(k.process, OpenFlags.AT_FDCWD, pathAddr);
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        if (!Files.exists(p, opts)) {
            throw ErrnoException.of(Errno.ENOENT);
        }
        return new Target(p, follow, Files.isRegularFile(p, opts) || Files.isDirectory(p, opts));
    }

    /** The file an fd names: its host path; an fd of no host file (a pipe, a socket) has no attributes. */
    private static Target path(Task k, long fd) {
        OpenFile f = k.process.fds.require(fd);
        Path p = f.hostPath();
        int type = f.stat().mode() & FileStat.S_IFMT;
        return new Target(p, true, p != null && (type == FileStat.S_IFREG || type == FileStat.S_IFDIR));
    }

    /** The attribute's name inside "user.", or null for the namespaces ring3 shows empty; checks length and namespace. */
    private static String userName(AddressSpace m, long nameAddr) {
        byte[] raw = m.readCString(nameAddr, NAME_MAX + 2);
        if (raw.length == 0 || raw.length > NAME_MAX) {
            throw ErrnoException.of(Errno.ERANGE);
        }
        String name = new String(raw, StandardCharsets.ISO_8859_1);
        if (name.startsWith(USER)) {
            if (name.length() == USER.length()) {
                throw ErrnoException.of(Errno.EINVAL);
            }
            return name.substring(USER.length());
        }
        if (name.startsWith("security.") || name.startsWith("system.") || name.startsWith("trusted.")) {
            return null;
        }
        throw ErrnoException.of(Errno.EOPNOTSUPP);
    }

    private static UserDefinedFileAttributeView view(Target t) {
        UserDefinedFileAttributeView v = t.follow
                ? Files.getFileAttributeView(t.path, UserDefinedFileAttributeView.class)
                : Files.getFileAttributeView(t.path, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (v == null) {
            throw ErrnoException.of(Errno.EOPNOTSUPP);
        }
        return v;
    }

    /** getxattr: the value's size with size 0, else the value (ERANGE if it does not fit). */
    static long get(Task k, Target t, long nameAddr, long value, long size) {
        AddressSpace m = k.process.mem;
        String name = userName(m, nameAddr);
        if (name == null || !t.userOk) {
            throw ErrnoException.of(Errno.ENODATA);
        }
        byte[] v = read(t, name);
        if (size == 0) {
            return v.length;
        }
        if (v.length > size) {
            throw ErrnoException.of(Errno.ERANGE);
        }
        m.write(value, v, 0, v.length);
        return v.length;
    }

    private static byte[] read(Target t, String name) {
        try {
            UserDefinedFileAttributeView view = view(t);
            if (!view.list().contains(name)) {
                throw ErrnoException.of(Errno.ENODATA);
            }
            ByteBuffer b = ByteBuffer.allocate(view.size(name));
            view.read(name, b);
            byte[] v = new byte[b.position()];
            b.flip();
            b.get(v);
            return v;
        } catch (IOException e) {
            throw ErrnoException.of(HostErrno.of(e));
        }
    }

    /** setxattr: XATTR_CREATE fails on an existing name (EEXIST), XATTR_REPLACE on a missing one (ENODATA). */
    static long set(Task k, Target t, long nameAddr, long value, long size, long flags) {
        if ((flags & ~(long) (XATTR_CREATE | XATTR_REPLACE)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        AddressSpace m = k.process.mem;
        String name = userName(m, nameAddr);
        if (size > SIZE_MAX || size < 0) {
            throw ErrnoException.of(Errno.E2BIG);
        }
        byte[] v = new byte[(int) size];
        m.read(value, v, 0, v.length);
        if (name == null) {
            throw ErrnoException.of(Errno.EOPNOTSUPP);
        }
        if (!t.userOk) {
            throw ErrnoException.of(Errno.EPERM);
        }
        try {
            UserDefinedFileAttributeView view = view(t);
            boolean exists = view.list().contains(name);
            if ((flags & XATTR_CREATE) != 0 && exists) {
                throw ErrnoException.of(Errno.EEXIST);
            }
            if ((flags & XATTR_REPLACE) != 0 && !exists) {
                throw ErrnoException.of(Errno.ENODATA);
            }
            view.write(name, ByteBuffer.wrap(v));
            return 0;
        } catch (IOException e) {
            throw ErrnoException.of(HostErrno.of(e));
        }
    }

    /** listxattr: the "user." names, each NUL-terminated; the length needed with size 0. */
    static long list(Task k, Target t, long buf, long size) {
        List<String> names;
        try {
            names = t.userOk ? view(t).list() : List.of();
        } catch (IOException e) {
            int errno = HostErrno.of(e);
            if (errno != Errno.EOPNOTSUPP) {
                throw ErrnoException.of(errno);
            }
            names = List.of(); // a file system without user attributes lists none
        } catch (ErrnoException e) {
            names = List.of();
        }
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            sb.append(USER).append(n).append('\0');
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (size == 0) {
            return b.length;
        }
        if (b.length > size) {
            throw ErrnoException.of(Errno.ERANGE);
        }
        k.process.mem.write(buf, b, 0, b.length);
        return b.length;
    }

    static long remove(Task k, Target t, long nameAddr) {
        String name = userName(k.process.mem, nameAddr);
        if (name == null) {
            throw ErrnoException.of(Errno.ENODATA);
        }
        if (!t.userOk) {
            throw ErrnoException.of(Errno.EPERM);
        }
        try {
            UserDefinedFileAttributeView view = view(t);
            if (!view.list().contains(name)) {
                throw ErrnoException.of(Errno.ENODATA);
            }
            view.delete(name);
            return 0;
        } catch (IOException e) {
            throw ErrnoException.of(HostErrno.of(e));
        }
    }
}
