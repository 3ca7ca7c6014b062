package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import dev.ring3.semgen.Semantics;
import java.util.function.IntSupplier;

/**
 * poll, ppoll, select and pselect6 over {@link OpenFile#poll}: files are always ready, pipes by
 * their buffer, host stdio and other channels are reported ready (the JDK cannot ask whether a
 * blocking channel has input; the read then blocks). Waiting is {@link #awaitReady}, a sleep loop
 * with a short backoff, not a wake-up (docs/quirks.md), which epoll_wait shares. ppoll and pselect6
 * apply their signal mask for the call ({@link SignalSyscalls#withTemporaryMask}). Registered by
 * {@link IoSyscalls#register}.
 */
@Semantics(SyscallHandler.class)
public final class PollSyscalls {
    private static final long MAX_SLEEP_NANOS = 10_000_000L;

    private PollSyscalls() {}

    static void register(SyscallTable t) {
        t.row(7, "poll", "pollfds,uint,poll_timeout", PollSyscallsSem.poll);
        t.row(23, "select", "int,fdset,fdset,fdset,timeval_in", PollSyscallsSem.select);
        t.row(270, "pselect6", "int,fdset,fdset,fdset,timespec_in,pselect_sigmask", PollSyscallsSem.pselect6);
        t.row(271, "ppoll", "pollfds,uint,timespec_in,sigset_in,size", PollSyscallsSem.ppoll);
    }

    static long poll(Task k, long a, long b, long c, long d, long e, long f) {
        return poll(k.process, a, b, (int) c < 0 ? -1 : (int) c * 1_000_000L);
    }

    static long select(Task k, long a, long b, long c, long d, long e, long f) {
        return select(k.process, a, b, c, d, e, false);
    }

    static long ppoll(Task k, long a, long b, long c, long d, long e, long f) {
        return SignalSyscalls.withTemporaryMask(k, d, e, () -> ppoll(k.process, a, b, c));
    }

    /** poll(2) with a timeout in nanoseconds, -1 for none. */
    public static long poll(LinuxProcess p, long fds, long nfds, long timeoutNanos) {
        if (nfds < 0 || nfds > p.fds.limit()) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        int n = (int) nfds;
        AddressSpace mem = p.mem;
        int[] fd = new int[n];
        int[] events = new int[n];
        for (int i = 0; i < n; i++) {
            fd[i] = mem.read32(fds + 8L * i);
            events[i] = mem.read16(fds + 8L * i + 4) & 0xffff;
        }
        GuestBuffers.checkWritable(mem, fds, 8L * n);
        int[] revents = new int[n];
        int ready = awaitReady(timeoutNanos, () -> {
            int count = 0;
            for (int i = 0; i < n; i++) {
                revents[i] = 0;
                if (fd[i] < 0) {
                    continue;
                }
                OpenFile f = p.fds.get(fd[i]);
                int always = PollEvents.POLLERR | PollEvents.POLLHUP;
                revents[i] = f == null ? PollEvents.POLLNVAL : f.poll(events[i] | always) & (events[i] | always);
                if (revents[i] != 0) {
                    count++;
                }
            }
            return count;
        });
        for (int i = 0; i < n; i++) {
            mem.write16(fds + 8L * i + 6, (short) revents[i]);
        }
        return ready;
    }

    /**
     * The readiness wait of poll, select and epoll_wait: runs {@code scan} until it counts something
     * ready or {@code timeoutNanos} (-1: none) has passed, sleeping a little more each time between
     * looks. A signal ends the wait with ERESTARTNOHAND (EINTR when a handler runs).
     */
    static int awaitReady(long timeoutNanos, IntSupplier scan) {
        long start = System.nanoTime();
        long sleep = 500_000L;
        while (true) {
            int ready = scan.getAsInt();
            if (ready > 0 || expired(start, timeoutNanos)) {
                return ready;
            }
            sleep = pause(sleep, start, timeoutNanos);
        }
    }

    /**
     * ppoll(2) once its signal mask is in place; the remaining time is written back to {@code tsp},
     * as the kernel does.
     */
    public static long ppoll(LinuxProcess p, long fds, long nfds, long tsp) {
        long timeout = tsp == 0 ? -1 : TimespecDescriptor.timeoutNanos(p.mem, tsp);
        long start = System.nanoTime();
        long r = poll(p, fds, nfds, timeout);
        writeRemaining(p, tsp, timeout, start, false);
        return r;
    }

    /** pselect6(2): the sixth argument points at {const sigset_t *ss; size_t ss_len}. */
    public static long pselect6(Task k, long nfds, long r, long w, long x, long tsp, long sig) {
        long set = sig != 0 ? k.process.mem.read64(sig) : 0;
        long len = sig != 0 ? k.process.mem.read64(sig + 8) : 0;
        return SignalSyscalls.withTemporaryMask(k, set, len, () -> select(k.process, nfds, r, w, x, tsp, true));
    }

    /**
     * select(2) ({@code timespec} false: the timeout is a timeval) and pselect6 (true). The sets are
     * bitmaps of {@code nfds} bits in 64-bit words; EBADF for a set bit whose fd is not open.
     */
    public static long select(LinuxProcess p, long nfds, long rAddr, long wAddr, long xAddr, long tAddr,
            boolean timespec) {
        if ((int) nfds < 0) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        int n = Math.min((int) nfds, p.fds.size()); // the kernel clamps nfds to its fd table size
        long timeout = tAddr == 0 ? -1
                : timespec ? TimespecDescriptor.timeoutNanos(p.mem, tAddr) : TimespecDescriptor.timevalNanos(p.mem, tAddr);
        int words = (n + 63) / 64;
        long[] in = readSet(p.mem, rAddr, words);
        long[] out = readSet(p.mem, wAddr, words);
        long[] ex = readSet(p.mem, xAddr, words);
        for (int fd = 0; fd < n; fd++) {
            if (bit(in, fd) || bit(out, fd) || bit(ex, fd)) {
                if (p.fds.get(fd) == null) {
                    throw ErrnoException.of(Errno.EBADF);
                }
            }
        }
        long[] rin = new long[words];
        long[] rout = new long[words];
        long[] rex = new long[words];
        long start = System.nanoTime();
        int ready = awaitReady(timeout, () -> {
            int count = 0;
            for (int fd = 0; fd < n; fd++) {
                boolean wantIn = bit(in, fd);
                boolean wantOut = bit(out, fd);
                boolean wantEx = bit(ex, fd);
                if (!wantIn && !wantOut && !wantEx) {
                    continue;
                }
                OpenFile f = p.fds.get(fd);
                if (f == null) {
                    throw ErrnoException.of(Errno.EBADF); // closed by another thread meanwhile
                }
                int mask = (wantIn ? PollEvents.IN_SET : 0) | (wantOut ? PollEvents.OUT_SET : 0)
                        | (wantEx ? PollEvents.POLLPRI : 0);
                int rev = f.poll(mask | PollEvents.POLLERR | PollEvents.POLLHUP);
                if (wantIn && (rev & PollEvents.IN_SET) != 0) {
                    rin[fd >> 6] |= 1L << fd;
                    count++;
                }
                if (wantOut && (rev & PollEvents.OUT_SET) != 0) {
                    rout[fd >> 6] |= 1L << fd;
                    count++;
                }
                if (wantEx && (rev & PollEvents.POLLPRI) != 0) {
                    rex[fd >> 6] |= 1L << fd;
                    count++;
                }
            }
            return count;
        });
        writeSet(p.mem, rAddr, rin);
        writeSet(p.mem, wAddr, rout);
        writeSet(p.mem, xAddr, rex);
        writeRemaining(p, tAddr, timeout, start, !timespec);
        return ready;
    }

    private static boolean bit(long[] set, int fd) {
        return set != null && (set[fd >> 6] & (1L << fd)) != 0;
    }

    private static long[] readSet(AddressSpace mem, long addr, int words) {
        if (addr == 0) {
            return null;
        }
        long[] s = new long[words];
        for (int i = 0; i < words; i++) {
            s[i] = mem.read64(addr + 8L * i);
        }
        return s;
    }

    private static void writeSet(AddressSpace mem, long addr, long[] s) {
        if (addr != 0) {
            for (int i = 0; i < s.length; i++) {
                mem.write64(addr + 8L * i, s[i]);
            }
        }
    }

    private static boolean expired(long start, long timeout) {
        return timeout >= 0 && System.nanoTime() - start >= timeout;
    }

    /** Sleeps a little (never past the deadline); EINTR if the thread is interrupted. Returns the next sleep. */
    private static long pause(long sleep, long start, long timeout) {
        long nanos = sleep;
        if (timeout >= 0) {
            nanos = Math.min(nanos, timeout - (System.nanoTime() - start));
        }
        if (nanos > 0 && GuestWait.current() != null) {
            // A guest thread: a signal or exit_group ends the wait (EINTR with a handler, else restart).
            try {
                GuestWait.sleep(nanos);
            } catch (ErrnoException e) {
                throw e.errno == Errno.ERESTARTSYS ? ErrnoException.of(Errno.ERESTARTNOHAND) : e;
            }
        } else if (nanos > 0) {
            try {
                Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
            } catch (InterruptedException e) {
                throw ErrnoException.of(Errno.EINTR);
            }
        }
        return Math.min(sleep * 2, MAX_SLEEP_NANOS);
    }

    /**
     * Writes the time left back into the caller's timespec/timeval, as Linux's poll_select_finish
     * does; a read-only timeout is silently left alone, as there.
     */
    private static void writeRemaining(LinuxProcess p, long addr, long timeout, long start, boolean timeval) {
        if (addr == 0 || timeout < 0) {
            return;
        }
        long left = Math.max(0, timeout - (System.nanoTime() - start));
        long sec = left / 1_000_000_000L;
        long frac = left % 1_000_000_000L;
        try {
            TimespecDescriptor.write(p.mem, addr, sec, timeval ? frac / 1000 : frac);
        } catch (GuestFault e) {
            // ignored, as by the kernel
        }
    }
}
