package dev.ring3.syscalls;

/**
 * Which character devices are terminals (devices.txt: major 4 virtual consoles and serial ports,
 * major 5 minors 0 and 1 /dev/tty and /dev/console, majors 136-143 pseudo-terminal slaves), and the
 * window size ring3 reports for them.
 */
public final class Terminals {
    private Terminals() {}

    public static boolean isTerminal(FileStat s) {
        if ((s.mode() & FileStat.S_IFMT) != FileStat.S_IFCHR) {
            return false;
        }
        int major = FileStat.major(s.rdev());
        int minor = FileStat.minor(s.rdev());
        return major == 4 || (major == 5 && minor <= 1) || (major >= 136 && major <= 143);
    }

    /**
     * TIOCGWINSZ without a host ioctl: $COLUMNS and $LINES when the JVM's environment has them
     * (shells do not export them by default), else 80x24 (docs/quirks.md).
     */
    public static int columns() {
        return envInt("COLUMNS", 80);
    }

    public static int rows() {
        return envInt("LINES", 24);
    }

    private static int envInt(String name, int fallback) {
        String v = System.getenv(name);
        if (v != null) {
            try {
                int n = Integer.parseInt(v.trim());
                if (n > 0 && n < 65536) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a number: use the default
            }
        }
        return fallback;
    }
}
