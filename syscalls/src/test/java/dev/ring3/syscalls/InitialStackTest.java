package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.CpuFeatures;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ELF image in memory and the initial stack: argc, argv, envp and auxv as Linux lays them out. */
class InitialStackTest {
    @TempDir
    Path dir;

    static String cstring(AddressSpace m, long a) {
        return new String(m.readCString(a, 4096), StandardCharsets.UTF_8);
    }

    @Test
    void stackOfASyntheticImage() throws Exception {
        ElfFile f = ElfFile.parse("/bin/prog", ElfFileTest.minimal());
        try (AddressSpace m = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            ElfLoader.Image img = ElfLoader.load(m, f);
            assertEquals(0x400100L, img.entry());
            assertEquals(0x400040L, img.phdr());
            assertEquals(0x401000L, img.brk());
            assertEquals(Prot.READ | Prot.EXEC, m.protAt(0x400000L) & 7);
            byte[] rnd = new byte[16];
            for (int i = 0; i < 16; i++) {
                rnd[i] = (byte) (i + 1);
            }
            List<String> argv = List.of("prog", "one", "two words");
            List<String> env = List.of("A=1", "PATH=/bin");
            long sp = InitialStack.build(m, img, argv, env, "./prog", rnd, HostIdentity.get());
            assertEquals(0, sp & 15);
            long top = m.layout().stackTop();
            assertTrue(m.isMapped(top - InitialStack.STACK_SIZE, InitialStack.STACK_SIZE));
            assertEquals(Prot.READ | Prot.WRITE, m.protAt(top - 8) & 7, "no PT_GNU_STACK: not executable");
            assertEquals(3, m.read64(sp));
            for (int i = 0; i < 3; i++) {
                assertEquals(argv.get(i), cstring(m, m.read64(sp + 8 + 8L * i)));
            }
            assertEquals(0, m.read64(sp + 32));
            assertEquals("A=1", cstring(m, m.read64(sp + 40)));
            assertEquals("PATH=/bin", cstring(m, m.read64(sp + 48)));
            assertEquals(0, m.read64(sp + 56));
            Map<Long, Long> aux = new HashMap<>();
            long a = sp + 64;
            long firstKey = m.read64(a);
            for (;; a += 16) {
                long k = m.read64(a);
                aux.put(k, m.read64(a + 8));
                if (k == 0) {
                    break;
                }
            }
            assertEquals(InitialStack.AT_MINSIGSTKSZ, firstKey);
            assertEquals(CpuFeatures.HWCAP, aux.get((long) InitialStack.AT_HWCAP));
            assertEquals(4096L, aux.get((long) InitialStack.AT_PAGESZ));
            assertEquals(100L, aux.get((long) InitialStack.AT_CLKTCK));
            assertEquals(0x400040L, aux.get((long) InitialStack.AT_PHDR));
            assertEquals(56L, aux.get((long) InitialStack.AT_PHENT));
            assertEquals(1L, aux.get((long) InitialStack.AT_PHNUM));
            assertEquals(0L, aux.get((long) InitialStack.AT_BASE));
            assertEquals(0x400100L, aux.get((long) InitialStack.AT_ENTRY));
            assertEquals((long) HostIdentity.get().uid(), aux.get((long) InitialStack.AT_UID));
            assertEquals(0L, aux.get((long) InitialStack.AT_SECURE));
            assertEquals("x86_64", cstring(m, aux.get((long) InitialStack.AT_PLATFORM)));
            assertEquals("./prog", cstring(m, aux.get((long) InitialStack.AT_EXECFN)));
            byte[] got = new byte[16];
            m.read(aux.get((long) InitialStack.AT_RANDOM), got, 0, 16);
            assertArrayEquals(rnd, got);
            // Linux's order at the top: ..., argv strings, envp strings, execfn, 8 zero bytes.
            long execfn = aux.get((long) InitialStack.AT_EXECFN);
            assertEquals(top - 8 - 7, execfn);
            assertEquals(0, m.read64(top - 8));
            assertEquals(execfn - "PATH=/bin".length() - 1, m.read64(sp + 48));
            assertEquals(m.read64(sp + 40) + 4, m.read64(sp + 48));
            assertEquals(m.read64(sp + 24) + "two words".length() + 1, m.read64(sp + 40));
            // The 16-byte alignment padding lies between the auxv end and the random bytes.
            assertTrue(a + 16 <= aux.get((long) InitialStack.AT_RANDOM));
            assertTrue(aux.get((long) InitialStack.AT_RANDOM) - (a + 16) < 16);
        }
    }

    @Test
    void bssIsZeroAcrossPagesAndFileBytesArePageAligned() throws Exception {
        // Two segments: text [0x400000, 0x400200) and data at 0x401f00 with 0x80 file bytes and
        // memsz 0x3000, in a file whose bytes after the data are non-zero garbage.
        ByteBuffer b = ByteBuffer.allocate(0x2000).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ElfFileTest.minimal());
        b.putShort(56, (short) 2);
        b.putInt(120, 1).putInt(124, 6).putLong(128, 0x1f00).putLong(136, 0x401f00L).putLong(144, 0x401f00L)
                .putLong(152, 0x80).putLong(160, 0x3000).putLong(168, 0x1000);
        for (int i = 0x1f00; i < 0x2000; i++) {
            b.put(i, (byte) 0xAA);
        }
        ElfFile f = ElfFile.parse("/x", b.array());
        try (AddressSpace m = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            ElfLoader.Image img = ElfLoader.load(m, f);
            assertEquals(0x405000L, img.brk());
            assertEquals((byte) 0xAA, m.read8(0x401f00L));
            assertEquals((byte) 0xAA, m.read8(0x401f7fL));
            assertEquals(0, m.read8(0x401f80L), "tail of the last file page past p_filesz reads zero");
            assertEquals(0, m.read64(0x402000L));
            assertEquals(0, m.read64(0x404ef8L));
            assertEquals(Prot.READ | Prot.WRITE, m.protAt(0x404000L) & 7);
            assertEquals(-1, m.protAt(0x405000L));
        }
    }

    @Test
    void gccStaticBinary() throws Exception {
        Path exe = TestTasks.compile(dir, "zero", "int main(){return 0;}", "gcc", "-static");
        ElfFile f = ElfFile.read(exe);
        try (AddressSpace m = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            ElfLoader.Image img = ElfLoader.load(m, f);
            long sp = InitialStack.build(m, img, List.of("zero"), List.of(), "zero", new byte[16], HostIdentity.get());
            assertEquals(1, m.read64(sp));
            // AT_PHDR points at a copy of the program headers in memory.
            byte[] phdrs = new byte[56 * f.phnum];
            m.read(img.phdr(), phdrs, 0, phdrs.length);
            byte[] file = java.util.Arrays.copyOfRange(Files.readAllBytes(exe), (int) f.phoff, (int) f.phoff + phdrs.length);
            assertArrayEquals(file, phdrs);
            assertEquals(f.entry, img.entry());
        }
    }

    @Test
    void staticPieLoadsAtPieBase() throws Exception {
        Path exe = TestTasks.compile(dir, "pie", "int main(){return 0;}", "gcc", "-static-pie");
        ElfFile f = ElfFile.read(exe);
        assertEquals(ElfFile.ET_DYN, f.type);
        try (AddressSpace m = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            ElfLoader.Image img = ElfLoader.load(m, f);
            assertEquals(m.layout().pieBase(), img.loadBias());
            assertEquals(f.entry + img.loadBias(), img.entry());
            byte[] magic = new byte[4];
            m.read(m.layout().pieBase(), magic, 0, 4);
            assertEquals("\u007fELF", new String(magic, StandardCharsets.ISO_8859_1));
        }
    }
}
