package dev.ring3.jit;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Random;

/** What the random co-simulation generators share: the registers they use, encodings, the loop around a body. */
final class RandomPrograms {
    /** Registers the generators may write: not RBX (the data pointer), RSP, or R15 (the loop count). */
    static final int[] REGS = {0, 1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14};

    private RandomPrograms() {}

    static int reg(Random r) {
        return REGS[r.nextInt(REGS.length)];
    }

    static byte rex(boolean w, int reg, int rm) {
        return (byte) (0x40 | (w ? 8 : 0) | ((reg >> 3) << 2) | (rm >> 3));
    }

    static byte modrm(int mod, int reg, int rm) {
        return (byte) ((mod << 6) | ((reg & 7) << 3) | (rm & 7));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    /**
     * {@code mov r15d,3; L: body; dec r15d; jnz L; syscall} in hex, or null when the body is too
     * long for JNZ's 8-bit displacement (the caller draws another).
     */
    static String loop(byte[] body) {
        int back = -(body.length + 3 + 2);
        if (back < -128) {
            return null;
        }
        return HexFormat.of().formatHex(concat(new byte[] {0x41, (byte) 0xBF, 3, 0, 0, 0}, body,
                new byte[] {0x41, (byte) 0xFF, (byte) 0xCF, 0x75, (byte) back, 0x0F, 0x05}));
    }
}
