package dev.ring3.mmu;

import dev.ring3.mmu.AddressSpace.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.ring3.mmu.Faults.P;
import static dev.ring3.mmu.Faults.RW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Huge reservations with a few touched pages must cost little host memory (Linux hosts only). */
class FootprintTest {
    private static final long GIB = 1L << 30;
    private static final long MAX_GROWTH = 64L << 20;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void hugeSparseMappingsStaySmall(Kind kind) throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "needs /proc/self/status");
        try (AddressSpace s = AddressSpace.create(kind)) {
            // Inside FLAT's 16 GiB window: 8 GiB PROT_NONE at 1 GiB, 4 GiB read-write at 10 GiB.
            long none = GIB;
            long rw = 10 * GIB;
            long before = rss(status);
            for (int round = 0; round < 3; round++) {
                s.map(none, 8 * GIB, Prot.NONE, "");
                s.map(rw, 4 * GIB, RW, "");
                for (long a = rw; a < rw + 4 * GIB; a += 256L << 20) {
                    assertEquals(0, s.read64(a + 8));
                    s.write64(a + 8, a);
                    assertEquals(a, s.read64(a + 8));
                }
                for (long a = rw + P; a < rw + 4 * GIB; a += 4L << 20) {
                    assertEquals(0, s.read8(a), "untouched pages read zero");
                }
                s.protect(none + 4 * GIB, GIB, RW);
                s.write8(none + 4 * GIB + 5, (byte) 1);
                s.unmap(rw + GIB, GIB);
            }
            long growth = rss(status) - before;
            assertTrue(growth < MAX_GROWTH, "RSS grew by " + (growth >> 20) + " MiB");
            try (AddressSpace c = s.copy()) {
                assertEquals(rw, c.read64(rw + 8));
                assertTrue(rss(status) - before < 2 * MAX_GROWTH, "copy touched untouched pages");
            }
        }
    }

    private static long rss(Path status) throws IOException {
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) << 10;
            }
        }
        throw new IllegalStateException("no VmRSS");
    }
}
