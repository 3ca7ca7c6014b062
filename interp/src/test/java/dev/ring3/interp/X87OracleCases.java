package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays the output of x87_oracle.c (test resources): decodes each instruction's bytes, rebuilds
 * every case's x87 state (sentinels in the empty registers, the control word, the pushed values),
 * runs the instruction's semantics and compares the status word, the tag word, ST(0)..ST(7),
 * RFLAGS, RAX and the 16 bytes at (%rdx) with what the host FPU produced.
 */
final class X87OracleCases implements AutoCloseable {
    static final long DATA = 0x10000;

    private final AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT);
    private final Cpu cpu = new Cpu(mem);
    private final Decoder decoder = new Decoder();

    final List<String> failures = new ArrayList<>();
    final Map<String, int[]> failedPerInsn = new TreeMap<>();
    /** Instructions whose differences are counted but not failed (see {@link #tolerate}). */
    final Map<String, int[]> toleratedPerInsn = new TreeMap<>();
    /** Cases per instruction text. */
    final Map<String, int[]> casesPerInsn = new TreeMap<>();
    int cases;
    int failed;
    int tolerated;
    /** Mnemonic prefixes whose last-bit differences are expected (transcendentals). */
    private final List<String> tolerate = new ArrayList<>();

    X87OracleCases() {
        mem.map(DATA, AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE, "");
    }

    X87OracleCases tolerating(String... mnemonics) {
        tolerate.addAll(List.of(mnemonics));
        return this;
    }

    void replay(BufferedReader in) throws IOException {
        Insn insn = null;
        String text = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("I ")) {
                int sp = line.indexOf(' ', 2);
                byte[] bytes = HexFormat.of().parseHex(line.substring(2, sp));
                text = line.substring(sp + 1);
                insn = decoder.decode(bytes, 0, bytes.length, 0x1000);
                if (insn.op == null || insn.op == OpcodeTable.INVALID || insn.len != bytes.length) {
                    failures.add("does not decode: " + line);
                    failed++;
                    insn = null;
                }
                continue;
            }
            if (insn == null || !line.startsWith("C ")) {
                continue;
            }
            cases++;
            casesPerInsn.computeIfAbsent(text, t -> new int[1])[0]++;
            String diff = runOne(insn, line);
            if (diff != null) {
                boolean ok = tolerate.stream().anyMatch(text::startsWith);
                if (ok) {
                    tolerated++;
                    toleratedPerInsn.computeIfAbsent(text, t -> new int[1])[0]++;
                } else {
                    failed++;
                    failedPerInsn.computeIfAbsent(text, t -> new int[1])[0]++;
                }
                if (failures.size() < Integer.getInteger("x87.keep", 80) && (!ok || failures.size() < 20)) {
                    failures.add((ok ? "(tolerated) " : "") + text + "  " + line.substring(2, line.indexOf('>')) + " ::: " + diff);
                }
            }
        }
    }

    private static long hex(String s) {
        return Long.parseUnsignedLong(s, 16);
    }

    private String runOne(Insn insn, String line) {
        String[] f = line.substring(2).split(" ");
        int n = (int) hex(f[0]);
        int cw = (int) hex(f[1]);
        long flags = hex(f[2]);
        Cpu c = cpu;
        // FNINIT, eight sentinel pushes, FNINIT: stale contents as the oracle leaves them.
        c.fpuStatus = 0;
        c.fpuTag = 0xFFFF;
        for (int k = 0; k < 8; k++) {
            int p = 7 - k;
            c.fpuMan[p] = 0xA5A5A5A5A5A5A5A5L ^ ((long) k << 56) ^ k;
            c.fpuSe[p] = 0x3FF0 + k;
        }
        c.fpuControl = cw;
        for (int k = n - 1; k >= 0; k--) {
            int p = X87.st(c, 7);
            X87.setTop(c, p);
            X87.write(c, p, (int) hex(f[6 + 2 * k]), hex(f[7 + 2 * k]));
        }
        c.fpuIp = c.fpuDp = c.fpuOp = c.fpuCs = c.fpuDs = 0;
        c.r[Cpu.RAX] = hex(f[3]);
        c.r[Cpu.RDX] = DATA;
        mem.write64(DATA, hex(f[4]));
        mem.write64(DATA + 8, hex(f[5]));
        Flags.setEager(c, flags);
        c.rip = insn.next;
        int o = 6 + 2 * n + 1;
        try {
            insn.op.exec.exec(c, insn);
        } catch (CpuException e) {
            return "raised " + e.getMessage();
        } catch (RuntimeException e) {
            return "threw " + e;
        }
        StringBuilder sb = new StringBuilder();
        check(sb, "sw", c.fpuStatus & 0xFFFF, hex(f[o]));
        check(sb, "tw", X87.fullTag(c), hex(f[o + 1]));
        check(sb, "flags", Flags.oszapc(c) & 0x8D5, hex(f[o + 2]));
        check(sb, "rax", c.r[Cpu.RAX], hex(f[o + 3]));
        check(sb, "m0", mem.read64(DATA), hex(f[o + 4]));
        check(sb, "m1", mem.read64(DATA + 8), hex(f[o + 5]));
        for (int k = 0; k < 8; k++) {
            int p = X87.st(c, k);
            long se = hex(f[o + 6 + 2 * k]), m = hex(f[o + 7 + 2 * k]);
            if ((c.fpuSe[p] & 0xFFFF) != se || c.fpuMan[p] != m) {
                sb.append("st").append(k).append(" got ").append(Integer.toHexString(c.fpuSe[p] & 0xFFFF)).append(':')
                        .append(Long.toHexString(c.fpuMan[p])).append(" want ").append(Long.toHexString(se)).append(':')
                        .append(Long.toHexString(m)).append("; ");
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static void check(StringBuilder sb, String name, long got, long want) {
        if (got != want) {
            sb.append(name).append(" got ").append(Long.toHexString(got)).append(" want ").append(Long.toHexString(want))
                    .append("; ");
        }
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(failed).append(" of ").append(cases).append(" cases differ");
        sb.append(" (and ").append(tolerated).append(" tolerated)\n");
        failedPerInsn.forEach((k, v) -> sb.append("  ").append(v[0]).append("  ").append(k).append('\n'));
        toleratedPerInsn.forEach((k, v) -> sb.append("  tolerated ").append(v[0]).append("  ").append(k).append('\n'));
        failures.forEach(s -> sb.append(s).append('\n'));
        return sb.toString();
    }

    @Override
    public void close() {
        mem.close();
    }
}
