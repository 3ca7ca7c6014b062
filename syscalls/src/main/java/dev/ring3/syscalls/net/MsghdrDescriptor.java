package dev.ring3.syscalls.net;

/**
 * struct msghdr of sendmsg(2) and recvmsg(2) on x86-64: void *msg_name (0), int msg_namelen (8),
 * struct iovec *msg_iov (16), size_t msg_iovlen (24), void *msg_control (32), size_t
 * msg_controllen (40), int msg_flags (48): 56 bytes.
 */
public final class MsghdrDescriptor {
    public static final int SIZE = 56;
    public static final int NAME = 0, NAMELEN = 8, IOV = 16, IOVLEN = 24, CONTROL = 32, CONTROLLEN = 40,
            FLAGS = 48;

    private MsghdrDescriptor() {}
}
