package dev.ring3.vdso;

import dev.ring3.interp.HostTsc;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;

/**
 * Maps ring3's vDSO into a guest address space the way the kernel's map_vdso does: the
 * read-only time page "[vvar]" and right above it the image "[vdso]", at the top of the mmap
 * area; the image's address is what AT_SYSINFO_EHDR announces.
 */
public final class Vdso {
    private Vdso() {}

    /**
     * Maps the vDSO for ring3's own TSC, which is the host's CLOCK_MONOTONIC ({@link HostTsc}) at
     * one tick per nanosecond (interp's SystemOps.TSC_HZ): the page's bases are then one reading,
     * so the vDSO's CLOCK_MONOTONIC equals ring3's TSC exactly. Returns the time page; its
     * {@link TimePage#vdsoBase()} is the image. Call {@link #release} before the address space
     * is closed.
     */
    public static TimePage install(AddressSpace mem) {
        long now = HostTsc.peek();
        return install(mem, new TimePage(mem, 0, now, now, HostClock.NS));
    }

    private static TimePage install(AddressSpace mem, TimePage prototype) {
        byte[] image = VdsoImage.bytes();
        long page = AddressSpace.PAGE_SIZE;
        long len = (image.length + page - 1) & -page;
        long vvar = mem.findFree(page + len, 0);
        if (vvar == -1) {
            throw new IllegalStateException("no room for the vDSO");
        }
        mem.map(vvar, page, Prot.READ, "[vvar]");
        mem.map(vvar + page, len, Prot.READ | Prot.EXEC, "[vdso]");
        mem.poke(vvar + page, image, 0, image.length);
        TimePage t = prototype.at(vvar);
        HostClock.register(t);
        return t;
    }

    /**
     * fork(2): {@code child} is a copy of {@code parent}, vDSO and time page included; keeps the
     * child's copy of the page up to date too. Returns the child's page, or null if the parent
     * has none (--no-vdso).
     */
    public static TimePage inherit(AddressSpace parent, AddressSpace child) {
        for (TimePage p : HostClock.pages()) {
            if (p.belongsTo(parent)) {
                TimePage t = p.copyFor(child);
                HostClock.register(t);
                return t;
            }
        }
        return null;
    }

    /** Stops updating every time page of {@code mem}; call before closing it. */
    public static void release(AddressSpace mem) {
        for (TimePage p : HostClock.pages()) {
            if (p.belongsTo(mem)) {
                p.close();
            }
        }
    }
}
