package dev.ring3.syscalls;

import dev.ring3.semgen.Semantics;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** memfd_create(2): an anonymous file ({@link MemfdFile}); sealing is accepted and not enforced. */
@Semantics(SyscallHandler.class)
public final class MemfdSyscalls {
    public static final int MFD_CLOEXEC = 1, MFD_ALLOW_SEALING = 2, MFD_HUGETLB = 4, MFD_NOEXEC_SEAL = 8,
            MFD_EXEC = 0x10;
    /** NAME_MAX minus strlen("memfd:"). */
    static final int MAX_NAME = 249;

    private MemfdSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(319, "memfd_create", "str,hex->fd", MemfdSyscallsSem.memfdCreate);
    }

    static long memfdCreate(Task k, long a, long b, long c, long d, long e, long f) {
        return memfdCreate(k.process, a, b);
    }

    public static long memfdCreate(LinuxProcess p, long nameAddr, long flags) {
        if ((flags & ~(long) (MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_NOEXEC_SEAL | MFD_EXEC | MFD_HUGETLB)) != 0
                || (flags & MFD_HUGETLB) != 0 && (flags & ~0x3fL) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        if ((flags & MFD_HUGETLB) != 0) {
            throw ErrnoException.of(Errno.EINVAL); // no hugetlbfs pages reserved, as on a default system
        }
        byte[] raw = p.mem.readCString(nameAddr, MAX_NAME + 1);
        if (raw.length > MAX_NAME) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        String name = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
        Path tmp;
        FileChannel ch;
        try {
            tmp = Files.createTempFile("ring3-memfd-", "",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            tmp.toFile().deleteOnExit();
            ch = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw HostErrno.exception(e);
        }
        HostFile file = new HostFile(ch, tmp, OpenFlags.O_RDWR, FileStat.of(tmp, true));
        return p.fds.install(new MemfdFile(file, tmp, name), (flags & MFD_CLOEXEC) != 0);
    }
}
