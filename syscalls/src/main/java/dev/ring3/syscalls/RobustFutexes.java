package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;

/**
 * The robust futex list of a thread that ends or execs (kernel/futex/core.c, exit_robust_list):
 * every lock on the list that the thread still owns gets FUTEX_OWNER_DIED, with its waiters bit
 * kept, and one waiter is woken, so that the next pthread_mutex_lock of a robust mutex returns
 * EOWNERDEAD instead of waiting for ever. The list is the guest's own {@code struct
 * robust_list_head} (set_robust_list): {next, futex_offset, list_op_pending}, each entry's word at
 * entry + futex_offset; bit 0 of an entry pointer marks a priority-inheritance futex.
 */
final class RobustFutexes {
    private RobustFutexes() {}

    static final int FUTEX_WAITERS = 0x80000000, FUTEX_OWNER_DIED = 0x40000000, FUTEX_TID_MASK = 0x3fffffff;
    /** ROBUST_LIST_LIMIT: a corrupt or circular list is walked this far and no further. */
    private static final int LIMIT = 2048;
    private static final int MATCH_ANY = -1;

    /** Walks {@code t}'s list, if it set one; a list the thread cannot read is left, as the kernel leaves it. */
    static void release(Task t) {
        long head = t.robustList;
        if (head == 0) {
            return;
        }
        t.robustList = 0;
        AddressSpace m = t.process.mem;
        try {
            long entry = m.read64(head);
            long offset = m.read64(head + 8);
            long pendingRaw = m.read64(head + 16);
            long pending = pendingRaw & ~1L;
            boolean pendingPi = (pendingRaw & 1) != 0;
            for (int n = 0; (entry & ~1L) != head && n < LIMIT; n++) {
                long at = entry & ~1L;
                if (at == 0) {
                    break;
                }
                long next = m.read64(at); // before the entry may be released
                if (at != pending) {
                    death(t, m, at + offset, (entry & 1) != 0, false);
                }
                entry = next;
            }
            if (pending != 0) {
                death(t, m, pending + offset, pendingPi, true);
            }
        } catch (GuestFault f) {
            // an unreadable list: the kernel stops there too
        }
    }

    /** handle_futex_death: the word at {@code uaddr} if {@code t} owns it. */
    private static void death(Task t, AddressSpace m, long uaddr, boolean pi, boolean pendingOp) {
        if ((uaddr & 3) != 0) {
            return;
        }
        try {
            while (true) {
                int uval = m.read32(uaddr);
                if (pendingOp && !pi && uval == 0) {
                    // The owner died between releasing the lock and taking it off the list: a
                    // waiter may sleep on a free lock, so wake one.
                    t.process.futexes.wake(m, uaddr, 1, MATCH_ANY);
                    return;
                }
                if ((uval & FUTEX_TID_MASK) != t.tid) {
                    return;
                }
                int mval = (uval & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
                if (m.compareAndExchange32(uaddr, uval, mval) != uval) {
                    continue; // changed under us: look again
                }
                if (!pi && (uval & FUTEX_WAITERS) != 0) {
                    t.process.futexes.wake(m, uaddr, 1, MATCH_ANY);
                }
                return;
            }
        } catch (GuestFault f) {
            // an unreadable or read-only word: skipped, as the kernel skips it
        }
    }
}
