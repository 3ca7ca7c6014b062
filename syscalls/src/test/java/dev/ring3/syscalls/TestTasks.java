package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.mmu.AddressSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Builds processes and tasks for handler tests, and compiles guest C programs with the host's gcc. */
final class TestTasks {
    private TestTasks() {}

    /** A task in a fresh flat address space, with a 1 MiB heap start at 0x10000000. */
    static Task task() {
        AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT);
        LinuxProcess p = new LinuxProcess(4242, mem, new FdTable(), "/");
        p.brkStart = 0x1000_0000L;
        p.brk = p.brkStart;
        Cpu cpu = new Cpu(mem);
        return new Task(cpu, p, 4242);
    }

    /** Compiles {@code source} with {@code compiler} (gcc, musl-gcc) and {@code flags}; skips if absent. */
    static Path compile(Path dir, String name, String source, String compiler, String... flags) throws IOException, InterruptedException {
        Path c = dir.resolve(name + ".c");
        Files.writeString(c, source);
        Path out = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of(compiler, "-O1", "-o", out.toString(), c.toString()));
        cmd.addAll(List.of(flags));
        Process pr;
        try {
            pr = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort(compiler + " not installed");
            return null;
        }
        String log = new String(pr.getInputStream().readAllBytes());
        Assumptions.assumeTrue(pr.waitFor(60, TimeUnit.SECONDS) && pr.exitValue() == 0, compiler + " failed: " + log);
        return out;
    }
}
