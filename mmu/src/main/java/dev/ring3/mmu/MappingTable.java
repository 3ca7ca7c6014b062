package dev.ring3.mmu;

import dev.ring3.mmu.AddressSpace.Mapping;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mappings of one address space (the kernel's VMAs), kept merged, for mappings(), findFree and
 * /proc/self/maps. Not a hot path; callers hold the address space's lock.
 */
final class MappingTable {
    /** Linux's default vm.mmap_min_addr: a hint below it is ignored. */
    static final long MMAP_MIN_ADDR = 0x10000;

    private final TreeMap<Long, Mapping> byStart = new TreeMap<>();

    MappingTable copy() {
        MappingTable c = new MappingTable();
        c.byStart.putAll(byStart);
        return c;
    }

    /** Maps [start, end), replacing what was there. */
    void map(long start, long end, int prot, String name) {
        remove(start, end);
        byStart.put(start, new Mapping(start, end, prot, name));
        coalesce(start, end);
    }

    /** Removes [start, end); holes are fine. */
    void remove(long start, long end) {
        Map.Entry<Long, Mapping> lower = byStart.lowerEntry(start);
        if (lower != null && lower.getValue().end() > start) {
            Mapping m = lower.getValue();
            byStart.put(m.start(), new Mapping(m.start(), start, m.prot(), m.name()));
            if (m.end() > end) {
                byStart.put(end, new Mapping(end, m.end(), m.prot(), m.name()));
            }
        }
        Mapping tail = null;
        Iterator<Mapping> it = byStart.subMap(start, true, end, false).values().iterator();
        while (it.hasNext()) {
            Mapping m = it.next();
            it.remove();
            if (m.end() > end) {
                tail = new Mapping(end, m.end(), m.prot(), m.name());
            }
        }
        if (tail != null) {
            byStart.put(tail.start(), tail);
        }
    }

    /** Changes the prot of [start, end) if it is fully mapped; returns false and changes nothing otherwise. */
    boolean protect(long start, long end, int prot) {
        if (!covers(start, end)) {
            return false;
        }
        List<Mapping> parts = within(start, end);
        remove(start, end);
        for (Mapping m : parts) {
            byStart.put(m.start(), new Mapping(m.start(), m.end(), prot, m.name()));
        }
        coalesce(start, end);
        return true;
    }

    /** True if every byte of [start, end) is mapped. */
    boolean covers(long start, long end) {
        long pos = start;
        while (pos < end) {
            Map.Entry<Long, Mapping> e = byStart.floorEntry(pos);
            if (e == null || e.getValue().end() <= pos) {
                return false;
            }
            pos = e.getValue().end();
        }
        return true;
    }

    /** True if any byte of [start, end) is mapped. */
    boolean intersects(long start, long end) {
        Map.Entry<Long, Mapping> e = byStart.lowerEntry(end);
        return e != null && e.getValue().end() > start;
    }

    /** The prot of the mapping holding {@code addr}, or -1. */
    int protAt(long addr) {
        Map.Entry<Long, Mapping> e = byStart.floorEntry(addr);
        return e != null && e.getValue().end() > addr ? e.getValue().prot() : -1;
    }

    /** The mappings overlapping [start, end), clipped to it. */
    List<Mapping> within(long start, long end) {
        List<Mapping> out = new ArrayList<>();
        Map.Entry<Long, Mapping> lower = byStart.lowerEntry(start);
        if (lower != null && lower.getValue().end() > start) {
            Mapping m = lower.getValue();
            out.add(new Mapping(start, Math.min(end, m.end()), m.prot(), m.name()));
        }
        for (Mapping m : byStart.subMap(start, true, end, false).values()) {
            out.add(new Mapping(m.start(), Math.min(end, m.end()), m.prot(), m.name()));
        }
        return out;
    }

    List<Mapping> list() {
        return new ArrayList<>(byStart.values());
    }

    /**
     * A free range of {@code len} bytes (page-rounded by the caller): {@code hint} if it is at least
     * {@link #MMAP_MIN_ADDR} and [hint, hint+len) is free below {@code limit}; else the highest free
     * range in [bottom, top); else -1.
     */
    long findFree(long len, long hint, long bottom, long top, long limit) {
        if (len <= 0) {
            return -1;
        }
        if (hint >= MMAP_MIN_ADDR && hint <= limit - len && !intersects(hint, hint + len)) {
            return hint;
        }
        long gapEnd = top;
        for (Mapping m : byStart.headMap(top, false).descendingMap().values()) {
            if (m.end() <= gapEnd && gapEnd - Math.max(m.end(), bottom) >= len) {
                return gapEnd - len;
            }
            gapEnd = Math.min(gapEnd, m.start());
            if (gapEnd - bottom < len) {
                return -1;
            }
        }
        return gapEnd - bottom >= len ? gapEnd - len : -1;
    }

    /** The lowest free range of {@code len} bytes in [bottom, top), or -1. */
    long findFreeUp(long len, long bottom, long top) {
        long gapStart = bottom;
        Map.Entry<Long, Mapping> below = byStart.lowerEntry(bottom);
        if (below != null && below.getValue().end() > gapStart) {
            gapStart = below.getValue().end();
        }
        for (Mapping m : byStart.tailMap(bottom, true).values()) {
            if (m.start() >= top) {
                break;
            }
            if (m.start() - gapStart >= len) {
                return gapStart;
            }
            gapStart = Math.max(gapStart, m.end());
        }
        return top - gapStart >= len ? gapStart : -1;
    }

    /** Merges neighbours with equal prot and name from just before {@code start} to {@code end}. */
    private void coalesce(long start, long end) {
        Map.Entry<Long, Mapping> cur = byStart.lowerEntry(start);
        if (cur == null) {
            cur = byStart.ceilingEntry(start);
        }
        while (cur != null) {
            Map.Entry<Long, Mapping> next = byStart.higherEntry(cur.getKey());
            if (next == null || next.getKey() > end) {
                return;
            }
            Mapping a = cur.getValue();
            Mapping b = next.getValue();
            if (a.end() == b.start() && a.prot() == b.prot() && a.name().equals(b.name())) {
                byStart.remove(b.start());
                byStart.put(a.start(), new Mapping(a.start(), b.end(), a.prot(), a.name()));
                cur = byStart.floorEntry(a.start());
            } else {
                cur = next;
            }
        }
    }
}
