package dev.ring3.syscalls;

import static dev.ring3.syscalls.GuestFixture.call;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The base of the syscall tests that run in a fresh {@link GuestFixture} over a temporary directory. */
abstract class GuestFixtureTest {
    @TempDir Path dir;
    GuestFixture g;

    @BeforeEach
    void setUpFixture() {
        g = new GuestFixture(dir);
    }

    @AfterEach
    void tearDownFixture() {
        g.close();
    }

    /** write(2) of {@code s} in UTF-8 to {@code fd}: the result or -errno. */
    long write(long fd, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return call(() -> FileSyscalls.write(g.p, fd, g.bytes(b), b.length));
    }

    /** read(2) of up to {@code n} bytes from {@code fd}, which must succeed, as a string. */
    String read(long fd, int n) {
        long buf = g.alloc(n);
        long r = call(() -> FileSyscalls.read(g.p, fd, buf, n));
        assertTrue(r >= 0, "read failed: " + r);
        return g.string(buf, (int) r);
    }
}
