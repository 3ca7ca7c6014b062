package dev.ring3.interp;

/**
 * A processor exception raised by an instruction (SDM Vol. 3 ch. 6): #DE, #UD, #GP, #XM and the
 * like. The OS personality turns it into a guest signal (SIGFPE, SIGILL, SIGSEGV...). The faulting
 * instruction's RIP is in the CPU when this reaches the run loop's caller.
 */
public final class CpuException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final int DE = 0;   // divide error -> SIGFPE (FPE_INTDIV)
    public static final int DB = 1;   // INT1, a single step (TF) -> SIGTRAP, si_code in the detail
    public static final int BP = 3;   // INT3 -> SIGTRAP
    public static final int OF = 4;   // INT 4 (the overflow gate) -> SIGSEGV (si_addr 0)
    public static final int UD = 6;   // invalid opcode -> SIGILL (ILL_ILLOPN)
    public static final int SS = 12;  // stack-segment fault -> SIGBUS (si_addr 0)
    public static final int GP = 13;  // general protection -> SIGSEGV (si_addr 0)
    public static final int MF = 16;  // x87 floating-point error -> SIGFPE
    public static final int AC = 17;  // alignment check (RFLAGS.AC set) -> SIGBUS (BUS_ADRALN, si_addr 0)
    public static final int XM = 19;  // SIMD floating-point exception -> SIGFPE

    private final int vector;
    /** DB's si_code: INT1 (ICEBP) and a single step. */
    public static final int TRAP_BRKPT = 1, TRAP_TRACE = 2;

    /**
     * Extra detail: for DE, 1 = divide by zero, 2 = quotient overflow; for XM the MXCSR flag bits;
     * for DB the si_code; for GP the error code (0, or INT n's IDT entry).
     */
    private final int detail;

    public CpuException(int vector, int detail) {
        super(null, null, false, false);
        this.vector = vector;
        this.detail = detail;
    }

    public CpuException(int vector) {
        this(vector, 0);
    }

    public int vector() { return vector; }

    /**
     * Whether the exception is a trap, reported with RIP after the instruction (INT3, INT 3, INT 4
     * and INT1 go through the IDT's user gates; a single step comes after its instruction), not a
     * fault, reported at it.
     */
    public boolean trap() {
        return vector == BP || vector == DB || vector == OF;
    }

    public int detail() { return detail; }

    @Override
    public String getMessage() {
        return "CPU exception " + vector + (detail != 0 ? " (" + detail + ")" : "");
    }
}
