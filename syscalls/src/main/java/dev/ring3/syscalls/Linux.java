package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.CpuException;
import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.GuestExit;
import dev.ring3.interp.Interpreter;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import dev.ring3.vdso.Vdso;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Channel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one static x86-64 Linux program to completion: loads the ELF, builds the process, its
 * thread and its initial stack, runs the execution engine, turns faults into guest signals, and
 * returns the exit status a shell would see (0..255, 128+signal, 126/127 when the program cannot
 * be started, 70 when ring3 itself fails).
 */
public final class Linux {
    /** sysexits.h EX_SOFTWARE: an internal error in ring3, not in the guest. */
    public static final int INTERNAL_ERROR = 70;
    static final boolean DEBUG = Boolean.getBoolean("ring3.debug");

    /** What to run and with which stdio; every field has a usable default. */
    public static final class Config {
        /** argv as the program sees it (argv[0] as given); empty means {@code [executable]}. */
        public List<String> argv = new ArrayList<>();
        /** Host path of the program to load. */
        public String executable;
        /** "K=V" strings in order; null means the host's environment, in the host's order. */
        public List<String> env;
        public ReadableByteChannel stdin = new FileInputStream(FileDescriptor.in).getChannel();
        public WritableByteChannel stdout = new FileOutputStream(FileDescriptor.out).getChannel();
        public WritableByteChannel stderr = new FileOutputStream(FileDescriptor.err).getChannel();
        /** Where ring3's own lines go: death messages, refusals, unimplemented-syscall notes. */
        public PrintStream diagnostics = System.err;
        public AddressSpace.Kind memory = AddressSpace.Kind.FLAT;
        /** Suppresses the unimplemented-syscall notes (not the death line). */
        public boolean quiet;
        /** The engine for the thread: the interpreter unless the cli passes the JIT. */
        public Supplier<ExecutionEngine> engine = Interpreter::new;
        /** Working directory of the guest; relative executable paths resolve against it. */
        public String cwd = System.getProperty("user.dir");
        /** Sees every syscall (the trace); null for none. */
        public SyscallObserver observer;
        /** Map ring3's vDSO and its time page and announce it (AT_SYSINFO_EHDR); false for --no-vdso. */
        public boolean vdso = true;
        /**
         * How the argv and env strings become the guest's bytes. UTF-8 by default; ISO-8859-1 when
         * each char already stands for one byte, as the CLI passes the host's raw argv and
         * environment (a JVM started under LANG=C would otherwise replace non-ASCII bytes).
         */
        public java.nio.charset.Charset encoding = StandardCharsets.UTF_8;
        /** --deny-network: connect/sendto beyond loopback fail with ENETUNREACH; nothing leaves the host. */
        public boolean denyNetwork;
    }

    private Linux() {}

    public static int run(Config c) {
        String program = c.executable != null ? c.executable : (c.argv.isEmpty() ? "" : c.argv.get(0));
        String shown = program;
        List<String> args = c.argv.isEmpty() ? List.of(shown) : c.argv;
        Path file = Path.of(c.cwd).resolve(shown);
        ElfFile elf;
        int depth = 0;
        try {
            if (shown.isEmpty()) {
                throw new ExecFailure("No such file or directory", ExecFailure.NOT_FOUND);
            }
            // A "#!" script runs its interpreter, as execve does (fs/binfmt_script.c).
            for (ScriptLine line; (line = scriptLine(file, c.encoding)) != null; depth++) {
                if (depth == ScriptLine.MAX_DEPTH) {
                    throw new ExecFailure("too many levels of #! interpreters", ExecFailure.CANNOT_EXECUTE);
                }
                args = line.argv(shown, args);
                shown = line.interpreter();
                file = Path.of(c.cwd).resolve(shown);
            }
            elf = ElfFile.read(file);
        } catch (ExecFailure e) {
            // as bash words it: "prog: /bin/nothing: bad interpreter: No such file or directory" (127)
            c.diagnostics.println("ring3: " + program + ": " + (depth > 0 ? shown + ": bad interpreter: " : "") + e.getMessage());
            c.diagnostics.flush();
            return e.status();
        }
        List<String> argv = byteStrings(args, c.encoding);
        List<String> env = c.env != null ? byteStrings(c.env, c.encoding) : hostEnvironment();
        AddressSpace mem = AddressSpace.create(c.memory);
        Task task;
        try {
            task = start(c, elf, file, mem, program, argv, env);
        } catch (ExecFailure e) {
            Vdso.release(mem);
            mem.close();
            c.diagnostics.println("ring3: " + shown + ": " + e.getMessage());
            c.diagnostics.flush();
            return e.status();
        }
        if (c.observer != null) {
            // envp follows argc, argv[] and argv's NULL on the initial stack.
            long envp = task.cpu.r[Cpu.RSP] + 8L * (argv.size() + 2);
            // strace shows the execve that was asked for: a script's path and argv, not its interpreter's
            List<String> asked = depth > 0 ? byteStrings(c.argv.isEmpty() ? List.of(program) : c.argv, c.encoding) : argv;
            c.observer.started(task, program, asked, env.size(), envp);
        }
        // The process's last thread closes the memory (ProcessExit), whichever image it holds then.
        return runTask(task, c.engine.get(), c);
    }

    /**
     * The "#!" line of {@code file}, or null when it is no script (or cannot be read: ElfFile.read
     * then says why). A script whose line names no interpreter is left to ElfFile.read to refuse.
     */
    private static ScriptLine scriptLine(Path file, java.nio.charset.Charset charset) {
        byte[] head = new byte[ScriptLine.BUF_SIZE];
        int n = 0;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0;) {
                n += r;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        head = java.util.Arrays.copyOf(head, n);
        return ScriptLine.isScript(head) && java.nio.file.Files.isExecutable(file) ? ScriptLine.parse(head, charset) : null;
    }

    /** Builds the process and its main thread for {@code elf}, ready to run at the entry point. */
    static Task start(Config c, ElfFile elf, Path file, AddressSpace mem, String execfn, List<String> argv,
            List<String> env) throws ExecFailure {
        ElfLoader.Image image = ElfLoader.load(mem, elf);
        FdTable fds = FdTable.standard(c.stdin, c.stdout, c.stderr);
        int pid = (int) ProcessHandle.current().pid();
        LinuxProcess p = new LinuxProcess(pid, mem, fds, c.cwd);
        p.ppid = ProcessHandle.current().parent().map(h -> (int) h.pid()).orElse(1);
        int[] groupAndSession = hostGroupAndSession();
        if (groupAndSession != null) {
            p.pgid = groupAndSession[0];
            p.sid = groupAndSession[1];
        }
        p.umask = hostUmask();
        p.actions.ignore(hostIgnoredSignals());
        p.exePath = file.toAbsolutePath().normalize().toString();
        Path named = Path.of(execfn).getFileName(); // a script's own name, as the kernel's comm
        String base = named != null ? named.toString() : execfn;
        p.comm = base.length() > 15 ? base.substring(0, 15) : base;
        p.brkStart = image.brk();
        p.brk = image.brk();
        p.diagnostics = c.diagnostics;
        p.denyNetwork = c.denyNetwork;
        byte[] random = new byte[16];
        p.randomBytes(random, random.length);
        // After the image, as the kernel's arch_setup_additional_pages: [vvar] and [vdso] at the
        // top of the mmap area. ring3's TSC is System.nanoTime at SystemOps.TSC_HZ = 1 GHz.
        long vdso = c.vdso ? Vdso.install(mem).vdsoBase() : 0;
        String execfnBytes = new String(execfn.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        InitialStack.Placed placed = InitialStack.place(mem, image, argv, env, execfnBytes, random, p.ids, vdso);
        long sp = placed.sp();
        p.placed = placed;
        p.bounds = image.bounds();
        ProcFiles.recordImage(p, elf, image);

        Cpu cpu = new Cpu(mem);
        // Registers at entry (ELF_PLAT_INIT, start_thread): all zero, RDX = 0 (no rtld_fini).
        cpu.r[Cpu.RSP] = sp;
        cpu.rip = image.entry();
        cpu.rflags = 0x202;
        cpu.mxcsr = 0x1F80;
        cpu.fpuControl = 0x37F;
        Task task = new Task(cpu, p, pid);
        SchedSyscalls.fromHost(task);
        cpu.os = new LinuxSyscalls(task, SyscallTable.get(), c.observer, c.diagnostics, c.quiet);
        // Guest pids: the first process keeps the JVM's pid, later ones count up from it.
        new ProcessTable(c, pid + 1).addProcess(p);
        ProcessExit.started(task);
        return task;
    }

    /**
     * Runs the first thread on this Java thread, then waits for every guest process to end (the
     * first one and any orphans it left running: see docs/quirks.md). Returns the first process's
     * exit status.
     */
    static int runTask(Task task, ExecutionEngine engine, Config c) {
        LinuxProcess p = task.process;
        boolean ok = TaskRunner.run(task, engine);
        if (p.table != null) {
            p.table.awaitAll();
        }
        flush(c);
        if (!ok) {
            return INTERNAL_ERROR;
        }
        if (p.deathLine != null) {
            c.diagnostics.println(p.deathLine);
            c.diagnostics.flush();
        }
        if (p.exitStatus < 0) {
            c.diagnostics.println("ring3: internal error: the thread ended without an exit status");
            return INTERNAL_ERROR;
        }
        return p.exitStatus;
    }

    /** Pushes out guest output written through buffering channels before ring3's own line. */
    private static void flush(Config c) {
        for (Channel ch : new Channel[] {c.stdout, c.stderr}) {
            if (ch instanceof Flushable) {
                try {
                    ((Flushable) ch).flush();
                } catch (IOException e) {
                    // Nothing to report to: the guest's output channel itself failed.
                }
            }
        }
        if (c.stdout instanceof java.nio.channels.FileChannel || c.stderr instanceof java.nio.channels.FileChannel) {
            System.out.flush();
        }
    }

    /** The strings as byte strings (one char per byte), given how their chars encode to bytes. */
    static List<String> byteStrings(List<String> strings, java.nio.charset.Charset encoding) {
        if (encoding.equals(StandardCharsets.ISO_8859_1)) {
            return strings;
        }
        List<String> out = new ArrayList<>(strings.size());
        for (String s : strings) {
            out.add(new String(s.getBytes(encoding), StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    /** The host's environment in its own order, as byte strings (one char per byte). */
    public static List<String> hostEnvironment() {
        try {
            byte[] b = Files.readAllBytes(Path.of("/proc/self/environ"));
            List<String> env = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == 0) {
                    if (i > start) {
                        env.add(new String(b, start, i - start, StandardCharsets.ISO_8859_1));
                    }
                    start = i + 1;
                }
            }
            return env;
        } catch (IOException | RuntimeException e) {
            List<String> env = new ArrayList<>();
            for (Map.Entry<String, String> kv : System.getenv().entrySet()) {
                env.add(kv.getKey() + "=" + kv.getValue());
            }
            return env;
        }
    }

    /** pgrp and session of the JVM (fields 5 and 6 of /proc/self/stat), or null. */
    private static int[] hostGroupAndSession() {
        try {
            String s = Files.readString(Path.of("/proc/self/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** ring3's own umask (the "Umask:" line of /proc/self/status), which a native child would inherit; 022 if unknown. */
    static int hostUmask() {
        String v = hostStatus("Umask:");
        try {
            return v != null ? Integer.parseInt(v, 8) & 0777 : 022;
        } catch (NumberFormatException e) {
            return 022;
        }
    }

    /**
     * The signals ring3 itself was started with ignored ("SigIgn:" of /proc/self/status: the JVM
     * leaves a signal it finds ignored ignored), which execve hands on to a native program: under
     * {@code nohup ring3 prog} the guest ignores SIGHUP as {@code nohup prog} would. One bit per
     * signal, bit 0 for signal 1; 0 if unknown.
     */
    static long hostIgnoredSignals() {
        String v = hostStatus("SigIgn:");
        try {
            return v != null ? Long.parseUnsignedLong(v, 16) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The value of a line of ring3's own /proc/self/status, trimmed, or null. */
    private static String hostStatus(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return line.substring(key.length()).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
