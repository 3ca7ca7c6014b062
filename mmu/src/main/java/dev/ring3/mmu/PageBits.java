package dev.ring3.mmu;

/**
 * The per-page state bits both implementations keep: the effective access rights (as the x86 MMU
 * sees them, not the mmap prot), the code mark, and ring3's private bookkeeping.
 */
final class PageBits {
    /** Readable: set for every prot but PROT_NONE, since x86 page tables cannot forbid reads of a present page. */
    static final int READ = Prot.READ;
    static final int WRITE = Prot.WRITE;
    static final int EXEC = Prot.EXEC;
    /** The page holds decoded or translated code: writes go through the listener first. */
    static final int CODE = Prot.CODE;
    /** The host bytes of the page may be non-zero (written since it was last zeroed). */
    static final int DIRTY = 0x10;
    /** The page is mapped (distinguishes PROT_NONE from a hole: SEGV_ACCERR against SEGV_MAPERR). */
    static final int MAPPED = 0x20;
    /**
     * A page of a file mapping wholly past the end of the file: no access bits, so every access
     * takes the slow path, which asks whether the file has grown over it since, else raises
     * SIGBUS (BUS_ADRERR) where the mapping's protection allows the access. protect keeps it.
     */
    static final int PAST_EOF = 0x40;
    /** Derived, in the byte's sign bit: WRITE and DIRTY set, CODE clear, so a store may go straight in. */
    static final int FAST_WRITE = 0x80;

    /**
     * A clean page of a private read-write mapping, exactly: the one byte a first store through the
     * flat window may change without the lock, to {@link #FIRST_WRITTEN} ({@link FlatWindow}).
     */
    static final int CLEAN_WRITABLE = MAPPED | READ | WRITE;
    /** {@link #CLEAN_WRITABLE} after its first store: dirty, so open to direct stores ({@link #withFastWrite}). */
    static final byte FIRST_WRITTEN = (byte) (CLEAN_WRITABLE | DIRTY | FAST_WRITE);

    /** The Linux prot bits a mapping may carry. */
    static final int PROT_MASK = Prot.READ | Prot.WRITE | Prot.EXEC;

    private PageBits() {}

    /** The bits of a freshly mapped page with Linux protection {@code prot}. */
    static int forProt(int prot) {
        prot &= PROT_MASK;
        return MAPPED | (prot != 0 ? READ | prot : 0);
    }

    /** {@code bits} with {@link #FAST_WRITE} recomputed, as stored in a page table byte. */
    static byte withFastWrite(int bits) {
        bits &= ~FAST_WRITE;
        if ((bits & (WRITE | DIRTY | CODE)) == (WRITE | DIRTY)) {
            bits |= FAST_WRITE;
        }
        return (byte) bits;
    }
}
