package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import dev.ring3.mmu.Prot;
import java.util.HexFormat;

/**
 * A guest with a code page, a data area and a stack, for tests that run real instruction bytes
 * through the {@link Decoder} and the table's semantics one instruction at a time (as the
 * interpreter does: RIP is the next instruction during the semantics and goes back to the
 * instruction on a fault), or a whole program through the {@link Interpreter} until SYSCALL.
 */
final class StepMachine implements AutoCloseable {
    static final long CODE = 0x40_0000L;
    static final long DATA = 0x1000_0000L;
    static final long DATA_PAGES = 8;
    static final long STACK_TOP = 0x2_0000_0000L;
    static final long STACK_PAGES = 4;

    final AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT);
    final Cpu cpu = new Cpu(mem);
    final Decoder decoder = new Decoder();
    /** Calls of the SYSCALL handler so far. */
    int syscalls;

    StepMachine() {
        mem.map(CODE, AddressSpace.PAGE_SIZE, Prot.READ | Prot.EXEC, "code");
        mem.map(DATA, DATA_PAGES * AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE, "");
        mem.map(STACK_TOP - STACK_PAGES * AddressSpace.PAGE_SIZE, STACK_PAGES * AddressSpace.PAGE_SIZE,
                Prot.READ | Prot.WRITE, "[stack]");
        cpu.r[Cpu.RSP] = STACK_TOP - 0x800;
        cpu.os = c -> syscalls++;
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    /** Puts {@code code} at CODE and decodes the instruction there. */
    Insn decode(String code) {
        byte[] b = hex(code);
        mem.poke(CODE, b, 0, b.length);
        return decoder.decode(mem, CODE);
    }

    /** Decodes and executes the one instruction in {@code code}; returns it. */
    Insn step(String code) {
        Insn in = decode(code);
        cpu.rip = in.next;
        try {
            FastPath.exec(cpu, in, FastPath.classify(in)); // as the interpreter dispatches it
        } catch (GuestFault | CpuException e) {
            cpu.rip = in.addr;
            throw e;
        }
        return in;
    }

    /** Runs {@code code} from CODE through the interpreter until a SYSCALL, which ends the run. */
    void runToSyscall(String code) {
        byte[] b = hex(code);
        mem.poke(CODE, b, 0, b.length);
        cpu.rip = CODE;
        cpu.os = c -> {
            syscalls++;
            throw new GuestExit();
        };
        try {
            new Interpreter().run(cpu);
        } catch (GuestExit e) {
            // The end of the program.
        }
    }

    void bytes(long a, byte[] b) {
        mem.poke(a, b, 0, b.length);
    }

    byte[] bytes(long a, int n) {
        byte[] b = new byte[n];
        mem.peek(a, b, 0, n);
        return b;
    }

    void ascii(long a, String s) {
        bytes(a, s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    String ascii(long a, int n) {
        return new String(bytes(a, n), java.nio.charset.StandardCharsets.US_ASCII);
    }

    void std() {
        cpu.rflags |= Flags.DF;
    }

    @Override
    public void close() {
        mem.close();
    }
}
