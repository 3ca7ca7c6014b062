package dev.ring3.difftest;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The host CPU's side: compiles harness.c (kept with these classes) with the host's gcc, writes a
 * batch of cases to a file, runs the harness on it and reads one {@link Outcome} per case.
 */
final class NativeHarness {
    private static final int IN_SIZE = 4 + Layout.CODE_MAX + 16 * 8 + 8 + 512 + Layout.WINDOW;
    private static final int OUT_SIZE = 4 + 4 + 8 + 8 + 16 * 8 + 8 + 512 + Layout.WINDOW + 8;

    private final Path dir;
    private final Path exe;

    private NativeHarness(Path dir, Path exe) {
        this.dir = dir;
        this.exe = exe;
    }

    /** Why the host cannot be the oracle here, or null if it can. */
    static String unavailable() {
        String arch = System.getProperty("os.arch");
        if (!System.getProperty("os.name").equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return "needs an x86-64 Linux host";
        }
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, "gcc"))) {
                return null;
            }
        }
        return "needs gcc";
    }

    /** Compiles the harness into {@code dir}. */
    static NativeHarness build(Path dir) throws IOException, InterruptedException {
        Path src = dir.resolve("harness.c");
        try (InputStream in = NativeHarness.class.getResourceAsStream("harness.c")) {
            if (in == null) {
                throw new IOException("harness.c missing from the class path");
            }
            Files.copy(in, src, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Process cc = new ProcessBuilder("gcc", "-O1", "-Wall", "-fno-stack-protector", "-o", "harness", "harness.c")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String text = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!cc.waitFor(120, TimeUnit.SECONDS) || cc.exitValue() != 0) {
            throw new IOException("gcc harness.c failed in " + dir + ":\n" + text);
        }
        return new NativeHarness(dir, dir.resolve("harness"));
    }

    /** Runs every case on the host CPU; results in the same order. */
    List<Outcome> run(List<TestCase> cases) throws IOException, InterruptedException {
        Path in = dir.resolve("cases.bin"), out = dir.resolve("results.bin");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(in), 1 << 16)) {
            ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            h.put("R3DT".getBytes(StandardCharsets.US_ASCII)).putInt(1).putInt(cases.size());
            os.write(h.array());
            ByteBuffer b = ByteBuffer.allocate(IN_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            for (TestCase c : cases) {
                b.clear();
                b.putInt(c.enc.code.length);
                b.put(c.enc.code);
                b.position(4 + Layout.CODE_MAX);
                for (long v : c.gpr) {
                    b.putLong(v);
                }
                b.putLong(c.rflags);
                b.put(c.fx);
                b.put(c.window);
                os.write(b.array());
            }
        }
        Process p = new ProcessBuilder(exe.toString(), in.toString(), out.toString()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("harness failed (" + (p.isAlive() ? "timeout" : "exit " + p.exitValue()) + ") in "
                    + dir + ": " + text.strip());
        }
        List<Outcome> results = new ArrayList<>(cases.size());
        try (DataInputStream is = new DataInputStream(new BufferedInputStream(Files.newInputStream(out), 1 << 16))) {
            byte[] rec = new byte[OUT_SIZE];
            ByteBuffer b = ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN);
            for (int k = 0; k < cases.size(); k++) {
                is.readFully(rec);
                b.clear();
                Outcome o = new Outcome();
                o.signal = b.getInt();
                b.getInt(); // si_code: ring3's faults carry none of their own to compare with
                o.addr = b.getLong();
                o.rip = b.getLong();
                for (int n = 0; n < 16; n++) {
                    o.gpr[n] = b.getLong();
                }
                o.rflags = b.getLong();
                b.get(o.fx);
                b.get(o.window);
                o.lowHash = b.getLong();
                results.add(o);
            }
        }
        return results;
    }
}
