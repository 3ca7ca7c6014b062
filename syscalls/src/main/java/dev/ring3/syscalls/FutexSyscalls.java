package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import java.io.PrintStream;

/**
 * futex(2) for a process with one thread: no other thread can wake a waiter, so WAKE finds nobody,
 * WAIT with a mismatching value is EAGAIN, WAIT with a timeout sleeps it out (ETIMEDOUT), and
 * WAIT_OP / REQUEUE do their memory side. A WAIT without timeout on a matching value can only be
 * a deadlock (it hangs natively too): ring3 says so once on the diagnostics stream and hangs.
 */
public final class FutexSyscalls {
    public static final int FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_FD = 2, FUTEX_REQUEUE = 3,
            FUTEX_CMP_REQUEUE = 4, FUTEX_WAKE_OP = 5, FUTEX_LOCK_PI = 6, FUTEX_UNLOCK_PI = 7,
            FUTEX_TRYLOCK_PI = 8, FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 10;
    public static final int FUTEX_PRIVATE_FLAG = 128, FUTEX_CLOCK_REALTIME = 256;

    private FutexSyscalls() {}

    /** Registers futex; {@code diagnostics} receives the deadlock note. */
    public static void register(SyscallTable t) {
        t.row(202, "futex", "addr,futex_op,int,futex_timeout,futex_arg,futex_arg", FutexSyscalls::futex);
    }

    public static long futex(Task k, long uaddr, long op, long val, long timeout, long uaddr2, long val3) {
        int cmd = (int) op & ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME);
        boolean realtime = (op & FUTEX_CLOCK_REALTIME) != 0;
        if (realtime && cmd != FUTEX_WAIT && cmd != FUTEX_WAIT_BITSET && cmd != FUTEX_LOCK_PI) {
            return -Errno.ENOSYS;
        }
        if ((uaddr & 3) != 0) {
            return -Errno.EINVAL;
        }
        AddressSpace m = k.process.mem;
        switch (cmd) {
            case FUTEX_WAIT:
            case FUTEX_WAIT_BITSET: {
                if (cmd == FUTEX_WAIT_BITSET && (int) val3 == 0) {
                    return -Errno.EINVAL;
                }
                long ns = timeout != 0 ? TimespecDescriptor.timeoutNanos(m, timeout) : -1;
                if (m.read32(uaddr) != (int) val) {
                    return -Errno.EAGAIN;
                }
                if (timeout == 0) {
                    deadlock(k, uaddr);
                    return -Errno.EINTR; // not reached while nothing can interrupt
                }
                if (cmd == FUTEX_WAIT) {
                    TimeSyscalls.sleepUntil(System.nanoTime(), ns); // relative, on CLOCK_MONOTONIC
                } else {
                    long clock = realtime ? TimeSyscalls.CLOCK_REALTIME : TimeSyscalls.CLOCK_MONOTONIC;
                    long delta = ns - TimeSyscalls.now(k, clock);
                    if (delta > 0) {
                        TimeSyscalls.sleepUntil(System.nanoTime(), delta);
                    }
                }
                return -Errno.ETIMEDOUT;
            }
            case FUTEX_WAKE:
            case FUTEX_WAKE_BITSET:
                return 0;
            case FUTEX_REQUEUE:
                return 0;
            case FUTEX_CMP_REQUEUE:
                return m.read32(uaddr) != (int) val3 ? -Errno.EAGAIN : 0;
            case FUTEX_WAKE_OP:
                return wakeOp(m, uaddr2, (int) val3);
            default:
                return -Errno.ENOSYS;
        }
    }

    /** FUTEX_WAKE_OP: *uaddr2 = *uaddr2 OP oparg atomically; nobody to wake on either address. */
    private static long wakeOp(AddressSpace m, long uaddr2, int encoded) {
        if ((uaddr2 & 3) != 0) {
            return -Errno.EINVAL;
        }
        int op = (encoded >>> 28) & 7;
        boolean shift = ((encoded >>> 28) & 8) != 0;
        int cmp = (encoded >>> 24) & 15;
        int oparg = (encoded << 8) >> 20; // sign-extended 12 bits
        if (shift) {
            oparg = 1 << (oparg & 31);
        }
        if (cmp > 5) {
            return -Errno.ENOSYS;
        }
        for (;;) {
            int old = m.read32(uaddr2);
            int nw;
            switch (op) {
                case 0: nw = oparg; break;          // SET
                case 1: nw = old + oparg; break;    // ADD
                case 2: nw = old | oparg; break;    // OR
                case 3: nw = old & ~oparg; break;   // ANDN
                case 4: nw = old ^ oparg; break;    // XOR
                default: return -Errno.ENOSYS;
            }
            if (m.compareAndExchange32(uaddr2, old, nw) == old) {
                return 0;
            }
        }
    }

    private static void deadlock(Task k, long uaddr) {
        PrintStream d = k.process.diagnostics;
        if (d != null) {
            d.printf("ring3: futex wait at 0x%x with no other thread to wake it: the program is deadlocked"
                    + " (it would hang natively too)%n", uaddr);
            d.flush();
        }
        TimeSyscalls.sleepUntil(System.nanoTime(), Long.MAX_VALUE);
    }
}
