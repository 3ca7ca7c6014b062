package dev.ring3.jit;

import dev.ring3.interp.Cpu;
import dev.ring3.mmu.AddressSpace;

/**
 * How translated code goes on to the next translation without the dispatcher (one per code cache,
 * so per guest thread): the installed translations by entry address in a direct-mapped table (for
 * exits whose target only RIP knows: returns, indirect branches, and the dispatcher's own lookup),
 * and the hop budget of the chain being run. A region's exit tail calls {@link #next} and then
 * the translation it returns, from its own call site (docs/jit.md "Chaining").
 */
public final class ChainTable {
    /**
     * Chained transitions before control returns to the dispatcher: bounds the JVM stack (each hop
     * is a call from the exit tail) and lets the dispatcher install finished translations. Each hop
     * nests one JVM frame and the chain unwinds through all of them at once; a chain shorter than
     * the CPU's return stack (32 entries on this EPYC) likely keeps those returns predicted. With
     * 64, bintrees' and strings' guest threads took ~6% more CPU (JDK 17, medians of a loaded
     * machine, not beyond its noise; docs/jit.md "What a transition costs").
     * {@code -Dring3.jit.hops=N} to experiment.
     */
    static final int MAX_HOPS = Integer.getInteger("ring3.jit.hops", 16);
    private static final int BITS = 12;
    private static final int MASK = (1 << BITS) - 1;

    private final Translation[] slots = new Translation[1 << BITS];
    /** The address space the translations run on: a dynamic exit after execve must not chain. */
    private final AddressSpace mem;
    /** Hops left in the current chain; the dispatcher resets it at every entry. */
    int hops;

    ChainTable(AddressSpace mem) {
        this.mem = mem;
    }

    private static int slot(long rip) {
        return (int) (rip ^ (rip >>> BITS)) & MASK;
    }

    /** The installed translation entered at {@code rip}, or null (none, or its slot is taken). */
    Translation get(long rip) {
        Translation t = slots[slot(rip)];
        return t != null && t.entry == rip ? t : null;
    }

    void put(Translation t) {
        slots[slot(t.entry)] = t;
    }

    void remove(Translation t) {
        int s = slot(t.entry);
        if (slots[s] == t) {
            slots[s] = null;
        }
    }

    void clear() {
        java.util.Arrays.fill(slots, null);
    }

    /**
     * The exit tail's last act: runs the translation {@link #next} names, if any. The call of
     * {@code run} here has one type profile for all regions, which soon lists many translations,
     * so C2 compiles it as a virtual call. From each region's own call site C2 guessed the one or
     * two translations it had seen run next, with a trap for any other: as the next regions were
     * installed, every such region was made not entrant and compiled again (matmul's loop region,
     * JDK 17: 2 of its 7 C2 compiles; docs/jit.md "Warm-up").
     */
    public static void chain(Translation from, Cpu cpu, int link) {
        Translation t = next(from, cpu, link);
        if (t != null) {
            t.run(cpu);
        }
    }

    /**
     * Called by the exit tail of {@code from}, after it wrote the guest state back: the
     * translation to run next, or null to return to the dispatcher. {@code link} is the exit's
     * link slot (-1: the target is RIP, looked up here). Null when the hops are spent or another
     * thread asked for attention, so pending work gets in at once, as at a dispatch.
     */
    public static Translation next(Translation from, Cpu cpu, int link) {
        ChainTable c = from.chain;
        if (--c.hops < 0 || cpu.attention) {
            return null;
        }
        Translation t;
        if (link >= 0) {
            t = from.links[link];
        } else {
            if (cpu.mem != c.mem) {
                return null;
            }
            t = c.get(cpu.rip);
        }
        return t != null && !t.dropped ? t : null;
    }
}
