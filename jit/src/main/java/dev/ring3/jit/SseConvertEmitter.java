package dev.ring3.jit;

import static net.bytebuddy.jar.asm.Opcodes.I2L;
import static net.bytebuddy.jar.asm.Opcodes.L2I;

import dev.ring3.interp.Insn;
import dev.ring3.interp.SseFast;
import dev.ring3.interp.SseKernels;

/**
 * The scalar conversions CVTSI2SD/SS Vx,Ey, CVT(T)SD2SI/CVT(T)SS2SI Gy,Wx, CVTSS2SD and CVTSD2SS
 * as one lane of {@link SseFast#convert} with the interpreter's exact body as the fallback
 * ({@link SseFloatEmitter#lanes}): NaN and out-of-range sources give the integer indefinite
 * (0x80000000 or 0x8000000000000000) with IE there, as on the CPU.
 */
final class SseConvertEmitter implements InsnEmitter {
    /** The conversion ({@code SseKernels.SI2SD} ...); the 32-bit integer kinds, REX.W adds one. */
    private final int kind;

    SseConvertEmitter(int kind) {
        this.kind = kind;
    }

    private boolean toInt() {
        return kind >= SseKernels.SD2SI32 && kind <= SseKernels.TSS2SI64;
    }

    private boolean fromInt() {
        return kind == SseKernels.SI2SD || kind == SseKernels.SI2SS;
    }

    @Override
    public boolean accepts(Insn in) {
        return in.addrsize == 8 && in.vreg < 0 && (in.prefixes & Insn.P_LOCK) == 0;
    }

    @Override
    public int registers(Insn in) {
        int m = SseEmitter.memRegisters(in);
        if (toInt()) {
            return m | 1 << in.reg;
        }
        return fromInt() && in.rm >= 0 ? m | 1 << in.rm : m;
    }

    @Override
    public int xmmRegisters(Insn in) {
        if (toInt()) {
            return in.rm >= 0 ? 1 << in.rm : 0;
        }
        return fromInt() ? 1 << in.reg : SseEmitter.vw(in);
    }

    @Override
    public void emit(EmitContext cx, Insn in) {
        int b = EmitContext.temp(0), r = EmitContext.temp(1);
        int d = in.reg << 1;
        if (fromInt()) {
            if (in.rexW) {
                cx.loadE(in, 8);
            } else {
                cx.loadE(in, 4);
                cx.mv.visitInsn(L2I);
                cx.mv.visitInsn(I2L);
            }
            cx.lstore(b);
            SseFloatEmitter.lanes(cx, SseFloatEmitter.CONVERT, kind, new int[] {d}, new int[] {b}, new int[] {r},
                    () -> SseEmitter.put(cx, d, r));
            return;
        }
        boolean single = kind == SseKernels.SS2SD || kind >= SseKernels.SS2SI32 && kind <= SseKernels.TSS2SI64;
        SseEmitter.loadWq(cx, in, single);
        cx.lstore(b);
        if (toInt()) {
            int k = kind + (in.rexW ? 1 : 0);
            SseFloatEmitter.lanes(cx, SseFloatEmitter.CONVERT, k, new int[] {-1}, new int[] {b}, new int[] {r}, () -> {
                cx.lload(r);
                cx.storeReg(in.reg, 8);
            });
            return;
        }
        SseFloatEmitter.lanes(cx, SseFloatEmitter.CONVERT, kind, new int[] {d}, new int[] {b}, new int[] {r},
                () -> SseEmitter.put(cx, d, r));
    }
}
