package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;

/**
 * Maps a static ELF executable into an address space the way fs/binfmt_elf.c load_elf_binary does:
 * each PT_LOAD segment page-aligned with its permissions, file bytes of the whole covered pages
 * (as a file mmap would give), zero past p_filesz in the last file page (padzero) and anonymous
 * zero pages up to p_memsz (.bss); a static-PIE is placed at {@code layout().pieBase()}.
 */
public final class ElfLoader {
    static final long PAGE = AddressSpace.PAGE_SIZE;

    /** What the loader placed where: the auxv and the break need it. */
    public record Image(long entry, long phdr, int phnum, long loadBias, long brk, boolean execStack) {}

    private ElfLoader() {}

    public static Image load(AddressSpace mem, ElfFile f) throws ExecFailure {
        long lo = lowestPage(f);
        long hi = 0;
        for (ElfFile.Segment s : f.segments) {
            if (s.type() == ElfFile.PT_LOAD) {
                hi = Math.max(hi, s.vaddr() + s.memsz());
            }
        }
        long bias = loadBias(mem, f);
        long limit = mem.layout().limit();
        if (lo + bias < PAGE || Long.compareUnsigned(pageUp(hi + bias), limit) > 0) {
            throw new ExecFailure(String.format("cannot map the program at 0x%x-0x%x (outside ring3's"
                    + " address space, which ends at 0x%x)", lo + bias, hi + bias, limit), ExecFailure.CANNOT_EXECUTE);
        }
        String name = f.path;
        for (ElfFile.Segment s : f.segments) {
            if (s.type() == ElfFile.PT_LOAD && s.memsz() > 0) {
                loadSegment(mem, f, s, bias, name);
            }
        }
        ElfFile.Segment stack = f.find(ElfFile.PT_GNU_STACK);
        // x86-64 without PT_GNU_STACK: not executable (READ_IMPLIES_EXEC is for 32-bit only).
        boolean execStack = stack != null && (stack.flags() & ElfFile.PF_X) != 0;
        return new Image(f.entry + bias, phdrAddress(f, bias), f.phnum, bias, pageUp(hi + bias), execStack);
    }

    /**
     * What {@link #load} adds to {@code f}'s addresses in {@code mem}: 0 for ET_EXEC, the layout's
     * PIE base minus the lowest loaded page for a static PIE (ET_DYN).
     */
    public static long loadBias(AddressSpace mem, ElfFile f) {
        return f.type == ElfFile.ET_DYN ? mem.layout().pieBase() - lowestPage(f) : 0;
    }

    private static long lowestPage(ElfFile f) {
        long lo = Long.MAX_VALUE;
        for (ElfFile.Segment s : f.segments) {
            if (s.type() == ElfFile.PT_LOAD) {
                lo = Math.min(lo, s.vaddr() & ~(PAGE - 1));
            }
        }
        return lo;
    }

    private static void loadSegment(AddressSpace mem, ElfFile f, ElfFile.Segment s, long bias, String name) {
        long start = (s.vaddr() + bias) & ~(PAGE - 1);
        long lead = s.vaddr() + bias - start;
        long fileEnd = s.vaddr() + bias + s.filesz();
        long fileMapEnd = s.filesz() > 0 ? pageUp(fileEnd) : start;
        long memEnd = pageUp(s.vaddr() + bias + s.memsz());
        int prot = prot(s.flags());
        if (fileMapEnd > start) {
            mem.map(start, fileMapEnd - start, prot, name);
            // The mapped pages hold the file from the page-aligned offset, so a page shared with
            // the previous segment keeps that segment's bytes, as with Linux's file mmap.
            long from = s.offset() - lead;
            int len = (int) (lead + s.filesz());
            mem.poke(start, f.bytes, (int) from, len);
        }
        if (memEnd > fileMapEnd) {
            // .bss past the last file page: anonymous zero pages (shown without a name in maps).
            mem.map(fileMapEnd, memEnd - fileMapEnd, prot, "");
        }
    }

    /** AT_PHDR: PT_PHDR if present, else the program headers inside the segment that loads them. */
    private static long phdrAddress(ElfFile f, long bias) {
        ElfFile.Segment p = f.find(ElfFile.PT_PHDR);
        if (p != null) {
            return p.vaddr() + bias;
        }
        for (ElfFile.Segment s : f.segments) {
            if (s.type() == ElfFile.PT_LOAD && f.phoff >= s.offset()
                    && f.phoff + (long) f.phnum * ElfFile.PHDR_SIZE <= s.offset() + s.filesz()) {
                return s.vaddr() + bias + (f.phoff - s.offset());
            }
        }
        return 0;
    }

    static int prot(int pflags) {
        return ((pflags & ElfFile.PF_R) != 0 ? Prot.READ : 0)
                | ((pflags & ElfFile.PF_W) != 0 ? Prot.WRITE : 0)
                | ((pflags & ElfFile.PF_X) != 0 ? Prot.EXEC : 0);
    }

    static long pageUp(long a) {
        return (a + PAGE - 1) & ~(PAGE - 1);
    }
}
