package dev.ring3.vdso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vDSO's machine code run natively on the host CPU, the oracle, by a C harness that maps the
 * committed image above a time page it fills in (vdso_native.c): every served clock on the fast
 * and the general path, a TSC behind the base, the syscall fallbacks, gettimeofday, time,
 * clock_getres, getcpu and the seqlock's wait.
 */
@Tag("toolchain")
@Tag("x86_64")
class VdsoNativeTest {
    @TempDir
    Path dir;

    @Test
    void imageRunsNativelyAgainstAHandMadeTimePage() throws Exception {
        assumeTrue("amd64".equals(System.getProperty("os.arch")) && "Linux".equals(System.getProperty("os.name")),
                "needs an x86-64 Linux host");
        Path src = dir.resolve("vdso_native.c");
        try (InputStream in = VdsoNativeTest.class.getResourceAsStream("vdso_native.c")) {
            Files.write(src, in.readAllBytes());
        }
        Path exe = dir.resolve("vdso_native");
        String log = run(List.of("gcc", "-O1", "-pthread", "-o", exe.toString(), src.toString()));
        assumeTrue(log != null, "gcc is not installed");
        assumeTrue(Files.isExecutable(exe), "gcc failed: " + log);
        Path image = dir.resolve("vdso.so");
        Files.write(image, VdsoImage.bytes());
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), image.toString()));
        for (String s : List.of("__vdso_clock_gettime", "__vdso_gettimeofday", "__vdso_time", "__vdso_clock_getres",
                "__vdso_getcpu")) {
            cmd.add("0x" + Long.toHexString(VdsoImage.symbol(s)));
        }
        String out = run(cmd);
        assertTrue(out != null && out.endsWith("done 0\n"), out);
        assertEquals(27, out.lines().filter(l -> l.endsWith(" ok")).count(), out);
    }

    /** Combined output, or null if the program cannot be started. */
    static String run(List<String> cmd) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return null;
        }
    }
}
