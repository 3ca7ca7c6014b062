package dev.ring3.difftest;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Decoder;
import dev.ring3.interp.Disassembler;
import dev.ring3.interp.Insn;
import dev.ring3.interp.Op;
import dev.ring3.interp.OpcodeTable;
import dev.ring3.interp.RowEncoding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * One run of the differential tester: for every opcode-table row (or those a filter picks), a few
 * random encodings, each from several random initial states; the cases run on the host CPU, in
 * ring3's interpreter and under its JIT, and every outcome that differs from the host's is
 * reported. Forms on the exclusion list are not run; forms needing a CPU feature the host lacks
 * are skipped with the reason; forms on the known-differences list are compared without what the
 * list masks, and their remaining differences count as failures too.
 */
final class Campaign {
    /**
     * @param seed       makes the run reproducible: each form's cases come from seed and the row alone
     * @param encodings  random encodings per form
     * @param states     initial states per encoding
     * @param jit        also run every case under the JIT (mode ALL)
     * @param filter     which rows to run
     * @param reports    differences described in full per form (the rest are counted)
     * @param noise      give the instructions prefixes they do not need ({@link Encoder#encode(RowEncoding, Random, boolean)})
     */
    record Config(long seed, int encodings, int states, boolean jit, Predicate<RowEncoding> filter, int reports,
            boolean noise) {}

    /** What happened to one form. */
    static final class FormResult {
        final RowEncoding row;
        /** What the line names instead of the row (a finding's bytes and note), or null. */
        String label;
        String excluded, skipped, unencodable;
        FormRules.Rule known;
        int cases, hostFaults, failures;
        /** Cases a known-difference rule masked but that matched the host in full anyway. */
        int maskedButEqual;
        final List<String> reports = new ArrayList<>();

        FormResult(RowEncoding row) {
            this.row = row;
        }

        boolean exercised() {
            return cases > 0;
        }
    }

    private static final int CHUNK = 4000;
    private static final List<Integer> PREFIXES = List.of(0x26, 0x2E, 0x36, 0x3E, 0x40, 0x41, 0x42, 0x43, 0x44, 0x45,
            0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x64, 0x65, 0x66, 0x67, 0xF0, 0xF2, 0xF3);

    private final Config config;
    private final List<FormRules.Rule> exclusions = FormRules.exclusions();
    private final List<FormRules.Rule> known = FormRules.knownDifferences();
    private final Features features = Features.host();
    final List<FormResult> results = new ArrayList<>();

    Campaign(Config config) {
        this.config = config;
    }

    /** Runs everything, building the harness in {@code dir}. */
    void run(Path dir) throws IOException, InterruptedException {
        NativeHarness host = NativeHarness.build(dir);
        List<TestCase> chunk = new ArrayList<>();
        List<FormResult> owners = new ArrayList<>();
        try (Ring3Runner interp = new Ring3Runner(Ring3Runner.Engine.INTERPRETER);
             Ring3Runner jit = config.jit() ? new Ring3Runner(Ring3Runner.Engine.JIT) : null) {
            for (RowEncoding row : RowEncoding.all(OpcodeTable.get())) {
                if (!config.filter().test(row)) {
                    continue;
                }
                FormResult fr = new FormResult(row);
                results.add(fr);
                FormRules.Rule ex = FormRules.find(exclusions, row.op());
                if (ex != null) {
                    fr.excluded = ex.reason();
                    continue;
                }
                String feature = Features.required(row);
                if (feature != null && !features.has(feature)) {
                    fr.skipped = "the host CPU lacks " + feature;
                    continue;
                }
                fr.known = FormRules.find(known, row.op());
                Random r = new Random(config.seed() * 0x9E3779B97F4A7C15L + row.op().toString().hashCode());
                for (int k = 0; k < config.encodings(); k++) {
                    Encoding e = Encoder.encode(row, r, config.noise());
                    if (e == null) {
                        fr.unencodable = "no encoding the decoder reads as this row";
                        break;
                    }
                    for (int s = 0; s < config.states(); s++) {
                        chunk.add(CaseFactory.make(e, r));
                        owners.add(fr);
                    }
                }
                if (chunk.size() >= CHUNK) {
                    runChunk(host, interp, jit, chunk, owners);
                }
            }
            runChunk(host, interp, jit, chunk, owners);
        }
    }

    /**
     * Runs the findings ({@link Findings}), each from {@code config.states()} initial states drawn
     * from the seed, with the known-difference masks of the row each is made for.
     */
    void runFindings(Path dir, List<Findings.Finding> findings) throws IOException, InterruptedException {
        NativeHarness host = NativeHarness.build(dir);
        List<TestCase> chunk = new ArrayList<>();
        List<FormResult> owners = new ArrayList<>();
        try (Ring3Runner interp = new Ring3Runner(Ring3Runner.Engine.INTERPRETER);
             Ring3Runner jit = config.jit() ? new Ring3Runner(Ring3Runner.Engine.JIT) : null) {
            for (Findings.Finding f : findings) {
                FormResult fr = new FormResult(f.enc().row);
                fr.label = HexFormat.ofDelimiter(" ").formatHex(f.enc().code, 0, f.enc().len) + "  " + f.note();
                fr.known = FormRules.find(known, fr.row.op());
                results.add(fr);
                Random r = new Random(config.seed() * 0x9E3779B97F4A7C15L + fr.label.hashCode());
                for (int s = 0; s < config.states(); s++) {
                    chunk.add(CaseFactory.make(f.enc(), r));
                    owners.add(fr);
                }
            }
            runChunk(host, interp, jit, chunk, owners);
        }
    }

    /**
     * Runs the encodings ring3 decodes as undefined (#UD): for every opcode byte of the one-byte,
     * 0F, 0F 38 and 0F 3A maps, with no mandatory prefix, 0x66, F3 and F2, {@code config.encodings()}
     * random ModRM and SIB bytes (then NOPs), each from {@code config.states()} states.
     * Each (map, prefix, opcode) is one line; the host must raise #UD too, or the line differs
     * (an instruction the host knows and ring3 does not: docs/difftest.md says which are kept).
     */
    void runUndefined(Path dir) throws IOException, InterruptedException {
        NativeHarness host = NativeHarness.build(dir);
        RowEncoding nop = RowEncoding.all(OpcodeTable.get()).stream()
                .filter(x -> x.op().mnemonic.equals("nop")).findFirst().orElseThrow();
        List<TestCase> chunk = new ArrayList<>();
        List<FormResult> owners = new ArrayList<>();
        String[] maps = {"", "0f", "0f38", "0f3a"};
        int[] prefixes = {0, 0x66, 0xF3, 0xF2};
        try (Ring3Runner interp = new Ring3Runner(Ring3Runner.Engine.INTERPRETER);
             Ring3Runner jit = config.jit() ? new Ring3Runner(Ring3Runner.Engine.JIT) : null) {
            for (int map = 0; map < maps.length; map++) {
                for (int p : prefixes) {
                    for (int b = 0; b < 256; b++) {
                        if (map == 0 && PREFIXES.contains(b)) {
                            continue; // a prefix, not an opcode: the noise campaigns try those
                        }
                        String pre = (p == 0 ? "" : Integer.toHexString(p)) + maps[map];
                        Random r = new Random(config.seed() * 0x9E3779B97F4A7C15L + (pre + b).hashCode());
                        FormResult fr = null;
                        for (int k = 0; k < config.encodings(); k++) {
                            byte[] code = HexFormat.of().parseHex(pre + String.format("%02x", b));
                            byte[] full = new byte[code.length + 10 + Layout.FILLER.length];
                            System.arraycopy(code, 0, full, 0, code.length);
                            // A random ModRM (and SIB if it takes one), then NOPs: an instruction the
                            // host knows runs into NOPs and the way back, never into random bytes.
                            Arrays.fill(full, code.length, code.length + 10, (byte) 0x90);
                            int modrm = r.nextInt(256);
                            full[code.length] = (byte) modrm;
                            if ((modrm & 7) == 4 && modrm < 0xC0) {
                                full[code.length + 1] = (byte) r.nextInt(256);
                            }
                            Insn in = new Decoder().decode(full, 0, full.length, Layout.CODE);
                            if (OpcodeTable.decoded(in.op)) {
                                continue;
                            }
                            System.arraycopy(Layout.FILLER, 0, full, code.length + 10, Layout.FILLER.length);
                            if (fr == null) {
                                fr = new FormResult(nop);
                                fr.label = String.format("undefined %-10s", HexFormat.ofDelimiter(" ").formatHex(code));
                                results.add(fr);
                            }
                            long[] pinned = new long[16];
                            boolean[] isPinned = new boolean[16];
                            pinned[Cpu.RSP] = Layout.STACK;
                            isPinned[Cpu.RSP] = true;
                            Encoding e = new Encoding(nop, full, code.length + 10, in, -1, 16, pinned, isPinned);
                            for (int s = 0; s < config.states(); s++) {
                                chunk.add(CaseFactory.make(e, r));
                                owners.add(fr);
                            }
                        }
                        if (chunk.size() >= CHUNK) {
                            runChunk(host, interp, jit, chunk, owners);
                        }
                    }
                }
            }
            runChunk(host, interp, jit, chunk, owners);
        }
    }

    /**
     * Runs {@code count} random sequences of 2 to 5 instructions in one block, each from
     * {@code config.states()} states: what a single instruction cannot show, such as flags one
     * instruction leaves for a later one through ring3's lazy flags and the JIT's flag liveness
     * (INC keeping CF for ADC, a shift by 0 keeping everything). Instructions are drawn from the
     * rows the campaign would run, without memory operands (their addressing registers would
     * collide) and without instructions that end a block or use memory implicitly; three in four
     * read or write flags. Half the sequences end with a conditional branch (Jcc, LOOPcc, JRCXZ),
     * which the JIT fuses with the flags' producer; taken or not, R11 tells (Layout.FILLER).
     */
    void runSequences(Path dir, int count) throws IOException, InterruptedException {
        NativeHarness host = NativeHarness.build(dir);
        List<RowEncoding> flagRows = new ArrayList<>(), otherRows = new ArrayList<>(), branchRows = new ArrayList<>();
        for (RowEncoding row : RowEncoding.all(OpcodeTable.get())) {
            Op op = row.op();
            if (op.mnemonic.matches("j(?!mp)[a-z]+|loop[a-z]*")) {
                branchRows.add(row);
                continue;
            }
            boolean implicitMemory = List.of("movs", "cmps", "stos", "lods", "scas", "xlat", "maskmovq", "maskmovdqu",
                    "enter", "leave", "popf", "ret", "iret").contains(op.mnemonic);
            boolean memoryOnly = op.operands.tokens().stream().anyMatch(t -> t.matches("M[a-z]*"));
            if (!config.filter().test(row) || op.endsBlock() || implicitMemory || memoryOnly
                    || FormRules.find(exclusions, op) != null || FormRules.find(known, op) != null
                    || (Features.required(row) != null && !features.has(Features.required(row)))) {
                continue;
            }
            boolean integer = row.map() <= OpcodeTable.MAP_0F && !op.mnemonic.startsWith("f");
            (integer && (op.reads() | op.writes()) != 0 ? flagRows : otherRows).add(row);
        }
        Random r = new Random(config.seed());
        List<TestCase> chunk = new ArrayList<>();
        List<FormResult> owners = new ArrayList<>();
        try (Ring3Runner interp = new Ring3Runner(Ring3Runner.Engine.INTERPRETER);
             Ring3Runner jit = config.jit() ? new Ring3Runner(Ring3Runner.Engine.JIT) : null) {
            for (int k = 0; k < count; k++) {
                int n = 2 + r.nextInt(4);
                boolean branch = r.nextBoolean();
                ByteArrayOutputStream code = new ByteArrayOutputStream();
                Encoding first = null;
                for (int j = 0; j < n; j++) {
                    List<RowEncoding> pool = branch && j == n - 1 ? branchRows : r.nextInt(4) != 0 ? flagRows : otherRows;
                    Encoding e = null;
                    for (int attempt = 0; attempt < 20 && (e == null || e.mem >= 0); attempt++) {
                        e = Encoder.encode(pool.get(r.nextInt(pool.size())), r);
                    }
                    if (e == null || e.mem >= 0 || code.size() + e.len + Layout.FILLER.length > Layout.CODE_MAX) {
                        continue;
                    }
                    code.write(e.code, 0, e.len);
                    first = first == null ? e : first;
                }
                if (first == null) {
                    continue;
                }
                int len = code.size();
                code.writeBytes(Layout.FILLER);
                byte[] bytes = code.toByteArray();
                Encoding seq = new Encoding(first.row, bytes, len, first.insn, -1, 16, first.pinned, first.isPinned);
                FormResult fr = new FormResult(first.row);
                fr.label = String.join("; ", Disassembler.disassemble(Arrays.copyOf(bytes, len), Layout.CODE));
                results.add(fr);
                for (int s = 0; s < config.states(); s++) {
                    chunk.add(CaseFactory.make(seq, r));
                    owners.add(fr);
                }
                if (chunk.size() >= CHUNK) {
                    runChunk(host, interp, jit, chunk, owners);
                }
            }
            runChunk(host, interp, jit, chunk, owners);
        }
    }

    private void runChunk(NativeHarness host, Ring3Runner interp, Ring3Runner jit, List<TestCase> chunk,
            List<FormResult> owners) throws IOException, InterruptedException {
        if (chunk.isEmpty()) {
            return;
        }
        List<Outcome> want = host.run(chunk);
        for (int k = 0; k < chunk.size(); k++) {
            TestCase c = chunk.get(k);
            FormResult fr = owners.get(k);
            Outcome h = want.get(k);
            fr.cases++;
            if (h.signal != 0) {
                fr.hostFaults++;
            }
            FormRules.Mask mask = FormRules.mask(known, fr.row.op());
            boolean equalUnmasked = true;
            List<String> interpDiff = null;
            for (Ring3Runner engine : new Ring3Runner[] {interp, jit}) {
                if (engine == null) {
                    continue;
                }
                Outcome got = engine.run(c);
                List<String> d = Compare.diff(h, got, mask, c.enc.mem);
                if (!d.isEmpty()) {
                    equalUnmasked = false;
                    fr.failures++;
                    boolean same = engine == jit && d.equals(interpDiff);
                    if (fr.reports.size() < config.reports() && !same) {
                        fr.reports.add(report(engine == interp ? (jit != null ? "interpreter (and the JIT, unless reported apart)"
                                : "interpreter") : "JIT", c, d));
                    }
                } else if (fr.known != null && !Compare.diff(h, got, FormRules.Mask.NONE, c.enc.mem).isEmpty()) {
                    equalUnmasked = false;
                }
                if (engine == interp) {
                    interpDiff = d;
                }
            }
            if (fr.known != null && equalUnmasked) {
                fr.maskedButEqual++;
            }
        }
        chunk.clear();
        owners.clear();
    }

    private static String report(String engine, TestCase c, List<String> d) {
        StringBuilder sb = new StringBuilder();
        sb.append("  ").append(engine).append(" differs from the host:\n");
        sb.append(Compare.describe(c));
        for (String s : d) {
            sb.append("    ! ").append(s).append('\n');
        }
        return sb.toString();
    }

    int failures() {
        return results.stream().mapToInt(f -> f.failures).sum();
    }

    int cases() {
        return results.stream().mapToInt(f -> f.cases).sum();
    }

    /** Forms that ran no case although nothing excuses them. */
    List<FormResult> uncovered() {
        return results.stream().filter(f -> f.excluded == null && f.skipped == null && !f.exercised()).toList();
    }

    /** One line per form, then the differences in full and the totals. */
    void print(PrintStream out) {
        for (FormResult f : results) {
            String what = f.label != null ? f.label + "\n        "
                    : String.format("%-28s %-22s", f.row.op().mnemonic + " " + f.row.op().form, f.row.op().key);
            if (f.excluded != null) {
                out.println("EXCLUDED " + what + " " + f.excluded);
            } else if (f.skipped != null) {
                out.println("SKIPPED  " + what + " " + f.skipped);
            } else if (!f.exercised()) {
                out.println("UNTESTED " + what + " " + (f.unencodable != null ? f.unencodable : "no cases"));
            } else {
                String status = f.failures > 0 ? "DIFFERS " : f.known != null ? "KNOWN   " : "ok      ";
                out.printf("%s %s %4d cases, %3d host faults%s%s%n", status, what, f.cases, f.hostFaults,
                        f.failures > 0 ? ", " + f.failures + " differences" : "",
                        f.known == null ? "" : f.maskedButEqual == f.cases
                                ? " (on the known-differences list, but every case matched in full: stale?)"
                                : " (known: " + f.known.reason() + ")");
            }
        }
        for (FormResult f : results) {
            if (!f.reports.isEmpty()) {
                out.println();
                out.println("== " + f.row.op() + ": " + f.failures + " differing runs");
                f.reports.forEach(out::print);
            }
        }
        long skipped = results.stream().filter(f -> f.skipped != null).count();
        long excluded = results.stream().filter(f -> f.excluded != null).count();
        out.printf("%nseed %d: %d forms, %d cases, %d differences, %d forms skipped (host features), "
                + "%d excluded, %d untested%n", config.seed(), results.size(), cases(), failures(), skipped, excluded,
                uncovered().size());
    }
}
