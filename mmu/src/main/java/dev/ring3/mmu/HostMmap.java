package dev.ring3.mmu;

import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import org.agrona.UnsafeApi;

/**
 * The host's mmap, munmap, memfd_create, ftruncate and close, called through the JDK's foreign
 * function API: what lets two guest processes' flat windows hold the same host pages, so that
 * MAP_SHARED memory is shared store by store, as on Linux (docs/processes.md, "Shared memory").
 *
 * <p>Linked through {@link NativeCalls} (JDK 22+, or JDK 17 with its incubating module) when this
 * class is first used, which is at a guest's first shared mapping. Where that is impossible,
 * {@link #AVAILABLE} is false and shared memory in a flat window falls back to copies synchronised
 * at system calls. {@code -Dring3.hostMmap=false} forces the fallback.
 */
public final class HostMmap {
    static final int PROT_READ = 1, PROT_WRITE = 2;
    static final int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20, MAP_NORESERVE = 0x4000;
    private static final int MFD_CLOEXEC = 1;

    private static MethodHandle mmap, munmap, memfdCreate, ftruncate, close;
    /** Why {@link #AVAILABLE} is false, or null. */
    private static String unavailable;
    /** True when the calls below work. */
    public static final boolean AVAILABLE = link();

    private HostMmap() {}

    /** Why the host's mmap cannot be called, or null when it can. */
    public static String unavailable() {
        return unavailable;
    }

    private static boolean link() {
        if (!Boolean.parseBoolean(System.getProperty("ring3.hostMmap", "true"))) {
            unavailable = "turned off by -Dring3.hostMmap=false";
            return false;
        }
        if (NativeCalls.unavailable() != null) {
            unavailable = NativeCalls.unavailable();
            return false;
        }
        try {
            mmap = NativeCalls.symbol("mmap", long.class, long.class, long.class, int.class, int.class, int.class, long.class);
            munmap = NativeCalls.symbol("munmap", int.class, long.class, long.class);
            memfdCreate = NativeCalls.symbol("memfd_create", int.class, long.class, int.class);
            ftruncate = NativeCalls.symbol("ftruncate", int.class, int.class, long.class);
            close = NativeCalls.symbol("close", int.class, int.class);
            long p = map(0, 4096, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            unmap(p, 4096);
            return true;
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError) {
                throw (VirtualMachineError) t;
            }
            unavailable = "linking failed: " + t;
            return false;
        }
    }

    /** mmap(addr, len, PROT_READ|PROT_WRITE, flags, fd, off); throws if the host refuses. */
    static long map(long addr, long len, int flags, int fd, long off) {
        long p;
        try {
            p = (long) mmap.invokeExact(addr, len, PROT_READ | PROT_WRITE, flags, fd, off);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (p == -1 || ((flags & MAP_FIXED) != 0 && p != addr)) {
            throw new OutOfMemoryError(String.format("host mmap(0x%x, 0x%x, flags 0x%x, fd %d) failed", addr, len, flags, fd));
        }
        return p;
    }

    /** Fresh private zero pages at [addr, addr+len), replacing what was there (MAP_FIXED). */
    static void zeroFixed(long addr, long len) {
        map(addr, len, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
    }

    static void unmap(long addr, long len) {
        try {
            int r = (int) munmap.invokeExact(addr, len);
            if (r != 0) {
                throw new IllegalStateException(String.format("host munmap(0x%x, 0x%x) failed", addr, len));
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A memfd of {@code size} zero bytes (close-on-exec), named for /proc/PID/maps of ring3 itself. */
    static int memfd(String name, long size) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        long str = UnsafeApi.allocateMemory(n.length + 1);
        try {
            for (int k = 0; k < n.length; k++) {
                UnsafeApi.putByte(str + k, n[k]);
            }
            UnsafeApi.putByte(str + n.length, (byte) 0);
            int fd = (int) memfdCreate.invokeExact(str, MFD_CLOEXEC);
            if (fd < 0) {
                throw new OutOfMemoryError("host memfd_create failed");
            }
            if ((int) ftruncate.invokeExact(fd, size) != 0) {
                int ignored = (int) close.invokeExact(fd);
                throw new OutOfMemoryError("host ftruncate of a memfd to " + size + " bytes failed");
            }
            return fd;
        } catch (Throwable t) {
            throw rethrow(t);
        } finally {
            UnsafeApi.freeMemory(str);
        }
    }

    static void closeFd(int fd) {
        try {
            int ignored = (int) close.invokeExact(fd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        throw new IllegalStateException(t);
    }
}
