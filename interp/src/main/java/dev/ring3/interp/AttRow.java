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
    /** 0x66, 0xF2, 0xF3 for a mandatory prefix; 0 for none or NP. */
    final int mandatory;
    final boolean plusR, d64, f64;
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
    /** Some operand is in the ModRM reg field (REX.R extends it). */
    final boolean usesModrmReg;
    /** Some operand is the ModRM r/m (REX.B and, with a SIB, REX.X extend it). */
    final boolean usesModrmRm;

    private AttRow(Op op) {
        this.op = op;
        this.mnemonic = op.mnemonic;
        this.tokens = op.form.isEmpty() ? new String[0] : op.form.split(",");
        String[] k = op.key.trim().split("\\s+");
        int i = 0;
        int mand = 0;
        if (k.length > 1) {
            switch (k[0]) {
                case "66": mand = 0x66; i++; break;
                case "F2": mand = 0xF2; i++; break;
                case "F3": mand = 0xF3; i++; break;
                case "NP": i++; break;
                default: break;
            }
        }
        int m = OpcodeTable.MAP_ONE;
        if (k.length > i + 1 && k[i].equals("0F")) {
            m = OpcodeTable.MAP_0F;
            i++;
            if (k.length > i + 1 && (k[i].equals("38") || k[i].equals("3A")) && isHex(k[i + 1])) {
                m = k[i].equals("38") ? OpcodeTable.MAP_0F38 : OpcodeTable.MAP_0F3A;
                i++;
            }
        }
        String opTok = k[i];
        this.plusR = opTok.endsWith("+r");
        this.opcode = Integer.parseInt(plusR ? opTok.substring(0, opTok.length() - 2) : opTok, 16);
        this.map = m;
        this.mandatory = mand;
        boolean dd = false, ff = false, w = false, mr = op.operands.hasModrm();
        for (int j = i + 1; j < k.length; j++) {
            mr |= k[j].startsWith("/") || k[j].equals("reg") || k[j].equals("mem") || isHex(k[j]);
            dd |= k[j].equals("d64");
            ff |= k[j].equals("f64");
            w |= k[j].equals("W0") || k[j].equals("W1");
        }
        this.d64 = dd;
        this.f64 = ff;
        this.wConstraint = w;
        this.modrm = mr;
        String mn = op.mnemonic;
        this.string = m == OpcodeTable.MAP_ONE && opcode >= 0xA4 && opcode <= 0xAF && opcode != 0xA8 && opcode != 0xA9;
        this.jcc = (m == OpcodeTable.MAP_ONE && (opcode & 0xF0) == 0x70)
                || (m == OpcodeTable.MAP_0F && (opcode & 0xF0) == 0x80);
        this.indirect = m == OpcodeTable.MAP_ONE && opcode == 0xFF && (mn.equals("jmp") || mn.equals("call"));
        this.branch = jcc || mn.equals("jmp") || mn.equals("call") || mn.equals("ret");
        boolean sized = false, reg = false, rm = false;
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
            reg |= "GVCDP".indexOf(c) >= 0; // not S: REX.R does not extend segment registers
            rm |= "EMRUWNQ".indexOf(c) >= 0;
        }
        this.sizeFollowsOpsize = sized;
        this.usesModrmReg = reg;
        this.usesModrmRm = rm;
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

    private static boolean isHex(String t) {
        return t.length() == 2 && Character.digit(t.charAt(0), 16) >= 0 && Character.digit(t.charAt(1), 16) >= 0;
    }
}
