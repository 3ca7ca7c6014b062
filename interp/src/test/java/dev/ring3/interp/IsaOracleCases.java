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
 * Replays the output of isa_oracle.c (test resources): decodes each case's instruction bytes (one
 * instruction or a short sequence), loads the state the host started from (the x87 registers,
 * tag word and TOP as FXRSTOR loads them, XMM0..2, MXCSR, four GPRs, 16 bytes of memory at RSI
 * and RDI, OSZAPC), runs the sequence through the interpreter's semantics, and compares the whole
 * state, FXSAVE's view of the x87 unit included, with what the host ended with.
 */
final class IsaOracleCases implements AutoCloseable {
    static final long DATA = 0x10000;
    static final int N = 31;
    private static final String[] NAMES = {
        "fcw/fsw/ftw", "st0", "st0se", "st1", "st1se", "st2", "st2se", "st3", "st3se", "st4", "st4se",
        "st5", "st5se", "st6", "st6se", "st7", "st7se", "x0lo", "x0hi", "x1lo", "x1hi", "x2lo", "x2hi",
        "mxcsr", "rax", "rcx", "rdx", "rbx", "m0", "m1", "flags",
    };

    private final AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT);
    private final Cpu cpu = new Cpu(mem);
    private final Decoder decoder = new Decoder();

    final List<String> failures = new ArrayList<>();
    final Map<String, int[]> failedPerInsn = new TreeMap<>();
    final Map<String, int[]> casesPerInsn = new TreeMap<>();
    int cases;
    int failed;

    IsaOracleCases() {
        mem.map(DATA, AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE, "");
    }

    void replay(BufferedReader in) throws IOException {
        List<Insn> insns = null;
        String text = null;
        long[] inV = new long[N];
        long[] want = new long[N];
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("I ")) {
                int sp = line.indexOf(' ', 2);
                text = line.substring(sp + 1);
                insns = decodeAll(HexFormat.of().parseHex(line.substring(2, sp)), line);
                continue;
            }
            if (insns == null || !line.startsWith("C ")) {
                continue;
            }
            int gt = line.indexOf(" >");
            String[] f = line.substring(2, gt).split(" ");
            for (int k = 0; k < N; k++) {
                inV[k] = Long.parseUnsignedLong(f[k], 16);
            }
            System.arraycopy(inV, 0, want, 0, N);
            for (String change : line.substring(gt + 2).trim().split(" ")) {
                if (!change.isEmpty()) {
                    int colon = change.indexOf(':');
                    want[Integer.parseInt(change.substring(0, colon))] = Long.parseUnsignedLong(change.substring(colon + 1), 16);
                }
            }
            cases++;
            casesPerInsn.computeIfAbsent(text, t -> new int[1])[0]++;
            String diff = runOne(insns, inV, want);
            if (diff != null) {
                failed++;
                failedPerInsn.computeIfAbsent(text, t -> new int[1])[0]++;
                if (failures.size() < 60) {
                    failures.add(text + "\n    in " + line.substring(2, gt) + "\n    " + diff);
                }
            }
        }
    }

    private List<Insn> decodeAll(byte[] bytes, String line) {
        List<Insn> out = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            Insn insn = decoder.decode(bytes, at, bytes.length - at, 0x1000 + at);
            if (insn.op == null || insn.op == OpcodeTable.INVALID) {
                failures.add("does not decode: " + line);
                failed++;
                return null;
            }
            out.add(insn);
            at += insn.len;
        }
        return out;
    }

    private String runOne(List<Insn> insns, long[] in, long[] want) {
        load(in);
        try {
            for (Insn insn : insns) {
                cpu.rip = insn.next;
                insn.op.exec.exec(cpu, insn);
            }
        } catch (CpuException e) {
            return "raised " + e.getMessage();
        }
        long[] got = new long[N];
        save(got);
        StringBuilder sb = null;
        for (int k = 0; k < N; k++) {
            if (got[k] != want[k]) {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(NAMES[k]).append(" got ").append(Long.toHexString(got[k])).append(" want ")
                        .append(Long.toHexString(want[k])).append("; ");
            }
        }
        return sb == null ? null : sb.toString();
    }

    /** The input state, as the host's FXRSTOR and register loads set it. */
    private void load(long[] v) {
        cpu.fpuControl = (int) (v[0] & 0xFFFF);
        cpu.fpuStatus = (int) ((v[0] >>> 16) & 0xFFFF);
        cpu.fpuTag = SseState.fullTag((int) ((v[0] >>> 32) & 0xFF));
        cpu.fpuIp = cpu.fpuDp = cpu.fpuOp = cpu.fpuCs = cpu.fpuDs = 0;
        int top = X87.top(cpu);
        for (int k = 0; k < 8; k++) {
            int p = (top + k) & 7;
            cpu.fpuMan[p] = v[1 + 2 * k];
            cpu.fpuSe[p] = (int) v[2 + 2 * k];
        }
        java.util.Arrays.fill(cpu.xmm, 0);
        System.arraycopy(v, 17, cpu.xmm, 0, 6);
        cpu.mxcsr = (int) v[23];
        java.util.Arrays.fill(cpu.r, 0);
        cpu.r[Cpu.RAX] = v[24];
        cpu.r[Cpu.RCX] = v[25];
        cpu.r[Cpu.RDX] = v[26];
        cpu.r[Cpu.RBX] = v[27];
        cpu.r[Cpu.RSI] = DATA;
        cpu.r[Cpu.RDI] = DATA;
        for (int k = 0; k < 16; k++) {
            mem.write64(DATA + 8 * k, 0);
        }
        mem.write64(DATA, v[28]);
        mem.write64(DATA + 8, v[29]);
        Flags.setEager(cpu, v[30]);
    }

    /** The output state as the host's FXSAVE and register stores record it. */
    private void save(long[] v) {
        v[0] = cpu.fpuControl & 0xFFFF | (long) (cpu.fpuStatus & 0xFFFF) << 16 | (long) SseState.abridgedTag(cpu.fpuTag) << 32;
        for (int k = 0; k < 8; k++) {
            int p = X87.st(cpu, k);
            v[1 + 2 * k] = cpu.fpuMan[p];
            v[2 + 2 * k] = cpu.fpuSe[p] & 0xFFFF;
        }
        System.arraycopy(cpu.xmm, 0, v, 17, 6);
        v[23] = cpu.mxcsr & 0xFFFFFFFFL;
        v[24] = cpu.r[Cpu.RAX];
        v[25] = cpu.r[Cpu.RCX];
        v[26] = cpu.r[Cpu.RDX];
        v[27] = cpu.r[Cpu.RBX];
        v[28] = mem.read64(DATA);
        v[29] = mem.read64(DATA + 8);
        v[30] = Flags.oszapc(cpu);
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(failed).append(" of ").append(cases).append(" cases differ\n");
        failedPerInsn.forEach((k, v) -> sb.append("  ").append(v[0]).append(" of ")
                .append(casesPerInsn.getOrDefault(k, new int[1])[0]).append("  ").append(k).append('\n'));
        failures.forEach(s -> sb.append(s).append('\n'));
        return sb.toString();
    }

    @Override
    public void close() {
        mem.close();
    }
}
