package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.ALOAD;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.LADD;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;
import static net.bytebuddy.jar.asm.Opcodes.LOR;
import static net.bytebuddy.jar.asm.Opcodes.LSHL;
import static net.bytebuddy.jar.asm.Opcodes.LSUB;
import static net.bytebuddy.jar.asm.Opcodes.LUSHR;
import static net.bytebuddy.jar.asm.Opcodes.LXOR;
import static net.bytebuddy.jar.asm.Opcodes.POP2;

import dev.ring3.interp.Insn;
import dev.ring3.interp.SseKernels;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * SSE moves (whole, scalar and half-register), bitwise logic, packed-integer lane operations,
 * shifts by an immediate (per lane and whole-register), 64-bit unpacks, sign masks and the
 * rearrangements glibc's string functions and gcc's vectorised loops use (the other unpacks,
 * packs with saturation, PSHUFD, SHUFPS, PALIGNR), on XMM halves held in locals ({@link EmitContext#loadXmm}), as the
 * interpreter's {@code SseMove}, {@code SseInt} and {@code SseShuffle} do: m128 operands
 * 16-byte aligned or #GP except for the unaligned moves, stores that check the whole range first.
 * The lane kernels are the interpreter's own ({@code SseKernels}), or their fixed-form leaves; the
 * rearrangements and shifts with a fixed form are written out ({@link SseInline}).
 */
final class SseEmitter implements InsnEmitter {
    static final int LOAD = 0, STORE = 1, MOVSD_VW = 2, MOVSD_WV = 3, MOVQ_VW = 4, MOVQ_WV = 5, MOVSS_VW = 6,
            MOVSS_WV = 7, MOVD_VE = 8, MOVD_EV = 9, LANES = 10, SHIFT = 11, PMOVMSKB = 12, MOVMSKPD = 13,
            UNPCKL = 14, UNPCKH = 15, AND = 16, OR = 17, XOR = 18, ANDN = 19, SHUFFLE = 20, ADDQ = 21, SUBQ = 22,
            BYTE_SHIFT = 23, MOVH_LOAD = 24, MOVL_LOAD = 25, MOVH_STORE = 26, MOVHL = 27, MOVLH = 28;
    static final String KERNELS = "dev/ring3/interp/SseKernels";

    private final int kind;
    /** LOAD/STORE: the memory operand must be aligned; BYTE_SHIFT: left. */
    private final boolean aligned;
    /** LANES, SHUFFLE: the kernel's name in SseKernels (each a leaf, see there). */
    private final String kernel;
    /** SHIFT: lane bits and direction (SseKernels.shiftLanes); LANES, SHUFFLE: the kernel's form, or NO_FORM. */
    private final int bits, shift, form;
    private static final int NO_FORM = -1;

    SseEmitter(int kind) {
        this(kind, false, null, 0, 0, NO_FORM);
    }

    SseEmitter(int kind, boolean aligned) {
        this(kind, aligned, null, 0, 0, NO_FORM);
    }

    /** V = kernel(V, W) on each half: {@code kernel(a, b)}. */
    SseEmitter(String kernel) {
        this(LANES, false, kernel, 0, 0, NO_FORM);
    }

    /** V = kernel(V, W, form) on each half, {@code form} a constant (lane width, variant). */
    static SseEmitter lanes(String kernel, int form) {
        return new SseEmitter(LANES, false, kernel, 0, 0, form);
    }

    /**
     * A rearrangement whose result halves each depend on both halves of V and W (and Ib):
     * {@code kernel(v0, v1, w0, w1, imm, h)} in SseKernels gives half h.
     */
    static SseEmitter shuffle(String kernel) {
        return new SseEmitter(SHUFFLE, false, kernel, 0, 0, NO_FORM);
    }

    /** As {@link #shuffle(String)}, the constant {@code form} passed instead of Ib. */
    static SseEmitter shuffle(String kernel, int form) {
        return new SseEmitter(SHUFFLE, false, kernel, 0, 0, form);
    }

    /** PSLLDQ ({@code left}) or PSRLDQ: the whole register by Ib bytes. */
    static SseEmitter byteShift(boolean left) {
        return new SseEmitter(BYTE_SHIFT, left, null, 0, 0, NO_FORM);
    }

    /** A shift of every {@code bits}-wide lane: 0 left, 1 right logical, 2 right arithmetic. */
    SseEmitter(int bits, int shift) {
        this(SHIFT, false, null, bits, shift, NO_FORM);
    }

    private SseEmitter(int kind, boolean aligned, String kernel, int bits, int shift, int form) {
        this.kind = kind;
        this.aligned = aligned;
        this.kernel = kernel;
        this.bits = bits;
        this.shift = shift;
        this.form = form;
    }

    @Override
    public boolean accepts(Insn in) {
        return in.addrsize == 8 && in.vreg < 0 && (in.prefixes & Insn.P_LOCK) == 0;
    }

    @Override
    public int registers(Insn in) {
        int m = memRegisters(in);
        switch (kind) {
            case MOVD_VE: case MOVD_EV: return m | (in.rm >= 0 ? 1 << in.rm : 0);
            case PMOVMSKB: case MOVMSKPD: return 1 << in.reg;
            default: return m;
        }
    }

    @Override
    public int xmmRegisters(Insn in) {
        switch (kind) {
            case MOVD_VE: case MOVD_EV: return 1 << in.reg;
            case PMOVMSKB: case MOVMSKPD: case BYTE_SHIFT: return 1 << in.rm;
            default: return vw(in);
        }
    }

    /** The XMM registers of a V,W form: the reg operand, and rm if it is a register. */
    static int vw(Insn in) {
        return 1 << in.reg | (in.rm >= 0 ? 1 << in.rm : 0);
    }

    /** The registers a memory operand's address uses. */
    static int memRegisters(Insn in) {
        return (in.base >= 0 ? 1 << in.base : 0) | (in.index >= 0 ? 1 << in.index : 0);
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        MethodVisitor mv = cx.mv;
        int d = in.reg << 1;
        int lo = EmitContext.temp(0), hi = EmitContext.temp(1), t = EmitContext.temp(2);
        switch (kind) {
            case LOAD:
                loadW128(cx, in, aligned, lo, hi);
                put(cx, d, lo);
                put(cx, d + 1, hi);
                break;
            case STORE:
                if (in.rm >= 0) {
                    xmm(cx, d);
                    cx.lstore(lo);
                    xmm(cx, d + 1);
                    cx.lstore(hi);
                    put(cx, in.rm << 1, lo);
                    put(cx, (in.rm << 1) + 1, hi);
                } else {
                    xmm(cx, d);
                    cx.lstore(lo);
                    xmm(cx, d + 1);
                    cx.lstore(hi);
                    address128(cx, in, aligned);
                    cx.store128(lo, hi);
                }
                break;
            case MOVSD_VW: case MOVQ_VW: case MOVSS_VW: {
                boolean dword = kind == MOVSS_VW;
                if (in.rm >= 0 && kind != MOVQ_VW) {
                    if (dword) { // merge the low dword
                        xmm(cx, d);
                        cx.pushLong(0xFFFFFFFF00000000L);
                        mv.visitInsn(LAND);
                        xmm(cx, in.rm << 1);
                        cx.mask32();
                        mv.visitInsn(LOR);
                    } else {
                        xmm(cx, in.rm << 1);
                    }
                    cx.storeXmm(d);
                    break;
                }
                if (in.rm >= 0) {
                    xmm(cx, in.rm << 1);
                } else {
                    cx.load(in, dword ? 4 : 8);
                }
                cx.storeXmm(d);
                mv.visitInsn(LCONST_0);
                cx.storeXmm(d + 1);
                break;
            }
            case MOVSD_WV: case MOVQ_WV: case MOVSS_WV:
                if (in.rm < 0) {
                    xmm(cx, d);
                    cx.lstore(lo);
                    cx.store(in, kind == MOVSS_WV ? 4 : 8, lo);
                    break;
                }
                if (kind == MOVSS_WV) {
                    xmm(cx, in.rm << 1);
                    cx.pushLong(0xFFFFFFFF00000000L);
                    mv.visitInsn(LAND);
                    xmm(cx, d);
                    cx.mask32();
                    mv.visitInsn(LOR);
                } else {
                    xmm(cx, d);
                }
                cx.storeXmm(in.rm << 1);
                if (kind == MOVQ_WV) {
                    mv.visitInsn(LCONST_0);
                    cx.storeXmm((in.rm << 1) + 1);
                }
                break;
            case MOVD_VE:
                cx.loadE(in, in.rexW ? 8 : 4);
                cx.storeXmm(d);
                mv.visitInsn(LCONST_0);
                cx.storeXmm(d + 1);
                break;
            case MOVD_EV:
                xmm(cx, d);
                cx.lstore(lo);
                cx.storeE(in, in.rexW ? 8 : 4, lo);
                break;
            case SHIFT:
                for (int h = 0; h < 2; h++) {
                    int x = (in.rm << 1) + h;
                    xmm(cx, x);
                    SseInline.shiftLanes(cx, bits, shift, (int) (in.imm & 0xFF), t);
                    cx.storeXmm(x);
                }
                break;
            case PMOVMSKB:
                xmm(cx, in.rm << 1);
                mv.visitMethodInsn(INVOKESTATIC, KERNELS, "byteSigns", "(J)J", false);
                xmm(cx, (in.rm << 1) + 1);
                mv.visitMethodInsn(INVOKESTATIC, KERNELS, "byteSigns", "(J)J", false);
                mv.visitLdcInsn(8);
                mv.visitInsn(LSHL);
                mv.visitInsn(LOR);
                cx.storeReg(in.reg, 8);
                break;
            case MOVMSKPD:
                xmm(cx, in.rm << 1);
                mv.visitLdcInsn(63);
                mv.visitInsn(LUSHR);
                xmm(cx, (in.rm << 1) + 1);
                mv.visitLdcInsn(63);
                mv.visitInsn(LUSHR);
                mv.visitLdcInsn(1);
                mv.visitInsn(LSHL);
                mv.visitInsn(LOR);
                cx.storeReg(in.reg, 8);
                break;
            case UNPCKL: // the high half from W's low half
                loadW128(cx, in, true, lo, hi);
                put(cx, d + 1, lo);
                break;
            case UNPCKH: // the low half from V's high half, the high half from W's high half
                loadW128(cx, in, true, lo, hi);
                xmm(cx, d + 1);
                cx.storeXmm(d);
                put(cx, d + 1, hi);
                break;
            case BYTE_SHIFT: { // both halves from the old register: the low one waits in t
                int x = in.rm << 1;
                for (int h = 0; h < 2; h++) {
                    SseInline.byteShiftHalf(cx, x, (int) (in.imm & 0xFF), aligned, h);
                    if (h == 0) {
                        cx.lstore(t);
                    } else {
                        cx.storeXmm(x + 1);
                    }
                }
                put(cx, x, t);
                break;
            }
            case MOVH_LOAD: case MOVL_LOAD: // one half from m64, the other kept
                cx.load(in, 8);
                cx.storeXmm(kind == MOVH_LOAD ? d + 1 : d);
                break;
            case MOVH_STORE:
                xmm(cx, d + 1);
                cx.lstore(lo);
                cx.store(in, 8, lo);
                break;
            case MOVHL: // MOVHLPS: the low half from U's high half
                xmm(cx, (in.rm << 1) + 1);
                cx.storeXmm(d);
                break;
            case MOVLH: // MOVLHPS: the high half from U's low half
                xmm(cx, in.rm << 1);
                cx.storeXmm(d + 1);
                break;
            case SHUFFLE: // both result halves from the old V and W: the low one waits in t
                loadW128(cx, in, true, lo, hi);
                for (int h = 0; h < 2; h++) {
                    int arg = form == NO_FORM ? (int) in.imm : form;
                    if (SseInline.writesOut(kernel)) {
                        SseInline.shuffleHalf(cx, kernel, d, lo, hi, arg, h);
                    } else {
                        xmm(cx, d);
                        xmm(cx, d + 1);
                        cx.lload(lo);
                        cx.lload(hi);
                        mv.visitLdcInsn(arg);
                        mv.visitLdcInsn(h);
                        mv.visitMethodInsn(INVOKESTATIC, KERNELS, kernel, "(JJJJII)J", false);
                    }
                    if (h == 0) {
                        cx.lstore(t);
                    } else {
                        cx.storeXmm(d + 1);
                    }
                }
                put(cx, d, t);
                break;
            default: // LANES and the bitwise ops: V = k(V, W) on both halves
                loadW128(cx, in, true, lo, hi);
                for (int h = 0; h < 2; h++) {
                    xmm(cx, d + h);
                    cx.lload(h == 0 ? lo : hi);
                    switch (kind) {
                        case AND: mv.visitInsn(LAND); break;
                        case OR: mv.visitInsn(LOR); break;
                        case XOR: mv.visitInsn(LXOR); break;
                        case ADDQ: mv.visitInsn(LADD); break;
                        case SUBQ: mv.visitInsn(LSUB); break;
                        case ANDN: // ~V & W
                            cx.lstore(t);
                            cx.pushLong(-1);
                            mv.visitInsn(LXOR);
                            cx.lload(t);
                            mv.visitInsn(LAND);
                            break;
                        default:
                            if (form != NO_FORM && SseInline.writesOutLanes(kernel)) {
                                mv.visitInsn(POP2); // W's half is still in its local
                                cx.lstore(t);
                                SseInline.lanes(cx, kernel, form, t, h == 0 ? lo : hi);
                            } else if (form == NO_FORM || leaf(kernel, form) != null) {
                                mv.visitMethodInsn(INVOKESTATIC, KERNELS, form == NO_FORM ? kernel : leaf(kernel, form),
                                        "(JJ)J", false);
                            } else {
                                cx.pushInt(form);
                                mv.visitMethodInsn(INVOKESTATIC, KERNELS, kernel, "(JJI)J", false);
                            }
                            break;
                    }
                    cx.storeXmm(d + h);
                }
                break;
        }
    }

    /**
     * The SseKernels leaf of {@code kernel} with {@code form} fixed (a body of a few dozen bytes,
     * where the generic one costs C2 its whole size against the region's inlining budget), or null.
     */
    static String leaf(String kernel, int form) {
        switch (kernel + "/" + form) {
            case "equalLanes/8": return "equalBytes";
            case "equalLanes/16": return "equalWords";
            case "equalLanes/32": return "equalDwords";
            case "greaterLanes/8": return "greaterBytes";
            case "greaterLanes/16": return "greaterWords";
            case "greaterLanes/32": return "greaterDwords";
            case "pickLanes/" + (16 | SseKernels.LANES_SIGNED): return "minWords";
            case "pickLanes/" + (16 | SseKernels.LANES_SIGNED | SseKernels.LANES_MAX): return "maxWords";
            case "minMaxBytes/0": return "minBytes";
            case "minMaxBytes/1": return "maxBytes";
            default: return null;
        }
    }

    /** Pushes half {@code x} of the XMM file (2 * register + 0 low, + 1 high). */
    static void xmm(EmitContext cx, int x) {
        cx.loadXmm(x);
    }

    /** Half {@code x} of the XMM file = local {@code slot}. */
    static void put(EmitContext cx, int x, int slot) {
        cx.lload(slot);
        cx.storeXmm(x);
    }

    /**
     * Locals lo, hi = the 128-bit W operand (register, or m128 at the address left in ADDR;
     * {@code aligned}: #GP unless 16-byte aligned).
     */
    static void loadW128(EmitContext cx, Insn in, boolean aligned, int lo, int hi) {
        if (in.rm >= 0) {
            xmm(cx, in.rm << 1);
            cx.lstore(lo);
            xmm(cx, (in.rm << 1) + 1);
            cx.lstore(hi);
            return;
        }
        address128(cx, in, aligned);
        cx.load128(lo, hi);
    }

    /** ADDR = the m128 operand's address, checked for alignment if {@code aligned}. */
    private static void address128(EmitContext cx, Insn in, boolean aligned) {
        cx.ea(in);
        cx.lstore(EmitContext.ADDR);
        if (aligned) {
            cx.lload(EmitContext.ADDR);
            cx.mv.visitMethodInsn(INVOKESTATIC, EmitContext.SSE_FAST, "aligned16", "(J)V", false);
        }
    }

    /** Pushes the low 64 bits of W (register, or m64); {@code dword}: the low 32 bits, zero-extended. */
    static void loadWq(EmitContext cx, Insn in, boolean dword) {
        if (in.rm >= 0) {
            xmm(cx, in.rm << 1);
            if (dword) {
                cx.mask32();
            }
        } else {
            cx.load(in, dword ? 4 : 8);
        }
    }
}
