package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The disassembler on single encodings, each checked against objdump -D -b binary (binutils 2.40)
 * on the host when it was written, with the bare-hex branch targets ring3 prints; and its entry
 * points on byte arrays and guest memory. Needs no toolchain.
 */
class DisassemblerTest {
    /** Bytes at address 0, and objdump's text for them (spacing included). */
    private static final String[][] CASES = {
            {"48 8b 00", "mov    (%rax),%rax"},
            {"8b 45 f0", "mov    -0x10(%rbp),%eax"},
            {"8b 04 25 28 00 00 00", "mov    0x28,%eax"},
            {"64 48 8b 04 25 28 00 00 00", "mov    %fs:0x28,%rax"},
            {"8b 04 25 f8 ff ff ff", "mov    0xfffffffffffffff8,%eax"},
            {"67 8b 04 25 f8 ff ff ff", "mov    0xfffffff8(,%eiz,1),%eax"},
            {"8d 04 20", "lea    (%rax,%riz,1),%eax"},
            {"8d 04 60", "lea    (%rax,%riz,2),%eax"},
            {"4e 8d 24 a5 03 01 00 00", "lea    0x103(,%r12,4),%r12"},
            {"48 8b 05 10 00 00 00", "mov    0x10(%rip),%rax        # 17"},
            {"67 8b 05 00 00 00 00", "mov    0x0(%eip),%eax        # 7"},
            {"48 c7 00 ff ff ff ff", "movq   $0xffffffffffffffff,(%rax)"},
            {"83 c0 ff", "add    $0xffffffff,%eax"},
            {"48 83 c0 ff", "add    $0xffffffffffffffff,%rax"},
            {"c1 e0 03", "shl    $0x3,%eax"},
            {"d1 e0", "shl    %eax"},
            {"d1 20", "shll   (%rax)"},
            {"d3 e6", "shl    %cl,%esi"},
            {"0f ba 20 03", "btl    $0x3,(%rax)"},
            {"6b c0 ff", "imul   $0xffffffff,%eax,%eax"},
            {"0f a4 c2 03", "shld   $0x3,%eax,%edx"},
            {"0f a5 00", "shld   %cl,%eax,(%rax)"},
            {"66 98", "cbtw"},
            {"98", "cwtl"},
            {"48 98", "cltq"},
            {"48 99", "cqto"},
            {"0f b6 c0", "movzbl %al,%eax"},
            {"48 0f b7 00", "movzwq (%rax),%rax"},
            {"0f be c0", "movsbl %al,%eax"},
            {"48 63 c0", "movslq %eax,%rax"},
            {"63 00", "movsxd (%rax),%eax"},
            {"48 b8 04 00 00 00 ff ff ff ff", "movabs $0xffffffff00000004,%rax"},
            {"a1 00 00 00 00 00 00 00 80", "movabs 0x8000000000000000,%eax"},
            {"64 a1 00 00 00 00 00 00 00 00", "movabs %fs:0x0,%eax"},
            {"66 90", "xchg   %ax,%ax"},
            {"90", "nop"},
            {"41 90", "xchg   %eax,%r8d"},
            {"48 90", "rex.W nop"},
            {"f3 90", "pause"},
            {"f3 c3", "repz ret"},
            {"f2 c3", "bnd ret"},
            {"66 2e 0f 1f 84 00 00 00 00 00", "cs nopw 0x0(%rax,%rax,1)"},
            {"66 66 2e 0f 1f 84 00 00 00 00 00", "data16 cs nopw 0x0(%rax,%rax,1)"},
            {"0f 1f 00", "nopl   (%rax)"},
            {"0f 1f c0", "nop    %eax"},
            {"3e ff e0", "notrack jmp *%rax"},
            {"ff 14 c5 00 10 40 00", "call   *0x401000(,%rax,8)"},
            {"e8 00 00 00 00", "call   5"},
            {"74 fe", "je     0"},
            {"2e 74 00", "je,pn  3"},
            {"e3 00", "jrcxz  2"},
            {"67 e3 00", "jecxz  3"},
            {"f3 48 ab", "rep stos %rax,%es:(%rdi)"},
            {"f3 a4", "rep movsb %ds:(%rsi),%es:(%rdi)"},
            {"f3 a6", "repz cmpsb %es:(%rdi),%ds:(%rsi)"},
            {"f2 ae", "repnz scas %es:(%rdi),%al"},
            {"64 ac", "lods   %fs:(%rsi),%al"},
            {"67 a4", "movsb  %ds:(%esi),%es:(%edi)"},
            {"f0 0f b1 17", "lock cmpxchg %edx,(%rdi)"},
            {"f3 0f bc c0", "tzcnt  %eax,%eax"},
            {"f3 48 0f 1e c8", "rdsspq %rax"},
            {"f3 0f 1e fa", "endbr64"},
            {"0f 18 08", "prefetcht0 (%rax)"},
            {"0f 0d 08", "prefetchw (%rax)"},
            {"66 0f 6e c0", "movd   %eax,%xmm0"},
            {"66 48 0f 7e c0", "movq   %xmm0,%rax"},
            {"f2 48 0f 2a 00", "cvtsi2sdq (%rax),%xmm0"},
            {"f2 0f 2c c0", "cvttsd2si %xmm0,%eax"},
            {"f3 0f c2 c1 01", "cmpltss %xmm1,%xmm0"},
            {"0f c2 c1 08", "cmpps  $0x8,%xmm1,%xmm0"},
            {"66 0f c4 c0 01", "pinsrw $0x1,%eax,%xmm0"},
            {"66 0f d7 c0", "pmovmskb %xmm0,%eax"},
            {"48 0f ae 00", "fxsave64 (%rax)"},
            {"0f ae e8", "lfence"},
            {"d9 7c 24 fe", "fnstcw -0x2(%rsp)"},
            {"dd 04 24", "fldl   (%rsp)"},
            {"db 2c 24", "fldt   (%rsp)"},
            {"df 3c 24", "fistpll (%rsp)"},
            {"de c9", "fmulp  %st,%st(1)"},
            {"dc e9", "fsubr  %st,%st(1)"},
            {"d9 c9", "fxch   %st(1)"},
            {"df e0", "fnstsw %ax"},
            {"9b", "fwait"},
            {"66 d9 20", "fldenvs (%rax)"},
            {"c8 10 00 00", "enter  $0x10,$0x0"},
            {"c2 08 00", "ret    $0x8"},
            {"6a ff", "push   $0xffffffffffffffff"},
            {"66 6a 01", "pushw  $0x1"},
            {"ff 30", "push   (%rax)"},
            {"8c d8", "mov    %ds,%eax"},
            {"8e d8", "mov    %eax,%ds"},
            {"40 00 d1", "rex add %dl,%cl"},
            {"40 88 c6", "mov    %al,%sil"},
            {"86 c4", "xchg   %al,%ah"},
            {"f3 88 00", "xrelease mov %al,(%rax)"},
            {"f0 87 07", "lock xchg %eax,(%rdi)"},
            {"48 ff e0", "rex.W jmp *%rax"},
            {"40 c3", "rex ret"},
            {"0f 0b", "ud2"},
            {"cc", "int3"},
            {"cd 80", "int    $0x80"},
            {"0f 05", "syscall"}
    };

    static Stream<Arguments> cases() {
        return Stream.of(CASES).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void formatsAsObjdump(String hex, String expected) {
        byte[] b = HexFormat.ofDelimiter(" ").parseHex(hex);
        Insn in = new Decoder().decode(b, 0, b.length, 0);
        assertEquals(b.length, in.len, "decoded length");
        assertEquals(expected, Disassembler.format(in, b, 0));
    }

    @Test
    void formatWithoutBytesShowsThePrefixesTheDecoderKept() {
        assertEquals("lock cmpxchg %edx,(%rdi)", textOf("f0 0f b1 17"));
        assertEquals("rep stos %rax,%es:(%rdi)", textOf("f3 48 ab"));
        assertEquals("mov    %fs:0x28,%rax", textOf("64 48 8b 04 25 28 00 00 00"));
        assertEquals("movsd  -0x8(%rbp),%xmm0", textOf("f2 0f 10 45 f8"));
        // Without the bytes, a CS prefix (dropped by the decoder) cannot be shown.
        assertEquals("nopw   0x0(%rax,%rax,1)", textOf("66 2e 0f 1f 84 00 00 00 00 00"));
    }

    private static String textOf(String hex) {
        byte[] b = HexFormat.ofDelimiter(" ").parseHex(hex);
        return Disassembler.format(new Decoder().decode(b, 0, b.length, 0x401000));
    }

    @Test
    void disassemblesAByteArrayInstructionByInstruction() {
        byte[] code = HexFormat.ofDelimiter(" ").parseHex("55 48 89 e5 06 e8 f6 ff ff ff c3 48");
        assertEquals(List.of("push   %rbp", "mov    %rsp,%rbp", "(bad)", "call   401000", "ret", "(bad)"),
                Disassembler.disassemble(code, 0x401000));
    }

    @Test
    void disassemblesGuestMemory() {
        try (AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            mem.map(0x400000, AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE | Prot.EXEC, "");
            byte[] code = HexFormat.ofDelimiter(" ").parseHex("48 8b 00 ff 25 ba 0d 00 00");
            mem.write(0x400000, code, 0, code.length);
            assertEquals("mov    (%rax),%rax", Disassembler.disassemble(mem, 0x400000));
            assertEquals("jmp    *0xdba(%rip)        # 400dc3", Disassembler.disassemble(mem, 0x400003));
            assertEquals("(bad)", Disassembler.disassemble(mem, 0x900000));
            // An instruction running into an unmapped page cannot be shown either.
            mem.write(0x400ffe, new byte[] {0x48, (byte) 0xb8}, 0, 2);
            assertEquals("(bad)", Disassembler.disassemble(mem, 0x400ffe));
        }
    }

    @Test
    void invalidInstructionIsBad() {
        Insn in = new Insn();
        in.op = OpcodeTable.INVALID;
        assertEquals("(bad)", Disassembler.format(in));
    }
}
