package dev.ring3.syscalls;

import java.nio.ByteBuffer;

/**
 * struct linux_dirent64 records of getdents64(2): u64 d_ino, s64 d_off (the cookie that lseek takes
 * to resume after this entry), u16 d_reclen, u8 d_type, the NUL-terminated name, padded to 8 bytes.
 */
public final class Dirent64Descriptor {
    /** Offset of d_name. */
    public static final int NAME_OFFSET = 19;

    private Dirent64Descriptor() {}

    /** d_reclen for a name of {@code nameLength} bytes. */
    public static int recordLength(int nameLength) {
        return (NAME_OFFSET + nameLength + 1 + 7) & ~7;
    }

    /** Appends one record at the buffer's position (little-endian buffer). */
    public static void put(ByteBuffer b, long ino, long off, int type, byte[] name) {
        int start = b.position();
        int len = recordLength(name.length);
        b.putLong(ino);
        b.putLong(off);
        b.putShort((short) len);
        b.put((byte) type);
        b.put(name);
        while (b.position() < start + len) {
            b.put((byte) 0);
        }
    }
}
