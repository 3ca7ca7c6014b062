package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.AALOAD;
import static net.bytebuddy.jar.asm.Opcodes.ASTORE;
import static net.bytebuddy.jar.asm.Opcodes.BALOAD;
import static net.bytebuddy.jar.asm.Opcodes.GOTO;
import static net.bytebuddy.jar.asm.Opcodes.I2B;
import static net.bytebuddy.jar.asm.Opcodes.I2S;
import static net.bytebuddy.jar.asm.Opcodes.IAND;
import static net.bytebuddy.jar.asm.Opcodes.IFEQ;
import static net.bytebuddy.jar.asm.Opcodes.IFGE;
import static net.bytebuddy.jar.asm.Opcodes.IF_ICMPGT;
import static net.bytebuddy.jar.asm.Opcodes.LCMP;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;
import static net.bytebuddy.jar.asm.Opcodes.LUSHR;
import static net.bytebuddy.jar.asm.Opcodes.POP;
import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.DLOAD;
import static net.bytebuddy.jar.asm.Opcodes.DSTORE;
import static net.bytebuddy.jar.asm.Opcodes.DUP;
import static net.bytebuddy.jar.asm.Opcodes.GETFIELD;
import static net.bytebuddy.jar.asm.Opcodes.I2L;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.INVOKEVIRTUAL;
import static net.bytebuddy.jar.asm.Opcodes.ISTORE;
import static net.bytebuddy.jar.asm.Opcodes.IFNULL;
import static net.bytebuddy.jar.asm.Opcodes.ILOAD;
import static net.bytebuddy.jar.asm.Opcodes.L2I;
import static net.bytebuddy.jar.asm.Opcodes.LADD;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.LLOAD;
import static net.bytebuddy.jar.asm.Opcodes.LSHL;
import static net.bytebuddy.jar.asm.Opcodes.LSTORE;
import static net.bytebuddy.jar.asm.Opcodes.PUTFIELD;
import static net.bytebuddy.jar.asm.Opcodes.RETURN;
import static net.bytebuddy.jar.asm.Opcodes.LASTORE;

import dev.ring3.interp.Flags;
import dev.ring3.interp.Insn;
import dev.ring3.interp.SseFast;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.FlatWindow;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * The state of one region method while it is emitted, and the bytecode pieces emitters compose:
 * guest registers in JVM locals (loaded at entry, written back at exits, faults and around calls
 * to semantics), effective addresses, MMU loads and stores, lazy-flag recording, and exits.
 *
 * <p>Local variable layout: 0 this, 1 cpu, 2 the address space, 3 the fault site, 4 unused,
 * 5 the retired-instruction count (which also bounds the back edges taken), then one long per guest register, the flag locals of
 * a fused compare, and temporaries.
 */
final class EmitContext {
    static final String CPU = "dev/ring3/interp/Cpu";
    static final String MEM = "dev/ring3/mmu/AddressSpace";
    static final String FLAGS = "dev/ring3/interp/Flags";

    static final int THIS = 0, CPU_LOCAL = 1, MEM_LOCAL = 2, SITE = 3, RETIRED = 5;
    private static final int REG_BASE = 7;
    static final int FA = REG_BASE + 32, FB = FA + 2, FRES = FB + 2;
    private static final int TEMP_BASE = FRES + 2;
    static final int TEMPS = 4;
    static final int EXCEPTION = TEMP_BASE + 2 * TEMPS;
    /**
     * Flags not recorded because no reader needs them may still be seen by a fault before they are
     * overwritten (the signal frame holds RFLAGS): their kind | size << 8 (-1: the CPU is current)
     * and operands stay in these locals, which cost nothing until the exception handler reads them.
     */
    static final int PKIND = EXCEPTION + 1, PFA = PKIND + 1, PFB = PFA + 2, PFRES = PFB + 2, PCF = PFRES + 2;
    /** Pages in the flat window: the length of its page-byte array. */
    static final int WINDOW_PAGES = 1 << (FlatWindow.SHIFT - AddressSpace.PAGE_SHIFT);
    /**
     * The inlined memory fast path's locals: the access's guest address and stored value, and, in a
     * flat window, the window's host base and page bytes (loaded once at entry: {@link FlatWindow}).
     */
    static final int ADDR = PCF + 2, VALUE = ADDR + 2, WBASE = VALUE + 2, WPAGES = WBASE + 2;
    /** cpu.r (final), and the guest address an exit leaves for (the exits share one tail). */
    static final int REGS = WPAGES + 1, EXIT_RIP = REGS + 1;
    /**
     * XMM halves used by emitters live in locals too (one per 64-bit half, {@link #xmmLocal}),
     * beside cpu.xmm held in a local; MXFAST is 1 while MXCSR allows the SSE fast path
     * ({@link SseFast#mxcsrFast}), read at entry and again after anything that may change MXCSR.
     */
    private static final int XMM_BASE = EXIT_RIP + 2;
    static final int XMMS = XMM_BASE + 64, MXFAST = XMMS + 1;
    /** The link slot of the exit being taken (-1: RIP decides; {@link ChainTable}). */
    static final int EXIT_LINK = MXFAST + 1;
    static final String FLAG_RECORD = "dev/ring3/jit/FlagRecord";
    static final String TRANSLATION = "dev/ring3/jit/Translation";
    static final String CHAIN = "dev/ring3/jit/ChainTable";
    static final String UNSAFE = "org/agrona/UnsafeApi";
    /** The JDK's own Unsafe, for the intrinsics C2 compiles in place even at a cold site (Agrona's wrappers are calls there). */
    static final String JDK_UNSAFE = "jdk/internal/misc/Unsafe";
    static final String SSE_FAST = "dev/ring3/interp/SseFast";
    static final String PENDING_ARGS = "(L" + CPU + ";IJJJJ)";

    final MethodVisitor mv;
    /** Registers held in locals in this region. */
    final int cached;
    /** The region runs on a flat window: memory accesses inline its fast path. */
    final boolean flat;
    /** Cached registers that may differ from cpu.r (written since the last write-back). */
    private int dirty;
    /**
     * Cached registers and XMM halves some emitted code writes: only these can differ from the
     * CPU at an exit or a fault (a register the region only reads is what cpu.r holds), so the
     * exits and the fault handler write back these alone, and a register only read dies after
     * its last read instead of staying live to every exit and possible fault.
     */
    private int written, xmmWritten;
    /** XMM registers (bit n: both halves of XMMn) held in locals in this region. */
    final int xmmCached;
    /** The region has SSE emitters: cpu.xmm and MXFAST are in locals. */
    final boolean sse;
    /**
     * At most this many XMM registers go to locals ({@code -Dring3.jit.xmmLocals=N}); a region
     * using more keeps them in cpu.xmm. Measured (JDK 17): matmul's loop (2 registers) runs 15%
     * faster with them in locals, n-body's (12 registers) twice as slow, as C2 then spills the
     * guest's general registers and its own temporaries in the loop.
     */
    static final int XMM_LOCALS = Integer.getInteger("ring3.jit.xmmLocals", 4);
    /** Cached XMM halves (bit x: half x) that may differ from cpu.xmm. */
    private int xmmDirty;
    /** True if the instruction being emitted feeds a fused Jcc: its flag inputs go to FA/FB/FRES. */
    boolean feedsJcc;
    /**
     * The OSZAPC flags that may be observed after the instruction being emitted (read, or seen by
     * a fault, semantics or an exit) before something overwrites them: flags outside it need not be
     * computed, and a producer none of whose flags are in it leaves the pending flags as they are.
     */
    int flagsLive = Flags.OSZAPC;
    /**
     * What to add to the running retired count to leave before the instruction being emitted (the
     * block entry counted all of its block): minus that instruction and those after it.
     */
    int retiredAdjust;
    /**
     * What PKIND holds at this point of the emission, known at compile time (-1: the CPU is
     * current), or UNKNOWN (after a block start or a conditional flag write): lets SETcc and
     * CMOVcc compare the pending operands directly.
     */
    int knownPending = UNKNOWN;
    static final int UNKNOWN = -2;
    /** Exits: the label jumped to, and the guest address to leave for (or DYNAMIC: cpu.rip set). */
    private final List<Label> exitLabels = new ArrayList<>();
    private final List<Long> exitTargets = new ArrayList<>();
    static final long DYNAMIC = Long.MIN_VALUE;

    /**
     * The generated class and its static final field holding the flat window's address space
     * (set by the region compiler for a flat region; the memory slow paths push it).
     */
    String owner, spaceField;

    EmitContext(MethodVisitor mv, int cached, boolean flat) {
        this(mv, cached, 0, flat);
    }

    EmitContext(MethodVisitor mv, int cached, int xmmUsed, boolean flat) {
        this.mv = mv;
        this.cached = cached;
        this.xmmCached = Integer.bitCount(xmmUsed) <= XMM_LOCALS ? xmmUsed : 0;
        this.sse = xmmUsed != 0;
        this.flat = flat;
    }

    static int temp(int k) {
        return TEMP_BASE + 2 * k;
    }

    static int regLocal(int n) {
        return REG_BASE + 2 * n;
    }

    // ---- registers -------------------------------------------------------------------------------

    /** Pushes register n (a cached one, or HIGH_BYTE + n for AH..BH) zero-extended from {@code size}. */
    void loadReg(int n, int size) {
        if (n >= Insn.HIGH_BYTE) {
            mv.visitVarInsn(LLOAD, regLocal(n - Insn.HIGH_BYTE));
            mv.visitLdcInsn(8);
            mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.LUSHR);
            mv.visitLdcInsn(0xFFL);
            mv.visitInsn(LAND);
            return;
        }
        mv.visitVarInsn(LLOAD, regLocal(n));
        if (size == 4) {
            mask32();
        } else if (size < 4) {
            mv.visitLdcInsn(size == 2 ? 0xFFFFL : 0xFFL);
            mv.visitInsn(LAND);
        }
    }

    /**
     * Pops a long into register n with the partial-write rules: a 32-bit write zeroes bits 63..32,
     * 8- and 16-bit writes keep the rest (HIGH_BYTE + n: bits 15..8 of register n).
     */
    void storeReg(int n, int size) {
        if (size == 4) {
            mask32();
        } else if (size < 4) {
            int shift = n >= Insn.HIGH_BYTE ? 8 : 0;
            n = n >= Insn.HIGH_BYTE ? n - Insn.HIGH_BYTE : n;
            long m = (size == 2 ? 0xFFFFL : 0xFFL) << shift;
            if (shift != 0) {
                mv.visitLdcInsn(shift);
                mv.visitInsn(LSHL);
            }
            mv.visitLdcInsn(m);
            mv.visitInsn(LAND);
            mv.visitVarInsn(LLOAD, regLocal(n));
            mv.visitLdcInsn(~m);
            mv.visitInsn(LAND);
            mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.LOR);
        }
        mv.visitVarInsn(LSTORE, regLocal(n));
        dirty |= 1 << n;
        written |= 1 << n;
    }

    void mask32() {
        mv.visitLdcInsn(0xFFFFFFFFL);
        mv.visitInsn(LAND);
    }

    void pushLong(long v) {
        mv.visitLdcInsn(v);
    }

    /** Pushes a small int in the fewest bytes (ICONST_n, BIPUSH), else LDC. */
    void pushInt(int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(net.bytebuddy.jar.asm.Opcodes.BIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    /** Loads every cached register from cpu.r (region entry, after semantics ran). */
    void reloadRegisters() {
        if (cached != 0) {
            refresh("r", REGS);
        }
        for (int n = 0; n < 16; n++) {
            if ((cached & (1 << n)) != 0) {
                mv.visitVarInsn(ALOAD, REGS);
                pushInt(n);
                mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.LALOAD);
                mv.visitVarInsn(LSTORE, regLocal(n));
            }
        }
        dirty = 0;
    }

    /** Writes the registers in {@code which} (cached ones only) back to cpu.r. */
    void writeBack(int which) {
        int m = which & cached;
        if (m != 0) {
            refresh("r", REGS);
        }
        for (int n = 0; n < 16; n++) {
            if ((m & (1 << n)) != 0) {
                mv.visitVarInsn(ALOAD, REGS);
                pushInt(n);
                mv.visitVarInsn(LLOAD, regLocal(n));
                mv.visitInsn(LASTORE);
            }
        }
        dirty &= ~m;
    }

    /**
     * Local {@code slot} = cpu.{@code field} (cpu.r or cpu.xmm, final arrays), just before a
     * write-back or reload uses it: taken afresh at each, the array is no value kept live through
     * the region's loops, where it took a register or a stack slot (only the XMM file of a region
     * whose XMM registers are not in locals is used in between, from the entry's load).
     */
    private void refresh(String field, int slot) {
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitFieldInsn(GETFIELD, CPU, field, "[J");
        mv.visitVarInsn(ASTORE, slot);
    }

    /** Writes back every register and XMM half emitted code writes (exits, the fault handler). */
    void writeBackWritten() {
        writeBack(written);
        writeBackXmm(xmmWritten);
    }

    /** Writes back what may be dirty: before semantics that read cpu.r. */
    void writeBackDirty() {
        writeBack(dirty);
    }

    /** At a block start the predecessors' dirty sets are unknown: assume all. */
    void enterBlock() {
        dirty = cached;
        xmmDirty = halves(xmmCached);
        knownPending = UNKNOWN;
    }

    // ---- XMM registers ---------------------------------------------------------------------------

    /**
     * The local of XMM half {@code half}: a double holding the half's bits (raw conversions keep
     * every pattern, NaN payloads included). As doubles C2 gives them XMM registers, so they do
     * not crowd the general registers the guest's GPRs need; conversions to long bits and back
     * are register moves, and C2 folds a pair of them away.
     */
    static int xmmLocal(int half) {
        return XMM_BASE + 2 * half;
    }

    private void bits() {
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
    }

    private void fromBits() {
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
    }

    /** The half mask (bit 2n and 2n + 1) of an XMM register mask. */
    private static int halves(int regs) {
        int m = 0;
        for (int n = 0; n < 16; n++) {
            if ((regs & (1 << n)) != 0) {
                m |= 3 << (2 * n);
            }
        }
        return m;
    }

    private boolean xmmIsCached(int half) {
        return (xmmCached & (1 << (half >> 1))) != 0;
    }

    /** Pushes half {@code x} of the XMM file (2 * register + 0 low, + 1 high). */
    void loadXmm(int x) {
        if (xmmIsCached(x)) {
            mv.visitVarInsn(DLOAD, xmmLocal(x));
            bits();
            return;
        }
        mv.visitVarInsn(ALOAD, XMMS);
        pushInt(x);
        mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.LALOAD);
    }

    /** Pops a long into half {@code x} of the XMM file. */
    void storeXmm(int x) {
        if (xmmIsCached(x)) {
            fromBits();
            mv.visitVarInsn(DSTORE, xmmLocal(x));
            xmmDirty |= 1 << x;
            xmmWritten |= 1 << x;
            return;
        }
        mv.visitVarInsn(LSTORE, VALUE);
        mv.visitVarInsn(ALOAD, XMMS);
        pushInt(x);
        mv.visitVarInsn(LLOAD, VALUE);
        mv.visitInsn(LASTORE);
    }

    /** Writes the cached halves in {@code mask} (bit x: half x) back to cpu.xmm. */
    void writeBackXmm(int mask) {
        int m = mask & halves(xmmCached);
        if (m != 0) {
            refresh("xmm", XMMS);
        }
        for (int x = 0; x < 32; x++) {
            if ((m & (1 << x)) != 0) {
                mv.visitVarInsn(ALOAD, XMMS);
                pushInt(x);
                mv.visitVarInsn(DLOAD, xmmLocal(x));
                bits();
                mv.visitInsn(LASTORE);
            }
        }
        xmmDirty &= ~m;
    }

    /** Loads the cached halves in {@code mask} from cpu.xmm (entry, after calls that write it). */
    void reloadXmm(int mask) {
        int m = mask & halves(xmmCached);
        if (m != 0) {
            refresh("xmm", XMMS);
        }
        for (int x = 0; x < 32; x++) {
            if ((m & (1 << x)) != 0) {
                mv.visitVarInsn(ALOAD, XMMS);
                pushInt(x);
                mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.LALOAD);
                fromBits();
                mv.visitVarInsn(DSTORE, xmmLocal(x));
            }
        }
        xmmDirty &= ~m;
    }

    /** All cached XMM halves. */
    static final int ALL_HALVES = -1;

    /** Writes back the XMM halves that may be dirty (before code that reads cpu.xmm). */
    void writeBackXmmDirty() {
        writeBackXmm(xmmDirty);
    }

    /** MXFAST = whether MXCSR allows the SSE fast path now (entry, and after calls that may write it). */
    void readMxcsr() {
        if (sse) {
            mv.visitVarInsn(ALOAD, CPU_LOCAL);
            mv.visitMethodInsn(INVOKESTATIC, SSE_FAST, "mxcsrFast", "(L" + CPU + ";)I", false);
            mv.visitVarInsn(ISTORE, MXFAST);
        }
    }

    /** Pushes MXFAST (read from the CPU in a region without SSE emitters). */
    void pushMxFast() {
        if (sse) {
            mv.visitVarInsn(net.bytebuddy.jar.asm.Opcodes.ILOAD, MXFAST);
        } else {
            mv.visitVarInsn(ALOAD, CPU_LOCAL);
            mv.visitMethodInsn(INVOKESTATIC, SSE_FAST, "mxcsrFast", "(L" + CPU + ";)I", false);
        }
    }

    // ---- operands --------------------------------------------------------------------------------

    /** Pushes the effective address (64-bit address size) including an FS/GS base. */
    void ea(Insn in) {
        eaOffset(in);
        if (in.seg != Insn.SEG_NONE) {
            mv.visitVarInsn(ALOAD, CPU_LOCAL);
            mv.visitFieldInsn(GETFIELD, CPU, in.seg == Insn.SEG_FS ? "fsBase" : "gsBase", "J");
            mv.visitInsn(LADD);
        }
    }

    /** Pushes base + index << scale + disp (LEA's result before any size truncation). */
    void eaOffset(Insn in) {
        mv.visitLdcInsn(in.disp);
        if (in.base >= 0) {
            mv.visitVarInsn(LLOAD, regLocal(in.base));
            mv.visitInsn(LADD);
        }
        if (in.index >= 0) {
            mv.visitVarInsn(LLOAD, regLocal(in.index));
            if (in.scale != 0) {
                mv.visitLdcInsn(in.scale);
                mv.visitInsn(LSHL);
            }
            mv.visitInsn(LADD);
        }
    }

    /** Pushes the value at the memory operand, zero-extended from {@code size} (1, 2, 4, 8). */
    void load(Insn in, int size) {
        memForAccess();
        ea(in);
        loadAt(size);
    }

    /**
     * Before the address of an access through {@link #loadAt} or {@link #storeAt}: pushes the
     * address space in a paged space. In a flat window nothing: there the slow path pushes the
     * space as a constant of the class ({@link #pushSpace}), so the space is no value kept live
     * through every loop (a register, or a stack slot).
     */
    void memForAccess() {
        if (!flat) {
            mv.visitVarInsn(ALOAD, MEM_LOCAL);
        }
    }

    /** Pushes the address space: in a flat window a constant of the class (static final field {@link #spaceField}). */
    void pushSpace() {
        if (flat) {
            mv.visitFieldInsn(net.bytebuddy.jar.asm.Opcodes.GETSTATIC, owner, spaceField, "L" + MEM + ";");
        } else {
            mv.visitVarInsn(ALOAD, MEM_LOCAL);
        }
    }

    /**
     * [mem, address] -> value zero-extended from {@code size} ([address] in a flat window:
     * {@link #memForAccess}). In a flat window the fast path is inline (range, page offset and the
     * page's read bit, then the host load); anything else calls the address space, which faults
     * precisely.
     */
    void loadAt(int size) {
        if (!flat) {
            callRead(size);
            zeroExtend(size);
            return;
        }
        Label slow = new Label(), done = new Label();
        mv.visitVarInsn(LSTORE, ADDR);
        readablePage(size, slow);
        hostAddress();
        switch (size) {
            case 8: mv.visitMethodInsn(INVOKESTATIC, UNSAFE, "getLong", "(J)J", false); break;
            case 4: mv.visitMethodInsn(INVOKESTATIC, UNSAFE, "getInt", "(J)I", false); break;
            case 2: mv.visitMethodInsn(INVOKESTATIC, UNSAFE, "getShort", "(J)S", false); break;
            default: mv.visitMethodInsn(INVOKESTATIC, UNSAFE, "getByte", "(J)B", false); break;
        }
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(slow);
        pushSpace();
        mv.visitVarInsn(LLOAD, ADDR);
        callRead(size);
        mv.visitLabel(done);
        zeroExtend(size);
    }

    private void callRead(int size) {
        switch (size) {
            case 8: mv.visitMethodInsn(INVOKEVIRTUAL, MEM, "read64", "(J)J", false); break;
            case 4: mv.visitMethodInsn(INVOKEVIRTUAL, MEM, "read32", "(J)I", false); break;
            case 2: mv.visitMethodInsn(INVOKEVIRTUAL, MEM, "read16", "(J)S", false); break;
            default: mv.visitMethodInsn(INVOKEVIRTUAL, MEM, "read8", "(J)B", false); break;
        }
    }

    private void zeroExtend(int size) {
        if (size == 8) {
            return;
        }
        mv.visitInsn(I2L);
        mv.visitLdcInsn(size == 4 ? 0xFFFFFFFFL : size == 2 ? 0xFFFFL : 0xFFL);
        mv.visitInsn(LAND);
    }

    /**
     * Jumps to {@code slow} unless ADDR is inside the window and the access stays in its page. Two
     * compares against small immediates: the page number (ADDR >>> PAGE_SHIFT, never negative, so
     * a signed compare is an unsigned one) below the window's page count, and, for accesses wider
     * than a byte, the page offset as an int. The single unsigned compare this replaces needed
     * three 64-bit constants (mask, bias, limit), which C2 on JDK 17 materialised at every access.
     */
    private void windowCheck(int size, Label slow) {
        mv.visitVarInsn(LLOAD, ADDR);
        mv.visitLdcInsn(AddressSpace.PAGE_SHIFT);
        mv.visitInsn(LUSHR);
        mv.visitLdcInsn((long) WINDOW_PAGES);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFGE, slow);
        if (size > 1) {
            mv.visitVarInsn(LLOAD, ADDR);
            mv.visitInsn(L2I);
            mv.visitLdcInsn((int) AddressSpace.PAGE_MASK);
            mv.visitInsn(IAND);
            mv.visitLdcInsn((int) AddressSpace.PAGE_SIZE - size);
            mv.visitJumpInsn(IF_ICMPGT, slow);
        }
    }

    /** Pushes ADDR's page index (an int: the window check bounds it). */
    private void pageIndex() {
        mv.visitVarInsn(LLOAD, ADDR);
        mv.visitLdcInsn(AddressSpace.PAGE_SHIFT);
        mv.visitInsn(LUSHR);
        mv.visitInsn(L2I);
        // A no-op after the window check, but it tells C2 the index is below the (constant) length.
        mv.visitLdcInsn(WINDOW_PAGES - 1);
        mv.visitInsn(IAND);
    }

    /**
     * Jumps to {@code slow} unless [ADDR, ADDR + size) is inside the window, in one page, and that
     * page's byte has {@link FlatWindow#READ}.
     */
    private void readablePage(int size, Label slow) {
        pushPageByte(size, slow);
        // READ is bit 0: shifted to the sign, not masked. C2 turns (byte & 1) into a zero-extending
        // load, which a store's sign test of the same byte cannot share; this keeps one load.
        mv.visitLdcInsn(Integer.numberOfLeadingZeros(FlatWindow.READ));
        mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.ISHL);
        mv.visitJumpInsn(IFEQ, slow);
    }

    /**
     * As {@link #readablePage}, for a store straight in: the page byte's sign bit ({@link
     * FlatWindow#FAST_WRITE}), or else a first store to a clean read-write page, which marks it
     * written itself (a compare-and-set of its byte from {@link FlatWindow#CLEAN_WRITABLE} to {@link
     * FlatWindow#FIRST_WRITTEN}). Through the space's slow path, the first stores a region met while
     * it was profiled made C2 compile that call into its loops, whose values then crossed it on the
     * stack. The compare-and-set is an intrinsic C2 compiles in place whatever the profile (called
     * on {@code jdk.internal.misc.Unsafe} itself: a wrapper would be a call where the site is cold),
     * and both ways meet at one test before the slow path, which every store runs: its profile is
     * then never taken, so C2 makes the slow path a trap (a test only first stores ran would have
     * too few counts for C2 to trust, and it compiles both ways of such a branch).
     */
    private void writablePage(int size, Label slow) {
        Label first = new Label(), test = new Label();
        pushPageByte(size, slow);
        mv.visitJumpInsn(IFGE, first);
        mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.ICONST_1);
        mv.visitJumpInsn(GOTO, test);
        mv.visitLabel(first);
        mv.visitMethodInsn(INVOKESTATIC, JDK_UNSAFE, "getUnsafe", "()L" + JDK_UNSAFE + ";", false);
        mv.visitVarInsn(ALOAD, WPAGES);
        mv.visitVarInsn(LLOAD, ADDR);
        mv.visitLdcInsn(AddressSpace.PAGE_SHIFT);
        mv.visitInsn(LUSHR);
        mv.visitLdcInsn(FlatWindow.PAGES_BASE);
        mv.visitInsn(LADD);
        mv.visitLdcInsn((int) FlatWindow.CLEAN_WRITABLE);
        mv.visitLdcInsn((int) FlatWindow.FIRST_WRITTEN);
        mv.visitMethodInsn(INVOKEVIRTUAL, JDK_UNSAFE, "compareAndSetByte", "(Ljava/lang/Object;JBB)Z", false);
        mv.visitLabel(test);
        mv.visitJumpInsn(IFEQ, slow);
    }

    /** The window check of [ADDR, ADDR + size), then ADDR's page byte pushed. */
    private void pushPageByte(int size, Label slow) {
        windowCheck(size, slow);
        mv.visitVarInsn(ALOAD, WPAGES);
        pageIndex();
        mv.visitInsn(BALOAD);
    }

    private void hostAddress() {
        hostAddress(0);
    }

    /** Pushes the host address of ADDR + {@code offset}. */
    private void hostAddress(int offset) {
        mv.visitVarInsn(LLOAD, WBASE);
        mv.visitVarInsn(LLOAD, ADDR);
        mv.visitInsn(LADD);
        plus(offset);
    }

    /** Adds {@code offset} to the long on the stack (nothing for 0). */
    private void plus(int offset) {
        if (offset != 0) {
            mv.visitLdcInsn((long) offset);
            mv.visitInsn(LADD);
        }
    }

    /**
     * Region entry, before the registers load: cpu.r into its local (the compiler then stores the
     * flat window's base and page bytes, constants of the class, into WBASE and WPAGES).
     */
    void loadWindow() {
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitFieldInsn(GETFIELD, CPU, "r", "[J");
        mv.visitVarInsn(ASTORE, REGS);
        mv.visitInsn(LCONST_0);
        mv.visitVarInsn(LSTORE, EXIT_RIP);
        mv.visitInsn(LCONST_0);
        mv.visitVarInsn(LSTORE, ADDR);
        mv.visitInsn(LCONST_0);
        mv.visitVarInsn(LSTORE, VALUE);
        if (sse) {
            mv.visitVarInsn(ALOAD, CPU_LOCAL);
            mv.visitFieldInsn(GETFIELD, CPU, "xmm", "[J");
            mv.visitVarInsn(ASTORE, XMMS);
            reloadXmm(ALL_HALVES);
            readMxcsr();
        }
    }

    /** Stores local {@code slot} to the memory operand at {@code size} (1, 2, 4 or 8). */
    void store(Insn in, int size, int slot) {
        memForAccess();
        ea(in);
        mv.visitVarInsn(LLOAD, slot);
        storeAt(size);
    }

    /**
     * [mem, address, value] -> () ([address, value] in a flat window: {@link #memForAccess}), the
     * low {@code size} bytes of the long value stored. In a flat
     * window a store to a page whose byte allows it ({@link FlatWindow#FAST_WRITE}: writable, dirty,
     * no decoded code) or the first store to a clean read-write page ({@link #writablePage}) goes
     * straight in; the rest (faults, code pages: invalidation) call the space.
     */
    void storeAt(int size) {
        if (!flat) {
            callWrite(size);
            return;
        }
        Label slow = new Label(), done = new Label();
        mv.visitVarInsn(LSTORE, VALUE);
        mv.visitVarInsn(LSTORE, ADDR);
        writablePage(size, slow);
        hostAddress();
        mv.visitVarInsn(LLOAD, VALUE);
        switch (size) {
            case 8: mv.visitMethodInsn(INVOKESTATIC, UNSAFE, "putLong", "(JJ)V", false); break;
            case 4: mv.visitInsn(L2I); mv.visitMethodInsn(INVOKESTATIC, UNSAFE, "putInt", "(JI)V", false); break;
            case 2: mv.visitInsn(L2I); mv.visitInsn(I2S); mv.visitMethodInsn(INVOKESTATIC, UNSAFE, "putShort", "(JS)V", false); break;
            default: mv.visitInsn(L2I); mv.visitInsn(I2B); mv.visitMethodInsn(INVOKESTATIC, UNSAFE, "putByte", "(JB)V", false); break;
        }
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(slow);
        pushSpace();
        mv.visitVarInsn(LLOAD, ADDR);
        mv.visitVarInsn(LLOAD, VALUE);
        callWrite(size);
        mv.visitLabel(done);
    }

    /**
     * The 16 bytes at ADDR into locals {@code lo} and {@code hi}. In a flat window one range and
     * read check covers both halves when they share a page, then two host loads; otherwise two
     * 8-byte reads through the space, the low one first (its fault first, as the interpreter's).
     */
    void load128(int lo, int hi) {
        Label slow = new Label(), done = new Label();
        if (flat) {
            readablePage(16, slow);
            for (int half = 0; half < 2; half++) {
                hostAddress(8 * half);
                mv.visitMethodInsn(INVOKESTATIC, UNSAFE, "getLong", "(J)J", false);
                mv.visitVarInsn(LSTORE, half == 0 ? lo : hi);
            }
            mv.visitJumpInsn(GOTO, done);
        }
        mv.visitLabel(slow);
        for (int half = 0; half < 2; half++) {
            pushSpace();
            mv.visitVarInsn(LLOAD, ADDR);
            plus(8 * half);
            callRead(8);
            mv.visitVarInsn(LSTORE, half == 0 ? lo : hi);
        }
        mv.visitLabel(done);
    }

    /**
     * Stores locals {@code lo} and {@code hi} as the 16 bytes at ADDR (alignment already checked):
     * in a flat window straight in when both halves share a page whose byte allows it; otherwise
     * {@link SseFast#store128}, which checks the whole range before the first write.
     */
    void store128(int lo, int hi) {
        Label slow = new Label(), done = new Label();
        if (flat) {
            writablePage(16, slow);
            for (int half = 0; half < 2; half++) {
                hostAddress(8 * half);
                mv.visitVarInsn(LLOAD, half == 0 ? lo : hi);
                mv.visitMethodInsn(INVOKESTATIC, UNSAFE, "putLong", "(JJ)V", false);
            }
            mv.visitJumpInsn(GOTO, done);
        }
        mv.visitLabel(slow);
        pushSpace();
        mv.visitVarInsn(LLOAD, ADDR);
        mv.visitVarInsn(LLOAD, lo);
        mv.visitVarInsn(LLOAD, hi);
        mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.ICONST_0);
        mv.visitMethodInsn(INVOKESTATIC, SSE_FAST, "store128", "(L" + MEM + ";JJJZ)V", false);
        mv.visitLabel(done);
    }

    private void callWrite(int size) {
        switch (size) {
            case 8: mv.visitMethodInsn(INVOKEVIRTUAL, MEM, "write64", "(JJ)V", false); break;
            case 4: mv.visitInsn(L2I); mv.visitMethodInsn(INVOKEVIRTUAL, MEM, "write32", "(JI)V", false); break;
            case 2: mv.visitInsn(L2I); mv.visitInsn(I2S); mv.visitMethodInsn(INVOKEVIRTUAL, MEM, "write16", "(JS)V", false); break;
            default: mv.visitInsn(L2I); mv.visitInsn(I2B); mv.visitMethodInsn(INVOKEVIRTUAL, MEM, "write8", "(JB)V", false); break;
        }
    }

    /** Pushes the E operand at {@code size}. */
    void loadE(Insn in, int size) {
        if (in.rm >= 0) {
            loadReg(in.rm, size);
        } else {
            load(in, size);
        }
    }

    /** Writes local {@code slot} to the E operand. */
    void storeE(Insn in, int size, int slot) {
        if (in.rm >= 0) {
            mv.visitVarInsn(LLOAD, slot);
            storeReg(in.rm, size);
        } else {
            store(in, size, slot);
        }
    }

    void lload(int slot) {
        mv.visitVarInsn(LLOAD, slot);
    }

    void lstore(int slot) {
        mv.visitVarInsn(LSTORE, slot);
    }

    // ---- flags -----------------------------------------------------------------------------------

    /**
     * Records the lazy flags of an emitted operation of kind {@code kind} ({@code Flags.OP_*}) whose
     * operands and result are in locals: as pending flags ({@link FlagRecord}), and into the flag
     * locals if a fused Jcc reads them. Pass -1 for an unused operand slot.
     */
    void flags(int kind, int size, int aSlot, int bSlot, int resSlot) {
        flags(kind, size, aSlot, bSlot, resSlot, -1);
    }

    /**
     * As {@link #flags(int, int, int, int, int)}, with the carry local an ADC/SBB added (or the
     * overflow of a multiply) in {@code carrySlot}; INC and DEC find their kept carry themselves.
     */
    void flags(int kind, int size, int aSlot, int bSlot, int resSlot, int carrySlot) {
        flags(kind, size, aSlot, bSlot, resSlot, carrySlot, 0);
    }

    /**
     * As {@link #flags(int, int, int, int, int, int)}; {@code derive} ({@link FlagRecord#DERIVE_A}
     * or {@link FlagRecord#DERIVE_RES}) leaves that value out of the pending locals, to be derived
     * from the others when recorded. The pending locals are live at every possible fault, so each
     * one that holds a value nothing else needs (the old value of the register an ADD wrote, the
     * difference a CMP computed) takes a register, or a stack slot and copies, in every loop.
     */
    void flags(int kind, int size, int aSlot, int bSlot, int resSlot, int carrySlot, int derive) {
        if (feedsJcc) {
            if (aSlot >= 0) {
                copy(aSlot, FA);
            }
            if (bSlot >= 0) {
                copy(bSlot, FB);
            }
            copy(resSlot, FRES);
        }
        if (flagsLive == 0) {
            return; // overwritten before anything can see them: the older pending flags stay
        }
        boolean incDec = kind == Flags.OP_INC || kind == Flags.OP_DEC;
        // INC/DEC keep the carry: needed only if CF can be seen before something overwrites it.
        boolean keepCarry = incDec && (flagsLive & Flags.CF) != 0;
        int carry = incDec ? (keepCarry ? temp(3) : -1) : carrySlot;
        if (keepCarry) {
            // INC and DEC keep CF: take it from the pending operation or the CPU.
            pushPending();
            mv.visitMethodInsn(INVOKESTATIC, FLAG_RECORD, "carry", PENDING_ARGS + "J", false);
            mv.visitVarInsn(LSTORE, carry);
        }
        // Every reader of the CPU's flags (semantics that touch flags, a Jcc not fused, an exit, a
        // fault) records pending flags first, so a producer only writes locals: where nothing
        // reads them, C2's dead-code elimination is the flag liveness.
        mv.visitLdcInsn(kind | size << 8 | derive);
        mv.visitVarInsn(ISTORE, PKIND);
        // A local no reader needs gets a constant, so that the older value in it dies: a logic
        // op's flags come from its result alone.
        boolean logic = kind == Flags.OP_LOGIC;
        pendingLocal(logic || (derive & FlagRecord.DERIVE_A) != 0 ? -1 : aSlot, PFA);
        pendingLocal(logic ? -1 : bSlot, PFB);
        pendingLocal((derive & FlagRecord.DERIVE_RES) != 0 ? -1 : resSlot, PFRES);
        pendingLocal(carry, PCF);
        knownPending = kind | size << 8 | derive;
    }

    /** Pending local {@code to} = local {@code from}, or 0 if {@code from} is negative (unused). */
    private void pendingLocal(int from, int to) {
        if (from >= 0) {
            copy(from, to);
        } else {
            mv.visitInsn(LCONST_0);
            mv.visitVarInsn(LSTORE, to);
        }
    }

    /**
     * The pending operand or result that {@link #knownPending} says is derived, computed into its
     * local (before code that reads the pending locals directly); returns the kind | size << 8.
     */
    int materializeDerived() {
        int p = knownPending;
        int kind = p & 0xFF;
        if ((p & FlagRecord.DERIVE_A) != 0) {
            mv.visitVarInsn(LLOAD, PFRES);
            if (kind == Flags.OP_INC || kind == Flags.OP_DEC) {
                mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.LCONST_1);
            } else {
                mv.visitVarInsn(LLOAD, PFB);
            }
            mv.visitInsn(kind == Flags.OP_ADD || kind == Flags.OP_INC ? net.bytebuddy.jar.asm.Opcodes.LSUB : LADD);
            mv.visitVarInsn(LSTORE, PFA);
        } else if ((p & FlagRecord.DERIVE_RES) != 0) {
            mv.visitVarInsn(LLOAD, PFA);
            mv.visitVarInsn(LLOAD, PFB);
            mv.visitInsn(kind == Flags.OP_ADD ? LADD : net.bytebuddy.jar.asm.Opcodes.LSUB);
            mv.visitVarInsn(LSTORE, PFRES);
        }
        return p & 0xFFFF;
    }

    /** The carry flag as it stands (pending or recorded), 0 or 1, into local {@code slot}. */
    void carryInto(int slot) {
        pushPending();
        mv.visitMethodInsn(INVOKESTATIC, FLAG_RECORD, "carry", PENDING_ARGS + "J", false);
        mv.visitVarInsn(LSTORE, slot);
    }

    /**
     * An operation that sets the flags in {@code mask} (OSZAPC bits) to the bits in local
     * {@code bitsSlot} and keeps the others (rotates, MUL, BT, BSF): the older flags are recorded,
     * the new bits stay pending ({@link FlagRecord#MERGE}).
     */
    void flagsMerge(int bitsSlot, int mask) {
        if ((flagsLive & mask) == 0) {
            return; // its flags are overwritten unseen; the flags it keeps are the pending ones
        }
        recordPending();
        mv.visitLdcInsn(FlagRecord.MERGE);
        mv.visitVarInsn(ISTORE, PKIND);
        copy(bitsSlot, PFA);
        mv.visitLdcInsn((long) mask);
        mv.visitVarInsn(LSTORE, PFB);
        knownPending = FlagRecord.MERGE;
    }

    /**
     * An operation that sets CF to local {@code bitSlot} (0 or 1) and keeps the other flags (BT,
     * CLC/STC/CMC): the older flags are recorded, CF stays pending ({@link FlagRecord#CARRY}), and
     * a fused JC/JNC reads the bit from FRES.
     */
    void flagsCarry(int bitSlot) {
        if (feedsJcc) {
            copy(bitSlot, FRES);
        }
        if ((flagsLive & Flags.CF) == 0) {
            return; // CF is overwritten unseen; the flags it keeps are the pending ones
        }
        recordPending();
        mv.visitLdcInsn(FlagRecord.CARRY);
        mv.visitVarInsn(ISTORE, PKIND);
        copy(bitSlot, PFRES);
        knownPending = FlagRecord.CARRY;
    }

    /** A flag write that happens only on some paths (a shift by CL of 0 writes none). */
    void forgetPending() {
        knownPending = UNKNOWN;
    }

    /** Pushes cpu and the pending-flag locals, the arguments of FlagRecord's methods. */
    void pushPending() {
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitVarInsn(net.bytebuddy.jar.asm.Opcodes.ILOAD, PKIND);
        mv.visitVarInsn(LLOAD, PFA);
        mv.visitVarInsn(LLOAD, PFB);
        mv.visitVarInsn(LLOAD, PFRES);
        mv.visitVarInsn(LLOAD, PCF);
    }

    /** Records pending flags in the CPU (before semantics that touch flags, and at exits). */
    void recordPending() {
        pushPending();
        mv.visitMethodInsn(INVOKESTATIC, FLAG_RECORD, "record", PENDING_ARGS + "V", false);
        cpuFlagsCurrent();
    }

    /** The CPU's flag fields are current (recorded, or written by semantics). */
    void cpuFlagsCurrent() {
        mv.visitLdcInsn(-1);
        mv.visitVarInsn(ISTORE, PKIND);
        knownPending = -1;
    }

    private void copy(int from, int to) {
        mv.visitVarInsn(LLOAD, from);
        mv.visitVarInsn(LSTORE, to);
    }

    private void putInt(String field, int v) {
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitLdcInsn(v);
        mv.visitFieldInsn(PUTFIELD, CPU, field, "I");
    }

    private void putLong(String field, int slot) {
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitVarInsn(LLOAD, slot);
        mv.visitFieldInsn(PUTFIELD, CPU, field, "J");
    }

    // ---- sites and exits -------------------------------------------------------------------------

    /** Marks the instruction a fault from here on belongs to. */
    void site(int site) {
        mv.visitLdcInsn(site);
        mv.visitVarInsn(ISTORE, SITE);
    }

    /** A label that leaves the region for guest address {@code rip} (DYNAMIC: cpu.rip is set). */
    Label exit(long rip) {
        for (int i = 0; i < exitTargets.size(); i++) {
            if (exitTargets.get(i) == rip) {
                return exitLabels.get(i);
            }
        }
        Label l = new Label();
        exitLabels.add(l);
        exitTargets.add(rip);
        return l;
    }

    /**
     * Emits the exit stubs: write back every register emitted code writes, set RIP, add the retired count, then
     * chain: run the translation {@link ChainTable#next} names, if any, and return. Outside the
     * exception handler's range: nothing here can fault, and a fault in a chained translation
     * passes through this frame untouched. Returns the static exits' targets by link slot.
     */
    long[] emitExits() {
        // Each exit only names its target and link slot; one shared tail writes back (C2 merges
        // them anyway, and the bytecode budget then goes to guest code rather than to copies).
        Label leave = new Label();
        long[] links = new long[exitLabels.size()];
        int nLinks = 0;
        for (int i = 0; i < exitLabels.size(); i++) {
            mv.visitLabel(exitLabels.get(i));
            long rip = exitTargets.get(i);
            if (rip != DYNAMIC) {
                mv.visitLdcInsn(rip);
                links[nLinks] = rip;
                mv.visitLdcInsn(nLinks++);
            } else {
                mv.visitVarInsn(ALOAD, CPU_LOCAL);
                mv.visitFieldInsn(GETFIELD, CPU, "rip", "J");
                mv.visitLdcInsn(-1);
            }
            mv.visitVarInsn(ISTORE, EXIT_LINK);
            mv.visitVarInsn(LSTORE, EXIT_RIP);
            mv.visitJumpInsn(GOTO, leave);
        }
        mv.visitLabel(leave);
        writeBackWritten();
        recordPending();
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitVarInsn(LLOAD, EXIT_RIP);
        mv.visitFieldInsn(PUTFIELD, CPU, "rip", "J");
        addRetired();
        // ChainTable.chain is small enough for C2 to inline it always, so the call of the next
        // translation is still this region's own indirect call for the branch predictor; but its
        // type profile is chain's, shared by every region (see there).
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitVarInsn(ILOAD, EXIT_LINK);
        mv.visitMethodInsn(INVOKESTATIC, CHAIN, "chain", "(L" + TRANSLATION + ";L" + CPU + ";I)V", false);
        mv.visitInsn(RETURN);
        return java.util.Arrays.copyOf(links, nLinks);
    }

    /**
     * Leaves the region before {@code in}, which has not completed (an interrupted REP string
     * instruction, whose registers show its progress): it will run again from the dispatcher.
     */
    void leaveBefore(Insn in) {
        lload(RETIRED);
        pushLong(retiredAdjust);
        mv.visitInsn(LADD);
        lstore(RETIRED);
        mv.visitJumpInsn(GOTO, exit(in.addr));
    }

    /** cpu.instructions += the running count. */
    void addRetired() {
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETFIELD, CPU, "instructions", "J");
        mv.visitVarInsn(LLOAD, RETIRED);
        mv.visitInsn(LADD);
        mv.visitFieldInsn(PUTFIELD, CPU, "instructions", "J");
    }

    /** Loads element {@code index} of an Object[] constant already on the stack. */
    void arrayElement(int index) {
        mv.visitLdcInsn(index);
        mv.visitInsn(AALOAD);
    }
}
