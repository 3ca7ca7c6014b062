package dev.ring3.syscalls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An epoll instance (fs/eventpoll.c): its interest list of (open file description, fd) pairs, each
 * with the events asked for and the 64-bit data handed back. Readiness comes from
 * {@link OpenFile#poll}, as for poll(2); edge-triggered items fire when the file's
 * {@linkplain OpenFile#readinessGeneration wake-up count} moved or its readiness rose since they last
 * fired. A registration belongs to the open file description, not the fd number: it stays while
 * another fd (dup, fork) holds the description and goes when the last one closes.
 */
public final class EpollFile extends AnonInodeFile {
    public static final int EPOLLIN = PollEvents.POLLIN;
    public static final int EPOLLOUT = PollEvents.POLLOUT;
    public static final int EPOLLERR = PollEvents.POLLERR;
    public static final int EPOLLHUP = PollEvents.POLLHUP;
    public static final int EPOLLRDHUP = PollEvents.POLLRDHUP;
    public static final int EPOLLEXCLUSIVE = 1 << 28;
    public static final int EPOLLWAKEUP = 1 << 29;
    public static final int EPOLLONESHOT = 1 << 30;
    public static final int EPOLLET = 1 << 31;
    /** Bits that steer epoll itself rather than name events (EP_PRIVATE_BITS). */
    static final int PRIVATE_BITS = EPOLLWAKEUP | EPOLLONESHOT | EPOLLET | EPOLLEXCLUSIVE;
    /** What may come with EPOLLEXCLUSIVE (EPOLLEXCLUSIVE_OK_BITS). */
    static final int EXCLUSIVE_OK_BITS = EPOLLIN | EPOLLOUT | EPOLLERR | EPOLLHUP | EPOLLWAKEUP | EPOLLET | EPOLLEXCLUSIVE;
    /** EP_MAX_NESTS: the longest chain of epoll instances watching each other. */
    static final int MAX_NESTS = 4;
    /** Serialises adding an epoll instance to another, so that the loop check sees a still graph (epnested_mutex). */
    private static final Object NESTING = new Object();

    /** One registration. */
    private static final class Item {
        final OpenFile file;
        final int fd;
        int events;
        long data;
        /** The file's wake-up count when the item last fired or was armed. */
        long generation;
        /** The ready bits seen at the last look. */
        int seen;
        /** What {@link #collect} found ready in this look. */
        int ready;
        /** When it joined the ready list (0: not on it): the order events are reported in. */
        long queued;
        /** ADD or MOD found it ready, or it never fired yet: report what is ready now (ep_insert). */
        boolean fresh;

        Item(OpenFile file, int fd) {
            this.file = file;
            this.fd = fd;
        }

        /** The events that can be reported: those asked for (ERR and HUP always); none once a oneshot fired. */
        int mask() {
            return events & ~PRIVATE_BITS;
        }
    }

    /** Keyed by file identity and fd number, in the order items are looked at (ready ones move to the back). */
    private final LinkedHashMap<Key, Item> items = new LinkedHashMap<>();
    private long changes;
    private long queueClock;

    /** OpenFile keeps Object's identity equality, so a key is one description under one fd number. */
    private record Key(OpenFile file, int fd) {}

    public EpollFile() {
        super(OpenFlags.O_RDWR, "eventpoll");
    }

    /**
     * epoll_ctl(2) once the fds are resolved: {@code op} 1 ADD, 2 DEL, 3 MOD; {@code events} and
     * {@code data} from the struct epoll_event (ignored for DEL). Errors as do_epoll_ctl checks them.
     */
    public void control(int op, OpenFile target, int fd, int events, long data) {
        if (!target.pollable()) {
            throw ErrnoException.of(Errno.EPERM);
        }
        // Without CAP_BLOCK_SUSPEND the kernel drops EPOLLWAKEUP silently (ep_take_care_of_epollwakeup).
        events &= ~EPOLLWAKEUP;
        if (target == this) {
            throw ErrnoException.of(Errno.EINVAL);
        }
        boolean withEvents = op == 1 || op == 3;
        if (withEvents && (events & EPOLLEXCLUSIVE) != 0) {
            if (op == 3 || target instanceof EpollFile || (events & ~EXCLUSIVE_OK_BITS) != 0) {
                throw ErrnoException.of(Errno.EINVAL);
            }
        }
        if (op == 1 && target instanceof EpollFile) {
            synchronized (NESTING) {
                EpollFile inner = (EpollFile) target;
                if (inner.reaches(this) || inner.depth() + 1 > MAX_NESTS) {
                    throw ErrnoException.of(Errno.ELOOP);
                }
                update(op, target, fd, events, data);
            }
            return;
        }
        update(op, target, fd, events, data);
    }

    private synchronized void update(int op, OpenFile target, int fd, int events, long data) {
        purge();
        Key key = new Key(target, fd);
        Item it = items.get(key);
        switch (op) {
            case 1:
                if (it != null) {
                    throw ErrnoException.of(Errno.EEXIST);
                }
                it = new Item(target, fd);
                arm(it, events | EPOLLERR | EPOLLHUP, data);
                items.put(key, it);
                break;
            case 2:
                if (it == null) {
                    throw ErrnoException.of(Errno.ENOENT);
                }
                items.remove(key);
                break;
            case 3:
                if (it == null) {
                    throw ErrnoException.of(Errno.ENOENT);
                }
                if ((it.events & EPOLLEXCLUSIVE) != 0) {
                    throw ErrnoException.of(Errno.EINVAL);
                }
                arm(it, events | EPOLLERR | EPOLLHUP, data);
                break;
            default:
                throw ErrnoException.of(Errno.EINVAL);
        }
        changes++;
    }

    private static void arm(Item it, int events, long data) {
        it.events = events;
        it.data = data;
        it.fresh = true;
        it.generation = it.file.readinessGeneration(it.mask());
        it.seen = 0;
    }

    /**
     * The ready events, at most {@code max}: each as {events, data} in {@code outEvents} and
     * {@code outData}, in the order of the kernel's ready list (items join it at the back when seen
     * ready; a level-triggered item that fired rejoins at the back). Edge-triggered items fire once
     * per edge, oneshot ones then disarm; items left over beyond {@code max} stay pending.
     */
    public synchronized int collect(int max, int[] outEvents, long[] outData) {
        purge();
        List<Item> candidates = new ArrayList<>();
        for (Item it : items.values()) {
            int mask = it.mask();
            int ready = mask == 0 ? 0 : it.file.poll(mask) & mask;
            if (ready == 0) {
                it.queued = 0;
                it.seen = 0;
                continue;
            }
            if ((it.events & EPOLLET) == 0 || fires(it, ready)) {
                if (it.queued == 0) {
                    it.queued = ++queueClock;
                }
                it.ready = ready;
                candidates.add(it);
            } else {
                it.queued = 0; // no edge: not on the ready list
                it.seen = ready;
            }
        }
        candidates.sort(Comparator.comparingLong(it -> it.queued));
        int n = 0;
        for (int i = 0; i < candidates.size() && n < max; i++) {
            Item it = candidates.get(i);
            int ready = it.ready;
            it.fresh = false;
            it.generation = it.file.readinessGeneration(it.mask());
            it.seen = ready;
            outEvents[n] = ready;
            outData[n] = it.data;
            n++;
            if ((it.events & EPOLLONESHOT) != 0) {
                it.events &= PRIVATE_BITS;
            }
            it.queued = (it.events & (EPOLLET | EPOLLONESHOT)) == 0 ? ++queueClock : 0;
        }
        return n;
    }

    /** An edge-triggered item has an edge to report: just armed, woken since it fired, or readiness rose. */
    private static boolean fires(Item it, int ready) {
        return it.fresh || it.file.readinessGeneration(it.mask()) != it.generation || (ready & ~it.seen) != 0;
    }

    /** Whether epoll_wait would report something now, changing nothing (poll of the epoll fd, nesting). */
    private synchronized boolean anyReady() {
        purge();
        for (Item it : items.values()) {
            int mask = it.mask();
            if (mask == 0) {
                continue;
            }
            int ready = it.file.poll(mask) & mask;
            if (ready != 0 && ((it.events & EPOLLET) == 0 || fires(it, ready))) {
                return true;
            }
        }
        return false;
    }

    /** Drops the items whose description was released by its last close (eventpoll_release). */
    private void purge() {
        for (Iterator<Map.Entry<Key, Item>> i = items.entrySet().iterator(); i.hasNext();) {
            if (!i.next().getValue().file.isOpen()) {
                i.remove();
                changes++;
            }
        }
    }

    private synchronized List<EpollFile> nested() {
        List<EpollFile> r = new ArrayList<>();
        for (Item it : items.values()) {
            if (it.file instanceof EpollFile && it.file.isOpen()) {
                r.add((EpollFile) it.file);
            }
        }
        return r;
    }

    /** Whether {@code target} is this instance or one it watches, at any depth. */
    private boolean reaches(EpollFile target) {
        if (this == target) {
            return true;
        }
        for (EpollFile e : nested()) {
            if (e.reaches(target)) {
                return true;
            }
        }
        return false;
    }

    /** The longest chain of epoll instances below this one. */
    private int depth() {
        int d = 0;
        for (EpollFile e : nested()) {
            d = Math.max(d, 1 + e.depth());
        }
        return d;
    }

    @Override
    public int poll(int events) {
        return anyReady() ? events & (PollEvents.POLLIN | PollEvents.POLLRDNORM) : 0;
    }

    @Override
    public synchronized long readinessGeneration(int events) {
        long g = changes;
        for (Item it : items.values()) {
            g += it.file.readinessGeneration(it.mask());
        }
        return g;
    }

    /** The anonymous inode all epoll instances share. */
    static final long ANON_INODE = 1030;

    @Override
    protected synchronized void closeHost() {
        items.clear();
    }
}
