package dev.ring3.mmu;

/**
 * A guest memory access that Linux would answer with SIGSEGV: the exact guest address, the kind of
 * access, and whether the page was unmapped (SEGV_MAPERR) or forbade the access (SEGV_ACCERR).
 * Carries no Java stack trace: it is control flow, not a bug.
 */
public final class GuestFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** si_code values from the kernel's siginfo.h. */
    public static final int SEGV_MAPERR = 1;
    public static final int SEGV_ACCERR = 2;
    /**
     * SIGBUS's BUS_ADRERR (si_code 2): an access the mapping allows to a page of a file mapping
     * that lies wholly past the end of the file. Kept apart from the SEGV codes by its high bits;
     * {@link #siCode} gives the number.
     */
    public static final int BUS_ADRERR = 0x10000 | 2;

    private final long address;
    private final Access access;
    private final int code;

    public GuestFault(long address, Access access, int code) {
        super(null, null, false, false);
        this.address = address;
        this.access = access;
        this.code = code;
    }

    public long address() { return address; }

    public Access access() { return access; }

    /** {@link #SEGV_MAPERR}, {@link #SEGV_ACCERR} or {@link #BUS_ADRERR}. */
    public int code() { return code; }

    /** True for SIGBUS (a page past the end of its file), false for SIGSEGV. */
    public boolean bus() { return code == BUS_ADRERR; }

    /** The siginfo si_code. */
    public int siCode() { return code & 0xFFFF; }

    /**
     * True if the address is not canonical (bits 63..47 neither all zeros nor all ones): the CPU
     * raises #GP there, not a page fault, and Linux reports SIGSEGV with address 0 (SI_KERNEL).
     */
    public boolean nonCanonical() {
        long top = address >> 47;
        return top != 0 && top != -1;
    }

    @Override
    public String getMessage() {
        return String.format("%s of address 0x%x (%s)", access.word, address,
                code == SEGV_MAPERR ? "not mapped" : "permission denied");
    }
}
