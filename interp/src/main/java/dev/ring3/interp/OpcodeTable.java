package dev.ring3.interp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The opcode table: every instruction form ring3 knows, as {@link Op} rows keyed by their encoding
 * in Intel SDM notation. Row files ({@code AluRows}, {@code SseRows}, {@code BmiRows}, ...) add rows through
 * {@link Builder#row}; the decoder looks candidates up by opcode map and byte and picks the one
 * whose constraints (mandatory prefix, ModRM /digit, register-or-memory form, REX.W) fit best.
 *
 * <p>Key syntax, tokens separated by spaces:
 * <pre>
 *   [66|F2|F3|NP|NFx] [0F [38|3A]] XX[+r] [/d|/r] [reg|mem] [MM] [W0|W1] [d64|f64]
 *   VEX.[NDS.|NDD.|DDS.]{LZ|L0|128|L1|256|LIG}.[66.|F2.|F3.]{0F|0F38|0F3A}.{W0|W1|WIG} XX [/d|/r] [reg|mem] [ib]
 * </pre>
 * {@code 66/F2/F3} are mandatory prefixes, {@code NP} means none of them, {@code NFx} neither F2
 * nor F3 (0x66 then sets the operand size); without one the row matches any prefixes (which then
 * act as REP or operand-size prefixes). {@code +r}: the low three opcode bits name a register
 * (8 rows). {@code /d}: ModRM.reg must be d; {@code /r}: a ModRM byte follows. {@code reg|mem}:
 * ModRM.mod must be 3 / must not be. {@code MM}: a second hex byte after the opcode is an exact
 * ModRM byte (0F 01 F9 rdtscp). {@code d64}: operand size defaults to 64 bits (16 with 0x66);
 * {@code f64}: always 64 bits.
 *
 * <p>VEX rows are written as the SDM writes them (Vol. 2 3.1.1.2): the first token names the
 * vector length ({@code LZ}/{@code L0}/{@code 128}: VEX.L = 0, {@code L1}/{@code 256}: 1,
 * {@code LIG}: ignored), the implied prefix VEX.pp (none if absent), the opcode map VEX.mmmmm and
 * VEX.W ({@code WIG}: ignored; W1 selects 64-bit operands where the forms use size y). VEX rows
 * live in their own maps, apart from the legacy ones.
 */
public final class OpcodeTable {
    public static final int MAP_ONE = 0, MAP_0F = 1, MAP_0F38 = 2, MAP_0F3A = 3;
    /** The VEX opcode maps, VEX.mmmmm = 1, 2, 3: MAP_VEX + mmmmm - 1. */
    public static final int MAP_VEX_0F = 4, MAP_VEX_0F38 = 5, MAP_VEX_0F3A = 6;
    private static final int MAPS = 7;

    /** Prefix constraints; PFX_NONE..PFX_F2 are also the values of VEX.pp. */
    static final int PFX_ANY = -1, PFX_NONE = 0, PFX_66 = 1, PFX_F3 = 2, PFX_F2 = 3, PFX_NFX = 4;

    /** A row key, parsed (syntax in the class comment); the disassembler reads it too. */
    static final class Key {
        final int map;
        final int opcode;
        final int prefix;
        final int digit;      // -1 any
        final int mod;        // -1 any, 0 memory, 3 register
        final int modrmByte;  // -1 any
        final int w;          // -1 any
        final int vexL;       // -1 any (and for legacy rows)
        final boolean plusR;
        final boolean modrm;  // the key itself says a ModRM byte follows
        final int sizeDefault; // 0 normal, 64 = d64, 65 = f64

        private Key(int map, int opcode, int prefix, int digit, int mod, int modrmByte, int w, int vexL,
                boolean plusR, boolean modrm, int sizeDefault) {
            this.map = map;
            this.opcode = opcode;
            this.prefix = prefix;
            this.digit = digit;
            this.mod = mod;
            this.modrmByte = modrmByte;
            this.w = w;
            this.vexL = vexL;
            this.plusR = plusR;
            this.modrm = modrm;
            this.sizeDefault = sizeDefault;
        }

        boolean vex() {
            return map >= MAP_VEX_0F;
        }

        /** The mandatory prefix byte (0x66, 0xF2, 0xF3; VEX.pp for VEX rows), or 0. */
        int prefixByte() {
            switch (prefix) {
                case PFX_66: return 0x66;
                case PFX_F3: return 0xF3;
                case PFX_F2: return 0xF2;
                default: return 0;
            }
        }
    }

    /** A row with its decoded key constraints. */
    static final class Candidate {
        final Op op;
        final int prefix;
        final int digit;      // -1 any
        final int mod;        // -1 any, 0 memory, 3 register
        final int modrmByte;  // -1 any
        final int w;          // -1 any
        final int vexL;       // -1 any
        final boolean plusR;
        final int sizeDefault; // 0 normal, 64 = d64, 65 = f64

        Candidate(Op op, Key k) {
            this.op = op;
            this.prefix = k.prefix;
            this.digit = k.digit;
            this.mod = k.mod;
            this.modrmByte = k.modrmByte;
            this.w = k.w;
            this.vexL = k.vexL;
            this.plusR = k.plusR;
            this.sizeDefault = k.sizeDefault;
        }

        /** True if the row allows the (effective) mandatory prefix {@code p}, a PFX_* value. */
        boolean prefixFits(int p) {
            return prefix == PFX_ANY || prefix == p || (prefix == PFX_NFX && (p == PFX_NONE || p == PFX_66));
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

    /**
     * What an instruction longer than 15 bytes decodes to (prefixes piled up): #GP(0), SIGSEGV
     * with address 0, as the host raises it (SDM Vol. 2 2.3.11).
     */
    public static final Op TOO_LONG = new Op("", "(bad)", "", (c, i) -> {
        throw new CpuException(CpuException.GP);
    }).ends();

    /** Whether {@code op} is a real row, not {@link #INVALID} or {@link #TOO_LONG}. */
    public static boolean decoded(Op op) {
        return op != INVALID && op != TOO_LONG;
    }

    final Entry[][] maps = new Entry[MAPS][256];
    private final List<Op> ops = new ArrayList<>();

    /**
     * The table, built when first asked for, outside OpcodeTable's own class initialisation: the
     * second thread of {@link #build} may touch OpcodeTable's statics, and would wait forever for
     * an initialisation that waits for it.
     */
    private static final class Holder {
        static final OpcodeTable INSTANCE = build();
    }

    /** The table, built once from all row files. */
    public static OpcodeTable get() {
        return Holder.INSTANCE;
    }

    /** Every row, in registration order. */
    public List<Op> ops() {
        return List.copyOf(ops);
    }

    /**
     * Runs the row files on this thread and a second one, each taking the next file not yet taken,
     * then adds their rows to the table in the files' order: the table is the same as from one
     * thread. The work is parsing the keys and forms and loading the rows' semantics constants
     * ({@code XSem} classes: not method references, whose call sites JDK 17 links at every start),
     * ~70 ms on JDK 17 that a static hello world waits for.
     */
    private static OpcodeTable build() {
        List<RowSource> sources = RowSource.ALL;
        List<List<Parsed>> rows = new ArrayList<>(Collections.nCopies(sources.size(), (List<Parsed>) null));
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int s; (s = next.getAndIncrement()) < sources.size(); ) {
                Builder b = new Builder(null);
                sources.get(s).register(b);
                synchronized (rows) {
                    rows.set(s, b.recorded);
                }
            }
        };
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread helper = new Thread(worker, "ring3-opcode-table-2");
        helper.setDaemon(true);
        helper.setUncaughtExceptionHandler((th, e) -> failed.set(e));
        helper.start();
        worker.run();
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the opcode table", e);
        }
        if (failed.get() != null) {
            throw new IllegalStateException("building the opcode table", failed.get());
        }
        OpcodeTable t = new OpcodeTable();
        for (List<Parsed> file : rows) {
            for (Parsed row : file) {
                t.add(row.op, row.key);
                t.ops.add(row.op);
            }
        }
        return t;
    }

    /** A row recorded by a {@link Builder} with no table: its key parsed on the recording thread. */
    private record Parsed(Op op, Key key) {
    }

    /** Adds rows to a table, or (with none) records them for {@link #build} to add in order. */
    public static final class Builder {
        private final OpcodeTable table;
        private final List<Parsed> recorded = new ArrayList<>();

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
            if (table == null) {
                recorded.add(new Parsed(op, parseKey(key)));
            } else {
                table.add(key, op);
                table.ops.add(op);
            }
            return op;
        }
    }

    private void add(String key, Op op) {
        add(op, parseKey(key));
    }

    private void add(Op op, Key k) {
        Candidate cand = new Candidate(op, k);
        boolean modrm = op.operands.modrm || k.modrm;
        for (int r = 0; r < (k.plusR ? 8 : 1); r++) {
            Entry e = maps[k.map][k.opcode + r];
            if (e == null) {
                e = maps[k.map][k.opcode + r] = new Entry();
            }
            // Most specific first, rows of equal specificity in registration order (a stable insert:
            // no sort and no comparator lambda, which the start-up of every run would pay for).
            Candidate[] old = e.candidates;
            int at = old.length;
            while (at > 0 && old[at - 1].specificity() < cand.specificity()) {
                at--;
            }
            Candidate[] c = new Candidate[old.length + 1];
            System.arraycopy(old, 0, c, 0, at);
            c[at] = cand;
            System.arraycopy(old, at, c, at + 1, old.length - at);
            e.candidates = c;
            e.needsModrm |= modrm;
        }
    }

    /** The space-separated words of {@code s} (String.split with a regex compiles it per call: start-up cost). */
    private static String[] words(String s) {
        List<String> out = new ArrayList<>(6);
        int n = s.length();
        for (int i = 0; i < n; ) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.add(s.substring(i, j));
            }
            i = j;
        }
        return out.toArray(new String[0]);
    }

    /** Parses a row key; throws IllegalArgumentException naming the key if it is malformed. */
    static Key parseKey(String key) {
        String[] toks = words(key);
        int i = 0;
        int prefix = PFX_ANY;
        int map = MAP_ONE;
        int w = -1, vexL = -1;
        if (toks[0].startsWith("VEX.")) {
            String[] f = toks[0].split("\\.");
            int j = 1;
            if (j < f.length && (f[j].equals("NDS") || f[j].equals("NDD") || f[j].equals("DDS"))) {
                j++; // operand roles of older SDM editions: the forms say it
            }
            vexL = j >= f.length ? -2 : switch (f[j]) {
                case "LZ", "L0", "128" -> 0;
                case "L1", "256" -> 1;
                case "LIG" -> -1;
                default -> -2;
            };
            j++;
            prefix = PFX_NONE;
            if (j < f.length) {
                switch (f[j]) {
                    case "66": prefix = PFX_66; j++; break;
                    case "F3": prefix = PFX_F3; j++; break;
                    case "F2": prefix = PFX_F2; j++; break;
                    default: break;
                }
            }
            map = j >= f.length ? -1 : switch (f[j]) {
                case "0F" -> MAP_VEX_0F;
                case "0F38" -> MAP_VEX_0F38;
                case "0F3A" -> MAP_VEX_0F3A;
                default -> -1;
            };
            j++;
            w = j >= f.length ? -2 : switch (f[j]) {
                case "W0" -> 0;
                case "W1" -> 1;
                case "WIG" -> -1;
                default -> -2;
            };
            if (vexL == -2 || map < 0 || w == -2 || j + 1 != f.length || toks.length < 2) {
                throw new IllegalArgumentException("bad VEX key '" + key + "'");
            }
            i = 1;
        } else {
            if (toks.length > 1) {
                switch (toks[0]) {
                    case "66": prefix = PFX_66; i++; break;
                    case "F3": prefix = PFX_F3; i++; break;
                    case "F2": prefix = PFX_F2; i++; break;
                    case "NP": prefix = PFX_NONE; i++; break;
                    case "NFx": prefix = PFX_NFX; i++; break;
                    default: break;
                }
            }
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
        }
        String opTok = toks[i++];
        boolean plusR = opTok.endsWith("+r");
        int opcode = Integer.parseInt(plusR ? opTok.substring(0, opTok.length() - 2) : opTok, 16);
        int digit = -1, mod = -1, modrmByte = -1, sizeDefault = 0;
        boolean modrm = false;
        for (; i < toks.length; i++) {
            String t = toks[i];
            if (t.equals("/r")) modrm = true;
            else if (t.startsWith("/")) digit = Integer.parseInt(t.substring(1));
            else if (t.equals("reg")) mod = 3;
            else if (t.equals("mem")) mod = 0;
            else if (t.equals("W0") && map < MAP_VEX_0F) w = 0;
            else if (t.equals("W1") && map < MAP_VEX_0F) w = 1;
            else if (t.equals("d64")) sizeDefault = 64;
            else if (t.equals("f64")) sizeDefault = 65;
            else if (t.equals("ib") && map >= MAP_VEX_0F) continue; // the forms carry the immediate
            else if (isHexByte(t)) modrmByte = Integer.parseInt(t, 16);
            else throw new IllegalArgumentException("bad key token '" + t + "' in '" + key + "'");
        }
        modrm |= digit >= 0 || mod >= 0 || modrmByte >= 0;
        return new Key(map, opcode, prefix, digit, mod, modrmByte, w, vexL, plusR, modrm, sizeDefault);
    }

    private static boolean isHexByte(String t) {
        return t.length() == 2 && Character.digit(t.charAt(0), 16) >= 0 && Character.digit(t.charAt(1), 16) >= 0;
    }
}
