package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.DUP2;
import static net.bytebuddy.jar.asm.Opcodes.INVOKESTATIC;
import static net.bytebuddy.jar.asm.Opcodes.LADD;
import static net.bytebuddy.jar.asm.Opcodes.LAND;
import static net.bytebuddy.jar.asm.Opcodes.LCONST_0;
import static net.bytebuddy.jar.asm.Opcodes.LMUL;
import static net.bytebuddy.jar.asm.Opcodes.LOR;
import static net.bytebuddy.jar.asm.Opcodes.LSHL;
import static net.bytebuddy.jar.asm.Opcodes.LSHR;
import static net.bytebuddy.jar.asm.Opcodes.LSUB;
import static net.bytebuddy.jar.asm.Opcodes.LUSHR;
import static net.bytebuddy.jar.asm.Opcodes.LXOR;

import dev.ring3.interp.SseKernels;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * SSE integer operations whose form and immediate are known when the region is translated, written
 * out as the few shifts and masks they come to instead of calls to the generic {@code SseKernels}
 * leaves (docs/jit.md, "SSE kernels written out"). A call to a generic kernel costs C2 its whole
 * bytecode (unpack 146 bytes, shiftLanes 186, pack 212) against the 8,000-byte
 * {@code DesiredMethodLimit} of the region it is inlined into, although the constant form folds
 * all but a dozen of them away; a region of straight-line SSE code (gcc's vectorised byte swaps)
 * ran out of that budget after a few dozen and kept the rest as real calls. Written out, each costs
 * what it computes, and C2 folds what a constant operand (a register zeroed by PXOR) makes dead.
 * The results are the kernels' own: the differential tester runs every form under the JIT.
 */
final class SseInline {
    private SseInline() {
    }

    /**
     * The 64-bit words an operation reads, numbered from 0 (its least significant); words out of
     * range read as zero. {@link #push} is only asked for words that {@link #has}.
     */
    interface Words {
        boolean has(int k);

        void push(int k);
    }

    /** Words 0, 1 of W (locals lo, hi), then 2, 3 of V (XMM halves d, d + 1): PALIGNR's V:W. */
    static Words wv(EmitContext cx, int d, int lo, int hi) {
        return new Words() {
            @Override
            public boolean has(int k) {
                return k >= 0 && k < 4;
            }

            @Override
            public void push(int k) {
                if (k < 2) {
                    cx.lload(k == 0 ? lo : hi);
                } else {
                    cx.loadXmm(d + k - 2);
                }
            }
        };
    }

    /** Words 0, 1 of W (locals lo, hi). */
    static Words w(EmitContext cx, int lo, int hi) {
        return new Words() {
            @Override
            public boolean has(int k) {
                return k == 0 || k == 1;
            }

            @Override
            public void push(int k) {
                cx.lload(k == 0 ? lo : hi);
            }
        };
    }

    /** Words 0, 1: the XMM halves x and x + 1. */
    static Words xmm(EmitContext cx, int x) {
        return new Words() {
            @Override
            public boolean has(int k) {
                return k == 0 || k == 1;
            }

            @Override
            public void push(int k) {
                cx.loadXmm(x + k);
            }
        };
    }

    /** Pushes the 8 bytes from byte {@code m} of {@code w} on (m may be negative: zeros below word 0). */
    static void bytesAt(EmitContext cx, Words w, int m) {
        MethodVisitor mv = cx.mv;
        int k = Math.floorDiv(m, 8), s = 8 * (m - 8 * k);
        boolean a = w.has(k), b = s != 0 && w.has(k + 1);
        if (a) {
            w.push(k);
            if (s != 0) {
                cx.pushInt(s);
                mv.visitInsn(LUSHR);
            }
        }
        if (b) {
            w.push(k + 1);
            cx.pushInt(64 - s);
            mv.visitInsn(LSHL);
            if (a) {
                mv.visitInsn(LOR);
            }
        }
        if (!a && !b) {
            mv.visitInsn(LCONST_0);
        }
    }

    /** Pushes dword {@code j0} of {@code w} in bits 31..0 and dword {@code j1} in bits 63..32. */
    static void dwords(EmitContext cx, Words w, int j0, int j1) {
        dwords(cx, w, j0, w, j1);
    }

    /** Pushes dword {@code j0} of {@code w0} in bits 31..0 and dword {@code j1} of {@code w1} in bits 63..32. */
    static void dwords(EmitContext cx, Words w0, int j0, Words w1, int j1) {
        MethodVisitor mv = cx.mv;
        dword(cx, w0, j0);
        w1.push(j1 >> 1);
        if ((j1 & 1) == 0) {
            cx.pushInt(32);
            mv.visitInsn(LSHL);
        } else {
            cx.pushLong(0xFFFFFFFF00000000L);
            mv.visitInsn(LAND);
        }
        mv.visitInsn(LOR);
    }

    /** Pushes dword {@code j} of {@code w}, zero-extended. */
    private static void dword(EmitContext cx, Words w, int j) {
        w.push(j >> 1);
        if ((j & 1) != 0) {
            cx.pushInt(32);
            cx.mv.visitInsn(LUSHR);
        } else {
            cx.mask32();
        }
    }

    /** Spreads the long on the stack's low 32 bits into elements of 2 * {@code bits}, {@code bits} 8 or 16. */
    private static void spread(EmitContext cx, int bits) {
        MethodVisitor mv = cx.mv;
        mv.visitInsn(DUP2);
        cx.pushInt(16);
        mv.visitInsn(LSHL);
        mv.visitInsn(LOR);
        cx.pushLong(0x0000FFFF0000FFFFL);
        mv.visitInsn(LAND);
        if (bits == 8) {
            mv.visitInsn(DUP2);
            cx.pushInt(8);
            mv.visitInsn(LSHL);
            mv.visitInsn(LOR);
            cx.pushLong(0x00FF00FF00FF00FFL);
            mv.visitInsn(LAND);
        }
    }

    /**
     * Whether {@link #shuffleHalf} writes {@code kernel} out (the others stay calls of
     * {@code SseKernels}).
     */
    static boolean writesOut(String kernel) {
        switch (kernel) {
            case "unpack": case "pack": case "pshufd": case "shufps": case "palignr":
                return true;
            default:
                return false;
        }
    }

    /**
     * Pushes half {@code h} of {@code kernel(V, W, arg)} (SseKernels' shuffles): V is the XMM
     * register whose low half is {@code d}, W in locals lo, hi; {@code arg} the form or Ib.
     */
    static void shuffleHalf(EmitContext cx, String kernel, int d, int lo, int hi, int arg, int h) {
        MethodVisitor mv = cx.mv;
        switch (kernel) {
            case "pshufd": { // W's dwords picked by Ib
                int m = arg >> (4 * h);
                dwords(cx, w(cx, lo, hi), m & 3, (m >> 2) & 3);
                break;
            }
            case "shufps": { // two of V's dwords, then two of W's
                int m = arg >> (4 * h);
                dwords(cx, h == 0 ? xmm(cx, d) : w(cx, lo, hi), m & 3, (m >> 2) & 3);
                break;
            }
            case "palignr": // V:W shifted right by Ib bytes
                bytesAt(cx, wv(cx, d, lo, hi), 8 * h + (arg & 0xFF));
                break;
            case "unpack": { // the elements of dword h of V's and W's low (or high) halves interleaved
                int bits = arg & ~SseKernels.UNPACK_HIGH;
                int j = 2 * (arg & SseKernels.UNPACK_HIGH) + h;
                if (bits == 32) {
                    dwords(cx, xmm(cx, d), j, w(cx, lo, hi), j);
                    break;
                }
                dword(cx, xmm(cx, d), j);
                spread(cx, bits);
                dword(cx, w(cx, lo, hi), j);
                spread(cx, bits);
                cx.pushInt(bits);
                mv.visitInsn(LSHL);
                mv.visitInsn(LOR);
                break;
            }
            case "pack": { // V's elements (half 0) or W's (half 1) saturated to half their width
                Words src = h == 0 ? xmm(cx, d) : w(cx, lo, hi);
                String leaf = arg == 32 ? "packSsdw" : (arg & SseKernels.PACK_UNSIGNED) != 0 ? "packUswb" : "packSswb";
                for (int k = 0; k < 2; k++) {
                    src.push(k);
                    mv.visitMethodInsn(INVOKESTATIC, SseEmitter.KERNELS, leaf, "(J)J", false);
                }
                cx.pushInt(32);
                mv.visitInsn(LSHL);
                mv.visitInsn(LOR);
                break;
            }
            default:
                throw new IllegalArgumentException(kernel);
        }
    }

    /** Pushes half {@code h} of PSLLDQ ({@code left}) or PSRLDQ of the register at XMM half x by n bytes. */
    static void byteShiftHalf(EmitContext cx, int x, int n, boolean left, int h) {
        bytesAt(cx, xmm(cx, x), left ? 8 * h - n : 8 * h + n);
    }

    /**
     * Replaces the long on the stack by its {@code bits}-wide lanes shifted by {@code count}
     * (an immediate, 0-255): {@code kind} SLL, SRL or SAR as in {@code SseKernels.shiftLanes};
     * {@code t}, a long local it may use.
     */
    static void shiftLanes(EmitContext cx, int bits, int kind, int count, int t) {
        MethodVisitor mv = cx.mv;
        final int sll = 0, srl = 1;
        if (count >= bits) {
            if (kind != 2) { // everything shifted out
                mv.visitInsn(net.bytebuddy.jar.asm.Opcodes.POP2);
                mv.visitInsn(LCONST_0);
                return;
            }
            count = bits - 1;
        }
        if (count == 0) {
            return;
        }
        if (bits == 64) {
            cx.pushInt(count);
            mv.visitInsn(kind == sll ? LSHL : kind == srl ? LUSHR : LSHR);
            return;
        }
        long lane = (1L << bits) - 1;
        long each = bits == 8 ? 0x0101010101010101L : bits == 16 ? 0x0001000100010001L : 0x0000000100000001L;
        if (kind == sll) {
            cx.pushInt(count);
            mv.visitInsn(LSHL);
            cx.pushLong(((lane << count) & lane) * each);
            mv.visitInsn(LAND);
            return;
        }
        if (kind == srl) {
            cx.pushInt(count);
            mv.visitInsn(LUSHR);
            cx.pushLong((lane >>> count) * each);
            mv.visitInsn(LAND);
            return;
        }
        // SAR: the logical shift, then each negative lane's top count bits filled
        cx.lstore(t);
        cx.lload(t);
        cx.pushInt(count);
        mv.visitInsn(LUSHR);
        cx.pushLong((lane >>> count) * each);
        mv.visitInsn(LAND);
        cx.lload(t);
        cx.pushInt(bits - 1);
        mv.visitInsn(LUSHR);
        cx.pushLong(each);
        mv.visitInsn(LAND);
        cx.pushLong(lane & ~(lane >>> count));
        mv.visitInsn(LMUL);
        mv.visitInsn(LOR);
    }

    /** Whether {@link #lanes} writes {@code kernel} out. */
    static boolean writesOutLanes(String kernel) {
        return kernel.equals("addLanes") || kernel.equals("subLanes");
    }

    /**
     * Pushes PADDB/W/D ({@code addLanes}) or PSUBB/W/D of the long in local {@code a} and the one
     * in local {@code b}, as the kernel computes it.
     */
    static void lanes(EmitContext cx, String kernel, int bits, int a, int b) {
        MethodVisitor mv = cx.mv;
        long high = bits == 8 ? 0x8080808080808080L : bits == 16 ? 0x8000800080008000L : 0x8000000080000000L;
        boolean add = kernel.equals("addLanes");
        // add: ((a & ~H) + (b & ~H)) ^ ((a ^ b) & H); sub: ((a | H) - (b & ~H)) ^ ((a ^ ~b) & H)
        cx.lload(a);
        cx.pushLong(add ? ~high : high);
        mv.visitInsn(add ? LAND : LOR);
        cx.lload(b);
        cx.pushLong(~high);
        mv.visitInsn(LAND);
        mv.visitInsn(add ? LADD : LSUB);
        cx.lload(a);
        cx.lload(b);
        mv.visitInsn(LXOR);
        cx.pushLong(high);
        mv.visitInsn(LAND);
        if (!add) { // (a ^ ~b) & H = ((a ^ b) & H) ^ H
            cx.pushLong(high);
            mv.visitInsn(LXOR);
        }
        mv.visitInsn(LXOR);
    }
}
