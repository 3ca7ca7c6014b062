package dev.ring3.syscalls;

/**
 * statfs f_type magic numbers (linux/magic.h) for the file-system type names the JDK's FileStore
 * reports (the mount table's third field).
 */
public final class FsMagic {
    public static final long PIPEFS = 0x50495045L;

    private FsMagic() {}

    /** The magic for a type name; 0 for names ring3 does not know. */
    public static long of(String type) {
        switch (type) {
            case "ext2": case "ext3": case "ext4": return 0xEF53L;
            case "tmpfs": case "devtmpfs": return 0x01021994L;
            case "overlay": return 0x794c7630L;
            case "xfs": return 0x58465342L;
            case "btrfs": return 0x9123683EL;
            case "proc": return 0x9fa0L;
            case "sysfs": return 0x62656572L;
            case "devpts": return 0x1cd1L;
            case "nfs": case "nfs4": return 0x6969L;
            case "vfat": case "msdos": return 0x4d44L;
            case "cgroup2": return 0x63677270L;
            case "cgroup": return 0x27e0ebL;
            case "fuse": case "fuseblk": case "virtiofs": return 0x65735546L;
            case "zfs": return 0x2fc12fc1L;
            case "squashfs": return 0x73717368L;
            case "ramfs": return 0x858458f6L;
            case "9p": return 0x01021997L;
            case "mqueue": return 0x19800202L;
            case "hugetlbfs": return 0x958458f6L;
            case "f2fs": return 0xF2F52010L;
            case "iso9660": return 0x9660L;
            case "erofs": return 0xE0F5E1E2L;
            case "debugfs": return 0x64626720L;
            case "tracefs": return 0x74726163L;
            case "securityfs": return 0x73636673L;
            case "bpf": return 0xcafe4a11L;
            default: return 0;
        }
    }
}
