package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The host CPU as an oracle for single instructions: writes one nasm program that, for every
 * spec, loads each case's registers, RFLAGS and a 128-byte memory window, executes the
 * instruction, and records what came out; the program also reports the instruction's address
 * and bytes, so the test decodes exactly what the CPU ran. Linux x86-64 with nasm and ld only.
 *
 * <p>Case layout (longs): 0..15 the registers by x86 number (RSP, slot 4, is neither set nor
 * reported), 16 RFLAGS, 17..32 the memory window; the instruction's memory operand is
 * {@code [rel mem+64]}, i.e. longs 25..
 */
final class AluOracle {
    static final int REGS = 16, FLAGS = 16, MEM = 17, MEM_LONGS = 16, CASE_LONGS = 33;
    /** Offset of the memory operand inside the window. */
    static final int OPERAND = 64;

    /** One instruction (nasm source line(s)) and the inputs to run it on. */
    static final class Spec {
        final String asm;
        final List<long[]> cases = new ArrayList<>();
        /** Filled in by {@link #run}: where the instruction was and its bytes. */
        long insnAddr;
        byte[] insnBytes;
        final List<long[]> results = new ArrayList<>();

        Spec(String asm) {
            this.asm = asm;
        }
    }

    /** Result of {@link #run}: the guest address of the memory window. */
    long memAddr;

    private AluOracle() {}

    /** A random register or memory value, biased to the edges: 0, all ones, sign boundaries, small counts. */
    static long value(java.util.Random rnd) {
        long hiGarbage = rnd.nextLong();
        switch (rnd.nextInt(12)) {
            case 0: return 0;
            case 1: return -1;
            case 2: return 1;
            case 3: return hiGarbage & ~0xFFL | 0x80;
            case 4: return hiGarbage & ~0xFFFFL | 0x8000;
            case 5: return hiGarbage & ~0xFFFFFFFFL | 0x80000000L;
            case 6: return Long.MIN_VALUE;
            case 7: return Long.MAX_VALUE;
            case 8: return hiGarbage & ~0xFFL | (rnd.nextInt(3) == 0 ? 0x7F : 0xFF);
            case 9: return rnd.nextInt(70);
            case 10: return hiGarbage & ~0xFFFFFFFFL | (rnd.nextBoolean() ? 0x7FFFFFFFL : 0xFFFFFFFFL);
            default: return hiGarbage;
        }
    }

    /** What {@link #check} found: mismatch descriptions (a few per spec) and counts. */
    static final class Report {
        final List<String> failures = new ArrayList<>();
        int compared;
        int failedCases;
    }

    /**
     * Runs {@code specs} natively, then decodes each instruction from the bytes the CPU ran and
     * executes its semantics on every case; registers (but RSP), the flags in the spec's mask
     * and the memory window must match. {@code -Dring3.oracle.dir=DIR} keeps the program.
     */
    static Report check(List<Spec> specs, List<Long> flagMasks, String tempPrefix)
            throws IOException, InterruptedException {
        String keep = System.getProperty("ring3.oracle.dir");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory(tempPrefix);
        Report report = new Report();
        AluOracle oracle;
        try {
            oracle = run(specs, dir);
        } finally {
            if (keep == null) {
                for (String f : new String[] {"oracle.asm", "in.bin", "oracle.o", "oracle"}) {
                    Files.deleteIfExists(dir.resolve(f));
                }
                Files.deleteIfExists(dir);
            }
        }
        Decoder decoder = new Decoder();
        long page = oracle.memAddr & ~AddressSpace.PAGE_MASK;
        try (AddressSpace mem = AddressSpace.create(AddressSpace.Kind.PAGED)) {
            mem.map(page, 2 * AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE, "");
            for (int k = 0; k < specs.size(); k++) {
                Spec s = specs.get(k);
                Insn insn = decoder.decode(s.insnBytes, 0, s.insnBytes.length, s.insnAddr);
                if (insn.op == OpcodeTable.INVALID || insn.len != s.insnBytes.length) {
                    report.failures.add(s.asm + ": decoded as " + insn.op + " length " + insn.len);
                    continue;
                }
                int shown = 0;
                for (int n = 0; n < s.cases.size(); n++) {
                    // Both ways the instruction runs: the row's semantics (the JIT's fallback) and the
                    // interpreter's dispatch (FastPath), which has its own code for the hottest forms.
                    String diff = compare(mem, oracle.memAddr, insn, s.cases.get(n), s.results.get(n), flagMasks.get(k), false);
                    if (diff == null) {
                        diff = compare(mem, oracle.memAddr, insn, s.cases.get(n), s.results.get(n), flagMasks.get(k), true);
                        diff = diff == null ? null : "(interpreter dispatch)" + diff;
                    }
                    report.compared++;
                    if (diff != null) {
                        report.failedCases++;
                        if (shown++ < 2 && report.failures.size() < 200) {
                            report.failures.add(s.asm + " [" + insn.op + "]: " + diff);
                        }
                    }
                }
            }
        }
        return report;
    }

    private static final long FLAG_MASK = Flags.OSZAPC | Flags.DF;

    private static String compare(AddressSpace mem, long memAddr, Insn insn, long[] in, long[] want, long flagMask,
            boolean dispatch) {
        Cpu c = new Cpu(mem);
        System.arraycopy(in, 0, c.r, 0, 16);
        c.r[Cpu.RSP] = 0x7ff0_0000L;
        Flags.setRflags(c, in[FLAGS], FLAG_MASK);
        ByteBuffer bb = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < MEM_LONGS; n++) {
            bb.putLong(in[MEM + n]);
        }
        mem.write(memAddr, bb.array(), 0, 128);
        c.rip = insn.next;
        try {
            if (dispatch) {
                FastPath.exec(c, insn, FastPath.classify(insn));
            } else {
                insn.op.exec.exec(c, insn);
            }
        } catch (RuntimeException e) {
            return "threw " + e + " on " + describe(in);
        }
        StringBuilder d = new StringBuilder();
        for (int n = 0; n < 16; n++) {
            if (n != Cpu.RSP && c.r[n] != want[n]) {
                d.append(String.format(" r%d=%x want %x;", n, c.r[n], want[n]));
            }
        }
        long flags = Flags.rflags(c) & flagMask;
        if (flags != (want[FLAGS] & flagMask)) {
            d.append(String.format(" flags=%x want %x;", flags, want[FLAGS] & flagMask));
        }
        byte[] got = new byte[128];
        mem.read(memAddr, got, 0, 128);
        ByteBuffer g = ByteBuffer.wrap(got).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < MEM_LONGS; n++) {
            long v = g.getLong();
            if (v != want[MEM + n]) {
                d.append(String.format(" mem[%d]=%x want %x;", n * 8, v, want[MEM + n]));
            }
        }
        return d.length() == 0 ? null : d + " on " + describe(in);
    }

    private static final int OPERAND_LONG = MEM + OPERAND / 8;

    private static String describe(long[] in) {
        return String.format("rax=%x rcx=%x rdx=%x rbx=%x rsi=%x r9=%x flags=%x mem64=%x",
                in[Cpu.RAX], in[Cpu.RCX], in[Cpu.RDX], in[Cpu.RBX], in[Cpu.RSI], in[Cpu.R9],
                in[FLAGS], in[OPERAND_LONG]);
    }

    /** True where the oracle can run: x86-64 Linux with nasm and ld on the PATH. */
    static boolean available() {
        String arch = System.getProperty("os.arch");
        if (!System.getProperty("os.name").equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return false;
        }
        return onPath("nasm") && onPath("ld");
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Assembles and runs all specs natively in {@code dir}, filling their results. The program
     * (oracle.asm, in.bin) is left there so a failure can be rerun by hand.
     */
    static AluOracle run(List<Spec> specs, Path dir) throws IOException, InterruptedException {
        ByteArrayOutputStream inputs = new ByteArrayOutputStream();
        StringBuilder code = new StringBuilder();
        long outBytes = 8;
        for (int k = 0; k < specs.size(); k++) {
            Spec s = specs.get(k);
            code.append("  BEGIN ").append(k).append(", ").append(inputs.size()).append(", ")
                    .append(s.cases.size()).append('\n');
            code.append("  ").append(s.asm).append('\n');
            code.append("  END ").append(k).append('\n');
            ByteBuffer bb = ByteBuffer.allocate(s.cases.size() * CASE_LONGS * 8).order(ByteOrder.LITTLE_ENDIAN);
            for (long[] c : s.cases) {
                for (long v : c) {
                    bb.putLong(v);
                }
            }
            inputs.write(bb.array());
            outBytes += 32 + (long) s.cases.size() * CASE_LONGS * 8;
        }
        Files.write(dir.resolve("in.bin"), inputs.toByteArray());
        Files.writeString(dir.resolve("oracle.asm"), program(code.toString(), outBytes));
        exec(dir, "nasm", "-f", "elf64", "-w-all", "-o", "oracle.o", "oracle.asm");
        exec(dir, "ld", "-static", "-o", "oracle", "oracle.o");
        Process p = new ProcessBuilder(dir.resolve("oracle").toString()).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("oracle program failed (exit " + p.exitValue() + ") in " + dir);
        }
        if (out.length != outBytes) {
            throw new IOException("oracle wrote " + out.length + " bytes, expected " + outBytes);
        }
        ByteBuffer bb = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        AluOracle o = new AluOracle();
        o.memAddr = bb.getLong();
        for (Spec s : specs) {
            s.insnAddr = bb.getLong();
            int len = (int) bb.getLong();
            byte[] insn = new byte[16];
            bb.get(insn);
            s.insnBytes = java.util.Arrays.copyOf(insn, Math.min(len, 16));
            s.results.clear();
            for (int c = 0; c < s.cases.size(); c++) {
                long[] r = new long[CASE_LONGS];
                for (int j = 0; j < CASE_LONGS; j++) {
                    r[j] = bb.getLong();
                }
                s.results.add(r);
            }
        }
        return o;
    }

    private static void exec(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed in " + dir + ":\n" + text);
        }
    }

    private static final String[] LOAD_ORDER = {
        "rax", "rcx", "rdx", "rbx", null, "rbp", "rsi", "rdi",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"
    };

    private static String program(String body, long outBytes) {
        StringBuilder load = new StringBuilder();
        StringBuilder save = new StringBuilder();
        for (int n = 0; n < 15; n++) {
            if (LOAD_ORDER[n] != null) {
                load.append("  mov ").append(LOAD_ORDER[n]).append(", [r15 + ").append(n * 8).append("]\n");
                save.append("  mov [r15 + ").append(n * 8).append("], ").append(LOAD_ORDER[n]).append('\n');
            }
        }
        return "bits 64\n"
                + "default rel\n"
                + "section .bss\n"
                + "alignb 64\n"
                + "out: resb " + outBytes + "\n"
                + "section .data\n"
                + "align 64\n"
                + "mem: times 128 db 0\n"
                + "inputs: incbin \"in.bin\"\n"
                + "align 8\n"
                + "inptr: dq 0\n"
                + "outptr: dq 0\n"
                + "count: dq 0\n"
                + "save15: dq 0\n"
                + "section .text\n"
                + "global _start\n"
                + "%macro BEGIN 3\n"
                + "  mov r15, [rel outptr]\n"
                + "  lea rax, [rel ins_%1]\n"
                + "  mov [r15], rax\n"
                + "  mov qword [r15 + 8], ins_end_%1 - ins_%1\n"
                + "  mov rax, [rel ins_%1]\n"
                + "  mov [r15 + 16], rax\n"
                + "  mov rax, [rel ins_%1 + 8]\n"
                + "  mov [r15 + 24], rax\n"
                + "  add qword [rel outptr], 32\n"
                + "  lea rax, [rel inputs + %2]\n"
                + "  mov [rel inptr], rax\n"
                + "  mov qword [rel count], %3\n"
                + "loop_%1:\n"
                + "  cld\n"
                + "  mov rsi, [rel inptr]\n"
                + "  add rsi, " + (MEM * 8) + "\n"
                + "  lea rdi, [rel mem]\n"
                + "  mov ecx, 128\n"
                + "  rep movsb\n"
                + "  mov r15, [rel inptr]\n"
                + "  push qword [r15 + " + (FLAGS * 8) + "]\n"
                + "  popfq\n"
                + load
                + "  mov r15, [r15 + 120]\n"
                + "ins_%1:\n"
                + "%endmacro\n"
                + "%macro END 1\n"
                + "ins_end_%1:\n"
                + "  mov [rel save15], r15\n"
                + "  pushfq\n"
                + "  mov r15, [rel outptr]\n"
                + "  pop qword [r15 + " + (FLAGS * 8) + "]\n"
                + save
                + "  mov qword [r15 + 32], 0\n"
                + "  mov rax, [rel save15]\n"
                + "  mov [r15 + 120], rax\n"
                + "  cld\n"
                + "  lea rsi, [rel mem]\n"
                + "  lea rdi, [r15 + " + (MEM * 8) + "]\n"
                + "  mov ecx, 128\n"
                + "  rep movsb\n"
                + "  add qword [rel inptr], " + (CASE_LONGS * 8) + "\n"
                + "  add qword [rel outptr], " + (CASE_LONGS * 8) + "\n"
                + "  dec qword [rel count]\n"
                + "  jnz loop_%1\n"
                + "%endmacro\n"
                + "_start:\n"
                + "  lea rax, [rel out]\n"
                + "  lea rcx, [rel mem]\n"
                + "  mov [rax], rcx\n"
                + "  add rax, 8\n"
                + "  mov [rel outptr], rax\n"
                + body
                + "  lea rsi, [rel out]\n"
                + "  mov rdx, [rel outptr]\n"
                + "  sub rdx, rsi\n"
                + "write_more:\n"
                + "  mov eax, 1\n"
                + "  mov edi, 1\n"
                + "  syscall\n"
                + "  test rax, rax\n"
                + "  jle exit\n"
                + "  add rsi, rax\n"
                + "  sub rdx, rax\n"
                + "  jnz write_more\n"
                + "exit:\n"
                + "  mov eax, 60\n"
                + "  xor edi, edi\n"
                + "  syscall\n";
    }
}
