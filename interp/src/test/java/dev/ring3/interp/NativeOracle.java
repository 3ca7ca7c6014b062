package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Builds a C oracle program kept in the test resources with the host's gcc, so a test can run the
 * same instructions on the real CPU; skips (never passes) where the host cannot be the oracle.
 */
final class NativeOracle {
    private NativeOracle() {}

    /**
     * Copies {@code resourceDir/program.c} and its headers into {@code dir/resourceDir}, and the
     * oracles' shared oracle.h into {@code dir}, as they lie in the resources; compiles the program
     * there and returns the executable.
     */
    static Path build(Path dir, String resourceDir, String program, String... headers)
            throws IOException, InterruptedException {
        String arch = System.getProperty("os.arch");
        Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux")
                && (arch.equals("amd64") || arch.equals("x86_64")), "needs an x86-64 Linux host");
        Assumptions.assumeTrue(onPath("gcc"), "needs gcc");
        String[] files = new String[headers.length + 1];
        files[0] = program + ".c";
        System.arraycopy(headers, 0, files, 1, headers.length);
        Path src = Files.createDirectories(dir.resolve(resourceDir));
        for (String f : files) {
            try (InputStream in = NativeOracle.class.getResourceAsStream("/" + resourceDir + "/" + f)) {
                Files.copy(in, src.resolve(f));
            }
        }
        try (InputStream in = NativeOracle.class.getResourceAsStream("/oracle.h")) {
            Files.copy(in, dir.resolve("oracle.h"));
        }
        Process cc = new ProcessBuilder("gcc", "-O1", "-mno-red-zone", "-Wall", "-Werror", "-o", program, program + ".c")
                .directory(src.toFile()).redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(cc.waitFor(120, TimeUnit.SECONDS) && cc.exitValue() == 0, ccOut);
        return src.resolve(program);
    }

    /**
     * True on the CPU families ring3's x87 transcendental model (and its RCPPS/RSQRTPS tables) hold
     * on: AMD family 25 (Zen 3/4, an EPYC), where it was fitted, and family 26 (Zen 5, an EPYC),
     * which gave the same match rates and the same tolerated cases (session 16). Other microcode
     * rounds its transcendentals differently in the last bit, so tests that hold their match rate
     * to that model's figures apply only there.
     */
    static boolean transcendentalModelHost() {
        try {
            String info = Files.readString(Path.of("/proc/cpuinfo"));
            return info.matches("(?s).*vendor_id\\s*: AuthenticAMD.*") && info.matches("(?s).*cpu family\\s*: 2[56]\\b.*");
        } catch (IOException e) {
            return false;
        }
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
