package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;

/** struct timespec (16 bytes: s64 tv_sec, long tv_nsec) and struct timeval (s64 tv_sec, long tv_usec). */
public final class TimespecDescriptor {
    public static final int SIZE = 16;

    /** utimensat(2) special tv_nsec values. */
    public static final long UTIME_NOW = (1L << 30) - 1;
    public static final long UTIME_OMIT = (1L << 30) - 2;

    private TimespecDescriptor() {}

    public static long sec(AddressSpace mem, long addr) {
        return mem.read64(addr);
    }

    public static long nsec(AddressSpace mem, long addr) {
        return mem.read64(addr + 8);
    }

    public static void write(AddressSpace mem, long addr, long sec, long nsec) {
        mem.write64(addr, sec);
        mem.write64(addr + 8, nsec);
    }

    /**
     * A timeout as nanoseconds (saturating), EINVAL for a negative second count or a nanosecond
     * field outside [0, 1e9) as the kernel's timespec64_valid checks.
     */
    public static long timeoutNanos(AddressSpace mem, long addr) {
        long s = sec(mem, addr);
        long ns = nsec(mem, addr);
        if (s < 0 || ns < 0 || ns >= 1_000_000_000L) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return s >= Long.MAX_VALUE / 1_000_000_000L - 1 ? Long.MAX_VALUE : s * 1_000_000_000L + ns;
    }

    /** Same for a struct timeval (select(2)): tv_usec must lie in [0, 1e6). */
    public static long timevalNanos(AddressSpace mem, long addr) {
        long s = sec(mem, addr);
        long us = nsec(mem, addr);
        if (s < 0 || us < 0 || us >= 1_000_000L) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return s >= Long.MAX_VALUE / 1_000_000_000L - 1 ? Long.MAX_VALUE : s * 1_000_000_000L + us * 1000;
    }
}
