package dev.ring3.jit;

import dev.ring3.interp.Block;
import dev.ring3.interp.ExecutionObserver;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Turns a region into running code: compiles it (retrying with fewer blocks while the method is
 * over its bytecode budget, DESIGN.md decision 5) and defines the result as a hidden class with
 * its constants as class data, so a dropped translation can be unloaded (decision 6). The only
 * class that reaches ByteBuddy's ASM from outside the compiler: it is loaded at the first
 * translation, never by programs too short to need one.
 */
final class Translator {
    /**
     * HotSpot never compiles a method over 8,000 bytecode bytes (DontCompileHugeMethods), and C2's
     * time grows faster than the size; 6,000 leaves room below the limit while a hot loop with the
     * small functions it calls (the vDSO's clock_gettime and its caller, 13 blocks) fits whole.
     */
    static final int DEFAULT_MAX_CODE = Integer.getInteger("ring3.jit.maxCode", 6000);

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** -Dring3.jit.log=true: one line per translation on stderr (its blocks, size, retries). */
    static final boolean LOG = Boolean.getBoolean("ring3.jit.log");
    /** -Dring3.jit.dump=DIR: each translation's class file as DIR/Region_ENTRY.class (read it with javap -c). */
    private static final String DUMP = System.getProperty("ring3.jit.dump");
    private final RegionCompiler compiler;

    private final int maxCodeSize;

    Translator(int maxCodeSize) {
        this.maxCodeSize = maxCodeSize;
        this.compiler = new RegionCompiler(maxCodeSize);
    }

    /**
     * The translation of {@code region}, or of its longest prefix that fits (installed on that),
     * with profile counters when {@code observer} (the profiler) is not null. Reported to JFR.
     */
    Result translate(Region region, ExecutionObserver observer) {
        TranslationEvent event = recording() ? new TranslationEvent() : null;
        if (event != null) {
            event.begin();
        }
        long t0 = System.nanoTime();
        Region r = region;
        Result result = null;
        try {
            for (;;) {
                try {
                    RegionCompiler.Output out = compiler.compile(r, observer);
                    if (LOG) {
                        System.err.println("ring3-jit: " + r.describe() + ", " + out.codeSize()
                                + " bytecode bytes, semantics " + out.semantics());
                    }
                    if (DUMP != null) {
                        dump(r, out.bytes());
                    }
                    result = new Result(r, define(out), out.codeSize(), System.nanoTime() - t0, out.bytes(), out.counters(), out.links());
                    return result;
                } catch (RegionCompiler.TooLarge e) {
                    if (r.blocks.length == 1) {
                        throw new OverBudget();
                    }
                    // Keep the share of blocks that fits, a tenth less for the blocks' unequal sizes
                    // (the region is breadth-first: a prefix keeps the blocks nearest the entry).
                    int fit = Math.max(1, Math.min(r.blocks.length - 1,
                            (int) ((long) r.blocks.length * maxCodeSize * 9 / (10L * e.size))));
                    if (LOG) {
                        System.err.println("ring3-jit: " + r.blocks.length + " blocks from 0x" + Long.toHexString(r.entry)
                                + " are " + e.size + " bytecode bytes: retrying with " + fit);
                    }
                    r = r.prefix(fit);
                }
            }
        } finally {
            if (event != null) {
                report(event, r, result);
            }
        }
    }

    /**
     * True while JFR runs. Only then is {@link TranslationEvent} loaded: loading an event class
     * makes JFR register it, reading its annotations through ~100 classes of its own and dynamic
     * proxies, which took ~0.2 s of CPU from the first translation of every run on JDK 17.
     */
    private static boolean recording() {
        return jdk.jfr.FlightRecorder.isInitialized();
    }

    private static void report(TranslationEvent event, Region r, Result result) {
        event.end();
        if (event.shouldCommit()) {
            event.entry = r.entry;
            event.address = "0x" + Long.toHexString(r.entry);
            event.blocks = r.blocks.length;
            event.instructions = r.instructionCount();
            for (Block b : r.blocks) {
                event.guestBytes += b.end - b.start;
            }
            event.translated = result != null;
            event.bytecodeBytes = result != null ? result.codeSize() : 0;
            event.commit();
        }
    }

    /**
     * A single block whose bytecode alone is over the budget (a long unrolled hash round, say): it
     * stays in the interpreter, as any untranslatable code does.
     */
    static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super("a single block is over the bytecode budget", null, false, false);
        }
    }

    /**
     * A translation and the region it covers, its bytecode size, the time it took, its class
     * bytes, its per-block entry counters (null unless profiled), and its static exits' targets
     * by link slot.
     */
    record Result(Region region, Translation code, int codeSize, long nanos, byte[] bytes, long[] counters, long[] links) {
        /** The generated method's bytecode, one instruction a line (for the profile report). */
        String listing() {
            return BytecodeListing.method(bytes, "run");
        }
    }

    private static void dump(Region r, byte[] bytes) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(DUMP);
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve("Region_" + Long.toHexString(r.entry) + ".class"), bytes);
        } catch (java.io.IOException e) {
            System.err.println("ring3-jit: cannot dump to " + DUMP + ": " + e.getMessage());
        }
    }

    static Translation define(RegionCompiler.Output out) {
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClassWithClassData(out.bytes(), out.classData(), true);
            Translation t = (Translation) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
            t.live = out.live();
            return t;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("defining a translation failed", t);
        }
    }
}
