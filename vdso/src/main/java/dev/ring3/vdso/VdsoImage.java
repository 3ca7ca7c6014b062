package dev.ring3.vdso;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The committed vDSO image (resource {@code vdso.so}, built from vdso.asm by
 * {@link VdsoElfWriter}; the rebuild command is at the top of vdso.asm), and symbol look-up in
 * it through its dynamic section, the way a libc finds {@code __vdso_clock_gettime}.
 */
public final class VdsoImage {
    static final String RESOURCE = "vdso.so";
    private static final byte[] IMAGE = load();

    private VdsoImage() {}

    private static byte[] load() {
        try (InputStream in = VdsoImage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ring3 was built without its vDSO image (" + RESOURCE + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the image. */
    public static byte[] bytes() {
        return IMAGE.clone();
    }

    /**
     * The image-relative address of dynamic symbol {@code name} in {@code image}, found through
     * PT_DYNAMIC, DT_SYMTAB, DT_STRTAB and DT_HASH's chain count as musl's __vdsosym does; -1 if
     * there is none.
     */
    public static long symbol(byte[] image, String name) {
        ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        long phoff = b.getLong(32);
        int phent = b.getShort(54) & 0xFFFF;
        int phnum = b.getShort(56) & 0xFFFF;
        long dyn = -1;
        for (int i = 0; i < phnum; i++) {
            int ph = (int) phoff + i * phent;
            if (b.getInt(ph) == VdsoElfWriter.PT_DYNAMIC) {
                dyn = b.getLong(ph + 8);
            }
        }
        long symtab = -1, strtab = -1, hash = -1;
        for (int d = (int) dyn; dyn >= 0 && b.getLong(d) != VdsoElfWriter.DT_NULL; d += 16) {
            long tag = b.getLong(d);
            long val = b.getLong(d + 8);
            if (tag == VdsoElfWriter.DT_SYMTAB) {
                symtab = val;
            } else if (tag == VdsoElfWriter.DT_STRTAB) {
                strtab = val;
            } else if (tag == VdsoElfWriter.DT_HASH) {
                hash = val;
            }
        }
        if (symtab < 0 || strtab < 0 || hash < 0) {
            return -1;
        }
        int nsym = b.getInt((int) hash + 4);
        for (int i = 1; i < nsym; i++) {
            int s = (int) symtab + i * VdsoElfWriter.SYM;
            int nameOff = (int) strtab + b.getInt(s);
            int end = nameOff;
            while (image[end] != 0) {
                end++;
            }
            if (name.equals(new String(image, nameOff, end - nameOff, StandardCharsets.US_ASCII))
                    && (b.getShort(s + 6) & 0xFFFF) != 0) {
                return b.getLong(s + 8);
            }
        }
        return -1;
    }

    /** {@link #symbol(byte[], String)} in the committed image. */
    public static long symbol(String name) {
        return symbol(IMAGE, name);
    }
}
