package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The bounce buffer between guest memory and Java channels, one per host thread so that read and
 * write do not allocate, and the up-front pointer checks that let read(2) fail with EFAULT before
 * it consumes any input (as the kernel's access_ok does).
 */
public final class GuestBuffers {
    /** Bytes moved per step of a large transfer. */
    public static final int CHUNK = 64 * 1024;

    private static final ThreadLocal<ByteBuffer> SCRATCH = ThreadLocal.withInitial(() -> ByteBuffer.allocate(CHUNK));

    private GuestBuffers() {}

    /** This thread's bounce buffer, cleared, with its limit at {@code min(len, CHUNK)}. */
    public static ByteBuffer scratch(long len) {
        ByteBuffer b = SCRATCH.get();
        b.clear();
        b.order(ByteOrder.LITTLE_ENDIAN);
        b.limit((int) Math.min(len, CHUNK));
        return b;
    }

    /** EFAULT unless every page of [addr, addr+len) is mapped writable. */
    public static void checkWritable(AddressSpace mem, long addr, long len) {
        check(mem, addr, len, Prot.WRITE);
    }

    /** EFAULT unless every page of [addr, addr+len) is mapped readable. */
    public static void checkReadable(AddressSpace mem, long addr, long len) {
        check(mem, addr, len, Prot.READ);
    }

    private static void check(AddressSpace mem, long addr, long len, int prot) {
        if (len <= 0) {
            return;
        }
        long end = addr + len;
        if (Long.compareUnsigned(end, addr) < 0) {
            throw ErrnoException.of(Errno.EFAULT);
        }
        for (long page = addr & ~AddressSpace.PAGE_MASK; Long.compareUnsigned(page, end) < 0; page += AddressSpace.PAGE_SIZE) {
            int p = mem.protAt(page);
            if (p < 0 || (p & prot) == 0) {
                throw ErrnoException.of(Errno.EFAULT);
            }
            if (page + AddressSpace.PAGE_SIZE == 0) {
                break;
            }
        }
    }

    /** Copies the buffer's [0, n) to guest memory at {@code addr}. */
    public static void toGuest(AddressSpace mem, long addr, ByteBuffer b, int n) {
        mem.write(addr, b.array(), b.arrayOffset(), n);
    }

    /** Fills the buffer's [0, n) from guest memory at {@code addr} and flips it for reading. */
    public static ByteBuffer fromGuest(AddressSpace mem, long addr, long len) {
        ByteBuffer b = scratch(len);
        mem.read(addr, b.array(), b.arrayOffset(), b.limit());
        b.position(0);
        return b;
    }
}
