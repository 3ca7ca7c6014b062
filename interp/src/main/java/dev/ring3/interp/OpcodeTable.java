package dev.ring3.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * The opcode table: every instruction form ring3 knows, as {@link Op} rows keyed by their encoding
 * in Intel SDM notation. Row files ({@code IntegerRows}, {@code SseRows}, ...) add rows through
 * {@link Builder#row}; the decoder looks candidates up by opcode map and byte and picks the one
 * whose constraints (mandatory prefix, ModRM /digit, register-or-memory form, REX.W) fit best.
 *
 * <p>Key syntax, tokens separated by spaces:
 * <pre>
 *   [66|F2|F3|NP] [0F [38|3A]] XX[+r] [/d] [reg|mem] [MM] [W0|W1] [d64|f64]
 * </pre>
 * {@code 66/F2/F3} are mandatory prefixes, {@code NP} means none of them; without one the row
 * matches any prefixes (which then act as REP or operand-size prefixes). {@code +r}: the low three
 * opcode bits name a register (8 rows). {@code /d}: ModRM.reg must be d. {@code reg|mem}: ModRM.mod
 * must be 3 / must not be. {@code MM}: a second hex byte after the opcode is an exact ModRM byte
 * (0F 01 F9 rdtscp). {@code d64}: operand size defaults to 64 bits (16 with 0x66);
 * {@code f64}: always 64 bits.
 */
public final class OpcodeTable {
    public static final int MAP_ONE = 0, MAP_0F = 1, MAP_0F38 = 2, MAP_0F3A = 3;

    static final int PFX_ANY = -1, PFX_NONE = 0, PFX_66 = 1, PFX_F3 = 2, PFX_F2 = 3;

    /** A row with its decoded key constraints. */
    static final class Candidate {
        final Op op;
        final int prefix;
        final int digit;      // -1 any
        final int mod;        // -1 any, 0 memory, 3 register
        final int modrmByte;  // -1 any
        final int w;          // -1 any
        final boolean plusR;
        final int sizeDefault; // 0 normal, 64 = d64, 65 = f64

        Candidate(Op op, int prefix, int digit, int mod, int modrmByte, int w, boolean plusR, int sizeDefault) {
            this.op = op;
            this.prefix = prefix;
            this.digit = digit;
            this.mod = mod;
            this.modrmByte = modrmByte;
            this.w = w;
            this.plusR = plusR;
            this.sizeDefault = sizeDefault;
        }

        int specificity() {
            return (prefix != PFX_ANY ? 8 : 0) + (modrmByte >= 0 ? 4 : 0) + (digit >= 0 ? 2 : 0)
                    + (mod >= 0 ? 1 : 0) + (w >= 0 ? 1 : 0);
        }
    }

    /** All rows for one opcode byte in one map, most specific first; needsModrm if any row has one. */
    static final class Entry {
        Candidate[] candidates = new Candidate[0];
        boolean needsModrm;
    }

    /** What an undefined or unsupported encoding decodes to: raises #UD (SIGILL) when executed. */
    public static final Op INVALID = new Op("", "(bad)", "", (c, i) -> {
        throw new CpuException(CpuException.UD);
    }).ends();

    final Entry[][] maps = new Entry[4][256];
    private final List<Op> ops = new ArrayList<>();

    private static final OpcodeTable INSTANCE = build();

    /** The table, built once from all row files. */
    public static OpcodeTable get() {
        return INSTANCE;
    }

    /** Every row, in registration order. */
    public List<Op> ops() {
        return List.copyOf(ops);
    }

    private static OpcodeTable build() {
        OpcodeTable t = new OpcodeTable();
        Builder b = new Builder(t);
        for (RowSource source : RowSource.ALL) {
            source.register(b);
        }
        return t;
    }

    /** Adds rows to a table. */
    public static final class Builder {
        private final OpcodeTable table;

        Builder(OpcodeTable table) {
            this.table = table;
        }

        /**
         * Adds a row: {@code key} as in the class comment, {@code asm} the mnemonic and operand forms
         * ("add Ev,Gv"; "movsd Vsd,Wsd"; "ret"), {@code exec} the semantics. Returns the row so
         * flags and block ends can be declared: {@code .writes(Flags.OSZAPC).ends()}.
         */
        public Op row(String key, String asm, Exec exec) {
            String asmTrim = asm.trim();
            int sp = asmTrim.indexOf(' ');
            String mnemonic = sp < 0 ? asmTrim : asmTrim.substring(0, sp);
            String form = sp < 0 ? "" : asmTrim.substring(sp + 1).replace(" ", "");
            Op op = new Op(key, mnemonic, form, exec);
            table.add(key, op);
            table.ops.add(op);
            return op;
        }
    }

    private void add(String key, Op op) {
        String[] toks = key.trim().split("\\s+");
        int i = 0;
        int prefix = PFX_ANY;
        if (toks.length > 1) {
            switch (toks[0]) {
                case "66": prefix = PFX_66; i++; break;
                case "F3": prefix = PFX_F3; i++; break;
                case "F2": prefix = PFX_F2; i++; break;
                case "NP": prefix = PFX_NONE; i++; break;
                default: break;
            }
        }
        int map = MAP_ONE;
        if (toks[i].equals("0F")) {
            map = MAP_0F;
            i++;
            if (toks[i].equals("38") && i + 1 < toks.length && isHexByte(toks[i + 1])) {
                map = MAP_0F38;
                i++;
            } else if (toks[i].equals("3A") && i + 1 < toks.length && isHexByte(toks[i + 1])) {
                map = MAP_0F3A;
                i++;
            }
        }
        String opTok = toks[i++];
        boolean plusR = opTok.endsWith("+r");
        int opcode = Integer.parseInt(plusR ? opTok.substring(0, opTok.length() - 2) : opTok, 16);
        int digit = -1, mod = -1, modrmByte = -1, w = -1, sizeDefault = 0;
        for (; i < toks.length; i++) {
            String t = toks[i];
            if (t.startsWith("/")) digit = Integer.parseInt(t.substring(1));
            else if (t.equals("reg")) mod = 3;
            else if (t.equals("mem")) mod = 0;
            else if (t.equals("W0")) w = 0;
            else if (t.equals("W1")) w = 1;
            else if (t.equals("d64")) sizeDefault = 64;
            else if (t.equals("f64")) sizeDefault = 65;
            else if (isHexByte(t)) modrmByte = Integer.parseInt(t, 16);
            else throw new IllegalArgumentException("bad key token '" + t + "' in '" + key + "'");
        }
        Candidate cand = new Candidate(op, prefix, digit, mod, modrmByte, w, plusR, sizeDefault);
        boolean modrm = op.operands.modrm || digit >= 0 || mod >= 0 || modrmByte >= 0;
        for (int r = 0; r < (plusR ? 8 : 1); r++) {
            Entry e = maps[map][opcode + r];
            if (e == null) {
                e = maps[map][opcode + r] = new Entry();
            }
            Candidate[] c = java.util.Arrays.copyOf(e.candidates, e.candidates.length + 1);
            c[c.length - 1] = cand;
            java.util.Arrays.sort(c, (x, y) -> y.specificity() - x.specificity());
            e.candidates = c;
            e.needsModrm |= modrm;
        }
    }

    private static boolean isHexByte(String t) {
        return t.length() == 2 && Character.digit(t.charAt(0), 16) >= 0 && Character.digit(t.charAt(1), 16) >= 0;
    }
}
