package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.Prot;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated /proc files against lines of the host's own (Linux 6.18, read natively). */
class ProcFilesTest {
    @TempDir
    Path dir;

    @Test
    void mapsLinesAreLaidOutAsTheKernelDoes() {
        try (GuestFixture g = new GuestFixture(dir)) {
            g.mem.map(0x400000, 0x1000, Prot.READ, "/tmp/procs");
            g.mem.map(0x401000, 0x95000, Prot.READ | Prot.EXEC, "/tmp/procs");
            FileStat st = new FileStat(0xfe00, 2148704, FileStat.S_IFREG | 0755, 1, 0, 0, 0, 0, 4096, 0, 0, 0, 0, 0, 0, 0);
            g.p.fileRanges.add(0x400000, 0x401000, 0, st, "/tmp/procs");
            g.p.fileRanges.add(0x401000, 0x496000, 0x1000, st, "/tmp/procs");
            String[] lines = ProcFiles.maps(g.p).split("\n");
            // Native lines of the same program (/tmp/procs, gcc -static), name at column 74.
            assertEquals("00400000-00401000 r--p 00000000 fe:00 2148704                            /tmp/procs", lines[0]);
            assertEquals("00401000-00496000 r-xp 00001000 fe:00 2148704                            /tmp/procs", lines[1]);
            assertEquals("10000000-10100000 rw-p 00000000 00:00 0 ", lines[2], "an anonymous mapping ends in a space");
            g.mem.map(0x401000, 0x1000, Prot.READ | Prot.WRITE, "");
            assertEquals("00401000-00402000 rw-p 00000000 00:00 0 ", ProcFiles.maps(g.p).split("\n")[1],
                    "a mapping over part of a file mapping shows no file");
        }
    }

    @Test
    void statusAndStatDescribeTheGuestNotTheJvm() {
        try (GuestFixture g = new GuestFixture(dir)) {
            g.p.comm = "guest";
            g.p.ppid = 7;
            String status = ProcFiles.status(g.p, null);
            assertTrue(status.startsWith("Name:\tguest\n"), status);
            assertTrue(status.contains("\nPid:\t42\n") && status.contains("\nPPid:\t7\n"), status);
            assertTrue(status.contains("\nVmSize:\t    1024 kB\n"), status);
            String stat = ProcFiles.statLine(g.p, null);
            assertTrue(stat.startsWith("42 (guest) S 7 "), stat);
            assertEquals(52, stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ").length + 2, stat);
        }
    }

    @Test
    void generatedFilesReadLikeSeqFiles() {
        try (GuestFixture g = new GuestFixture(dir)) {
            g.p.comm = "guest";
            OpenFile f = ProcFiles.open(g.p, "/proc/self/comm", OpenFlags.O_RDWR);
            ByteBuffer b = ByteBuffer.allocate(3);
            assertEquals(3, f.read(b));
            assertEquals("gue", new String(b.array(), StandardCharsets.UTF_8));
            assertEquals(0, f.seek(0, Lseek.SEEK_SET));
            assertThrows(ErrnoException.class, () -> f.seek(0, Lseek.SEEK_END));
            f.write(ByteBuffer.wrap("a-name-longer-than-fifteen".getBytes(StandardCharsets.UTF_8)));
            assertEquals("a-name-longer-t", g.p.comm);
            assertThrows(ErrnoException.class, () -> ProcFiles.open(g.p, "/proc/self/maps", OpenFlags.O_WRONLY)
                    .write(ByteBuffer.wrap(new byte[1])));
            assertNull(ProcFiles.open(g.p, "/proc/self/mounts", OpenFlags.O_RDONLY), "the host's");
            assertNull(ProcFiles.open(g.p, "/proc/cpuinfo", OpenFlags.O_RDONLY));
        }
    }
}
