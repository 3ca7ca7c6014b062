package dev.ring3.syscalls;

/**
 * A file of the kernel's anonymous inode (fs/anon_inodes.c): eventfd, timerfd, signalfd and
 * epoll instances. fstat shows a file with no type bits, mode 0600, on the anon_inode filesystem's
 * one inode; /proc/self/fd shows "anon_inode:[NAME]"; all of them can be polled.
 */
abstract class AnonInodeFile extends OpenFile {
    private final String name;

    AnonInodeFile(int flags, String name) {
        super(flags);
        this.name = name;
    }

    @Override
    public boolean pollable() {
        return true;
    }

    @Override
    public FileStat stat() {
        return FileStat.synthetic(0600, EpollFile.ANON_INODE, 0, 0, 0);
    }

    @Override
    public String procLink() {
        return "anon_inode:[" + name + "]";
    }
}
