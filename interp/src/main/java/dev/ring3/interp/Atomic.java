package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;

/**
 * Atomic compare-and-exchange on guest memory at 1, 2, 4 and 8 bytes, for LOCK-prefixed
 * read-modify-write instructions and XCHG with memory (SDM Vol. 3 §9.1.2: locked operations are
 * atomic with respect to all other memory accesses). The address space offers 32- and 64-bit CAS
 * at any alignment (a misaligned one is atomic only against other locked operations: see
 * docs/quirks.md); bytes and words are exchanged through a dword that holds them and touches no
 * page the operand does not. The JIT's emitters for these instructions call it too.
 */
public final class Atomic {
    private Atomic() {}

    /**
     * Stores {@code update} at {@code a} if the {@code size}-byte value there still equals
     * {@code expected} (compared at {@code size} bytes); returns false if it did not, so the caller
     * reloads and recomputes. The store needs WRITE permission even when it fails, as a locked
     * instruction does.
     */
    public static boolean cas(Cpu c, long a, int size, long expected, long update) {
        AddressSpace m = c.mem;
        switch (size) {
            case 8:
                return m.compareAndExchange64(a, expected, update) == expected;
            case 4:
                return m.compareAndExchange32(a, (int) expected, (int) update) == (int) expected;
            default:
                return casInDword(m, a, size, expected, update);
        }
    }

    /**
     * A byte or word CAS through a dword holding it: the aligned one, or for a word in its last
     * byte the dword starting one byte before it. Retries while the other bytes change.
     */
    private static boolean casInDword(AddressSpace m, long a, int size, long expected, long update) {
        long word = (a & 3) + size <= 4 ? a & ~3L : a - 1;
        int shift = (int) (a - word) << 3;
        int fieldMask = (size == 1 ? 0xFF : 0xFFFF) << shift;
        int want = ((int) expected << shift) & fieldMask;
        int put = ((int) update << shift) & fieldMask;
        for (;;) {
            int old = m.read32(word);
            if ((old & fieldMask) != want) {
                return false;
            }
            int neu = (old & ~fieldMask) | put;
            if (m.compareAndExchange32(word, old, neu) == old) {
                return true;
            }
        }
    }

    /** Atomically replaces the value at {@code a} with {@code v}; returns the old value (XCHG). */
    public static long exchange(Cpu c, long a, int size, long v) {
        for (;;) {
            long old = Operands.load(c, a, size);
            if (cas(c, a, size, old, v)) {
                return old;
            }
        }
    }
}
