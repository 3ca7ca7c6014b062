package dev.ring3.interp;

/**
 * The prefix words objdump prints before a mnemonic ("lock", "rep", "data16", "cs", "notrack",
 * "bnd", "rex.W"...). binutils prints every prefix byte the instruction did not consume, in byte
 * order, by name; a repeated prefix is consumed only in its last occurrence. Which prefixes an
 * instruction consumes is decided by {@link AttFormatter} and passed in as flags.
 */
final class AttPrefixes {
    private AttPrefixes() {}

    /** Consumption flags. */
    static final int USE_OPSIZE = 1, USE_ADDRSIZE = 2, USE_REP = 4, USE_SEGMENT = 8, USE_HINT = 16;
    /** F2 / F3 would be XACQUIRE / XRELEASE hints here. */
    static final int HLE_ACQUIRE = 32, HLE_RELEASE = 64;

    /**
     * Collects the legacy and REX prefix bytes at the start of {@code code[off..off+len)} into
     * {@code out}; returns how many. A REX byte counts only directly before the opcode (the
     * decoder drops one that a legacy prefix follows; objdump then prints it as a word).
     */
    static int scan(byte[] code, int off, int len, int[] out) {
        int n = 0;
        for (int i = 0; i < len && n < out.length; i++) {
            int b = code[off + i] & 0xFF;
            if (isLegacy(b) || (b & 0xF0) == 0x40) {
                out[n++] = b;
            } else {
                break;
            }
        }
        return n;
    }

    /** The prefix bytes an instruction decoded elsewhere must have had (no raw bytes at hand). */
    static int synthesize(Insn in, int[] out) {
        int n = 0;
        int p = in.prefixes;
        if ((p & Insn.P_LOCK) != 0) out[n++] = 0xF0;
        if ((p & Insn.P_OPSIZE) != 0) out[n++] = 0x66;
        if ((p & Insn.P_ADDRSIZE) != 0) out[n++] = 0x67;
        if ((p & Insn.P_REPNE) != 0) out[n++] = 0xF2;
        if ((p & Insn.P_REP) != 0) out[n++] = 0xF3;
        if (in.seg == Insn.SEG_FS) out[n++] = 0x64;
        if (in.seg == Insn.SEG_GS) out[n++] = 0x65;
        return n;
    }

    static boolean isLegacy(int b) {
        switch (b) {
            case 0xF0: case 0xF2: case 0xF3: case 0x66: case 0x67:
            case 0x2E: case 0x36: case 0x3E: case 0x26: case 0x64: case 0x65:
                return true;
            default:
                return false;
        }
    }

    /**
     * Appends the words for the unconsumed prefixes among {@code bytes[0..n)} to {@code sb}, each
     * followed by a space. {@code use} holds USE_* flags, {@code rexUsed} the REX bits (W/R/X/B) the
     * instruction would use, plus 0x40 if a byte register makes a bare REX count, {@code mandatory} the row's mandatory prefix byte or 0.
     */
    static void render(StringBuilder sb, int[] bytes, int n, AttRow row, int use, int rexUsed, int mandatory) {
        int last66 = -1, last67 = -1, lastRep = -1, lastSeg = -1, rexAt = -1;
        for (int i = 0; i < n; i++) {
            int b = bytes[i];
            switch (b) {
                case 0x66: last66 = i; break;
                case 0x67: last67 = i; break;
                case 0xF2: case 0xF3: lastRep = i; break;
                case 0x2E: case 0x36: case 0x3E: case 0x26: case 0x64: case 0x65: lastSeg = i; break;
                default: break;
            }
            if ((b & 0xF0) == 0x40 && i == n - 1) {
                rexAt = i;
            }
        }
        for (int i = 0; i < n; i++) {
            int b = bytes[i];
            String word;
            switch (b) {
                case 0xF0:
                    word = "lock";
                    break;
                case 0x66:
                    word = i == last66 && ((use & USE_OPSIZE) != 0 || mandatory == 0x66) ? null : "data16";
                    break;
                case 0x67:
                    word = i == last67 && (use & USE_ADDRSIZE) != 0 ? null : "addr32";
                    break;
                case 0xF2: case 0xF3:
                    if (i == lastRep && (mandatory == b || (use & USE_REP) != 0)) {
                        word = null;
                    } else {
                        word = repWord(b, row, use);
                    }
                    break;
                case 0x2E: case 0x36: case 0x3E: case 0x26: case 0x64: case 0x65:
                    // A used segment (FS/GS on a memory operand, any on a string source, CS/DS as
                    // a branch hint) hides the last segment prefix, whichever it is (i386-dis.c).
                    if (i == lastSeg && (use & (USE_SEGMENT | USE_HINT)) != 0) {
                        word = null;
                    } else if (b == 0x3E && row.indirect) {
                        word = "notrack";
                    } else {
                        word = segmentWord(b);
                    }
                    break;
                default:
                    // Consumed when every bit it sets is used (binutils: rex == rex_used).
                    int u = b & rexUsed & 0xF;
                    int used = u | (u != 0 || (rexUsed & 0x40) != 0 ? 0x40 : 0);
                    word = i == rexAt && b == used ? null : rexWord(b);
                    break;
            }
            if (word != null) {
                sb.append(word).append(' ');
            }
        }
    }

    private static String segmentWord(int b) {
        switch (b) {
            case 0x26: return "es";
            case 0x2E: return "cs";
            case 0x36: return "ss";
            case 0x3E: return "ds";
            case 0x64: return "fs";
            default: return "gs";
        }
    }

    /**
     * F3 is "rep" on MOVS/STOS/LODS, "repz" elsewhere; F2 is "bnd" on branches, else "repnz";
     * either is an HLE hint where {@code use} says so.
     */
    private static String repWord(int b, AttRow row, int use) {
        if (b == 0xF2 && (use & HLE_ACQUIRE) != 0) {
            return "xacquire";
        }
        if (b == 0xF3 && (use & HLE_RELEASE) != 0) {
            return "xrelease";
        }
        if (b == 0xF2) {
            return row.branch ? "bnd" : "repnz";
        }
        if (row.string) {
            String m = row.mnemonic;
            return m.equals("cmps") || m.equals("scas") ? "repz" : "rep";
        }
        return "repz";
    }

    /** "rex", "rex.W", "rex.WRXB"... */
    private static String rexWord(int b) {
        if ((b & 0xF) == 0) {
            return "rex";
        }
        StringBuilder s = new StringBuilder("rex.");
        if ((b & 8) != 0) s.append('W');
        if ((b & 4) != 0) s.append('R');
        if ((b & 2) != 0) s.append('X');
        if ((b & 1) != 0) s.append('B');
        return s.toString();
    }
}
