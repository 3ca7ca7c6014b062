package dev.ring3.interp;

/** Unwinds a guest thread's run loop when the thread or its process ends (exit, exit_group, a fatal signal). */
public final class GuestExit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GuestExit() {
        super(null, null, false, false);
    }
}
