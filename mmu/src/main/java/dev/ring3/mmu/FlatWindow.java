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
 */
public final class FlatWindow {
    /** Guest addresses at or above {@code 1 << SHIFT} are outside the window. */
    public static final int SHIFT = FlatAddressSpace.WINDOW_SHIFT;
    /** The page byte's read bit. */
    public static final int READ = PageBits.READ;
    /** The page byte's sign bit: a store may go straight to host memory. */
    public static final int FAST_WRITE = PageBits.FAST_WRITE;

    private FlatWindow() {}
}
