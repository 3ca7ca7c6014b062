package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;

/** struct iovec arrays (16 bytes each: void *iov_base, size_t iov_len) of readv, writev, preadv. */
public final class IovecDescriptor {
    public static final int SIZE = 16;
    /** UIO_MAXIOV: more entries is EINVAL. */
    public static final int MAX = 1024;

    private IovecDescriptor() {}

    public static long base(AddressSpace mem, long iov, int i) {
        return mem.read64(iov + (long) i * SIZE);
    }

    public static long length(AddressSpace mem, long iov, int i) {
        return mem.read64(iov + (long) i * SIZE + 8);
    }

    /**
     * Validates an iovec array as the kernel's import_iovec does before any transfer: EINVAL for a
     * count outside [0, 1024] or lengths whose sum overflows ssize_t, EFAULT for an unreadable array.
     * Returns the total length.
     */
    public static long total(AddressSpace mem, long iov, long count) {
        if (count < 0 || count > MAX) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        long total = 0;
        for (int i = 0; i < count; i++) {
            long len = length(mem, iov, i);
            if (len < 0 || total + len < 0) {
                throw ErrnoException.of(Errno.EINVAL);
            }
            total += len;
        }
        return total;
    }
}
