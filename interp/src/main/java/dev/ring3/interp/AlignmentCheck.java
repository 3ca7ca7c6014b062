package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Alignment checking (#AC): Linux sets CR0.AM, so a user program that sets RFLAGS.AC (POPF, IRET,
 * a signal frame's flags) gets #AC, SIGBUS BUS_ADRALN with si_addr 0, trap number 17, for a data
 * access not aligned to its size. What the AMD host checks (guest corpus `alignment_check`): 2,
 * 4 and 8 bytes for scalar operands, stack slots and string elements (bytes never fault); 16
 * for every 128-bit SSE operand, MOVUPS and LDDQU included; 8 for an 80-bit x87 or BCD operand;
 * 4 for FNSTENV, FLDENV, FNSAVE and FRSTOR's whole area; an operand that must be aligned anyway
 * (MOVAPS, FXSAVE, CMPXCHG16B) is #GP first. LEA, PREFETCH and CLFLUSH access no data.
 *
 * <p>While AC is set the engines run one instruction at a time ({@link Interpreter#attention}, as
 * for TF) with {@link Cpu#mem} replaced by this view, whose scalar accesses check their size;
 * the 128-bit, x87 environment and string paths ask {@link #require} themselves, as only they
 * know the operand's size. Slow (a decode per instruction), as a program that sets AC runs only
 * short stretches that way: glibc itself is not written for it.
 */
public final class AlignmentCheck {
    private AlignmentCheck() {}

    /** The view the stepped instruction sees; the space itself when it is already one. */
    static AddressSpace view(AddressSpace mem) {
        return View.of(mem);
    }

    /**
     * #AC if AC checking is on for this instruction and {@code a} is not a multiple of {@code size}.
     * Callers check after the access could page-fault (a read made, an image probed): #PF outranks #AC.
     */
    public static void require(Cpu c, long a, int size) {
        if (c.alignCheck) {
            aligned(a, size);
        }
    }

    /**
     * The space to access an area {@code size}-aligned as a whole through, checked once here (the
     * x87 environment and save area: 4-aligned, though they hold 8- and 10-byte fields).
     */
    public static AddressSpace whole(Cpu c, long a, int size) {
        if (!c.alignCheck) {
            return c.mem; // and View stays unloaded: see below
        }
        aligned(a, size);
        return View.inner(c.mem);
    }

    /** #AC unless {@code a} is a multiple of {@code size}. Reads check after the read: a page fault outranks #AC. */
    private static void aligned(long a, int size) {
        if ((a & (size - 1)) != 0) {
            throw new CpuException(CpuException.AC);
        }
    }

    /**
     * The checking view of an address space: a class of its own, loaded only when a program sets
     * AC. While the flat space is the only subclass of {@link AddressSpace} the JVM has loaded, C1
     * binds the interpreter's {@code c.mem.read64} calls to it by class-hierarchy analysis and
     * inlines them; with this view as the utility class itself (or created by it, which its verification
     * loads), every run loaded a second subclass at its first 128-bit access and C1 left those calls virtual ("no static binding", 36 sites
     * of FastPath.run on `strings`, JDK 17).
     */
    private static final class View extends AddressSpace {
        private final AddressSpace inner;

        private View(AddressSpace inner) {
            this.inner = inner;
        }

        // Created and unwrapped here, so that verifying AlignmentCheck never loads this class.
        static AddressSpace of(AddressSpace mem) {
            return mem instanceof View ? mem : new View(mem);
        }

        static AddressSpace inner(AddressSpace view) {
            return ((View) view).inner;
        }

        /**
         * #AC for a misaligned write, unless the write would page-fault (which outranks it: the
         * write then goes ahead and raises that).
         */
        private void beforeWrite(long a, int size) {
            if ((a & (size - 1)) != 0 && writable(a) && writable(a + size - 1)) {
                throw new CpuException(CpuException.AC);
            }
        }

        private boolean writable(long a) {
            int p = inner.protAt(a);
            return p >= 0 && (p & Prot.WRITE) != 0;
        }

        @Override public Kind kind() { return inner.kind(); }
        @Override public Layout layout() { return inner.layout(); }

        @Override public byte read8(long a) { return inner.read8(a); }
        @Override public short read16(long a) { short v = inner.read16(a); aligned(a, 2); return v; }
        @Override public int read32(long a) { int v = inner.read32(a); aligned(a, 4); return v; }
        @Override public long read64(long a) { long v = inner.read64(a); aligned(a, 8); return v; }

        @Override public void write8(long a, byte v) { inner.write8(a, v); }
        @Override public void write16(long a, short v) { beforeWrite(a, 2); inner.write16(a, v); }
        @Override public void write32(long a, int v) { beforeWrite(a, 4); inner.write32(a, v); }
        @Override public void write64(long a, long v) { beforeWrite(a, 8); inner.write64(a, v); }

        // Bulk accesses: their callers know the element size and check it (require).
        @Override public void read(long a, byte[] dst, int off, int len) { inner.read(a, dst, off, len); }
        @Override public void write(long a, byte[] src, int off, int len) { inner.write(a, src, off, len); }
        @Override public void fill(long a, long len, byte value) { inner.fill(a, len, value); }
        @Override public byte[] readCString(long a, int max) { return inner.readCString(a, max); }

        @Override
        public long compareAndExchange64(long a, long expected, long update) {
            beforeWrite(a, 8);
            return inner.compareAndExchange64(a, expected, update);
        }

        @Override
        public int compareAndExchange32(long a, int expected, int update) {
            beforeWrite(a, 4);
            return inner.compareAndExchange32(a, expected, update);
        }

        @Override public int fetch(long a, byte[] dst, int off, int len) { return inner.fetch(a, dst, off, len); }
        @Override public void poke(long a, byte[] src, int off, int len) { inner.poke(a, src, off, len); }
        @Override public void peek(long a, byte[] dst, int off, int len) { inner.peek(a, dst, off, len); }
        @Override public void poke64(long a, long v) { inner.poke64(a, v); }
        @Override public void map(long addr, long len, int prot, String name) { inner.map(addr, len, prot, name); }
        @Override public void unmap(long addr, long len) { inner.unmap(addr, len); }
        @Override public boolean protect(long addr, long len, int prot) { return inner.protect(addr, len, prot); }
        @Override public long findFree(long len, long hint) { return inner.findFree(len, hint); }

        @Override
        public long findFreeIn(long len, long bottom, long top, boolean lowest) {
            return inner.findFreeIn(len, bottom, top, lowest);
        }

        @Override public boolean isMapped(long addr, long len) { return inner.isMapped(addr, len); }
        @Override public boolean written(long addr) { return inner.written(addr); }
        @Override public int protAt(long addr) { return inner.protAt(addr); }
        @Override public List<Mapping> mappings() { return inner.mappings(); }
        @Override public void move(long from, long to, long len) { inner.move(from, to, len); }
        @Override public AddressSpace copy() { return inner.copy(); }
        @Override public void markCode(long addr) { inner.markCode(addr); }
        @Override public void markPastEof(long addr, long len) { inner.markPastEof(addr, len); }
        @Override public void clearPastEof(long page) { inner.clearPastEof(page); }
        @Override public void setPastEofResolver(java.util.function.LongPredicate resolver) { inner.setPastEofResolver(resolver); }
        @Override public void addCodeWriteListener(LongConsumer listener) { inner.addCodeWriteListener(listener); }
        @Override public void removeCodeWriteListener(LongConsumer listener) { inner.removeCodeWriteListener(listener); }
        @Override public long windowBase() { return inner.windowBase(); }
        @Override public byte[] windowPageBits() { return inner.windowPageBits(); }
        /** The view owns nothing: the space stays open. */
        @Override public void close() {}
    }
}
