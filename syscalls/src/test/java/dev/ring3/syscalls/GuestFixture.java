package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A guest process for handler tests: a flat address space with one scratch mapping, a temp cwd. */
final class GuestFixture implements AutoCloseable {
    static final long BASE = 0x10000000L;
    static final long SIZE = 1 << 20;
    /** An address that is never mapped. */
    static final long BAD = 0x7000_0000L;

    final AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT);
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    final LinuxProcess p;
    private long next = BASE;

    GuestFixture(Path cwd) {
        mem.map(BASE, SIZE, Prot.READ | Prot.WRITE, "");
        FdTable fds = FdTable.standard(Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0])),
                Channels.newChannel(stdout), Channels.newChannel(stderr));
        p = new LinuxProcess(42, mem, fds, cwd.toString());
        p.exePath = "/usr/bin/true";
    }

    /** Allocates {@code n} zeroed bytes of guest memory (8-aligned). */
    long alloc(long n) {
        long a = next;
        next += (n + 7) & ~7L;
        return a;
    }

    /** A NUL-terminated copy of {@code s} in guest memory. */
    long str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        long a = alloc(b.length + 1);
        mem.write(a, b, 0, b.length);
        mem.write8(a + b.length, (byte) 0);
        return a;
    }

    long bytes(byte[] b) {
        long a = alloc(b.length);
        mem.write(a, b, 0, b.length);
        return a;
    }

    byte[] read(long a, int n) {
        byte[] b = new byte[n];
        mem.read(a, b, 0, n);
        return b;
    }

    String string(long a, int n) {
        return new String(read(a, n), StandardCharsets.UTF_8);
    }

    /** open(2) relative to the cwd. */
    long open(String path, int flags, int mode) {
        long a = str(path);
        return call(() -> FileSyscalls.openat(p, OpenFlags.AT_FDCWD, a, flags, mode));
    }

    /** Runs a handler the way the syscall table does: errors come back as -errno. */
    static long call(java.util.function.LongSupplier handler) {
        try {
            return handler.getAsLong();
        } catch (ErrnoException e) {
            return -e.errno;
        } catch (dev.ring3.mmu.GuestFault f) {
            return -Errno.EFAULT;
        }
    }

    @Override
    public void close() {
        p.fds.closeAll();
        mem.close();
    }
}
