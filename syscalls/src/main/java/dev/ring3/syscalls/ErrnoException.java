package dev.ring3.syscalls;

/**
 * A Linux error unwinding out of a syscall handler; the dispatcher ({@code LinuxSyscalls}) turns it
 * (and a GuestFault from a bad guest pointer) into the negative errno the kernel returns. Carries no
 * stack trace: it is control flow, and the instances are shared because they hold only the number.
 */
public final class ErrnoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private static final ErrnoException[] CACHE = new ErrnoException[256];

    static {
        for (int e = 0; e < CACHE.length; e++) {
            CACHE[e] = new ErrnoException(e);
        }
    }

    /** The positive errno value. */
    public final int errno;

    private ErrnoException(int errno) {
        super(null, null, false, false);
        this.errno = errno;
    }

    /** The exception for {@code errno} (positive or negative). */
    public static ErrnoException of(int errno) {
        int e = Math.abs(errno);
        return e < CACHE.length ? CACHE[e] : new ErrnoException(e);
    }

    @Override
    public String getMessage() {
        return Errno.name(errno) + " (" + Errno.message(errno) + ")";
    }
}
