package dev.ring3.jit;

import dev.ring3.interp.Block;
import dev.ring3.interp.BlockCache;
import dev.ring3.interp.CodeWriteRestart;
import dev.ring3.interp.Cpu;
import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.ExecutionObserver;
import dev.ring3.interp.Interpreter;

/**
 * The execution engine with the JIT: looks up the block at RIP, runs its translation if it has
 * one, otherwise interprets it and counts it; hot blocks become regions translated on the
 * background compiler thread and entered from the next dispatch on (DESIGN.md "One program's
 * path", decisions 4 and 5). Leaves {@link #run} only by exception, as the interpreter does.
 */
public final class JitEngine implements ExecutionEngine {
    /** OFF: interpreter only. ON: translate hot code in the background. ALL: translate every block at first execution, synchronously (testing). */
    public enum Mode { OFF, ON, ALL }

    /**
     * Tuning. {@code warmup}: interpreted blocks before any translation is requested (programs
     * shorter than that never load ByteBuddy); {@code threshold}: executions of a block (a power of
     * two) that make it hot; region and method budgets; {@code maxCalleeInsns}: the largest callee
     * with a translation of its own that a region copies (0: none, RegionFormer).
     */
    public record Config(Mode mode, long warmup, long threshold, long window, int maxBlocks, int maxInsns, int maxCodeSize,
            int maxCalleeInsns) {
        /**
         * Interpreted blocks before the first request ({@code -Dring3.jit.warmup=N} to experiment):
         * 2^18, about 0.1-0.2 s of CPU after start-up, so a program that runs 50 ms never loads the
         * JIT, while the compute suite's kernels reach translated code sooner than after 2^20 and
         * spend less of C2 on the interpreter (docs/jit.md "Warm-up").
         */
        static final long DEFAULT_WARMUP = Long.getLong("ring3.jit.warmup", 1L << 18);
        /** Executions that make a block hot, rounded down to a power of two ({@code -Dring3.jit.threshold=N}). */
        static final long DEFAULT_THRESHOLD = Long.getLong("ring3.jit.threshold", 1L << 10);
        /**
         * Interpreted blocks within which a block must reach its threshold twice to be hot
         * ({@code -Dring3.jit.window=N}; docs/jit.md "Warm-up").
         */
        static final long DEFAULT_WINDOW = Long.getLong("ring3.jit.window", 1L << 16);

        /**
         * Instructions of the largest callee copied into its callers' regions although it has a
         * translation of its own ({@code -Dring3.jit.calleeInsns=N}). 0, none, by default: the copies
         * cut bintrees' region exits by a third but cost more CPU than they saved (docs/jit.md
         * "Copied callees").
         */
        static final int DEFAULT_CALLEE_INSNS = Integer.getInteger("ring3.jit.calleeInsns", 0);

        /** With the default callee copies. */
        public Config(Mode mode, long warmup, long threshold, int maxBlocks, int maxInsns, int maxCodeSize) {
            this(mode, warmup, threshold, DEFAULT_WINDOW, maxBlocks, maxInsns, maxCodeSize, DEFAULT_CALLEE_INSNS);
        }

        public static Config of(Mode mode) {
            return new Config(mode, DEFAULT_WARMUP, DEFAULT_THRESHOLD, 32, 400, Translator.DEFAULT_MAX_CODE);
        }
    }

    /** When the first engine was made (the translation log's clock). */
    static final long STARTED = System.nanoTime();

    private final Config config;
    private final Mode mode;
    private final long thresholdMask;
    /**
     * Executions after which a block is hot however slowly it got there ({@code -Dring3.jit.sustained=N},
     * a power of two): a program whose profile is flat still gets its warm code translated once it
     * has run long enough to win the compiles back.
     */
    static final long SUSTAINED_MASK = Long.highestOneBit(Long.getLong("ring3.jit.sustained", 1L << 16)) - 1;
    private final RegionFormer former;
    private final ExecutionObserver observer;
    private BackgroundCompiler compiler;
    private Translator syncTranslator;
    private BlockCache cache;
    private CodeCache code;
    private long interpreted;
    private long entries;

    public JitEngine(Mode mode) {
        this(Config.of(mode));
    }

    public JitEngine(Config config) {
        this(config, null);
    }

    /** An engine that reports to {@code observer} (the profiler; null for none). */
    public JitEngine(Config config, ExecutionObserver observer) {
        this.config = config;
        this.observer = observer;
        this.mode = config.mode();
        this.thresholdMask = Long.highestOneBit(Math.max(1, config.threshold())) - 1;
        this.former = new RegionFormer(config.maxBlocks(), config.maxInsns(), config.maxCalleeInsns());
        if (mode != Mode.OFF) {
            Translation.loadHierarchy();
        }
        if (Translator.LOG && config.mode() != Mode.OFF) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("ring3-jit: "
                    + interpreted + " blocks interpreted, " + entries + " dispatcher entries to translations, "
                    + installedTranslations() + " installed"), "ring3-jit-counts"));
        }
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public void run(Cpu cpu) {
        for (;;) {
            if (cpu.attention) {
                Interpreter.attention(cpu, cache); // a signal, a stop, or code another thread wrote
            }
            BlockCache bc = cache;
            if (bc == null || bc.memory() != cpu.mem) {
                bc = attach(cpu);
            }
            CodeCache cc = code;
            if (cc.pending) {
                cc.installPending();
            }
            // Translated code first, by the chain table (no block lookup); the block cache finds
            // the rest, and the translations that lost their table slot to another entry.
            long rip = cpu.rip;
            Translation t = cc.chain.get(rip);
            Block b = null;
            if (t == null) {
                b = bc.lookup(rip);
                t = (Translation) b.translation;
                if (t != null) {
                    cc.chain.put(t);
                }
            }
            if (t != null) {
                entries++;
                cc.chain.hops = ChainTable.MAX_HOPS;
                boolean restart = false;
                cpu.translatedCode = true;
                try {
                    t.run(cpu);
                } catch (CodeWriteRestart e) {
                    restart = true; // a store into decoded code: RIP and the registers are at it
                } finally {
                    cpu.translatedCode = false;
                }
                if (restart) {
                    // The interpreter runs the store, not a translation (which would store again):
                    // its block ends right after it if the store dropped it.
                    interpreted++;
                    Interpreter.runBlock(observer, cpu, bc.lookup(cpu.rip));
                }
                continue;
            }
            long n = ++b.executions;
            if (mode == Mode.ALL) {
                if (n == 1 && translateNow(bc, cc, b)) {
                    continue;
                }
            } else if (mode == Mode.ON && (n & thresholdMask) == 0 && interpreted >= config.warmup()) {
                if (hot(n, b.hotSince, interpreted, config.window())) {
                    request(bc, cc, b);
                }
                b.hotSince = interpreted;
            }
            interpreted++;
            Interpreter.runBlock(observer, cpu, b);
            b.lastExit = cpu.rip; // the profile of returns and indirect branches (RegionFormer)
        }
    }

    /**
     * Whether a block whose executions just reached {@code n}, a multiple of the threshold, is hot:
     * it reached the previous multiple at most {@code window} interpreted blocks ago
     * ({@code since}: the count then, 0 for none), or it has run {@link #SUSTAINED_MASK}+1 times
     * however slowly. Hot is a rate: warm code, such as most of a large program's start-up
     * (python3's imports), is never worth its compiles (docs/jit.md "Hot is a rate").
     */
    static boolean hot(long n, long since, long interpreted, long window) {
        return (since != 0 && interpreted - since <= window) || (n & SUSTAINED_MASK) == 0;
    }

    private BlockCache attach(Cpu cpu) {
        cache = new BlockCache(cpu.mem, cpu);
        code = new CodeCache(cache, observer);
        return cache;
    }

    private void request(BlockCache bc, CodeCache cc, Block b) {
        if (cc.requestedOrFailed(b.start)) {
            return;
        }
        cc.markRequested(b.start);
        Region r = former.form(bc, b, false, Math.max(1, config.threshold() >> 4), a -> isEntry(bc, cc, a));
        if (compiler == null) {
            compiler = BackgroundCompiler.shared(config.maxCodeSize());
        }
        compiler.submit(r, cc);
    }

    /** True if a translation is installed or requested for the block at {@code a}. */
    private static boolean isEntry(BlockCache bc, CodeCache cc, long a) {
        if (cc.requestedOrFailed(a)) {
            return true;
        }
        Block b = bc.peek(a);
        return b != null && b.translation != null;
    }

    private boolean translateNow(BlockCache bc, CodeCache cc, Block b) {
        if (syncTranslator == null) {
            syncTranslator = new Translator(config.maxCodeSize());
        }
        Region r = former.form(bc, b, true, 0, a -> isEntry(bc, cc, a));
        try {
            cc.install(syncTranslator.translate(r, observer));
        } catch (Translator.OverBudget e) {
            return false; // a limit, not a bug: this block stays interpreted
        } catch (RuntimeException | LinkageError e) {
            // Translate-everything mode exists to test the translator: a failure is a bug to see.
            throw new IllegalStateException("translation failed at 0x" + Long.toHexString(b.start), e);
        }
        return b.translation != null;
    }

    // ---- for tests and profiles --------------------------------------------------------------

    /** Translations installed in the current address space's code cache. */
    public int installedTranslations() {
        return code == null ? 0 : code.installedCount();
    }

    /**
     * Translations entered from the dispatcher so far; a translation that chains to the next
     * (ChainTable) is not counted again.
     */
    public long translationEntries() {
        return entries;
    }

    /** The code cache of the current address space (tests), or null before the first dispatch. */
    CodeCache codeCache() {
        return code;
    }

    /** Blocks run by the interpreter so far. */
    public long interpretedBlocks() {
        return interpreted;
    }
}
