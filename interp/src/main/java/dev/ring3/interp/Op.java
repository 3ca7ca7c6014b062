package dev.ring3.interp;

/**
 * One row of the opcode table: the encoding key, the mnemonic and operand forms in Intel SDM
 * notation (Appendix A: {@code Ev,Gv}, {@code Vsd,Wsd}...), the semantics, the flags it reads and
 * writes (Flags.CF | Flags.ZF ...), and whether it ends a basic block. The decoder, interpreter,
 * JIT, disassembler and test generator all read these rows.
 */
public final class Op {
    /** Encoding as written in the table, e.g. "83 /0", "66 0F 58", "50+r", "VEX.LZ.0F38.W1 F2 /r". */
    public final String key;
    public final String mnemonic;
    /** Operand forms, e.g. "Ev,Ib"; empty for none. */
    public final String form;
    public final Exec exec;
    public final OperandForm operands;

    int reads;
    int writes;
    int undefined;
    boolean endsBlock;
    boolean lockable;
    int implicitRegs;

    Op(String key, String mnemonic, String form, Exec exec) {
        this.key = key;
        this.mnemonic = mnemonic;
        this.form = form;
        this.exec = exec;

        this.operands = OperandForm.of(form);
    }

    /** Flags this instruction reads (RFLAGS bit positions). */
    public int reads() { return reads; }

    /** Flags it writes (defined results). */
    public int writes() { return writes; }

    /** Flags it leaves architecturally undefined. */
    public int undefinedFlags() { return undefined; }

    /** True for control transfers and anything after which decoding must stop (SYSCALL, UD2...). */
    public boolean endsBlock() { return endsBlock; }

    /** True if a LOCK prefix is legal on its memory form. */
    public boolean lockable() { return lockable; }

    /**
     * General registers it reads or writes without naming them in its forms, bit n for register n
     * (MUL's RDX:RAX, MULX's RDX): the test generator fills them as operands, not addresses.
     */
    public int implicitRegs() { return implicitRegs; }

    // Builder-style modifiers used by the table files.
    public Op reads(int flags) { this.reads |= flags; return this; }

    public Op writes(int flags) { this.writes |= flags; return this; }

    public Op undefined(int flags) { this.undefined |= flags; return this; }

    public Op ends() { this.endsBlock = true; return this; }

    public Op lock() { this.lockable = true; return this; }

    public Op implicit(int... regs) {
        for (int n : regs) {
            this.implicitRegs |= 1 << n;
        }
        return this;
    }

    @Override
    public String toString() {
        return key + " " + mnemonic + (form.isEmpty() ? "" : " " + form);
    }
}
