package dev.ring3.syscalls.audit;

import java.util.regex.Pattern;

/**
 * A path glob of the rule file: {@code *} and {@code ?} stay within one path component, {@code **}
 * crosses them, and a leading {@code ~} stands for any home directory: the guest's $HOME, /root and
 * /home/NAME. Matching is on absolute normalised paths.
 */
public final class PathPattern {
    private final String glob;
    private final Pattern regex;

    private PathPattern(String glob, Pattern regex) {
        this.glob = glob;
        this.regex = regex;
    }

    /** Compiles {@code glob} for a guest whose $HOME is {@code home} (null when unknown). */
    public static PathPattern compile(String glob, String home) {
        StringBuilder re = new StringBuilder();
        String rest = glob;
        if (rest.equals("~") || rest.startsWith("~/")) {
            re.append("(?:");
            if (home != null && !home.isEmpty() && !home.equals("/")) {
                re.append(Pattern.quote(stripSlash(home))).append('|');
            }
            re.append("/root|/home/[^/]+)");
            rest = rest.substring(1);
        }
        for (int i = 0; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (ch == '*') {
                if (i + 1 < rest.length() && rest.charAt(i + 1) == '*') {
                    re.append(".*");
                    i++;
                } else {
                    re.append("[^/]*");
                }
            } else if (ch == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return new PathPattern(glob, Pattern.compile(re.toString()));
    }

    private static String stripSlash(String s) {
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    public boolean matches(String path) {
        return path != null && regex.matcher(path).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}
