package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import dev.ring3.semgen.Semantics;
import java.nio.ByteBuffer;

/**
 * System V shared memory: shmget, shmat, shmdt and shmctl, with ipc/shm.c's argument checks and
 * errno values. A segment's memory is a {@link SharedAnonymousMemory} object that each attachment
 * synchronises with at system calls, as MAP_SHARED|MAP_ANONYMOUS memory is (docs/quirks.md).
 */
@Semantics(SyscallHandler.class)
public final class ShmSyscalls {
    static final int IPC_CREAT = 01000, IPC_EXCL = 02000;
    static final int IPC_RMID = 0, IPC_SET = 1, IPC_STAT = 2, IPC_INFO = 3, SHM_LOCK = 11, SHM_UNLOCK = 12,
            SHM_STAT = 13, SHM_INFO = 14, SHM_STAT_ANY = 15;
    static final int SHM_RDONLY = 010000, SHM_RND = 020000, SHM_REMAP = 040000, SHM_EXEC = 0100000;
    /** SHMMAX and SHMALL as Linux sets them (ULONG_MAX - 2^24; in pages for SHMALL). */
    static final long SHMMAX = -1L - (1L << 24), SHMALL = SHMMAX;
    /** struct shmid64_ds and struct ipc64_perm on x86-64 (checked with offsetof on the host). */
    static final int DS_SIZE = 112;

    private ShmSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(29, "shmget", "ipc_key,size,shmget_flags", ShmSyscallsSem.shmget);
        t.row(30, "shmat", "int,addr,shmat_flags->addr", MemorySyscalls.layoutChange(ShmSyscallsSem.shmat));
        t.row(67, "shmdt", "addr", MemorySyscalls.layoutChange(ShmSyscallsSem.shmdt));
        t.row(31, "shmctl", "int,shmctl_cmd,shmctl_buf", ShmSyscallsSem.shmctl);
    }

    static ShmAttachments attachments(LinuxProcess p) {
        return p.shmAttachments;
    }

    /** ipc/util.c ipcperms: the owner's, group's or others' bits must grant {@code want} (rwx as 4/2/1). */
    static boolean permits(LinuxProcess p, ShmSegments.Segment s, int want) {
        HostIdentity id = p.ids;
        if (id.euid() == 0) {
            return true; // CAP_IPC_OWNER
        }
        int granted = s.mode;
        if (id.euid() == s.uid || id.euid() == s.cuid) {
            granted >>= 6;
        } else if (inGroup(id, s.gid) || inGroup(id, s.cgid)) {
            granted >>= 3;
        }
        return (want & ~granted & 7) == 0;
    }

    private static boolean inGroup(HostIdentity id, int gid) {
        if (id.egid() == gid) {
            return true;
        }
        for (int g : id.groups()) {
            if (g == gid) {
                return true;
            }
        }
        return false;
    }

    private static boolean owner(LinuxProcess p, ShmSegments.Segment s) {
        int euid = p.ids.euid();
        return euid == 0 || euid == s.uid || euid == s.cuid;
    }

    public static long shmget(Task t, long key, long size, long flg, long a3, long a4, long a5) {
        LinuxProcess p = t.process;
        ShmSegments ns = attachments(p).namespace();
        int f = (int) flg;
        synchronized (ns) {
            if ((int) key != 0) {
                ShmSegments.Segment s = ns.byKey((int) key);
                if (s != null) {
                    if ((f & IPC_CREAT) != 0 && (f & IPC_EXCL) != 0) {
                        return -Errno.EEXIST;
                    }
                    int want = (f >> 6 | f >> 3 | f) & 7;
                    if (!permits(p, s, want)) {
                        return -Errno.EACCES;
                    }
                    return Long.compareUnsigned(size, s.size) > 0 ? -Errno.EINVAL : s.id;
                }
                if ((f & IPC_CREAT) == 0) {
                    return -Errno.ENOENT;
                }
            }
            if (size == 0 || Long.compareUnsigned(size, SHMMAX) > 0) {
                return -Errno.EINVAL;
            }
            if (MemorySyscalls.pageUp(size) > Integer.MAX_VALUE) {
                return -Errno.ENOMEM; // one host array per segment (docs/quirks.md)
            }
            ShmSegments.Segment s = ns.create((int) key, size, f & 0777, p.ids.euid(), p.ids.egid(), p.pid);
            return s == null ? -Errno.ENOSPC : s.id;
        }
    }

    public static long shmat(Task t, long shmid, long addr, long flg, long a3, long a4, long a5) {
        LinuxProcess p = t.process;
        AddressSpace m = p.mem;
        int f = (int) flg;
        if ((int) shmid < 0) {
            return -Errno.EINVAL;
        }
        if (addr != 0) {
            if ((addr & (MemorySyscalls.PAGE - 1)) != 0) {
                if ((f & SHM_RND) == 0) {
                    return -Errno.EINVAL;
                }
                addr &= ~(MemorySyscalls.PAGE - 1);
                if (addr == 0 && (f & SHM_REMAP) != 0) {
                    return -Errno.EINVAL;
                }
            }
        } else if ((f & SHM_REMAP) != 0) {
            return -Errno.EINVAL;
        }
        ShmAttachments att = attachments(p);
        ShmSegments ns = att.namespace();
        ShmSegments.Segment s = ns.byId((int) shmid);
        if (s == null) {
            return -Errno.EINVAL;
        }
        int prot = Prot.READ;
        int want = 4;
        if ((f & SHM_RDONLY) == 0) {
            prot |= Prot.WRITE;
            want |= 2;
        }
        if ((f & SHM_EXEC) != 0) {
            prot |= Prot.EXEC;
            want |= 1;
        }
        if (!permits(p, s, want)) {
            return -Errno.EACCES;
        }
        long size = MemorySyscalls.pageUp(s.size);
        long at;
        if (addr != 0) {
            if (Long.compareUnsigned(addr + size, m.layout().limit()) > 0 || addr + size < addr) {
                return -Errno.EINVAL;
            }
            if ((f & SHM_REMAP) == 0 && !MemorySyscalls.free(m, addr, size)) {
                return -Errno.EINVAL;
            }
            at = addr;
        } else {
            at = m.findFree(size, 0);
            if (at == -1) {
                return -Errno.ENOMEM;
            }
        }
        MemorySyscalls.forgetRange(p, at, size);
        String name = s.name;
        s.memory.map(p, at, size, prot, name);
        p.fileRanges.add(at, at + size, 0, s.memory.stat(), name);
        att.add(at, size, s, p.pid);
        return at;
    }

    public static long shmdt(Task t, long addr, long a1, long a2, long a3, long a4, long a5) {
        LinuxProcess p = t.process;
        if ((addr & (MemorySyscalls.PAGE - 1)) != 0) {
            return -Errno.EINVAL;
        }
        ShmAttachments.Attachment a = attachments(p).at(addr);
        if (a == null) {
            return -Errno.EINVAL;
        }
        MemorySyscalls.forgetRange(p, addr, a.size());
        p.mem.unmap(addr, a.size());
        return 0;
    }

    public static long shmctl(Task t, long shmid, long cmd, long buf, long a3, long a4, long a5) {
        LinuxProcess p = t.process;
        AddressSpace m = p.mem;
        ShmSegments ns = attachments(p).namespace();
        int id = (int) shmid;
        int c = (int) cmd;
        if (c < 0 || id < 0) {
            return -Errno.EINVAL;
        }
        synchronized (ns) {
            switch (c) {
                case IPC_INFO: {
                    long[] info = {SHMMAX, 1, ShmSegments.SHMMNI, ShmSegments.SHMMNI, SHMALL, 0, 0, 0, 0};
                    for (int i = 0; i < info.length; i++) {
                        m.write64(buf + 8L * i, info[i]);
                    }
                    return ns.maxIndex();
                }
                case SHM_INFO: {
                    long[] use = ns.usage();
                    m.write64(buf, use[0]); // int used_ids, then padding
                    long[] rest = {use[1], use[1], 0, 0, 0};
                    for (int i = 0; i < rest.length; i++) {
                        m.write64(buf + 8 + 8L * i, rest[i]);
                    }
                    return ns.maxIndex();
                }
                case SHM_STAT:
                case SHM_STAT_ANY: {
                    ShmSegments.Segment s = ns.byIndex(id);
                    if (s == null) {
                        return -Errno.EINVAL;
                    }
                    if (c == SHM_STAT && !permits(p, s, 4)) {
                        return -Errno.EACCES;
                    }
                    writeDs(m, buf, s);
                    return s.id;
                }
                default:
                    break;
            }
            ShmSegments.Segment s = ns.byId(id);
            if (s == null) {
                return -Errno.EINVAL;
            }
            switch (c) {
                case IPC_STAT:
                    if (!permits(p, s, 4)) {
                        return -Errno.EACCES;
                    }
                    writeDs(m, buf, s);
                    return 0;
                case IPC_SET: {
                    int uid = m.read32(buf + 4), gid = m.read32(buf + 8), mode = m.read32(buf + 20);
                    if (!owner(p, s)) {
                        return -Errno.EPERM;
                    }
                    s.uid = uid;
                    s.gid = gid;
                    s.mode = (s.mode & ~0777) | (mode & 0777);
                    s.ctime = ShmSegments.now();
                    return 0;
                }
                case IPC_RMID:
                    if (!owner(p, s)) {
                        return -Errno.EPERM;
                    }
                    ns.remove(s);
                    return 0;
                case SHM_LOCK:
                case SHM_UNLOCK:
                    if (!owner(p, s)) {
                        return -Errno.EPERM;
                    }
                    s.mode = c == SHM_LOCK ? s.mode | ShmSegments.SHM_LOCKED : s.mode & ~ShmSegments.SHM_LOCKED;
                    return 0;
                default:
                    return -Errno.EINVAL;
            }
        }
    }

    /** struct shmid64_ds: ipc64_perm (key, uid, gid, cuid, cgid, mode, seq), then the segment's fields. */
    private static void writeDs(AddressSpace m, long buf, ShmSegments.Segment s) {
        byte[] b = new byte[DS_SIZE];
        ByteBuffer d = ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        d.putInt(0, s.key).putInt(4, s.uid).putInt(8, s.gid).putInt(12, s.cuid).putInt(16, s.cgid)
                .putInt(20, s.mode).putShort(24, (short) (s.id / ShmSegments.IPCMNI));
        d.putLong(48, s.size).putLong(56, s.atime).putLong(64, s.dtime).putLong(72, s.ctime)
                .putInt(80, s.cpid).putInt(84, s.lpid).putLong(88, s.nattch);
        m.write(buf, b, 0, b.length);
    }
}
