package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;

/**
 * futex(2) between the threads of a process (kernel/futex/syscalls.c): WAIT, WAKE, the BITSET
 * variants, REQUEUE, CMP_REQUEUE and WAKE_OP over the process's {@link Futexes}. PI futexes are
 * ENOSYS (glibc uses them only for PTHREAD_PRIO_INHERIT mutexes).
 */
@Semantics(SyscallHandler.class)
public final class FutexSyscalls {
    public static final int FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_FD = 2, FUTEX_REQUEUE = 3,
            FUTEX_CMP_REQUEUE = 4, FUTEX_WAKE_OP = 5, FUTEX_LOCK_PI = 6, FUTEX_UNLOCK_PI = 7,
            FUTEX_TRYLOCK_PI = 8, FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 10;
    public static final int FUTEX_PRIVATE_FLAG = 128, FUTEX_CLOCK_REALTIME = 256;
    static final int FUTEX_BITSET_MATCH_ANY = -1;

    private FutexSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(202, "futex", "addr,futex_op,int,futex_timeout,futex_arg,futex_arg", FutexSyscallsSem.futex);
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
        Futexes q = k.process.futexes;
        switch (cmd) {
            case FUTEX_WAIT:
            case FUTEX_WAIT_BITSET: {
                int bitset = cmd == FUTEX_WAIT ? FUTEX_BITSET_MATCH_ANY : (int) val3;
                if (bitset == 0) {
                    return -Errno.EINVAL;
                }
                long deadline = Long.MAX_VALUE;
                if (timeout != 0) {
                    long ns = TimespecDescriptor.timeoutNanos(m, timeout);
                    long now = System.nanoTime();
                    if (cmd == FUTEX_WAIT) {
                        deadline = now + ns; // relative, on CLOCK_MONOTONIC
                    } else {
                        long clock = realtime ? TimeSyscalls.CLOCK_REALTIME : TimeSyscalls.CLOCK_MONOTONIC;
                        deadline = now + Math.max(0, ns - TimeSyscalls.now(k, clock));
                    }
                    if (deadline == Long.MAX_VALUE || deadline < now) {
                        deadline = Long.MAX_VALUE - 1;
                    }
                }
                SharedFutexKey.Word at = shared(k, op, uaddr);
                if (at != null) {
                    return k.process.table.sharedFutexes.await(at.key(), at.position(),
                            () -> at.read(m, uaddr), (int) val, bitset, deadline);
                }
                return q.await(m, uaddr, (int) val, bitset, deadline);
            }
            case FUTEX_WAKE:
            case FUTEX_WAKE_BITSET: {
                int bitset = cmd == FUTEX_WAKE ? FUTEX_BITSET_MATCH_ANY : (int) val3;
                if (bitset == 0) {
                    return -Errno.EINVAL;
                }
                SharedFutexKey.Word at = shared(k, op, uaddr);
                return at != null
                        ? k.process.table.sharedFutexes.wake(at.key(), at.position(), (int) val, bitset)
                        : q.wake(m, uaddr, (int) val, bitset);
            }
            case FUTEX_REQUEUE:
                return q.requeue(m, uaddr, (int) val, uaddr2, (int) timeout, false, 0);
            case FUTEX_CMP_REQUEUE:
                return q.requeue(m, uaddr, (int) val, uaddr2, (int) timeout, true, (int) val3);
            case FUTEX_WAKE_OP:
                return q.wakeOp(m, uaddr, (int) val, uaddr2, (int) timeout, (int) val3);
            default:
                return -Errno.ENOSYS;
        }
    }

    /**
     * A futex without FUTEX_PRIVATE_FLAG in a MAP_SHARED mapping is the mapped object's
     * ({@link SharedFutexKey}): where it lies, or null for a private one. REQUEUE and WAKE_OP stay
     * with the process's own queues (docs/quirks.md).
     */
    private static SharedFutexKey.Word shared(Task k, long op, long uaddr) {
        return (op & FUTEX_PRIVATE_FLAG) != 0 ? null : SharedFutexKey.locate(k, uaddr);
    }
}
