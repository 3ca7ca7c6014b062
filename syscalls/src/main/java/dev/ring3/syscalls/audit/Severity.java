package dev.ring3.syscalls.audit;

import java.util.Locale;

/** How bad a finding is; ordered, so that --audit-fail=medium also fails on high. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    /** The word rules and options use: "low", "medium", "high". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity a word names; IllegalArgumentException naming the choices otherwise. */
    public static Severity of(String word) {
        for (Severity s : values()) {
            if (s.word().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("expected low, medium or high, not '" + word + "'");
    }
}
