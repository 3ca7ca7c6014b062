package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;

/**
 * epoll_create, epoll_create1, epoll_ctl, epoll_wait, epoll_pwait and epoll_pwait2
 * (fs/eventpoll.c) over {@link EpollFile}; the wait is poll's ({@link PollSyscalls#awaitReady}).
 * Also eventfd and eventfd2 ({@link EventFd}), a readiness source made for epoll.
 * Errors come in the kernel's order. Registered by {@link IoSyscalls#register}.
 */
@Semantics(SyscallHandler.class)
public final class EpollSyscalls {
    public static final int EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3;
    /** struct epoll_event is packed on x86-64: u32 events, u64 data. */
    public static final int EVENT_SIZE = 12;
    /** EP_MAX_EVENTS: INT_MAX / sizeof(struct epoll_event). */
    static final int MAX_EVENTS = Integer.MAX_VALUE / EVENT_SIZE;

    private EpollSyscalls() {}

    static void register(SyscallTable t) {
        t.row(284, "eventfd", "uint", EpollSyscallsSem.eventfd);
        t.row(290, "eventfd2", "uint,eventfd_flags", EpollSyscallsSem.eventfd2);
        t.row(213, "epoll_create", "int", EpollSyscallsSem.epollCreate);
        t.row(291, "epoll_create1", "epoll_create_flags", EpollSyscallsSem.epollCreate1);
        t.row(233, "epoll_ctl", "fd,epoll_ctl_op,fd,epoll_event_in", EpollSyscallsSem.epollCtl);
        t.row(232, "epoll_wait", "fd,epoll_events_out,int,poll_timeout", EpollSyscallsSem.epollWait);
        t.row(281, "epoll_pwait", "fd,epoll_events_out,int,poll_timeout,sigset_after,size", EpollSyscallsSem.epollPwait);
        t.row(441, "epoll_pwait2", "fd,epoll_events_out,int,timespec_after,sigset_after,size", EpollSyscallsSem.epollPwait2);
    }

    static long eventfd(Task k, long a, long b, long c, long d, long e, long f) {
        return eventfd2(k.process, a, 0);
    }

    static long eventfd2(Task k, long a, long b, long c, long d, long e, long f) {
        return eventfd2(k.process, a, (int) b);
    }

    static long epollCreate(Task k, long a, long b, long c, long d, long e, long f) {
        return epollCreate(k.process, (int) a);
    }

    static long epollCreate1(Task k, long a, long b, long c, long d, long e, long f) {
        return epollCreate1(k.process, (int) a);
    }

    static long epollCtl(Task k, long a, long b, long c, long d, long e, long f) {
        return epollCtl(k.process, a, (int) b, c, d);
    }

    static long epollWait(Task k, long a, long b, long c, long d, long e, long f) {
        return epollWait(k.process, a, b, (int) c, millis((int) d));
    }

    static long epollPwait(Task k, long a, long b, long c, long d, long e, long f) {
        return SignalSyscalls.withTemporaryMask(k, e, f, () -> epollWait(k.process, a, b, (int) c, millis((int) d)));
    }

    static long epollPwait2(Task k, long a, long b, long c, long d, long e, long f) {
        // The timeout is read and checked before the mask is set (EFAULT, EINVAL).
        long timeout = d == 0 ? -1 : TimespecDescriptor.timeoutNanos(k.process.mem, d);
        return SignalSyscalls.withTemporaryMask(k, e, f, () -> epollWait(k.process, a, b, (int) c, timeout));
    }

    /** eventfd2(2): EFD_SEMAPHORE, EFD_NONBLOCK (O_NONBLOCK) and EFD_CLOEXEC (O_CLOEXEC); eventfd(2) has no flags. */
    public static long eventfd2(LinuxProcess p, long initial, int flags) {
        if ((flags & ~(EventFd.EFD_SEMAPHORE | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC)) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return p.fds.install(new EventFd(initial & 0xFFFFFFFFL, flags), (flags & OpenFlags.O_CLOEXEC) != 0);
    }

    private static long millis(int ms) {
        return ms < 0 ? -1 : ms * 1_000_000L;
    }

    /** epoll_create(2): the size is only checked (it has been a hint since Linux 2.6.8). */
    public static long epollCreate(LinuxProcess p, int size) {
        if (size <= 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return p.fds.install(new EpollFile(), false);
    }

    /** epoll_create1(2): EPOLL_CLOEXEC (O_CLOEXEC) is the only flag. */
    public static long epollCreate1(LinuxProcess p, int flags) {
        if ((flags & ~OpenFlags.O_CLOEXEC) != 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        return p.fds.install(new EpollFile(), (flags & OpenFlags.O_CLOEXEC) != 0);
    }

    /** epoll_ctl(2): the event is read first (not for DEL), then the fds are checked. */
    public static long epollCtl(LinuxProcess p, long epfd, int op, long fd, long event) {
        int events = 0;
        long data = 0;
        if (op != EPOLL_CTL_DEL) {
            events = p.mem.read32(event);
            data = p.mem.read64(event + 4);
        }
        OpenFile ep = p.fds.require(epfd);
        OpenFile target = p.fds.require(fd);
        if (!target.pollable()) {
            throw ErrnoException.of(Errno.EPERM);
        }
        if (!(ep instanceof EpollFile)) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        ((EpollFile) ep).control(op, target, (int) fd, events, data);
        return 0;
    }

    /** epoll_wait(2) with a timeout in nanoseconds (-1: none): the number of events written. */
    public static long epollWait(LinuxProcess p, long epfd, long events, int maxEvents, long timeoutNanos) {
        if (maxEvents <= 0 || maxEvents > MAX_EVENTS) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        OpenFile f = p.fds.require(epfd);
        if (!(f instanceof EpollFile)) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        EpollFile ep = (EpollFile) f;
        int room = Math.min(maxEvents, 1024);
        int[] ready = new int[room];
        long[] data = new long[room];
        int n;
        try {
            n = PollSyscalls.awaitReady(timeoutNanos, () -> ep.collect(room, ready, data));
        } catch (ErrnoException e) {
            // ep_poll returns EINTR itself: epoll_wait is never restarted, handler or not (signal(7)).
            throw e.errno == Errno.ERESTARTNOHAND ? ErrnoException.of(Errno.EINTR) : e;
        }
        AddressSpace mem = p.mem;
        GuestBuffers.checkWritable(mem, events, (long) EVENT_SIZE * n);
        for (int i = 0; i < n; i++) {
            mem.write32(events + (long) EVENT_SIZE * i, ready[i]);
            mem.write64(events + (long) EVENT_SIZE * i + 4, data[i]);
        }
        return n;
    }
}
