package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The x86-64 struct statfs (asm-generic/statfs.h, 120 bytes): f_type, f_bsize, f_blocks, f_bfree,
 * f_bavail, f_files, f_ffree, f_fsid, f_namelen, f_frsize, f_flags, 4 spare words, all 8 bytes.
 */
public final class StatfsDescriptor {
    public static final int SIZE = 120;

    /** f_flags bit ST_RDONLY. */
    public static final long ST_RDONLY = 1;
    /** f_flags bit ST_VALID: the kernel sets it since 2.6.36 to say f_flags is filled. */
    public static final long ST_VALID = 0x20;

    private StatfsDescriptor() {}

    public static void write(AddressSpace mem, long addr, long type, long bsize, long blocks, long bfree,
            long bavail, long files, long ffree, long namelen, long flags) {
        byte[] raw = new byte[SIZE];
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, type);
        b.putLong(8, bsize);
        b.putLong(16, blocks);
        b.putLong(24, bfree);
        b.putLong(32, bavail);
        b.putLong(40, files);
        b.putLong(48, ffree);
        b.putLong(56, 0); // f_fsid
        b.putLong(64, namelen);
        b.putLong(72, bsize); // f_frsize
        b.putLong(80, flags);
        mem.write(addr, raw, 0, SIZE);
    }
}
