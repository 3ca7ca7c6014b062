package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's refusals: each malformed or foreign file gets a clear reason and the shell's status. */
class ElfFileTest {
    @TempDir
    Path dir;

    /** A minimal valid ELF64 x86-64 ET_EXEC: header, one PT_LOAD of the whole file, code "mov eax,60; syscall". */
    static byte[] minimal() {
        return withCode(new byte[] {(byte) 0xb8, 60, 0, 0, 0, 0x0f, 0x05});
    }

    /** The minimal ELF with {@code code} (at most 256 bytes) at the entry point 0x400100. */
    static byte[] withCode(byte[] code) {
        ByteBuffer b = ByteBuffer.allocate(0x200).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        b.putShort(16, (short) 2).putShort(18, (short) 62).putInt(20, 1);
        b.putLong(24, 0x400100L).putLong(32, 64).putShort(52, (short) 64).putShort(54, (short) 56).putShort(56, (short) 1);
        b.putInt(64, 1).putInt(68, 5).putLong(72, 0).putLong(80, 0x400000L).putLong(88, 0x400000L)
                .putLong(96, 0x200).putLong(104, 0x200).putLong(112, 0x1000);
        b.position(0x100);
        b.put(code);
        return b.array();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private ExecFailure refusal(byte[] bytes) throws IOException {
        Path p = write("prog", bytes);
        return assertThrows(ExecFailure.class, () -> ElfFile.read(p));
    }

    @Test
    void minimalIsAccepted() throws Exception {
        ElfFile f = ElfFile.read(write("ok", minimal()));
        assertEquals(0x400100L, f.entry);
        assertEquals(1, f.segments.size());
    }

    @Test
    void missingFileIs127() {
        ExecFailure e = assertThrows(ExecFailure.class, () -> ElfFile.read(dir.resolve("nope")));
        assertEquals(127, e.status());
        assertEquals("No such file or directory", e.getMessage());
    }

    @Test
    void notExecutableIs126PermissionDenied() throws Exception {
        Path p = write("noexec", minimal());
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        ExecFailure e = assertThrows(ExecFailure.class, () -> ElfFile.read(p));
        assertEquals(126, e.status());
        assertEquals("Permission denied", e.getMessage());
    }

    @Test
    void directoryIsRefused() {
        ExecFailure e = assertThrows(ExecFailure.class, () -> ElfFile.read(dir));
        assertEquals(126, e.status());
    }

    @Test
    void emptyFile() throws Exception {
        ExecFailure e = refusal(new byte[0]);
        assertEquals(126, e.status());
        assertTrue(e.getMessage().contains("Exec format error"), e.getMessage());
    }

    @Test
    void scriptReachingTheElfParser() throws Exception {
        // Linux.run and execve run a script's interpreter first; what reaches the parser names none
        ExecFailure e = refusal("#!  \necho hi\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(126, e.status());
        assertTrue(e.getMessage().contains("#!") && e.getMessage().contains("Exec format error"), e.getMessage());
    }

    @Test
    void truncatedHeader() throws Exception {
        byte[] b = java.util.Arrays.copyOf(minimal(), 40);
        assertTrue(refusal(b).getMessage().contains("truncated ELF header"));
    }

    @Test
    void thirtyTwoBit() throws Exception {
        byte[] b = minimal();
        b[4] = 1;
        assertTrue(refusal(b).getMessage().contains("32-bit"));
    }

    @Test
    void bigEndian() throws Exception {
        byte[] b = minimal();
        b[5] = 2;
        assertTrue(refusal(b).getMessage().contains("big-endian"));
    }

    @Test
    void aarch64IsNamed() throws Exception {
        byte[] b = minimal();
        b[18] = (byte) 183;
        assertEquals("program is for ARM aarch64, not x86-64", refusal(b).getMessage());
    }

    @Test
    void relocatableObject() throws Exception {
        byte[] b = minimal();
        b[16] = 1;
        assertTrue(refusal(b).getMessage().contains("relocatable"));
    }

    @Test
    void dynamicallyLinkedNamesItsInterpreter() throws Exception {
        ByteBuffer b = ByteBuffer.wrap(minimal()).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(56, (short) 2);
        byte[] name = "/lib64/ld-linux-x86-64.so.2\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        b.putInt(120, ElfFile.PT_INTERP).putLong(128, 0x1c0).putLong(152, name.length).putLong(160, name.length);
        b.put(0x1c0, name);
        assertEquals("/lib64/ld-linux-x86-64.so.2", ElfFile.read(write("prog", b.array())).interp);
        b.put(0x1c0 + name.length - 1, (byte) 'x');
        ExecFailure e = refusal(b.array());
        assertEquals(126, e.status());
        assertTrue(e.getMessage().contains("PT_INTERP is not NUL-terminated"), e.getMessage());
        b.putLong(152, 0x100);
        assertTrue(refusal(b.array()).getMessage().contains("bad PT_INTERP"));
    }

    @Test
    void programHeadersPastTheEnd() throws Exception {
        ByteBuffer b = ByteBuffer.wrap(minimal()).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(56, (short) 100);
        assertTrue(refusal(b.array()).getMessage().contains("program headers"));
    }

    @Test
    void segmentPastTheEnd() throws Exception {
        ByteBuffer b = ByteBuffer.wrap(minimal()).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(96, 0x10000).putLong(104, 0x10000);
        assertTrue(refusal(b.array()).getMessage().contains("past the end"));
    }

    @Test
    void fileSizeAboveMemorySize() throws Exception {
        ByteBuffer b = ByteBuffer.wrap(minimal()).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(104, 0x10);
        assertTrue(refusal(b.array()).getMessage().contains("p_filesz > p_memsz"));
    }

    @Test
    void badPhentsize() throws Exception {
        ByteBuffer b = ByteBuffer.wrap(minimal()).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(54, (short) 32);
        assertTrue(refusal(b.array()).getMessage().contains("e_phentsize"));
    }

    @Test
    void runnerPrintsOneLineWithThePath() throws Exception {
        byte[] b = minimal();
        b[18] = 40;
        Path p = write("armprog", b);
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        Linux.Config c = new Linux.Config();
        c.executable = p.toString();
        c.diagnostics = new PrintStream(diag, true, StandardCharsets.UTF_8);
        assertEquals(126, Linux.run(c));
        assertEquals("ring3: " + p + ": program is for ARM, not x86-64\n", diag.toString(StandardCharsets.UTF_8));
        c.executable = dir.resolve("missing").toString();
        diag.reset();
        assertEquals(127, Linux.run(c));
        assertEquals("ring3: " + c.executable + ": No such file or directory\n", diag.toString(StandardCharsets.UTF_8));
    }
}
