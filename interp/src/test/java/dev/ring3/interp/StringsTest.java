package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * MOVS, STOS, LODS, CMPS and SCAS with and without REP: both directions, all sizes, overlapping
 * copies (against a sequential model and the host's results), 0x67 address size, REPE/REPNE
 * termination and flags, and the registers after a fault part-way through.
 */
class StringsTest extends StepMachineTest {
    private static final long DATA = StepMachine.DATA;
    private static final int AREA = (int) (StepMachine.DATA_PAGES * AddressSpace.PAGE_SIZE);
    /** MOVS/STOS opcodes by size (byte, then the 16/32/64-bit forms with prefixes). */
    private static final String[] MOVS = {"A4", "66 A5", "A5", "48 A5"};
    private static final String[] STOS = {"AA", "66 AB", "AB", "48 AB"};

    private byte[] randomArea(Random rnd) {
        byte[] b = new byte[AREA];
        rnd.nextBytes(b);
        m.bytes(DATA, b);
        return b;
    }

    private static int sizeIndex(int size) {
        return Integer.numberOfTrailingZeros(size);
    }

    /** REP MOVS on a byte image, one element at a time as the SDM describes it. */
    private static void modelMovs(byte[] img, int si, int di, int n, int size, boolean down) {
        for (int k = 0; k < n; k++) {
            byte[] tmp = new byte[size];
            System.arraycopy(img, si, tmp, 0, size);
            System.arraycopy(tmp, 0, img, di, size);
            si += down ? -size : size;
            di += down ? -size : size;
        }
    }

    @Test
    void repMovsMatchesTheSequentialModelIncludingOverlaps() {
        Random rnd = new Random(42);
        for (int t = 0; t < 300; t++) {
            int size = 1 << rnd.nextInt(4);
            boolean down = rnd.nextInt(4) == 0;
            int n = rnd.nextInt(4) == 0 ? rnd.nextInt(8) : rnd.nextInt(9000 / size);
            int span = n * size;
            int si = span + rnd.nextInt(AREA - 2 * span - 8);
            int di;
            switch (rnd.nextInt(3)) {
                case 0: di = span + rnd.nextInt(AREA - 2 * span - 8); break;
                case 1: di = Math.min(AREA - span - 8, si + rnd.nextInt(3 * size + 1)); break; // just above
                default: di = Math.max(span, si - rnd.nextInt(3 * size + 1)); break; // just below
            }
            if (down) { // start at the last element
                si += span - size;
                di += span - size;
                si = Math.max(si, span);
                di = Math.max(di, span);
            }
            byte[] img = randomArea(rnd);
            modelMovs(img, si, di, n, size, down);
            c.rflags = down ? c.rflags | Flags.DF : c.rflags & ~Flags.DF;
            c.r[Cpu.RSI] = DATA + si;
            c.r[Cpu.RDI] = DATA + di;
            c.r[Cpu.RCX] = n;
            m.step("F3 " + MOVS[sizeIndex(size)]);
            String what = "case " + t + " size " + size + " n " + n + " si " + si + " di " + di + " down " + down;
            assertArrayEquals(img, m.bytes(DATA, AREA), what);
            long d = down ? -(long) span : span;
            assertEquals(DATA + si + d, c.r[Cpu.RSI], what);
            assertEquals(DATA + di + d, c.r[Cpu.RDI], what);
            assertEquals(0L, c.r[Cpu.RCX], what);
        }
    }

    @Test
    void repMovsOverlapResultsMatchTheHost() {
        m.ascii(DATA, "abcdefghijkl");
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RDI] = DATA + 1;
        c.r[Cpu.RCX] = 8;
        m.step("F3 A4");
        assertEquals("aaaaaaaaajkl", m.ascii(DATA, 12));
        m.ascii(DATA, "abcdefghijklmnopqrstuvwxyz0123456789");
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RDI] = DATA + 3;
        c.r[Cpu.RCX] = 4;
        m.step("F3 48 A5");
        assertEquals("abcabcdefghfghlmnopnoptuvwxvwx123459", m.ascii(DATA, 36));
    }

    @Test
    void repStosMatchesTheModel() {
        Random rnd = new Random(7);
        for (int t = 0; t < 200; t++) {
            int size = 1 << rnd.nextInt(4);
            boolean down = rnd.nextInt(4) == 0;
            int n = rnd.nextInt(9000 / size);
            int span = n * size;
            int di = down ? span + rnd.nextInt(AREA - span - 8) : rnd.nextInt(AREA - span - 8);
            long v = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(3) == 0 ? 0x4141_4141_4141_4141L : rnd.nextLong();
            byte[] img = randomArea(rnd);
            for (int k = 0; k < n; k++) {
                int at = down ? di - k * size : di + k * size;
                for (int j = 0; j < size; j++) {
                    img[at + j] = (byte) (v >>> (8 * j));
                }
            }
            c.rflags = down ? c.rflags | Flags.DF : c.rflags & ~Flags.DF;
            c.r[Cpu.RAX] = v;
            c.r[Cpu.RDI] = DATA + di;
            c.r[Cpu.RCX] = n;
            m.step("F3 " + STOS[sizeIndex(size)]);
            String what = "case " + t + " size " + size + " n " + n + " di " + di;
            assertArrayEquals(img, m.bytes(DATA, AREA), what);
            assertEquals(DATA + di + (down ? -(long) span : span), c.r[Cpu.RDI], what);
            assertEquals(0L, c.r[Cpu.RCX], what);
        }
    }

    @Test
    void stdRepStoswMatchesTheHost() {
        m.ascii(DATA, "................................");
        m.std();
        c.r[Cpu.RDI] = DATA + 0x10;
        c.r[Cpu.RCX] = 3;
        c.r[Cpu.RAX] = 0x4142;
        m.step("F3 66 AB");
        assertEquals("............BABABA..............", m.ascii(DATA, 32));
        assertEquals(DATA + 0xA, c.r[Cpu.RDI]);
    }

    @Test
    void addressSizePrefixTruncatesAndWritesBack32Bits() {
        // The host: "67 f3 a4" with RSI = 0xab10000000, RDI = 0xcd10000100, RCX = 0xef00000005
        // copies 5 bytes and leaves RSI = 0x10000005, RDI = 0x10000105, RCX = 0.
        m.ascii(DATA, "hello world");
        c.r[Cpu.RSI] = 0xAB_1000_0000L;
        c.r[Cpu.RDI] = 0xCD_1000_0100L;
        c.r[Cpu.RCX] = 0xEF_0000_0005L;
        m.step("67 F3 A4");
        assertEquals("hello", m.ascii(DATA + 0x100, 5));
        assertEquals(0x1000_0005L, c.r[Cpu.RSI]);
        assertEquals(0x1000_0105L, c.r[Cpu.RDI]);
        assertEquals(0L, c.r[Cpu.RCX]);
        // With ECX = 0 an AMD host writes nothing, not even the zero-extension; an Intel one
        // still writes ESI, EDI and ECX (UndefinedFlags).
        c.r[Cpu.RSI] = 0xAB_1000_0000L;
        c.r[Cpu.RDI] = 0xCD_1000_0200L;
        c.r[Cpu.RCX] = 0xEF_0000_0000L;
        m.step("67 F3 A4");
        boolean intel = UndefinedFlags.INTEL;
        assertEquals(intel ? 0x1000_0000L : 0xAB_1000_0000L, c.r[Cpu.RSI]);
        assertEquals(intel ? 0x1000_0200L : 0xCD_1000_0200L, c.r[Cpu.RDI]);
        assertEquals(intel ? 0L : 0xEF_0000_0000L, c.r[Cpu.RCX]);
        // Also with STOS and DF = 1.
        m.std();
        c.r[Cpu.RDI] = 0x77_1000_0010L;
        c.r[Cpu.RCX] = 0x1_0000_0002L;
        c.r[Cpu.RAX] = 'z';
        m.step("67 F3 AA");
        assertEquals("zz", m.ascii(DATA + 0xF, 2));
        assertEquals(0x1000_000EL, c.r[Cpu.RDI]);
        assertEquals(0L, c.r[Cpu.RCX]);
    }

    @Test
    void repneActsAsRepForMovs() {
        m.ascii(DATA, "hello");
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RDI] = DATA + 0x300;
        c.r[Cpu.RCX] = 3;
        m.step("F2 A4");
        assertEquals("hel\0", m.ascii(DATA + 0x300, 4));
        assertEquals(0L, c.r[Cpu.RCX]);
    }

    @Test
    void faultPartWayLeavesTheProgressInTheRegisters() {
        long end = DATA + AREA; // the first unmapped byte
        byte[] img = randomArea(new Random(1));
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RDI] = end - 100;
        c.r[Cpu.RCX] = 300;
        GuestFault f = assertThrows(GuestFault.class, () -> m.step("F3 A4"));
        assertEquals(end, f.address());
        assertEquals(StepMachine.CODE, c.rip);
        assertEquals(200L, c.r[Cpu.RCX]);
        assertEquals(DATA + 100, c.r[Cpu.RSI]);
        assertEquals(end, c.r[Cpu.RDI]);
        byte[] copied = m.bytes(end - 100, 100);
        for (int k = 0; k < 100; k++) {
            assertEquals(img[k], copied[k]);
        }
        // An element straddling the boundary does not complete: RCX counts it as not done.
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RDI] = end - 12;
        c.r[Cpu.RCX] = 5;
        f = assertThrows(GuestFault.class, () -> m.step("F3 48 A5"));
        assertEquals(end, f.address());
        assertEquals(4L, c.r[Cpu.RCX]);
        assertEquals(end - 4, c.r[Cpu.RDI]);
        // Backwards (the element loop): STOSB from DATA + 50 down runs off the bottom.
        m.std();
        c.r[Cpu.RDI] = DATA + 50;
        c.r[Cpu.RCX] = 100;
        f = assertThrows(GuestFault.class, () -> m.step("F3 AA"));
        assertEquals(DATA - 1, f.address());
        assertEquals(49L, c.r[Cpu.RCX]);
        assertEquals(DATA - 1, c.r[Cpu.RDI]);
        // A source that runs into unmapped memory.
        c.rflags &= ~Flags.DF;
        c.r[Cpu.RSI] = end - 8;
        c.r[Cpu.RDI] = DATA;
        c.r[Cpu.RCX] = 4;
        f = assertThrows(GuestFault.class, () -> m.step("F3 48 A5"));
        assertEquals(end, f.address());
        assertEquals(3L, c.r[Cpu.RCX]);
        assertEquals(end, c.r[Cpu.RSI]);
        assertEquals(DATA + 8, c.r[Cpu.RDI]);
    }

    @Test
    void repeCmpsbStopsAtTheFirstDifferenceAsOnTheHost() {
        m.ascii(DATA, "abcdXf");
        m.ascii(DATA + 0x100, "abcdYf");
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RDI] = DATA + 0x100;
        c.r[Cpu.RCX] = 6;
        m.step("F3 A6");
        assertEquals(1L, c.r[Cpu.RCX]);
        assertEquals(DATA + 5, c.r[Cpu.RSI]);
        assertEquals(DATA + 0x105, c.r[Cpu.RDI]);
        assertEquals(0x297 & Flags.OSZAPC, Flags.oszapc(c)); // host RFLAGS 0x297
        // Equal all the way: stops with RCX = 0, ZF = 1.
        m.ascii(DATA + 0x100, "abcdXf");
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RDI] = DATA + 0x100;
        c.r[Cpu.RCX] = 6;
        m.step("F3 A6");
        assertEquals(0L, c.r[Cpu.RCX]);
        assertTrue(Flags.zf(c));
    }

    @Test
    void repneCmpsStopsAtTheFirstEqualElement() {
        for (int k = 0; k < 8; k++) {
            c.mem.write32(DATA + 4 * k, k);
            c.mem.write32(DATA + 0x100 + 4 * k, k == 5 ? 5 : 100 + k);
        }
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RDI] = DATA + 0x100;
        c.r[Cpu.RCX] = 8;
        m.step("F2 A7"); // repne cmpsd
        assertEquals(2L, c.r[Cpu.RCX]);
        assertEquals(DATA + 24, c.r[Cpu.RSI]);
        assertTrue(Flags.zf(c));
    }

    @Test
    void repneScasbIsStrlen() {
        m.ascii(DATA, "hello\0");
        c.r[Cpu.RDI] = DATA;
        c.r[Cpu.RCX] = -1;
        c.r[Cpu.RAX] = 0x1234_5600L; // AL = 0
        m.step("F2 AE");
        assertEquals(-7L, c.r[Cpu.RCX]); // not(rcx) - 1 = 5 = strlen
        assertEquals(DATA + 6, c.r[Cpu.RDI]);
        assertTrue(Flags.zf(c));
    }

    @Test
    void repeScasWithWiderElementsAndTheFlagsOfTheLastCompare() {
        for (int k = 0; k < 4; k++) {
            c.mem.write64(DATA + 8 * k, k < 3 ? 7 : 9);
        }
        c.r[Cpu.RDI] = DATA;
        c.r[Cpu.RCX] = 4;
        c.r[Cpu.RAX] = 7;
        m.step("F3 48 AF"); // repe scasq
        assertEquals(0L, c.r[Cpu.RCX]);
        assertFalse(Flags.zf(c));
        assertTrue(Flags.cf(c)); // 7 - 9 borrows
        assertEquals(DATA + 32, c.r[Cpu.RDI]);
    }

    @Test
    void repWithZeroCountChangesNothing() {
        Flags.sub(c, 1, 3, 3, 0);
        c.r[Cpu.RSI] = 0x99; // unmapped: must not be touched
        c.r[Cpu.RDI] = 0x98;
        c.r[Cpu.RCX] = 0;
        m.step("F3 A6");
        m.step("F3 A4");
        m.step("F3 AA");
        m.step("F3 AC");
        m.step("F2 AE");
        assertTrue(Flags.zf(c));
        assertEquals(0x99L, c.r[Cpu.RSI]);
        assertEquals(0x98L, c.r[Cpu.RDI]);
    }

    @Test
    void lodsKeepsTheLastElement() {
        m.ascii(DATA, "xyz");
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RCX] = 3;
        c.r[Cpu.RAX] = -1;
        m.step("F3 AC"); // rep lodsb
        assertEquals(0xFFFF_FFFF_FFFF_FF00L | 'z', c.r[Cpu.RAX]);
        assertEquals(DATA + 3, c.r[Cpu.RSI]);
        assertEquals(0L, c.r[Cpu.RCX]);
        c.mem.write64(DATA + 8, 0x0102_0304_0506_0708L);
        c.r[Cpu.RSI] = DATA + 8;
        m.std();
        m.step("AD"); // lodsd: clears the top of RAX
        assertEquals(0x0506_0708L, c.r[Cpu.RAX]);
        assertEquals(DATA + 4, c.r[Cpu.RSI]);
    }

    @Test
    void singleStringInstructionsIgnoreRcx() {
        m.ascii(DATA, "AB");
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RDI] = DATA + 0x10;
        c.r[Cpu.RCX] = 0;
        m.step("A4"); // movsb
        assertEquals("A", m.ascii(DATA + 0x10, 1));
        assertEquals(DATA + 1, c.r[Cpu.RSI]);
        assertEquals(DATA + 0x11, c.r[Cpu.RDI]);
        c.r[Cpu.RAX] = 'Q';
        m.step("AA"); // stosb
        assertEquals("AQ", m.ascii(DATA + 0x10, 2));
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RDI] = DATA + 0x10;
        m.step("A6"); // cmpsb: 'A' - 'A'
        assertTrue(Flags.zf(c));
        m.step("A6"); // 'B' - 'Q'
        assertFalse(Flags.zf(c));
        assertTrue(Flags.cf(c));
        c.r[Cpu.RAX] = 'Q';
        c.r[Cpu.RDI] = DATA + 0x11;
        m.step("AE"); // scasb
        assertTrue(Flags.zf(c));
        assertEquals(0L, c.r[Cpu.RCX]);
    }

    @Test
    void segmentOverrideAppliesToTheSourceOnly() {
        m.ascii(DATA + 0x500, "fs!");
        c.fsBase = DATA + 0x500;
        c.r[Cpu.RSI] = 0;
        c.r[Cpu.RDI] = DATA + 0x600;
        c.r[Cpu.RCX] = 3;
        m.step("64 F3 A4"); // rep movsb fs:[rsi] -> es:[rdi]
        assertEquals("fs!", m.ascii(DATA + 0x600, 3));
        assertEquals(3L, c.r[Cpu.RSI]);
        c.r[Cpu.RSI] = 1;
        m.step("64 AC"); // lodsb fs:[rsi]
        assertEquals('s', c.r[Cpu.RAX] & 0xFF);
    }

    @Test
    void stringRowsDecodeWithTheirSizes() {
        assertEquals(1, m.decode("F3 A4").opsize);
        assertEquals(2, m.decode("66 A5").opsize);
        assertEquals(4, m.decode("A5").opsize);
        assertEquals(8, m.decode("48 A5").opsize);
        assertEquals(4, m.decode("67 AF").addrsize);
        assertEquals(Flags.OSZAPC, m.decode("A6").op.writes());
    }
}
