package dev.ring3.benchmarks;

import java.util.HexFormat;

/**
 * The guest loops the benchmarks run: machine code (assembled with nasm from the source in each
 * comment) that repeats one operation RBX times and then calls exit(2) with RAX, the last
 * operation's result, as its status (RDI). On entry RBX holds the
 * iteration count, R12 the vDSO function the loop calls (if any) and R13 a writable buffer.
 */
public enum GuestLoop {
    /** l: mov edi, 1 (CLOCK_MONOTONIC); mov rsi, r13; call r12; dec rbx; jnz l. */
    CLOCK_GETTIME_VDSO("__vdso_clock_gettime", "bf010000004c89ee41ffd448ffcb75f0"),
    /** l: mov eax, 228; mov edi, 1; mov rsi, r13; syscall; dec rbx; jnz l. */
    CLOCK_GETTIME_SYSCALL(null, "b8e4000000bf010000004c89ee0f0548ffcb75ec"),
    /** l: mov rdi, r13; xor esi, esi (no timezone); call r12; dec rbx; jnz l. */
    GETTIMEOFDAY_VDSO("__vdso_gettimeofday", "4c89ef31f641ffd448ffcb75f3"),
    /** l: mov eax, 96; mov rdi, r13; xor esi, esi; syscall; dec rbx; jnz l. */
    GETTIMEOFDAY_SYSCALL(null, "b8600000004c89ef31f60f0548ffcb75ef"),
    /** l: xor edi, edi (time(NULL)); call r12; dec rbx; jnz l. */
    TIME_VDSO("__vdso_time", "31ff41ffd448ffcb75f6"),
    /** l: mov eax, 201; xor edi, edi; syscall; dec rbx; jnz l. */
    TIME_SYSCALL(null, "b8c900000031ff0f0548ffcb75f2"),
    /**
     * The dispatch loop, {@link #DISPATCH_INSNS} instructions per iteration: l: mov r8,
     * [r13+rdx*8]; add rax, r8; lea rdx, [rdx+1]; and edx, 63; xor rax, rbx; mov [r13+512], rax;
     * dec rbx; jnz l.
     */
    DISPATCH(null, "4d8b44d5004c01c0488d520183e23f4831d84989850002000048ffcb75e2"),
    /**
     * Three blocks per iteration, each ending in a direct jump ({@link #HOP_BLOCKS}): l: dec rbx;
     * jz out; jmp m; m: jmp l; out: (the exit). One region keeps them in one method; with
     * one-block regions every jump leaves a translation and enters the next through the dispatcher.
     */
    HOP(null, "48ffcb7404eb00ebf7"),
    /**
     * {@link #CHAIN_BLOCKS} straight-line blocks of "add rax, k; jmp next", then dec rbx; jnz to
     * the first: code run once per translation in the translation-latency benchmark.
     */
    CHAIN(null, chain());

    /** Blocks per iteration of {@link #HOP}. */
    public static final int HOP_BLOCKS = 3;
    /** Blocks of {@link #CHAIN} (before the loop tail). */
    public static final int CHAIN_BLOCKS = 256;

    /** Guest instructions per iteration of {@link #DISPATCH}. */
    public static final int DISPATCH_INSNS = 8;

    /** mov rdi, rax; mov eax, 60; syscall: exit(2) with the last result, which ends the run. */
    private static final String EXIT = "4889c7b83c0000000f05";

    private final String vdsoSymbol;
    private final byte[] code;

    GuestLoop(String vdsoSymbol, String hex) {
        this.vdsoSymbol = vdsoSymbol;
        this.code = HexFormat.of().parseHex(hex + EXIT);
    }

    private static String chain() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 256; k++) {
            sb.append(String.format("4883c0%02xeb00", k & 0x7f)); // add rax, k; jmp +0 (ends the block)
        }
        // dec rbx; jnz rel32 back to the first block (6 bytes per block, then these 9).
        int back = -(256 * 6 + 9);
        sb.append("48ffcb0f85").append(String.format("%02x%02x%02x%02x", back & 0xff, back >> 8 & 0xff,
                back >> 16 & 0xff, back >>> 24));
        return sb.toString();
    }

    /** The vDSO function the loop calls through R12, or null if it makes the syscall itself. */
    public String vdsoSymbol() {
        return vdsoSymbol;
    }

    /** The machine code, exit included (a copy). */
    public byte[] code() {
        return code.clone();
    }
}
