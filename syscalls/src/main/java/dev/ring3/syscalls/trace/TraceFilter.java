package dev.ring3.syscalls.trace;

import dev.ring3.syscalls.SyscallNames;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which syscalls the trace shows, from strace's -e expressions: {@code trace=openat,read},
 * {@code trace=%file,%memory}, {@code trace=/^mm}, {@code trace=all|none}, {@code trace=!...}
 * (negation of the whole list), {@code ?name} (no error if unknown). Several expressions add up
 * the way strace's do: the first positive one starts from nothing, a negation from everything.
 */
public final class TraceFilter {
    static final int SIZE = 512;
    /** Numbers in the table: the x86-64 names SyscallNames knows. */
    private final boolean[] traced = new boolean[SIZE];
    private boolean started;

    public TraceFilter() {
        java.util.Arrays.fill(traced, true);
    }

    /**
     * Whether a number outside the x86-64 table (an INT 0x80 call ring3 converts, shown as
     * {@code Compat32Syscalls.TRACE_BASE} + its i386 number) is shown: as with no expression, or
     * after trace=all or a negated set; not after a positive set of names.
     */
    private boolean others = true;

    /** True if the call numbered {@code nr} is shown. */
    public boolean traced(long nr) {
        return nr < 0 || (nr >= SIZE ? others : traced[(int) nr]);
    }

    /** Also true for the execve line ring3 prints for the program it starts. */
    public boolean tracedName(String name) {
        for (int nr = 0; nr < SIZE; nr++) {
            if (name.equals(SyscallNames.name(nr))) {
                return traced[nr];
            }
        }
        return true;
    }

    /**
     * Adds one -e expression. Only the trace qualifier is supported ("trace=SET" or a bare SET);
     * IllegalArgumentException with strace's wording for anything else.
     */
    public void add(String expression) {
        String e = expression;
        int eq = e.indexOf('=');
        if (eq >= 0) {
            String qualifier = e.substring(0, eq);
            if (!qualifier.equals("trace") && !qualifier.equals("t")) {
                throw new IllegalArgumentException("invalid -e qualifier '" + qualifier
                        + "' (ring3 supports only trace=)");
            }
            e = e.substring(eq + 1);
        }
        boolean negate = e.startsWith("!");
        if (negate) {
            e = e.substring(1);
        }
        boolean[] set = new boolean[SIZE];
        for (String token : e.split(",")) {
            select(set, token.trim());
        }
        if (!started && !negate) {
            java.util.Arrays.fill(traced, false);
            others = false;
        }
        started = true;
        boolean everything = true;
        for (boolean b : set) {
            everything &= b;
        }
        if (everything) {
            others = !negate;
        }
        for (int i = 0; i < SIZE; i++) {
            if (set[i]) {
                traced[i] = !negate;
            }
        }
    }

    private static void select(boolean[] set, String token) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("invalid system call ''");
        }
        if (token.equals("all")) {
            java.util.Arrays.fill(set, true);
            return;
        }
        if (token.equals("none")) {
            return;
        }
        boolean optional = token.startsWith("?");
        String t = optional ? token.substring(1) : token;
        boolean found = false;
        if (t.startsWith("/")) {
            Pattern p;
            try {
                p = Pattern.compile(t.substring(1));
            } catch (PatternSyntaxException x) {
                throw new IllegalArgumentException("invalid regular expression '" + t.substring(1) + "'", x);
            }
            for (int nr = 0; nr < SIZE; nr++) {
                String name = SyscallNames.name(nr);
                if (name != null && p.matcher(name).find()) {
                    set[nr] = true;
                    found = true;
                }
            }
        } else if (t.startsWith("%") || SyscallClass.named(t) != null && SyscallNames.number(t) < 0) {
            SyscallClass c = SyscallClass.named(t);
            if (c == null) {
                if (optional) {
                    return;
                }
                throw new IllegalArgumentException("invalid system call '" + t + "'");
            }
            for (int nr = 0; nr < SIZE; nr++) {
                String name = SyscallNames.name(nr);
                if (name != null && c.contains(name)) {
                    set[nr] = true;
                    found = true;
                }
            }
            found = true;
        } else {
            int nr = SyscallNames.number(t);
            if (nr < 0 && t.chars().allMatch(Character::isDigit)) {
                nr = Integer.parseInt(t);
            }
            if (nr >= 0 && nr < SIZE) {
                set[nr] = true;
                found = true;
            }
        }
        if (!found && !optional) {
            throw new IllegalArgumentException("invalid system call '" + t + "'");
        }
    }
}
