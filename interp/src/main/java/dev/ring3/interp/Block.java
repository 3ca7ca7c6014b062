package dev.ring3.interp;

/**
 * A decoded basic block: straight-line instructions ending at the first control transfer (or at a
 * length cap, or before an instruction that could not be fetched). The interpreter caches blocks
 * by start address; the JIT forms regions from hot ones.
 */
public final class Block {
    public final long start;
    /** Address after the last instruction. */
    public final long end;
    public final Insn[] insns;
    /** How the interpreter dispatches each instruction ({@link FastPath#classify}), decided at decode time. */
    final int[] forms;
    /** Times entered (the interpreter's hotness counter). */
    public long executions;
    /**
     * The JIT's count of interpreted blocks when this block's executions last reached a multiple
     * of its threshold: how fast it gets hot (0: not yet).
     */
    public long hotSince;
    /**
     * Translated code entered at this block, owned by the JIT (null when none); typed Object so
     * the interpreter need not know the JIT's classes.
     */
    public Object translation;
    /** The profiler's record of this block (an ExecutionObserver's own; null when none). */
    public Object profile;
    /**
     * Where control went after this block's last interpreted run (the JIT records it): the profile
     * region formation follows past indirect branches and returns. 0 when unknown.
     */
    public long lastExit;
    /** Set when the block cache drops this block (its code page was written, or the cache was cleared). */
    public boolean dropped;
    /** The last instruction's form sets RIP itself ({@link FastPath#usesRip}); else the block sets it to {@link #end}. */
    final boolean endsWithRip;
    /**
     * The instructions the interpreter's loop dispatches: all but a closing Jcc, JMP, CALL or RET,
     * which {@link FastPath#run} runs after the loop ({@link FastPath#closes}).
     */
    final int body;
    /**
     * Blocks that ran after this one, so the interpreter finds its successor without the block
     * cache's lookup (a branch's two ways, or a return's usual targets). Checked against RIP and
     * {@link #dropped} before use; owned by the interpreter of one thread.
     */
    Block next0, next1;

    /**
     * Drops the block: {@link #dropped} for whoever holds it, and every form {@link FastPath#STALE},
     * so that an interpreter running it right now (its own instruction wrote into it, or code
     * on its page) stops at the next instruction and finds that code decoded afresh.
     */
    void drop() {
        dropped = true;
        for (int k = 0; k < forms.length; k++) {
            forms[k] = FastPath.STALE | k << 8;
        }
    }

    Block(long start, long end, Insn[] insns) {
        this(start, end, insns, FastPath.forms(insns));
    }

    Block(long start, long end, Insn[] insns, int[] forms) {
        this.start = start;
        this.end = end;
        this.insns = insns;
        this.forms = forms;
        this.endsWithRip = forms.length > 0 && FastPath.usesRip(forms[forms.length - 1]);
        this.body = forms.length > 0 && FastPath.closes(forms[forms.length - 1]) ? forms.length - 1 : forms.length;
    }
}
