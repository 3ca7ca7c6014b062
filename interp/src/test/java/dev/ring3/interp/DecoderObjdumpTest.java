package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Checks the decoder against binutils on real code nobody here wrote: every instruction objdump
 * finds in a static binary's text must decode to the same length, and instructions of the base
 * ISA, SSE2 and the SSSE3/SSE4.1 ones glibc uses must not be refused as invalid.
 */
@Tag("native")
class DecoderObjdumpTest {
    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t((?:[0-9a-f]{2} )+)\\s*\\t(.*)$");

    /**
     * Mnemonics (as objdump prints them) that ring3 must decode: the baseline x86-64 ISA, SSE2, and
     * the SSSE3/SSE4.1 instructions of glibc's string functions.
     */
    private static final Set<String> REQUIRED = Set.of(
            "mov", "movabs", "movzbl", "movzwl", "movsbl", "movswl", "movslq", "movsbq", "movswq", "movzbw",
            "lea", "add", "sub", "adc", "sbb", "and", "or", "xor", "cmp", "test", "inc", "dec", "neg", "not",
            "imul", "mul", "div", "idiv", "shl", "shr", "sar", "rol", "ror", "rcl", "rcr", "shld", "shrd",
            "bt", "bts", "btr", "btc", "bsf", "bsr", "bswap", "push", "pop", "call", "ret", "jmp", "leave",
            "cltq", "cqto", "cltd", "cwtl", "nop", "nopw", "nopl", "xchg", "cmpxchg", "xadd", "syscall",
            "endbr64", "hlt", "ud2", "int3", "cpuid", "rdtsc", "sete", "setne", "cmove", "cmovne", "ja",
            "jne", "je", "jb", "jbe", "jg", "jge", "jl", "jle", "js", "jns", "stos", "movs", "cmps", "scas",
            "movq", "movd", "movdqa", "movdqu", "movaps", "movups", "movapd", "movss", "movsd", "pxor",
            "pcmpeqb", "pmovmskb", "pminub", "punpcklbw", "pshufd", "paddq", "psubb", "por", "pand",
            "addsd", "subsd", "mulsd", "divsd", "sqrtsd", "ucomisd", "comisd", "cvtsi2sd", "cvttsd2si",
            "cvtsd2ss", "cvtss2sd", "xorps", "andpd", "unpcklpd", "shufps", "ldmxcsr", "stmxcsr",
            "palignr", "pshufb", "pminud");

    @Test
    void lengthsMatchObjdumpOnBusybox() throws Exception {
        Path bin = Path.of("/bin/busybox");
        assumeTrue(Files.isRegularFile(bin), "busybox-static not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/objdump")), "objdump not installed");
        List<String[]> insns = objdump(bin, 400_000);
        assumeTrue(!insns.isEmpty(), "objdump produced nothing");
        Decoder d = new Decoder();
        Map<String, Integer> wrongLength = new TreeMap<>();
        Map<String, Integer> refused = new TreeMap<>();
        int checked = 0;
        for (String[] x : insns) {
            long addr = Long.parseUnsignedLong(x[0], 16);
            String[] hex = x[1].trim().split(" ");
            byte[] bytes = new byte[hex.length];
            for (int k = 0; k < hex.length; k++) {
                bytes[k] = (byte) Integer.parseInt(hex[k], 16);
            }
            String text = x[2];
            if (text.startsWith("(bad)")) {
                continue;
            }
            String mnem = mnemonic(text);
            Insn in = d.decode(bytes, 0, bytes.length, addr);
            checked++;
            if (in.op == OpcodeTable.INVALID) {
                refused.merge(mnem, 1, Integer::sum);
            } else if (in.len != bytes.length) {
                wrongLength.merge(mnem + " (" + x[1].trim() + ")", 1, Integer::sum);
            }
        }
        StringBuilder report = new StringBuilder();
        report.append("checked ").append(checked).append(" instructions\n");
        wrongLength.forEach((k, v) -> report.append("wrong length: ").append(k).append(" x").append(v).append('\n'));
        List<String> missing = new ArrayList<>();
        refused.forEach((k, v) -> {
            if (REQUIRED.contains(k)) {
                missing.add(k + " x" + v);
            }
        });
        report.append("refused (required): ").append(missing).append('\n');
        report.append("refused (not yet required): ").append(refused.keySet().stream()
                .filter(k -> !REQUIRED.contains(k)).toList()).append('\n');
        System.out.println(report);
        assertTrue(wrongLength.isEmpty() && missing.isEmpty(), report.toString());
    }

    static String mnemonic(String text) {
        String[] w = text.trim().split("\\s+");
        int i = 0;
        while (i < w.length - 1 && Set.of("rep", "repz", "repnz", "repe", "repne", "lock", "data16", "cs", "ds",
                "notrack", "bnd", "addr32", "fs", "gs", "rex.W", "rex").contains(w[i])) {
            i++;
        }
        String m = w[i];
        // objdump suffixes string ops and some moves with a size letter: stos %al -> stos.
        return m.replaceAll("^(stos|movs|lods|scas|cmps)[bwlq]?$", "$1");
    }

    private static List<String[]> objdump(Path bin, int max) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("objdump", "-d", "-w", "--insn-width=16", bin.toString())
                .redirectErrorStream(true).start();
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = LINE.matcher(line);
                if (m.matches() && out.size() < max) {
                    out.add(new String[] {m.group(1), m.group(2), m.group(3)});
                }
            }
        }
        p.waitFor();
        return out;
    }
}
