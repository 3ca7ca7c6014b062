package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * struct statx (linux/stat.h, 256 bytes), filled by statx(2). ring3 fills STATX_BASIC_STATS and
 * reports exactly that in stx_mask: the JDK gives no birth time, mount id or attributes.
 */
public final class StatxDescriptor {
    public static final int SIZE = 256;

    /** stx_mask bits (statx(2)). */
    public static final int STATX_BASIC_STATS = 0x7ff;
    /** Reserved for future struct statx expansion: the kernel answers EINVAL. */
    public static final int STATX_RESERVED = 0x80000000;

    private StatxDescriptor() {}

    /** Writes {@code s} at {@code addr}. */
    public static void write(AddressSpace mem, long addr, FileStat s) {
        byte[] raw = new byte[SIZE];
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, STATX_BASIC_STATS);
        b.putInt(4, (int) s.blksize());
        b.putLong(8, 0); // stx_attributes
        b.putInt(16, (int) s.nlink());
        b.putInt(20, s.uid());
        b.putInt(24, s.gid());
        b.putShort(28, (short) s.mode());
        b.putLong(32, s.ino());
        b.putLong(40, s.size());
        b.putLong(48, s.blocks());
        b.putLong(56, 0); // stx_attributes_mask
        timestamp(b, 64, s.atimeSec(), s.atimeNsec());
        // 80: stx_btime stays zero (not in the mask)
        timestamp(b, 96, s.ctimeSec(), s.ctimeNsec());
        timestamp(b, 112, s.mtimeSec(), s.mtimeNsec());
        b.putInt(128, FileStat.major(s.rdev()));
        b.putInt(132, FileStat.minor(s.rdev()));
        b.putInt(136, FileStat.major(s.dev()));
        b.putInt(140, FileStat.minor(s.dev()));
        mem.write(addr, raw, 0, SIZE);
    }

    /** struct statx_timestamp: s64 tv_sec, u32 tv_nsec, s32 reserved. */
    private static void timestamp(ByteBuffer b, int off, long sec, int nsec) {
        b.putLong(off, sec);
        b.putInt(off + 8, nsec);
    }
}
