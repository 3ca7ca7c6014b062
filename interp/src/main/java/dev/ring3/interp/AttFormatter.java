package dev.ring3.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Formats one decoded instruction in AT&T syntax as GNU objdump 2.40 prints it: objdump's
 * mnemonic spelling and size suffixes, operands in reversed (source first) order, unconsumed
 * prefixes as words, and the "# address" comment of RIP-relative operands. One instance per
 * call; {@link Disassembler} is the public entry point.
 */
final class AttFormatter {
    /** Mnemonics that take a size suffix when no register operand shows the size (addl $1,(%rax)). */
    private static final Set<String> SUFFIXED = Set.of(
            "add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test", "inc", "dec", "not", "neg",
            "mul", "imul", "div", "idiv", "rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar", "mov",
            "bt", "bts", "btr", "btc", "nop");

    private static final String[] PCLMUL_SELECTIONS = {"lqlq", "hqlq", "lqhq", "hqhq"};

    private static final String[] CMP_PREDICATES = {"eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord"};

    private final Insn in;
    private final AttRow row;
    private final List<String> ops = new ArrayList<>(4);
    /** AttPrefixes.USE_* and HLE_* flags: which prefixes this instruction consumes. */
    private int use;
    /** A memory operand was printed; a GPR operand (not a shift count) shows the operand size. */
    private boolean memory, sizedRegister, byteRegister;
    private boolean reverse = true;
    /** 90 without REX.B or 0x66: NOP, which uses neither REX.W nor the operand size. */
    private boolean nop90;
    private int[] prefixes;
    private int immCount;
    private int prefixCount;

    private AttFormatter(Insn in) {
        this.in = in;
        this.row = AttRow.of(in.op);
    }

    /**
     * The text of {@code in}; {@code prefixes[0..n)} are its prefix bytes (from the code when
     * available, so that redundant ones can be shown as objdump shows them).
     */
    static String format(Insn in, int[] prefixes, int n) {
        if (in.op == null || !OpcodeTable.decoded(in.op)) {
            return "(bad)";
        }
        return new AttFormatter(in).render(prefixes, n);
    }

    private String render(int[] prefixes, int n) {
        this.prefixes = prefixes;
        this.prefixCount = n;
        String mnemonic;
        String comment = null;
        String t = row.map == OpcodeTable.MAP_ONE && X87Syntax.isEscape(row.opcode)
                ? X87Syntax.format(row.opcode, in.modrm) : null;
        if (t != null) {
            int tab = t.indexOf('\t');
            mnemonic = tab < 0 ? t : t.substring(0, tab);
            if (tab >= 0) {
                ops.add(t.substring(tab + 1));
            } else if (in.rm < 0) {
                ops.add(memoryOperand());
                // The environment and state images have a 16-bit layout under 0x66 (fldenvs).
                int digit = in.modrmReg;
                if ((row.opcode == 0xD9 || row.opcode == 0xDD) && (digit == 4 || digit == 6)
                        && (in.prefixes & Insn.P_OPSIZE) != 0) {
                    mnemonic += "s";
                    use |= AttPrefixes.USE_OPSIZE;
                }
            }
        } else {
            for (String tok : row.tokens) {
                operand(tok.trim());
            }
            if (row.mnemonic.equals("xlat")) {
                ops.add(AttOperands.xlatSource(in));    // objdump shows XLAT's implicit table operand
                use |= AttPrefixes.USE_SEGMENT | AttPrefixes.USE_ADDRSIZE;
            }
            mnemonic = mnemonic();
        }
        if (memory) {
            use |= AttPrefixes.USE_ADDRSIZE | (in.seg != Insn.SEG_NONE ? AttPrefixes.USE_SEGMENT : 0);
            if (AttOperands.ripRelative(in)) {
                comment = Long.toHexString(AttOperands.ripTarget(in));
            }
        }
        int rexUsed = rexBits();
        if (memory) {
            use |= hle();
        }
        StringBuilder sb = new StringBuilder(48);
        AttPrefixes.render(sb, prefixes, n, row, use, rexUsed, row.mandatory);
        sb.append(mnemonic);
        if (!ops.isEmpty()) {
            while (sb.length() < 6) {
                sb.append(' ');
            }
            sb.append(' ');
            if (reverse) {
                for (int i = ops.size() - 1; i >= 0; i--) {
                    sb.append(ops.get(i)).append(i > 0 ? "," : "");
                }
            } else {
                sb.append(String.join(",", ops));
            }
        }
        if (comment != null) {
            sb.append("        # ").append(comment);
        }
        return sb.toString();
    }

    // ---- operands ------------------------------------------------------------------------------

    private void operand(String t) {
        switch (t) {
            case "1": return; // AT&T omits the implicit count of shift-by-one (shl %eax)
            case "AL": ops.add("%al"); sizedRegister = true; return;
            case "CL": ops.add("%cl"); return; // a count: it does not show the operand size
            case "DX": ops.add("(%dx)"); return;
            case "AX": ops.add("%ax"); sizedRegister = true; return;
            case "FS": ops.add("%fs"); return;
            case "GS": ops.add("%gs"); return;
            case "ST0": ops.add("%st"); return;
            case "XMM0": ops.add("%xmm0"); return; // BLENDVPS's implicit mask register
            case "STi": ops.add("%st(" + (in.modrm & 7) + ")"); return;
            case "rAX": ops.add(AttOperands.gpr(0, row.vsize(in))); sizedRegister = true; return;
            case "eAX": ops.add(AttOperands.gpr(0, Math.min(row.vsize(in), 4))); sizedRegister = true; return;
            default: break;
        }
        char c = t.charAt(0);
        String sz = t.substring(1);
        switch (c) {
            case 'E':
                if (in.rm >= 0) {
                    // PINSRW names a 32-bit register for its word (objdump: Edw); MOV Sw,Ew a
                    // register of the operand size, as MOV Ev,Sw does.
                    gpr(in.rm, row.mnemonic.equals("pinsrw") ? 4 : segmentLoad() ? movSegmentSize()
                            : crc32() ? crc32SourceSize() : size(sz));
                } else {
                    ops.add(memoryOperand());
                }
                break;
            case 'M':
                ops.add(memoryOperand());
                break;
            case 'R':
                gpr(in.rm, size(sz));
                break;
            case 'G': case 'Z':
                // PMOVMSKB's Gd is Gdq to objdump: REX.W widens it.
                gpr(in.reg, row.mnemonic.equals("pmovmskb") ? size("y") : size(sz));
                break;
            case 'B':
                gpr(in.vreg, size(sz)); // VEX.vvvv names a general register
                break;
            case 'S':
                ops.add(AttOperands.segment(in.modrmReg));
                sizedRegister = true;
                break;
            case 'C':
                ops.add("%cr" + in.reg);
                break;
            case 'D':
                ops.add("%db" + in.reg);
                break;
            case 'V':
                ops.add(AttOperands.xmm(in.reg));
                break;
            case 'U':
                ops.add(AttOperands.xmm(in.rm));
                break;
            case 'P':
                ops.add(AttOperands.mmx(in.reg));
                break;
            case 'N':
                ops.add(AttOperands.mmx(in.rm));
                break;
            case 'Q':
                ops.add(in.rm >= 0 ? AttOperands.mmx(in.rm) : memoryOperand());
                break;
            case 'W':
                ops.add(in.rm >= 0 ? AttOperands.xmm(in.rm) : memoryOperand());
                break;
            case 'I':
                ops.add(immediate(sz, immCount++ == 0 ? in.imm : in.imm2));
                break;
            case 'J':
                ops.add(Long.toHexString(in.target));
                break;
            case 'O':
                ops.add(AttOperands.segPrefix(in) + "0x" + Long.toHexString(in.disp));
                use |= in.seg != Insn.SEG_NONE ? AttPrefixes.USE_SEGMENT : 0;
                break;
            case 'X':
                ops.add(AttOperands.stringSource(in));
                use |= AttPrefixes.USE_SEGMENT | AttPrefixes.USE_ADDRSIZE;
                break;
            case 'Y':
                ops.add(AttOperands.stringDestination(in));
                use |= AttPrefixes.USE_ADDRSIZE;
                break;
            default:
                ops.add("?" + t);
                break;
        }
    }

    /** Immediate operands count in order; the first I token takes imm, a second one imm2. */
    private String immediate(String sz, long v) {
        switch (sz) {
            case "b":
                // 83 /x, 6B (IMUL) and 6A (PUSH) sign-extend Ib to the operand size.
                boolean signExtended = row.map == OpcodeTable.MAP_ONE
                        && (row.opcode == 0x83 || row.opcode == 0x6B || row.opcode == 0x6A);
                return AttOperands.immediate(v, signExtended ? row.vsize(in) : 1);
            case "w": return AttOperands.immediate(v, 2);
            case "d": return AttOperands.immediate(v, 4);
            case "q": return AttOperands.immediate(v, 8);
            default: return AttOperands.immediate(v, row.vsize(in));
        }
    }

    private void gpr(int n, int size) {
        ops.add(AttOperands.gpr(n, size));
        sizedRegister = true;
        // SPL..DIL and R12B..R15B need REX; AL..BL, R8B..R11B would be the same without it.
        byteRegister |= size == 1 && n < Insn.HIGH_BYTE && (n & 4) != 0;
    }

    private String memoryOperand() {
        memory = true;
        return AttOperands.memory(in);
    }

    /** Bytes of a general-register operand of SDM size {@code sz}. */
    private int size(String sz) {
        switch (sz) {
            case "b": return 1;
            case "w": return 2;
            case "d": return 4;
            case "q": return 8;
            case "y": return in.rexW ? 8 : 4;
            default: return row.vsize(in);
        }
    }

    /** The ModRM r/m or memory operand's size, for suffixes: the first E/M token's size. */
    private int memorySize() {
        for (String t : row.tokens) {
            t = t.trim();
            if (t.length() >= 2 && (t.charAt(0) == 'E' || t.charAt(0) == 'M')) {
                return size(t.substring(1));
            }
        }
        return row.vsize(in);
    }

    private static char suffix(int size) {
        switch (size) {
            case 1: return 'b';
            case 2: return 'w';
            case 4: return 'l';
            default: return 'q';
        }
    }

    // ---- mnemonic ------------------------------------------------------------------------------

    private String mnemonic() {
        String m = row.mnemonic;
        int v = row.vsize(in);
        // 0x66 sets the size unless REX.W overrides it (SDM Vol. 2 2.2.1.2); objdump then shows it.
        if (!row.f64 && (row.sizeFollowsOpsize || row.d64) && !in.rexW && !segmentStore()) {
            use |= AttPrefixes.USE_OPSIZE;
        }
        if ((in.prefixes & Insn.P_OPSIZE) != 0 && (prefixTable() || (segmentLoad() && in.rm >= 0 && !in.rexW))) {
            use |= AttPrefixes.USE_OPSIZE;
        }
        boolean data16 = (in.prefixes & Insn.P_OPSIZE) != 0 && !in.rexW;
        switch (m) {
            case "ljmp": case "lcall": // objdump: REX.W changes nothing (AMD's m16:32), 0x66 is "w"
                use |= AttPrefixes.USE_OPSIZE;
                ops.set(0, "*" + ops.get(0));
                return (in.prefixes & Insn.P_OPSIZE) != 0 ? m + "w" : m;
            case "lret": case "iret":
                use |= in.rexW ? 0 : AttPrefixes.USE_OPSIZE;
                return in.rexW ? m + "q" : data16 ? m + "w" : m;
            case "cwde":
                use |= in.rexW ? 0 : AttPrefixes.USE_OPSIZE;
                return v == 2 ? "cbtw" : v == 8 ? "cltq" : "cwtl";
            case "cdq":
                use |= in.rexW ? 0 : AttPrefixes.USE_OPSIZE;
                return v == 2 ? "cwtd" : v == 8 ? "cqto" : "cltd";
            case "movzx": case "movsx":
                return m.substring(0, 4) + row.tokens[1].trim().charAt(1) + suffix(v);
            case "movsxd":
                return in.rexW ? "movslq" : "movsxd";
            case "mov":
                if (row.plusR && row.opcode == 0xB8 && v == 8) {
                    return "movabs";
                }
                if (row.opcode >= 0xA0 && row.opcode <= 0xA3 && row.map == OpcodeTable.MAP_ONE) {
                    return in.addrsize == 8 ? "movabs" : "mov";
                }
                break;
            case "movs": case "cmps":
                return m + suffix(in.opsize);
            case "ins": case "outs":
                return m + suffix(Math.min(in.opsize, 4)); // no 64-bit port I/O: REX.W stays unused
            case "sysret": case "sysexit":
                return m + (in.rexW ? "q" : "l");
            case "sal":
                m = "shl";
                break;
            case "bsf": case "bsr":
                if ((in.prefixes & Insn.P_REP) != 0) {
                    use |= AttPrefixes.USE_REP;
                    return m.equals("bsf") ? "tzcnt" : "lzcnt";
                }
                break;
            case "prefetchw":
                return in.modrmReg == 1 ? "prefetchw" : in.modrmReg == 2 ? "prefetchwt1" : "prefetch";
            case "fxsave": case "fxrstor":
                return in.rexW ? m + "64" : m;
            case "cmpps": case "cmppd": case "cmpss": case "cmpsd":
                if ((in.imm & 0xFF) < 8) {
                    ops.remove(ops.size() - 1); // the predicate moves into the mnemonic
                    return "cmp" + CMP_PREDICATES[(int) (in.imm & 7)] + m.substring(3);
                }
                return m;
            case "crc32":
                if (row.opcode == 0xF0) {
                    use &= ~AttPrefixes.USE_OPSIZE; // the byte form leaves 0x66 unused (data16)
                }
                return memory ? m + suffix(crc32SourceSize()) : m;
            case "pcmpestri": case "pcmpestrm":
                return in.rexW ? m + "q" : m;
            case "pclmulqdq": {
                // binutils names the four quadword selections 0, 1, 0x10, 0x11, and 2, 3 as 0x10, 0x11.
                int sel = (int) (in.imm & 0xFF);
                sel = sel == 0x10 ? 2 : sel == 0x11 ? 3 : sel;
                if (sel < 4) {
                    ops.remove(ops.size() - 1);
                    return "pclmul" + PCLMUL_SELECTIONS[sel] + "dq";
                }
                return m;
            }
            case "cvtsi2ss": case "cvtsi2sd":
                return memory ? m + (in.rexW ? 'q' : 'l') : m;
            case "jrcxz":
                use |= AttPrefixes.USE_ADDRSIZE;
                return (in.addrsize == 4 ? "jecxz" : m) + hint();
            case "loop": case "loope": case "loopne":
                use |= AttPrefixes.USE_ADDRSIZE;
                return (in.addrsize == 4 ? m + "l" : m) + hint();
            case "xchg":
                // 90 is NOP unless REX.B names r8 or 0x66 makes it XCHG AX,AX (SDM Vol. 2 NOP/XCHG).
                if (row.plusR && row.opcode == 0x90 && in.reg == 0 && (in.prefixes & Insn.P_OPSIZE) == 0) {
                    ops.clear();
                    use &= ~AttPrefixes.USE_OPSIZE;
                    nop90 = true;
                    return "nop";
                }
                break;
            case "enter":
                reverse = false; // objdump keeps ENTER's two immediates in Intel order
                break;
            case "jmp": case "call":
                if (row.indirect) {
                    ops.set(0, "*" + ops.get(0));
                }
                break;
            case "nop":
                if (row.map == OpcodeTable.MAP_0F && row.opcode == 0x1E && in.rm >= 0 && in.modrmReg == 1
                        && (in.prefixes & Insn.P_REP) != 0) {
                    use |= AttPrefixes.USE_REP;
                    ops.set(0, AttOperands.gpr(in.rm, in.rexW ? 8 : 4));
                    return in.rexW ? "rdsspq" : "rdsspd";
                }
                break;
            default:
                break;
        }
        if (row.jcc || m.equals("jrcxz") || m.equals("jecxz") || m.startsWith("loop")) {
            return m + hint();
        }
        if (row.d64 && v == 2 && !sizedRegister) {
            return m + "w"; // pushw $imm, pushfw, leavew
        }
        if (memory && !sizedRegister && SUFFIXED.contains(m) && row.mandatory == 0) {
            return m + suffix(memorySize());
        }
        return m;
    }

    private boolean crc32() {
        return row.mnemonic.equals("crc32");
    }

    /** CRC32's source: a byte (F0), else 16 bits under 0x66, 64 under REX.W, 32 otherwise. */
    private int crc32SourceSize() {
        return row.opcode == 0xF0 ? 1 : in.rexW ? 8 : (in.prefixes & Insn.P_OPSIZE) != 0 ? 2 : 4;
    }

    /** MOV Ev,Sw to memory always stores 16 bits: neither 0x66 nor REX.W changes it. */
    private boolean segmentStore() {
        return row.map == OpcodeTable.MAP_ONE && row.opcode == 0x8C && in.rm < 0;
    }

    /** MOV Sw,Ew (8E). */
    private boolean segmentLoad() {
        return row.map == OpcodeTable.MAP_ONE && row.opcode == 0x8E;
    }

    private int movSegmentSize() {
        return in.rexW ? 8 : (in.prefixes & Insn.P_OPSIZE) != 0 ? 2 : 4;
    }

    /**
     * Opcodes that binutils decodes through a mandatory-prefix table even without a mandatory
     * prefix (MOVSXD, NOP/PAUSE, BSF/TZCNT, BSR/LZCNT, the 0F 1C and 0F 1E hint NOPs, MOVBE,
     * RDRAND/RDSEED): looking the 0x66 up there consumes it, so objdump never shows it as
     * data16, even under REX.W.
     */
    private boolean prefixTable() {
        if (row.map == OpcodeTable.MAP_ONE) {
            // Only the register form of MOVSXD and only opcode byte 90 itself go through the table.
            return (row.opcode == 0x63 && in.rm >= 0) || (row.plusR && row.opcode == 0x90 && (in.reg & 7) == 0);
        }
        if (row.map == OpcodeTable.MAP_0F38) {
            return row.opcode == 0xF0 || row.opcode == 0xF1;
        }
        return row.map == OpcodeTable.MAP_0F
                && (row.opcode == 0xBC || row.opcode == 0xBD || row.opcode == 0x1C || row.opcode == 0x1E
                    || (row.opcode == 0xC7 && in.rm >= 0));
    }

    /**
     * Which of F2/F3 objdump calls XACQUIRE/XRELEASE (SDM Vol. 1 16.3.1): both on LOCKed
     * instructions and on XCHG with memory, XRELEASE also on MOV to memory.
     */
    private int hle() {
        boolean lock = (in.prefixes & Insn.P_LOCK) != 0 && in.op.lockable();
        boolean xchg = row.map == OpcodeTable.MAP_ONE && (row.opcode == 0x86 || row.opcode == 0x87);
        boolean store = row.map == OpcodeTable.MAP_ONE
                && (row.opcode == 0x88 || row.opcode == 0x89 || row.opcode == 0xC6 || row.opcode == 0xC7);
        return lock || xchg ? AttPrefixes.HLE_ACQUIRE | AttPrefixes.HLE_RELEASE : store ? AttPrefixes.HLE_RELEASE : 0;
    }

    /** Jcc with a CS or DS prefix: objdump shows the static prediction hint as ",pn" / ",pt". */
    private String hint() {
        int seg = 0;
        for (int i = 0; i < prefixCount; i++) {
            int b = prefixes[i];
            if (b == 0x2E || b == 0x3E || b == 0x26 || b == 0x36 || b == 0x64 || b == 0x65) {
                seg = b;
            }
        }
        if (seg == 0x2E || seg == 0x3E) {
            use |= AttPrefixes.USE_HINT;
            return seg == 0x2E ? ",pn" : ",pt";
        }
        return "";
    }

    /**
     * The REX bits (W, R, X, B) the instruction would use if set, plus 0x40 if it has a byte
     * register operand (which REX turns from AH..BH into SPL..DIL, so a bare REX is used).
     */
    private int rexBits() {
        int bits = 0;
        boolean x87 = row.map == OpcodeTable.MAP_ONE && X87Syntax.isEscape(row.opcode);
        boolean wMatters = row.wConstraint || (!row.f64 && !row.d64 && !x87 && row.sizeFollowsOpsize && !segmentStore()
                        && !row.atMostDword)
                || row.mnemonic.equals("pmovmskb") || (segmentLoad() && in.rm >= 0)
                || row.mnemonic.equals("cwde") || row.mnemonic.equals("cdq")
                || row.mnemonic.equals("fxsave") || row.mnemonic.equals("fxrstor")
                || row.mnemonic.equals("sysret") || row.mnemonic.equals("sysexit")
                || row.mnemonic.equals("lret") || row.mnemonic.equals("iret")
                || row.mnemonic.equals("pcmpestri") || row.mnemonic.equals("pcmpestrm")
                || (row.mnemonic.equals("nop") && (use & AttPrefixes.USE_REP) != 0);
        if (wMatters && !nop90) {
            bits |= 8;
        }
        if (row.usesModrmReg) {
            bits |= 4;
        }
        if (in.rm < 0 && row.modrm && (in.modrm & 7) == 4) {
            bits |= 2;
        }
        if (row.usesModrmRm || row.plusR || (x87 && in.rm < 0) || (row.mmxRm && in.rm < 0)) {
            bits |= 1; // x87 register forms name %st(i), which REX.B does not extend
        }
        return byteRegister ? bits | 0x40 : bits;
    }
}
