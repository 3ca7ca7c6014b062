package dev.ring3.interp;

/**
 * One decoded instruction: which table row it is, its operand size, and its operands resolved as
 * far as decoding can (register numbers, the parts of the effective address, immediates, branch
 * targets). Immutable once decoded; cached per block and shared by the interpreter and the JIT.
 */
public final class Insn {
    /** Prefix bits in {@link #prefixes}. */
    public static final int P_LOCK = 1, P_REP = 2, P_REPNE = 4, P_OPSIZE = 8, P_ADDRSIZE = 0x10, P_REX = 0x20;
    /** The instruction is VEX-encoded (C4/C5): its R/X/B/W, map, vvvv, L and pp came from there. */
    public static final int P_VEX = 0x40;

    /** Segment override in {@link #seg}: only FS and GS have a base in 64-bit mode. */
    public static final int SEG_NONE = 0, SEG_FS = 4, SEG_GS = 5;

    /**
     * Register operands of byte size without a REX prefix may name AH, CH, DH, BH; they are stored
     * as {@code HIGH_BYTE + n} (n = 0 for AH .. 3 for BH): bits 8..15 of register n.
     */
    public static final int HIGH_BYTE = 16;

    /** The table row. */
    public Op op;
    /** Guest address of the first byte, and of the next instruction. */
    public long addr, next;
    public int len;
    /** Operand size in bytes (1, 2, 4, 8) as the row's first sized operand and the prefixes decide. */
    public int opsize;
    /** Address size in bytes (8, or 4 with a 0x67 prefix). */
    public int addrsize;
    public int prefixes;
    /** Segment override: SEG_NONE, SEG_FS or SEG_GS. */
    public int seg;

    /** ModRM.reg (with REX.R), or the register encoded in the opcode's low bits (with REX.B). */
    public int reg;
    /** Register operand of ModRM.rm (with REX.B) when mod == 3, else -1 (a memory operand). */
    public int rm = -1;
    /** Memory operand: base register or -1, index register or -1, scale as a shift (0..3), displacement. */
    public int base = -1, index = -1, scale;
    /** For RIP-relative operands the decoder folds RIP into disp and leaves base = -1. */
    public long disp;
    /** ModRM.reg without REX (the /digit of group opcodes), and the raw ModRM byte. */
    public int modrmReg, modrm;
    /** Immediates, sign-extended to 64 bits; imm2 is the second immediate (ENTER's Ib). */
    public long imm, imm2;
    /** Absolute target of a relative branch or call. */
    public long target;
    /** Condition code (low nibble of Jcc/SETcc/CMOVcc). */
    public int cond;
    /** VEX.vvvv register (with its complement undone) if the row has a B or H operand; else -1. */
    public int vreg = -1;
    /** VEX.L (0 or 1) of a VEX-encoded instruction. */
    public int vexL;
    /** REX.W seen, or VEX.W set. */
    public boolean rexW;

    /** True if the ModRM operand is a register. */
    public boolean rmIsReg() {
        return rm >= 0;
    }

    /** The instruction's raw bytes are not kept; this renders the decoded form for messages. */
    @Override
    public String toString() {
        return op == null ? "(bad)" : op.mnemonic;
    }
}
