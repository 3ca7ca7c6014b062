package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The x86-64 struct stat (asm/stat.h, 144 bytes) that stat, fstat, lstat and newfstatat fill:
 * st_dev 0, st_ino 8, st_nlink 16, st_mode 24, st_uid 28, st_gid 32, st_rdev 40, st_size 48,
 * st_blksize 56, st_blocks 64, st_atim 72, st_mtim 88, st_ctim 104, 24 reserved bytes.
 */
public final class StatDescriptor {
    public static final int SIZE = 144;

    private StatDescriptor() {}

    /** Writes {@code s} at guest address {@code addr}; a bad pointer raises GuestFault. */
    public static void write(AddressSpace mem, long addr, FileStat s) {
        byte[] b = new byte[SIZE];
        encode(s, ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN));
        mem.write(addr, b, 0, SIZE);
    }

    static void encode(FileStat s, ByteBuffer b) {
        b.putLong(0, s.dev());
        b.putLong(8, s.ino());
        b.putLong(16, s.nlink());
        b.putInt(24, s.mode());
        b.putInt(28, s.uid());
        b.putInt(32, s.gid());
        b.putLong(40, s.rdev());
        b.putLong(48, s.size());
        b.putLong(56, s.blksize());
        b.putLong(64, s.blocks());
        b.putLong(72, s.atimeSec());
        b.putLong(80, s.atimeNsec());
        b.putLong(88, s.mtimeSec());
        b.putLong(96, s.mtimeNsec());
        b.putLong(104, s.ctimeSec());
        b.putLong(112, s.ctimeNsec());
    }
}
