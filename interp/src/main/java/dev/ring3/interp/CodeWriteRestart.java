package dev.ring3.interp;

/**
 * Thrown by a store from translated code that is about to write decoded code (raised before the
 * write lands, after the blocks on the page were dropped): the translation's fault handler puts
 * RIP and the registers at the storing instruction, as for a page fault, and the JIT's dispatcher
 * runs that instruction again in the interpreter, whose blocks end right after a store into
 * themselves (self-modifying code takes effect at the next instruction, as on the host).
 */
public final class CodeWriteRestart extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The one instance: it carries no state and no stack trace. */
    public static final CodeWriteRestart INSTANCE = new CodeWriteRestart();

    private CodeWriteRestart() {
        super("a store from translated code into decoded code", null, false, false);
    }
}
