package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory policies on a machine of one NUMA node (mm/mempolicy.c: get_mempolicy, set_mempolicy,
 * mbind), capabilities (kernel/capability.c: capget, capset) and two file hints (readahead,
 * sync_file_range). A thread's policy is kept and reported back with the kernel's checks but
 * changes nothing (every page is on node 0); capabilities start as ring3's own and can only be
 * lowered, as for any process, without changing what ring3 itself may do (docs/quirks.md).
 */
@Semantics(SyscallHandler.class)
final class NumaCapsSyscalls {
    static final int MPOL_DEFAULT = 0, MPOL_PREFERRED = 1, MPOL_BIND = 2, MPOL_INTERLEAVE = 3, MPOL_LOCAL = 4,
            MPOL_PREFERRED_MANY = 5, MPOL_WEIGHTED_INTERLEAVE = 6, MPOL_MAX = 7;
    static final int MPOL_F_STATIC_NODES = 1 << 15, MPOL_F_RELATIVE_NODES = 1 << 14, MPOL_F_NUMA_BALANCING = 1 << 13;
    static final int MPOL_F_NODE = 1, MPOL_F_ADDR = 2, MPOL_F_MEMS_ALLOWED = 4;
    static final int CAP_V1 = 0x19980330, CAP_V2 = 0x20071026, CAP_V3 = 0x20080522;
    static final int SYNC_FILE_RANGE_ALL = 7;
    /** CONFIG_NODES_SHIFT 10, as Debian's kernels are built. */
    static final int MAX_NUMNODES = 1024;

    private NumaCapsSyscalls() {}

    static void register(SyscallTable t) {
        t.row(239, "get_mempolicy", "mpol_mode_out,nodemask_out,size,addr,mpol_get_flags", NumaCapsSyscallsSem.getMempolicy);
        t.row(238, "set_mempolicy", "mpol_mode,nodemask_in,size", NumaCapsSyscallsSem.setMempolicy);
        t.row(237, "mbind", "addr,size,mpol_mode,nodemask_in,size,hex", NumaCapsSyscallsSem.mbind);
        t.row(125, "capget", "addr,addr", NumaCapsSyscallsSem.capget);
        t.row(126, "capset", "addr,addr", NumaCapsSyscallsSem.capset);
        t.row(187, "readahead", "fd,off,size", NumaCapsSyscallsSem.readahead);
        t.row(277, "sync_file_range", "fd,off,off,sync_file_range_flags", NumaCapsSyscallsSem.syncFileRange);
    }

    static long getMempolicy(Task k, long a, long b, long c, long d, long e, long f) {
        return getMempolicy(k, a, b, c, d, e);
    }

    static long setMempolicy(Task k, long a, long b, long c, long d, long e, long f) {
        return setMempolicy(k, a, b, c);
    }

    static long capget(Task k, long a, long b, long c, long d, long e, long f) {
        return capget(k, a, b);
    }

    static long capset(Task k, long a, long b, long c, long d, long e, long f) {
        return capset(k, a, b);
    }

    static long readahead(Task k, long a, long b, long c, long d, long e, long f) {
        OpenFile file = k.process.fds.require(a);
        if (!file.readable() || !file.isRegularFile()) {
            return -(file.readable() ? Errno.EINVAL : Errno.EBADF);
        }
        return 0;
    }

    static long syncFileRange(Task k, long a, long b, long c, long d, long e, long f) {
        if ((d & ~(long) SYNC_FILE_RANGE_ALL) != 0 || b < 0 || c < 0 || b + c < 0) {
            return -Errno.EINVAL;
        }
        OpenFile file = k.process.fds.require(a);
        int type = file.stat().mode() & FileStat.S_IFMT;
        if (type != FileStat.S_IFREG && type != FileStat.S_IFBLK && type != FileStat.S_IFDIR && type != FileStat.S_IFLNK) {
            return -Errno.ESPIPE;
        }
        if ((d & 2) != 0) {
            file.sync(false); // SYNC_FILE_RANGE_WRITE: start the write-out
        }
        return 0;
    }

    // ---- memory policy ---------------------------------------------------------------------------

    /** get_mempolicy(2) as do_get_mempolicy answers on one node. */
    static long getMempolicy(Task k, long policy, long nmask, long maxnode, long addr, long flags) {
        AddressSpace m = k.process.mem;
        if ((flags & ~(long) (MPOL_F_NODE | MPOL_F_ADDR | MPOL_F_MEMS_ALLOWED)) != 0) {
            return -Errno.EINVAL;
        }
        if (nmask != 0 && maxnode < 1) {
            return -Errno.EINVAL;
        }
        if ((flags & MPOL_F_MEMS_ALLOWED) != 0) {
            if ((flags & (MPOL_F_NODE | MPOL_F_ADDR)) != 0) {
                return -Errno.EINVAL;
            }
            if (policy != 0) {
                m.write32(policy, 0);
            }
            writeNodes(m, nmask, maxnode, 1);
            return 0;
        }
        int mode = k.mempolicyMode;
        long nodes = k.mempolicyNodes;
        if ((flags & MPOL_F_ADDR) != 0) {
            if (!m.isMapped(addr & -AddressSpace.PAGE_SIZE, 1)) {
                return -Errno.EFAULT;
            }
            mode = MPOL_DEFAULT; // no mapping has a policy of its own (mbind keeps none)
            nodes = 0;
        }
        int value;
        if ((flags & MPOL_F_NODE) != 0) {
            if ((flags & MPOL_F_ADDR) == 0 && (mode & 0xFF) != MPOL_INTERLEAVE) {
                return -Errno.EINVAL;
            }
            value = 0; // the node of the page, or the next interleave node: always node 0
        } else {
            value = mode;
        }
        if (policy != 0) {
            m.write32(policy, value);
        }
        writeNodes(m, nmask, maxnode, nodes);
        return 0;
    }

    /** set_mempolicy(2): the mode and nodes checked as mpol_new and mpol_set_nodemask do, then kept. */
    static long setMempolicy(Task k, long modeAndFlags, long nmask, long maxnode) {
        int flags = (int) modeAndFlags & (MPOL_F_STATIC_NODES | MPOL_F_RELATIVE_NODES | MPOL_F_NUMA_BALANCING);
        int mode = (int) modeAndFlags & ~flags;
        if (mode < 0 || mode >= MPOL_MAX || (flags & MPOL_F_STATIC_NODES) != 0 && (flags & MPOL_F_RELATIVE_NODES) != 0) {
            return -Errno.EINVAL;
        }
        long nodes = readNodes(k.process.mem, nmask, maxnode);
        switch (mode) {
            case MPOL_DEFAULT:
                if (nodes != 0) {
                    return -Errno.EINVAL;
                }
                k.mempolicyMode = MPOL_DEFAULT;
                k.mempolicyNodes = 0;
                return 0;
            case MPOL_LOCAL:
                if (nodes != 0 || flags != 0) {
                    return -Errno.EINVAL;
                }
                break;
            case MPOL_PREFERRED:
                if (nodes == 0) {
                    if (flags != 0) {
                        return -Errno.EINVAL;
                    }
                    mode = MPOL_LOCAL; // "preferred nowhere" is local allocation
                }
                break;
            default:
                if (nodes == 0) {
                    return -Errno.EINVAL;
                }
        }
        if (nodes != 0 && (flags & MPOL_F_RELATIVE_NODES) == 0 && (nodes & 1) == 0) {
            return -Errno.EINVAL; // no allowed node (only node 0 exists)
        }
        k.mempolicyMode = mode | flags;
        k.mempolicyNodes = mode == MPOL_LOCAL ? 0 : 1;
        return 0;
    }

    /** mbind(2): checks the range and the policy; pages have nowhere else to go. */
    static long mbind(Task k, long start, long len, long modeAndFlags, long nmask, long maxnode, long flags) {
        if ((start & (AddressSpace.PAGE_SIZE - 1)) != 0 || (flags & ~0x7L) != 0) {
            return -Errno.EINVAL;
        }
        int mode = (int) modeAndFlags & ~(MPOL_F_STATIC_NODES | MPOL_F_RELATIVE_NODES | MPOL_F_NUMA_BALANCING);
        if (mode < 0 || mode >= MPOL_MAX) {
            return -Errno.EINVAL;
        }
        long nodes = readNodes(k.process.mem, nmask, maxnode);
        if ((mode == MPOL_BIND || mode == MPOL_INTERLEAVE || mode == MPOL_PREFERRED_MANY
                || mode == MPOL_WEIGHTED_INTERLEAVE) && (nodes & 1) == 0) {
            return -Errno.EINVAL;
        }
        long end = start + ((len + AddressSpace.PAGE_SIZE - 1) & -AddressSpace.PAGE_SIZE);
        if (end < start) {
            return -Errno.EINVAL;
        }
        if (end > start && !k.process.mem.isMapped(start, end - start)) {
            return -Errno.EFAULT;
        }
        return 0;
    }

    /** get_nodes: maxnode - 1 bits from user memory (EINVAL past a page of bits); bit 0 is node 0. */
    private static long readNodes(AddressSpace m, long nmask, long maxnode) {
        long bits = maxnode - 1;
        if (nmask == 0 || maxnode == 0) {
            return 0;
        }
        if (bits > AddressSpace.PAGE_SIZE * 8L || bits < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        long longs = (bits + 63) / 64;
        long first = 0;
        for (long i = 0; i < longs; i++) {
            long w = m.read64(nmask + 8 * i);
            if (i == longs - 1 && bits % 64 != 0) {
                w &= (1L << (bits % 64)) - 1;
            }
            if (i == 0) {
                first = w;
            } else if (i >= MAX_NUMNODES / 64 && w != 0) {
                throw ErrnoException.of(Errno.EINVAL); // past MAX_NUMNODES
            }
        }
        return first; // nodes other than 0 fall out of the intersection with the allowed ones
    }

    /** copy_nodes_to_user: ALIGN(maxnode - 1, 64) bits, node 0 as {@code nodes} says. */
    private static void writeNodes(AddressSpace m, long nmask, long maxnode, long nodes) {
        if (nmask == 0) {
            return;
        }
        long bytes = ((maxnode - 1 + 63) & -64L) / 8;
        for (long i = 0; i < bytes; i += 8) {
            m.write64(nmask + i, i == 0 ? nodes : 0);
        }
    }

    // ---- capabilities ----------------------------------------------------------------------------

    /** The caller's capability sets: effective, permitted, inheritable (64 bits each). */
    static long[] caps(LinuxProcess p) {
        synchronized (p) {
            if (p.caps == null) {
                p.caps = new long[] {hostCap("CapEff"), hostCap("CapPrm"), hostCap("CapInh")};
            }
            return p.caps;
        }
    }

    /** The bounding and ambient sets ({@link Prctl}), the host's until prctl changes them; lock {@code p}. */
    static long[] boundingAndAmbient(LinuxProcess p) {
        synchronized (p) {
            if (p.capBoundingAmbient == null) {
                p.capBoundingAmbient = new long[] {hostCap("CapBnd"), hostCap("CapAmb")};
            }
            return p.capBoundingAmbient;
        }
    }

    private static long hostCap(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.ISO_8859_1)) {
                if (line.startsWith(key + ":")) {
                    return Long.parseUnsignedLong(line.substring(key.length() + 1).trim(), 16);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** The header's version: how many 32-bit halves the data has (1 or 2); EINVAL after writing back V3. */
    private static int halves(AddressSpace m, long hdr, long data) {
        int version = m.read32(hdr);
        switch (version) {
            case CAP_V1: return 1;
            case CAP_V2: case CAP_V3: return 2;
            default:
                m.write32(hdr, CAP_V3);
                if (data != 0) {
                    throw ErrnoException.of(Errno.EINVAL);
                }
                return 0;
        }
    }

    static long capget(Task k, long hdr, long data) {
        AddressSpace m = k.process.mem;
        int n = halves(m, hdr, data);
        if (n == 0) {
            return 0;
        }
        int pid = m.read32(hdr + 4);
        if (pid < 0) {
            return -Errno.EINVAL;
        }
        LinuxProcess q = pid == 0 || pid == k.tid ? k.process : SchedSyscalls.target(k, pid).process;
        if (data == 0) {
            return 0;
        }
        long[] c = caps(q);
        for (int i = 0; i < n; i++) {
            m.write32(data + 12L * i, (int) (c[0] >>> (32 * i)));
            m.write32(data + 12L * i + 4, (int) (c[1] >>> (32 * i)));
            m.write32(data + 12L * i + 8, (int) (c[2] >>> (32 * i)));
        }
        return 0;
    }

    /** capset: only the caller's own sets, and only downwards (cap_capset's rules). */
    static long capset(Task k, long hdr, long data) {
        AddressSpace m = k.process.mem;
        int n = halves(m, hdr, data);
        if (n == 0) {
            return -Errno.EINVAL; // cap_validate_magic with data NULL: capset wants data
        }
        int pid = m.read32(hdr + 4);
        if (pid != 0 && pid != k.tid && pid != k.process.pid) {
            return -Errno.EPERM;
        }
        long eff = 0, prm = 0, inh = 0;
        for (int i = 0; i < n; i++) {
            eff |= (m.read32(data + 12L * i) & 0xFFFFFFFFL) << (32 * i);
            prm |= (m.read32(data + 12L * i + 4) & 0xFFFFFFFFL) << (32 * i);
            inh |= (m.read32(data + 12L * i + 8) & 0xFFFFFFFFL) << (32 * i);
        }
        long[] c = caps(k.process);
        synchronized (k.process) {
            boolean setpcap = (c[0] & (1L << 8)) != 0;
            if ((prm & ~c[1]) != 0 || (eff & ~prm) != 0 || (inh & ~(c[2] | (setpcap ? c[1] | ~0L : c[1]))) != 0) {
                return -Errno.EPERM;
            }
            c[0] = eff;
            c[1] = prm;
            c[2] = inh;
        }
        return 0;
    }
}
