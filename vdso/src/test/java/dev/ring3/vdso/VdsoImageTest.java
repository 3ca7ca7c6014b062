package dev.ring3.vdso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The committed vDSO image: current with its source, well formed, and findable the ways libcs look. */
class VdsoImageTest {
    static final Path ASM = Path.of("src/main/asm/vdso.asm");
    static final Path COMMITTED = Path.of("src/main/resources/dev/ring3/vdso/vdso.so");
    static final List<String> NAMES = List.of("__vdso_clock_gettime", "__vdso_gettimeofday", "__vdso_time",
            "__vdso_clock_getres", "__vdso_getcpu", "clock_gettime", "gettimeofday", "time", "clock_getres", "getcpu");

    final byte[] image = VdsoImage.bytes();
    final ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);

    /** Regenerates the committed image: -Dring3.vdso.rebuild=true (the command in vdso.asm). */
    @Test
    @Tag("toolchain")
    void committedImageIsAFreshBuildOfTheSource() throws Exception {
        assumeTrue(VdsoBuild.nasmAvailable(), "nasm is not installed");
        byte[] fresh = VdsoBuild.build(ASM);
        if (Boolean.getBoolean("ring3.vdso.rebuild")) {
            Files.write(COMMITTED, fresh);
        }
        assertArrayEquals(fresh, Files.readAllBytes(COMMITTED),
                "vdso.so is stale: rebuild with the command at the top of vdso.asm");
    }

    @Test
    void elfHeaderIsASharedObjectLinkedAtZero() {
        assertEquals(0x464c457f, b.getInt(0));
        assertEquals(2, image[4], "ELFCLASS64");
        assertEquals(3, b.getShort(16), "ET_DYN");
        assertEquals(62, b.getShort(18), "EM_X86_64");
        int phnum = b.getShort(56);
        long phoff = b.getLong(32);
        boolean load = false;
        boolean dynamic = false;
        for (int i = 0; i < phnum; i++) {
            int ph = (int) phoff + 56 * i;
            int type = b.getInt(ph);
            if (type == VdsoElfWriter.PT_LOAD) {
                load = true;
                assertEquals(0, b.getLong(ph + 8), "p_offset");
                assertEquals(0, b.getLong(ph + 16), "p_vaddr: libcs compute the load bias from it");
                assertEquals(VdsoElfWriter.PF_R | VdsoElfWriter.PF_X, b.getInt(ph + 4));
            } else if (type == VdsoElfWriter.PT_DYNAMIC) {
                dynamic = true;
                assertEquals(VdsoElfWriter.PF_R, b.getInt(ph + 4), "read-only: glibc must not relocate it in place");
            }
        }
        assertTrue(load && dynamic);
        assertTrue(image.length <= 4096, "one page");
    }

    @Test
    void everyFunctionIsFoundThroughDtHash() {
        for (String n : NAMES) {
            long a = VdsoImage.symbol(n);
            assertTrue(a >= VdsoElfWriter.TEXT_VADDR && a < image.length, n + " at " + a);
        }
        assertEquals(VdsoImage.symbol("time"), VdsoImage.symbol("__vdso_time"));
        assertEquals(-1, VdsoImage.symbol("__vdso_getrandom"));
    }

    /** glibc's dl-lookup: bloom filter, bucket, then the chain with the low bit ending it. */
    @Test
    void everyFunctionIsFoundThroughDtGnuHash() {
        long gnu = dyn(VdsoElfWriter.DT_GNU_HASH);
        long symtab = dyn(VdsoElfWriter.DT_SYMTAB);
        long strtab = dyn(VdsoElfWriter.DT_STRTAB);
        int nbuckets = b.getInt((int) gnu);
        int symoffset = b.getInt((int) gnu + 4);
        int bloomSize = b.getInt((int) gnu + 8);
        int shift = b.getInt((int) gnu + 12);
        int bloom = (int) gnu + 16;
        int buckets = bloom + 8 * bloomSize;
        int chain = buckets + 4 * nbuckets;
        for (String n : NAMES) {
            long h = ElfHashes.gnu(n);
            long word = b.getLong(bloom + 8 * (int) ((h / 64) % bloomSize));
            assertTrue((word >>> (h & 63) & word >>> ((h >>> shift) & 63) & 1) != 0, "bloom rejects " + n);
            int i = b.getInt(buckets + 4 * (int) (h % nbuckets));
            boolean found = false;
            for (; i != 0; i++) {
                long ch = b.getInt(chain + 4 * (i - symoffset)) & 0xFFFFFFFFL;
                if ((ch | 1) == (h | 1) && n.equals(name(strtab, b.getInt((int) symtab + 24 * i)))) {
                    found = true;
                    break;
                }
                if ((ch & 1) != 0) {
                    break;
                }
            }
            assertTrue(found, n);
        }
    }

    @Test
    void versionLinux26HasGlibcsHash() {
        // glibc's dl-vdso-setup: VDSO_NAME "LINUX_2.6", VDSO_HASH 61765110.
        assertEquals(61765110L, ElfHashes.sysv("LINUX_2.6"));
        long verdef = dyn(VdsoElfWriter.DT_VERDEF);
        int second = (int) verdef + b.getInt((int) verdef + 16);
        assertEquals(2, b.getShort(second + 4), "vd_ndx");
        assertEquals(61765110, b.getInt(second + 8), "vd_hash");
        long versym = dyn(VdsoElfWriter.DT_VERSYM);
        assertEquals(2, b.getShort((int) versym + 2), "symbol 1 is at version 2, not hidden");
    }

    @Test
    @Tag("toolchain")
    void readelfShowsTheSymbolsAtLinux26() throws Exception {
        String out = run("readelf", "-W", "--dyn-syms", "-V", COMMITTED.toString());
        assumeTrue(out != null, "readelf is not installed");
        for (String n : NAMES) {
            assertTrue(out.contains(" " + n + "@@LINUX_2.6"), n + " in\n" + out);
        }
        assertTrue(out.contains("Name: LINUX_2.6"), out);
        String warnings = run("sh", "-c", "readelf -a -W " + COMMITTED + " 2>&1 >/dev/null");
        assertEquals("", warnings, "readelf complains");
    }

    private long dyn(long tag) {
        long phoff = b.getLong(32);
        for (int i = 0; i < b.getShort(56); i++) {
            int ph = (int) phoff + 56 * i;
            if (b.getInt(ph) == VdsoElfWriter.PT_DYNAMIC) {
                for (int d = (int) b.getLong(ph + 16); b.getLong(d) != 0; d += 16) {
                    if (b.getLong(d) == tag) {
                        return b.getLong(d + 8);
                    }
                }
            }
        }
        throw new AssertionError("no dynamic tag " + tag);
    }

    private String name(long strtab, int off) {
        int s = (int) strtab + off;
        int e = s;
        while (image[e] != 0) {
            e++;
        }
        return new String(image, s, e - s, StandardCharsets.US_ASCII);
    }

    /** stdout of a command, or null if it cannot run. */
    static String run(String... cmd) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }
}
