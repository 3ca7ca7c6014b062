package dev.ring3.syscalls;

/**
 * The kernel's struct termios (asm-generic/termbits.h, 36 bytes) of TCGETS/TCSETS: four u32 flag
 * words, c_line, 19 control characters. ring3 cannot read the host terminal's settings without an
 * ioctl, so a terminal starts with what `stty sane` gives on Linux (docs/quirks.md).
 */
public final class TermiosDescriptor {
    public static final int SIZE = 36;

    private TermiosDescriptor() {}

    /** ICRNL|IXON|IUTF8, OPOST|ONLCR, B38400|CS8|CREAD, ISIG|ICANON|ECHO|ECHOE|ECHOK|ECHOCTL|ECHOKE|IEXTEN. */
    public static byte[] sane() {
        byte[] t = new byte[SIZE];
        putInt(t, 0, 0x4500);
        putInt(t, 4, 0x5);
        putInt(t, 8, 0xbf);
        putInt(t, 12, 0x8a3b);
        t[16] = 0; // c_line N_TTY
        // c_cc: VINTR ^C, VQUIT ^\, VERASE DEL, VKILL ^U, VEOF ^D, VTIME 0, VMIN 1, VSWTC 0,
        // VSTART ^Q, VSTOP ^S, VSUSP ^Z, VEOL 0, VREPRINT ^R, VDISCARD ^O, VWERASE ^W, VLNEXT ^V, VEOL2 0
        byte[] cc = {3, 0x1c, 0x7f, 0x15, 4, 0, 1, 0, 0x11, 0x13, 0x1a, 0, 0x12, 0x0f, 0x17, 0x16, 0};
        System.arraycopy(cc, 0, t, 17, cc.length);
        return t;
    }

    private static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }
}
