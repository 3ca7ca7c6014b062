package dev.ring3.vdso;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The output of {@code nasm -f bin vdso.asm}: the vDSO's machine code followed by the symbol
 * trailer the assembly source writes (see the format note at the top of vdso.asm), split into
 * the code and its exported functions.
 */
public final class VdsoText {
    /** The footer's last four bytes. */
    static final String MAGIC = "R3VD";

    /** One exported function: its name, address in the image, and size in bytes. */
    public record Function(String name, long address, long size) {}

    private final byte[] code;
    private final List<Function> functions;

    private VdsoText(byte[] code, List<Function> functions) {
        this.code = code;
        this.functions = List.copyOf(functions);
    }

    /** Splits an assembled file; throws IllegalArgumentException if it lacks the trailer. */
    public static VdsoText parse(byte[] assembled) {
        int n = assembled.length;
        if (n < 8 || !MAGIC.equals(new String(assembled, n - 4, 4, StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("not ring3 vDSO text: no " + MAGIC + " footer");
        }
        ByteBuffer b = ByteBuffer.wrap(assembled).order(ByteOrder.LITTLE_ENDIAN);
        int trailer = b.getInt(n - 8);
        if (trailer < 0 || trailer > n - 8) {
            throw new IllegalArgumentException("vDSO text: trailer offset out of range");
        }
        List<Function> fs = new ArrayList<>();
        int p = trailer;
        for (;;) {
            int end = p;
            while (end < n - 8 && assembled[end] != 0) {
                end++;
            }
            if (end == p) {
                break;
            }
            String name = new String(assembled, p, end - p, StandardCharsets.US_ASCII);
            long address = b.getInt(end + 1) & 0xFFFFFFFFL;
            long size = b.getInt(end + 5) & 0xFFFFFFFFL;
            fs.add(new Function(name, address, size));
            p = end + 9;
        }
        return new VdsoText(Arrays.copyOf(assembled, trailer), fs);
    }

    /** The machine code, to be placed at {@link VdsoElfWriter#TEXT_VADDR}. */
    public byte[] code() {
        return code.clone();
    }

    /** The exported functions in the order the source lists them. */
    public List<Function> functions() {
        return functions;
    }
}
