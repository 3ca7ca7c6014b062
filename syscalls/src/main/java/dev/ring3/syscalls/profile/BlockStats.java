package dev.ring3.syscalls.profile;

import dev.ring3.interp.Block;
import java.util.ArrayList;
import java.util.List;

/** What one guest thread's profile knows about one decoded block: where it ran and how often. */
final class BlockStats {
    static final byte OTHER = 0, CALL = 1, RET = 2;

    final Block block;
    final ProfileImage image;
    /** How its last instruction moves the shadow stack when the interpreter runs it. */
    final byte end;
    /** Executions by the interpreter. */
    long interpreted;
    /** Translations containing the block, and its index in each. */
    final List<RegionStats> regions = new ArrayList<>(1);
    final List<Integer> indexes = new ArrayList<>(1);

    BlockStats(Block block, ProfileImage image) {
        this.block = block;
        this.image = image;
        String m = block.insns[block.insns.length - 1].op.mnemonic;
        this.end = m.equals("call") ? CALL : m.equals("ret") ? RET : OTHER;
    }

    /** Executions in translated code, summed over the translations that contain the block. */
    long translated() {
        long n = 0;
        for (int i = 0; i < regions.size(); i++) {
            n += regions.get(i).counters[indexes.get(i)];
        }
        return n;
    }
}
