package dev.ring3.vdso;

import java.nio.charset.StandardCharsets;

/**
 * The two symbol-name hash functions of ELF dynamic linking: the System V ABI's {@code elf_hash}
 * (DT_HASH, and Verdef's vd_hash) and GNU's {@code dl_new_hash} (DT_GNU_HASH), both over the
 * name's bytes.
 */
public final class ElfHashes {
    private ElfHashes() {}

    /** System V ABI, "Hash Table": the hash stored in .hash buckets and vd_hash. */
    public static long sysv(String name) {
        long h = 0;
        for (byte c : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h << 4) + (c & 0xFF);
            long g = h & 0xF0000000L;
            if (g != 0) {
                h ^= g >>> 24;
            }
            h &= ~g;
        }
        return h & 0xFFFFFFFFL;
    }

    /** GNU hash: h = h * 33 + c from 5381, as 32 bits. */
    public static long gnu(String name) {
        long h = 5381;
        for (byte c : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h * 33 + (c & 0xFF)) & 0xFFFFFFFFL;
        }
        return h;
    }
}
