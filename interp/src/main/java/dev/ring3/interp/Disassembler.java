package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.util.ArrayList;
import java.util.List;

/**
 * Disassembles guest code in AT&T syntax, instruction for instruction as GNU objdump -d
 * (binutils 2.40) prints it after the address and bytes, for fault messages, the syscall trace
 * and the profiler report ("mov    (%rax),%rax", "rep stos %rax,%es:(%rdi)"). Two deliberate
 * differences: branch targets and RIP-relative comments are bare hex ("jmp    401020",
 * "# 404028") as objdump prints them when it has symbols, and the {@code <symbol+off>} part is
 * left to callers that know symbols. Runs off the hot path; allocates freely.
 */
public final class Disassembler {
    private Disassembler() {}

    /**
     * The text of a decoded instruction. Without its bytes, prefixes that change nothing
     * (a second 0x66, CS, DS, an unused REX) cannot be shown; {@link #format(Insn, byte[], int)}
     * shows them when the code is at hand.
     */
    public static String format(Insn insn) {
        int[] p = new int[Decoder.MAX_LENGTH];
        int n = AttPrefixes.synthesize(insn, p);
        return AttFormatter.format(insn, p, n);
    }

    /** The text of {@code insn}, whose bytes start at {@code code[off]}. */
    public static String format(Insn insn, byte[] code, int off) {
        int[] p = new int[Decoder.MAX_LENGTH];
        int n = AttPrefixes.scan(code, off, Math.min(insn.len, code.length - off), p);
        return AttFormatter.format(insn, p, n);
    }

    /**
     * The instruction at guest address {@code addr}, fetched with execute permission; "(bad)" if
     * it cannot be fetched or decoded.
     */
    public static String disassemble(AddressSpace mem, long addr) {
        byte[] buf = new byte[Decoder.MAX_LENGTH];
        int n;
        try {
            n = mem.fetch(addr, buf, 0, buf.length);
        } catch (GuestFault f) {
            return "(bad)";
        }
        try {
            Insn in = new Decoder().decode(buf, 0, n, addr);
            return format(in, buf, 0);
        } catch (GuestFault f) {
            return "(bad)"; // the instruction runs into an unmapped page
        }
    }

    /**
     * Every instruction in {@code code}, which sits at guest address {@code addr}, one string per
     * instruction. An undecodable byte is listed as "(bad)" and skipped, as objdump does; a
     * truncated instruction at the end is listed as "(bad)".
     */
    public static List<String> disassemble(byte[] code, long addr) {
        List<String> out = new ArrayList<>();
        Decoder d = new Decoder();
        int pos = 0;
        while (pos < code.length) {
            Insn in;
            try {
                in = d.decode(code, pos, code.length - pos, addr + pos);
            } catch (GuestFault f) {
                out.add("(bad)");
                break;
            }
            if (!OpcodeTable.decoded(in.op)) {
                out.add("(bad)");
                pos++;
                continue;
            }
            out.add(format(in, code, pos));
            pos += in.len;
        }
        return out;
    }
}
