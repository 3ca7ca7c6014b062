package dev.ring3.syscalls;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A "#!interpreter [one argument]" line, as fs/binfmt_script.c reads it: the first
 * {@link #BUF_SIZE} bytes of the file, the interpreter up to the first blank, the rest of the line
 * (trimmed) its one argument. Running the script runs the interpreter with argv = interpreter,
 * the argument if any, the script's path as given, then the script's argv[1..].
 */
record ScriptLine(String interpreter, String argument) {
    /** fs/binfmt_script.c reads this many bytes for the "#!" line (BINPRM_BUF_SIZE). */
    static final int BUF_SIZE = 256;
    /** Interpreters of interpreters the kernel follows before ELOOP (fs/exec.c, 5 levels in all). */
    static final int MAX_DEPTH = 4;

    /** True if {@code head} starts with "#!". */
    static boolean isScript(byte[] head) {
        return head.length >= 2 && head[0] == '#' && head[1] == '!';
    }

    /** The line of a script's {@code head}, or null when it names no interpreter (ENOEXEC). */
    static ScriptLine parse(byte[] head, Charset charset) {
        int end = 2;
        int max = Math.min(head.length, BUF_SIZE);
        while (end < max && head[end] != '\n') {
            end++;
        }
        String line = new String(head, 2, end - 2, charset).replace('\t', ' ').strip();
        if (line.isEmpty()) {
            return null;
        }
        int sp = line.indexOf(' ');
        String arg = sp < 0 ? null : line.substring(sp + 1).strip();
        return new ScriptLine(sp < 0 ? line : line.substring(0, sp), arg == null || arg.isEmpty() ? null : arg);
    }

    /** The interpreter's argv for a script run as {@code path} with {@code argv}. */
    List<String> argv(String path, List<String> argv) {
        List<String> args = new ArrayList<>();
        args.add(interpreter);
        if (argument != null) {
            args.add(argument);
        }
        args.add(path);
        if (argv.size() > 1) {
            args.addAll(argv.subList(1, argv.size()));
        }
        return args;
    }
}
