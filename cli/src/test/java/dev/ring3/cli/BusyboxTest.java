package dev.ring3.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ring3.guest.GuestPrograms;
import dev.ring3.guest.NativeRun;
import dev.ring3.guest.RunResult;
import dev.ring3.guest.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real programs nobody here wrote: Debian's static busybox applets on generated data, each run
 * natively and under ring3 in every {@link Mode} and compared exactly; compressors also round-trip
 * ring3's own output back to the original bytes.
 */
@Tag("x86-64-host")
class BusyboxTest {
    private static final String BUSYBOX = "/bin/busybox";

    @TempDir
    static Path work;

    private final Map<String, RunResult> nativeResults = new ConcurrentHashMap<>();

    /** One applet invocation; {@code stdin} is a file name in the work directory or null. */
    private record Case(String name, String stdin, List<String> args) {
        static Case of(String name, String... args) {
            return new Case(name, null, List.of(args));
        }

        static Case piped(String name, String stdin, String... args) {
            return new Case(name, stdin, List.of(args));
        }
    }

    private static final List<Case> CASES = List.of(
            Case.of("sha256sum", "sha256sum", "data.txt", "words.txt", "binary.dat"),
            Case.of("md5sum", "md5sum", "data.txt", "binary.dat"),
            Case.of("gzip", "gzip", "-c", "-9", "data.txt"),
            Case.of("gzip-fast", "gzip", "-c", "-1", "binary.dat"),
            Case.of("bzip2", "bzip2", "-c", "data.txt"),
            Case.of("sort", "sort", "words.txt"),
            Case.of("sort-numeric", "sort", "-n", "-r", "numbers.txt"),
            Case.of("sort-keys", "sort", "-t", ",", "-k", "2,2", "-k", "1,1n", "table.csv"),
            Case.of("uniq", "uniq", "-c", "sorted.txt"),
            Case.of("wc", "wc", "data.txt", "words.txt", "binary.dat"),
            Case.of("sed", "sed", "-e", "s/the/THE/g", "-e", "/fox/d", "-e", "5~7s/^/> /", "data.txt"),
            Case.of("awk-count", "awk", "{ n[$1]++; total += NF } END { for (k in n) printf \"%s %d\\n\", k, n[k];"
                    + " printf \"total %d avg %.4f\\n\", total, total / NR }", "data.txt"),
            // Debian's busybox is built without awk's math library (no sqrt): arithmetic and printf only.
            Case.of("awk-math", "awk", "-F", ",", "{ s += $1 * 1.5; q += $1 * $1 / 7; if ($1 > m) m = $1 }"
                    + " END { printf \"%.6f %.6e %d %s %x\\n\", s, q, m, substr(\"ring3 emulator\", 7, 4), 255 }",
                    "table.csv"),
            Case.of("grep", "grep", "-n", "-i", "RING3", "data.txt"),
            Case.of("grep-count", "grep", "-c", "-E", "fox|dog$", "data.txt"),
            Case.of("grep-nomatch", "grep", "no such text anywhere", "data.txt"),
            Case.piped("tr-upper", "data.txt", "tr", "a-z", "A-Z"),
            Case.piped("tr-delete", "data.txt", "tr", "-d", "aeiou"),
            Case.of("od", "od", "-A", "x", "-t", "x1z", "-N", "4096", "binary.dat"),
            Case.of("od-chars", "od", "-c", "-N", "600", "data.txt"),
            Case.of("cmp-differ", "cmp", "data.txt", "data2.txt"),
            Case.of("cmp-same", "cmp", "data.txt", "data.txt"),
            Case.of("cut", "cut", "-d", " ", "-f", "2,4", "data.txt"),
            Case.of("cut-chars", "cut", "-c", "1-10", "words.txt"),
            Case.of("find", "find", "tree", "-type", "f"),
            Case.of("find-name", "find", "tree", "-name", "*.txt"),
            Case.of("tar-list", "tar", "-tvf", "fixture.tar"),
            Case.of("missing-file", "cat", "does-not-exist.txt"));

    @BeforeAll
    static void generateData() throws IOException {
        Random r = new Random(20240601L);   // java.util.Random's sequence is specified: same data everywhere
        String[] vocab = ("the quick brown fox jumps over lazy dog ring3 emulator register memory page signal"
                + " kernel stack heap busybox interpreter decoder flags carry zero sign overflow parity").split(" ");
        StringBuilder text = new StringBuilder();
        while (text.length() < 400_000) {
            int n = r.nextInt(16);
            for (int i = 0; i < n; i++) {
                text.append(i == 0 ? "" : " ").append(vocab[r.nextInt(vocab.length)]);
            }
            text.append('\n');
        }
        byte[] data = text.toString().getBytes(StandardCharsets.US_ASCII);
        Files.write(work.resolve("data.txt"), data);
        byte[] data2 = data.clone();
        data2[123_456] ^= 0x20;
        Files.write(work.resolve("data2.txt"), data2);
        StringBuilder words = new StringBuilder();
        List<String> list = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String w = vocab[r.nextInt(vocab.length)] + (r.nextInt(4) == 0 ? Integer.toString(r.nextInt(50)) : "");
            list.add(w);
            words.append(w).append('\n');
        }
        Files.writeString(work.resolve("words.txt"), words);
        list.sort(null);
        Files.writeString(work.resolve("sorted.txt"), String.join("\n", list) + "\n");
        StringBuilder nums = new StringBuilder();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            nums.append(r.nextInt(2_000_000) - 1_000_000).append('\n');
            csv.append(r.nextInt(1000) - 500).append(',').append(vocab[r.nextInt(vocab.length)]).append(',')
                    .append(r.nextInt(7)).append('\n');
        }
        Files.writeString(work.resolve("numbers.txt"), nums);
        Files.writeString(work.resolve("table.csv"), csv);
        byte[] bin = new byte[65_536];
        r.nextBytes(bin);
        Files.write(work.resolve("binary.dat"), bin);
        FileTime fixed = FileTime.fromMillis(1_700_000_000_000L);
        for (String d : List.of("tree/a", "tree/b/c", "tree/b/d")) {
            Files.createDirectories(work.resolve(d));
        }
        for (int i = 0; i < 12; i++) {
            String dir = i % 3 == 0 ? "tree/a" : i % 3 == 1 ? "tree/b/c" : "tree/b/d";
            Path f = work.resolve(dir + "/file" + i + (i % 2 == 0 ? ".txt" : ".bin"));
            Files.writeString(f, ("content " + i + "\n").repeat(i * 37 + 1));
            Files.setLastModifiedTime(f, fixed);
        }
        // A fixed archive for listing, made natively once (its mtimes are the fixed ones above).
        if (Files.isExecutable(Path.of(BUSYBOX))) {
            NativeRun.run(List.of(BUSYBOX, "tar", "-cf", "fixture.tar", "tree"), GuestPrograms.BASE_ENV, null, work,
                    Duration.ofSeconds(60));
        }
    }

    @TestFactory
    Stream<DynamicTest> applets() {
        assumeTrue(Tools.nativeHost(), "needs an x86-64 Linux host as the oracle");
        assumeTrue(Files.isExecutable(Path.of(BUSYBOX)), BUSYBOX + " is missing (apt package busybox-static)");
        List<DynamicTest> tests = new ArrayList<>();
        for (Mode mode : Mode.selected()) {
            for (Case c : CASES) {
                String name = "busybox/" + c.name() + " [" + mode + "]";
                tests.add(DynamicTest.dynamicTest(name, () -> compare(c, mode, name)));
            }
            tests.add(DynamicTest.dynamicTest("busybox/gzip-roundtrip [" + mode + "]",
                    () -> roundTrip(mode, "gzip", "gunzip")));
            tests.add(DynamicTest.dynamicTest("busybox/bzip2-roundtrip [" + mode + "]",
                    () -> roundTrip(mode, "bzip2", "bunzip2")));
            tests.add(DynamicTest.dynamicTest("busybox/tar-create [" + mode + "]", () -> tarCreate(mode)));
        }
        return tests.stream();
    }

    private static List<String> argv(List<String> args) {
        List<String> argv = new ArrayList<>();
        argv.add(BUSYBOX);
        argv.addAll(args);
        return argv;
    }

    private void compare(Case c, Mode mode, String name) {
        Path stdin = c.stdin() == null ? null : work.resolve(c.stdin());
        RunResult nat = nativeResults.computeIfAbsent(c.name(),
                k -> NativeRun.run(argv(c.args()), GuestPrograms.BASE_ENV, stdin, work, Duration.ofSeconds(120)));
        Ring3Run.Outcome emu = Ring3Run.run(mode, argv(c.args()), GuestPrograms.BASE_ENV, stdin, work);
        Differential.assertSame(name, nat, emu);
    }

    /** Compresses under ring3, then decompresses ring3's output under ring3: the original comes back. */
    private void roundTrip(Mode mode, String compress, String decompress) throws IOException {
        String id = "busybox/" + compress + "-roundtrip [" + mode + "]";
        Ring3Run.Outcome packed = Ring3Run.run(mode, argv(List.of(compress, "-c", "data.txt")), GuestPrograms.BASE_ENV,
                null, work);
        RunResult nat = NativeRun.run(argv(List.of(compress, "-c", "data.txt")), GuestPrograms.BASE_ENV, null, work,
                Duration.ofSeconds(120));
        Differential.assertSame(id + " (compress)", nat, packed);
        Path file = work.resolve("roundtrip-" + mode + "." + compress);
        Files.write(file, packed.result().stdout());
        Ring3Run.Outcome unpacked = Ring3Run.run(mode, argv(List.of(decompress, "-c", file.getFileName().toString())),
                GuestPrograms.BASE_ENV, null, work);
        assertArrayEquals(Files.readAllBytes(work.resolve("data.txt")), unpacked.result().stdout(),
                id + ": decompressed bytes differ; diagnostics: " + unpacked.diagnostics());
    }

    /** tar -cf under ring3 writes the same archive bytes as the native tar. */
    private void tarCreate(Mode mode) throws IOException {
        String id = "busybox/tar-create [" + mode + "]";
        RunResult nat = NativeRun.run(argv(List.of("tar", "-cf", "native.tar", "tree")), GuestPrograms.BASE_ENV, null,
                work, Duration.ofSeconds(60));
        String out = "ring3-" + mode + ".tar";
        Ring3Run.Outcome emu = Ring3Run.run(mode, argv(List.of("tar", "-cf", out, "tree")), GuestPrograms.BASE_ENV, null,
                work);
        Differential.assertSame(id, nat, emu);
        assertArrayEquals(Files.readAllBytes(work.resolve("native.tar")), Files.readAllBytes(work.resolve(out)),
                id + ": archive bytes differ");
    }
}
