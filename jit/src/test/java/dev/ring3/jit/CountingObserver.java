package dev.ring3.jit;

import dev.ring3.interp.Block;
import dev.ring3.interp.Cpu;
import dev.ring3.interp.ExecutionObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An execution observer for tests: counts the guest instructions of the blocks it is told ran
 * (interpreted, and translated through the counters), and the CALLs and RETs, the way the
 * profiler does, so that tests can hold them against the CPU's own retired count.
 */
final class CountingObserver implements ExecutionObserver {
    private final long[] cursor = new long[1];
    private final List<Block[]> regions = new ArrayList<>();
    private final List<long[]> counters = new ArrayList<>();
    long interpretedInstructions;
    long calls;
    long returns;
    int translations;

    @Override
    public void entering(Cpu cpu, Block b) {
        interpretedInstructions += b.insns.length;
        cursor[0] = b.start;
    }

    @Override
    public void left(Cpu cpu, Block b) {
        String m = b.insns[b.insns.length - 1].op.mnemonic;
        if (m.equals("call")) {
            calls++;
        } else if (m.equals("ret")) {
            returns++;
        }
    }

    @Override
    public void called(long returnAddress, long rsp, long target) {
        calls++;
        cursor[0] = target;
    }

    @Override
    public void returned(long rsp, long returnAddress) {
        returns++;
        cursor[0] = returnAddress;
    }

    @Override
    public long[] cursor() {
        return cursor;
    }

    @Override
    public void translated(Block[] blocks, long[] counts, int codeSize, long nanos, Supplier<String> listing) {
        regions.add(blocks);
        counters.add(counts);
        translations++;
        if (!listing.get().startsWith("method run(")) {
            throw new AssertionError("no listing of the run method: " + listing.get());
        }
    }

    /** Guest instructions of every block entry seen, interpreted or translated. */
    long instructions() {
        long n = interpretedInstructions;
        for (int r = 0; r < regions.size(); r++) {
            Block[] blocks = regions.get(r);
            for (int i = 0; i < blocks.length; i++) {
                n += counters.get(r)[i] * blocks[i].insns.length;
            }
        }
        return n;
    }
}
