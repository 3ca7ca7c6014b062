package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.nio.file.Path;

/**
 * Maps an ELF executable (and the dynamic loader its PT_INTERP names) into an address space the
 * way fs/binfmt_elf.c load_elf_binary does:
 * each PT_LOAD segment page-aligned with its permissions, file bytes of the whole covered pages
 * (as a file mmap would give), zero past p_filesz in the last file page (padzero) and anonymous
 * zero pages up to p_memsz (.bss); a static-PIE is placed at {@code layout().pieBase()}.
 */
public final class ElfLoader {
    static final long PAGE = AddressSpace.PAGE_SIZE;

    /**
     * A loaded program: where it starts (the dynamic loader's entry when it has one), its own
     * entry (AT_ENTRY), program headers (AT_PHDR, AT_PHNUM), load bias, break, stack rights, code
     * and data bounds, and the loader's base (AT_BASE, 0 without one) and file.
     */
    public record Image(long entry, long phdr, int phnum, long loadBias, long brk, boolean execStack, Bounds bounds,
            long programEntry, long interpBase, ElfFile interp) {}

    /**
     * The kernel's mm->start_code/end_code (the executable segments' lowest start and highest file
     * end) and start_data/end_data (the highest segment start and file end), as load_elf_binary
     * computes them: /proc/PID/stat shows them.
     */
    public record Bounds(long startCode, long endCode, long startData, long endData) {}

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
        long startCode = -1, endCode = 0, startData = 0, endData = 0;
        for (ElfFile.Segment s : f.segments) {
            if (s.type() == ElfFile.PT_LOAD) {
                boolean x = (s.flags() & ElfFile.PF_X) != 0;
                if (x && Long.compareUnsigned(s.vaddr(), startCode) < 0) {
                    startCode = s.vaddr();
                }
                startData = Math.max(startData, s.vaddr());
                long fileEnd = s.vaddr() + s.filesz();
                if (x) {
                    endCode = Math.max(endCode, fileEnd);
                }
                endData = Math.max(endData, fileEnd);
            }
        }
        Bounds bounds = new Bounds(startCode == -1 ? bias : startCode + bias, endCode + bias, startData + bias, endData + bias);
        ElfFile interp = null;
        long interpBase = 0, start = f.entry + bias;
        if (f.interp != null) {
            interp = interpreter(f.interp);
            // load_elf_interp: the loader goes where mmap puts its whole span (top-down, below the stack).
            long lo2 = lowestPage(interp), hi2 = 0;
            for (ElfFile.Segment s : interp.segments) {
                if (s.type() == ElfFile.PT_LOAD) {
                    hi2 = Math.max(hi2, s.vaddr() + s.memsz());
                }
            }
            long at = interp.type == ElfFile.ET_DYN ? mem.findFree(pageUp(hi2) - lo2, 0) : lo2;
            if (at == -1) {
                throw new ExecFailure("no room for its ELF interpreter " + f.interp, ExecFailure.CANNOT_EXECUTE);
            }
            long ibias = at - lo2;
            String iname = realPath(interp.path);
            for (ElfFile.Segment s : interp.segments) {
                if (s.type() == ElfFile.PT_LOAD && s.memsz() > 0) {
                    loadSegment(mem, interp, s, ibias, iname);
                }
            }
            interpBase = at;
            start = interp.entry + ibias;
        }
        return new Image(start, phdrAddress(f, bias), f.phnum, bias, pageUp(hi + bias), execStack, bounds,
                f.entry + bias, interpBase, interp);
    }

    /** The dynamic loader named by PT_INTERP: an x86-64 ELF that asks for no loader itself. */
    private static ElfFile interpreter(String path) throws ExecFailure {
        ElfFile i;
        try {
            i = ElfFile.read(Path.of(path));
        } catch (ExecFailure e) {
            throw new ExecFailure("cannot run its ELF interpreter " + path + ": " + e.getMessage(),
                    e.status() == ExecFailure.NOT_FOUND ? ExecFailure.NOT_FOUND : ExecFailure.CANNOT_EXECUTE);
        }
        if (i.interp != null) {
            throw new ExecFailure("its ELF interpreter " + path + " asks for an interpreter itself",
                    ExecFailure.CANNOT_EXECUTE);
        }
        return i;
    }

    /** The path with symbolic links resolved, as /proc/PID/maps names a mapped file (itself if that fails). */
    static String realPath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (java.io.IOException | RuntimeException e) {
            return path;
        }
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
