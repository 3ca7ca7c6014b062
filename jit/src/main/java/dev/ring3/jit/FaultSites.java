package dev.ring3.jit;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.CpuException;
import dev.ring3.interp.GuestExit;
import dev.ring3.interp.Insn;

/**
 * Makes faults inside translated code precise. Generated code keeps the index of the current
 * instruction (its "site") in a local that costs nothing until something throws (C2 records it in
 * the exception state rather than storing it); the method's one exception handler writes the
 * registers back and calls {@link #fault}, which puts RIP and the retired count where the
 * interpreter would have: the faulting instruction (the next one for INT3, a trap), and the
 * instructions before it.
 */
public final class FaultSites {
    private final Insn[] insns;
    /** Per site: instructions of its block before it, minus the block's length (added at block entry). */
    private final int[] retiredAdjust;

    FaultSites(Insn[] insns, int[] retiredAdjust) {
        this.insns = insns;
        this.retiredAdjust = retiredAdjust;
    }

    /**
     * Fixes up {@code cpu} for exception {@code e} raised at {@code site} (a site for semantics
     * called by the translation is stored complemented, ~index) and returns {@code e} to rethrow.
     * {@code retired} is the translation's running instruction count; the pending-flag
     * locals ({@link FlagRecord}) are recorded: the fault shows the flags.
     */
    public RuntimeException fault(Cpu cpu, RuntimeException e, int site, long retired,
            int pending, long a, long b, long res, long carry) {
        FlagRecord.record(cpu, pending, a, b, res, carry);
        int s = site < 0 ? ~site : site;
        Insn in = insns[s];
        long before = retired + retiredAdjust[s];
        if (e instanceof GuestExit) {
            // The instruction completed (SYSCALL's exit): RIP is already past it.
            cpu.instructions += before + 1;
            return e;
        }
        boolean trap = e instanceof CpuException && ((CpuException) e).trap();
        cpu.rip = trap ? in.next : in.addr;
        cpu.instructions += before;
        return e;
    }

    Insn insn(int site) {
        return insns[site];
    }
}
