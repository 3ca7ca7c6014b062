package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host user's real and effective uid/gid and supplementary groups, read once from
 * /proc/self/status: the guest sees who really runs it (AT_UID..AT_EGID, getuid(2), getgroups(2)).
 */
public record HostIdentity(int uid, int euid, int gid, int egid, int[] groups) {
    private static final HostIdentity HOST = read();

    public static HostIdentity get() {
        return HOST;
    }

    private static HostIdentity read() {
        int[] uid = {0, 0};
        int[] gid = {0, 0};
        int[] groups = new int[0];
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    uid = ints(line.substring(4));
                } else if (line.startsWith("Gid:")) {
                    gid = ints(line.substring(4));
                } else if (line.startsWith("Groups:")) {
                    groups = ints(line.substring(7));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux or no /proc: fall back to root-less zeros, which is what a container shows.
        }
        return new HostIdentity(at(uid, 0), at(uid, 1), at(gid, 0), at(gid, 1), groups);
    }

    private static int at(int[] a, int i) {
        return i < a.length ? a[i] : 0;
    }

    private static int[] ints(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return new int[0];
        }
        String[] parts = t.split("\\s+");
        int[] r = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            r[i] = Integer.parseInt(parts[i]);
        }
        return r;
    }
}
