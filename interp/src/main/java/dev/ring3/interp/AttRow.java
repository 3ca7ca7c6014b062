package dev.ring3.interp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the disassembler needs to know about one opcode-table row, derived once from its key and
 * SDM forms: the opcode map and byte, the mandatory prefix, the operand tokens, and the families
 * objdump treats specially (string instructions, branches, size-suffixed mnemonics).
 */
final class AttRow {
    private static final Map<Op, AttRow> CACHE = new ConcurrentHashMap<>();

    final Op op;
    final String mnemonic;
    final String[] tokens;
    /** OpcodeTable.MAP_* and the opcode byte (the first of a "+r" range). */
    final int map, opcode;
    /** 0x66, 0xF2, 0xF3 for a mandatory prefix (or VEX.pp); 0 for none, NP or NFx. */
    final int mandatory;
    final boolean plusR, d64, f64;
    /** A VEX-encoded row: no legacy or REX prefix belongs to it. */
    final boolean vex;
    /** A ModRM byte follows the opcode (the forms need one, or the key constrains it). */
    final boolean modrm;
    /** The key names REX.W (W0/W1), so REX.W selects the row. */
    final boolean wConstraint;
    /** MOVS, CMPS, STOS, LODS, SCAS. */
    final boolean string;
    /** Jcc, JMP, CALL, RET (the instructions a BND prefix applies to). */
    final boolean branch, jcc, indirect;
    /** Some operand's size follows the operand-size attribute (v, z, y sizes, rAX). */
    final boolean sizeFollowsOpsize;
    /** The sized operand is eAX (IN, OUT): 16 or 32 bits, so REX.W changes nothing. */
    final boolean atMostDword;
    /** Some operand is in the ModRM reg field (REX.R extends it). */
    final boolean usesModrmReg;
    /** Some operand is the ModRM r/m (REX.B and, with a SIB, REX.X extend it). */
    final boolean usesModrmRm;
    /** The ModRM r/m operand is an MMX register or memory (Q, N): REX.B extends only a memory base. */
    final boolean mmxRm;

    private AttRow(Op op) {
        this.op = op;
        this.mnemonic = op.mnemonic;
        this.tokens = op.form.isEmpty() ? new String[0] : op.form.split(",");
        OpcodeTable.Key k = OpcodeTable.parseKey(op.key);
        this.plusR = k.plusR;
        this.opcode = k.opcode;
        this.map = k.map;
        this.vex = k.vex();
        this.mandatory = k.prefixByte();
        this.d64 = k.sizeDefault == 64;
        this.f64 = k.sizeDefault == 65;
        this.wConstraint = k.w >= 0;
        this.modrm = op.operands.hasModrm() || k.modrm;
        int m = k.map;
        String mn = op.mnemonic;
        this.string = m == OpcodeTable.MAP_ONE && (opcode >= 0xA4 && opcode <= 0xAF && opcode != 0xA8 && opcode != 0xA9
                || opcode >= 0x6C && opcode <= 0x6F);
        this.jcc = (m == OpcodeTable.MAP_ONE && (opcode & 0xF0) == 0x70)
                || (m == OpcodeTable.MAP_0F && (opcode & 0xF0) == 0x80);
        this.indirect = m == OpcodeTable.MAP_ONE && opcode == 0xFF && (mn.equals("jmp") || mn.equals("call"));
        this.branch = jcc || mn.equals("jmp") || mn.equals("call") || mn.equals("ret");
        boolean sized = false, reg = false, rm = false, mmxRm = false;
        for (String t : tokens) {
            if (t.equals("rAX") || t.equals("eAX")) {
                sized = true;
                continue;
            }
            if (t.equals("M")) { // LEA's bare M: any memory operand
                rm = true;
                continue;
            }
            if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || !Character.isLowerCase(t.charAt(1))) {
                continue;
            }
            char c = t.charAt(0);
            String sz = t.substring(1);
            if ("EGZMR".indexOf(c) >= 0 || c == 'X' || c == 'Y' || c == 'I') {
                sized |= sz.equals("v") || sz.equals("z") || sz.equals("y");
            }
            // Not S or P: REX.R extends neither segment nor MMX registers.
            reg |= "GVCD".indexOf(c) >= 0;
            rm |= "EMRUW".indexOf(c) >= 0;
            mmxRm |= c == 'Q' || c == 'N';
        }
        this.sizeFollowsOpsize = sized;
        this.atMostDword = java.util.Arrays.asList(tokens).contains("eAX") || mnemonic.equals("ins") || mnemonic.equals("outs");
        this.usesModrmReg = reg;
        this.usesModrmRm = rm;
        this.mmxRm = mmxRm;
    }

    static AttRow of(Op op) {
        return CACHE.computeIfAbsent(op, AttRow::new);
    }

    /** The size a "v" operand has for this instruction: 2, 4 or 8 bytes. */
    int vsize(Insn in) {
        if (in.opsize == 2 || in.opsize == 4 || in.opsize == 8) {
            return in.opsize;
        }
        boolean osize = (in.prefixes & Insn.P_OPSIZE) != 0 && mandatory != 0x66;
        return in.rexW ? 8 : osize ? 2 : 4;
    }
}
