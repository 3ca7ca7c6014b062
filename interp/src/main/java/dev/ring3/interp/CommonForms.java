package dev.ring3.interp;

import static dev.ring3.interp.FastPath.*;

/**
 * The second level of the interpreter's dispatch: the forms {@link FastPath#run} does not write
 * out, each calling its row's semantic method directly (a static call C2 can inline), and every
 * other row through its {@link Exec}. A method of its own, so that C2 compiles it with its own
 * inlining budget instead of spending {@link FastPath#run}'s on these.
 */
final class CommonForms {
    private CommonForms() {}

    /** Runs {@code in} as {@code form} says; RIP is set to the next instruction for the rows that read it. */
    static void run(Cpu c, Insn in, int form) {
        int op = form >>> 8;
        long[] r = c.r;
        switch (form & 0xFF) {
            case LOAD32SX: r[in.reg] = c.mem.read32(FastPath.ea(r, in)); return;
            case ALU_MEM: FastPath.aluMem(c, in, form); return;
            case CMP8_MG: {
                long a = c.mem.read8(FastPath.ea(r, in)) & 0xFFL, v = r[in.reg] & 0xFFL;
                Flags.sub(c, 1, a, v, a - v);
                return;
            }
            case ROT_RI64: Shift.rotateReg64(c, in.rm, op, (int) in.imm); return;
            case ROT_RI32: Shift.rotateReg32(c, in.rm, op, (int) in.imm); return;
            case SHIFT_RI64: Shift.shiftReg64(c, in.rm, op, (int) in.imm); return;
            case SHIFT_RI32: Shift.shiftReg32(c, in.rm, op, (int) in.imm); return;
            case ALU_EG: Alu.rmwE(c, in, op, Operands.getG(c, in)); return;
            case ALU_GE: Alu.opGE(c, in, op); return;
            case ALU_EI: Alu.rmwE(c, in, op, in.imm); return;
            case ALU_AI: Alu.opAccI(c, in, op); return;
            case TEST_EG: Alu.testEvGv(c, in); return;
            case TEST_EI: Alu.testEvIz(c, in); return;
            case TEST_AI: Alu.testrAXIz(c, in); return;
            case INC: Alu.incEv(c, in); return;
            case DEC: Alu.decEv(c, in); return;
            case NOT: Alu.notEv(c, in); return;
            case NEG: Alu.negEv(c, in); return;
            case SHIFT_I: Shift.shift(c, in, op, in.imm, true); return;
            case SHIFT_1: Shift.shift(c, in, op, 1); return;
            case SHIFT_CL: Shift.shift(c, in, op, c.r[Cpu.RCX]); return;
            case MOVZX_B: Moves.movzxGvEb(c, in); return;
            case MOVZX_W: Moves.movzxGvEw(c, in); return;
            case MOVSX_B: Moves.movsxGvEb(c, in); return;
            case MOVSX_W: Moves.movsxGvEw(c, in); return;
            case MOVSXD: Moves.movsxdGvEd(c, in); return;
            case CMOV: Conditional.cmovccGvEv(c, in); return;
            case SETCC: Conditional.setccEb(c, in); return;
            case IMUL_GE: MulDiv.imulGvEv(c, in); return;
            case IMUL_GEI: MulDiv.imulGvEvIz(c, in); return;
            case MOV_EG: Moves.movEvGv(c, in); return;
            case MOV_GE: Moves.movGvEv(c, in); return;
            case LEA: Moves.leaGvM(c, in); return;
            case MOV_EI: Moves.movEvIz(c, in); return;
            case SSE_MOVSD_L: SseMove.movsdVsdWsd(c, in); return;
            case SSE_MOVSD_S: SseMove.movsdWsdVsd(c, in); return;
            case SSE_MOVSS_L: SseMove.movssVssWss(c, in); return;
            case SSE_MOVSS_S: SseMove.movssWssVss(c, in); return;
            case SSE_MOVA_L: SseMove.movapsVpsWps(c, in); return;
            case SSE_MOVA_S: SseMove.movapsWpsVps(c, in); return;
            case SSE_MOVU_L: SseMove.movupsVpsWps(c, in); return;
            case SSE_MOVU_S: SseMove.movupsWpsVps(c, in); return;
            case SSE_SD: SseFloat.scalarD(c, in, op); return;
            case SSE_PD: SseFloat.packedD(c, in, op); return;
            case SSE_SS: SseFloat.scalarS(c, in, op); return;
            case SSE_PS: SseFloat.packedS(c, in, op); return;
            case SSE_INT: SseInt.run(c, in, op); return;
            case SSE_PMOVMSKB: SseMove.pmovmskbGdUdq(c, in); return;
            case SSE_SQRTSD: SseFloat.sqrtsdVsdWsd(c, in); return;
            case SSE_MOVQ_L: SseMove.movqVqWq(c, in); return;
            case SSE_MOVQ_S: SseMove.movqWqVq(c, in); return;
            case SSE_MOVD_L: SseMove.movdVyEy(c, in); return;
            case SSE_MOVD_S: SseMove.movdEyVy(c, in); return;
            case SSE_UCOMISD: SseCompare.ucomisdVsdWsd(c, in); return;
            case SSE_COMISD: SseCompare.comisdVsdWsd(c, in); return;
            case SSE_CVTSI2SD: SseConvert.cvtsi2sdVsdEy(c, in); return;
            case SSE_CVTTSD2SI: SseConvert.cvttsd2siGyWsd(c, in); return;
            case SSE_UNPCKLPD: SseShuffle.unpcklpdVpdWpd(c, in); return;
            case SSE_UNPCKHPD: SseShuffle.unpckhpdVpdWpd(c, in); return;
            case SSE_SHIFT_I: SseShuffle.shiftI(c, in, op >>> 2, op & 3); return;
            case STALE: FastPath.leave(c, in, op); return;
            default:
                c.rip = in.next;
                in.op.exec.exec(c, in);
        }
    }
}
