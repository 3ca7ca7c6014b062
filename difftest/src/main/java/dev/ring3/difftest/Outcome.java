package dev.ring3.difftest;

/**
 * How a case ended on one side: normally (signal 0) or with a signal and its address, and the
 * state then — registers, RFLAGS, the FXSAVE image, the window, a hash of the rest of the data
 * page — or, for ring3, an internal error that is a difference by itself.
 */
final class Outcome {
    static final int SIGILL = 4, SIGTRAP = 5, SIGBUS = 7, SIGFPE = 8, SIGSEGV = 11, SIGALRM = 14;

    int signal;
    long addr;
    long rip;
    final long[] gpr = new long[16];
    long rflags;
    final byte[] fx = new byte[512];
    final byte[] window = new byte[Layout.WINDOW];
    long lowHash;
    /** ring3 threw something other than a guest fault (a Java exception: always a bug). */
    String crash;

    static String signalName(int s) {
        switch (s) {
            case 0: return "none";
            case SIGILL: return "SIGILL";
            case SIGTRAP: return "SIGTRAP";
            case SIGBUS: return "SIGBUS";
            case SIGFPE: return "SIGFPE";
            case SIGSEGV: return "SIGSEGV";
            case SIGALRM: return "timeout";
            default: return "signal " + s;
        }
    }

    /** FNV-1a, as harness.c hashes the data page below the window. */
    static long fnv1a(byte[] b, int off, int len) {
        long h = 0xcbf29ce484222325L;
        for (int k = off; k < off + len; k++) {
            h = (h ^ (b[k] & 0xFF)) * 0x100000001b3L;
        }
        return h;
    }
}
