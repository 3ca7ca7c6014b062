package dev.ring3.syscalls.profile;

import java.util.function.Supplier;

/** One translation as the profile records it: its region, its cost and its entry counters. */
final class RegionStats {
    final ProfileImage image;
    final long entry;
    final long[] starts;
    final int codeSize;
    final long nanos;
    final long[] counters;
    final Supplier<String> listing;

    RegionStats(ProfileImage image, long entry, long[] starts, int codeSize, long nanos, long[] counters,
            Supplier<String> listing) {
        this.image = image;
        this.entry = entry;
        this.starts = starts;
        this.codeSize = codeSize;
        this.nanos = nanos;
        this.counters = counters;
        this.listing = listing;
    }

    /** Block entries the translated code made, over all its blocks. */
    long executions() {
        long n = 0;
        for (long c : counters) {
            n += c;
        }
        return n;
    }
}
