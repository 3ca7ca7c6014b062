package dev.ring3.syscalls;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The function symbols of an ELF64 file (.symtab, else .dynsym; elf(5)), to name guest addresses
 * as {@code symbol+0xoff}. Malformed or stripped files simply have no symbols: a lookup then
 * returns null.
 */
public final class ElfSymbols {
    static final int SHT_SYMTAB = 2, SHT_DYNSYM = 11;
    static final int STT_NOTYPE = 0, STT_FUNC = 2, STT_GNU_IFUNC = 10;
    private static final ElfSymbols NONE = new ElfSymbols(new long[0], new long[0], new String[0]);

    private final long[] start;
    private final long[] size;
    private final String[] name;

    private ElfSymbols(long[] start, long[] size, String[] name) {
        this.start = start;
        this.size = size;
        this.name = name;
    }

    /** The symbols of an image's bytes; an empty table when there are none or the headers are bad. */
    public static ElfSymbols of(byte[] elf) {
        try {
            return parse(ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN));
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    private record Sym(long value, long size, String name) {}

    private static ElfSymbols parse(ByteBuffer b) {
        long shoff = b.getLong(0x28);
        int shentsize = b.getShort(0x3A) & 0xffff;
        int shnum = b.getShort(0x3C) & 0xffff;
        if (shoff <= 0 || shentsize < 64 || shnum == 0) {
            return NONE;
        }
        int table = -1;
        for (int i = 0; i < shnum; i++) {
            int type = b.getInt((int) (shoff + (long) i * shentsize + 4));
            if (type == SHT_SYMTAB || type == SHT_DYNSYM && table < 0) {
                table = i;
            }
        }
        if (table < 0) {
            return NONE;
        }
        int sh = (int) (shoff + (long) table * shentsize);
        long off = b.getLong(sh + 0x18);
        long bytes = b.getLong(sh + 0x20);
        int link = b.getInt(sh + 0x28);
        long entsize = b.getLong(sh + 0x38);
        int strsh = (int) (shoff + (long) link * shentsize);
        long stroff = b.getLong(strsh + 0x18);
        long strsize = b.getLong(strsh + 0x20);
        if (entsize < 24) {
            return NONE;
        }
        List<Sym> syms = new ArrayList<>();
        for (long at = off; at + 24 <= off + bytes; at += entsize) {
            int p = (int) at;
            int nameOff = b.getInt(p);
            int info = b.get(p + 4) & 0xff;
            int shndx = b.getShort(p + 6) & 0xffff;
            long value = b.getLong(p + 8);
            long sz = b.getLong(p + 16);
            int type = info & 0xf;
            if (shndx == 0 || value == 0 || (type != STT_FUNC && type != STT_GNU_IFUNC && type != STT_NOTYPE)
                    || nameOff <= 0 || nameOff >= strsize) {
                continue;
            }
            int s = (int) (stroff + nameOff);
            int e = s;
            while (e < b.limit() && b.get(e) != 0) {
                e++;
            }
            byte[] n = new byte[e - s];
            b.get(s, n);
            String str = new String(n, StandardCharsets.UTF_8);
            if (!str.isEmpty() && !str.startsWith(".L") && !str.startsWith("$")) {
                syms.add(new Sym(value, sz, str));
            }
        }
        // Sized functions first at equal addresses: they name the code better than labels.
        syms.sort((x, y) -> x.value != y.value ? Long.compareUnsigned(x.value, y.value) : Long.compare(y.size, x.size));
        long[] st = new long[syms.size()];
        long[] sz = new long[syms.size()];
        String[] nm = new String[syms.size()];
        for (int i = 0; i < st.length; i++) {
            st[i] = syms.get(i).value;
            sz[i] = syms.get(i).size;
            nm[i] = syms.get(i).name;
        }
        return new ElfSymbols(st, sz, nm);
    }

    public int size() {
        return start.length;
    }

    /**
     * {@code name+0xoff} for an address in the file's own numbering (subtract the load bias of a
     * PIE first), or null when no symbol covers it.
     */
    public String describe(long addr) {
        int i = covering(addr);
        if (i < 0) {
            return null;
        }
        long off = addr - start[i];
        return off == 0 ? name[i] : name[i] + "+0x" + Long.toHexString(off);
    }

    /** The name of the symbol {@link #describe} names {@code addr} after (no offset), or null. */
    public String function(long addr) {
        int i = covering(addr);
        return i < 0 ? null : name[i];
    }

    /** The index of the symbol that names {@code addr}, or -1. */
    private int covering(long addr) {
        int i = Arrays.binarySearch(start, addr);
        if (i < 0) {
            i = -i - 2;
        } else {
            while (i > 0 && start[i - 1] == addr) {
                i--;
            }
        }
        if (i < 0) {
            return -1;
        }
        long off = addr - start[i];
        // Past a sized symbol: name it only if nothing better starts later (padding, labels).
        return size[i] != 0 && off >= size[i] && off > 0x10000 ? -1 : i;
    }
}
