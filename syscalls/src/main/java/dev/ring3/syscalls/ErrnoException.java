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
    /** An EPIPE that raises no SIGPIPE (a SOCK_DGRAM or SOCK_SEQPACKET send, af_unix.c). */
    private final boolean quiet;

    private static final ErrnoException QUIET_EPIPE = new ErrnoException(Errno.EPIPE, true);

    private ErrnoException(int errno) {
        this(errno, false);
    }

    private ErrnoException(int errno, boolean quiet) {
        super(null, null, false, false);
        this.errno = errno;
        this.quiet = quiet;
    }

    /** EPIPE without the SIGPIPE that write-like calls raise with it. */
    public static ErrnoException quietEpipe() {
        return QUIET_EPIPE;
    }

    /** Whether this is EPIPE and the call raises SIGPIPE with it. */
    public boolean raisesSigpipe() {
        return errno == Errno.EPIPE && !quiet;
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
