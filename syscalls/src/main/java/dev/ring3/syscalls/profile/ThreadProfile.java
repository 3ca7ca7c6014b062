package dev.ring3.syscalls.profile;

import dev.ring3.interp.Block;
import dev.ring3.interp.Cpu;
import dev.ring3.interp.ExecutionObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The profile of one guest thread: the execution observer its engine reports to. Counts blocks
 * (the interpreter's here, translated code's in the counters it increments itself), keeps the
 * shadow call stack, and publishes where the thread is for the sampler.
 */
final class ThreadProfile implements ExecutionObserver {
    private final Profile profile;
    final Thread thread;
    /** Start of the block running now (written by the thread and by its translated code). */
    final long[] cursor = new long[1];
    final ShadowStack stack = new ShadowStack();
    /** The syscall the thread is in, or -1 (for the sampler). */
    volatile int syscall = -1;
    /** The image the thread runs (for the sampler; changes at execve). */
    volatile ProfileImage image;
    final List<BlockStats> blocks = new ArrayList<>();
    final List<RegionStats> regions = new ArrayList<>();

    ThreadProfile(Profile profile, Thread thread) {
        this.profile = profile;
        this.thread = thread;
    }

    @Override
    public void entering(Cpu cpu, Block b) {
        Object s = b.profile;
        BlockStats bs = s != null ? (BlockStats) s : stats(b);
        bs.interpreted++;
        cursor[0] = b.start;
    }

    @Override
    public void left(Cpu cpu, Block b) {
        BlockStats bs = (BlockStats) b.profile;
        if (bs.end == BlockStats.CALL) {
            called(b.end, cpu.r[Cpu.RSP], cpu.rip);
        } else if (bs.end == BlockStats.RET) {
            returned(cpu.r[Cpu.RSP], cpu.rip);
        }
    }

    /**
     * The cursor moves on with the stack, so that a sample never sees the caller's block with
     * the callee's frame pushed (or the callee's block with its frame popped).
     */
    @Override
    public void called(long returnAddress, long rsp, long target) {
        stack.call(returnAddress, rsp);
        cursor[0] = target;
    }

    @Override
    public void returned(long rsp, long returnAddress) {
        stack.ret(rsp);
        cursor[0] = returnAddress;
    }

    @Override
    public long[] cursor() {
        return cursor;
    }

    @Override
    public void translated(Block[] region, long[] counters, int codeSize, long nanos, Supplier<String> listing) {
        long[] starts = new long[region.length];
        for (int i = 0; i < region.length; i++) {
            starts[i] = region[i].start;
        }
        BlockStats entry = region[0].profile != null ? (BlockStats) region[0].profile : stats(region[0]);
        RegionStats r = new RegionStats(entry.image, region[0].start, starts, codeSize, nanos, counters, listing);
        regions.add(r);
        for (int i = 0; i < region.length; i++) {
            Block b = region[i];
            BlockStats bs = b.profile != null ? (BlockStats) b.profile : stats(b);
            bs.regions.add(r);
            bs.indexes.add(i);
        }
    }

    /** The first sight of {@code b} on this thread. */
    private BlockStats stats(Block b) {
        ProfileImage img = profile.currentImage();
        if (img != image) {
            image = img;
        }
        BlockStats bs = new BlockStats(b, img);
        b.profile = bs;
        blocks.add(bs);
        return bs;
    }
}
