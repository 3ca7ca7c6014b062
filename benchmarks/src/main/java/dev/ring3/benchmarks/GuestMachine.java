package dev.ring3.benchmarks;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.GuestExit;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import dev.ring3.syscalls.FdTable;
import dev.ring3.syscalls.LinuxProcess;
import dev.ring3.syscalls.LinuxSyscalls;
import dev.ring3.syscalls.SyscallTable;
import dev.ring3.syscalls.Task;
import dev.ring3.vdso.TimePage;
import dev.ring3.vdso.Vdso;
import dev.ring3.vdso.VdsoImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;

/**
 * A minimal guest process for benchmarks: a code page holding one {@link GuestLoop}, a data
 * buffer, a stack, optionally ring3's vDSO, and ring3's real Linux syscall dispatcher, except that
 * exit(2) just ends the run so the same machine (and the engine's caches) can run it again.
 */
public final class GuestMachine implements AutoCloseable {
    static final long CODE = 0x40_0000L;
    static final long DATA = 0x1000_0000L;
    static final long DATA_SIZE = 64 * 1024;
    static final long STACK_TOP = 0x2_0000_0000L;
    static final long STACK_SIZE = 64 * 1024;
    static final int SYS_EXIT = 60;
    /** Stackless and shared: throwing it allocates nothing. */
    private static final GuestExit END = new GuestExit();

    private final AddressSpace mem;
    private final Cpu cpu;
    private final TimePage timePage;
    private final GuestLoop loop;
    private final long function;
    /** Syscalls that reached ring3's dispatcher (exit excluded): proves the vDSO path makes none. */
    private long syscalls;

    public GuestMachine(GuestLoop loop, AddressSpace.Kind kind) {
        this.loop = loop;
        mem = AddressSpace.create(kind);
        mem.map(CODE, AddressSpace.PAGE_SIZE, Prot.READ | Prot.EXEC, "code");
        byte[] code = loop.code();
        mem.poke(CODE, code, 0, code.length);
        mem.map(DATA, DATA_SIZE, Prot.READ | Prot.WRITE, "data");
        mem.map(STACK_TOP - STACK_SIZE, STACK_SIZE, Prot.READ | Prot.WRITE, "[stack]");
        timePage = Vdso.install(mem);
        if (loop.vdsoSymbol() != null) {
            long off = VdsoImage.symbol(loop.vdsoSymbol());
            if (off < 0) {
                throw new IllegalStateException("the vDSO has no " + loop.vdsoSymbol());
            }
            function = timePage.vdsoBase() + off;
        } else {
            function = 0;
        }
        cpu = new Cpu(mem);
        LinuxProcess p = new LinuxProcess((int) ProcessHandle.current().pid(), mem, FdTable.standard(
                Channels.newChannel(new java.io.ByteArrayInputStream(new byte[0])),
                Channels.newChannel(new ByteArrayOutputStream()), Channels.newChannel(new ByteArrayOutputStream())),
                System.getProperty("user.dir"));
        p.diagnostics = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Task task = new Task(cpu, p, p.pid);
        LinuxSyscalls linux = new LinuxSyscalls(task, SyscallTable.get(), null, p.diagnostics, true);
        cpu.os = c -> {
            if (c.r[Cpu.RAX] == SYS_EXIT) {
                throw END;
            }
            syscalls++;
            linux.syscall(c);
        };
    }

    /** Runs the loop {@code iterations} times (at least once) on {@code engine}; returns its last result (RAX). */
    public long run(ExecutionEngine engine, long iterations) {
        long[] r = cpu.r;
        java.util.Arrays.fill(r, 0);
        r[Cpu.RBX] = Math.max(1, iterations);
        r[Cpu.R12] = function;
        r[Cpu.R13] = DATA;
        r[Cpu.RSP] = STACK_TOP - 0x100;
        cpu.rip = CODE;
        try {
            engine.run(cpu);
        } catch (GuestExit e) {
            return r[Cpu.RDI]; // exit's argument: RAX before the exit stub
        }
        throw new IllegalStateException("the engine returned without an exit");
    }

    /** The loop this machine runs. */
    public GuestLoop loop() {
        return loop;
    }

    /** The 64-bit word at offset {@code off} of the data buffer (what the loop wrote). */
    public long data64(long off) {
        return mem.read64(DATA + off);
    }

    /** Syscalls other than exit that reached the dispatcher so far. */
    public long syscalls() {
        return syscalls;
    }

    /** Guest instructions retired so far. */
    public long instructions() {
        return cpu.instructions;
    }

    @Override
    public void close() {
        Vdso.release(mem);
        mem.close();
    }
}
