package dev.ring3.syscalls.profile;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * A guest thread's call stack as the profiler sees it: the return address and stack slot of every
 * CALL not yet returned from. Kept honest by the stack pointer rather than by pairing CALLs with
 * RETs, so longjmp, exceptions and stack switches cannot leave it wrong for long: a CALL drops the
 * frames whose slot it reuses or passed (slot at or below its own), a RET drops every frame below
 * the stack pointer it leaves. Written by its guest thread only; the sampler thread reads it under
 * a sequence counter (a seqlock: both sides are plain loads and stores on x86).
 */
final class ShadowStack {
    /** Deeper than this, CALLs are not recorded (their RETs still pop correctly by RSP). */
    static final int MAX_DEPTH = 1 << 20;
    private static final VarHandle SEQ;

    static {
        try {
            SEQ = MethodHandles.lookup().findVarHandle(ShadowStack.class, "seq", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private long[] returns = new long[64];
    private long[] slots = new long[64];
    private int depth;
    /** Odd while the writer changes the stack. */
    @SuppressWarnings("unused")
    private int seq;

    /** A CALL pushed {@code returnAddress} at {@code rsp}. */
    void call(long returnAddress, long rsp) {
        int s = (int) SEQ.getOpaque(this);
        SEQ.setOpaque(this, s + 1);
        VarHandle.storeStoreFence();
        int d = unwindTo(rsp, true);
        if (d == returns.length && d < MAX_DEPTH) {
            returns = Arrays.copyOf(returns, d * 2);
            slots = Arrays.copyOf(slots, d * 2);
        }
        if (d < returns.length) {
            returns[d] = returnAddress;
            slots[d] = rsp;
            d++;
        }
        depth = d;
        SEQ.setRelease(this, s + 2);
    }

    /** A RET left the stack pointer at {@code rsp}: the frames below it are gone. */
    void ret(long rsp) {
        int s = (int) SEQ.getOpaque(this);
        SEQ.setOpaque(this, s + 1);
        VarHandle.storeStoreFence();
        depth = unwindTo(rsp, false);
        SEQ.setRelease(this, s + 2);
    }

    /** The depth once the frames at or below {@code rsp} (below, when not inclusive) are dropped. */
    private int unwindTo(long rsp, boolean inclusive) {
        int d = depth;
        while (d > 0) {
            int c = Long.compareUnsigned(slots[d - 1], rsp);
            if (c > 0 || c == 0 && !inclusive) {
                break;
            }
            d--;
        }
        return d;
    }

    int depth() {
        return depth;
    }

    /**
     * From another thread: copies the innermost {@code out.length} return addresses (outermost
     * first) into {@code out} and returns how many, or -1 if the stack changed while it was read.
     * {@code truncated[0]} says whether outer frames were left out.
     */
    int snapshot(long[] out, boolean[] truncated) {
        int s = (int) SEQ.getAcquire(this);
        if ((s & 1) != 0) {
            return -1;
        }
        long[] r = returns;
        int d = Math.min(depth, r.length);
        int n = Math.min(d, out.length);
        System.arraycopy(r, d - n, out, 0, n);
        VarHandle.loadLoadFence();
        if ((int) SEQ.getOpaque(this) != s) {
            return -1;
        }
        truncated[0] = n < d;
        return n;
    }
}
