package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * The futex wait queues of one ring3 run (kernel/futex): waiters keyed by address space and
 * address, woken by FUTEX_WAKE, moved by FUTEX_REQUEUE. One lock for all of them: a handful of
 * guest threads contend at most, and one lock makes "check the value, then sleep" atomic against
 * "change the value, then wake" exactly as the kernel's hash-bucket lock does.
 *
 * <p>A process's keys are its address space object and the address: threads share it, forked
 * processes do not. Process-shared futexes in MAP_SHARED memory use the run's own instance,
 * keyed by the mapped object and offset instead ({@link SharedFutexKey}).
 */
final class Futexes {
    private static final class Waiter {
        /** The address space (a private key), or a shared mapping's file ({@link SharedFutexKey}). */
        final Object mem;
        long addr;
        final int bitset;
        boolean woken;

        Waiter(Object mem, long addr, int bitset) {
            this.mem = mem;
            this.addr = addr;
            this.bitset = bitset;
        }
    }

    private final List<Waiter> waiters = new ArrayList<>();

    /**
     * FUTEX_WAIT(_BITSET): sleeps while {@code *addr == val} until woken (0), the deadline on
     * System.nanoTime passes (-ETIMEDOUT; Long.MAX_VALUE: none), or a signal (ERESTARTSYS thrown).
     * -EAGAIN if the value already differs.
     */
    synchronized long await(AddressSpace mem, long addr, int val, int bitset, long deadline) {
        return await(mem, addr, () -> mem.read32(addr), val, bitset, deadline);
    }

    /**
     * The same for a key of any kind: {@code current} reads the word, under this table's lock, so
     * that a wake that follows a store cannot slip between the read and the sleep.
     */
    synchronized long await(Object mem, long addr, java.util.function.IntSupplier current, int val, int bitset,
            long deadline) {
        if (current.getAsInt() != val) {
            return -Errno.EAGAIN;
        }
        Waiter w = new Waiter(mem, addr, bitset);
        waiters.add(w);
        try {
            while (!w.woken) {
                long left = deadline == Long.MAX_VALUE ? -1 : deadline - System.nanoTime();
                if (left == 0 || (deadline != Long.MAX_VALUE && left < 0)) {
                    return -Errno.ETIMEDOUT;
                }
                try {
                    GuestWait.await(this, left);
                } catch (ErrnoException e) {
                    if (w.woken) {
                        return 0; // the wake won the race: consume it, the signal comes after
                    }
                    throw e;
                }
            }
            return 0;
        } finally {
            if (!w.woken) {
                waiters.remove(w);
            }
        }
    }

    /** FUTEX_WAKE(_BITSET): wakes up to {@code n} waiters on {@code addr}; returns how many. */
    synchronized int wake(Object mem, long addr, int n, int bitset) {
        int woken = 0;
        for (int i = 0; i < waiters.size() && woken < n; i++) {
            Waiter w = waiters.get(i);
            if (w.mem.equals(mem) && w.addr == addr && (w.bitset & bitset) != 0) {
                w.woken = true;
                waiters.remove(i--);
                woken++;
            }
        }
        if (woken > 0) {
            notifyAll();
        }
        return woken;
    }

    /**
     * FUTEX_(CMP_)REQUEUE: wakes up to {@code n} waiters on {@code addr} and moves up to
     * {@code moved} more to {@code addr2}; with {@code check}, first EAGAIN unless
     * {@code *addr == expected}. Returns woken + requeued, as the kernel does.
     */
    synchronized long requeue(AddressSpace mem, long addr, int n, long addr2, int moved, boolean check, int expected) {
        if (check && mem.read32(addr) != expected) {
            return -Errno.EAGAIN;
        }
        int woken = wake(mem, addr, n, -1);
        int requeued = 0;
        for (Waiter w : waiters) {
            if (requeued >= moved) {
                break;
            }
            if (w.mem == mem && w.addr == addr) {
                w.addr = addr2;
                requeued++;
            }
        }
        return woken + requeued;
    }

    /**
     * FUTEX_WAKE_OP: atomically {@code *addr2 = *addr2 OP oparg}, wakes up to {@code n} on
     * {@code addr}, and up to {@code n2} on {@code addr2} if the old value passes the comparison.
     */
    synchronized long wakeOp(AddressSpace mem, long addr, int n, long addr2, int n2, int encoded) {
        if ((addr2 & 3) != 0) {
            return -Errno.EINVAL;
        }
        int op = (encoded >>> 28) & 7;
        boolean shift = ((encoded >>> 28) & 8) != 0;
        int cmp = (encoded >>> 24) & 15;
        int oparg = (encoded << 8) >> 20; // sign-extended 12 bits
        int cmparg = (encoded << 20) >> 20;
        if (shift) {
            oparg = 1 << (oparg & 31);
        }
        if (cmp > 5 || op > 4) {
            return -Errno.ENOSYS;
        }
        int old;
        for (;;) {
            old = mem.read32(addr2);
            int nw;
            switch (op) {
                case 0: nw = oparg; break;          // SET
                case 1: nw = old + oparg; break;    // ADD
                case 2: nw = old | oparg; break;    // OR
                case 3: nw = old & ~oparg; break;   // ANDN
                default: nw = old ^ oparg; break;   // XOR
            }
            if (mem.compareAndExchange32(addr2, old, nw) == old) {
                break;
            }
        }
        long woken = wake(mem, addr, n, -1);
        boolean pass;
        switch (cmp) {
            case 0: pass = old == cmparg; break;
            case 1: pass = old != cmparg; break;
            case 2: pass = old < cmparg; break;
            case 3: pass = old <= cmparg; break;
            case 4: pass = old > cmparg; break;
            default: pass = old >= cmparg; break;
        }
        if (pass) {
            woken += wake(mem, addr2, n2, -1);
        }
        return woken;
    }
}
