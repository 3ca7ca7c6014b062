package dev.ring3.difftest;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Decoder;
import dev.ring3.interp.Insn;
import dev.ring3.interp.Op;
import dev.ring3.interp.RowEncoding;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

/**
 * Writes random concrete instructions for an opcode-table row from its encoding constraints
 * ({@link RowEncoding}) and operand forms: legacy and mandatory prefixes, LOCK on lockable memory
 * forms, 0x66 and REX.W operand sizes, REX.R/X/B register extensions (and their absence, which
 * selects AH..BH), VEX prefixes for VEX rows, every ModRM/SIB addressing shape (register,
 * [base], disp8, disp32, SIB with and without base or index, RIP-relative, 0x67), immediates with
 * edge values and branch displacements that skip {@link Layout#FILLER}. Each attempt is decoded by
 * ring3's decoder and kept only if it names the row and has the length written; the memory
 * operand always lands in the data window, so both sides can run it.
 */
final class Encoder {
    private Encoder() {}

    private static final int ATTEMPTS = 200;
    /** FS overrides and loads are generated only where the harness can hand FS to a case. */
    private static final boolean FS = Features.host().caseOwnsFs();
    private static final List<String> STRINGS = List.of("movs", "cmps", "stos", "lods", "scas");

    /** A random instruction of {@code row}, or null if none of many attempts decoded as that row. */
    static Encoding encode(RowEncoding row, Random r) {
        return encode(row, r, false);
    }

    /**
     * As {@link #encode(RowEncoding, Random)}; with {@code noise}, the instruction also gets prefixes
     * an assembler would not write (see {@link #noise}), and it is kept whatever ring3 decodes the
     * bytes as (another row, or #UD): the host decides what they mean.
     */
    static Encoding encode(RowEncoding row, Random r, boolean noise) {
        for (int k = 0; k < ATTEMPTS; k++) {
            Encoding e = attempt(row, r, noise);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** Bytes of memory the generator may fill at a memory operand of {@code mnemonic}. */
    static int memSize(String mnemonic) {
        switch (mnemonic) {
            case "fxsave": case "fxrstor": return 512;
            case "fnsave": case "frstor": return 108;
            case "fnstenv": case "fldenv": return 28;
            default: return 16;
        }
    }

    private static Encoding attempt(RowEncoding row, Random r, boolean noise) {
        Op op = row.op();
        String m = op.mnemonic;
        List<String> toks = op.operands.tokens();
        boolean string = STRINGS.contains(m);
        boolean moffs = toks.stream().anyMatch(t -> t.startsWith("O"));
        boolean modrm = row.modrm() || row.digit() >= 0 || row.mod() >= 0 || row.modrmByte() >= 0;
        boolean mem;
        if (row.modrmByte() >= 0) {
            mem = (row.modrmByte() >> 6) != 3;
        } else if (!modrm) {
            mem = false;
        } else if (row.mod() >= 0) {
            mem = row.mod() == 0;
        } else if (toks.stream().anyMatch(t -> t.matches("M[a-z]*"))) {
            mem = true;
        } else if (toks.stream().anyMatch(t -> t.matches("[RUN][a-z]+"))) {
            mem = false;
        } else {
            mem = r.nextInt(5) < 3;
        }
        long[] pinned = new long[16];
        boolean[] isPinned = new boolean[16];
        pinned[Cpu.RSP] = Layout.STACK + 8 * (r.nextInt(9) - 4) + (r.nextInt(10) == 0 ? 1 + r.nextInt(7) : 0);
        isPinned[Cpu.RSP] = true;
        int memSize = memSize(m);
        long target = -1;
        if (mem || moffs) {
            int room = Layout.WINDOW - memSize;
            int off;
            switch (r.nextInt(20)) {
                case 0: off = Layout.WINDOW - 1 - r.nextInt(Math.min(memSize, 16)); break; // runs into the guard page
                case 1: case 2: case 3: case 4: off = r.nextInt(room + 1); break;
                default: off = r.nextInt(room / 16 + 1) * 16; break;
            }
            target = Layout.WIN + off;
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean vex = row.vex();
        int noiseLen = noise ? noise(out, row, r) : 0;
        boolean addr32 = (mem || moffs || string) && r.nextInt(8) == 0;
        boolean opsize16 = false;
        if (!vex) {
            if (op.lockable() && mem && r.nextInt(3) == 0) {
                out.write(0xF0);
            }
            if ((mem || moffs || string) && r.nextInt(12) == 0 && !noise) {
                out.write(FS && r.nextInt(2) == 0 ? 0x64 : 0x65); // base 0 on both sides, as no override
            }
            if (addr32) {
                out.write(0x67);
            }
            // No 0x66 on near branches (AMD truncates RIP to 16 bits, ring3 does as Intel: docs/quirks.md).
            boolean no66 = row.sizeDefault() == 65;
            if ((row.prefix() == RowEncoding.ANY || row.prefix() == RowEncoding.NOT_REP) && !no66 && r.nextInt(4) == 0) {
                out.write(0x66);
                opsize16 = true;
            }
            if (string && row.prefix() == RowEncoding.ANY) {
                int rep = r.nextInt(3);
                if (rep > 0) {
                    out.write(rep == 1 ? 0xF3 : 0xF2);
                }
            }
            if (row.prefix() > 0) {
                out.write(row.prefix());
            }
        } else if (addr32) {
            out.write(0x67);
        }
        int w = row.w() >= 0 ? row.w() : (r.nextInt(3) == 0 ? 1 : 0);
        int rx = r.nextInt(2), xx = r.nextInt(2), bx = r.nextInt(2);
        int vvvv = r.nextInt(5) < 2 ? 0 : r.nextInt(16);
        if (row.prefix() == 0xF3 && row.map() == 0 && row.opcode() == 0x90) {
            bx = 0; // F3 REX.B 90 is XCHG R8,RAX on the host, PAUSE in ring3 (docs/quirks.md)
        }
        if (!vex) {
            boolean rex = w != 0 || rx != 0 || xx != 0 || bx != 0 || r.nextInt(4) == 0;
            if (r.nextInt(3) == 0 && w == 0) {
                rx = xx = bx = 0;
                rex = false;
            }
            if (rex) {
                out.write(0x40 | w << 3 | rx << 2 | xx << 1 | bx);
            }
            if (row.map() >= 1) {
                out.write(0x0F);
                if (row.map() == 2) {
                    out.write(0x38);
                } else if (row.map() == 3) {
                    out.write(0x3A);
                }
            }
        } else {
            int mmmmm = row.map() - 3;
            int pp = switch (row.prefix()) {
                case 0x66 -> 1;
                case 0xF3 -> 2;
                case 0xF2 -> 3;
                default -> 0;
            };
            int l = r.nextInt(2);
            if (mmmmm == 1 && w == 0 && xx == 0 && bx == 0 && r.nextBoolean()) {
                out.write(0xC5);
                out.write((rx ^ 1) << 7 | (~vvvv & 15) << 3 | l << 2 | pp);
            } else {
                out.write(0xC4);
                out.write((rx ^ 1) << 7 | (xx ^ 1) << 6 | (bx ^ 1) << 5 | mmmmm);
                out.write(w << 7 | (~vvvv & 15) << 3 | l << 2 | pp);
            }
        }
        int opcode = row.opcode() + (row.plusR() ? r.nextInt(8) : 0);
        out.write(opcode);

        int dispPos = -1;
        boolean ripRelative = false;
        if (modrm) {
            if (row.modrmByte() >= 0) {
                out.write(row.modrmByte());
            } else {
                int reg = row.digit() >= 0 ? row.digit() : r.nextInt(8);
                if (m.equals("mov") && toks.contains("Sw") && toks.get(0).equals("Sw") && reg == 4 && !FS) {
                    return null; // loading FS would replace the harness's thread pointer (GS has base 0 on both sides)
                }
                if (!mem) {
                    int rm = r.nextInt(8);
                    if ((m.equals("call") || m.equals("jmp")) && rm == 4 && bx == 0) {
                        return null; // the target goes in the register: not RSP, which the call pushes through
                    }
                    out.write(0xC0 | reg << 3 | rm);
                } else {
                    int[] pos = new int[1];
                    ripRelative = address(r, out, reg, rx, xx, bx, target, pinned, isPinned, addr32, pos);
                    if (ripRelative) {
                        dispPos = pos[0];
                    } else if (pos[0] < 0) {
                        return null;
                    }
                }
            }
        }
        // Immediates, in encoding order.
        int opsize = w != 0 ? 8 : opsize16 ? 2 : 4;
        for (String t : toks) {
            char c = t.charAt(0);
            if (t.length() < 2 || !Character.isLowerCase(t.charAt(1))) {
                continue;
            }
            if (c == 'I') {
                switch (t.charAt(1)) {
                    case 'b': out.write(imm8(m, r)); break;
                    case 'w': writeLe(out, m.equals("enter") ? (r.nextInt(4) == 0 ? 0 : r.nextInt(200)) : r.nextInt(), 2); break;
                    case 'd': writeLe(out, imm32(r), 4); break;
                    case 'z': writeLe(out, imm32(r), opsize == 2 ? 2 : 4); break;
                    case 'v': writeLe(out, opsize == 8 ? Values.integer(r) : imm32(r), opsize); break;
                    case 'q': writeLe(out, Values.integer(r), 8); break;
                    default: return null;
                }
            } else if (c == 'J') {
                writeLe(out, Layout.FILLER.length, t.charAt(1) == 'b' ? 1 : 4);
            } else if (c == 'O') {
                writeLe(out, target, addr32 ? 4 : 8);
            }
        }
        int len = out.size();
        out.writeBytes(Layout.FILLER);
        byte[] code = out.toByteArray();
        if (ripRelative) {
            long disp = target - (Layout.CODE + len);
            for (int k = 0; k < 4; k++) {
                code[dispPos + k] = (byte) (disp >>> (8 * k));
            }
        }
        if (code.length > Layout.CODE_MAX) {
            return null;
        }
        // The row's own decoding (without the noise) is what the case's state is made for.
        Insn insn = new Decoder().decode(code, noiseLen, code.length - noiseLen, Layout.CODE);
        if (insn.op != op || insn.len != len - noiseLen) {
            return null;
        }
        // A register the instruction uses implicitly (MULX's RDX, DIV's RDX:RAX) gets random and
        // edge values only if it is no base or index; that overlap is kept for one case in eight.
        int addressing = (insn.base >= 0 && insn.base < 16 ? 1 << insn.base : 0) | (insn.index >= 0 ? 1 << insn.index : 0);
        if ((addressing & op.implicitRegs()) != 0 && r.nextInt(8) != 0) {
            return null;
        }
        return new Encoding(row, code, len, insn, mem || moffs ? target : -1, memSize, pinned, isPinned);
    }

    /**
     * Writes prefixes that the row does not need in front of it and returns their count: segment
     * overrides (CS, DS, ES, SS, which 64-bit mode ignores, and FS and GS, whose bases are 0 on both sides),
     * repeated or conflicting 0x66, 0x67, F2 and F3, LOCK, a REX that a later prefix voids, and now
     * and then so many that the instruction passes 15 bytes (#GP). Prefixes that change nothing
     * must change nothing; the others (LOCK on a form that cannot take it, 0x66/F2/F3/REX before
     * VEX, F2/F3 turning one row into another) must do as the host does. Left out: FS where the
     * harness cannot hand it to the case (no FSGSBASE), 0x66 on near branches (a documented
     * deviation, docs/quirks.md), F3 on 90 (F3 REX.B 90, a documented deviation), 0x66 where it
     * shortens an Iz/Iv immediate and 0x67 where it shortens a moffs (the bytes after would run as
     * other instructions), and F2/F3 on 0F 2B (MOVNTSS/MOVNTSD: AMD's SSE4a, which ring3 does not
     * offer).
     */
    private static int noise(ByteArrayOutputStream out, RowEncoding row, Random r) {
        Op op = row.op();
        List<String> toks = op.operands.tokens();
        boolean no66 = row.sizeDefault() == 65 || toks.contains("Iz") || toks.contains("Iv");
        boolean no67 = toks.stream().anyMatch(t -> t.startsWith("O"));
        boolean noRep = (row.map() == 0 && row.opcode() == 0x90) || (row.map() == 1 && row.opcode() == 0x2B);
        int[] pool = {0x26, 0x2E, 0x36, 0x3E, FS ? 0x64 : 0x65, 0x65, 0x66, 0x67, 0xF0, 0xF2, 0xF3};
        int count = r.nextInt(40) == 0 ? 10 + r.nextInt(6) : 1 + r.nextInt(3);
        int n = 0;
        if (r.nextInt(4) == 0) {
            out.write(0x40 | r.nextInt(16)); // voided by the legacy prefix that follows
            n++;
        }
        for (int k = 0; k < count; k++) {
            int p = pool[r.nextInt(pool.length)];
            boolean rare = p == 0xF0 || (row.vex() && (p == 0x66 || p == 0xF2 || p == 0xF3));
            if ((p == 0x66 && no66) || (p == 0x67 && no67) || ((p == 0xF2 || p == 0xF3) && noRep)
                    || (rare && r.nextInt(4) != 0)) {
                p = 0x3E;
            }
            out.write(p);
            n++;
        }
        return n;
    }

    /**
     * Writes ModRM (with {@code reg}), SIB and displacement for a memory operand at {@code target},
     * choosing an addressing shape and pinning the base and index registers to values that reach
     * it. Returns true for RIP-relative (pos[0] is then where its disp32 goes); pos[0] = -1 when
     * the chosen shape cannot reach the target (the caller tries again).
     */
    private static boolean address(Random r, ByteArrayOutputStream out, int reg, int rx, int xx, int bx, long target,
            long[] pinned, boolean[] isPinned, boolean addr32, int[] pos) {
        int shape = r.nextInt(10);
        pos[0] = 0;
        if (shape == 0) { // RIP-relative
            out.write(reg << 3 | 5);
            pos[0] = out.size();
            writeLe(out, 0, 4);
            return true;
        }
        if (shape <= 4) { // [base], [base+disp8], [base+disp32]
            int mod = shape - 2 < 0 ? 0 : shape - 2;
            mod = Math.min(mod, 2);
            int low = r.nextInt(8);
            if (low == 4 || (low == 5 && mod == 0)) {
                pos[0] = -1;
                return false;
            }
            int base = low | bx << 3;
            long disp = mod == 0 ? 0 : mod == 1 ? r.nextInt(256) - 128 : (int) imm32(r) >> r.nextInt(20);
            if (isPinned[base]) {
                disp = target - pinned[base];
                if (mod != 2) {
                    pos[0] = -1;
                    return false;
                }
            }
            pin(pinned, isPinned, base, target - disp, r, addr32);
            out.write(mod << 6 | reg << 3 | low);
            writeLe(out, disp, mod == 0 ? 0 : mod == 1 ? 1 : 4);
            return false;
        }
        // SIB
        int mod = r.nextInt(3);
        int scale = r.nextInt(4);
        int indexLow = r.nextInt(8), baseLow = r.nextInt(8);
        int index = indexLow | xx << 3;
        boolean hasIndex = index != 4;
        boolean hasBase = !(baseLow == 5 && mod == 0);
        int base = baseLow | bx << 3;
        int dispBytes = !hasBase ? 4 : mod == 1 ? 1 : mod == 2 ? 4 : 0;
        if (hasIndex && index == Cpu.RSP) {
            pos[0] = -1;
            return false;
        }
        long disp;
        long rest; // what base + index*scale must reach
        if (hasBase && isPinned[base]) {
            long need = target - pinned[base];
            if (!hasIndex) {
                disp = need;
            } else if (index == base) {
                pos[0] = -1;
                return false;
            } else {
                long idx = (need >> scale) - r.nextInt(16);
                disp = need - (idx << scale);
                pin(pinned, isPinned, index, idx, r, false);
            }
        } else {
            disp = dispBytes == 0 ? 0 : dispBytes == 1 ? r.nextInt(256) - 128 : (hasBase ? (int) imm32(r) >> r.nextInt(24) : 0);
            rest = target - disp;
            if (hasBase && hasIndex && index == base) {
                long k = 1 + (1L << scale);
                if (Long.remainderUnsigned(rest, k) != 0) {
                    if (dispBytes == 0) {
                        pos[0] = -1;
                        return false;
                    }
                    disp += rest % k;
                    rest = target - disp;
                }
                pin(pinned, isPinned, base, rest / k, r, false);
            } else if (hasBase) {
                long idx = hasIndex ? (isPinned[index] ? pinned[index] : Values.integer(r)) : 0;
                if (hasIndex) {
                    pin(pinned, isPinned, index, idx, r, false);
                }
                pin(pinned, isPinned, base, rest - (idx << scale), r, addr32);
            } else if (hasIndex) {
                long idx = r.nextInt(64);
                disp = target - (idx << scale);
                pin(pinned, isPinned, index, idx, r, false);
            } else {
                disp = target;
            }
        }
        if ((dispBytes == 0 && disp != 0) || (dispBytes == 1 && disp != (byte) disp) || disp != (int) disp) {
            pos[0] = -1;
            return false;
        }
        out.write(mod << 6 | reg << 3 | 4);
        out.write(scale << 6 | indexLow << 3 | baseLow);
        writeLe(out, disp, dispBytes);
        return false;
    }

    /** Pins register {@code n}; with 0x67 only its low half counts, so the high half may be anything. */
    private static void pin(long[] pinned, boolean[] isPinned, int n, long v, Random r, boolean addr32) {
        if (addr32 && r.nextBoolean()) {
            v = (v & 0xFFFFFFFFL) | (r.nextLong() << 32);
        }
        pinned[n] = v;
        isPinned[n] = true;
    }

    private static int imm8(String m, Random r) {
        if (m.equals("int")) {
            int v;
            do {
                v = r.nextInt(256);
            } while (v == 0x80); // the 32-bit system call: a real call on the host (the corpus program int80_compat tests it)
            return v;
        }
        return Values.imm8(r);
    }

    private static long imm32(Random r) {
        long[] edge = {0, 1, -1, 0x7F, 0x80, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, 0x80000000L, 0xFFFFFFFFL, 31, 32, 63, 64};
        return r.nextBoolean() ? edge[r.nextInt(edge.length)] : r.nextInt();
    }

    private static void writeLe(ByteArrayOutputStream out, long v, int bytes) {
        for (int k = 0; k < bytes; k++) {
            out.write((int) (v >>> (8 * k)));
        }
    }
}
