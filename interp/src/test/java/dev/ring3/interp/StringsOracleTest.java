package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The string instructions against the host CPU through {@link AluOracle}: every form, with and
 * without REP/REPE/REPNE and 0x67, both directions, random counts and overlapping operands in the
 * oracle's 128-byte window. RSI and RDI arrive as offsets; the oracle's program turns them into
 * window addresses ({@code lea rbx, [rel mem]; add rsi, rbx; add rdi, rbx}) and the guest runs
 * the same three instructions at the same addresses.
 */
@Tag("native")
class StringsOracleTest {
    private static final int WINDOW = AluOracle.MEM_LONGS * 8;
    private static final long FLAG_MASK = Flags.OSZAPC | Flags.DF;
    private static final String PROLOGUE = "lea rbx, [rel mem]\n  add rsi, rbx\n  add rdi, rbx\n  ";
    private static final int PROLOGUE_BYTES = 13;

    private final List<AluOracle.Spec> specs = new ArrayList<>();
    /** Each spec's string instruction, encoded here: the oracle reports only 16 bytes in all. */
    private final List<byte[]> encodings = new ArrayList<>();
    private final Random rnd = new Random(3);

    private void spec(String insn, int opcode, int size, boolean cmp, boolean addr32, int rep) {
        AluOracle.Spec s = new AluOracle.Spec(PROLOGUE + insn);
        StringBuilder hex = new StringBuilder();
        hex.append(addr32 ? "67" : "").append(rep == 0 ? "" : String.format("%02X", rep));
        hex.append(size == 2 ? "66" : size == 8 ? "48" : "");
        hex.append(String.format("%02X", opcode + (size == 1 ? 0 : 1)));
        encodings.add(StepMachine.hex(hex.toString()));
        for (int k = 0; k < 60; k++) {
            long[] c = new long[AluOracle.CASE_LONGS];
            boolean down = rnd.nextBoolean();
            int max = WINDOW / size;
            int n = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(max / 2 + 1);
            int span = Math.max(n, 1) * size; // without REP one element is accessed whatever RCX says
            int si = start(down, span, size), di = start(down, span, size);
            if (rnd.nextInt(3) == 0) { // overlap on purpose
                di = Math.max(Math.min(si + rnd.nextInt(2 * size + 1) - size, down ? WINDOW - size : WINDOW - span), down ? Math.max(span - size, 0) : 0);
            }
            for (int r = 0; r < 16; r++) {
                c[r] = rnd.nextLong();
            }
            long top = addr32 ? rnd.nextLong() << 32 : 0; // ignored with 0x67
            c[Cpu.RSI] = si + top;
            c[Cpu.RDI] = di + top;
            c[Cpu.RCX] = n | (addr32 ? rnd.nextLong() << 32 : 0);
            c[AluOracle.FLAGS] = (rnd.nextLong() & Flags.OSZAPC) | (down ? Flags.DF : 0);
            for (int w = 0; w < AluOracle.MEM_LONGS; w++) {
                // Few distinct values, so that REPE/REPNE run for a while before they stop.
                c[AluOracle.MEM + w] = cmp ? rnd.nextInt(8) == 0 ? rnd.nextLong() : 0x0101_0101_0101_0101L * rnd.nextInt(2) : rnd.nextLong();
            }
            if (cmp && rnd.nextBoolean()) {
                c[Cpu.RAX] = rnd.nextBoolean() ? 0 : 0x0101_0101_0101_0101L;
            }
            s.cases.add(c);
        }
        specs.add(s);
    }

    /** Offset of the first element: the lowest for DF = 0, the highest for DF = 1. */
    private int start(boolean down, int span, int size) {
        int lo = down ? Math.max(span - size, 0) : 0;
        int hi = down ? WINDOW - size : WINDOW - span;
        return lo + rnd.nextInt(hi - lo + 1);
    }

    @Test
    void stringInstructionsMatchTheHostCpu() throws Exception {
        assumeTrue(AluOracle.available(), "needs x86-64 Linux with nasm and ld");
        String[] names = {"movs", "stos", "lods", "cmps", "scas"};
        int[] opcodes = {0xA4, 0xAA, 0xAC, 0xA6, 0xAE};
        String[] suffix = {"b", "w", "d", "q"};
        for (int k = 0; k < names.length; k++) {
            boolean cmp = k >= 3;
            for (int z = 0; z < 4; z++) {
                String name = names[k] + suffix[z];
                int size = 1 << z;
                for (int rep : new int[] {0, 0xF3, 0xF2}) {
                    if (rep == 0xF2 && !cmp) {
                        continue; // nasm refuses REPNE on MOVS/STOS/LODS; the unit tests cover it
                    }
                    String r = rep == 0 ? "" : rep == 0xF2 ? "repne " : cmp ? "repe " : "rep ";
                    spec(r + name, opcodes[k], size, cmp, false, rep);
                    spec("a32 " + r + name, opcodes[k], size, cmp, true, rep);
                }
            }
        }

        String keep = System.getProperty("ring3.oracle.dir");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("ring3-str-oracle");
        AluOracle oracle;
        try {
            oracle = AluOracle.run(specs, dir);
        } finally {
            if (keep == null) {
                for (String f : new String[] {"oracle.asm", "in.bin", "oracle.o", "oracle"}) {
                    Files.deleteIfExists(dir.resolve(f));
                }
                Files.deleteIfExists(dir);
            }
        }
        List<String> failures = new ArrayList<>();
        int compared = 0;
        Decoder decoder = new Decoder();
        long page = oracle.memAddr & ~AddressSpace.PAGE_MASK;
        try (AddressSpace mem = AddressSpace.create(AddressSpace.Kind.PAGED)) {
            mem.map(page, 2 * AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE, "");
            for (int k = 0; k < specs.size(); k++) {
                AluOracle.Spec s = specs.get(k);
                byte[] code = encodings.get(k);
                // The prologue is 7 + 3 + 3 bytes (lea rbx, [rip+x]; add rsi, rbx; add rdi, rbx);
                // the guest does its effect directly, so only the string instruction is decoded.
                Insn insn = decoder.decode(code, 0, code.length, s.insnAddr + PROLOGUE_BYTES);
                if (insn.op == OpcodeTable.INVALID || insn.len != code.length) {
                    failures.add(s.asm.replace("\n", ";") + ": decoded badly");
                    continue;
                }
                for (int n = 0; n < s.cases.size(); n++) {
                    String diff = compare(mem, oracle.memAddr, insn, s.cases.get(n), s.results.get(n));
                    compared++;
                    if (diff != null && failures.size() < 50) {
                        failures.add(insn.op + " " + s.asm.substring(PROLOGUE.length()) + ":" + diff);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(compared > 4000, "only " + compared + " cases compared");
    }

    private static String compare(AddressSpace mem, long memAddr, Insn insn, long[] in, long[] want) {
        Cpu c = new Cpu(mem);
        System.arraycopy(in, 0, c.r, 0, 16);
        c.r[Cpu.RSP] = 0x7ff0_0000L;
        Flags.setRflags(c, in[AluOracle.FLAGS], FLAG_MASK);
        ByteBuffer bb = ByteBuffer.allocate(WINDOW).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < AluOracle.MEM_LONGS; n++) {
            bb.putLong(in[AluOracle.MEM + n]);
        }
        mem.write(memAddr, bb.array(), 0, WINDOW);
        c.r[Cpu.RBX] = memAddr;
        c.r[Cpu.RSI] += memAddr;
        long di = c.r[Cpu.RDI];
        c.r[Cpu.RDI] = di + memAddr;
        Flags.add(c, 8, di, memAddr, di + memAddr); // the prologue's last ADD sets the flags

        c.rip = insn.next;
        try {
            insn.op.exec.exec(c, insn);
        } catch (RuntimeException e) {
            return " threw " + e.getMessage();
        }
        StringBuilder d = new StringBuilder();
        for (int n = 0; n < 15; n++) {
            if (n != Cpu.RSP && c.r[n] != want[n]) {
                d.append(String.format(" r%d=%x want %x;", n, c.r[n], want[n]));
            }
        }
        long flags = Flags.rflags(c) & FLAG_MASK;
        if (flags != (want[AluOracle.FLAGS] & FLAG_MASK)) {
            d.append(String.format(" flags=%x want %x;", flags, want[AluOracle.FLAGS] & FLAG_MASK));
        }
        byte[] got = new byte[WINDOW];
        mem.read(memAddr, got, 0, WINDOW);
        ByteBuffer g = ByteBuffer.wrap(got).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < AluOracle.MEM_LONGS; n++) {
            long v = g.getLong();
            if (v != want[AluOracle.MEM + n]) {
                d.append(String.format(" mem[%d]=%x want %x;", n * 8, v, want[AluOracle.MEM + n]));
            }
        }
        return d.length() == 0 ? null : d + String.format(" on rsi=%x rdi=%x rcx=%x flags=%x", in[Cpu.RSI],
                in[Cpu.RDI], in[Cpu.RCX], in[AluOracle.FLAGS]);
    }
}
