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
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the disassembler with binutils' objdump -d, instruction for instruction, on code
 * nobody here wrote: Debian's static busybox and small C programs compiled at test time with gcc
 * and musl-gcc. Every instruction ring3 decodes (to objdump's length) must print as objdump
 * prints it, after normalising whitespace, {@code <symbol>} annotations and the "0x" objdump
 * puts on branch targets when it has no symbols. The few encodings where ring3 deliberately
 * differs are listed in {@link #EXCLUDED} with the reason.
 */
@Tag("native")
class DisassemblerObjdumpTest {
    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\t((?:[0-9a-f]{2} )+)\\s*\\t(.*)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SYMBOL = Pattern.compile("\\s*<[^>]*>");
    private static final Pattern BRANCH_TARGET = Pattern.compile(
            "^((?:\\S+ )*(?:j[a-z]+|call|loop[a-z]*|jrcxz|jecxz|xbegin)(?:,p[nt])?) 0x([0-9a-f]+)$");
    private static final Pattern COMMENT = Pattern.compile(" # 0x([0-9a-f]+)$");

    /**
     * objdump mnemonics whose text ring3 deliberately does not reproduce, with the reason. Only
     * these may differ; anything else is a failure.
     */
    static final Map<String, String> EXCLUDED = Map.of(
            "bndldx", "0F 1A/1B are hint NOPs to ring3 (CPUID has no MPX); objdump names the MPX forms",
            "bndstx", "0F 1A/1B are hint NOPs to ring3 (CPUID has no MPX); objdump names the MPX forms",
            "bndmov", "0F 1A/1B are hint NOPs to ring3 (CPUID has no MPX); objdump names the MPX forms",
            "bndcl", "0F 1A/1B are hint NOPs to ring3 (CPUID has no MPX); objdump names the MPX forms",
            "bndcu", "0F 1A/1B are hint NOPs to ring3 (CPUID has no MPX); objdump names the MPX forms",
            "bndcn", "0F 1A/1B are hint NOPs to ring3 (CPUID has no MPX); objdump names the MPX forms",
            "bndmk", "0F 1A/1B are hint NOPs to ring3 (CPUID has no MPX); objdump names the MPX forms",
            "cldemote", "0F 1C /0 is a hint NOP to ring3 (CPUID has no CLDEMOTE)");

    /**
     * A C program that makes compilers emit a wide mix: integer widths and signedness, switch
     * tables (notrack jmp), string builtins, float, double and long double (x87) arithmetic and
     * conversions, 128-bit integers, atomics, bit scans and shifts by variable counts.
     */
    private static final String CORPUS = """
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>
            #include <math.h>
            #include <stdint.h>
            #include <stdatomic.h>

            static volatile long sink;
            static _Atomic long counter;

            __attribute__((noinline)) long widths(signed char a, short b, int c, long d, unsigned char e,
                    unsigned short f, unsigned g) {
                return a * 3 + b / 5 + c % 7 + (d >> 3) + (e << 2) + (f ^ 0x55) + (g >> 5) + (d < 0 ? -d : d);
            }

            __attribute__((noinline)) int dispatch(int k, int x) {
                switch (k) {
                case 0: return x + 1;
                case 1: return x * 7;
                case 2: return x - 9;
                case 3: return x << 3;
                case 4: return x / 3;
                case 5: return ~x;
                case 6: return -x;
                case 7: return x & 0xF0F;
                default: return 0;
                }
            }

            __attribute__((noinline)) double floats(double x, float y, int n, long m) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += sqrt(x * i + y) / (1.0 + i) - (double) m * 0.5;
                    s = s > 1e6 ? s * 0.25 : s;
                }
                return s + (float) s + (long) s + (unsigned) y;
            }

            __attribute__((noinline)) long double extended(long double a, long double b, int n) {
                long double r = a;
                for (int i = 0; i < n; i++) {
                    r = r * b + (long double) i / (a - b) - fabsl(r) * 0.5L;
                }
                return r + (long long) r + (a < b ? a : b);
            }

            __attribute__((noinline)) unsigned __int128 wide(unsigned __int128 a, unsigned __int128 b) {
                return a * b + (a >> 7) + (b << 9) + a / (b | 1);
            }

            __attribute__((noinline)) int bits(unsigned long x, unsigned y, int s) {
                return __builtin_ctzl(x | 1) + __builtin_clzl(x | 1) + __builtin_popcount(y)
                    + (int) ((x << s) | (x >> (64 - s))) + __builtin_bswap32(y) + (int) __builtin_bswap64(x);
            }

            __attribute__((noinline)) void strings(char *dst, const char *src, size_t n) {
                memcpy(dst, src, n);
                memset(dst + n, 0, 16);
                sink = strlen(dst) + memcmp(dst, src, n) + (strchr(dst, 'x') != NULL);
            }

            __attribute__((noinline)) long atomics(long v) {
                atomic_fetch_add(&counter, v);
                long expected = v;
                atomic_compare_exchange_strong(&counter, &expected, v * 2);
                return atomic_exchange(&counter, 3) + atomic_load(&counter);
            }

            int main(int argc, char **argv) {
                char buf[64];
                strings(buf, argv[0], strlen(argv[0]) < 40 ? strlen(argv[0]) : 40);
                printf("%ld %d %f %Lf %d %ld\\n", widths(argc, argc * 3, argc * 5, -argc, argc, argc, argc),
                    dispatch(argc, 5), floats(argc, 2.5f, argc * 3, argc), extended(argc, 1.5L, argc),
                    bits(argc * 12345UL, argc, argc), atomics(argc));
                unsigned __int128 w = wide(argc, argc + 1);
                return (int) (w & 1);
            }
            """;

    @Test
    void busyboxMatchesObjdump() throws Exception {
        Path bin = Path.of("/bin/busybox");
        assumeTrue(Files.isRegularFile(bin), "busybox-static not installed");
        check(bin);
    }

    @Test
    void gccStaticProgramMatchesObjdump(@TempDir Path dir) throws Exception {
        check(compile(dir, "gcc", "-O2"));
    }

    @Test
    void gccUnoptimisedProgramMatchesObjdump(@TempDir Path dir) throws Exception {
        check(compile(dir, "gcc", "-O0"));
    }

    @Test
    void muslStaticProgramMatchesObjdump(@TempDir Path dir) throws Exception {
        check(compile(dir, "musl-gcc", "-O2"));
    }

    /**
     * The corpus and {@link #BMI_CORPUS} built for the integer extensions ring3 advertises: gcc
     * then emits LZCNT/TZCNT, ANDN, BEXTR, BLS*, BZHI, SHLX/SARX/SHRX, RORX, MULX, PDEP/PEXT and
     * MOVBE of its own accord, and the intrinsics add ADCX/ADOX and RDRAND/RDSEED.
     */
    @Test
    void gccProgramWithBmiMatchesObjdump(@TempDir Path dir) throws Exception {
        Path bin = compile(dir, "gcc", "-O2", CORPUS + BMI_CORPUS.replace("int main(", "int bmi_main("),
                "-mbmi", "-mbmi2", "-mlzcnt", "-madx", "-mmovbe", "-mrdrnd", "-mrdseed");
        String text = new String(new ProcessBuilder("objdump", "-d", bin.toString()).start().getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8);
        for (String m : new String[] {"andn", "bextr", "blsr", "bzhi", "shlx", "sarx", "rorx", "mulx", "pdep",
                "pext", "lzcnt", "tzcnt", "adcx", "adox", "movbe", "rdrand", "rdseed"}) {
            assertTrue(text.contains("\t" + m + " "), "gcc emitted no " + m);
        }
        check(bin);
    }

    /** Intrinsics for the instructions gcc does not pick by itself. */
    private static final String BMI_CORPUS = """
            #include <immintrin.h>
            __attribute__((noinline)) unsigned long long ext(unsigned long long x, unsigned long long y,
                    unsigned n, unsigned char *p) {
                unsigned long long hi, r = 0, s;
                unsigned c = 0;
                r += _bextr_u64(x, n, 9) + _bzhi_u64(y, n) + _pdep_u64(x, y) + _pext_u32(x, y);
                r += _mulx_u64(x, y, &hi) + hi + _andn_u64(x, y) + _blsr_u64(x) + _blsi_u32(y) + _blsmsk_u64(y);
                r += _lzcnt_u32(x) + _tzcnt_u64(y) + ((x >> 7) | (x << 57));
                r += __builtin_bswap32(*(unsigned *) p);
                *(unsigned long long *) (p + 8) = __builtin_bswap64(r);
                __asm__("adcx %2, %0\\n\\tadox %2, %0" : "=r"(s) : "0"(r), "rm"(y) : "cc");
                _rdrand64_step(&hi);
                c += _rdseed32_step(&c);
                return s + hi + c;
            }
            int main(int argc, char **argv) {
                return (int) ext(argc, argc * 3, argc, (unsigned char *) argv[0]);
            }
            """;

    private static Path compile(Path dir, String cc, String opt) throws Exception {
        return compile(dir, cc, opt, CORPUS);
    }

    private static Path compile(Path dir, String cc, String opt, String source, String... flags) throws Exception {
        assumeTrue(onPath(cc), cc + " not installed");
        Path src = dir.resolve("corpus.c");
        Files.writeString(src, source);
        Path out = dir.resolve("corpus-" + cc + opt);
        List<String> cmd = new ArrayList<>(List.of(cc, opt));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("-static", "-o", out.toString(), src.toString(), "-lm"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, cc + " failed: " + log);
        return out;
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs objdump on {@code bin} and compares every instruction; fails listing the mismatches. */
    static void check(Path bin) throws Exception {
        assumeTrue(onPath("objdump"), "objdump not installed");
        Decoder d = new Decoder();
        Map<String, Integer> mismatches = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        Map<String, Integer> excluded = new TreeMap<>();
        Map<String, Integer> notDecoded = new TreeMap<>();
        Map<String, Integer> otherLength = new TreeMap<>();
        int compared = 0, matched = 0;
        for (String[] x : objdump(bin)) {
            String expected = normalise(x[2]);
            if (expected.startsWith("(bad)")) {
                continue;
            }
            String mnem = mnemonic(expected);
            String[] hex = x[1].trim().split(" ");
            byte[] bytes = new byte[hex.length];
            for (int k = 0; k < hex.length; k++) {
                bytes[k] = (byte) Integer.parseInt(hex[k], 16);
            }
            long addr = Long.parseUnsignedLong(x[0], 16);
            Insn in = d.decode(bytes, 0, bytes.length, addr);
            if (in.op == OpcodeTable.INVALID) {
                notDecoded.merge(mnem, 1, Integer::sum);
                continue;
            }
            if (in.len != bytes.length) {
                // The decoder's business (DecoderObjdumpTest): e.g. objdump folds FWAIT into FSTCW.
                otherLength.merge(mnem, 1, Integer::sum);
                continue;
            }
            compared++;
            String actual = SPACES.matcher(Disassembler.format(in, bytes, 0)).replaceAll(" ").trim();
            if (actual.equals(expected)) {
                matched++;
            } else if (EXCLUDED.containsKey(mnem)) {
                excluded.merge(mnem, 1, Integer::sum);
            } else {
                mismatches.merge(mnem, 1, Integer::sum);
                List<String> ex = examples.computeIfAbsent(mnem, k -> new ArrayList<>());
                if (ex.size() < 3) {
                    ex.add(x[1].trim() + " | objdump: " + expected + " | ring3: " + actual);
                }
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(bin).append(": ").append(matched).append(" of ").append(compared)
                .append(" decoded instructions match objdump\n");
        mismatches.forEach((k, v) -> {
            report.append("  mismatch ").append(k).append(" x").append(v).append('\n');
            examples.get(k).forEach(e -> report.append("      ").append(e).append('\n'));
        });
        report.append("  excluded (listed): ").append(excluded).append('\n');
        report.append("  not decoded by ring3 (not compared): ").append(notDecoded.keySet()).append('\n');
        report.append("  other length than objdump (not compared): ").append(otherLength).append('\n');
        System.out.println(report);
        assumeTrue(compared > 0, "objdump produced nothing ring3 decodes");
        assertTrue(mismatches.isEmpty(), report.toString());
    }

    /** objdump's text with whitespace collapsed, symbols dropped and bare-hex branch targets. */
    static String normalise(String text) {
        String s = SPACES.matcher(SYMBOL.matcher(text).replaceAll("")).replaceAll(" ").trim();
        s = COMMENT.matcher(s).replaceAll(" # $1");
        Matcher m = BRANCH_TARGET.matcher(s);
        return m.matches() ? m.group(1) + " " + m.group(2) : s;
    }

    private static final java.util.Set<String> PREFIX_WORDS = java.util.Set.of("rep", "repz", "repnz", "lock",
            "data16", "addr32", "cs", "ds", "es", "ss", "fs", "gs", "notrack", "bnd", "xacquire", "xrelease");

    /** The mnemonic after any prefix words. */
    static String mnemonic(String text) {
        String[] w = text.split(" ");
        int i = 0;
        while (i < w.length - 1 && (PREFIX_WORDS.contains(w[i]) || w[i].startsWith("rex"))) {
            i++;
        }
        return w[i];
    }

    private static List<String[]> objdump(Path bin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("objdump", "-d", "-w", "--insn-width=16", bin.toString())
                .redirectErrorStream(true).start();
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    out.add(new String[] {m.group(1), m.group(2), m.group(3)});
                }
            }
        }
        p.waitFor();
        return out;
    }
}
