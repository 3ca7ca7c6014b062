package dev.ring3.syscalls;

import java.util.Locale;

/** Writes JSON values by hand for ring3's machine-readable reports (the audit, the profile). */
public final class Json {
    private Json() {}

    /** Appends {@code s} as a JSON string, or {@code null}. */
    public static StringBuilder string(StringBuilder sb, String s) {
        if (s == null) {
            return sb.append("null");
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"');
    }

    /** Appends {@code ,"name":} (a member after the first of an object). */
    public static StringBuilder key(StringBuilder sb, String name) {
        return sb.append(",\"").append(name).append("\":");
    }

    /** Appends the member {@code ,"name":"value"} (or {@code null}). */
    public static StringBuilder field(StringBuilder sb, String name, String value) {
        return string(key(sb, name), value);
    }

    /** Appends the member {@code ,"name":value}. */
    public static StringBuilder field(StringBuilder sb, String name, long value) {
        return key(sb, name).append(value);
    }

    /** Appends a number with at most {@code digits} decimals (no exponent, no NaN). */
    public static StringBuilder number(StringBuilder sb, double v, int digits) {
        if (!Double.isFinite(v)) {
            return sb.append('0');
        }
        return sb.append(new java.math.BigDecimal(v).setScale(digits, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString());
    }
}
