package dev.ring3.syscalls;

/**
 * Why a program could not be started (not found, not executable, not an x86-64 static ELF...),
 * with the exit status a shell gives in that case (127 not found, 126 cannot execute).
 */
public final class ExecFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public static final int NOT_FOUND = 127;
    public static final int CANNOT_EXECUTE = 126;

    private final int status;

    public ExecFailure(String reason, int status) {
        super(reason, null, false, false);
        this.status = status;
    }

    /** The shell's exit status for this failure. */
    public int status() {
        return status;
    }
}
