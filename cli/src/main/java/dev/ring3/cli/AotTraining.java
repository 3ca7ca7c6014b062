package dev.ring3.cli;

import dev.ring3.interp.OpcodeTable;
import dev.ring3.jit.JitEngine;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.syscalls.Linux;
import dev.ring3.vdso.Vdso;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The training run behind the launcher's class-data archive (a dynamic CDS archive on JDK 17-24,
 * an AOT cache on JDK 25 and later, JEP 483): runs a tiny static program of its own through the
 * whole path of a real run (option parsing, ELF loading, the opcode and syscall tables, the
 * interpreter, a syscall, the exit; then again translated by the JIT), so the archive holds those
 * classes loaded and linked, whatever program the user ran first. Paged memory, because the JDK's AOT recording mode writes to all of
 * the flat window's untouched malloc'd memory (16 GiB of RSS).
 */
final class AotTraining {
    /** The hidden argument that asks {@link Main} for this run. */
    static final String ARG = "--aot-training";

    private AotTraining() {}

    /**
     * A 162-byte ELF64 executable: one R+X PT_LOAD at 0x400000, then a 1,000-iteration
     * add/dec/jnz loop, write(1, "", 0) and exit_group(0). It prints nothing.
     */
    private static final String PROGRAM = "7f454c4602010100000000000000000002003e000100000078004000000000004000000000000000"
            + "00000000000000000000000040003800010040000000000001000000050000000000000000000000"
            + "00004000000000000000400000000000a200000000000000a2000000000000000010000000000000"
            + "b9e80300004801c8ffc975f9b801000000bf01000000488d350000000031d20f05b8e700000031ff0f05";

    static int run() {
        Path file = null;
        try {
            file = Files.createTempFile("ring3-aot-training", "",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.write(file, hex(PROGRAM));
            StringWriter sink = new StringWriter();
            int status = Main.execute(new String[] {"--memory=paged", "-q", file.toString()},
                    new PrintWriter(sink), new PrintWriter(sink));
            // Then translated: ByteBuddy's ASM, the region compiler and its emitters join the
            // archive, which made the first translation of a run several times faster (JDK 17: the
            // classes come parsed and verified instead of from the jars).
            if (status == 0) {
                status = Main.execute(new String[] {"--memory=paged", "--jit=all", "-q", file.toString()},
                        new PrintWriter(sink), new PrintWriter(sink));
            }
            loadAll();
            return status;
        } catch (IOException e) {
            System.err.println("ring3: AOT training: " + e.getMessage());
            return 1;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /**
     * Loads (without initialising) every class of ring3's own jars: the training's few
     * instructions and syscalls reach only part of them (a row's semantics class loads when the
     * row first runs: {@code Alu} behind {@code AluSem$AddEvGv}), and a class left out of the
     * archive is read and verified from its jar when a real program first needs it (~1-3 ms each
     * for the big semantics classes). Archived classes cost nothing until used.
     */
    private static void loadAll() {
        for (Class<?> anchor : new Class<?>[] {AddressSpace.class, OpcodeTable.class, Vdso.class, Linux.class, JitEngine.class}) {
            java.security.CodeSource src = anchor.getProtectionDomain().getCodeSource();
            if (src == null || !src.getLocation().getPath().endsWith(".jar")) {
                continue; // run from class directories (tests): nothing is archived
            }
            try (JarFile jar = new JarFile(src.getLocation().getPath())) {
                for (java.util.Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                    String n = en.nextElement().getName();
                    if (n.endsWith(".class") && !n.endsWith("module-info.class")) {
                        try {
                            Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false, anchor.getClassLoader());
                        } catch (ClassNotFoundException | LinkageError e) {
                            // a class this JDK cannot load (the FFM API before JDK 22) stays out
                        }
                    }
                }
            } catch (IOException e) {
                // the archive is then only what the runs above loaded
            }
        }
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
