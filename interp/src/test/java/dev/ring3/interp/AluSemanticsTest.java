package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Unit tests of the integer semantics on decoded bytes, for what the host oracle
 * ({@link AluOracleTest}) cannot run natively: divide errors, 128-bit division against
 * BigInteger, CMPXCHG16B alignment, #UD rows, and LOCKed read-modify-writes racing on real
 * threads. Expected values follow the SDM and were checked on the host where it matters.
 */
class AluSemanticsTest {
    private static final long DATA = 0x10000;
    private final AddressSpace mem = AddressSpace.create(AddressSpace.Kind.PAGED);
    private final Decoder decoder = new Decoder();

    AluSemanticsTest() {
        mem.map(DATA, 2 * AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE, "");
    }

    @AfterEach
    void close() {
        mem.close();
    }

    private Insn decode(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int k = 0; k < b.length; k++) {
            b[k] = (byte) bytes[k];
        }
        Insn i = decoder.decode(b, 0, b.length, 0x1000);
        assertEquals(bytes.length, i.len, "length of " + i);
        return i;
    }

    private static void run(Cpu c, Insn i) {
        c.rip = i.next;
        i.op.exec.exec(c, i);
    }

    private Cpu cpu() {
        return new Cpu(mem);
    }

    // ---- divide errors -------------------------------------------------------------------------

    private static void assertDivideError(Cpu c, Insn i, int detail) {
        long[] before = c.r.clone();
        CpuException e = assertThrows(CpuException.class, () -> run(c, i));
        assertEquals(CpuException.DE, e.vector());
        assertEquals(detail, e.detail());
        assertArrayEquals(before, c.r, "registers changed by a faulting " + i);
    }

    @Test
    void divideByZeroRaisesDivideErrorAndChangesNothing() {
        Cpu c = cpu();
        c.r[Cpu.RSI] = DATA;
        c.r[Cpu.RAX] = 1234;
        c.r[Cpu.RDX] = 0;
        c.r[Cpu.RBX] = 0xFFFF_FFFF_0000_0000L; // ebx = 0
        assertDivideError(c, decode(0xF7, 0xF3), 1);       // div ebx
        assertDivideError(c, decode(0xF6, 0xFB), 1);       // idiv bl
        c.r[Cpu.RBX] = 0;
        assertDivideError(c, decode(0x48, 0xF7, 0xF3), 1); // div rbx
        assertDivideError(c, decode(0x66, 0xF7, 0x36), 1); // div word [rsi]: memory reads as 0
    }

    @Test
    void quotientOverflowRaisesDivideError() {
        Cpu c = cpu();
        c.r[Cpu.RAX] = 0x1000;
        c.r[Cpu.RBX] = 0x10;
        assertDivideError(c, decode(0xF6, 0xF3), 2); // div bl: 0x1000 / 0x10 = 0x100
        c.r[Cpu.RDX] = 5;
        c.r[Cpu.RBX] = 5;
        assertDivideError(c, decode(0x48, 0xF7, 0xF3), 2); // div rbx with rdx == divisor
        c.r[Cpu.RAX] = Long.MIN_VALUE;
        c.r[Cpu.RDX] = -1;
        c.r[Cpu.RBX] = -1;
        assertDivideError(c, decode(0x48, 0xF7, 0xFB), 2); // idiv rbx: -2^63 / -1
        c.r[Cpu.RAX] = 0x8000_0000L;
        c.r[Cpu.RDX] = 0xFFFF_FFFFL;
        assertDivideError(c, decode(0xF7, 0xFB), 2); // idiv ebx: -2^31 / -1
        c.r[Cpu.RAX] = 0x8000;
        assertDivideError(c, decode(0xF6, 0xFB), 2); // idiv bl: -32768 / -1
    }

    @Test
    void idivAcceptsTheMostNegativeQuotient() {
        Cpu c = cpu();
        c.r[Cpu.RDX] = -1;
        c.r[Cpu.RAX] = 0; // rdx:rax = -2^64
        c.r[Cpu.RBX] = 2;
        run(c, decode(0x48, 0xF7, 0xFB)); // idiv rbx
        assertEquals(Long.MIN_VALUE, c.r[Cpu.RAX]);
        assertEquals(0, c.r[Cpu.RDX]);
    }

    // ---- 128-bit division --------------------------------------------------------------------

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    @Test
    void unsigned128DivisionMatchesBigInteger() {
        Random rnd = new Random(42);
        for (int k = 0; k < 200_000; k++) {
            long v = rnd.nextInt(4) == 0 ? rnd.nextLong() >>> rnd.nextInt(64) : rnd.nextLong();
            if (v == 0) {
                continue;
            }
            long hi = Long.remainderUnsigned(rnd.nextLong(), v);
            long lo = rnd.nextLong();
            BigInteger n = unsigned(hi).shiftLeft(64).or(unsigned(lo));
            long q = MulDiv.divideUnsigned128(hi, lo, v);
            assertEquals(n.divide(unsigned(v)), unsigned(q), () -> hi + ":" + lo + " / " + v);
        }
    }

    @Test
    void divAndIdiv64MatchBigInteger() {
        Random rnd = new Random(7);
        Insn div = decode(0x48, 0xF7, 0xF3);
        Insn idiv = decode(0x48, 0xF7, 0xFB);
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        int checked = 0;
        for (int k = 0; k < 100_000; k++) {
            Cpu c = cpu();
            long d = rnd.nextBoolean() ? rnd.nextLong() : rnd.nextInt();
            long hi = rnd.nextInt(3) == 0 ? -1 : rnd.nextBoolean() ? rnd.nextInt(1000) : rnd.nextLong() >> rnd.nextInt(64);
            long lo = rnd.nextLong();
            c.r[Cpu.RDX] = hi;
            c.r[Cpu.RAX] = lo;
            c.r[Cpu.RBX] = d;
            boolean signed = rnd.nextBoolean();
            BigInteger n = unsigned(hi).shiftLeft(64).or(unsigned(lo));
            BigInteger dv = signed ? BigInteger.valueOf(d) : unsigned(d);
            if (signed && hi < 0) {
                n = n.subtract(two64.shiftLeft(64));
            }
            BigInteger[] qr = d == 0 ? null : n.divideAndRemainder(dv);
            boolean fits = qr != null && (signed ? qr[0].bitLength() < 64 : qr[0].bitLength() <= 64);
            if (!fits) {
                assertThrows(CpuException.class, () -> run(c, signed ? idiv : div));
                continue;
            }
            run(c, signed ? idiv : div);
            assertEquals(qr[0].longValue(), c.r[Cpu.RAX]);
            assertEquals(qr[1].longValue(), c.r[Cpu.RDX]);
            checked++;
        }
        assertTrue(checked > 30_000, "too few non-faulting cases: " + checked);
    }

    // ---- CMPXCHG16B, POPCNT, encodings -----------------------------------------------------------

    @Test
    void cmpxchg16bNeedsAlignedOperand() {
        Cpu c = cpu();
        c.r[Cpu.RSI] = DATA + 8;
        Insn i = decode(0x48, 0x0F, 0xC7, 0x0E); // cmpxchg16b [rsi]
        CpuException e = assertThrows(CpuException.class, () -> run(c, i));
        assertEquals(CpuException.GP, e.vector());

        c.r[Cpu.RSI] = DATA + 16;
        mem.write64(DATA + 16, 11);
        mem.write64(DATA + 24, 22);
        c.r[Cpu.RAX] = 11;
        c.r[Cpu.RDX] = 22;
        c.r[Cpu.RBX] = 33;
        c.r[Cpu.RCX] = 44;
        run(c, i);
        assertTrue(Flags.zf(c));
        assertEquals(33, mem.read64(DATA + 16));
        assertEquals(44, mem.read64(DATA + 24));
        run(c, i); // now differs: loads the old value
        assertTrue(!Flags.zf(c));
        assertEquals(33, c.r[Cpu.RAX]);
        assertEquals(44, c.r[Cpu.RDX]);
    }

    @Test
    void popcntCountsBitsAndSetsOnlyZf() {
        Insn i = decode(0xF3, 0x48, 0x0F, 0xB8, 0xC3); // popcnt %rbx,%rax
        assertEquals("popcnt", i.op.mnemonic);
        Cpu c = cpu();
        c.r[Cpu.RBX] = 0xF0F0_0000_0000_0001L;
        Flags.setEager(c, Flags.OSZAPC);
        run(c, i);
        assertEquals(9, c.r[Cpu.RAX]);
        assertEquals(0, Flags.oszapc(c));
        c.r[Cpu.RBX] = 0;
        run(c, i);
        assertEquals(0, c.r[Cpu.RAX]);
        assertEquals(Flags.ZF, Flags.oszapc(c));
    }

    @Test
    void f3BsfIsTzcntF2BsfIsBsfAndOpcode82IsInvalid() {
        assertEquals("tzcnt", decode(0xF3, 0x0F, 0xBC, 0xC3).op.mnemonic);
        assertEquals("lzcnt", decode(0xF3, 0x0F, 0xBD, 0xC3).op.mnemonic);
        assertEquals("bsf", decode(0xF2, 0x0F, 0xBC, 0xC3).op.mnemonic);
        assertEquals("bsr", decode(0xF2, 0x0F, 0xBD, 0xC3).op.mnemonic);
        assertEquals("bsr", decode(0x66, 0x0F, 0xBD, 0xC3).op.mnemonic);
        byte[] b82 = {(byte) 0x82, (byte) 0xC0, 0x01}; // add al, 1 through 82: #UD in 64-bit mode
        assertSame(OpcodeTable.INVALID, decoder.decode(b82, 0, 3, 0x1000).op);
    }

    @Test
    void lockIsAcceptedOnReadModifyWriteFormsOnly() {
        for (Op op : OpcodeTable.get().ops()) {
            if (op.lockable() && op.mnemonic.equals("cmp")) {
                throw new AssertionError("cmp must not be lockable: " + op);
            }
        }
        assertTrue(decode(0xF0, 0x01, 0x03).op.lockable()); // lock add [rbx], eax
        assertSame(OpcodeTable.INVALID, decode(0xF0, 0x39, 0x03).op); // lock cmp
    }

    // ---- atomics -------------------------------------------------------------------------------

    @Test
    void byteAndWordCasTouchOnlyTheirBytes() {
        Cpu c = cpu();
        for (int size : new int[] {1, 2}) {
            for (int off = 0; off < 8; off++) {
                mem.write64(DATA, 0x1122334455667788L);
                mem.write64(DATA + 8, 0x99AABBCCDDEEFF00L);
                long a = DATA + off;
                long old = Operands.load(c, a, size);
                assertTrue(!Atomic.cas(c, a, size, old ^ 1, 0));
                assertTrue(Atomic.cas(c, a, size, old, 0xA5A5));
                byte[] want = new byte[16];
                mem.read(DATA, want, 0, 16); // compare against a plain store of the same value
                mem.write64(DATA, 0x1122334455667788L);
                mem.write64(DATA + 8, 0x99AABBCCDDEEFF00L);
                Operands.store(c, a, size, 0xA5A5);
                byte[] got = new byte[16];
                mem.read(DATA, got, 0, 16);
                assertArrayEquals(got, want, "size " + size + " offset " + off);
            }
        }
    }

    @Test
    void lockedAddsFromTwoThreadsLoseNothing() throws InterruptedException {
        Insn add = decode(0xF0, 0x83, 0x06, 0x01);
        Insn incByte = decode(0xF0, 0xFE, 0x46, 0x05);
        Insn xadd = decode(0xF0, 0x48, 0x0F, 0xC1, 0x46, 0x08);
        Insn addWord = decode(0xF0, 0x66, 0x83, 0x46, 0x13, 0x01); // lock add word [rsi+0x13], 1: crosses a dword
        int n = 50_000;
        Runnable work = () -> {
            Cpu c = cpu();
            c.r[Cpu.RSI] = DATA;
            c.r[Cpu.RAX] = 1;
            for (int k = 0; k < n; k++) {
                run(c, add);
                run(c, incByte);
                c.r[Cpu.RAX] = 1;
                run(c, xadd);
                run(c, addWord);
            }
        };
        Thread t1 = new Thread(work);
        Thread t2 = new Thread(work);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        assertEquals(2 * n, mem.read32(DATA));
        assertEquals((byte) (2 * n), mem.read8(DATA + 5));
        assertEquals(2 * n, mem.read64(DATA + 8));
        assertEquals((short) (2 * n), mem.read16(DATA + 0x13));
    }
}
