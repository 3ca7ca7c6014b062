package dev.ring3.syscalls;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed and validated ELF64 executable (elf(5), System V ABI ch. 4): header fields and program
 * headers, every offset bounds-checked, with refusals worded for the user and carrying the shell's
 * exit status (see {@link ExecFailure}).
 */
public final class ElfFile {
    public static final int ET_EXEC = 2, ET_DYN = 3;
    public static final int PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_PHDR = 6, PT_TLS = 7,
            PT_GNU_STACK = 0x6474e551;
    public static final int PF_X = 1, PF_W = 2, PF_R = 4;
    static final int EHDR_SIZE = 64, PHDR_SIZE = 56;
    static final int EM_X86_64 = 62;

    /** One program header. */
    public record Segment(int type, int flags, long offset, long vaddr, long filesz, long memsz, long align) {}

    public final String path;
    public final byte[] bytes;
    public final int type;
    public final long entry;
    public final long phoff;
    public final int phnum;
    public final List<Segment> segments;
    /** PT_INTERP's path (the dynamic loader a dynamically linked program asks for), or null. */
    public final String interp;

    private ElfFile(String path, byte[] bytes, int type, long entry, long phoff, int phnum, List<Segment> segments,
            String interp) {
        this.path = path;
        this.interp = interp;
        this.bytes = bytes;
        this.type = type;
        this.entry = entry;
        this.phoff = phoff;
        this.phnum = phnum;
        this.segments = segments;
    }

    /** Reads and validates {@code file}; refuses anything ring3 cannot run, with a reason. */
    public static ElfFile read(Path file) throws ExecFailure {
        if (!Files.exists(file)) {
            throw new ExecFailure("No such file or directory", ExecFailure.NOT_FOUND);
        }
        if (Files.isDirectory(file)) {
            throw new ExecFailure("Is a directory", ExecFailure.CANNOT_EXECUTE);
        }
        if (!Files.isExecutable(file) || !Files.isReadable(file)) {
            throw new ExecFailure("Permission denied", ExecFailure.CANNOT_EXECUTE);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExecFailure("No such file or directory", ExecFailure.NOT_FOUND);
        } catch (AccessDeniedException e) {
            throw new ExecFailure("Permission denied", ExecFailure.CANNOT_EXECUTE);
        } catch (IOException | OutOfMemoryError e) {
            throw new ExecFailure("cannot read: " + e.getMessage(), ExecFailure.CANNOT_EXECUTE);
        }
        return parse(file.toString(), bytes);
    }

    /** Validates an image already in memory. */
    public static ElfFile parse(String path, byte[] b) throws ExecFailure {
        if (b.length < 4 || b[0] != 0x7f || b[1] != 'E' || b[2] != 'L' || b[3] != 'F') {
            if (b.length >= 2 && b[0] == '#' && b[1] == '!') {
                throw refuse("cannot execute: Exec format error (a #! line that names no interpreter)");
            }
            throw refuse("cannot execute binary file: Exec format error (not an ELF file)");
        }
        if (b.length < 16) {
            throw refuse("truncated ELF header");
        }
        if (b[4] == 1) {
            throw refuse("32-bit ELF programs (ELFCLASS32) are not supported: ring3 runs x86-64 only");
        }
        if (b[4] != 2) {
            throw refuse("malformed ELF header (EI_CLASS " + b[4] + ")");
        }
        if (b[5] == 2) {
            throw refuse("big-endian ELF programs are not supported: ring3 runs x86-64 only");
        }
        if (b[5] != 1) {
            throw refuse("malformed ELF header (EI_DATA " + b[5] + ")");
        }
        if (b.length < EHDR_SIZE) {
            throw refuse("truncated ELF header (" + b.length + " bytes)");
        }
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int type = h.getShort(16) & 0xFFFF;
        int machine = h.getShort(18) & 0xFFFF;
        if (machine != EM_X86_64) {
            throw refuse("program is for " + machineName(machine) + ", not x86-64");
        }
        if (type != ET_EXEC && type != ET_DYN) {
            throw refuse("not an executable (ELF " + typeName(type) + ")");
        }
        long entry = h.getLong(24);
        long phoff = h.getLong(32);
        int phentsize = h.getShort(54) & 0xFFFF;
        int phnum = h.getShort(56) & 0xFFFF;
        if (phentsize != PHDR_SIZE) {
            throw refuse("malformed ELF header (e_phentsize " + phentsize + ", expected 56)");
        }
        if (phnum == 0 || phnum > 65536 / PHDR_SIZE) {
            throw refuse("malformed ELF header (e_phnum " + phnum + ")");
        }
        if (phoff < 0 || phoff > b.length || (long) phnum * PHDR_SIZE > b.length - phoff) {
            throw refuse("truncated ELF file: program headers lie past its end");
        }
        List<Segment> segs = new ArrayList<>(phnum);
        boolean anyLoad = false;
        String interp = null;
        for (int i = 0; i < phnum; i++) {
            int o = (int) (phoff + (long) i * PHDR_SIZE);
            Segment s = new Segment(h.getInt(o), h.getInt(o + 4), h.getLong(o + 8), h.getLong(o + 16),
                    h.getLong(o + 32), h.getLong(o + 40), h.getLong(o + 48));
            if (s.type() == PT_INTERP) {
                interp = interpreter(s, b);
            }
            if (s.type() == PT_LOAD) {
                anyLoad = true;
                checkLoad(s, b.length, i);
            }
            segs.add(s);
        }
        if (!anyLoad) {
            throw refuse("malformed ELF file: no loadable segment");
        }
        return new ElfFile(path, b, type, entry, phoff, phnum, List.copyOf(segs), interp);
    }

    /** PT_INTERP's NUL-terminated path, checked as load_elf_binary does (within the file, at most PATH_MAX). */
    private static String interpreter(Segment s, byte[] b) throws ExecFailure {
        if (s.filesz() < 2 || s.filesz() > 4096 || s.offset() < 0 || s.offset() > b.length - s.filesz()) {
            throw refuse("malformed ELF file: bad PT_INTERP");
        }
        int end = (int) (s.offset() + s.filesz() - 1);
        if (b[end] != 0) {
            throw refuse("malformed ELF file: PT_INTERP is not NUL-terminated");
        }
        return new String(b, (int) s.offset(), end - (int) s.offset(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static void checkLoad(Segment s, long fileLength, int index) throws ExecFailure {
        String where = "malformed ELF file: segment " + index + " ";
        if (s.offset() < 0 || s.filesz() < 0 || s.filesz() > fileLength - s.offset() || s.offset() > fileLength) {
            throw refuse("truncated ELF file: segment " + index + " lies past the end of the file");
        }
        if (Long.compareUnsigned(s.filesz(), s.memsz()) > 0) {
            throw refuse(where + "has p_filesz > p_memsz");
        }
        if (s.memsz() < 0 || s.vaddr() < 0 || s.vaddr() + s.memsz() < s.vaddr()) {
            throw refuse(where + "has an address outside user space");
        }
        if (((s.vaddr() - s.offset()) & (4096 - 1)) != 0) {
            throw refuse(where + "has p_vaddr and p_offset not congruent modulo the page size");
        }
    }

    private static ExecFailure refuse(String reason) {
        return new ExecFailure(reason, ExecFailure.CANNOT_EXECUTE);
    }

    /** The first program header of {@code type}, or null. */
    public Segment find(int type) {
        for (Segment s : segments) {
            if (s.type() == type) {
                return s;
            }
        }
        return null;
    }

    static String typeName(int type) {
        switch (type) {
            case 0: return "file of no type";
            case 1: return "relocatable object file";
            case 4: return "core dump";
            default: return "file of type " + type;
        }
    }

    /** The architecture as `file` names it (binutils' e_machine names). */
    static String machineName(int m) {
        switch (m) {
            case 2: return "SPARC";
            case 3: return "Intel 80386";
            case 8: return "MIPS";
            case 20: return "PowerPC";
            case 21: return "PowerPC64";
            case 22: return "IBM S/390";
            case 40: return "ARM";
            case 43: return "SPARC V9";
            case 50: return "IA-64";
            case 183: return "ARM aarch64";
            case 243: return "RISC-V";
            case 247: return "eBPF";
            case 258: return "LoongArch";
            default: return "machine " + m;
        }
    }
}
