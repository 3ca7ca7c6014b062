package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import dev.ring3.semgen.Semantics;
import java.nio.ByteBuffer;

/**
 * brk, mmap, munmap, mprotect, mremap, madvise, msync and the mlock family, with Linux's argument
 * checks and errno values (mm/mmap.c, mm/mremap.c, mm/madvise.c, mm/mprotect.c).
 */
@Semantics(SyscallHandler.class)
public final class MemorySyscalls {
    static final long PAGE = AddressSpace.PAGE_SIZE;

    public static final int PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4, PROT_SEM = 8;
    public static final int PROT_GROWSDOWN = 0x01000000, PROT_GROWSUP = 0x02000000;
    public static final int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_SHARED_VALIDATE = 3, MAP_TYPE = 0xf,
            MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20, MAP_32BIT = 0x40, MAP_GROWSDOWN = 0x100,
            MAP_DENYWRITE = 0x800, MAP_EXECUTABLE = 0x1000, MAP_LOCKED = 0x2000, MAP_NORESERVE = 0x4000,
            MAP_POPULATE = 0x8000, MAP_NONBLOCK = 0x10000, MAP_STACK = 0x20000, MAP_HUGETLB = 0x40000,
            MAP_SYNC = 0x80000, MAP_FIXED_NOREPLACE = 0x100000;
    static final int MAP_UNINITIALIZED = 0x4000000;
    /** Where MAP_32BIT mappings go (arch/x86/kernel/sys_x86_64.c find_start_end). */
    static final long MAP_32BIT_BOTTOM = 0x4000_0000L, MAP_32BIT_TOP = 0x8000_0000L;
    /** Flags MAP_SHARED_VALIDATE accepts (LEGACY_MAP_MASK plus MAP_SYNC). */
    static final int LEGACY_MAP_MASK = MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS | MAP_DENYWRITE
            | MAP_EXECUTABLE | MAP_UNINITIALIZED | MAP_GROWSDOWN | MAP_LOCKED | MAP_NORESERVE
            | MAP_POPULATE | MAP_NONBLOCK | MAP_STACK | MAP_HUGETLB;
    public static final int MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2, MREMAP_DONTUNMAP = 4;
    public static final int MADV_DONTNEED = 4, MADV_FREE = 8, MADV_REMOVE = 9, MADV_DONTFORK = 10,
            MADV_HWPOISON = 100;
    public static final int MS_ASYNC = 1, MS_INVALIDATE = 2, MS_SYNC = 4;

    private MemorySyscalls() {}

    public static void register(SyscallTable t) {
        t.row(9, "mmap", "addr,size,prot,mmap_flags,fd,hex->addr", layoutChange(MemorySyscallsSem.mmap));
        t.row(10, "mprotect", "addr,size,prot", layoutChange(MemorySyscallsSem.mprotect));
        t.row(11, "munmap", "addr,size", layoutChange(MemorySyscallsSem.munmap));
        t.row(12, "brk", "addr->addr", layoutChange(MemorySyscallsSem.brk));
        t.row(25, "mremap", "addr,size,size,mremap_flags,mremap_addr->addr", layoutChange(MemorySyscallsSem.mremap));
        t.row(26, "msync", "addr,size,msync_flags", MemorySyscallsSem.msync);
        t.row(28, "madvise", "addr,size,madvice", layoutChange(MemorySyscallsSem.madvise));
        t.row(27, "mincore", "addr,size,mincore_out", MemorySyscallsSem.mincore);
        t.row(324, "membarrier", "membarrier_cmd,hex", MemorySyscallsSem.membarrier);
        t.row(149, "mlock", "addr,size", MemorySyscallsSem.mlock);
        t.row(150, "munlock", "addr,size", MemorySyscallsSem.mlock);
        t.row(151, "mlockall", "mlockall_flags", MemorySyscallsSem.mlockall);
        t.row(152, "munlockall", "", MemorySyscallsSem.munlockall);
        t.row(325, "mlock2", "addr,size,mlock2_flags", MemorySyscallsSem.mlock);
    }

    static long mlockall(Task task, long a, long b, long c, long d, long e, long f) {
        return (a & ~7L) != 0 || a == 0 ? -Errno.EINVAL : 0;
    }

    static long munlockall(Task task, long a, long b, long c, long d, long e, long f) {
        return 0;
    }

    /**
     * Runs a call that changes the address space's layout under the process's mmap lock, as the
     * kernel holds mmap_lock for writing: finding a free range and mapping it are one step, so two
     * threads mapping at once (thread stacks, malloc arenas) never get the same range.
     */
    static SyscallHandler layoutChange(SyscallHandler h) {
        return (t, a0, a1, a2, a3, a4, a5) -> {
            synchronized (t.process.mmapLock) {
                return h.call(t, a0, a1, a2, a3, a4, a5);
            }
        };
    }

    static long pageUp(long a) {
        return (a + PAGE - 1) & ~(PAGE - 1);
    }

    static boolean aligned(long a) {
        return (a & (PAGE - 1)) == 0;
    }

    /** True if no page of [addr, addr+len) is mapped. */
    static boolean free(AddressSpace m, long addr, long len) {
        return m.findFree(len, addr) == addr;
    }

    /** The name of the mapping holding {@code addr} ("" if anonymous or unmapped). */
    static String nameAt(AddressSpace m, long addr) {
        for (AddressSpace.Mapping mp : m.mappings()) {
            if (Long.compareUnsigned(addr, mp.start()) >= 0 && Long.compareUnsigned(addr, mp.end()) < 0) {
                return mp.name();
            }
        }
        return "";
    }

    // ---- brk -------------------------------------------------------------------------------------

    /**
     * brk(2) at the syscall level: moves the break and returns the new one, or returns the current
     * break unchanged when the request is below the start, would hit another mapping, or exceeds
     * RLIMIT_DATA (glibc's sbrk then reports ENOMEM).
     */
    public static long brk(Task t, long addr, long a1, long a2, long a3, long a4, long a5) {
        LinuxProcess p = t.process;
        AddressSpace m = p.mem;
        long cur = p.brk;
        if (Long.compareUnsigned(addr, p.brkStart) < 0) {
            return cur;
        }
        long limit = p.rlimits.soft[Rlimits.RLIMIT_DATA];
        if (limit != Rlimits.INFINITY && Long.compareUnsigned(addr - p.brkStart, limit) > 0) {
            return cur;
        }
        long oldTop = pageUp(cur);
        long newTop = pageUp(addr);
        if (Long.compareUnsigned(newTop, m.layout().limit()) > 0 || newTop == 0) {
            return cur;
        }
        if (newTop > oldTop) {
            // Linux also keeps a guard gap below the stack; the free check covers the stack itself.
            if (!free(m, oldTop, newTop - oldTop)) {
                return cur;
            }
            m.map(oldTop, newTop - oldTop, Prot.READ | Prot.WRITE, "[heap]");
        } else if (newTop < oldTop) {
            m.unmap(newTop, oldTop - newTop);
        }
        p.brk = addr;
        return addr;
    }

    // ---- mmap ------------------------------------------------------------------------------------

    /** How /proc/PID/maps names MAP_SHARED|MAP_ANONYMOUS memory: shmem's /dev/zero, device 00:01. */
    static final String SHARED_ANON_NAME = "/dev/zero (deleted)";
    private static final FileStat SHARED_ANON_STAT = new FileStat(1, 1, FileStat.S_IFREG | 0777, 0, 0, 0, 0, 0,
            FileStat.BLKSIZE, 0, 0, 0, 0, 0, 0, 0);

    /**
     * The default flat memory ends at 16 GiB ({@code --memory=paged} maps any user address): a fixed
     * mapping above it fails with ENOMEM where Linux would map it, so say why, once per process.
     */
    private static void noteWindow(Task t, long addr) {
        long limit = t.process.mem.layout().limit();
        if (limit < 1L << 47 && Long.compareUnsigned(addr, 1L << 47) < 0 && !t.process.windowNoted
                && t.cpu.os instanceof LinuxSyscalls) {
            t.process.windowNoted = true;
            ((LinuxSyscalls) t.cpu.os).note(String.format("a fixed mapping at 0x%x is beyond the flat memory's"
                    + " %d GiB: ENOMEM (--memory=paged maps any address)", addr, limit >>> 30));
        }
    }

    public static long mmap(Task t, long addr, long len, long prot, long flags, long fd, long off) {
        AddressSpace m = t.process.mem;
        if ((off & (PAGE - 1)) != 0) {
            return -Errno.EINVAL;
        }
        boolean anon = (flags & MAP_ANONYMOUS) != 0;
        OpenFile file = null;
        if (!anon) {
            file = t.process.fds.get((int) fd);
            if (file == null || fd != (int) fd || file.isPathOnly()) {
                return -Errno.EBADF;
            }
        }
        if (len == 0) {
            return -Errno.EINVAL;
        }
        if ((prot & ~(long) (PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM | PROT_GROWSDOWN | PROT_GROWSUP)) != 0) {
            return -Errno.EINVAL;
        }
        long size = pageUp(len);
        if (size == 0 || Long.compareUnsigned(size, m.layout().limit()) > 0) {
            return -Errno.ENOMEM;
        }
        if (off + size < off && !anon) {
            return -Errno.EOVERFLOW;
        }
        int type = (int) (flags & MAP_TYPE);
        if (type == MAP_SHARED_VALIDATE) {
            if ((flags & ~(long) (LEGACY_MAP_MASK | MAP_SYNC | MAP_FIXED_NOREPLACE)) != 0) {
                return -Errno.EOPNOTSUPP;
            }
        } else if (type != MAP_SHARED && type != MAP_PRIVATE) {
            return -Errno.EINVAL;
        }
        if ((flags & MAP_HUGETLB) != 0) {
            return -Errno.EINVAL; // no hugetlbfs pages here: what Linux says with none reserved
        }
        FileStat st = file != null ? file.stat() : null;
        if (file != null) {
            boolean shared = type != MAP_PRIVATE;
            int kind = st.mode() & FileStat.S_IFMT;
            if (kind != FileStat.S_IFREG && kind != FileStat.S_IFBLK) {
                return -Errno.ENODEV; // pipes, sockets, terminals, directories have no mmap
            }
            if (!file.readable() || (shared && (prot & PROT_WRITE) != 0 && !file.writable())) {
                return -Errno.EACCES;
            }
        }
        if (t.process.mdwe != 0 && (prot & (PROT_WRITE | PROT_EXEC)) == (PROT_WRITE | PROT_EXEC)) {
            return -Errno.EACCES; // PR_SET_MDWE: no writable and executable mapping
        }
        boolean fixed = (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) != 0;
        long at;
        if (fixed) {
            if (!aligned(addr)) {
                return -Errno.EINVAL;
            }
            if (Long.compareUnsigned(addr + size, m.layout().limit()) > 0 || addr + size < addr) {
                noteWindow(t, addr);
                return -Errno.ENOMEM;
            }
            if ((flags & MAP_FIXED) == 0 && !free(m, addr, size)) {
                return -Errno.EEXIST;
            }
            at = addr;
        } else if ((flags & MAP_32BIT) != 0) {
            // arch_get_unmapped_area: the hint if it fits below 2 GiB, else bottom-up in [1 GiB, 2 GiB).
            long hint = addr & ~(PAGE - 1);
            at = hint != 0 && Long.compareUnsigned(hint + size, MAP_32BIT_TOP) <= 0 && hint + size > hint
                    && m.findFreeIn(size, hint, hint + size, true) == hint
                    ? hint : m.findFreeIn(size, MAP_32BIT_BOTTOM, MAP_32BIT_TOP, true);
            if (at == -1) {
                return -Errno.ENOMEM;
            }
        } else {
            // A hint is rounded down to a page and used only if the whole range is free.
            long hint = addr & ~(PAGE - 1);
            at = m.findFree(size, hint != 0 && Long.compareUnsigned(hint + size, m.layout().limit()) <= 0 ? hint : 0);
            if (at == -1) {
                return -Errno.ENOMEM;
            }
        }
        int p = (int) prot & (Prot.READ | Prot.WRITE | Prot.EXEC);
        forgetRange(t.process, at, size);
        if (file == null) {
            // Shared anonymous memory is a shmem file of /dev/zero to the kernel, deleted at once.
            if (type == MAP_PRIVATE) {
                m.map(at, size, p, "");
                return at;
            }
            // Shared anonymous memory stays shared across fork: a memory object every process
            // mapping it holds (SharedAnonymousMemory).
            if (!m.canMapShared() && size > Integer.MAX_VALUE) {
                m.map(at, size, p, SHARED_ANON_NAME); // too large to keep in step: a private copy (docs/quirks.md)
            } else {
                SharedAnonymousMemory shm = new SharedAnonymousMemory(size, at >>> 12, "shared anonymous");
                shm.map(t.process, at, size, p, SHARED_ANON_NAME);
                shm.release(); // the mapping holds its own reference
            }
            t.process.fileRanges.add(at, at + size, 0, SHARED_ANON_STAT, SHARED_ANON_NAME);
            return at;
        }
        // /proc/PID/maps names the file (a memfd's or pipe's procLink has no host path).
        String name = file.hostPath() != null ? file.hostPath().toAbsolutePath().normalize().toString() : file.procLink();
        if (type != MAP_PRIVATE && m.canMapShared() && size <= Integer.MAX_VALUE) {
            // The range's object in the run, which every process mapping it shares (SharedFileObjects).
            SharedFileObjects.FileObject o;
            try {
                o = SharedFileObjects.acquire(file, st, off, size);
            } catch (ErrnoException e) {
                return -e.errno;
            }
            m.mapShared(at, size, p, name, o.memory, off - o.fileOffset);
            t.process.fileRanges.add(at, at + size, off, st, name);
            t.process.sharedFiles.addObject(at, size, o);
            return at;
        }
        m.map(at, size, p, name);
        t.process.fileRanges.add(at, at + size, off, st, name);
        long mapped = fillFromFile(m, at, size, file, off);
        if (mapped < 0) {
            m.unmap(at, size);
            return mapped;
        }
        if (type != MAP_PRIVATE) {
            t.process.sharedFiles.add(m, at, size, file, off);
        } else {
            t.process.privateFiles.add(at, size, file, off);
            PrivateFileMappings.markPastEof(t.process, at, size, st, off);
        }
        return at;
    }

    /**
     * Copies the file's bytes into a fresh mapping; bytes past end of file stay zero. A private
     * mapping then stays a copy; a shared one is kept coherent by {@link SharedFileMappings}.
     */
    static long fillFromFile(AddressSpace m, long at, long size, OpenFile file, long off) {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size, 1 << 20));
        long done = 0;
        try {
            while (done < size) {
                int want = (int) Math.min(buf.capacity(), size - done);
                buf.clear().limit(want);
                int n = file.pread(buf, off + done);
                if (n <= 0) {
                    break;
                }
                m.poke(at + done, buf.array(), 0, n);
                done += n;
                if (n < want) {
                    break;
                }
            }
        } catch (ErrnoException e) {
            return -e.errno;
        }
        return done;
    }

    // ---- munmap, mprotect -----------------------------------------------------------------------

    public static long munmap(Task t, long addr, long len, long a2, long a3, long a4, long a5) {
        AddressSpace m = t.process.mem;
        if (!aligned(addr) || len == 0) {
            return -Errno.EINVAL;
        }
        long size = pageUp(len);
        if (size == 0 || Long.compareUnsigned(addr + size, m.layout().limit()) > 0 || addr + size < addr) {
            return -Errno.EINVAL;
        }
        forgetRange(t.process, addr, size);
        m.unmap(addr, size);
        return 0;
    }

    /**
     * What a mapping of [addr, addr+size) leaves behind when it goes (munmap, a new mapping over it,
     * shmdt): shared ones write their last changes, file and shm records are dropped.
     */
    static void forgetRange(LinuxProcess p, long addr, long size) {
        p.sharedFiles.unmap(p.mem, addr, size);
        p.privateFiles.unmap(addr, size);
        p.shmAttachments.unmapped(addr, size, p.pid);
    }

    public static long mprotect(Task t, long addr, long len, long prot, long a3, long a4, long a5) {
        AddressSpace m = t.process.mem;
        if (!aligned(addr)) {
            return -Errno.EINVAL;
        }
        if ((prot & ~(long) (PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM | PROT_GROWSDOWN | PROT_GROWSUP)) != 0
                || (prot & (PROT_GROWSDOWN | PROT_GROWSUP)) == (PROT_GROWSDOWN | PROT_GROWSUP)) {
            return -Errno.EINVAL;
        }
        long size = pageUp(len);
        if (len != 0 && size == 0 || addr + size < addr) {
            return -Errno.ENOMEM;
        }
        if (size == 0) {
            return 0;
        }
        if (Long.compareUnsigned(addr + size, m.layout().limit()) > 0) {
            return -Errno.ENOMEM;
        }
        if (t.process.mdwe != 0 && (prot & PROT_EXEC) != 0 && mdweRefuses(m, addr, size, prot)) {
            return -Errno.EACCES;
        }
        return m.protect(addr, size, (int) prot & (Prot.READ | Prot.WRITE | Prot.EXEC)) ? 0 : -Errno.ENOMEM;
    }

    /**
     * PR_SET_MDWE's rule for mprotect (map_deny_write_exec): executable and writable together, or
     * executable where a mapped page of the range is not yet. The kernel judges mapping by mapping
     * and stops at the first refusal; ring3 refuses before changing any.
     */
    private static boolean mdweRefuses(AddressSpace m, long addr, long size, long prot) {
        if ((prot & PROT_WRITE) != 0) {
            return true;
        }
        for (long a = addr; Long.compareUnsigned(a, addr + size) < 0; a += PAGE) {
            if (m.isMapped(a, PAGE) && (m.protAt(a) & Prot.EXEC) == 0) {
                return true;
            }
        }
        return false;
    }

    // ---- mremap ------------------------------------------------------------------------------------

    public static long mremap(Task t, long old, long oldLen, long newLen, long flags, long newAddr, long a5) {
        AddressSpace m = t.process.mem;
        if ((flags & ~(long) (MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP)) != 0 || !aligned(old)) {
            return -Errno.EINVAL;
        }
        if ((flags & MREMAP_FIXED) != 0 && (flags & MREMAP_MAYMOVE) == 0) {
            return -Errno.EINVAL;
        }
        if ((flags & MREMAP_DONTUNMAP) != 0) {
            return -Errno.EINVAL; // only for private anonymous moves; nothing here uses it yet
        }
        long oldSize = pageUp(oldLen);
        long newSize = pageUp(newLen);
        if (newSize == 0 || (newLen != 0 && newSize == 0)) {
            return -Errno.EINVAL;
        }
        if (oldSize == 0) {
            return -Errno.EINVAL; // duplicating a mapping needs MAP_SHARED memory, which ring3 lacks
        }
        if (!m.isMapped(old, oldSize)) {
            return -Errno.EFAULT;
        }
        int prot = m.protAt(old) & (Prot.READ | Prot.WRITE | Prot.EXEC);
        String name = nameAt(m, old);
        if ((flags & MREMAP_FIXED) != 0) {
            if (!aligned(newAddr)) {
                return -Errno.EINVAL;
            }
            if (Long.compareUnsigned(newAddr + newSize, m.layout().limit()) > 0) {
                return -Errno.ENOMEM;
            }
            // The ranges may not overlap.
            if (Long.compareUnsigned(newAddr, old + oldSize) < 0 && Long.compareUnsigned(old, newAddr + newSize) < 0) {
                return -Errno.EINVAL;
            }
            m.unmap(newAddr, newSize);
            t.process.privateFiles.unmap(newAddr, newSize);
            moveGrow(t.process, old, oldSize, newAddr, newSize, prot, name);
            return newAddr;
        }
        if (newSize <= oldSize) {
            if (newSize < oldSize) {
                m.unmap(old + newSize, oldSize - newSize);
                t.process.privateFiles.unmap(old + newSize, oldSize - newSize);
            }
            return old;
        }
        long extra = newSize - oldSize;
        if (Long.compareUnsigned(old + newSize, m.layout().limit()) <= 0 && free(m, old + oldSize, extra)) {
            m.map(old + oldSize, extra, prot, name);
            return old;
        }
        if ((flags & MREMAP_MAYMOVE) == 0) {
            return -Errno.ENOMEM;
        }
        long to = m.findFree(newSize, 0);
        if (to == -1) {
            return -Errno.ENOMEM;
        }
        moveGrow(t.process, old, oldSize, to, newSize, prot, name);
        return to;
    }

    /** Moves [old, old+oldSize) to {@code to} (free), then trims or extends it to {@code newSize}. */
    private static void moveGrow(LinuxProcess p, long old, long oldSize, long to, long newSize, int prot, String name) {
        AddressSpace m = p.mem;
        long keep = Math.min(oldSize, newSize);
        if (keep < oldSize) {
            m.unmap(old + keep, oldSize - keep);
        }
        m.move(old, to, keep);
        p.privateFiles.move(old, oldSize, to);
        if (newSize > keep) {
            m.map(to + keep, newSize - keep, prot, name);
        }
    }

    // ---- madvise, msync, mlock --------------------------------------------------------------------

    public static long madvise(Task t, long addr, long len, long advice, long a3, long a4, long a5) {
        AddressSpace m = t.process.mem;
        if (!aligned(addr) || !knownAdvice(advice)) {
            return -Errno.EINVAL;
        }
        long size = pageUp(len);
        if (len != 0 && size == 0 || addr + size < addr) {
            return -Errno.EINVAL;
        }
        if (size == 0) {
            return 0;
        }
        if (advice == MADV_DONTNEED || advice == MADV_REMOVE) {
            dropPrivatePages(t.process, addr, size);
        }
        // Linux applies the advice to what is mapped and then reports the holes.
        return m.isMapped(addr, size) ? 0 : -Errno.ENOMEM;
    }

    /**
     * MADV_DONTNEED: the process's private pages in [addr, addr+size) go; anonymous ones read as
     * zero afterwards, private copies of a file as the file's bytes again. Shared pages keep their
     * contents (the next access would find the same page in the page cache or shmem).
     */
    private static void dropPrivatePages(LinuxProcess p, long addr, long size) {
        AddressSpace m = p.mem;
        long end = addr + size;
        for (AddressSpace.Mapping mp : m.mappings()) {
            long s = Math.max(mp.start(), addr);
            long e = Math.min(mp.end(), end);
            while (Long.compareUnsigned(s, e) < 0) {
                boolean shared = sharedPage(p, s);
                long runEnd = s + PAGE;
                while (runEnd < e && sharedPage(p, runEnd) == shared) {
                    runEnd += PAGE;
                }
                if (shared) {
                    s = runEnd;
                    continue;
                }
                m.map(s, runEnd - s, mp.prot() & (Prot.READ | Prot.WRITE | Prot.EXEC), mp.name());
                p.privateFiles.reread(m, s, runEnd - s);
                s = runEnd;
            }
        }
    }

    /** Whether {@code page} maps shared memory, the object's own bytes or a copy kept in step with it. */
    static boolean sharedPage(LinuxProcess p, long page) {
        return p.mem.sharedAt(page) != null || (p.sharedFiles.active() && p.sharedFiles.covers(page));
    }

    private static boolean knownAdvice(long a) {
        return (a >= 0 && a <= 4) || (a >= 8 && a <= 25) || a == 100 || a == 101;
    }

    public static long msync(Task t, long addr, long len, long flags, long a3, long a4, long a5) {
        if (!aligned(addr) || (flags & ~(long) (MS_ASYNC | MS_INVALIDATE | MS_SYNC)) != 0
                || (flags & (MS_ASYNC | MS_SYNC)) == (MS_ASYNC | MS_SYNC)) {
            return -Errno.EINVAL;
        }
        long size = pageUp(len);
        return size == 0 || t.process.mem.isMapped(addr, size) ? 0 : -Errno.ENOMEM;
    }

    /** mlock, munlock, mlock2: ring3 never pages guest memory out, so only the range is checked. */
    public static long mlock(Task t, long addr, long len, long a2, long a3, long a4, long a5) {
        long start = addr & ~(PAGE - 1);
        long size = pageUp(len + (addr - start));
        return size == 0 || t.process.mem.isMapped(start, size) ? 0 : -Errno.ENOMEM;
    }

    /**
     * mincore(2): one byte per page, bit 0 set if it is resident: for ring3, if it was written since
     * it was mapped (it has memory of its own). EINVAL for an unaligned start, ENOMEM if part of
     * the range is not mapped.
     */
    public static long mincore(Task k, long addr, long len, long vec, long a3, long a4, long a5) {
        if ((addr & 4095) != 0) {
            return -Errno.EINVAL;
        }
        AddressSpace m = k.process.mem;
        long pages = (len + 4095) >>> 12;
        if (len != 0 && !m.isMapped(addr, pages << 12)) {
            return -Errno.ENOMEM;
        }
        byte[] v = new byte[(int) Math.min(pages, 1 << 20)];
        for (long done = 0; done < pages; done += v.length) {
            int n = (int) Math.min(v.length, pages - done);
            for (int i = 0; i < n; i++) {
                v[i] = (byte) (m.written(addr + ((done + i) << 12)) ? 1 : 0);
            }
            m.write(vec + done, v, 0, n);
        }
        return 0;
    }

    static final int MEMBARRIER_CMD_QUERY = 0, MEMBARRIER_CMD_GLOBAL = 1, MEMBARRIER_CMD_GLOBAL_EXPEDITED = 2,
            MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED = 4, MEMBARRIER_CMD_PRIVATE_EXPEDITED = 8,
            MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED = 16, MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE = 32,
            MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE = 64, MEMBARRIER_CMD_GET_REGISTRATIONS = 512;
    private static final int MEMBARRIER_SUPPORTED = MEMBARRIER_CMD_GLOBAL | MEMBARRIER_CMD_GLOBAL_EXPEDITED
            | MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED | MEMBARRIER_CMD_PRIVATE_EXPEDITED
            | MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED | MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE
            | MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE | MEMBARRIER_CMD_GET_REGISTRATIONS;

    /**
     * membarrier(2): a full fence (every guest thread is a JVM thread, and the JVM's fence orders
     * their memory as the kernel's IPIs would); the expedited commands need their registration
     * first (EPERM), as the kernel checks.
     */
    public static long membarrier(Task k, long cmd, long flags, long cpu, long a3, long a4, long a5) {
        if (flags != 0) {
            return -Errno.EINVAL;
        }
        LinuxProcess p = k.process;
        switch ((int) cmd) {
            case MEMBARRIER_CMD_QUERY:
                return MEMBARRIER_SUPPORTED;
            case MEMBARRIER_CMD_GET_REGISTRATIONS:
                synchronized (p) {
                    return p.membarrierRegistered;
                }
            case MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED:
            case MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED:
            case MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE:
                synchronized (p) {
                    p.membarrierRegistered |= (int) cmd;
                }
                return 0;
            case MEMBARRIER_CMD_GLOBAL:
            case MEMBARRIER_CMD_GLOBAL_EXPEDITED:
                java.lang.invoke.VarHandle.fullFence();
                return 0;
            case MEMBARRIER_CMD_PRIVATE_EXPEDITED:
            case MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE: {
                int reg = (int) cmd << 1;
                synchronized (p) {
                    if ((p.membarrierRegistered & reg) == 0) {
                        return -Errno.EPERM;
                    }
                }
                java.lang.invoke.VarHandle.fullFence();
                return 0;
            }
            default:
                return -Errno.EINVAL;
        }
    }
}
