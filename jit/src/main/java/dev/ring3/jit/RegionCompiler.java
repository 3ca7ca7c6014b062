package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ACC_FINAL;
import static net.bytebuddy.jar.asm.Opcodes.ACC_PUBLIC;
import static net.bytebuddy.jar.asm.Opcodes.ACC_SUPER;
import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.ASTORE;
import static net.bytebuddy.jar.asm.Opcodes.ATHROW;
import static net.bytebuddy.jar.asm.Opcodes.BIPUSH;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.LSHL;
import static net.bytebuddy.jar.asm.Opcodes.LSHR;
import static net.bytebuddy.jar.asm.Opcodes.GETFIELD;
import static net.bytebuddy.jar.asm.Opcodes.GOTO;
import static net.bytebuddy.jar.asm.Opcodes.GETSTATIC;
import static net.bytebuddy.jar.asm.Opcodes.PUTSTATIC;
import static net.bytebuddy.jar.asm.Opcodes.CHECKCAST;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.ACC_STATIC;
import static net.bytebuddy.jar.asm.Opcodes.ACC_PRIVATE;
import static net.bytebuddy.jar.asm.Opcodes.IFGE;
import static net.bytebuddy.jar.asm.Opcodes.IF_ACMPEQ;
import static net.bytebuddy.jar.asm.Opcodes.IF_ACMPNE;
import static net.bytebuddy.jar.asm.Opcodes.IFLT;
import static net.bytebuddy.jar.asm.Opcodes.IFNE;
import static net.bytebuddy.jar.asm.Opcodes.ILOAD;
import static net.bytebuddy.jar.asm.Opcodes.INVOKEINTERFACE;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESPECIAL;
import static net.bytebuddy.jar.asm.Opcodes.INVOKEVIRTUAL;
import static net.bytebuddy.jar.asm.Opcodes.ISTORE;
import static net.bytebuddy.jar.asm.Opcodes.LADD;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;
import static net.bytebuddy.jar.asm.Opcodes.LSTORE;
import static net.bytebuddy.jar.asm.Opcodes.PUTFIELD;
import static net.bytebuddy.jar.asm.Opcodes.RETURN;
import static net.bytebuddy.jar.asm.Opcodes.V1_5;

import dev.ring3.interp.Block;
import dev.ring3.interp.Cpu;
import dev.ring3.interp.ExecutionObserver;
import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import dev.ring3.interp.Op;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Type;

/**
 * Translates a {@link Region} into the bytes of a class extending {@link Translation}: one
 * {@code run(Cpu)} method in which every block is a label, jumps between the region's blocks are
 * JVM gotos (DESIGN.md decision 5), guest registers used by hand-written emitters live in locals,
 * and every other instruction calls its table row's semantics, an {@code Exec} held in a static
 * final field set from the class data (a constant to C2, which inlines through it). Back edges leave once the
 * region has retired {@link #RETIRED_BUDGET} instructions, so a region that loops forever still
 * returns to the dispatcher, and every block entered from inside the region checks that the
 * translation was not dropped ({@link Translation#live}).
 */
final class RegionCompiler {
    static final String TRANSLATION = "dev/ring3/jit/Translation";
    static final String EXEC = "dev/ring3/interp/Exec";
    static final String INSN = "dev/ring3/interp/Insn";
    static final String SITES = "dev/ring3/jit/FaultSites";
    static final String ADDER = "java/util/concurrent/atomic/LongAdder";
    static final String CALL_SITE = "java/lang/invoke/MutableCallSite";
    /**
     * A back edge leaves the region once it has retired this many instructions, so pending work
     * gets in (the retired count is live anyway: no counter of its own in the loop).
     */
    static final long RETIRED_BUDGET = 1 << 18;
    /** Guessed return addresses compared per RET before it leaves the region. */
    static final int MAX_RETURN_GUESSES = 8;


    /**
     * The class bytes, the class data list, the size of the run method's bytecode, the per-block
     * entry counters of a profiled translation (null otherwise), the mnemonics run through their
     * semantics (for the translation log), and the targets of the static exits by link slot.
     */
    record Output(byte[] bytes, List<Object> classData, int codeSize, long[] counters, String semantics, long[] links,
            java.lang.invoke.MutableCallSite live) {}

    /** Thrown when the method outgrows its bytecode budget: retry with a smaller region. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The size the method reached. */
        final int size;

        TooLarge(int size) {
            super(null, null, false, false);
            this.size = size;
        }
    }

    private final EmitterTable emitters = EmitterTable.get();
    private final int maxCodeSize;
    /** Where calls to semantics are counted per form (the translation log), or null: not counted. */
    private final FallbackCounts fallbacks;

    RegionCompiler(int maxCodeSize) {
        this(maxCodeSize, FallbackCounts.LOGGED);
    }

    RegionCompiler(int maxCodeSize, FallbackCounts fallbacks) {
        this.maxCodeSize = maxCodeSize;
        this.fallbacks = fallbacks;
    }

    Output compile(Region region) {
        return compile(region, null);
    }

    /** With {@code observer} (the profiler), the code also counts blocks and reports CALL and RET. */
    Output compile(Region region, ExecutionObserver observer) {
        return new Unit(region, observer).compile();
    }

    /** One compilation: the analysis of the region and the method being written. */
    private final class Unit {
        final Region region;
        final Block[] blocks;
        final InsnEmitter[][] emitter;
        final int[][] fusedKind;   // per Jcc: the producer's flag kind, or -1
        final int[][] fusedSize;
        final int[][] producerFeeds;  // 1 if the instruction feeds a fused Jcc
        /** Per instruction: the OSZAPC flags that may be observed after it ({@link #flagLiveness}). */
        final int[][] flagsLive;
        final int cached;
        /** XMM registers used by emitters: they live in locals too. */
        final int xmmCached;
        final List<Object> data = new ArrayList<>();
        final List<String> dataTypes = new ArrayList<>();
        String className;
        final List<Insn> siteInsns = new ArrayList<>();
        final List<Integer> siteAdjust = new ArrayList<>();
        /** Mnemonics run through their semantics (for the translation log). */
        final java.util.Set<String> semanticsCalled = new java.util.TreeSet<>();
        Label[] blockLabels;
        /** Per block: its entry through the dropped check (every edge from inside the region). */
        Label[] checkedLabels;
        /** The call site the blocks' dropped check reads (class data slot 1, {@link Translation#live}). */
        final java.lang.invoke.MutableCallSite live = new java.lang.invoke.MutableCallSite(Translation.LIVE);
        /** The static exits' targets by link slot (ChainTable). */
        long[] links;
        EmitContext cx;
        /** The profiler's probe, or null: then nothing profile-related is emitted. */
        final ProfileProbe probe;

        Unit(Region region, ExecutionObserver observer) {
            this.region = region;
            this.blocks = region.blocks;
            this.probe = observer == null ? null : new ProfileProbe(observer, region.blocks.length);
            int nb = blocks.length;
            emitter = new InsnEmitter[nb][];
            fusedKind = new int[nb][];
            fusedSize = new int[nb][];
            producerFeeds = new int[nb][];
            flagsLive = new int[nb][];
            int regs = 0, xmm = 0;
            for (int b = 0; b < nb; b++) {
                Insn[] insns = blocks[b].insns;
                int n = insns.length;
                emitter[b] = new InsnEmitter[n];
                fusedKind[b] = new int[n];
                fusedSize[b] = new int[n];
                producerFeeds[b] = new int[n];
                int producer = -1;
                for (int k = 0; k < n; k++) {
                    Insn in = insns[k];
                    fusedKind[b][k] = -1;
                    InsnEmitter e = emitters.find(in);
                    emitter[b][k] = e;
                    if (e != null) {
                        regs |= e.registers(in);
                        xmm |= e.xmmRegisters(in);
                    }
                    if (k == n - 1 && BlockEnd.of(in) == BlockEnd.JCC && producer >= 0) {
                        InsnEmitter p = emitter[b][producer];
                        int kind = p.flagKind(insns[producer]);
                        if (kind >= 0 && JccEmitter.fusable(kind, in.cond)) {
                            fusedKind[b][k] = kind;
                            fusedSize[b][k] = insns[producer].opsize;
                            producerFeeds[b][producer] = 1;
                        }
                    }
                    if ((in.op.writes() | in.op.undefinedFlags()) != 0) {
                        producer = e != null && e.flagKind(in) >= 0 ? k : -1;
                    }
                }
                BlockEnd end = BlockEnd.of(blocks[b]);
                if (end == BlockEnd.CALL || end == BlockEnd.RET) {
                    regs |= 1 << Cpu.RSP;
                } else if (end == BlockEnd.INDIRECT) {
                    regs |= 1 << Cpu.RSP | InsnEmitter.operandRegisters(insns[n - 1]);
                }
                flagsLive[b] = flagLiveness(insns, emitter[b]);
            }
            this.cached = regs;
            this.xmmCached = xmm;
        }

        /**
         * Backward over one block: after each instruction, the flags whose values may still be
         * observed before they are overwritten, by an instruction that reads them or by anything that
         * sees the whole CPU (semantics, a fault, the block's end: exits and successors). A flag
         * producer skips the flags outside this set (rotates then record nothing, INC/DEC compute no
         * carry), which keeps every exit and fault exact.
         */
        private int[] flagLiveness(Insn[] insns, InsnEmitter[] es) {
            int[] out = new int[insns.length];
            int live = Flags.OSZAPC;
            for (int k = insns.length - 1; k >= 0; k--) {
                out[k] = live;
                Insn in = insns[k];
                InsnEmitter e = es[k];
                if (e == null || k == insns.length - 1 || e.mayFault(in)) {
                    live = Flags.OSZAPC;
                } else {
                    live = (live & ~e.flagsWritten(in)) | e.flagsRead(in);
                }
            }
            return out;
        }

        Output compile() {
            data.add(null); // slot 0: the FaultSites, made once every site is known
            dataTypes.add(SITES);
            data.add(live); // slot 1: the dropped check's call site
            dataTypes.add(CALL_SITE);
            if (region.flat) {
                data.add(region.memory); // slot 2: the flat window's space (EmitContext.pushSpace)
                dataTypes.add(EmitContext.MEM);
            }
            className = "dev/ring3/jit/Region_" + Long.toHexString(region.entry);
            // Class file version 49, without stack map frames: the JVM verifies it by type inference.
            // ASM's frame computation (COMPUTE_FRAMES) was most of the translator thread's work,
            // and its Java code was itself compiled by C1 and C2 on every run.
            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
            cw.visit(V1_5, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, TRANSLATION, null);
            MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
            init.visitCode();
            init.visitVarInsn(ALOAD, 0);
            init.visitMethodInsn(INVOKESPECIAL, TRANSLATION, "<init>", "()V", false);
            init.visitInsn(RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();

            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "run", "(L" + EmitContext.CPU + ";)V", null, null);
            int size = emitRun(mv);
            emitConstants(cw);
            cw.visitEnd();
            byte[] bytes = cw.toByteArray();
            return new Output(bytes, data, size, probe == null ? null : probe.counters, semanticsCalled.toString(), links, live);
        }

        private int emitRun(MethodVisitor mv) {
            cx = new EmitContext(mv, cached, xmmCached, region.flat);
            cx.owner = className;
            cx.spaceField = "K2";
            mv.visitCode();
            Label tryStart = new Label(), tryEnd = new Label(), handler = new Label(), end = new Label();
            mv.visitTryCatchBlock(tryStart, tryEnd, handler, "java/lang/RuntimeException");
            prologue(mv);
            mv.visitLabel(tryStart);
            blockLabels = new Label[blocks.length];
            checkedLabels = new Label[blocks.length];
            for (int b = 0; b < blocks.length; b++) {
                blockLabels[b] = new Label();
                checkedLabels[b] = new Label();
            }
            for (int b = 0; b < blocks.length; b++) {
                emitBlock(b);
            }
            mv.visitLabel(tryEnd);
            links = cx.emitExits();
            emitHandler(mv, handler);
            mv.visitLabel(end);
            int size = end.getOffset();
            if (size > maxCodeSize) {
                throw new TooLarge(size); // before visitMaxs: no work on a method that is retried smaller
            }
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            data.set(0, new FaultSites(siteInsns.toArray(new Insn[0]),
                    siteAdjust.stream().mapToInt(Integer::intValue).toArray()));
            return size;
        }

        private void prologue(MethodVisitor mv) {
            mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
            mv.visitFieldInsn(GETFIELD, EmitContext.CPU, "mem", "L" + EmitContext.MEM + ";");
            mv.visitVarInsn(ASTORE, EmitContext.MEM_LOCAL);
            // Every local gets a value here, so all frames agree and the handler sees them all.
            for (int n = 0; n < 16; n++) {
                if ((cached & (1 << n)) == 0) {
                    mv.visitInsn(LCONST_0);
                    mv.visitVarInsn(LSTORE, EmitContext.regLocal(n));
                }
            }
            cx.loadWindow();
            if (region.flat) {
                loadWindowConstants(mv);
            }
            cx.reloadRegisters();
            mv.visitLdcInsn(0);
            mv.visitVarInsn(ISTORE, EmitContext.SITE);
            mv.visitLdcInsn(-1);
            mv.visitVarInsn(ISTORE, EmitContext.PKIND);
            int[] longs = {EmitContext.RETIRED, EmitContext.FA, EmitContext.FB, EmitContext.FRES,
                EmitContext.PFA, EmitContext.PFB, EmitContext.PFRES, EmitContext.PCF};
            for (int slot : longs) {
                mv.visitInsn(LCONST_0);
                mv.visitVarInsn(LSTORE, slot);
            }
            for (int t = 0; t < EmitContext.TEMPS; t++) {
                mv.visitInsn(LCONST_0);
                mv.visitVarInsn(LSTORE, EmitContext.temp(t));
            }
        }

        /**
         * The flat window's host base and page bytes, as constants of the class: C2 folds them (the
         * base becomes an immediate, and the page array's known length lets the masked page index
         * go unchecked), which also frees two registers in the loop. The region was formed in one
         * address space and only ever runs in it; entering with another would be a bug.
         */
        private void loadWindowConstants(MethodVisitor mv) {
            Label same = new Label();
            mv.visitVarInsn(ALOAD, EmitContext.MEM_LOCAL);
            cx.pushSpace();
            mv.visitJumpInsn(IF_ACMPEQ, same);
            mv.visitTypeInsn(net.bytebuddy.jar.asm.Opcodes.NEW, "java/lang/IllegalStateException");
            mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.DUP);
            mv.visitLdcInsn("a translation entered in another address space");
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
            mv.visitInsn(ATHROW);
            mv.visitLabel(same);
            constant(region.memory.windowBase(), "J");
            mv.visitVarInsn(LSTORE, EmitContext.WBASE);
            constant(region.memory.windowPageBits(), "[B");
            mv.visitVarInsn(ASTORE, EmitContext.WPAGES);
        }

        private void emitBlock(int b) {
            MethodVisitor mv = cx.mv;
            Block blk = blocks[b];
            Insn[] insns = blk.insns;
            // A write to the region's code leaves it before the written code could run stale
            // (Translation.live: free in compiled code).
            mv.visitLabel(checkedLabels[b]);
            mv.visitFieldInsn(GETSTATIC, className, "K1", "L" + CALL_SITE + ";");
            mv.visitMethodInsn(INVOKEVIRTUAL, CALL_SITE, "getTarget", "()Ljava/lang/invoke/MethodHandle;", false);
            mv.visitFieldInsn(GETSTATIC, TRANSLATION, "LIVE", "Ljava/lang/invoke/MethodHandle;");
            mv.visitJumpInsn(IF_ACMPNE, cx.exit(blk.start));
            mv.visitLabel(blockLabels[b]);
            cx.enterBlock();
            cx.lload(EmitContext.RETIRED);
            cx.pushLong(insns.length);
            mv.visitInsn(LADD);
            cx.lstore(EmitContext.RETIRED);
            if (probe != null) {
                probeEnter(b);
            }
            BlockEnd end = BlockEnd.of(blk);
            int last = insns.length - 1;
            for (int k = 0; k < insns.length; k++) {
                Insn in = insns[k];
                int site = siteInsns.size();
                siteInsns.add(in);
                siteAdjust.add(k - insns.length);
                cx.feedsJcc = producerFeeds[b][k] != 0;
                cx.flagsLive = flagsLive[b][k];
                cx.retiredAdjust = k - insns.length;
                if (k == last && end != BlockEnd.FALL && end != BlockEnd.DYNAMIC && end != BlockEnd.BRANCH_BY_SEMANTICS) {
                    emitTerminator(b, in, end, site);
                    return;
                }
                if (emitter[b][k] != null) {
                    if (emitter[b][k].mayFault(in)) {
                        cx.site(site); // only a fault reads it: 3-4 bytecode bytes saved elsewhere
                    }
                    emitter[b][k].emit(cx, in);
                } else {
                    if (Translator.LOG) {
                        semanticsCalled.add(in.op.mnemonic);
                    }
                    callSemantics(in, site);
                }
            }
            if (end == BlockEnd.FALL) {
                edge(b, blk.end);
                return;
            }
            if (probe != null) {
                probeCallOrReturn(insns[last]); // an indirect CALL or a RET imm16, run by its semantics
            }
            // Semantics set RIP: go on inside the region if it names one of its blocks (a static
            // successor, or the profiled target of an indirect branch: an inline cache). After a
            // SYSCALL or the like, only if no signal or stop is pending and the address space is
            // the same (execve), so the dispatcher sees those as it would have.
            if (end == BlockEnd.DYNAMIC && hasTargetInRegion(b)) {
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                mv.visitFieldInsn(GETFIELD, EmitContext.CPU, "attention", "Z");
                mv.visitJumpInsn(IFNE, cx.exit(EmitContext.DYNAMIC));
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                mv.visitFieldInsn(GETFIELD, EmitContext.CPU, "mem", "L" + EmitContext.MEM + ";");
                cx.pushSpace();
                mv.visitJumpInsn(IF_ACMPNE, cx.exit(EmitContext.DYNAMIC));
            }
            for (long s : region.followed[b]) {
                int j = region.indexOf(s);
                if (j >= 0) {
                    Label not = new Label();
                    mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                    mv.visitFieldInsn(GETFIELD, EmitContext.CPU, "rip", "J");
                    cx.pushLong(s);
                    mv.visitInsn(LCMP);
                    mv.visitJumpInsn(IFNE, not);
                    edge(b, s);
                    mv.visitLabel(not);
                }
            }
            mv.visitJumpInsn(GOTO, cx.exit(EmitContext.DYNAMIC));
        }

        private boolean hasTargetInRegion(int b) {
            for (long s : region.followed[b]) {
                if (region.indexOf(s) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private void emitTerminator(int b, Insn in, BlockEnd end, int site) {
            MethodVisitor mv = cx.mv;
            switch (end) {
                case JCC: {
                    Label taken = new Label();
                    if (fusedKind[b][blocks[b].insns.length - 1] >= 0) {
                        int k = blocks[b].insns.length - 1;
                        JccEmitter.emitFused(cx, fusedKind[b][k], fusedSize[b][k], in.cond, taken);
                    } else {
                        cx.recordPending();
                        JccEmitter.emitFromCpu(cx, in.cond, taken);
                    }
                    edge(b, in.next);
                    mv.visitLabel(taken);
                    edge(b, in.target);
                    break;
                }
                case JMP:
                    edge(b, in.target);
                    break;
                case CALL: {
                    cx.site(site);
                    int t = EmitContext.temp(0);
                    cx.pushLong(in.next);
                    cx.lstore(t);
                    MoveEmitter.push(cx, t);
                    if (probe != null) {
                        probeCallOrReturn(in);
                    }
                    edge(b, in.target);
                    break;
                }
                case INDIRECT: {
                    // The target is read before the push (CALL [RSP] uses the old top), then
                    // compared with the profiled target and the other guesses: an inline cache.
                    cx.site(site);
                    int target = EmitContext.temp(2), next = EmitContext.temp(0);
                    cx.loadE(in, 8);
                    cx.lstore(target);
                    requireCanonical(target);
                    if (in.op.mnemonic.equals("call")) {
                        cx.pushLong(in.next);
                        cx.lstore(next);
                        MoveEmitter.push(cx, next);
                    }
                    if (probe != null) {
                        setRip(target); // the probe reads it
                        probeCallOrReturn(in);
                    }
                    for (long s : region.followed[b]) {
                        if (region.indexOf(s) >= 0) {
                            Label not = new Label();
                            cx.lload(target);
                            cx.pushLong(s);
                            mv.visitInsn(LCMP);
                            mv.visitJumpInsn(IFNE, not);
                            edge(b, s);
                            mv.visitLabel(not);
                        }
                    }
                    setRip(target);
                    mv.visitJumpInsn(GOTO, cx.exit(EmitContext.DYNAMIC));
                    break;
                }
                default: { // RET
                    // Return-address prediction: the popped address is compared with the region's
                    // call continuations and the profiled target; a hit stays in the region.
                    cx.site(site);
                    int t = EmitContext.temp(0);
                    cx.memForAccess();
                    cx.loadReg(Cpu.RSP, 8);
                    cx.loadAt(8);
                    cx.lstore(t);
                    requireCanonical(t);
                    cx.loadReg(Cpu.RSP, 8);
                    cx.pushLong(8);
                    mv.visitInsn(LADD);
                    cx.storeReg(Cpu.RSP, 8);
                    if (probe != null) {
                        setRip(t); // the probe reads it
                        probeCallOrReturn(in);
                    }
                    for (long c : returnTargets(b)) {
                        Label not = new Label();
                        cx.lload(t);
                        cx.pushLong(c);
                        mv.visitInsn(LCMP);
                        mv.visitJumpInsn(IFNE, not);
                        edge(b, c);
                        mv.visitLabel(not);
                    }
                    setRip(t);
                    mv.visitJumpInsn(GOTO, cx.exit(EmitContext.DYNAMIC));
                    break;
                }
            }
        }

        /**
         * #GP at the branch (the current site) unless local {@code slot}, a near branch's new RIP,
         * is canonical, before the branch changes anything (Control.target, as the host).
         */
        private void requireCanonical(int slot) {
            MethodVisitor mv = cx.mv;
            Label ok = new Label();
            cx.lload(slot);
            mv.visitIntInsn(BIPUSH, 16);
            mv.visitInsn(LSHL);
            mv.visitIntInsn(BIPUSH, 16);
            mv.visitInsn(LSHR);
            cx.lload(slot);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFEQ, ok);
            mv.visitMethodInsn(INVOKESTATIC, "dev/ring3/interp/Control", "nonCanonicalTarget",
                    "()Ldev/ring3/interp/CpuException;", false);
            mv.visitInsn(ATHROW);
            mv.visitLabel(ok);
        }

        /** cpu.rip = local {@code slot}. */
        private void setRip(int slot) {
            cx.mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
            cx.lload(slot);
            cx.mv.visitFieldInsn(PUTFIELD, EmitContext.CPU, "rip", "J");
        }

        /**
         * Where a RET in block {@code b} is guessed to go, inside the region: its profiled target
         * and the continuations of the region's calls (at most {@link #MAX_RETURN_GUESSES}).
         */
        private long[] returnTargets(int b) {
            long[] out = new long[MAX_RETURN_GUESSES];
            int n = 0;
            for (long s : region.followed[b]) {
                if (region.indexOf(s) >= 0) {
                    out[n++] = s;
                }
            }
            for (int i = 0; i < blocks.length && n < out.length; i++) {
                Insn last = blocks[i].insns[blocks[i].insns.length - 1];
                BlockEnd e = BlockEnd.of(last);
                boolean call = e == BlockEnd.CALL
                        || (e == BlockEnd.DYNAMIC || e == BlockEnd.INDIRECT) && last.op.mnemonic.equals("call");
                if (call && region.indexOf(last.next) >= 0 && !has(out, n, last.next)) {
                    out[n++] = last.next;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }

        private static boolean has(long[] a, int n, long v) {
            for (int i = 0; i < n; i++) {
                if (a[i] == v) {
                    return true;
                }
            }
            return false;
        }

        /** Control passes from block {@code from} to guest address {@code target}. */
        private void edge(int from, long target) {
            MethodVisitor mv = cx.mv;
            int j = region.indexOf(target);
            Label out = cx.exit(target);
            if (j < 0) {
                mv.visitJumpInsn(GOTO, out);
                return;
            }
            if (j <= from) {
                cx.lload(EmitContext.RETIRED);
                cx.pushLong(RETIRED_BUDGET);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFGE, out);
            }
            mv.visitJumpInsn(GOTO, checkedLabels[j]);
        }

        /** Profile: block {@code b} is entered (count it; the sampler's cursor points at it). */
        private void probeEnter(int b) {
            MethodVisitor mv = cx.mv;
            constant(probe, ProfileProbe.NAME);
            mv.visitLdcInsn(b);
            cx.pushLong(blocks[b].start);
            mv.visitMethodInsn(INVOKEVIRTUAL, ProfileProbe.NAME, "enter", "(IJ)V", false);
        }

        /**
         * Profile: after {@code in} ran, tell the observer if it was a CALL or a RET, with RSP and
         * where control goes (the CALL's target when static, else RIP, which the RET or the
         * semantics set).
         */
        private void probeCallOrReturn(Insn in) {
            boolean call = in.op.mnemonic.equals("call");
            if (!call && !in.op.mnemonic.equals("ret")) {
                return;
            }
            MethodVisitor mv = cx.mv;
            constant(probe, ProfileProbe.NAME);
            if (call) {
                cx.pushLong(in.next);
            }
            if ((cached & (1 << Cpu.RSP)) != 0) {
                cx.loadReg(Cpu.RSP, 8);
            } else {
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                mv.visitFieldInsn(GETFIELD, EmitContext.CPU, "r", "[J");
                mv.visitLdcInsn(Cpu.RSP);
                mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.LALOAD);
            }
            if (call && BlockEnd.of(in) == BlockEnd.CALL) {
                cx.pushLong(in.target);
            } else {
                mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
                mv.visitFieldInsn(GETFIELD, EmitContext.CPU, "rip", "J");
            }
            mv.visitMethodInsn(INVOKEVIRTUAL, ProfileProbe.NAME, call ? "called" : "returned", call ? "(JJJ)V" : "(JJ)V", false);
        }

        /** The default for an instruction: RIP = next, then its row's semantics on the CPU. */
        private void callSemantics(Insn in, int site) {
            MethodVisitor mv = cx.mv;
            cx.site(~site);
            cx.writeBackDirty();
            cx.writeBackXmmDirty();
            if ((in.op.reads() | in.op.writes() | in.op.undefinedFlags()) != 0) {
                // Semantics may read, or partly rewrite, the flags in the CPU: make them current.
                cx.recordPending();
            }
            mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
            cx.pushLong(in.next);
            mv.visitFieldInsn(PUTFIELD, EmitContext.CPU, "rip", "J");
            if (fallbacks != null) {
                constant(fallbacks.counter(in), ADDER);
                mv.visitMethodInsn(INVOKEVIRTUAL, ADDER, "increment", "()V", false);
            }
            constant(in.op.exec, EXEC);
            mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
            constant(in, INSN);
            mv.visitMethodInsn(INVOKEINTERFACE, EXEC, "exec", "(L" + EmitContext.CPU + ";L" + INSN + ";)V", true);
            cx.reloadRegisters();
            if (cx.sse && touchesSseState(in.op)) {
                cx.reloadXmm(EmitContext.ALL_HALVES);
                cx.readMxcsr();
            }
            if ((in.op.writes() | in.op.undefinedFlags()) != 0) {
                cx.cpuFlagsCurrent();
            }
        }

        /**
         * True if semantics of {@code op} may write an XMM register or MXCSR: an XMM operand (V W U H
         * L forms, the implicit XMM0), or one of the rows that load the state whole (FXRSTOR,
         * LDMXCSR, and SYSCALL and INT, whose rt_sigreturn restores it).
         */
        private static boolean touchesSseState(Op op) {
            switch (op.mnemonic) {
                case "fxrstor": case "ldmxcsr": case "syscall": case "int":
                    return true;
                default:
                    break;
            }
            for (String t : op.operands.tokens()) {
                String tt = t.trim();
                boolean form = tt.length() >= 2 && "HLUVW".indexOf(tt.charAt(0)) >= 0 && Character.isLowerCase(tt.charAt(1));
                if (form || tt.equals("XMM0")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Pushes {@code value}, a constant to C2: a static final field set from the class data.
         * {@code type} is an internal class name, an array descriptor, or "J" (a Long, held as a long).
         */
        private void constant(Object value, String type) {
            int index = data.size();
            data.add(value);
            dataTypes.add(type);
            cx.mv.visitFieldInsn(GETSTATIC, className, "K" + index, descriptor(type));
        }

        private String descriptor(String type) {
            return type.equals("J") || type.startsWith("[") ? type : "L" + type + ";";
        }

        /**
         * One static final field per constant, set in the class initialiser from the class data.
         * (Not dynamic constants: JDK 17's compilers give up on a method holding an unresolved one,
         * such as the exception handler's, which runs only on a fault.)
         */
        private void emitConstants(ClassWriter cw) {
            MethodVisitor mv = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
            mv.visitCode();
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                    "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
            mv.visitLdcInsn("_");
            mv.visitLdcInsn(Type.getType(List.class));
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
            mv.visitTypeInsn(CHECKCAST, "java/util/List");
            mv.visitVarInsn(ASTORE, 0);
            for (int i = 0; i < data.size(); i++) {
                String t = dataTypes.get(i);
                cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "K" + i, descriptor(t), null, null).visitEnd();
                mv.visitVarInsn(ALOAD, 0);
                mv.visitLdcInsn(i);
                mv.visitMethodInsn(INVOKEINTERFACE, "java/util/List", "get", "(I)Ljava/lang/Object;", true);
                if (t.equals("J")) {
                    mv.visitTypeInsn(CHECKCAST, "java/lang/Long");
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
                } else {
                    mv.visitTypeInsn(CHECKCAST, t);
                }
                mv.visitFieldInsn(PUTSTATIC, className, "K" + i, descriptor(t));
            }
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        private void emitHandler(MethodVisitor mv, Label handler) {
            mv.visitLabel(handler);
            mv.visitVarInsn(ASTORE, EmitContext.EXCEPTION);
            Label noWriteBack = new Label();
            mv.visitVarInsn(ILOAD, EmitContext.SITE);
            mv.visitJumpInsn(IFLT, noWriteBack); // semantics work on cpu.r itself: it is current
            cx.writeBackWritten();
            mv.visitLabel(noWriteBack);
            mv.visitFieldInsn(GETSTATIC, className, "K0", "L" + SITES + ";");
            mv.visitVarInsn(ALOAD, EmitContext.CPU_LOCAL);
            mv.visitVarInsn(ALOAD, EmitContext.EXCEPTION);
            mv.visitVarInsn(ILOAD, EmitContext.SITE);
            mv.visitVarInsn(net.bytebuddy.jar.asm.Opcodes.LLOAD, EmitContext.RETIRED);
            mv.visitVarInsn(ILOAD, EmitContext.PKIND);
            mv.visitVarInsn(net.bytebuddy.jar.asm.Opcodes.LLOAD, EmitContext.PFA);
            mv.visitVarInsn(net.bytebuddy.jar.asm.Opcodes.LLOAD, EmitContext.PFB);
            mv.visitVarInsn(net.bytebuddy.jar.asm.Opcodes.LLOAD, EmitContext.PFRES);
            mv.visitVarInsn(net.bytebuddy.jar.asm.Opcodes.LLOAD, EmitContext.PCF);
            mv.visitMethodInsn(INVOKEVIRTUAL, SITES, "fault",
                    "(L" + EmitContext.CPU + ";Ljava/lang/RuntimeException;IJIJJJJ)Ljava/lang/RuntimeException;", false);
            mv.visitInsn(ATHROW);
        }
    }
}
