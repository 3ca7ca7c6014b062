package dev.ring3.mmu;

/**
 * What generated code may rely on to inline the flat window's fast path (the JIT's memory
 * access, issue 3 item 4): guest address {@code g} below {@code 1 << SHIFT} lives at host address
 * {@link AddressSpace#windowBase() base} + g, and its page's byte in
 * {@link AddressSpace#windowPageBits()} (index {@code g >>> AddressSpace.PAGE_SHIFT}) allows a read
 * when bit {@link #READ} is set and a store when the byte is negative ({@link #FAST_WRITE}: writable,
 * already dirty, and no decoded code on the page, so self-modifying code is still seen). Anything
 * else, including an access that crosses a page, must take the address space's own methods,
 * which fault precisely.
 *
 * <p>One exception, for the first store to a page: a byte equal to {@link #CLEAN_WRITABLE} (mapped,
 * read-write, never written, no code) may be changed to {@link #FIRST_WRITTEN} (dirty, open to
 * direct stores) by a compare-and-set of that array element, without the space's lock, and the
 * store then goes straight in. That is all the address space's own slow path would do for it
 * (mark the page written, for mincore, fork and the zeroing of remapped pages), and it keeps the
 * slow path's call out of loops whose profile saw first stores: the space's locked updates of a
 * page byte keep a DIRTY bit set meanwhile.
 */
public final class FlatWindow {
    /** Guest addresses at or above {@code 1 << SHIFT} are outside the window. */
    public static final int SHIFT = FlatAddressSpace.WINDOW_SHIFT;
    /** The page byte's read bit. */
    public static final int READ = PageBits.READ;
    /** The page byte's sign bit: a store may go straight to host memory. */
    public static final int FAST_WRITE = PageBits.FAST_WRITE;

    /** The page byte a first store may change without the lock (see the class comment). */
    public static final byte CLEAN_WRITABLE = PageBits.CLEAN_WRITABLE;
    /** What a first store changes {@link #CLEAN_WRITABLE} to. */
    public static final byte FIRST_WRITTEN = PageBits.FIRST_WRITTEN;
    /** The offset of the page byte array's first element, for a compare-and-set of one. */
    public static final long PAGES_BASE = CheckedAddressSpace.BYTE_ARRAY_BASE;

    private FlatWindow() {}
}
