package dev.ring3.jit;

import dev.ring3.interp.Block;
import dev.ring3.interp.Insn;
import dev.ring3.interp.Op;

/**
 * How a block ends, read from its last instruction's table row: the kinds of control transfer the
 * region compiler translates directly, and the static successors region formation follows.
 */
enum BlockEnd {
    /** The block was cut at the length cap (or before an unfetchable instruction): falls through. */
    FALL,
    /** Jcc Jb/Jz: target or next. */
    JCC,
    /** JMP Jb/Jz. */
    JMP,
    /** CALL Jz: push next, go to target. */
    CALL,
    /** RET (C3). */
    RET,
    /** LOOP/LOOPE/LOOPNE/JRCXZ: run by their semantics, then target or next. */
    BRANCH_BY_SEMANTICS,
    /**
     * JMP Ev and CALL Ev (64-bit addressing): the target read from a register or memory, compared
     * with the region's guesses (an inline cache) where it stays inside.
     */
    INDIRECT,
    /** Anything else that ends a block (SYSCALL, RET Iw, far branches, traps): RIP decides. */
    DYNAMIC;

    static BlockEnd of(Block b) {
        return of(b.insns[b.insns.length - 1]);
    }

    static BlockEnd of(Insn last) {
        Op op = last.op;
        if (!op.endsBlock()) {
            return FALL;
        }
        String m = op.mnemonic;
        boolean rel = op.form.equals("Jb") || op.form.equals("Jz");
        if (rel) {
            switch (m) {
                case "jmp": return JMP;
                case "call": return CALL;
                case "loop": case "loope": case "loopne": case "jrcxz": return BRANCH_BY_SEMANTICS;
                default: return m.startsWith("j") ? JCC : DYNAMIC;
            }
        }
        if (op.form.equals("Ev") && (m.equals("jmp") || m.equals("call")) && last.addrsize == 8
                && (last.prefixes & Insn.P_LOCK) == 0) {
            return INDIRECT;
        }
        return m.equals("ret") && op.form.isEmpty() ? RET : DYNAMIC;
    }

    /** The statically known successor addresses of a block ending this way. */
    static long[] successors(Block b) {
        Insn last = b.insns[b.insns.length - 1];
        switch (of(last)) {
            case FALL: return new long[] {b.end};
            case JMP: case CALL: return new long[] {last.target};
            case JCC: case BRANCH_BY_SEMANTICS: return new long[] {last.target, last.next};
            default: return new long[0];
        }
    }
}
