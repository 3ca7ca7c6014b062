package dev.ring3.syscalls.audit;

/** The kinds of step a rule is made of: the words of the rule file (see audit-rules.txt). */
public enum StepKind {
    READ("read", Argument.PATHS),
    WRITE("write", Argument.PATHS),
    CONNECT("connect", Argument.WORD),
    PTRACE("ptrace", Argument.WORD),
    EXEC("exec", Argument.PATHS),
    EXEC_ENV("exec-env", Argument.WORD),
    MEMFD_CREATE("memfd-create", Argument.NONE),
    EXEC_MEMFD("exec-memfd", Argument.NONE),
    CHMOD_SETUID("chmod-setuid", Argument.NONE),
    UNLINK_SELF("unlink-self", Argument.NONE);

    /** What follows the word. */
    enum Argument { NONE, WORD, PATHS }

    public final String word;
    final Argument argument;

    StepKind(String word, Argument argument) {
        this.word = word;
        this.argument = argument;
    }

    static StepKind of(String word) {
        for (StepKind k : values()) {
            if (k.word.equals(word)) {
                return k;
            }
        }
        return null;
    }
}
