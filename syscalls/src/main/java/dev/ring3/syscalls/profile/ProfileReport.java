package dev.ring3.syscalls.profile;

import dev.ring3.interp.Insn;
import dev.ring3.syscalls.SyscallNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A finished profile, merged over threads and processes: blocks and functions with their guest
 * instructions, executions and samples, the translations, and the sampled call stacks. Immutable;
 * every output format ({@link ProfileFormat}) renders this one object, so they agree.
 */
public final class ProfileReport {
    /** One guest block, merged over every thread that ran it. */
    public static final class BlockRow {
        public final String image;
        public final long start;
        public final long end;
        /** Guest instructions in the block. */
        public final int length;
        /** {@code symbol+0xoff} of its start, or null. */
        public final String symbol;
        public final String function;
        public final long interpreted;
        public final long translated;
        public long samples;
        /** The decoded instructions (for the disassembly). */
        final Insn[] code;
        /** The translation that ran it most, or null if it never ran translated. */
        final RegionRow region;

        BlockRow(String image, long start, long end, int length, String symbol, String function, long interpreted,
                long translated, Insn[] code, RegionRow region) {
            this.image = image;
            this.start = start;
            this.end = end;
            this.length = length;
            this.symbol = symbol;
            this.function = function;
            this.interpreted = interpreted;
            this.translated = translated;
            this.code = code;
            this.region = region;
        }

        public long executions() {
            return interpreted + translated;
        }

        public long instructions() {
            return executions() * length;
        }

        /** "jit", "interp", or "jit NN%" when it ran both ways. */
        public String ran() {
            if (translated == 0) {
                return "interp";
            }
            if (interpreted == 0) {
                return "jit";
            }
            return String.format(java.util.Locale.ROOT, "jit %.0f%%", 100.0 * translated / executions());
        }
    }

    /** One function (a symbol of an image, or a pseudo-function for time spent in a syscall). */
    public static final class FunctionRow {
        public final String image;
        public final String name;
        public long instructions;
        public long executions;
        public int blocks;
        /** Samples in its own code (not in a syscall it made). */
        public long selfSamples;
        /** Samples with it anywhere on the stack, counted once each. */
        public long totalSamples;

        FunctionRow(String image, String name) {
            this.image = image;
            this.name = name;
        }
    }

    /** One translation: a region of blocks compiled to one JVM method. */
    public static final class RegionRow {
        public final String image;
        public final long entry;
        public final String symbol;
        public final int blocks;
        public final int bytecodeBytes;
        public final long translationNanos;
        public final long executions;
        final Supplier<String> listing;

        RegionRow(RegionStats r) {
            this.image = r.image.name;
            this.entry = r.entry;
            this.symbol = r.image.describe(r.entry);
            this.blocks = r.starts.length;
            this.bytecodeBytes = r.codeSize;
            this.translationNanos = r.nanos;
            this.executions = r.executions();
            this.listing = r.listing;
        }

        /** The generated method's bytecode, one instruction a line. */
        public String listing() {
            return listing.get();
        }
    }

    public final String program;
    public final String mode;
    public final int threads;
    public final long intervalNanos;
    public final long wallNanos;
    /** Sampler ticks (each samples every running thread once). */
    public final long ticks;
    public final long instructions;
    public final long executions;
    public final long translatedInstructions;
    public final long samples;
    public final long syscallSamples;
    public final List<BlockRow> blocks;
    public final List<FunctionRow> functions;
    public final List<RegionRow> regions;
    /** Collapsed stacks, "outer;...;inner" to samples, in key order. */
    public final Map<String, Long> stacks;
    /** Samples inside each syscall, by name. */
    public final Map<String, Long> syscalls;

    private ProfileReport(String program, String mode, int threads, long intervalNanos, long wallNanos, long ticks,
            List<BlockRow> blocks, List<FunctionRow> functions, List<RegionRow> regions, Map<String, Long> stacks,
            Map<String, Long> syscalls, long samples, long syscallSamples) {
        this.program = program;
        this.mode = mode;
        this.threads = threads;
        this.intervalNanos = intervalNanos;
        this.wallNanos = wallNanos;
        this.ticks = ticks;
        this.blocks = Collections.unmodifiableList(blocks);
        this.functions = Collections.unmodifiableList(functions);
        this.regions = Collections.unmodifiableList(regions);
        this.stacks = Collections.unmodifiableMap(stacks);
        this.syscalls = Collections.unmodifiableMap(syscalls);
        this.samples = samples;
        this.syscallSamples = syscallSamples;
        long insns = 0, execs = 0, xlated = 0;
        for (BlockRow b : blocks) {
            insns += b.instructions();
            execs += b.executions();
            xlated += b.translated * b.length;
        }
        this.instructions = insns;
        this.executions = execs;
        this.translatedInstructions = xlated;
    }

    private record Key(ProfileImage image, long start) {}

    static ProfileReport build(String program, String mode, List<ThreadProfile> threads, Map<Sample, long[]> samples,
            long intervalNanos, long ticks, long wallNanos) {
        // Translations first: each block row points at the one that ran it most.
        Map<RegionStats, RegionRow> regionRows = new LinkedHashMap<>();
        for (ThreadProfile t : threads) {
            for (RegionStats r : t.regions) {
                regionRows.put(r, new RegionRow(r));
            }
        }
        Map<Key, List<BlockStats>> byKey = new LinkedHashMap<>();
        for (ThreadProfile t : threads) {
            for (BlockStats b : t.blocks) {
                byKey.computeIfAbsent(new Key(b.image, b.block.start), k -> new ArrayList<>()).add(b);
            }
        }
        Map<Key, BlockRow> rows = new HashMap<>();
        for (Map.Entry<Key, List<BlockStats>> e : byKey.entrySet()) {
            long interp = 0, xlated = 0, best = -1;
            RegionStats hottest = null;
            BlockStats last = null;
            for (BlockStats b : e.getValue()) {
                interp += b.interpreted;
                for (int i = 0; i < b.regions.size(); i++) {
                    long n = b.regions.get(i).counters[b.indexes.get(i)];
                    xlated += n;
                    if (n > best) {
                        best = n;
                        hottest = b.regions.get(i);
                    }
                }
                last = b;
            }
            ProfileImage img = e.getKey().image;
            long start = e.getKey().start;
            rows.put(e.getKey(), new BlockRow(img.name, start, last.block.end, last.block.insns.length,
                    img.describe(start), img.function(start), interp, xlated, last.block.insns,
                    hottest == null || xlated == 0 ? null : regionRows.get(hottest)));
        }

        Map<String, FunctionRow> functions = new LinkedHashMap<>();
        for (BlockRow b : rows.values()) {
            if (b.executions() == 0) {
                continue;
            }
            FunctionRow f = functions.computeIfAbsent(b.image + "\0" + b.function, k -> new FunctionRow(b.image, b.function));
            f.instructions += b.instructions();
            f.executions += b.executions();
            f.blocks++;
        }

        Map<String, Long> stacks = new TreeMap<>();
        Map<String, Long> syscalls = new TreeMap<>();
        long total = 0, inSyscalls = 0;
        for (Map.Entry<Sample, long[]> e : samples.entrySet()) {
            Sample s = e.getKey();
            long n = e.getValue()[0];
            total += n;
            String leaf = s.image.function(s.pc);
            List<String> frames = new ArrayList<>();
            if (s.truncated) {
                frames.add("[truncated]");
            }
            for (long r : s.returns) {
                frames.add(s.image.function(r - 1));
            }
            frames.add(leaf);
            Set<String> seen = new HashSet<>();
            for (String fn : frames) {
                if (seen.add(fn)) {
                    FunctionRow f = functions.get(s.image.name + "\0" + fn);
                    if (f != null) {
                        f.totalSamples += n;
                    }
                }
            }
            if (s.syscall >= 0) {
                inSyscalls += n;
                String name = SyscallNames.name(s.syscall);
                String sys = "[syscall " + (name != null ? name : Integer.toString(s.syscall)) + "]";
                syscalls.merge(sys, n, Long::sum);
                frames.add(sys);
                FunctionRow f = functions.computeIfAbsent("\0" + sys, k -> new FunctionRow("", sys));
                f.selfSamples += n;
                f.totalSamples += n;
            } else {
                BlockRow b = rows.get(new Key(s.image, s.pc));
                if (b != null) {
                    b.samples += n;
                }
                FunctionRow f = functions.get(s.image.name + "\0" + leaf);
                if (f != null) {
                    f.selfSamples += n;
                }
            }
            stacks.merge(String.join(";", frames), n, Long::sum);
        }

        List<BlockRow> blockList = new ArrayList<>();
        for (BlockRow b : rows.values()) {
            if (b.executions() > 0 || b.samples > 0) {
                blockList.add(b);
            }
        }
        blockList.sort(Comparator.comparingLong(BlockRow::instructions).reversed()
                .thenComparing(Comparator.comparingLong((BlockRow b) -> b.samples).reversed())
                .thenComparingLong(b -> b.start));
        List<FunctionRow> fnList = new ArrayList<>(functions.values());
        fnList.sort(Comparator.comparingLong((FunctionRow f) -> f.instructions).reversed()
                .thenComparing(Comparator.comparingLong((FunctionRow f) -> f.selfSamples).reversed())
                .thenComparing(f -> f.name));
        List<RegionRow> regionList = new ArrayList<>(regionRows.values());
        regionList.sort(Comparator.comparingLong((RegionRow r) -> r.executions).reversed().thenComparingLong(r -> r.entry));
        return new ProfileReport(program, mode, threads.size(), intervalNanos, wallNanos, ticks, blockList, fnList,
                regionList, stacks, syscalls, total, inSyscalls);
    }

    /** True if blocks of more than one executable were run (a program that execs another). */
    public boolean severalImages() {
        String first = null;
        for (BlockRow b : blocks) {
            if (first == null) {
                first = b.image;
            } else if (!first.equals(b.image)) {
                return true;
            }
        }
        return false;
    }

    /** The function's name, with its executable's when several ran. */
    public String label(FunctionRow f) {
        return f.image.isEmpty() || !severalImages() ? f.name : f.name + " [" + f.image + "]";
    }

    /** Total bytecode bytes and translation time over every translation. */
    public long bytecodeBytes() {
        long n = 0;
        for (RegionRow r : regions) {
            n += r.bytecodeBytes;
        }
        return n;
    }

    public long translationNanos() {
        long n = 0;
        for (RegionRow r : regions) {
            n += r.translationNanos;
        }
        return n;
    }

    /** Share of all guest instructions, in percent. */
    public double instructionShare(long insns) {
        return instructions == 0 ? 0 : 100.0 * insns / instructions;
    }

    /** Share of all samples, in percent. */
    public double timeShare(long n) {
        return samples == 0 ? 0 : 100.0 * n / samples;
    }
}
