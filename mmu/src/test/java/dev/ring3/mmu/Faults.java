package dev.ring3.mmu;

import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Assertions about guest faults and the addresses the tests use, shared by the MMU tests. */
final class Faults {
    /** A page-aligned address inside both kinds of address space (the FLAT window is 16 GiB). */
    static final long A = 0x1_0000_0000L;
    static final long P = AddressSpace.PAGE_SIZE;
    static final int RW = Prot.READ | Prot.WRITE;

    private Faults() {}

    static GuestFault assertFault(long address, Access access, int code, Executable access0) {
        GuestFault f = assertThrows(GuestFault.class, access0);
        assertEquals(access, f.access(), "access");
        assertEquals(code, f.code(), "si_code");
        assertEquals(Long.toHexString(address), Long.toHexString(f.address()), "fault address");
        return f;
    }
}
