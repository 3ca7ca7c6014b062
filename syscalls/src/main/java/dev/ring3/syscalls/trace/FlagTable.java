package dev.ring3.syscalls.trace;

/**
 * A table of named constants for the trace, printed the way strace prints them: a bit set as
 * {@code A|B|0x40} (in the table's order, multi-bit entries first where listed first), a single
 * value as its name or {@code 0x63 /* CLOCK_??? *}{@code /}.
 */
final class FlagTable {
    private final long[] values;
    private final String[] names;
    /** The "???" comment prefix for unknown values ("CLOCK_" gives CLOCK_???). */
    private final String unknown;

    private FlagTable(String unknown, Object[] pairs) {
        this.unknown = unknown;
        values = new long[pairs.length / 2];
        names = new String[pairs.length / 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((Number) pairs[2 * i]).longValue();
            names[i] = (String) pairs[2 * i + 1];
        }
    }

    /** A table from (value, name) pairs; {@code unknown} names the family in "/* X??? *}{@code /}". */
    static FlagTable of(String unknown, Object... pairs) {
        return new FlagTable(unknown, pairs);
    }

    /** The name of {@code v}, or null. */
    String name(long v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return names[i];
            }
        }
        return null;
    }

    /** A single value: its name, else hex with the unknown comment. */
    void value(StringBuilder sb, long v) {
        String n = name(v);
        if (n != null) {
            sb.append(n);
        } else {
            sb.append(v == 0 ? "0" : "0x" + Long.toHexString(v)).append(" /* ").append(unknown).append("??? */");
        }
    }

    /** A single value: its name, else the decimal number with the unknown comment. */
    void valueDecimal(StringBuilder sb, long v) {
        String n = name(v);
        if (n != null) {
            sb.append(n);
        } else {
            sb.append(v).append(" /* ").append(unknown).append("??? */");
        }
    }

    /**
     * A bit set: every entry whose bits are all set, in table order, joined with '|', then the
     * leftover bits in hex; 0 prints as the table's zero entry if it has one, else "0". Bits no
     * entry names at all print as {@code 0x8 /* GRND_??? *}{@code /}.
     */
    void flags(StringBuilder sb, long v) {
        if (v == 0) {
            String z = name(0);
            sb.append(z != null ? z : "0");
            return;
        }
        long rest = v;
        int start = sb.length();
        for (int i = 0; i < values.length; i++) {
            long m = values[i];
            if (m != 0 && (rest & m) == m && (v & m) == m) {
                if (sb.length() > start) {
                    sb.append('|');
                }
                sb.append(names[i]);
                rest &= ~m;
            }
        }
        if (rest != 0) {
            if (sb.length() > start) {
                sb.append("|0x").append(Long.toHexString(rest));
            } else {
                sb.append("0x").append(Long.toHexString(rest)).append(" /* ").append(unknown).append("??? */");
            }
        }
    }
}
