package dev.ring3.difftest;

import dev.ring3.interp.Insn;
import dev.ring3.interp.RowEncoding;

/**
 * One concrete instruction written from a table row: its bytes (followed by {@link Layout#FILLER}),
 * ring3's decoding of them, where its memory operand points, and the registers whose values the
 * addressing needs (the base and index of the memory operand, RSP).
 */
final class Encoding {
    final RowEncoding row;
    /** The instruction's bytes and the filler after them. */
    final byte[] code;
    final int len;
    final Insn insn;
    /** Address of the explicit memory operand (ModRM or moffs), or -1. */
    final long mem;
    /** Bytes from {@link #mem} the generator may fill for this operand. */
    final int memSize;
    /** Register values the addressing depends on; {@code pinned[n]} applies where {@code isPinned[n]}. */
    final long[] pinned;
    final boolean[] isPinned;

    Encoding(RowEncoding row, byte[] code, int len, Insn insn, long mem, int memSize, long[] pinned, boolean[] isPinned) {
        this.row = row;
        this.code = code;
        this.len = len;
        this.insn = insn;
        this.mem = mem;
        this.memSize = memSize;
        this.pinned = pinned;
        this.isPinned = isPinned;
    }

    /** Where execution continues when the instruction is done (after the filler). */
    long continueAt() {
        return Layout.CODE + len + Layout.FILLER.length;
    }

    String mnemonic() {
        return row.op().mnemonic;
    }
}
