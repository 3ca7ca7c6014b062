package dev.ring3.syscalls;

import dev.ring3.interp.Cpu;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.semgen.Semantics;
import dev.ring3.vdso.Vdso;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * execve and execveat (fs/exec.c): replaces the calling process's image in place. The pid, the
 * files not marked close-on-exec, ignored signals and the signal mask survive; the address space,
 * the handlers and the other threads do not. "#!" scripts run their interpreter
 * (fs/binfmt_script.c). A dynamically linked program gets its PT_INTERP loader mapped beside it
 * (ElfLoader), which then loads its libraries with the guest's own system calls; a missing loader
 * is ENOENT, what Linux says, after a note from ring3.
 */
@Semantics(SyscallHandler.class)
public final class ExecSyscalls {
    static final int AT_EMPTY_PATH = 0x1000, AT_SYMLINK_NOFOLLOW = 0x100;
    /** MAX_ARG_STRINGS: more pointers than this is E2BIG. */
    static final int MAX_ARGS = 0x7FFFFFFF / 8;

    private ExecSyscalls() {}

    public static void register(SyscallTable t) {
        t.row(59, "execve", "path,argv,envp", ExecSyscallsSem.execveFromCwd);
        t.row(322, "execveat", "dirfd,path,argv,envp,atflags", ExecSyscallsSem.execve);
    }

    static long execveFromCwd(Task k, long a, long b, long c, long d, long e, long f) {
        return execve(k, OpenFlags.AT_FDCWD, a, b, c, 0, 0);
    }

    public static long execve(Task k, long dirfd, long pathAddr, long argvAddr, long envpAddr, long flags, long a5) {
        return execveWith(k, dirfd, pathAddr, argvAddr, envpAddr, flags, 8);
    }

    /**
     * execve through INT 0x80 (compat_sys_execve): argv and envp are arrays of 32-bit pointers.
     * The new image is a 64-bit program like any other.
     */
    static long execveCompat(Task k, long pathAddr, long argvAddr, long envpAddr) {
        return execveWith(k, OpenFlags.AT_FDCWD, pathAddr, argvAddr, envpAddr, 0, 4);
    }

    /** execve with argv and envp arrays of {@code pointer}-byte pointers. */
    private static long execveWith(Task k, long dirfd, long pathAddr, long argvAddr, long envpAddr, long flags, int pointer) {
        if ((flags & ~(long) (AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW)) != 0) {
            return -Errno.EINVAL;
        }
        LinuxProcess p = k.process;
        AddressSpace m = p.mem;
        String path = PathResolver.read(m, pathAddr);
        List<String> argv = strings(m, argvAddr, pointer);
        List<String> env = strings(m, envpAddr, pointer);
        Path host;
        if (path.isEmpty() && (flags & AT_EMPTY_PATH) != 0) {
            OpenFile f = p.fds.require(dirfd);
            host = f.hostPath();
            if (host == null) {
                return -Errno.EACCES;
            }
        } else {
            host = PathResolver.resolve(p, dirfd, path);
        }
        return exec(k, path, host, argv, env, 0, path.isEmpty() ? host.toString() : path);
    }

    /**
     * execve of {@code host} ({@code path} as the guest named it); {@code named} is the name the
     * guest asked to run, whose last part becomes comm (a script's own, not its interpreter's).
     */
    private static long exec(Task k, String path, Path host, List<String> argv, List<String> env, int depth, String named) {
        LinuxProcess p = k.process;
        byte[] bytes = readProgram(host);
        if (ScriptLine.isScript(bytes)) {
            if (depth >= ScriptLine.MAX_DEPTH) {
                return -Errno.ELOOP;
            }
            return script(k, path, bytes, argv, env, depth, named);
        }
        ElfFile elf;
        try {
            elf = ElfFile.parse(host.toString(), bytes);
        } catch (ExecFailure e) {
            return -Errno.ENOEXEC;
        }
        AddressSpace old = p.mem;
        AddressSpace mem = AddressSpace.create(old.kind());
        long sp;
        InitialStack.Placed placed;
        ElfLoader.Image image;
        try {
            image = ElfLoader.load(mem, elf);
            boolean vdso = p.table == null || p.table.config.vdso;
            long vdsoBase = vdso ? Vdso.install(mem).vdsoBase() : 0;
            byte[] random = new byte[16];
            p.randomBytes(random, random.length);
            placed = InitialStack.place(mem, image, argv.isEmpty() ? List.of() : argv, env, path, random, p.ids, vdsoBase);
            sp = placed.sp();
        } catch (ExecFailure e) {
            Vdso.release(mem);
            mem.close();
            if (e.getMessage().startsWith("Argument list")) {
                return -Errno.E2BIG;
            }
            // A missing ELF interpreter is ENOENT, as the kernel says; ring3 adds a note once per path.
            if (e.status() == ExecFailure.NOT_FOUND) {
                ProcessTable tab = p.table;
                if (tab == null || tab.firstRefusal(host.toString())) {
                    p.diagnostics.println("ring3: " + path + ": " + e.getMessage());
                    p.diagnostics.flush();
                }
                return -Errno.ENOENT;
            }
            return -Errno.ENOEXEC;
        }
        // The point of no return (fs/exec.c begin_new_exec): other threads go, the image changes.
        killOtherThreads(k);
        RobustFutexes.release(k); // exec_mm_release: the old image's robust locks die with it
        p.sharedFiles.clear(old);
        if (p.ownsMemory) {
            p.privateFiles.clear();
            p.shmAttachments.clear(p.pid);
        }
        p.privateFiles = new PrivateFileMappings();
        p.shmAttachments = new ShmAttachments(p.shmAttachments.namespace());
        p.mem = mem;
        p.placed = placed;
        p.bounds = image.bounds();
        ProcFiles.recordImage(p, elf, image);
        k.cpu.mem = mem;
        if (p.ownsMemory) {
            Vdso.release(old);
            old.close();
        }
        p.ownsMemory = true;
        ProcessExit.vforkRelease(p);
        p.fds.closeOnExecAll();
        p.actions.resetForExec();
        p.timers.exec();
        ThreadSignals ts = k.signals;
        ts.altSp = 0;
        ts.altSize = 0;
        ts.altFlags = ThreadSignals.SS_DISABLE;
        ts.hasSavedMask = false;
        p.exePath = host.toAbsolutePath().normalize().toString();
        String base = named.substring(named.lastIndexOf('/') + 1);
        p.comm = base.length() > 15 ? base.substring(0, 15) : base;
        Prctl.exec(k);
        p.brkStart = image.brk();
        p.brk = image.brk();
        k.clearChildTid = 0;
        k.robustList = 0;
        Cpu cpu = k.cpu;
        ProcessExit.resetRegisters(cpu);
        cpu.r[Cpu.RSP] = sp;
        cpu.rip = image.entry();
        SyscallObserver o = LinuxSyscalls.observer(k);
        if (o != null) {
            o.executed(k, p.exePath, argv);
        }
        return 0; // RAX = 0 at the new entry point, as ELF_PLAT_INIT leaves it
    }

    /** "#!interpreter [one argument]": runs the interpreter with the script's argv ({@link ScriptLine}). */
    private static long script(Task k, String path, byte[] bytes, List<String> argv, List<String> env, int depth, String named) {
        ScriptLine line = ScriptLine.parse(bytes, StandardCharsets.UTF_8);
        if (line == null) {
            return -Errno.ENOEXEC;
        }
        Path host = PathResolver.resolve(k.process, OpenFlags.AT_FDCWD, line.interpreter());
        return exec(k, line.interpreter(), host, line.argv(path, argv), env, depth + 1, named);
    }

    /** The whole file, with execve's errors: ENOENT, EACCES (not executable, a directory). */
    private static byte[] readProgram(Path host) {
        if (!Files.exists(host)) {
            throw ErrnoException.of(Errno.ENOENT);
        }
        if (Files.isDirectory(host) || !Files.isRegularFile(host) || !Files.isExecutable(host)) {
            throw ErrnoException.of(Errno.EACCES);
        }
        try {
            return Files.readAllBytes(host);
        } catch (IOException | OutOfMemoryError e) {
            throw ErrnoException.of(Errno.EACCES);
        }
    }

    /**
     * A NULL-terminated array of string pointers (argv, envp), each {@code pointer} bytes wide;
     * NULL itself is an empty list.
     */
    private static List<String> strings(AddressSpace m, long array, int pointer) {
        List<String> r = new ArrayList<>();
        if (array == 0) {
            return r;
        }
        long total = 0;
        for (int i = 0;; i++) {
            if (i >= MAX_ARGS) {
                throw ErrnoException.of(Errno.E2BIG);
            }
            long s = pointer == 8 ? m.read64(array + 8L * i) : m.read32(array + 4L * i) & 0xFFFFFFFFL;
            if (s == 0) {
                return r;
            }
            byte[] b = m.readCString(s, (int) InitialStack.MAX_STRINGS);
            total += b.length + 1;
            if (total > InitialStack.MAX_STRINGS) {
                throw ErrnoException.of(Errno.E2BIG);
            }
            r.add(new String(b, StandardCharsets.UTF_8));
        }
    }

    /** de_thread: every other thread of the process ends before the new image runs. */
    private static void killOtherThreads(Task k) {
        LinuxProcess p = k.process;
        List<Task> others = new ArrayList<>();
        synchronized (p) {
            for (Task t : p.threads) {
                if (t != k) {
                    others.add(t);
                }
            }
        }
        if (others.isEmpty()) {
            return;
        }
        for (Task t : others) {
            t.execKilled = true;
            t.kick();
        }
        for (Task t : others) {
            Thread th = t.thread;
            while (th != null && th.isAlive()) {
                try {
                    th.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
