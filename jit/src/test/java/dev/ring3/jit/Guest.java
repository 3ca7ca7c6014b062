package dev.ring3.jit;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.Flags;
import dev.ring3.interp.GuestExit;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.util.HexFormat;

/**
 * A small guest for JIT tests: a code area, a data area and a stack in a flat (or paged) address space, and a
 * SYSCALL that ends the run (or, with {@link #syscallsToRun}, returns that many times first). The
 * same program runs through any {@link ExecutionEngine}.
 */
final class Guest implements AutoCloseable {
    static final long CODE = 0x40_0000L;
    static final long CODE_PAGES = 4;
    static final long DATA = 0x1000_0000L;
    static final long DATA_PAGES = 8;
    static final long STACK_TOP = 0x2_0000_0000L;
    static final long STACK_PAGES = 4;

    final AddressSpace mem;
    final Cpu cpu;
    int syscalls;
    /** SYSCALLs that return (RAX unchanged) before one ends the run. */
    int syscallsToRun;

    Guest() {
        this(AddressSpace.Kind.FLAT);
    }

    /** A guest in an address space of {@code kind} (translations inline the flat window's fast path only). */
    Guest(AddressSpace.Kind kind) {
        mem = AddressSpace.create(kind);
        cpu = new Cpu(mem);
        mem.map(CODE, CODE_PAGES * AddressSpace.PAGE_SIZE, Prot.READ | Prot.EXEC, "code");
        mem.map(DATA, DATA_PAGES * AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE, "");
        mem.map(STACK_TOP - STACK_PAGES * AddressSpace.PAGE_SIZE, STACK_PAGES * AddressSpace.PAGE_SIZE,
                Prot.READ | Prot.WRITE, "[stack]");
        cpu.r[Cpu.RSP] = STACK_TOP - 0x800;
        cpu.os = c -> {
            syscalls++;
            if (syscalls > syscallsToRun) {
                throw new GuestExit();
            }
        };
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    Guest code(String hex) {
        return code(CODE, hex);
    }

    Guest code(long at, String hex) {
        byte[] b = hex(hex);
        mem.poke(at, b, 0, b.length);
        return this;
    }

    /** Runs from CODE until the run ends; returns the exception that ended it (GuestExit normally). */
    RuntimeException run(ExecutionEngine engine) {
        cpu.rip = CODE;
        try {
            engine.run(cpu);
            throw new AssertionError("run returned");
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Registers, RIP, the materialised flags, the retired count, XMM and MXCSR, for comparing engines. */
    String state() {
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < 16; n++) {
            sb.append(String.format("r%d=%x ", n, cpu.r[n]));
        }
        sb.append(String.format("rip=%x flags=%x insns=%d", cpu.rip, Flags.rflags(cpu), cpu.instructions));
        for (int n = 0; n < 32; n++) {
            sb.append(String.format(" x%d=%x", n, cpu.xmm[n]));
        }
        sb.append(String.format(" mxcsr=%x", cpu.mxcsr));
        return sb.toString();
    }

    byte[] data() {
        byte[] b = new byte[(int) (DATA_PAGES * AddressSpace.PAGE_SIZE)];
        mem.peek(DATA, b, 0, b.length);
        return b;
    }

    @Override
    public void close() {
        mem.close();
    }
}
