package dev.ring3.difftest;

import dev.ring3.interp.Disassembler;
import dev.ring3.interp.Flags;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Compares ring3's outcome of a case with the host's, field by field, and renders a difference
 * with the instruction's bytes, ring3's AT&T disassembly, the initial state and both results.
 * RFLAGS is compared on the arithmetic flags, DF, AC and ID (undefined flags included: the host
 * is consistent); the FXSAVE image on everything but MXCSR_MASK and the reserved bytes.
 */
final class Compare {
    private Compare() {}

    static final long FLAG_MASK = Flags.OSZAPC | Flags.DF | 0x40000L | 0x200000L;
    private static final String[] REG = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"};

    /** The fields that differ, as "name: host X, ring3 Y"; empty when the outcomes agree. */
    static List<String> diff(Outcome host, Outcome ring3, FormRules.Mask mask, long memOperand) {
        List<String> d = new ArrayList<>();
        if (ring3.crash != null) {
            d.add("ring3 failed: " + ring3.crash);
            return d;
        }
        if (mask.all()) {
            return d;
        }
        if (host.signal != ring3.signal) {
            d.add("signal: host " + Outcome.signalName(host.signal) + ", ring3 " + Outcome.signalName(ring3.signal));
            return d;
        }
        if ((host.signal == Outcome.SIGSEGV || host.signal == Outcome.SIGBUS) && host.addr != ring3.addr) {
            d.add(String.format("fault address: host 0x%x, ring3 0x%x", host.addr, ring3.addr));
        }
        if (host.rip != ring3.rip) {
            d.add(String.format("rip: host 0x%x, ring3 0x%x", host.rip, ring3.rip));
        }
        for (int n = 0; n < 16; n++) {
            if (host.gpr[n] != ring3.gpr[n]) {
                d.add(String.format("%s: host 0x%x, ring3 0x%x", REG[n], host.gpr[n], ring3.gpr[n]));
            }
        }
        long fm = FLAG_MASK & ~mask.flags();
        if (((host.rflags ^ ring3.rflags) & fm) != 0) {
            d.add(String.format("rflags: host %s, ring3 %s", flags(host.rflags), flags(ring3.rflags)));
        }
        fx(d, host.fx, ring3.fx, mask, host.signal == Outcome.SIGFPE);
        long skipFrom = memOperand + mask.memOff() - Layout.WIN, skipTo = skipFrom + mask.memLen();
        for (int k = 0; k < Layout.WINDOW; k++) {
            if (host.window[k] != ring3.window[k] && (memOperand < 0 || k < skipFrom || k >= skipTo)) {
                int from = k & ~15;
                d.add(String.format("memory 0x%x: host %s, ring3 %s", Layout.WIN + from,
                        hex(host.window, from, 16), hex(ring3.window, from, 16)));
                break;
            }
        }
        if (host.lowHash != ring3.lowHash) {
            d.add("data page below the window differs");
        }
        return d;
    }

    private static void fx(List<String> d, byte[] h, byte[] g, FormRules.Mask mask, boolean fpe) {
        field(d, "fcw", h, g, 0, 2, 0);
        field(d, "fsw", h, g, 2, 2, mask.fsw());
        if (!mask.ftw()) {
            field(d, "ftw", h, g, 4, 1, 0);
        }
        if (!mask.fpuPointers()) {
            field(d, "fop", h, g, 6, 2, 0);
            field(d, "fip", h, g, 8, 8, 0);
            field(d, "fdp", h, g, 16, 8, 0);
        }
        field(d, "mxcsr", h, g, 24, 4, mask.mxcsr() | (fpe ? mask.mxcsrOnFpe() : 0));
        if (!mask.st()) {
            for (int k = 0; k < 8; k++) {
                int off = 32 + 16 * k;
                long hm = Values.getLong(h, off), gm = Values.getLong(g, off);
                int he = (h[off + 8] & 0xFF) | (h[off + 9] & 0xFF) << 8, ge = (g[off + 8] & 0xFF) | (g[off + 9] & 0xFF) << 8;
                if (hm != gm || he != ge) {
                    d.add(String.format("st%d: host %04x:%016x, ring3 %04x:%016x", k, he, hm, ge, gm));
                }
            }
        }
        if (!mask.xmm()) {
            for (int k = 0; k < 16; k++) {
                int off = 160 + 16 * k;
                long hl = Values.getLong(h, off), hh = Values.getLong(h, off + 8);
                long gl = Values.getLong(g, off), gh = Values.getLong(g, off + 8);
                if (hl != gl || hh != gh) {
                    d.add(String.format("xmm%d: host %016x%016x, ring3 %016x%016x", k, hh, hl, gh, gl));
                }
            }
        }
    }

    private static void field(List<String> d, String name, byte[] h, byte[] g, int off, int len, long ignore) {
        long hv = 0, gv = 0;
        for (int k = 0; k < len; k++) {
            hv |= (h[off + k] & 0xFFL) << (8 * k);
            gv |= (g[off + k] & 0xFFL) << (8 * k);
        }
        if (((hv ^ gv) & ~ignore) != 0) {
            d.add(String.format("%s: host 0x%x, ring3 0x%x", name, hv, gv));
        }
    }

    static String flags(long f) {
        StringBuilder sb = new StringBuilder(String.format("0x%x", f & FLAG_MASK));
        String[] names = {"CF", "", "PF", "", "AF", "", "ZF", "SF", "", "", "DF", "OF"};
        sb.append(" [");
        for (int b = 0; b < names.length; b++) {
            if (!names[b].isEmpty() && (f & (1L << b)) != 0) {
                sb.append(sb.charAt(sb.length() - 1) == '[' ? "" : " ").append(names[b]);
            }
        }
        return sb.append(']').toString();
    }

    static String hex(byte[] b, int off, int len) {
        return HexFormat.of().formatHex(b, off, Math.min(b.length, off + len));
    }

    /** The instruction, its disassembly and the initial state, for a report. */
    static String describe(TestCase c) {
        Encoding e = c.enc;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("  %s  (%s; row \"%s\")%n", HexFormat.ofDelimiter(" ").formatHex(e.code, 0, e.len),
                Disassembler.format(e.insn, e.code, 0), e.row.op()));
        sb.append("  initial:");
        for (int n = 0; n < 16; n++) {
            sb.append(n % 4 == 0 ? "\n    " : "  ").append(String.format("%-3s %016x", REG[n], c.gpr[n]));
        }
        sb.append(String.format("%n    rflags %s  mxcsr %04x  fcw %04x  fsw %04x  ftw %02x%n", flags(c.rflags),
                Values.getLong(c.fx, 24) & 0xFFFFFFFFL, Values.getLong(c.fx, 0) & 0xFFFF,
                Values.getLong(c.fx, 2) & 0xFFFF, c.fx[4] & 0xFF));
        for (int k = 0; k < 8; k++) {
            int off = 32 + 16 * k;
            sb.append(String.format("%s st%d %04x:%016x", k % 4 == 0 ? "   " : " ", k,
                    Values.getLong(c.fx, off + 8) & 0xFFFF, Values.getLong(c.fx, off)));
            if (k % 4 == 3) {
                sb.append('\n');
            }
        }
        for (int k = 0; k < 16; k++) {
            int off = 160 + 16 * k;
            sb.append(String.format("%s xmm%-2d %016x%016x", k % 3 == 0 ? "   " : " ", k,
                    Values.getLong(c.fx, off + 8), Values.getLong(c.fx, off)));
            if (k % 3 == 2 || k == 15) {
                sb.append('\n');
            }
        }
        if (e.mem >= 0) {
            int off = (int) (e.mem - Layout.WIN) & ~15;
            sb.append(String.format("    memory operand 0x%x: %s%n", e.mem, hex(c.window, off, 32)));
        }
        return sb.toString();
    }
}
