package dev.ring3.vdso;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps the assembled vDSO code into the ELF64 shared object a libc expects from
 * AT_SYSINFO_EHDR, shaped like the kernel's own (arch/x86/entry/vdso): ET_DYN linked at 0, one
 * R+X PT_LOAD from offset 0 and a read-only PT_DYNAMIC; .hash and .gnu.hash (musl reads DT_HASH,
 * glibc prefers DT_GNU_HASH), .dynsym with every function under its {@code __vdso_} name
 * (GLOBAL) and its plain name (WEAK), all at version LINUX_2.6 through .gnu.version and
 * .gnu.version_d, and section headers so that readelf can show it.
 *
 * <p>The output is a pure function of the input, so a rebuild reproduces the committed image
 * byte for byte.
 */
public final class VdsoElfWriter {
    /** Where .text starts in the image (vdso.asm's TEXT_VADDR); everything before it is tables. */
    public static final int TEXT_VADDR = 0x800;
    public static final String SONAME = "linux-vdso.so.1";
    public static final String VERSION = "LINUX_2.6";

    static final int EHDR = 64, PHDR = 56, SHDR = 64, SYM = 24, DYN = 16;
    static final int PT_LOAD = 1, PT_DYNAMIC = 2, PF_X = 1, PF_R = 4;
    static final int SHT_PROGBITS = 1, SHT_STRTAB = 3, SHT_HASH = 5, SHT_DYNAMIC = 6, SHT_DYNSYM = 11,
            SHT_GNU_HASH = 0x6ffffff6, SHT_GNU_VERDEF = 0x6ffffffd, SHT_GNU_VERSYM = 0x6fffffff;
    static final long SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;
    static final long DT_NULL = 0, DT_HASH = 4, DT_STRTAB = 5, DT_SYMTAB = 6, DT_STRSZ = 10, DT_SYMENT = 11,
            DT_SONAME = 14, DT_FLAGS = 30, DT_GNU_HASH = 0x6ffffef5L, DT_VERSYM = 0x6ffffff0L,
            DT_FLAGS_1 = 0x6ffffffbL, DT_VERDEF = 0x6ffffffcL, DT_VERDEFNUM = 0x6ffffffdL;
    static final long DF_SYMBOLIC = 2, DF_BIND_NOW = 8, DF_1_NOW = 1;
    static final int STB_GLOBAL = 1, STB_WEAK = 2, STT_OBJECT = 1, STT_FUNC = 2, SHN_ABS = 0xfff1;
    /** Section indices, fixed by the order {@link #write} emits them. */
    static final int SEC_HASH = 1, SEC_GNU_HASH = 2, SEC_DYNSYM = 3, SEC_DYNSTR = 4, SEC_VERSYM = 5,
            SEC_VERDEF = 6, SEC_DYNAMIC = 7, SEC_TEXT = 8, SEC_SHSTRTAB = 9, SECTIONS = 10;

    private record Sym(String name, long value, long size, int bind, int type, int shndx, long gnuHash) {}

    private VdsoElfWriter() {}

    /** The bucket counts binutils' ld picks from (bfd elf_buckets): the largest not above the count. */
    private static final int[] BUCKETS = {1, 3, 17, 37, 67, 97, 131, 197, 263, 521, 1031};

    static int buckets(int symbols) {
        int b = 1;
        for (int c : BUCKETS) {
            if (symbols >= c) {
                b = c;
            }
        }
        return b;
    }

    /** Builds the image for {@code text}. */
    public static byte[] write(VdsoText text) {
        byte[] code = text.code();
        // Symbols: the version's own ABS symbol (as ld emits for a version script), then the functions.
        List<Sym> syms = new ArrayList<>();
        syms.add(new Sym(VERSION, 0, 0, STB_GLOBAL, STT_OBJECT, SHN_ABS, ElfHashes.gnu(VERSION)));
        for (VdsoText.Function f : text.functions()) {
            int bind = f.name().startsWith("__vdso_") ? STB_GLOBAL : STB_WEAK;
            syms.add(new Sym(f.name(), f.address(), f.size(), bind, STT_FUNC, SEC_TEXT, ElfHashes.gnu(f.name())));
        }
        int nsym = syms.size() + 1; // with the null symbol
        int nbucket = buckets(syms.size());
        // .gnu.hash needs the hashed symbols grouped by bucket; stable, so the order is reproducible.
        syms.sort(Comparator.comparingLong(s -> s.gnuHash() % nbucket));

        // .dynstr: soname and version first, then the symbol names.
        Map<String, Integer> strOff = new LinkedHashMap<>();
        ByteArrayOutputStream dynstr = new ByteArrayOutputStream();
        dynstr.write(0);
        for (String s : strings(syms)) {
            strOff.put(s, dynstr.size());
            dynstr.writeBytes((s + "\0").getBytes(StandardCharsets.US_ASCII));
        }

        Buf b = new Buf();
        int phnum = 2;
        b.pos = EHDR + phnum * PHDR;

        // .hash: nbucket, nchain, buckets, chains (System V ABI).
        int hashOff = b.align(8);
        long[] bucket = new long[nbucket];
        long[] chain = new long[nsym];
        for (int i = 1; i < nsym; i++) {
            int h = (int) (ElfHashes.sysv(syms.get(i - 1).name()) % nbucket);
            chain[i] = bucket[h];
            bucket[h] = i;
        }
        b.u32(nbucket).u32(nsym);
        for (long v : bucket) {
            b.u32(v);
        }
        for (long v : chain) {
            b.u32(v);
        }
        int hashSize = b.pos - hashOff;

        // .gnu.hash: nbuckets, symoffset, bloom size, bloom shift, bloom words, buckets, chain.
        int gnuOff = b.align(8);
        int bloomShift = 6;
        long bloom = 0;
        for (Sym s : syms) {
            bloom |= 1L << (s.gnuHash() & 63);
            bloom |= 1L << ((s.gnuHash() >>> bloomShift) & 63);
        }
        b.u32(nbucket).u32(1).u32(1).u32(bloomShift).u64(bloom);
        for (int k = 0; k < nbucket; k++) {
            long first = 0;
            for (int i = 0; i < syms.size(); i++) {
                if (syms.get(i).gnuHash() % nbucket == k) {
                    first = i + 1;
                    break;
                }
            }
            b.u32(first);
        }
        for (int i = 0; i < syms.size(); i++) {
            long h = syms.get(i).gnuHash() & ~1L;
            boolean last = i + 1 == syms.size() || syms.get(i + 1).gnuHash() % nbucket != syms.get(i).gnuHash() % nbucket;
            b.u32(last ? h | 1 : h);
        }
        int gnuSize = b.pos - gnuOff;

        // .dynsym
        int symOff = b.align(8);
        b.zero(SYM);
        for (Sym s : syms) {
            b.u32(strOff.get(s.name())).u8((s.bind() << 4) | s.type()).u8(0).u16(s.shndx()).u64(s.value()).u64(s.size());
        }
        int symSize = b.pos - symOff;

        int strOffInFile = b.pos;
        b.bytes(dynstr.toByteArray());
        int strSize = b.pos - strOffInFile;

        // .gnu.version: index 2 (LINUX_2.6, the default version) for every defined symbol.
        int versymOff = b.align(2);
        b.u16(0);
        for (int i = 1; i < nsym; i++) {
            b.u16(2);
        }
        int versymSize = b.pos - versymOff;

        // .gnu.version_d: the base entry (the soname) and LINUX_2.6, each with one Verdaux.
        int verdefOff = b.align(8);
        b.u16(1).u16(1).u16(1).u16(1).u32(ElfHashes.sysv(SONAME)).u32(20).u32(28);
        b.u32(strOff.get(SONAME)).u32(0);
        b.u16(1).u16(0).u16(2).u16(1).u32(ElfHashes.sysv(VERSION)).u32(20).u32(0);
        b.u32(strOff.get(VERSION)).u32(0);
        int verdefSize = b.pos - verdefOff;

        int dynOff = b.align(8);
        long[][] dyn = {
            {DT_SONAME, strOff.get(SONAME)}, {DT_HASH, hashOff}, {DT_GNU_HASH, gnuOff}, {DT_STRTAB, strOffInFile},
            {DT_SYMTAB, symOff}, {DT_STRSZ, strSize}, {DT_SYMENT, SYM}, {DT_VERDEF, verdefOff}, {DT_VERDEFNUM, 2},
            {DT_FLAGS, DF_SYMBOLIC | DF_BIND_NOW}, {DT_FLAGS_1, DF_1_NOW}, {DT_VERSYM, versymOff}, {DT_NULL, 0},
        };
        for (long[] d : dyn) {
            b.u64(d[0]).u64(d[1]);
        }
        int dynSize = b.pos - dynOff;
        if (b.pos > TEXT_VADDR) {
            throw new IllegalStateException("vDSO tables end at 0x" + Integer.toHexString(b.pos)
                    + ", past TEXT_VADDR 0x" + Integer.toHexString(TEXT_VADDR) + ": raise it in both places");
        }
        b.pos = TEXT_VADDR;
        b.bytes(code);
        int loadEnd = b.pos;

        // Not loaded: .shstrtab and the section headers.
        String[] names = {"", ".hash", ".gnu.hash", ".dynsym", ".dynstr", ".gnu.version", ".gnu.version_d",
            ".dynamic", ".text", ".shstrtab"};
        int shstrOff = b.pos;
        int[] nameOff = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            nameOff[i] = b.pos - shstrOff;
            b.bytes((names[i] + "\0").getBytes(StandardCharsets.US_ASCII));
        }
        int shstrSize = b.pos - shstrOff;
        int shOff = b.align(8);
        b.zero(SHDR);
        b.shdr(nameOff[SEC_HASH], SHT_HASH, SHF_ALLOC, hashOff, hashSize, SEC_DYNSYM, 0, 8, 4);
        b.shdr(nameOff[SEC_GNU_HASH], SHT_GNU_HASH, SHF_ALLOC, gnuOff, gnuSize, SEC_DYNSYM, 0, 8, 0);
        b.shdr(nameOff[SEC_DYNSYM], SHT_DYNSYM, SHF_ALLOC, symOff, symSize, SEC_DYNSTR, 1, 8, SYM);
        b.shdr(nameOff[SEC_DYNSTR], SHT_STRTAB, SHF_ALLOC, strOffInFile, strSize, 0, 0, 1, 0);
        b.shdr(nameOff[SEC_VERSYM], SHT_GNU_VERSYM, SHF_ALLOC, versymOff, versymSize, SEC_DYNSYM, 0, 2, 2);
        b.shdr(nameOff[SEC_VERDEF], SHT_GNU_VERDEF, SHF_ALLOC, verdefOff, verdefSize, SEC_DYNSTR, 2, 8, 0);
        b.shdr(nameOff[SEC_DYNAMIC], SHT_DYNAMIC, SHF_ALLOC | SHF_WRITE, dynOff, dynSize, SEC_DYNSTR, 0, 8, DYN);
        b.shdr(nameOff[SEC_TEXT], SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, TEXT_VADDR, code.length, 0, 0, 16, 0);
        b.shdr(nameOff[SEC_SHSTRTAB], SHT_STRTAB, 0, shstrOff, shstrSize, 0, 0, 1, 0);
        int fileSize = b.pos;

        // ELF header and program headers last, now that every offset is known.
        b.pos = 0;
        b.bytes(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}).u64(0);
        b.u16(3).u16(62).u32(1).u64(0).u64(EHDR).u64(shOff).u32(0);
        b.u16(EHDR).u16(PHDR).u16(phnum).u16(SHDR).u16(SECTIONS).u16(SEC_SHSTRTAB);
        b.phdr(PT_LOAD, PF_R | PF_X, 0, loadEnd, 0x1000);
        b.phdr(PT_DYNAMIC, PF_R, dynOff, dynSize, 8);
        return b.bytes(fileSize);
    }

    private static List<String> strings(List<Sym> syms) {
        List<String> l = new ArrayList<>();
        l.add(SONAME);
        for (Sym s : syms) {
            if (!l.contains(s.name())) {
                l.add(s.name());
            }
        }
        return l;
    }

    /** A little-endian output buffer with a movable position. */
    private static final class Buf {
        final ByteBuffer bb = ByteBuffer.allocate(64 << 10).order(ByteOrder.LITTLE_ENDIAN);
        int pos;

        int align(int a) {
            pos = (pos + a - 1) & -a;
            return pos;
        }

        Buf u8(int v) {
            bb.put(pos, (byte) v);
            pos += 1;
            return this;
        }

        Buf u16(int v) {
            bb.putShort(pos, (short) v);
            pos += 2;
            return this;
        }

        Buf u32(long v) {
            bb.putInt(pos, (int) v);
            pos += 4;
            return this;
        }

        Buf u64(long v) {
            bb.putLong(pos, v);
            pos += 8;
            return this;
        }

        Buf zero(int n) {
            pos += n;
            return this;
        }

        Buf bytes(byte[] src) {
            bb.put(pos, src);
            pos += src.length;
            return this;
        }

        void phdr(int type, int flags, long off, long size, long align) {
            u32(type).u32(flags).u64(off).u64(off).u64(off).u64(size).u64(size).u64(align);
        }

        void shdr(int name, int type, long flags, long off, long size, int link, int info, long align, long entsize) {
            u32(name).u32(type).u64(flags).u64((flags & SHF_ALLOC) != 0 ? off : 0).u64(off).u64(size).u32(link).u32(info).u64(align).u64(entsize);
        }

        byte[] bytes(int size) {
            byte[] r = new byte[size];
            bb.get(0, r);
            return r;
        }
    }
}
