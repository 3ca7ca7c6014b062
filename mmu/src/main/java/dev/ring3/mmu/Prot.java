package dev.ring3.mmu;

/** Page protection bits, with the values of Linux's PROT_* so syscalls pass them through. */
public final class Prot {
    public static final int NONE = 0;
    public static final int READ = 1;
    public static final int WRITE = 2;
    public static final int EXEC = 4;
    /** Not a Linux bit: the page holds decoded or translated code, so writes must invalidate it. */
    public static final int CODE = 8;

    private Prot() {}
}
