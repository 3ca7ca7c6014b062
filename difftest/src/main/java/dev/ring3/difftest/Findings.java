package dev.ring3.difftest;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Decoder;
import dev.ring3.interp.Insn;
import dev.ring3.interp.OpcodeTable;
import dev.ring3.interp.RowEncoding;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The differences campaigns found, kept as regressions ({@code findings.txt} next to these
 * classes): fixed instruction bytes that run, like every generated case, on the host, in the
 * interpreter and under the JIT from random initial states, so each is checked against the CPU
 * every time rather than against an expectation written down once.
 *
 * <pre>
 *   HEX BYTES | PINS | what differed, and where it was fixed
 * </pre>
 * PINS is empty or a comma-separated list of {@code reg=win+N} or {@code reg=0xHEX}: registers
 * the addressing needs (win is {@link Layout#WIN}). The row the case's state is made for is the
 * first that ring3 decodes from the bytes with leading prefixes dropped one by one (so a finding
 * about prefixes that make the instruction #UD or too long still gets operands of its kind).
 */
final class Findings {
    private Findings() {}

    /** One finding: its encoding and its line's note. */
    record Finding(Encoding enc, String note) {}

    private static final String[] REG = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"};

    static List<Finding> load() {
        List<Finding> out = new ArrayList<>();
        for (ListingLines.Line l : ListingLines.read("findings.txt")) {
            String t = l.text();
            String[] parts = t.split("\\|", 3);
            if (parts.length < 3 || parts[2].strip().length() < 10) {
                throw new IllegalStateException("findings.txt:" + l.no() + ": needs BYTES | PINS | note: " + t);
            }
            out.add(new Finding(parse(parts[0].strip(), parts[1].strip(), "findings.txt:" + l.no()), parts[2].strip()));
        }
        return out;
    }

    static Encoding parse(String hex, String pins, String where) {
        byte[] insnBytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        long[] pinned = new long[16];
        boolean[] isPinned = new boolean[16];
        pinned[Cpu.RSP] = Layout.STACK;
        isPinned[Cpu.RSP] = true;
        for (String p : pins.isEmpty() ? new String[0] : pins.split(",")) {
            String[] kv = p.strip().split("=", 2);
            int n = List.of(REG).indexOf(kv[0]);
            if (n < 0 || kv.length < 2) {
                throw new IllegalStateException(where + ": bad pin " + p);
            }
            String v = kv[1];
            pinned[n] = v.startsWith("win+") ? Layout.WIN + Long.decode(v.substring(4))
                    : v.startsWith("0x") ? Long.parseUnsignedLong(v.substring(2), 16) : Long.parseLong(v);
            isPinned[n] = true;
        }
        byte[] code = new byte[insnBytes.length + Layout.FILLER.length];
        System.arraycopy(insnBytes, 0, code, 0, insnBytes.length);
        System.arraycopy(Layout.FILLER, 0, code, insnBytes.length, Layout.FILLER.length);
        RowEncoding row = null;
        Insn insn = null;
        for (int skip = 0; skip < insnBytes.length && row == null; skip++) {
            insn = new Decoder().decode(code, skip, code.length - skip, Layout.CODE + skip);
            if (OpcodeTable.decoded(insn.op)) {
                Insn found = insn;
                row = RowEncoding.all(OpcodeTable.get()).stream().filter(r -> r.op() == found.op).findFirst().orElse(null);
            }
        }
        if (row == null) {
            throw new IllegalStateException(where + ": ring3 decodes no row from " + hex);
        }
        long mem = -1;
        boolean hasMem = insn.rm < 0 && (insn.base >= 0 || insn.index >= 0 || insn.disp != 0);
        if (hasMem) {
            long a = insn.disp + (insn.base >= 0 && insn.base < 16 ? pinned[insn.base] : 0)
                    + (insn.index >= 0 ? pinned[insn.index] << insn.scale : 0);
            if (insn.addrsize == 4) {
                a &= 0xFFFFFFFFL;
            }
            if (a >= Layout.WIN && a < Layout.WIN + Layout.WINDOW) {
                mem = a;
            }
        }
        return new Encoding(row, code, insnBytes.length, insn, mem, Encoder.memSize(row.op().mnemonic), pinned, isPinned);
    }
}
