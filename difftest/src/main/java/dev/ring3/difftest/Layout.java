package dev.ring3.difftest;

/**
 * The fixed addresses both sides use (harness.c has the same numbers): the code page, the data page
 * whose last {@link #WINDOW} bytes are the case's memory, and the state page the harness's stubs
 * address absolutely. All lie below 2 GiB, so 32-bit absolute and RIP-relative forms reach them,
 * and inside ring3's flat window. The pages around the data page are inaccessible on both sides.
 */
final class Layout {
    private Layout() {}

    static final long CODE = 0x6000_0000L;
    static final long DATA = 0x6001_0000L;
    static final int WINDOW_OFF = 3072, WINDOW = 1024;
    /** Guest address of the window: every memory operand, the stack and string pointers land here. */
    static final long WIN = DATA + WINDOW_OFF;
    /** The stack pointer of every case (before per-encoding jitter): room for ENTER's frames below it. */
    static final long STACK = WIN + 784;
    static final long STATE = 0x6004_0000L;
    /** ring3 only: the FXRSTOR64 and FXSAVE64 snippets that load and dump the x87/SSE state. */
    static final long HELPERS = 0x6002_0000L;
    static final long LOAD_AREA = STATE + 0x200, DUMP_AREA = STATE + 0x600;
    /** Most bytes a case's code may have (instruction, filler). */
    static final int CODE_MAX = 60;
    /**
     * lea r11,[r11+1]: follows every instruction. Branch forms jump over it (their displacement is
     * its length), so R11 tells whether a branch was taken; the return path starts after it.
     */
    static final byte[] FILLER = {0x4D, (byte) 0x8D, 0x5B, 0x01};
}
