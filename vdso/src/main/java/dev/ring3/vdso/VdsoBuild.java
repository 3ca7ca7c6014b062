package dev.ring3.vdso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds the vDSO image from its assembly source: runs {@code nasm -f bin} on vdso.asm and
 * wraps the result with {@link VdsoElfWriter}. Used by the rebuild command documented in vdso.asm
 * and by the test that checks the committed image is current.
 */
public final class VdsoBuild {
    private VdsoBuild() {}

    /** True if {@code nasm} can be run. */
    public static boolean nasmAvailable() {
        try {
            Process p = new ProcessBuilder("nasm", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Assembles {@code asm} and returns the ELF image. */
    public static byte[] build(Path asm) throws IOException, InterruptedException {
        Path out = Files.createTempFile("ring3-vdso", ".bin");
        try {
            Process p = new ProcessBuilder("nasm", "-f", "bin", "-o", out.toString(), asm.toString())
                    .redirectErrorStream(true).start();
            String messages = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("nasm failed on " + asm + ":\n" + messages);
            }
            return VdsoElfWriter.write(VdsoText.parse(Files.readAllBytes(out)));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** {@code VdsoBuild vdso.asm vdso.so}: writes the image. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: VdsoBuild vdso.asm vdso.so");
            System.exit(2);
        }
        Files.write(Path.of(args[1]), build(Path.of(args[0])));
    }
}
