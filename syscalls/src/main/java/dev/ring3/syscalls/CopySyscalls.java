package dev.ring3.syscalls;

import dev.ring3.semgen.Semantics;
import java.nio.ByteBuffer;

/**
 * Kernel-side copies between fds: sendfile(2) and copy_file_range(2), done through the bounce
 * buffer. Registered by {@link FileSyscalls#register}.
 */
@Semantics(SyscallHandler.class)
public final class CopySyscalls {
    private CopySyscalls() {}

    static void register(SyscallTable t) {
        t.row(40, "sendfile", "fd,fd,loff_inout,size", CopySyscallsSem.sendfile);
        t.row(326, "copy_file_range", "fd,loff_inout,fd,loff_inout,size,number_flags", CopySyscallsSem.copyFileRange);
    }

    static long sendfile(Task k, long a, long b, long c, long d, long e, long f) {
        return FileSyscalls.sigpipe(k, () -> sendfile(k.process, a, b, c, d));
    }

    static long copyFileRange(Task k, long a, long b, long c, long d, long e, long f) {
        return copyFileRange(k.process, a, b, c, d, e, f);
    }

    /**
     * sendfile(out, in, *offset, count): from {@code *offset} (left unchanged in the file, updated in
     * memory) or the file offset of {@code in}. EINVAL if out has O_APPEND, as in Linux.
     */
    public static long sendfile(LinuxProcess p, long outFd, long inFd, long offsetPtr, long count) {
        OpenFile in = FileSyscalls.readable(p, inFd);
        OpenFile out = FileSyscalls.writable(p, outFd);
        if (out.append()) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        long pos = -1;
        if (offsetPtr != 0) {
            pos = p.mem.read64(offsetPtr);
            if (pos < 0) {
                throw ErrnoException.of(Errno.EINVAL);
            }
        }
        if (count < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        long total = copy(in, pos, out, -1, Math.min(count, GuestTransfer.MAX_RW_COUNT));
        if (offsetPtr != 0) {
            p.mem.write64(offsetPtr, pos + total);
        }
        return total;
    }

    /** copy_file_range(2) between regular files; flags must be 0. */
    public static long copyFileRange(LinuxProcess p, long inFd, long inOffPtr, long outFd, long outOffPtr,
            long len, long flags) {
        if (flags != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        OpenFile in = FileSyscalls.readable(p, inFd);
        OpenFile out = FileSyscalls.writable(p, outFd);
        if (out.append()) {
            throw ErrnoException.of(Errno.EBADF);
        }
        if (!in.isRegularFile() || !out.isRegularFile()) {
            throw ErrnoException.of(in instanceof HostDirectory || out instanceof HostDirectory ? Errno.EISDIR : Errno.EINVAL);
        }
        long inPos = inOffPtr == 0 ? -1 : p.mem.read64(inOffPtr);
        long outPos = outOffPtr == 0 ? -1 : p.mem.read64(outOffPtr);
        if ((inOffPtr != 0 && inPos < 0) || (outOffPtr != 0 && outPos < 0) || len < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        long total = copy(in, inPos, out, outPos, Math.min(len, GuestTransfer.MAX_RW_COUNT));
        if (inOffPtr != 0) {
            p.mem.write64(inOffPtr, inPos + total);
        }
        if (outOffPtr != 0) {
            p.mem.write64(outOffPtr, outPos + total);
        }
        return total;
    }

    /** Copies up to {@code count} bytes; a position < 0 means the file offset. */
    private static long copy(OpenFile in, long inPos, OpenFile out, long outPos, long count) {
        long total = 0;
        while (total < count) {
            ByteBuffer b = GuestBuffers.scratch(count - total);
            int chunk = b.limit();
            int n;
            try {
                n = inPos < 0 ? in.read(b) : in.pread(b, inPos + total);
            } catch (ErrnoException e) {
                return GuestTransfer.shortCount(total, e);
            }
            if (n <= 0) {
                break;
            }
            b.flip();
            int w;
            try {
                w = outPos < 0 ? out.write(b) : out.pwrite(b, outPos + total);
            } catch (ErrnoException e) {
                return GuestTransfer.shortCount(total, e);
            }
            total += w;
            if (w < n) {
                if (inPos < 0 && in.isRegularFile()) {
                    in.seek(w - n, 1); // give back what out did not take
                }
                break;
            }
            if (n < chunk || !in.isRegularFile()) {
                break;
            }
        }
        return total;
    }
}
