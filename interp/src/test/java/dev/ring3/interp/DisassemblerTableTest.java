package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates encodings of every opcode-table row (register and memory forms, every addressing
 * shape, with and without 0x66, REX, LOCK, segment and address-size prefixes), disassembles them
 * with ring3 and with objdump -D on the raw bytes, and requires the same text. This reaches
 * rows and prefix combinations that compiled code rarely contains.
 */
@Tag("native")
class DisassemblerTableTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t((?:[0-9a-f]{2} )+)\\s*\\t(.*)$");

    /** ModRM memory shapes: the ModRM byte's mod and r/m bits with what follows it. */
    private static final int[][] MEMORY = {
        {0x00},                               // (%rax)
        {0x45, 0xF0},                         // -0x10(%rbp)
        {0x04, 0x48},                         // (%rax,%rcx,2)
        {0x05, 0x00, 0x01, 0x00, 0x00},       // 0x100(%rip)
        {0x04, 0x25, 0x28, 0x00, 0x00, 0x00}, // 0x28 (absolute)
        {0x84, 0x24, 0x78, 0x56, 0x34, 0x12}, // 0x12345678(%rsp)
        {0x04, 0x20},                         // (%rax,%riz,1)
        {0x04, 0xE5, 0xF8, 0xFF, 0xFF, 0xFF}, // -0x8(,%riz,8)
        {0x44, 0x8D, 0x80},                   // -0x80(%rbp,%rcx,4)
    };

    /** Bytes after the ModRM part: enough for any immediate; the decoder's length cuts them. */
    private static final int[] TAIL = {0x85, 0x34, 0x12, 0x78, 0x56, 0x00, 0x80, 0x11, 0x22, 0x33};
    /** Small immediates too, for forms that print them specially (CMPSS's predicates 0-7). */
    private static final int[] SMALL_TAIL = {0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};

    /** An encoding where ring3 deliberately shows something other than objdump, and why. */
    record Exclusion(String reason, BiPredicate<Insn, String> applies) {}

    /** The only mismatches allowed; each names its reason. */
    static final List<Exclusion> EXCLUDED = List.of(
            new Exclusion("0x66 on a near branch: objdump decodes AMD's 16-bit form (callw, jmpw, retw, "
                    + "call *%cx); Intel CPUs and ring3 ignore the prefix (SDM Vol. 2 CALL, JMP, RET)",
                    (in, text) -> AttRow.of(in.op).f64 && (in.prefixes & Insn.P_OPSIZE) != 0),
            new Exclusion("DECODER BUG (reported): 0x66 with REX.W on a d64 row (PUSH, POP, ENTER, LEAVE, "
                    + "PUSHF) decodes as 16-bit, but REX.W wins on hardware (checked natively: 66 48 50 pushes 8 bytes)",
                    (in, text) -> AttRow.of(in.op).d64 && (in.prefixes & Insn.P_OPSIZE) != 0 && in.rexW),
            new Exclusion("0F 1A/1B and 0F 1C /0 are hint NOPs to ring3 (CPUID has neither MPX nor CLDEMOTE); "
                    + "objdump names the MPX forms and CLDEMOTE",
                    (in, text) -> text.contains("bnd") || text.startsWith("cldemote")),
            new Exclusion("objdump prints (bad) for an encoding ring3 executes (x87 aliases such as FCOM2 DC /2)",
                    (in, text) -> text.contains("(bad)")),
            new Exclusion("objdump treats FWAIT (9B) as a prefix, so a REX before it stands alone",
                    (in, text) -> in.op.mnemonic.equals("fwait")));

    @Test
    void everyRowMatchesObjdump(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/objdump")), "objdump not installed");
        Decoder d = new Decoder();
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        Map<Integer, Insn> at = new HashMap<>();
        Map<Integer, byte[]> bytesAt = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Op op : OpcodeTable.get().ops()) {
            for (byte[] enc : encodings(op)) {
                Insn in = d.decode(enc, 0, enc.length, code.size());
                if (in.op != op) {
                    continue; // a more specific row took it, or it is invalid
                }
                byte[] b = java.util.Arrays.copyOf(enc, in.len);
                if (!seen.add(java.util.HexFormat.of().formatHex(b))) {
                    continue;
                }
                int off = code.size();
                Insn placed = d.decode(b, 0, b.length, off);
                at.put(off, placed);
                bytesAt.put(off, b);
                code.write(b);
            }
        }
        Path bin = dir.resolve("rows.bin");
        Files.write(bin, code.toByteArray());
        Map<Integer, String[]> listing = objdump(bin);
        Map<String, Integer> mismatches = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        Map<String, Integer> excluded = new TreeMap<>();
        Map<String, Integer> usedExclusions = new TreeMap<>();
        Map<String, List<String>> exclusionExamples = new TreeMap<>();
        int compared = 0, matched = 0, unaligned = 0;
        for (Map.Entry<Integer, Insn> e : at.entrySet()) {
            String[] line = listing.get(e.getKey());
            byte[] b = bytesAt.get(e.getKey());
            if (line == null || line[0].trim().split(" ").length != b.length) {
                unaligned++; // objdump reads another length here (ring3's decoder is checked elsewhere)
                continue;
            }
            compared++;
            String expected = DisassemblerObjdumpTest.normalise(line[1]);
            String actual = SPACES.matcher(Disassembler.format(e.getValue(), b, 0)).replaceAll(" ").trim();
            String mnem = DisassemblerObjdumpTest.mnemonic(expected);
            if (expected.equals(actual)) {
                matched++;
            } else if (excluded(e.getValue(), expected) != null) {
                excluded.merge(mnem, 1, Integer::sum);
                String why = excluded(e.getValue(), expected);
                if (usedExclusions.merge(why, 1, Integer::sum) <= 3) {
                    exclusionExamples.computeIfAbsent(why, x -> new ArrayList<>())
                            .add(line[0].trim() + " | objdump: " + expected + " | ring3: " + actual);
                }
            } else {
                mismatches.merge(mnem, 1, Integer::sum);
                List<String> ex = examples.computeIfAbsent(mnem, k -> new ArrayList<>());
                if (ex.size() < 4) {
                    ex.add(line[0].trim() + " | objdump: " + expected + " | ring3: " + actual
                            + " | row " + e.getValue().op);
                }
            }
        }
        StringBuilder report = new StringBuilder();
        report.append("table encodings: ").append(matched).append(" of ").append(compared)
                .append(" match objdump (").append(unaligned).append(" read at another length by objdump)\n");
        mismatches.forEach((k, v) -> {
            report.append("  mismatch ").append(k).append(" x").append(v).append('\n');
            examples.get(k).forEach(x -> report.append("      ").append(x).append('\n'));
        });
        report.append("  excluded by mnemonic: ").append(excluded).append('\n');
        usedExclusions.forEach((k, v) -> {
            report.append("  excluded x").append(v).append(": ").append(k).append('\n');
            exclusionExamples.get(k).forEach(x -> report.append("      ").append(x).append('\n'));
        });
        System.out.println(report);
        assertTrue(compared > 1000, report.toString());
        assertTrue(mismatches.isEmpty(), report.toString());
    }

    private static String excluded(Insn in, String objdumpText) {
        for (Exclusion x : EXCLUDED) {
            if (x.applies().test(in, objdumpText)) {
                return x.reason();
            }
        }
        return null;
    }

    /** Candidate encodings of a row: its key's bytes with several prefix, REX and ModRM choices. */
    private static List<byte[]> encodings(Op op) {
        OpcodeTable.Key key = OpcodeTable.parseKey(op.key);
        if (key.vex()) {
            return vexEncodings(op, key);
        }
        String[] k = op.key.trim().split("\\s+");
        int i = 0;
        Integer mandatory = null;
        if (k.length > 1 && Set.of("66", "F2", "F3", "NP", "NFx").contains(k[0])) {
            mandatory = k[0].equals("NP") || k[0].equals("NFx") ? -1 : Integer.parseInt(k[0], 16);
            i++;
        }
        List<Integer> opcode = new ArrayList<>();
        if (key.map != OpcodeTable.MAP_ONE) {
            opcode.add(0x0F);
        }
        if (key.map == OpcodeTable.MAP_0F38 || key.map == OpcodeTable.MAP_0F3A) {
            opcode.add(key.map == OpcodeTable.MAP_0F38 ? 0x38 : 0x3A);
        }
        boolean plusR = key.plusR;
        int base = key.opcode;
        int digit = key.digit, mod = key.mod, exact = key.modrmByte, w = key.w;
        boolean modrm = op.operands.hasModrm() || key.modrm;
        List<int[]> bodies = bodies(modrm, digit, mod, exact);
        boolean memoryForms = modrm && mod != 3 && exact < 0;
        List<int[]> prefixSets = new ArrayList<>();
        prefixSets.add(new int[0]);
        if (mandatory == null) {
            prefixSets.add(new int[] {0x66});
            prefixSets.add(new int[] {0xF3});
            prefixSets.add(new int[] {0xF2});
            prefixSets.add(new int[] {0x2E});
            prefixSets.add(new int[] {0x3E});
            prefixSets.add(new int[] {0x66, 0x66});
        } else if (k[0].equals("NFx")) {
            prefixSets.add(new int[] {0x66});
        }
        if (memoryForms) {
            prefixSets.add(new int[] {0x64});
            prefixSets.add(new int[] {0x67});
            prefixSets.add(new int[] {0x65, 0x67});
            if (op.lockable()) {
                prefixSets.add(new int[] {0xF0});
            }
        }
        if (!modrm) {
            prefixSets.add(new int[] {0x67});
            prefixSets.add(new int[] {0x64});
        }
        int[] rexes = w == 1 ? new int[] {0x48, 0x4F} : w == 0 ? new int[] {0, 0x40, 0x47}
                : new int[] {0, 0x48, 0x40, 0x41, 0x44, 0x42, 0x4D};
        int[] regs = plusR ? new int[] {0, 3, 4, 7} : new int[] {0};
        List<byte[]> out = new ArrayList<>();
        for (int[] pre : prefixSets) {
            for (int rex : rexes) {
                for (int r : regs) {
                    for (int[] body : bodies) {
                      for (int[] tail : op.form.contains("I") ? new int[][] {TAIL, SMALL_TAIL} : new int[][] {TAIL}) {
                        List<Integer> b = new ArrayList<>();
                        if (mandatory != null && mandatory > 0) {
                            b.add(mandatory);
                        }
                        for (int p : pre) b.add(p);
                        if (rex != 0) b.add(rex);
                        b.addAll(opcode);
                        b.add(base + r);
                        for (int x : body) b.add(x);
                        for (int x : tail) b.add(x);
                        out.add(toBytes(b));
                      }
                    }
                }
            }
        }
        return out;
    }

    /** ModRM bodies for a row: register forms and every memory shape its key allows. */
    private static List<int[]> bodies(boolean modrm, int digit, int mod, int exact) {
        List<int[]> bodies = new ArrayList<>();
        int reg = digit >= 0 ? digit : 2;
        if (!modrm) {
            bodies.add(new int[0]);
        } else if (exact >= 0) {
            bodies.add(new int[] {exact});
        } else {
            if (mod != 0) {
                bodies.add(new int[] {0xC0 | reg << 3 | 1});
                bodies.add(new int[] {0xC0 | reg << 3 | 6});
                if (digit < 0) {
                    bodies.add(new int[] {0xC0 | 5 << 3 | 7});
                }
            }
            if (mod != 3) {
                for (int[] m : MEMORY) {
                    int[] b = m.clone();
                    b[0] |= reg << 3;
                    bodies.add(b);
                }
            }
        }
        return bodies;
    }

    /**
     * VEX encodings of a row (SDM Vol. 2 2.3.5): the three-byte C4 form with several R/X/B and
     * vvvv values (vvvv 1111b where no operand uses it), and the two-byte C5 form where it can
     * express the row (map 0F, W0, no X or B); with 0x67 and segment prefixes on memory forms.
     */
    private static List<byte[]> vexEncodings(Op op, OpcodeTable.Key key) {
        int mmmmm = key.map - OpcodeTable.MAP_VEX_0F + 1;
        int pp = key.prefix;
        int[] ws = key.w >= 0 ? new int[] {key.w} : new int[] {0, 1};
        int l = Math.max(key.vexL, 0);
        int[] vregs = op.operands.tokens().stream().anyMatch(t -> t.startsWith("B") || t.startsWith("H"))
                ? new int[] {0, 3, 9, 15} : new int[] {0};
        int[] rxbs = {0, 4, 2, 1, 7};
        boolean modrm = op.operands.hasModrm() || key.modrm;
        boolean memoryForms = modrm && key.mod != 3 && key.modrmByte < 0;
        List<int[]> prefixSets = new ArrayList<>();
        prefixSets.add(new int[0]);
        if (memoryForms) {
            prefixSets.add(new int[] {0x64});
            prefixSets.add(new int[] {0x67});
        }
        List<byte[]> out = new ArrayList<>();
        for (int[] pre : prefixSets) {
            for (int w : ws) {
                for (int v : vregs) {
                    for (int rxb : rxbs) {
                        for (int[] body : bodies(modrm, key.digit, key.mod, key.modrmByte)) {
                            for (boolean twoByte : new boolean[] {false, true}) {
                                if (twoByte && (mmmmm != 1 || w != 0 || (rxb & 3) != 0)) {
                                    continue;
                                }
                                List<Integer> b = new ArrayList<>();
                                for (int p : pre) b.add(p);
                                int tail = (~v & 15) << 3 | l << 2 | pp;
                                if (twoByte) {
                                    b.add(0xC5);
                                    b.add((~rxb & 4) << 5 | tail);
                                } else {
                                    b.add(0xC4);
                                    b.add((~rxb & 7) << 5 | mmmmm);
                                    b.add(w << 7 | tail);
                                }
                                b.add(key.opcode);
                                for (int x : body) b.add(x);
                                for (int x : op.form.contains("I") ? SMALL_TAIL : TAIL) b.add(x);
                                out.add(toBytes(b));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static byte[] toBytes(List<Integer> b) {
        byte[] bytes = new byte[b.size()];
        for (int j = 0; j < bytes.length; j++) bytes[j] = (byte) (int) b.get(j);
        return bytes;
    }

    private static Map<Integer, String[]> objdump(Path bin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-w",
                "--insn-width=16", bin.toString()).redirectErrorStream(true).start();
        Map<Integer, String[]> out = new HashMap<>();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                out.put(Integer.parseInt(m.group(1), 16), new String[] {m.group(2), m.group(3)});
            }
        }
        return out;
    }
}
