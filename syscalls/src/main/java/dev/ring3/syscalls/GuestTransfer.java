package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.nio.ByteBuffer;

/**
 * Moves data between guest buffers (one, or an iovec list) and an {@link OpenFile} through the
 * per-thread bounce buffer, 64 KiB at a time. Like the kernel it returns a short count rather than
 * an error once some bytes have moved; a read continues past one chunk only on regular files, so a
 * pipe or terminal read returns what one read gave, as on Linux.
 */
public final class GuestTransfer {
    /** MAX_RW_COUNT: the kernel clamps one transfer to INT_MAX rounded down to a page. */
    public static final long MAX_RW_COUNT = 0x7ffff000L;

    private GuestTransfer() {}

    /** Reads into the segments; {@code position} < 0 reads at the file offset (read, readv). */
    public static long read(AddressSpace mem, OpenFile f, long[] bases, long[] lens, long position) {
        long remaining = requested(lens);
        long total = 0;
        int seg = 0;
        long segOff = 0;
        do {
            ByteBuffer b = GuestBuffers.scratch(remaining);
            int chunk = b.limit();
            // EFAULT before consuming input: check where this chunk will land.
            try {
                checkWritable(mem, bases, lens, seg, segOff, chunk);
            } catch (ErrnoException e) {
                return shortCount(total, e);
            }
            int n;
            try {
                n = position < 0 ? f.read(b) : f.pread(b, position + total);
            } catch (ErrnoException e) {
                return shortCount(total, e);
            }
            if (n <= 0) {
                break;
            }
            int done = 0;
            while (done < n) {
                int piece = (int) Math.min(n - done, lens[seg] - segOff);
                mem.write(bases[seg] + segOff, b.array(), b.arrayOffset() + done, piece);
                done += piece;
                segOff += piece;
                if (segOff == lens[seg]) {
                    seg++;
                    segOff = 0;
                }
            }
            total += n;
            remaining -= n;
            if (n < chunk || !f.isRegularFile()) {
                break;
            }
        } while (remaining > 0);
        return total;
    }

    /** The bytes the segments ask for, clamped to {@link #MAX_RW_COUNT} as the kernel clamps them. */
    private static long requested(long[] lens) {
        long sum = 0;
        for (long l : lens) {
            sum += l;
        }
        return Math.min(sum, MAX_RW_COUNT);
    }

    /**
     * What a transfer that failed after moving {@code total} bytes returns: the short count, as the
     * kernel does once some bytes have moved, or, when none have, the error.
     */
    static long shortCount(long total, ErrnoException e) {
        if (total > 0) {
            return total;
        }
        throw e;
    }

    private static void checkWritable(AddressSpace mem, long[] bases, long[] lens, int seg, long segOff, long len) {
        while (len > 0 && seg < lens.length) {
            long piece = Math.min(len, lens[seg] - segOff);
            GuestBuffers.checkWritable(mem, bases[seg] + segOff, piece);
            len -= piece;
            seg++;
            segOff = 0;
        }
    }

    /** Writes from the segments; {@code position} < 0 writes at the file offset (write, writev). */
    public static long write(AddressSpace mem, OpenFile f, long[] bases, long[] lens, long position) {
        long remaining = requested(lens);
        long total = 0;
        int seg = 0;
        long segOff = 0;
        do {
            ByteBuffer b = GuestBuffers.scratch(remaining);
            int chunk = b.limit();
            int filled = 0;
            try {
                while (filled < chunk) {
                    int piece = (int) Math.min(chunk - filled, lens[seg] - segOff);
                    mem.read(bases[seg] + segOff, b.array(), b.arrayOffset() + filled, piece);
                    filled += piece;
                    segOff += piece;
                    if (segOff == lens[seg]) {
                        seg++;
                        segOff = 0;
                    }
                }
            } catch (GuestFault e) {
                return shortCount(total, ErrnoException.of(Errno.EFAULT));
            }
            b.position(0).limit(chunk);
            int n;
            try {
                n = position < 0 ? f.write(b) : f.pwrite(b, position + total);
            } catch (ErrnoException e) {
                return shortCount(total, e);
            }
            total += n;
            remaining -= n;
            if (n < chunk) {
                break;
            }
        } while (remaining > 0);
        return total;
    }
}
