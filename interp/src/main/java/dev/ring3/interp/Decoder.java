package dev.ring3.interp;

import dev.ring3.mmu.Access;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;

/**
 * Decodes one x86-64 instruction (Intel SDM Vol. 2 ch. 2): legacy prefixes, REX, the one-, two-
 * and three-byte opcode maps, the two- and three-byte VEX prefixes (C5, C4), ModRM/SIB with
 * RIP-relative addressing, displacements and immediates, into an {@link Insn} that names its
 * {@link OpcodeTable} row. Undefined encodings
 * decode to {@link OpcodeTable#INVALID}, so #UD is raised only if the instruction is reached.
 * Not thread-safe (it keeps a fetch buffer): one per interpreter.
 */
public final class Decoder {
    /** The architectural limit on instruction length. */
    public static final int MAX_LENGTH = 15;

    private final OpcodeTable table;
    private final byte[] buf = new byte[MAX_LENGTH];
    private byte[] code;
    private int start, avail, pos;
    private long addr;
    private AddressSpace mem;

    public Decoder() {
        this(OpcodeTable.get());
    }

    public Decoder(OpcodeTable table) {
        this.table = table;
    }

    /**
     * Decodes the instruction at guest address {@code a}, fetching with execute permission. Throws
     * {@link GuestFault} if its first byte, or any byte it needs, cannot be fetched.
     */
    public Insn decode(AddressSpace mem, long a) {
        int n = mem.fetch(a, buf, 0, MAX_LENGTH);
        this.mem = mem;
        return decode(buf, 0, n, a);
    }

    /** Decodes from a byte array holding the code at guest address {@code a} (tests, disassembly). */
    public Insn decode(byte[] bytes, int off, int len, long a) {
        this.code = bytes;
        this.start = off;
        this.avail = Math.min(len, MAX_LENGTH);
        this.pos = 0;
        this.addr = a;
        try {
            return decodeOne();
        } finally {
            this.mem = null;
            this.code = null;
        }
    }

    private int next() {
        if (pos >= avail) {
            if (avail >= MAX_LENGTH) {
                throw new TooLong();
            }
            long at = addr + pos;
            int code = mem != null && mem.protAt(at) >= 0 ? GuestFault.SEGV_ACCERR : GuestFault.SEGV_MAPERR;
            throw new GuestFault(at, Access.EXECUTE, code);
        }
        return code[start + pos++] & 0xFF;
    }

    private long imm(int bytes) {
        long v = 0;
        for (int k = 0; k < bytes; k++) {
            v |= (long) next() << (8 * k);
        }
        switch (bytes) {
            case 1: return (byte) v;
            case 2: return (short) v;
            case 4: return (int) v;
            default: return v;
        }
    }

    /** Thrown internally when an instruction exceeds 15 bytes (#GP on hardware, {@link OpcodeTable#TOO_LONG}). */
    private static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super(null, null, false, false);
        }
    }

    private Insn decodeOne() {
        Insn in = new Insn();
        in.addr = addr;
        try {
            return decodeInto(in);
        } catch (TooLong e) {
            invalid(in, MAX_LENGTH);
            in.op = OpcodeTable.TOO_LONG;
            return in;
        }
    }

    private Insn invalid(Insn in, int len) {
        in.op = OpcodeTable.INVALID;
        in.len = Math.max(len, 1);
        in.next = addr + in.len;
        in.rm = -1;
        return in;
    }

    private Insn decodeInto(Insn in) {
        int prefixes = 0;
        int seg = Insn.SEG_NONE;
        int lastRep = 0; // 0xF2 or 0xF3, whichever came last
        int rex = 0;
        int b;
        // Legacy prefixes, then an optional REX that must immediately precede the opcode.
        for (;;) {
            b = next();
            switch (b) {
                case 0xF0: prefixes |= Insn.P_LOCK; rex = 0; continue;
                // Of F2 and F3 the last one counts, for the string instructions too (checked on the host).
                case 0xF2: prefixes = prefixes & ~Insn.P_REP | Insn.P_REPNE; lastRep = 0xF2; rex = 0; continue;
                case 0xF3: prefixes = prefixes & ~Insn.P_REPNE | Insn.P_REP; lastRep = 0xF3; rex = 0; continue;
                case 0x66: prefixes |= Insn.P_OPSIZE; rex = 0; continue;
                case 0x67: prefixes |= Insn.P_ADDRSIZE; rex = 0; continue;
                case 0x2E: case 0x36: case 0x3E: case 0x26: rex = 0; continue; // null segments in 64-bit mode
                case 0x64: seg = Insn.SEG_FS; rex = 0; continue;
                case 0x65: seg = Insn.SEG_GS; rex = 0; continue;
                default: break;
            }
            if ((b & 0xF0) == 0x40) {
                rex = b;
                continue;
            }
            break;
        }
        int map = OpcodeTable.MAP_ONE;
        int mandatory = lastRep == 0xF3 ? OpcodeTable.PFX_F3 : lastRep == 0xF2 ? OpcodeTable.PFX_F2
                : (prefixes & Insn.P_OPSIZE) != 0 ? OpcodeTable.PFX_66 : OpcodeTable.PFX_NONE;
        int vvvv = 0;
        // An encoding found undefined once its opcode is known is still decoded to its end, as the
        // host does: it is #UD, unless it runs past 15 bytes, which is #GP (TooLong) first.
        boolean undefined = false;
        if (b == 0xC4 || b == 0xC5) {
            // VEX (SDM Vol. 2 2.3). In 64-bit mode C4/C5 are always VEX (LES/LDS do not exist);
            // a LOCK, 66, F2, F3 or REX prefix before it is #UD (2.3.2).
            undefined = (prefixes & (Insn.P_LOCK | Insn.P_OPSIZE | Insn.P_REP | Insn.P_REPNE)) != 0 || rex != 0;
            int v1 = next();
            int v2;
            int mmmmm;
            if (b == 0xC5) {
                // R vvvv L pp, with X = B = 1 (inverted: none), W = 0, map 0F.
                v2 = v1 & 0x7F;
                mmmmm = 1;
                rex = 0x40 | (~v1 >> 5 & 4);
            } else {
                // R X B mmmmm, then W vvvv L pp; R, X, B and vvvv are stored inverted.
                mmmmm = v1 & 0x1F;
                v2 = next();
                rex = 0x40 | (~v1 >> 5 & 7) | (v2 >> 4 & 8);
                if (mmmmm < 1 || mmmmm > 3) {
                    return invalid(in, pos);
                }
            }
            vvvv = ~v2 >> 3 & 15;
            in.vexL = v2 >> 2 & 1;
            mandatory = v2 & 3; // pp: none, 66, F3, F2 (the PFX_* values)
            map = OpcodeTable.MAP_VEX_0F + mmmmm - 1;
            prefixes |= Insn.P_VEX;
            b = next();
        } else if (b == 0x62) {
            // EVEX: not implemented (CPUID does not advertise AVX-512).
            return invalid(in, pos);
        } else if (rex != 0) {
            prefixes |= Insn.P_REX;
        }
        if (b == 0x0F && map == OpcodeTable.MAP_ONE) {
            b = next();
            map = OpcodeTable.MAP_0F;
            if (b == 0x38) {
                map = OpcodeTable.MAP_0F38;
                b = next();
            } else if (b == 0x3A) {
                map = OpcodeTable.MAP_0F3A;
                b = next();
            }
        }
        OpcodeTable.Entry entry = table.maps[map][b];
        if (entry == null) {
            return invalid(in, pos);
        }
        int modrm = -1;
        if (entry.needsModrm) {
            modrm = next();
        }
        boolean rexW = (rex & 8) != 0;
        OpcodeTable.Candidate cand = null;
        for (OpcodeTable.Candidate c : entry.candidates) {
            if (!c.prefixFits(mandatory)) continue;
            if (c.vexL >= 0 && c.vexL != in.vexL) continue;
            if (modrm >= 0) {
                if (c.digit >= 0 && c.digit != ((modrm >> 3) & 7)) continue;
                if (c.mod == 3 && (modrm >> 6) != 3) continue;
                if (c.mod == 0 && (modrm >> 6) == 3) continue;
                if (c.modrmByte >= 0 && c.modrmByte != modrm) continue;
            }
            if (c.w >= 0 && c.w != (rexW ? 1 : 0)) continue;
            cand = c;
            break;
        }
        if (cand == null) {
            undefined = true;
            cand = entry.candidates[0]; // for the length
        }
        Op op = cand.op;
        OperandForm f = op.operands;
        if (f.vvvv) {
            in.vreg = vvvv;
        } else if (vvvv != 0) {
            undefined = true; // VEX.vvvv is reserved (1111b) when no operand uses it
        }
        boolean opsizePrefix = (prefixes & Insn.P_OPSIZE) != 0 && cand.prefix != OpcodeTable.PFX_66;
        int opsize;
        if (cand.sizeDefault == 65) {
            opsize = 8;
        } else if (cand.sizeDefault == 64) {
            opsize = rexW ? 8 : opsizePrefix ? 2 : 8;
        } else {
            switch (f.sizeRule) {
                case OperandForm.SIZE_B: opsize = 1; break;
                case OperandForm.SIZE_W: opsize = 2; break;
                case OperandForm.SIZE_D: opsize = 4; break;
                case OperandForm.SIZE_Q: opsize = 8; break;
                case OperandForm.SIZE_Y: opsize = rexW ? 8 : 4; break;
                case OperandForm.SIZE_X: opsize = 16; break;
                default: opsize = rexW ? 8 : opsizePrefix ? 2 : 4; break;
            }
        }
        in.op = op;
        in.prefixes = prefixes;
        in.seg = seg;
        in.opsize = opsize;
        in.addrsize = (prefixes & Insn.P_ADDRSIZE) != 0 ? 4 : 8;
        in.rexW = rexW;
        in.cond = b & 0xF;
        boolean ripRelative = false;
        if (cand.plusR) {
            int r = (b & 7) | ((rex & 1) << 3);
            if (f.opcodeRegIsByte && rex == 0 && r >= 4 && r < 8) {
                r = Insn.HIGH_BYTE + r - 4;
            }
            in.reg = r;
        }
        if (modrm >= 0) {
            in.modrm = modrm;
            int mod = f.modIgnored ? 3 : modrm >> 6;
            int regField = (modrm >> 3) & 7;
            int rmField = modrm & 7;
            in.modrmReg = regField;
            if (!cand.plusR) {
                int r = regField | ((rex & 4) << 1);
                if (f.regIsByte && rex == 0 && r >= 4) {
                    r = Insn.HIGH_BYTE + r - 4;
                }
                in.reg = r;
            }
            if (mod == 3) {
                int r = rmField | ((rex & 1) << 3);
                if (f.rmIsByte && rex == 0 && r >= 4 && r < 8) {
                    r = Insn.HIGH_BYTE + r - 4;
                }
                in.rm = r;
                undefined |= f.rmKind == 1;
            } else {
                undefined |= f.rmKind == 2;
                in.rm = -1;
                if (rmField == 4) {
                    int sib = next();
                    int scale = sib >> 6;
                    int index = ((sib >> 3) & 7) | ((rex & 2) << 2);
                    int base = sib & 7;
                    in.scale = scale;
                    in.index = index == 4 ? -1 : index;
                    if (base == 5 && mod == 0) {
                        in.base = -1;
                        in.disp = imm(4);
                    } else {
                        in.base = base | ((rex & 1) << 3);
                    }
                } else if (rmField == 5 && mod == 0) {
                    ripRelative = true;
                    in.base = -1;
                    in.index = -1;
                    in.disp = imm(4);
                } else {
                    in.base = rmField | ((rex & 1) << 3);
                    in.index = -1;
                }
                if (mod == 1) {
                    in.disp += imm(1);
                } else if (mod == 2) {
                    in.disp += imm(4);
                }
            }
        }
        int[] imms = f.imms;
        boolean first = true;
        long rel = 0;
        boolean relative = false;
        for (int kind : imms) {
            long v;
            switch (kind) {
                case OperandForm.IMM_B: v = imm(1); break;
                case OperandForm.IMM_W: v = imm(2); break;
                case OperandForm.IMM_D: v = imm(4); break;
                case OperandForm.IMM_Z: v = imm(opsize == 2 ? 2 : 4); break;
                case OperandForm.IMM_V: v = imm(opsize == 2 ? 2 : opsize == 8 ? 8 : 4); break;
                case OperandForm.IMM_Q: v = imm(8); break;
                case OperandForm.REL_B: rel = imm(1); relative = true; continue;
                case OperandForm.REL_Z: rel = imm(4); relative = true; continue;
                case OperandForm.MOFFS:
                    in.base = -1;
                    in.index = -1;
                    in.disp = in.addrsize == 8 ? imm(8) : imm(4) & 0xFFFFFFFFL;
                    continue;
                default: throw new IllegalStateException("immediate kind " + kind);
            }
            if (first) {
                in.imm = v;
                first = false;
            } else {
                in.imm2 = v;
            }
        }
        in.len = pos;
        in.next = addr + pos;
        if (ripRelative) {
            in.disp += in.next;
            if (in.addrsize == 4) {
                in.disp &= 0xFFFFFFFFL;
            }
        }
        if (relative) {
            in.target = in.next + rel;
        }
        // LOCK MOV CRn is AMD's way to reach CR8 (the host's): the semantics decide, not the decoder.
        if (undefined || (prefixes & Insn.P_LOCK) != 0 && (!op.lockable || in.rm >= 0) && !f.modIgnored) {
            return invalid(in, pos);
        }
        return in;
    }
}
