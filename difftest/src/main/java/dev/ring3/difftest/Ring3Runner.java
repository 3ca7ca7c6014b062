package dev.ring3.difftest;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.CpuException;
import dev.ring3.interp.Decoder;
import dev.ring3.interp.Operands;
import dev.ring3.interp.ExecutionEngine;
import dev.ring3.interp.Flags;
import dev.ring3.interp.GuestExit;
import dev.ring3.interp.Interpreter;
import dev.ring3.jit.JitEngine;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import dev.ring3.mmu.Prot;
import java.util.Arrays;

/**
 * ring3's side: runs cases in one address space laid out as the harness's ({@link Layout}), with
 * the interpreter or with the JIT translating every block (mode ALL). The x87/SSE state is loaded
 * and dumped by ring3's own FXRSTOR64 and FXSAVE64, run by the interpreter in a helper page, so
 * the image both sides compare has one meaning. Each case's code ends with HLT (#GP), where the
 * harness has its jump back; a #GP there is a normal end.
 */
final class Ring3Runner implements AutoCloseable {
    /** Which ring3 engine runs the cases. */
    enum Engine { INTERPRETER, JIT }

    private static final long PAGE = AddressSpace.PAGE_SIZE;
    private static final long DUMPER = Layout.HELPERS + 0x40;

    private final Engine kind;
    private final AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT);
    private final Cpu cpu = new Cpu(mem);
    private final Interpreter helper = new Interpreter();
    private Encoding current;
    private ExecutionEngine engine;
    private final byte[] zeros = new byte[Layout.WINDOW_OFF];

    Ring3Runner(Engine kind) {
        this.kind = kind;
        // Writable as the harness maps it: a sequence that points RSP into the code page pushes
        // there on the host (a campaign found ring3 raising SIGSEGV instead).
        mem.map(Layout.CODE, PAGE, Prot.READ | Prot.WRITE | Prot.EXEC, "code");
        mem.map(Layout.DATA, PAGE, Prot.READ | Prot.WRITE, "data");
        mem.map(Layout.HELPERS, PAGE, Prot.READ | Prot.EXEC, "helpers");
        mem.map(Layout.STATE, 2 * PAGE, Prot.READ | Prot.WRITE, "state");
        poke(Layout.HELPERS, absolute(0x0C, Layout.LOAD_AREA));   // fxrstor64 LOAD_AREA; hlt
        poke(DUMPER, absolute(0x04, Layout.DUMP_AREA));           // fxsave64 DUMP_AREA; hlt
        cpu.os = c -> {
            throw new GuestExit(); // no case makes a system call; end the run if one does
        };
    }

    /** REX.W 0F AE with ModRM {@code modrm} and an absolute disp32, then HLT. */
    private static byte[] absolute(int modrm, long addr) {
        return new byte[] {0x48, 0x0F, (byte) 0xAE, (byte) modrm, 0x25,
            (byte) addr, (byte) (addr >>> 8), (byte) (addr >>> 16), (byte) (addr >>> 24), (byte) 0xF4};
    }

    private void poke(long a, byte[] b) {
        mem.poke(a, b, 0, b.length);
    }

    Outcome run(TestCase c) {
        Encoding e = c.enc;
        if (e != current) {
            byte[] page = new byte[128];
            Arrays.fill(page, (byte) 0xCC);
            System.arraycopy(e.code, 0, page, 0, e.code.length);
            page[e.code.length] = (byte) 0xF4;
            poke(Layout.CODE, page);
            engine = kind == Engine.JIT ? new JitEngine(JitEngine.Mode.ALL) : new Interpreter();
            current = e;
        }
        mem.poke(Layout.DATA, zeros, 0, zeros.length);
        poke(Layout.WIN, c.window);
        poke(Layout.LOAD_AREA, c.fx);
        helper(Layout.HELPERS);
        System.arraycopy(c.gpr, 0, cpu.r, 0, 16);
        cpu.resetSegments(); // as the harness, which loads null FS and GS selectors before each case
        Flags.setRflags(cpu, c.rflags, -1L);
        cpu.rip = Layout.CODE;
        long end = Layout.CODE + e.code.length;
        Outcome o = new Outcome();
        try {
            engine.run(cpu);
            o.crash = "the engine returned";
        } catch (CpuException x) {
            if (!(x.vector() == CpuException.GP && cpu.rip == end)) {
                o.signal = signal(x.vector());
            }
        } catch (GuestFault f) {
            o.signal = Outcome.SIGSEGV;
            o.addr = f.nonCanonical() ? 0 : f.address();    // #GP or #SS: Linux reports address 0
            if (f.nonCanonical() && nonCanonicalVector(f) == CpuException.SS) {
                o.signal = Outcome.SIGBUS;
            }
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError x) {
            o.crash = describe(x);
        }
        o.rip = cpu.rip;
        System.arraycopy(cpu.r, 0, o.gpr, 0, 16);
        o.rflags = Flags.rflags(cpu);
        mem.poke(Layout.DUMP_AREA, zeros, 0, 512);
        helper(DUMPER);
        mem.peek(Layout.DUMP_AREA, o.fx, 0, 512);
        mem.peek(Layout.WIN, o.window, 0, Layout.WINDOW);
        byte[] low = new byte[Layout.WINDOW_OFF];
        mem.peek(Layout.DATA, low, 0, low.length);
        o.lowHash = Outcome.fnv1a(low, 0, low.length);
        return o;
    }

    /** #SS or #GP for a non-canonical access, as the syscalls module decides it. */
    private int nonCanonicalVector(GuestFault f) {
        try {
            return Operands.nonCanonicalVector(cpu, new Decoder().decode(mem, cpu.rip), f.address());
        } catch (RuntimeException e) {
            return CpuException.GP;
        }
    }

    /** Runs a helper snippet (FXRSTOR64 or FXSAVE64, then HLT) with the interpreter. */
    private void helper(long at) {
        long saveRip = cpu.rip;
        cpu.rip = at;
        try {
            helper.run(cpu);
        } catch (CpuException x) {
            if (x.vector() != CpuException.GP || cpu.rip != at + 9) {
                throw new IllegalStateException("state helper at 0x" + Long.toHexString(at) + " raised " + x.vector());
            }
        }
        cpu.rip = saveRip;
    }

    /** The signal Linux delivers for a processor exception in user mode. */
    static int signal(int vector) {
        switch (vector) {
            case CpuException.DE: case CpuException.MF: case CpuException.XM: return Outcome.SIGFPE;
            case CpuException.UD: return Outcome.SIGILL;
            case CpuException.BP: case CpuException.DB: return Outcome.SIGTRAP;
            case CpuException.SS: return Outcome.SIGBUS;
            default: return Outcome.SIGSEGV;
        }
    }

    private static String describe(Throwable x) {
        StringBuilder sb = new StringBuilder(x.toString());
        StackTraceElement[] st = x.getStackTrace();
        for (int k = 0; k < Math.min(4, st.length); k++) {
            sb.append(" at ").append(st[k]);
        }
        if (x.getCause() != null) {
            sb.append(" caused by ").append(x.getCause());
        }
        return sb.toString();
    }

    @Override
    public void close() {
        mem.close();
    }
}
