package dev.ring3.syscalls;

/** poll(2) event bits (asm-generic/poll.h). */
public final class PollEvents {
    public static final int POLLIN = 0x001;
    public static final int POLLPRI = 0x002;
    public static final int POLLOUT = 0x004;
    public static final int POLLERR = 0x008;
    public static final int POLLHUP = 0x010;
    public static final int POLLNVAL = 0x020;
    public static final int POLLRDNORM = 0x040;
    public static final int POLLRDBAND = 0x080;
    public static final int POLLWRNORM = 0x100;
    public static final int POLLWRBAND = 0x200;
    /** The peer shut down writing (stream sockets); reported only when asked for. */
    public static final int POLLRDHUP = 0x2000;

    /** What "readable" and "writable" mean to select(2) (fs/select.c POLLIN_SET, POLLOUT_SET). */
    public static final int IN_SET = POLLRDNORM | POLLRDBAND | POLLIN | POLLHUP | POLLERR;
    public static final int OUT_SET = POLLWRBAND | POLLWRNORM | POLLOUT | POLLERR;

    private PollEvents() {}
}
