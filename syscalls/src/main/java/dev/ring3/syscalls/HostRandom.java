package dev.ring3.syscalls;

import java.io.FileInputStream;
import java.io.IOException;
import java.security.SecureRandom;

/**
 * Random bytes for getrandom(2) and AT_RANDOM: read from the host's /dev/urandom, as the kernel
 * would serve them. Not {@link SecureRandom} by default: setting up its providers took ~15 ms of
 * every start (a static hello world calls getrandom once); it remains the fallback where
 * /dev/urandom cannot be read.
 */
final class HostRandom {
    private HostRandom() {}

    private static FileInputStream urandom;
    private static SecureRandom fallback;

    /** Fills {@code b[0, len)} with random bytes. */
    static synchronized void fill(byte[] b, int len) {
        try {
            if (fallback == null) {
                if (urandom == null) {
                    urandom = new FileInputStream("/dev/urandom");
                }
                int done = 0;
                while (done < len) {
                    int n = urandom.read(b, done, len - done);
                    if (n <= 0) {
                        throw new IOException("end of /dev/urandom");
                    }
                    done += n;
                }
                return;
            }
        } catch (IOException e) {
            fallback = new SecureRandom();
        }
        byte[] r = new byte[len];
        fallback.nextBytes(r);
        System.arraycopy(r, 0, b, 0, len);
    }
}
