package dev.ring3.syscalls.profile;

import java.util.Arrays;

/**
 * What one sample saw of one thread: the image, the block running (its start address), the
 * syscall it was in (or -1) and its shadow call stack's return addresses, outermost first. Equal
 * samples are counted together.
 */
final class Sample {
    final ProfileImage image;
    final long pc;
    final int syscall;
    final long[] returns;
    final boolean truncated;
    private final int hash;

    Sample(ProfileImage image, long pc, int syscall, long[] returns, boolean truncated) {
        this.image = image;
        this.pc = pc;
        this.syscall = syscall;
        this.returns = returns;
        this.truncated = truncated;
        this.hash = (System.identityHashCode(image) * 31 + Long.hashCode(pc)) * 31 + syscall * 7
                + Arrays.hashCode(returns) + (truncated ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Sample)) {
            return false;
        }
        Sample s = (Sample) o;
        return s.hash == hash && s.image == image && s.pc == pc && s.syscall == syscall
                && s.truncated == truncated && Arrays.equals(s.returns, returns);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
