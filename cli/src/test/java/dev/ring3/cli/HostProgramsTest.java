package dev.ring3.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ring3.guest.GuestPrograms;
import dev.ring3.guest.NativeRun;
import dev.ring3.guest.RunResult;
import dev.ring3.guest.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The host's own dynamically linked programs (Debian's coreutils, xz, bash, python3): ld.so, libc.so.6
 * and the libraries each needs are loaded by the guest itself. Each run natively and under ring3 in
 * every {@link Mode}, compared exactly; a program the host lacks is skipped, and says so.
 */
@Tag("x86-64-host")
class HostProgramsTest {
    @TempDir
    static Path work;

    private final Map<String, RunResult> nativeResults = new ConcurrentHashMap<>();

    private record Case(String name, List<String> argv) {
        static Case of(String name, String... argv) {
            return new Case(name, List.of(argv));
        }
    }

    /** Threads, a subprocess, hashing, a temporary file and JSON: much of what a Python program meets. */
    private static final String PYTHON = String.join("\n",
            "import os, sys, json, hashlib, subprocess, threading, tempfile",
            "print(sys.version_info[:2])",
            "print(hashlib.sha256(open('data.txt', 'rb').read()).hexdigest())",
            "out = []",
            "t = threading.Thread(target=lambda: out.append(sum(i * i for i in range(20000))))",
            "t.start(); t.join(); print(out)",
            "print(subprocess.run(['/bin/echo', 'from a child'], capture_output=True, text=True).stdout.strip())",
            "with tempfile.NamedTemporaryFile('w+', dir='.') as f:",
            "    f.write('x' * 1000); f.flush(); print(os.path.getsize(f.name))",
            "print(json.dumps({'words': sorted(open('words.txt').read().split())[:5]}))",
            "");

    /**
     * multiprocessing's shared Value, Lock and Array (MAP_SHARED memory of a file in /dev/shm, and
     * a semaphore in it) across fork, and a Queue: under ring3 before shared memory was one memory
     * between processes, the two children's 400 increments came out as 200 (docs/processes.md).
     * Then two processes writing one SQLite database in WAL mode (its -shm index mapped shared,
     * fcntl locks between them): "database disk image is malformed" before ring3 kept file locks.
     */
    private static final String PYTHON_MP = String.join("\n",
            "import multiprocessing as mp",
            "def work(v, l, a, i):",
            "    for _ in range(200):",
            "        with l:",
            "            v.value += 1",
            "    a[i] = i * 2.5",
            "if __name__ == '__main__':",
            "    mp.set_start_method('fork')",
            "    v = mp.Value('i', 0, lock=False)",
            "    l = mp.Lock()",
            "    a = mp.Array('d', 2)",
            "    ps = [mp.Process(target=work, args=(v, l, a, i)) for i in range(2)]",
            "    for p in ps: p.start()",
            "    for p in ps: p.join()",
            "    print(v.value, list(a), [p.exitcode for p in ps])",
            "    q = mp.Queue()",
            "    p = mp.Process(target=q.put, args=({'from': 'child'},))",
            "    p.start(); print(q.get()); p.join()",
            "    import sqlite3, os, tempfile",
            "    db = os.path.join(tempfile.mkdtemp(dir='.'), 'wal.db')",
            "    c = sqlite3.connect(db); c.execute('pragma journal_mode=wal'); c.execute('create table t (p, i)'); c.commit(); c.close()",
            "    def insert(k):",
            "        c = sqlite3.connect(db, timeout=60)",
            "        for i in range(50):",
            "            c.execute('insert into t values (?, ?)', (k, i)); c.commit()",
            "    ws = [mp.Process(target=insert, args=(k,)) for k in range(2)]",
            "    for w in ws: w.start()",
            "    for w in ws: w.join()",
            "    print(sqlite3.connect(db).execute('select count(*), sum(i) from t').fetchone(), [w.exitcode for w in ws])",
            "");

    private static final List<Case> CASES = List.of(
            Case.of("ls", "/bin/ls", "-l", "--time-style=+%s", "tree"),
            Case.of("sort", "/usr/bin/sort", "-r", "words.txt"),
            Case.of("sha256sum", "/usr/bin/sha256sum", "data.txt", "words.txt"),
            Case.of("gzip", "/bin/gzip", "-c", "-6", "data.txt"),
            Case.of("xz", "/usr/bin/xz", "-c", "-3", "data.txt"),
            Case.of("bash", "/bin/bash", "-c",
                    "for i in $(seq 1 40); do echo $((i * i)); done | tail -n 3; x=$(cat words.txt | wc -l); echo \"$x\""),
            Case.of("python3", "/usr/bin/python3", "script.py"),
            Case.of("python3-multiprocessing", "/usr/bin/python3", "mp.py"));

    @BeforeAll
    static void data() throws IOException {
        Random r = new Random(7);
        String[] vocab = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"};
        StringBuilder text = new StringBuilder();
        while (text.length() < 300_000) {
            text.append(vocab[r.nextInt(vocab.length)]).append(r.nextInt(9) == 0 ? '\n' : ' ');
        }
        Files.writeString(work.resolve("data.txt"), text, StandardCharsets.US_ASCII);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            words.append(vocab[r.nextInt(vocab.length)]).append(r.nextInt(100)).append('\n');
        }
        Files.writeString(work.resolve("words.txt"), words, StandardCharsets.US_ASCII);
        Files.writeString(work.resolve("script.py"), PYTHON, StandardCharsets.US_ASCII);
        Files.writeString(work.resolve("mp.py"), PYTHON_MP, StandardCharsets.US_ASCII);
        // "#!" scripts, run as execve runs them: a shell script, one whose interpreter is that script,
        // and a Python script, each named by its path on the command line
        script("greet.sh", "#!/bin/bash -e\necho \"$0: $# args: $*\"; tr a-z A-Z < words.txt | head -n 2; ./hello.py from-bash\n");
        script("outer.sh", "#!" + work.resolve("greet.sh") + "\n");
        script("hello.py", "#!/usr/bin/python3\nimport sys\nprint(sys.argv[1:], open('/proc/self/comm').read().strip())\n");
        for (int i = 0; i < 6; i++) {
            Path f = Files.createDirectories(work.resolve("tree")).resolve("file" + i);
            Files.writeString(f, "line\n".repeat(i * 10 + 1));
            Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L + i * 1000L));
        }
    }

    private static void script(String name, String text) throws IOException {
        Path f = work.resolve(name);
        Files.writeString(f, text, StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @TestFactory
    Stream<DynamicTest> programs() {
        assumeTrue(Tools.nativeHost(), "needs an x86-64 Linux host as the oracle");
        List<Case> cases = new ArrayList<>(CASES);
        cases.add(Case.of("script", work.resolve("greet.sh").toString(), "a", "b c"));
        cases.add(Case.of("nested-script", work.resolve("outer.sh").toString(), "x"));
        cases.add(Case.of("python-script", work.resolve("hello.py").toString(), "1"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Mode mode : Mode.selected()) {
            for (Case c : cases) {
                String name = "host/" + c.name() + " [" + mode + "]";
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    assumeTrue(Files.isExecutable(Path.of(c.argv().get(0))), c.argv().get(0) + " is not installed");
                    RunResult nat = nativeResults.computeIfAbsent(c.name(), k -> NativeRun.run(c.argv(),
                            GuestPrograms.BASE_ENV, null, work, Duration.ofSeconds(120)));
                    Ring3Run.Outcome emu = Ring3Run.run(mode, c.argv(), GuestPrograms.BASE_ENV, null, work);
                    Differential.assertSame(name, nat, emu);
                }));
            }
        }
        return tests.stream();
    }
}
