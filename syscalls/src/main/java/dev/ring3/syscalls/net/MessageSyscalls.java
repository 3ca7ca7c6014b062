package dev.ring3.syscalls.net;

import static dev.ring3.syscalls.net.SocketConstants.*;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import dev.ring3.syscalls.GuestBuffers;
import dev.ring3.syscalls.IovecDescriptor;
import dev.ring3.syscalls.Signals;
import dev.ring3.syscalls.SyscallHandler;
import dev.ring3.syscalls.SyscallTable;
import dev.ring3.syscalls.Task;
import dev.ring3.syscalls.TimespecDescriptor;
import dev.ring3.syscalls.ThreadSignals;
import dev.ring3.syscalls.LinuxProcess;
import dev.ring3.syscalls.OpenFile;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * sendto, recvfrom, sendmsg and recvmsg: data between guest buffers (or iovec lists) and a
 * {@link SocketFile}, through the per-thread bounce buffer, at most 64 KiB per call on datagram
 * sockets (one datagram) and in 64 KiB steps on stream sockets. EPIPE raises SIGPIPE unless
 * MSG_NOSIGNAL, as send(2) says. SCM_RIGHTS passes open files over a unix socketpair held in
 * this JVM; other control messages are neither sent nor received (docs/quirks.md), and recvmsg
 * reports msg_controllen 0 for them.
 */
@Semantics(SyscallHandler.class)
public final class MessageSyscalls {
    private MessageSyscalls() {}

    /** sizeof(struct cmsghdr); SCM_MAX_FD; recvmsg's MSG_CTRUNC and MSG_CMSG_CLOEXEC. */
    static final int CMSG_HDR = 16, SCM_MAX_FD = 253, MSG_CTRUNC = 0x8, MSG_CMSG_CLOEXEC = 0x40000000;
    static final int SCM_CREDENTIALS = 2;

    static void register(SyscallTable t) {
        t.row(44, "sendto", "fd,buf_in,size,msg_flags,sockaddr_in,int", MessageSyscallsSem.sendto);
        t.row(45, "recvfrom", "fd,buf_out,size,msg_flags,sockaddr_out,socklen_inout", MessageSyscallsSem.recvfrom);
        t.row(46, "sendmsg", "fd,msghdr_in,msg_flags", MessageSyscallsSem.sendmsg);
        t.row(47, "recvmsg", "fd,msghdr_out,msg_flags", MessageSyscallsSem.recvmsg);
        t.row(307, "sendmmsg", "fd,mmsghdr_sent,uint,msg_flags", MessageSyscallsSem.sendmmsg);
        t.row(299, "recvmmsg", "fd,mmsghdr_received,uint,msg_flags,timespec_left", MessageSyscallsSem.recvmmsg);
    }

    static long sendmsg(Task k, long a, long b, long c, long d, long e, long f) {
        return sendmsg(k, a, b, c);
    }

    static long recvmsg(Task k, long a, long b, long c, long d, long e, long f) {
        return recvmsg(k, a, b, c);
    }

    static long sendmmsg(Task k, long a, long b, long c, long d, long e, long f) {
        return sendmmsg(k, a, b, c, d);
    }

    static long recvmmsg(Task k, long a, long b, long c, long d, long e, long f) {
        return recvmmsg(k, a, b, c, d, e);
    }

    public static long sendto(Task t, long fd, long buf, long len, long flags, long addr, long addrLen) {
        SocketFile s = NetSyscalls.socketAt(t.process, fd);
        SocketAddress to = addr != 0 ? destination(t.process.mem, s, addr, addrLen) : null;
        return send(t, s, new long[] {buf}, new long[] {len}, to, (int) flags);
    }

    public static long sendmsg(Task t, long fd, long msg, long flags) {
        SocketFile s = NetSyscalls.socketAt(t.process, fd);
        AddressSpace m = t.process.mem;
        long name = m.read64(msg + MsghdrDescriptor.NAME);
        int nameLen = m.read32(msg + MsghdrDescriptor.NAMELEN);
        Segments segs = Segments.of(m, msg);
        SocketAddress to = name != 0 && nameLen != 0 ? destination(m, s, name, nameLen) : null;
        long controlLen = m.read64(msg + MsghdrDescriptor.CONTROLLEN);
        OpenFile[] files = controlLen > 0 && s instanceof UnixPairSocket
                ? rights(t.process, m.read64(msg + MsghdrDescriptor.CONTROL), controlLen) : null;
        return send(t, s, segs.bases, segs.lens, to, (int) flags, files);
    }

    /**
     * The open files of a msghdr's SCM_RIGHTS control messages, each retained (__scm_send): EINVAL
     * for a malformed header, a SOL_SOCKET type other than SCM_RIGHTS and SCM_CREDENTIALS (taken as
     * given), or more than SCM_MAX_FD files; EBADF for an fd that is not open. Null when none.
     */
    static OpenFile[] rights(LinuxProcess p, long control, long controlLen) {
        AddressSpace m = p.mem;
        List<OpenFile> files = new ArrayList<>();
        try {
            long off = 0;
            while (off + CMSG_HDR <= controlLen) {
                long len = m.read64(control + off);
                int level = m.read32(control + off + 8);
                int type = m.read32(control + off + 12);
                if (len < CMSG_HDR || len > controlLen - off) {
                    throw ErrnoException.of(Errno.EINVAL);
                }
                if (level == SOL_SOCKET) {
                    if (type == SCM_RIGHTS) {
                        int n = (int) ((len - CMSG_HDR) / 4);
                        if (files.size() + n > SCM_MAX_FD) {
                            throw ErrnoException.of(Errno.EINVAL);
                        }
                        for (int i = 0; i < n; i++) {
                            files.add(p.fds.require(m.read32(control + off + CMSG_HDR + 4L * i)).retain());
                        }
                    } else if (type != SCM_CREDENTIALS) {
                        throw ErrnoException.of(Errno.EINVAL);
                    }
                }
                off += (len + 7) & ~7L;
            }
        } catch (RuntimeException e) {
            files.forEach(OpenFile::release);
            throw e;
        }
        return files.isEmpty() ? null : files.toArray(new OpenFile[0]);
    }

    /**
     * Installs the open files received with a message as new fds and writes their SCM_RIGHTS
     * control message (scm_detach_fds): as many as the control buffer holds, the rest closed and
     * MSG_CTRUNC set. Returns the control bytes used, or with MSG_CTRUNC in bit 32.
     */
    private static long detachRights(LinuxProcess p, OpenFile[] files, long control, long controlLen, long flags) {
        AddressSpace m = p.mem;
        int fit = controlLen < CMSG_HDR ? 0 : (int) Math.min(files.length, (controlLen - CMSG_HDR) / 4);
        int installed = 0;
        int[] fds = new int[fit];
        try {
            for (; installed < fit; installed++) {
                fds[installed] = p.fds.install(files[installed], (flags & MSG_CMSG_CLOEXEC) != 0);
            }
        } catch (ErrnoException e) {
            // EMFILE: what could not be installed is closed, as the kernel does
        }
        for (int i = installed; i < files.length; i++) {
            files[i].release();
        }
        long used = 0;
        if (installed > 0) {
            long len = CMSG_HDR + 4L * installed;
            m.write64(control, len);
            m.write32(control + 8, SOL_SOCKET);
            m.write32(control + 12, SCM_RIGHTS);
            for (int i = 0; i < installed; i++) {
                m.write32(control + CMSG_HDR + 4L * i, fds[i]);
            }
            used = Math.min(controlLen, (len + 7) & ~7L);
        }
        return used | (installed < files.length ? 1L << 32 : 0);
    }

    private static SocketAddress destination(AddressSpace m, SocketFile s, long addr, long len) {
        SocketAddress to = SockaddrDescriptor.decode(SockaddrDescriptor.read(m, addr, len), s.family);
        if (s.type == SOCK_STREAM) {
            return null; // a connected stream socket ignores the address (tcp_sendmsg)
        }
        return to;
    }

    /** A msghdr's iovec: its segments and their total, checked as the kernel checks them. */
    private record Segments(long[] bases, long[] lens, long total) {
        /** EMSGSIZE beyond UIO_MAXIOV segments, then the total's own checks (IovecDescriptor.total). */
        static Segments of(AddressSpace m, long msg) {
            long iov = m.read64(msg + MsghdrDescriptor.IOV);
            long iovLen = m.read64(msg + MsghdrDescriptor.IOVLEN);
            if (iovLen > IovecDescriptor.MAX || iovLen < 0) {
                throw ErrnoException.of(Errno.EMSGSIZE);
            }
            long total = IovecDescriptor.total(m, iov, iovLen);
            int count = (int) iovLen;
            long[] bases = new long[count];
            long[] lens = new long[count];
            for (int i = 0; i < count; i++) {
                bases[i] = IovecDescriptor.base(m, iov, i);
                lens[i] = IovecDescriptor.length(m, iov, i);
            }
            return new Segments(bases, lens, total);
        }
    }

    /**
     * The buffer for {@code len} bytes of one transfer: this thread's scratch chunk, or for a
     * message longer than that on a socket whose messages may be (a unix datagram pair), one of
     * its own, so that a message is never cut at the chunk.
     */
    private static ByteBuffer messageBuffer(SocketFile s, long len) {
        if (s.type == SOCK_STREAM || len <= GuestBuffers.CHUNK || s.maxMessage() <= GuestBuffers.CHUNK) {
            return GuestBuffers.scratch(len);
        }
        return ByteBuffer.allocate((int) Math.min(len, s.maxMessage())).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    }

    /** Gathers the segments and sends them: one datagram, or stream data in steps. */
    private static long send(Task t, SocketFile s, long[] bases, long[] lens, SocketAddress to, int flags) {
        return send(t, s, bases, lens, to, flags, null);
    }

    /** {@code files}, if any, go with the first step (a unix socketpair's SCM_RIGHTS). */
    private static long send(Task t, SocketFile s, long[] bases, long[] lens, SocketAddress to, int flags, OpenFile[] files) {
        AddressSpace m = t.process.mem;
        long total = 0;
        for (long l : lens) {
            total += l;
        }
        if (s.type != SOCK_STREAM && total > s.maxMessage()) {
            throw ErrnoException.of(Errno.EMSGSIZE);
        }
        long sent = 0;
        int seg = 0;
        long segOff = 0;
        do {
            ByteBuffer b = messageBuffer(s, total - sent);
            int chunk = b.limit();
            int filled = 0;
            while (filled < chunk) {
                int piece = (int) Math.min(chunk - filled, lens[seg] - segOff);
                m.read(bases[seg] + segOff, b.array(), b.arrayOffset() + filled, piece);
                filled += piece;
                segOff += piece;
                if (segOff == lens[seg]) {
                    seg++;
                    segOff = 0;
                }
            }
            b.position(0).limit(chunk);
            int n;
            try {
                if (files != null) {
                    OpenFile[] first = files;
                    files = null; // handed over with the first step
                    n = ((UnixPairSocket) s).sendFilesTracked(b, flags, first);
                } else {
                    n = s.sendTracked(b, to, flags);
                }
            } catch (ErrnoException e) {
                if (sent > 0) {
                    return sent;
                }
                if (e.raisesSigpipe() && (flags & MSG_NOSIGNAL) == 0) {
                    t.signals.post(Signals.SIGPIPE, ThreadSignals.SI_USER, 0, t.process.pid, t.process.ids.uid(),
                            "send on a socket whose peer is gone");
                }
                throw e;
            }
            sent += n;
            if (n < chunk) {
                break;
            }
        } while (sent < total);
        return sent;
    }

    public static long recvfrom(Task t, long fd, long buf, long len, long flags, long addr, long addrLen) {
        SocketFile s = NetSyscalls.socketAt(t.process, fd);
        AddressSpace m = t.process.mem;
        if (len < 0) {
            len = Integer.MAX_VALUE; // the kernel takes size_t; a huge length just means "all there is"
        }
        GuestBuffers.checkWritable(m, buf, Math.min(len, GuestBuffers.CHUNK));
        ByteBuffer b = messageBuffer(s, len);
        SocketAddress[] from = new SocketAddress[1];
        int n = s.receiveTracked(b, (int) flags, from, null);
        GuestBuffers.toGuest(m, buf, b, b.position());
        if (addr != 0) {
            writeSource(m, s, addr, addrLen, from[0]);
        }
        return n;
    }

    /** The sender, or a zero length when the socket type has none to report (TCP, unnamed peers). */
    private static void writeSource(AddressSpace m, SocketFile s, long addr, long lenAddr, SocketAddress from) {
        if (from == null || s.type == SOCK_STREAM && s.family != AF_UNIX) {
            if (m.read32(lenAddr) < 0) {
                throw ErrnoException.of(Errno.EINVAL);
            }
            m.write32(lenAddr, 0);
            return;
        }
        SockaddrDescriptor.write(m, addr, lenAddr, from, s.family);
    }

    public static long recvmsg(Task t, long fd, long msg, long flags) {
        SocketFile s = NetSyscalls.socketAt(t.process, fd);
        AddressSpace m = t.process.mem;
        long name = m.read64(msg + MsghdrDescriptor.NAME);
        Segments segs = Segments.of(m, msg);
        for (int i = 0; i < segs.bases.length; i++) {
            GuestBuffers.checkWritable(m, segs.bases[i], Math.min(segs.lens[i], GuestBuffers.CHUNK));
        }
        ByteBuffer b = messageBuffer(s, segs.total);
        SocketAddress[] from = new SocketAddress[1];
        boolean[] truncated = new boolean[1];
        OpenFile[][] files = new OpenFile[1][];
        int n = s instanceof UnixPairSocket
                ? ((UnixPairSocket) s).receiveFilesTracked(b, (int) flags, truncated, files)
                : s.receiveTracked(b, (int) flags, from, truncated);
        int got = b.position();
        int done = 0;
        for (int i = 0; i < segs.bases.length && done < got; i++) {
            int piece = (int) Math.min(segs.lens[i], got - done);
            m.write(segs.bases[i], b.array(), b.arrayOffset() + done, piece);
            done += piece;
        }
        if (name != 0) {
            writeSource(m, s, name, msg + MsghdrDescriptor.NAMELEN, from[0]);
        } else {
            m.write32(msg + MsghdrDescriptor.NAMELEN, 0);
        }
        long control = 0;
        if (files[0] != null) {
            control = detachRights(t.process, files[0], m.read64(msg + MsghdrDescriptor.CONTROL),
                    m.read64(msg + MsghdrDescriptor.CONTROLLEN), flags);
        }
        m.write64(msg + MsghdrDescriptor.CONTROLLEN, control & 0xffff_ffffL);
        m.write32(msg + MsghdrDescriptor.FLAGS, (truncated[0] ? MSG_TRUNC : 0) | ((control >>> 32) != 0 ? MSG_CTRUNC : 0));
        return n;
    }

    /** struct mmsghdr: a struct msghdr, then the unsigned int msg_len the call fills (64 bytes with padding). */
    public static final int MMSGHDR_SIZE = 64, MSG_LEN = 56;
    /** UIO_MAXIOV: the most messages one call takes. */
    static final int UIO_MAXIOV = 1024;
    static final int MSG_WAITFORONE = 0x10000;

    /**
     * sendmmsg(2): sendmsg for each message in turn, each one's byte count in its msg_len; an
     * error after the first message ends the batch with the count sent (the kernel's
     * __sys_sendmmsg), an error on the first is the call's.
     */
    public static long sendmmsg(Task t, long fd, long vec, long vlen, long flags) {
        NetSyscalls.socketAt(t.process, fd);
        int n = (int) Math.min(vlen & 0xFFFFFFFFL, UIO_MAXIOV);
        AddressSpace m = t.process.mem;
        int sent = 0;
        for (; sent < n; sent++) {
            long entry = vec + (long) sent * MMSGHDR_SIZE;
            long r;
            try {
                r = sendmsg(t, fd, entry, flags);
            } catch (ErrnoException e) {
                if (sent == 0) {
                    throw e;
                }
                break;
            }
            m.write32(entry + MSG_LEN, (int) r);
        }
        return sent;
    }

    /**
     * recvmmsg(2): recvmsg for up to {@code vlen} messages, each one's length in its msg_len;
     * MSG_WAITFORONE makes every receive after the first non-blocking. The timeout, as in the
     * kernel, is only looked at after each message, and the time left is written back.
     */
    public static long recvmmsg(Task t, long fd, long vec, long vlen, long flags, long timeout) {
        NetSyscalls.socketAt(t.process, fd);
        AddressSpace m = t.process.mem;
        long limit = timeout == 0 ? -1 : TimespecDescriptor.timeoutNanos(m, timeout);
        long start = System.nanoTime();
        int n = (int) Math.min(vlen & 0xFFFFFFFFL, UIO_MAXIOV);
        long each = flags & ~MSG_WAITFORONE;
        int got = 0;
        while (got < n) {
            long entry = vec + (long) got * MMSGHDR_SIZE;
            long r;
            try {
                r = recvmsg(t, fd, entry, got > 0 && (flags & MSG_WAITFORONE) != 0 ? each | MSG_DONTWAIT : each);
            } catch (ErrnoException e) {
                if (got == 0) {
                    throw e;
                }
                break;
            }
            m.write32(entry + MSG_LEN, (int) r);
            got++;
            if (limit >= 0 && System.nanoTime() - start >= limit) {
                break;
            }
        }
        if (limit >= 0) {
            long left = Math.max(0, limit - (System.nanoTime() - start));
            TimespecDescriptor.write(m, timeout, left / 1_000_000_000L, left % 1_000_000_000L);
        }
        return got;
    }
}
