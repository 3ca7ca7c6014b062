package dev.ring3.syscalls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Advisory file locks among the guest processes of this JVM, as fs/locks.c keeps them: POSIX
 * record locks (fcntl F_SETLK/F_SETLKW/F_GETLK, owned by the fd table, so threads share them and
 * the first close of any fd for the file by that table drops them, as POSIX requires), open file
 * description locks (F_OFD_*, owned by the open file, dropped with its last reference; they and
 * POSIX locks conflict with each other) and flock(2) locks (whole-file, owned by the open file, a
 * space of their own). A file is its device and inode. Locks taken by host processes outside
 * ring3 are not seen, nor are ring3's seen by them (docs/quirks.md).
 *
 * <p>Blocking requests wait on one monitor, woken by every unlock; a POSIX request that would
 * wait on an owner that is itself waiting, directly or along a chain, on this one is EDEADLK
 * (posix_locks_deadlock). A signal ends a wait as in the kernel ({@link GuestWait}).
 */
final class FileLocks {
    static final int F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2;
    static final int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;

    /** One lock: bytes [start, end] (end Long.MAX_VALUE: to the end of any file). */
    private record Lock(long start, long end, boolean write, Object owner, int pid, boolean ofd) {
        boolean overlaps(long s, long e) {
            return start <= e && s <= end;
        }
    }

    /** A conflicting lock as F_GETLK reports it. */
    record Conflict(int type, long start, long end, int pid) {}

    private static final Object MONITOR = new Object();
    /** Record (POSIX and OFD) locks by file. */
    private static final Map<Object, List<Lock>> RECORDS = new HashMap<>();
    /** flock locks by file. */
    private static final Map<Object, List<Lock>> FLOCKS = new HashMap<>();
    /** POSIX owners waiting, and the owner each waits on (deadlock detection). */
    private static final Map<Object, Object> WAITING = new IdentityHashMap<>();
    /** Whether any lock was ever taken: closes skip the table until then. */
    private static volatile boolean used;

    private FileLocks() {}

    /** The first lock of another owner that a request would conflict with, or null (F_GETLK). */
    static Conflict test(Object file, long start, long end, boolean write, Object owner) {
        synchronized (MONITOR) {
            Lock c = conflict(RECORDS.get(file), start, end, write, owner);
            return c == null ? null : new Conflict(c.write ? F_WRLCK : F_RDLCK, c.start, c.end, c.ofd ? -1 : c.pid);
        }
    }

    /**
     * Sets (or with {@code type} F_UNLCK clears) a record lock on [start, end] for {@code owner};
     * EAGAIN on a conflict unless {@code wait}, then waits (EDEADLK for a POSIX owner in a cycle).
     */
    static void set(Object file, long start, long end, int type, Object owner, int pid, boolean ofd, boolean wait) {
        used = true;
        synchronized (MONITOR) {
            List<Lock> list = RECORDS.computeIfAbsent(file, k -> new ArrayList<>());
            if (type != F_UNLCK) {
                boolean write = type == F_WRLCK;
                for (;;) {
                    Lock c = conflict(list, start, end, write, owner);
                    if (c == null) {
                        break;
                    }
                    if (!wait) {
                        throw ErrnoException.of(Errno.EAGAIN);
                    }
                    if (!ofd && !c.ofd && deadlocks(owner, c.owner)) {
                        throw ErrnoException.of(Errno.EDEADLK);
                    }
                    if (!ofd) {
                        WAITING.put(owner, c.owner);
                    }
                    try {
                        GuestWait.await(MONITOR, -1);
                    } finally {
                        WAITING.remove(owner);
                    }
                }
            }
            replace(list, start, end, type, owner, pid, ofd);
            if (list.isEmpty()) {
                RECORDS.remove(file);
            }
            MONITOR.notifyAll();
        }
    }

    /** flock(2) on {@code f}: LOCK_SH, LOCK_EX or LOCK_UN, with LOCK_NB not waiting (EWOULDBLOCK). */
    static void flock(OpenFile f, int op) {
        used = true;
        Object file = FileId.of(f);
        int kind = op & ~LOCK_NB;
        synchronized (MONITOR) {
            List<Lock> list = FLOCKS.computeIfAbsent(file, k -> new ArrayList<>());
            Lock own = null;
            for (Lock l : list) {
                if (l.owner == f) {
                    own = l;
                }
            }
            boolean write = kind == LOCK_EX;
            if (own != null && kind != LOCK_UN && own.write == write) {
                return;
            }
            if (own != null) {
                list.remove(own); // a conversion is not atomic: the old lock goes first (flock_lock_inode)
                MONITOR.notifyAll();
            }
            if (kind != LOCK_UN) {
                while (conflict(list, 0, Long.MAX_VALUE, write, f) != null) {
                    if ((op & LOCK_NB) != 0) {
                        throw ErrnoException.of(Errno.EWOULDBLOCK);
                    }
                    GuestWait.await(MONITOR, -1);
                }
                list.add(new Lock(0, Long.MAX_VALUE, write, f, 0, true));
            }
            if (list.isEmpty()) {
                FLOCKS.remove(file);
            }
        }
    }

    /** An fd of {@code owner} (an fd table) referring to {@code f} was closed: its POSIX locks on the file go. */
    static void closed(Object owner, OpenFile f) {
        if (used) {
            dropAll(RECORDS, FileId.of(f), owner);
        }
    }

    /** The last reference to {@code f} went: its OFD and flock locks go. */
    static void released(OpenFile f) {
        if (used) {
            Object file = FileId.of(f);
            dropAll(RECORDS, file, f);
            dropAll(FLOCKS, file, f);
        }
    }

    private static void dropAll(Map<Object, List<Lock>> table, Object file, Object owner) {
        synchronized (MONITOR) {
            List<Lock> list = table.get(file);
            if (list != null && list.removeIf(l -> l.owner == owner)) {
                if (list.isEmpty()) {
                    table.remove(file);
                }
                MONITOR.notifyAll();
            }
        }
    }

    private static Lock conflict(List<Lock> list, long start, long end, boolean write, Object owner) {
        if (list == null) {
            return null;
        }
        for (Lock l : list) {
            if (l.owner != owner && l.overlaps(start, end) && (write || l.write)) {
                return l;
            }
        }
        return null;
    }

    /** Whether {@code blocker} waits, directly or along a chain, on {@code owner}. */
    private static boolean deadlocks(Object owner, Object blocker) {
        Object o = blocker;
        for (int i = 0; i < 64 && o != null; i++) {
            if (o == owner) {
                return true;
            }
            o = WAITING.get(o);
        }
        return false;
    }

    /**
     * The owner's locks over [start, end] become {@code type} there (none for F_UNLCK): the parts
     * outside stay, and locks of the same type that touch or overlap the new one merge with it.
     */
    private static void replace(List<Lock> list, long start, long end, int type, Object owner, int pid, boolean ofd) {
        boolean write = type == F_WRLCK;
        long s = start, e = end;
        List<Lock> keep = new ArrayList<>();
        for (Lock l : list) {
            if (l.owner != owner) {
                keep.add(l);
                continue;
            }
            boolean touches = l.start <= (e == Long.MAX_VALUE ? e : e + 1) && s <= (l.end == Long.MAX_VALUE ? l.end : l.end + 1);
            if (type != F_UNLCK && l.write == write && touches) {
                s = Math.min(s, l.start); // merge
                e = Math.max(e, l.end);
                continue;
            }
            if (!l.overlaps(start, end)) {
                keep.add(l);
                continue;
            }
            if (l.start < start) {
                keep.add(new Lock(l.start, start - 1, l.write, owner, l.pid, l.ofd));
            }
            if (l.end > end) {
                keep.add(new Lock(end + 1, l.end, l.write, owner, l.pid, l.ofd));
            }
        }
        if (type != F_UNLCK) {
            keep.add(new Lock(s, e, write, owner, pid, ofd));
        }
        keep.sort((a, b) -> Long.compare(a.start, b.start));
        list.clear();
        list.addAll(keep);
    }
}
