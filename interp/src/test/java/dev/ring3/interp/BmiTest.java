package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * VEX decoding and its #UD rules (SDM Vol. 2 2.3), the LZCNT/TZCNT/MOVBE/RDRAND encodings, the
 * disassembly of each new instruction (texts from objdump 2.40 on the same bytes), and
 * RDRAND/RDSEED, whose values the host oracle ({@link BmiOracleTest}) cannot compare.
 */
class BmiTest {
    private final AddressSpace mem = AddressSpace.create(AddressSpace.Kind.PAGED);
    private final Decoder decoder = new Decoder();

    BmiTest() {
        mem.map(0x10000, AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE, "");
    }

    @AfterEach
    void close() {
        mem.close();
    }

    private Insn decode(String hex) {
        byte[] b = StepMachine.hex(hex);
        return decoder.decode(b, 0, b.length, 0x1000);
    }

    private void assertInvalid(String hex, String why) {
        assertSame(OpcodeTable.INVALID, decode(hex).op, why + ": " + hex);
    }

    // ---- decoding ------------------------------------------------------------------------------

    @Test
    void threeByteVexDecodesRXBVvvvAndW() {
        // andn 0x10(%r8,%r9,2),%rbx,%rax: VEX.R = 0 (rax), X and B set (r9, r8), W1, vvvv = rbx.
        Insn i = decode("c4 82 e0 f2 44 48 10");
        assertEquals("andn", i.op.mnemonic);
        assertEquals(7, i.len);
        assertEquals(Cpu.RAX, i.reg);
        assertEquals(Cpu.RBX, i.vreg);
        assertEquals(8, i.base);
        assertEquals(9, i.index);
        assertEquals(1, i.scale);
        assertEquals(0x10, i.disp);
        assertEquals(8, i.opsize);
        assertTrue((i.prefixes & Insn.P_VEX) != 0 && (i.prefixes & Insn.P_REX) == 0);
        // andn %r12d,%r11d,%r10d: R and B extend, vvvv = 11, W0.
        Insn j = decode("c4 42 20 f2 d4");
        assertEquals(10, j.reg);
        assertEquals(11, j.vreg);
        assertEquals(12, j.rm);
        assertEquals(4, j.opsize);
    }

    @Test
    void vexAfterLegacyOrRexPrefixIsUndefined() {
        String andn = "c4 e2 60 f2 c1"; // andn %ecx,%ebx,%eax
        assertEquals("andn", decode(andn).op.mnemonic);
        for (String p : new String[] {"66", "f2", "f3", "f0", "48", "40"}) {
            assertInvalid(p + " " + andn, "prefix " + p + " before VEX");
        }
        // Segment and address-size prefixes are allowed.
        assertEquals("andn", decode("64 c4 e2 60 f2 03").op.mnemonic);
        assertEquals("andn", decode("67 c4 e2 60 f2 03").op.mnemonic);
        assertEquals(4, decode("67 c4 e2 60 f2 03").addrsize);
    }

    @Test
    void vexLengthOneAndReservedMapsAreUndefinedForBmi() {
        assertInvalid("c4 e2 64 f2 c1", "andn with VEX.L = 1");
        assertInvalid("c4 e2 74 f7 c3", "bextr with VEX.L = 1");
        assertInvalid("c4 e0 60 f2 c1", "map select 0");
        assertInvalid("c4 e4 60 f2 c1", "map select 4");
        assertInvalid("c4 e2 61 f2 c1", "andn with pp = 66");
    }

    @Test
    void unusedVvvvMustBeAllOnes() {
        assertEquals("rorx", decode("c4 63 fb f0 d8 3f").op.mnemonic);
        assertInvalid("c4 63 f3 f0 d8 3f", "rorx with vvvv = 1110b");
        assertEquals(-1, decode("c4 63 fb f0 d8 3f").vreg);
        // BLSI's destination is vvvv, so any value is valid there.
        assertEquals(Cpu.RAX, decode("c4 e2 f8 f3 db").vreg);
    }

    @Test
    void avxAndEvexStayUndefined() {
        assertInvalid("c5 f8 77", "vzeroupper");
        assertInvalid("c5 f9 ef c0", "vpxor");
        assertInvalid("c4 e2 79 78 c0", "vpbroadcastb");
        assertInvalid("c4 e2 f9 a8 c1", "vfmadd213pd");
        assertInvalid("c5 fd 6f 07", "vmovdqa ymm");
        assertInvalid("62 f1 7d 48 ef c0", "EVEX vpxord");
        Cpu c = new Cpu(mem);
        Insn i = decode("c5 f9 ef c0");
        CpuException e = assertThrows(CpuException.class, () -> i.op.exec.exec(c, i));
        assertEquals(CpuException.UD, e.vector());
    }

    @Test
    void legacyEncodingsOfTheNewInstructions() {
        assertEquals("lzcnt", decode("66 f3 0f bd c3").op.mnemonic);
        assertEquals(2, decode("66 f3 0f bd c3").opsize);
        assertEquals("tzcnt", decode("f3 48 0f bc 03").op.mnemonic);
        assertEquals("adcx", decode("66 0f 38 f6 c3").op.mnemonic);
        assertEquals(4, decode("66 0f 38 f6 c3").opsize);
        assertEquals("adox", decode("f3 4c 0f 38 f6 08").op.mnemonic);
        assertEquals(2, decode("66 0f 38 f0 03").opsize);
        assertInvalid("0f 38 f0 c3", "movbe with a register operand");
        assertInvalid("f3 0f 38 f0 03", "movbe with F3");
        assertNotEquals("movbe", decode("f2 0f 38 f0 03").op.mnemonic, "F2 0F 38 F0 is CRC32");
        assertEquals("rdrand", decode("66 0f c7 f0").op.mnemonic);
        assertEquals(2, decode("66 0f c7 f0").opsize);
        assertEquals(8, decode("49 0f c7 fa").opsize);
        assertNotEquals("rdseed", decode("f3 0f c7 f8").op.mnemonic, "F3 0F C7 /7 is RDPID");
        assertInvalid("0f c7 30", "rdrand with a memory operand");
        assertEquals("clflushopt", decode("66 0f ae 38").op.mnemonic);
        assertEquals("clflush", decode("0f ae 38").op.mnemonic);
    }

    // ---- disassembly ---------------------------------------------------------------------------

    @Test
    void disassemblesAsObjdump() {
        String[][] cases = {
            {"c4 82 e0 f2 44 48 10", "andn   0x10(%r8,%r9,2),%rbx,%rax"},
            {"c4 42 20 f2 d4", "andn   %r12d,%r11d,%r10d"},
            {"c4 e2 10 f7 c1", "bextr  %r13d,%ecx,%eax"},
            {"c4 e2 80 f3 da", "blsi   %rdx,%r15"},
            {"c4 e2 78 f3 15 17 00 00 00", "blsmsk 0x17(%rip),%eax        # 1020"},
            {"c4 e2 f0 f3 c9", "blsr   %rcx,%rcx"},
            {"c4 e2 f0 f5 c3", "bzhi   %rcx,%rbx,%rax"},
            {"c4 62 b3 f6 c2", "mulx   %rdx,%r9,%r8"},
            {"c4 e2 63 f5 c1", "pdep   %ecx,%ebx,%eax"},
            {"c4 e2 e2 f5 01", "pext   (%rcx),%rbx,%rax"},
            {"c4 63 fb f0 d8 3f", "rorx   $0x3f,%rax,%r11"},
            {"c4 e2 72 f7 c3", "sarx   %ecx,%ebx,%eax"},
            {"c4 e2 81 f7 c3", "shlx   %r15,%rbx,%rax"},
            {"c4 e2 73 f7 03", "shrx   %ecx,(%rbx),%eax"},
            {"66 f3 0f bd c3", "lzcnt  %bx,%ax"},
            {"f3 48 0f bc 03", "tzcnt  (%rbx),%rax"},
            {"66 0f 38 f6 c3", "adcx   %ebx,%eax"},
            {"f3 4c 0f 38 f6 08", "adox   (%rax),%r9"},
            {"66 0f 38 f0 03", "movbe  (%rbx),%ax"},
            {"4c 0f 38 f1 0b", "movbe  %r9,(%rbx)"},
            {"66 0f c7 f0", "rdrand %ax"},
            {"49 0f c7 fa", "rdseed %r10"},
            {"66 0f ae 38", "clflushopt (%rax)"},
        };
        for (String[] k : cases) {
            byte[] b = StepMachine.hex(k[0]);
            Insn i = decoder.decode(b, 0, b.length, 0x1000);
            assertEquals(b.length, i.len, k[0]);
            assertEquals(k[1], Disassembler.format(i, b, 0), k[0]);
        }
    }

    // ---- RDRAND RDSEED -------------------------------------------------------------------------

    @Test
    void rdrandFillsTheRegisterAtItsSizeAndSetsOnlyCarry() {
        Cpu c = new Cpu(mem);
        Insn r16 = decode("66 0f c7 f0"); // rdrand %ax
        Insn r32 = decode("0f c7 f3");    // rdrand %ebx
        Insn r64 = decode("49 0f c7 fa"); // rdseed %r10
        long[] seen = new long[8];
        for (int k = 0; k < seen.length; k++) {
            c.r[Cpu.RAX] = 0x1122334455660000L;
            c.r[Cpu.RBX] = -1L;
            Flags.setRflags(c, Flags.OSZAPC, Flags.OSZAPC);
            r16.op.exec.exec(c, r16);
            assertEquals(0x1122334455660000L, c.r[Cpu.RAX] & ~0xFFFFL, "a 16-bit write keeps bits 63..16");
            assertEquals(Flags.CF, Flags.oszapc(c), "CF = 1, OF SF ZF AF PF = 0");
            Flags.setRflags(c, Flags.OSZAPC, Flags.OSZAPC);
            r32.op.exec.exec(c, r32);
            assertEquals(0, c.r[Cpu.RBX] >>> 32, "a 32-bit write clears bits 63..32");
            assertEquals(Flags.CF, Flags.oszapc(c));
            r64.op.exec.exec(c, r64);
            seen[k] = c.r[10];
        }
        long distinct = java.util.Arrays.stream(seen).distinct().count();
        assertTrue(distinct >= 7, "64-bit random values repeat: " + java.util.Arrays.toString(seen));
        assertNotSame(r32.op, r64.op);
    }
}
