package dev.ring3.guest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What one run of a program produced: stdout and stderr bytes and the exit status as a shell
 * reports it (0..255, or 128 + signal number for a death by signal).
 */
public record RunResult(byte[] stdout, byte[] stderr, int status) {

    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /** The signal that killed the process, or 0 if it exited. */
    public int signal() {
        return status > 128 && status < 128 + 65 ? status - 128 : 0;
    }

    /** The shell's description of the status: "exit 3", or "SIGSEGV (Segmentation fault)". */
    public String describeStatus() {
        int sig = signal();
        return sig == 0 ? "exit " + status : "signal " + sig + " (" + SignalNames.shellName(sig) + ")";
    }

    /**
     * Null if both byte streams are equal, else a one-line description of the first difference:
     * its line number and both lines (shortened), for a readable test failure.
     */
    public static String firstDifference(String what, byte[] expected, byte[] actual) {
        if (Arrays.equals(expected, actual)) {
            return null;
        }
        String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        int n = Math.min(e.length, a.length);
        for (int i = 0; i < n; i++) {
            if (!e[i].equals(a[i])) {
                return what + " differs at line " + (i + 1) + ":\n  native: " + line(e, i) + "\n  ring3:  "
                        + line(a, i);
            }
        }
        if (e.length != a.length) {
            String[] longer = e.length > a.length ? e : a;
            return what + " has " + (e.length > a.length ? "missing" : "extra") + " lines from line " + (n + 1)
                    + " (" + expected.length + " native bytes, " + actual.length + " ring3 bytes), first: "
                    + shorten(longer[n]);
        }
        return what + " differs in bytes that are not valid UTF-8 (" + expected.length + " vs " + actual.length
                + " bytes)";
    }

    /** Line i of a split output; the element after the last newline is the end of the output. */
    private static String line(String[] lines, int i) {
        if (i == lines.length - 1) {
            return lines[i].isEmpty() ? "<end of output>" : shorten(lines[i]) + " <no newline at end>";
        }
        return shorten(lines[i]);
    }

    private static String shorten(String s) {
        String t = s.replace("\t", "\\t").replace("\r", "\\r");
        return t.length() > 200 ? t.substring(0, 200) + "..." : "[" + t + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunResult r && r.status == status && Arrays.equals(r.stdout, stdout)
                && Arrays.equals(r.stderr, stderr);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(stdout) + Arrays.hashCode(stderr)) + status;
    }

    @Override
    public String toString() {
        return describeStatus() + ", " + stdout.length + " bytes of stdout, " + stderr.length + " bytes of stderr";
    }
}
