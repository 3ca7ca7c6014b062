package dev.ring3.interp;

import dev.ring3.semgen.Semantics;
import java.lang.invoke.VarHandle;
import java.security.SecureRandom;

/**
 * Semantics of the system-flavoured instructions a user-mode program meets: SYSCALL, CPUID,
 * RDTSC/RDTSCP, RDRAND/RDSEED, the traps (UD2, INT3, INT n, HLT), fences and cache hints, PAUSE
 * and the hint NOPs. (The x87 control instructions are in {@link X87Control}.)
 */
@Semantics(Exec.class)
public final class SystemOps {
    private SystemOps() {}

    /**
     * Ticks per second of ring3's TSC. RDTSC reads the host's monotonic clock (CLOCK_MONOTONIC,
     * {@link HostTsc}) at one tick per nanosecond: a plausible 1 GHz invariant TSC that never goes
     * backwards and is shared by all guest threads. The vDSO converts with this rate.
     */
    public static final long TSC_HZ = 1_000_000_000L;

    /** The current TSC value. */
    public static long tsc() {
        return HostTsc.nanos();
    }

    /**
     * 0F 05 SYSCALL: RCX = the next RIP, R11 = RFLAGS (RF is never set here), then the OS
     * personality runs the call (SDM Vol. 2 SYSCALL; the kernel's return restores RFLAGS from
     * R11, so the guest sees its flags unchanged). Ends the block: the handler may change RIP.
     */
    public static void syscall(Cpu c, Insn i) {
        c.r[Cpu.RCX] = c.rip;
        c.r[Cpu.R11] = Flags.rflags(c);
        boolean translated = c.translatedCode;
        c.translatedCode = false; // the kernel's writes to code (read(2) into it) are no restart
        try {
            c.os.syscall(c);
        } finally {
            c.translatedCode = translated;
        }
    }

    /** 0F A2 CPUID: leaf EAX, subleaf ECX; see {@link CpuFeatures}. Writes zero-extend to 64 bits. */
    public static void cpuid(Cpu c, Insn i) {
        if (c.cpuidFault) {
            throw new CpuException(CpuException.GP);
        }
        int leaf = (int) c.r[Cpu.RAX];
        int sub = (int) c.r[Cpu.RCX];
        c.r[Cpu.RAX] = CpuFeatures.cpuid(leaf, sub, CpuFeatures.EAX);
        c.r[Cpu.RBX] = CpuFeatures.cpuid(leaf, sub, CpuFeatures.EBX);
        c.r[Cpu.RCX] = CpuFeatures.cpuid(leaf, sub, CpuFeatures.ECX);
        c.r[Cpu.RDX] = CpuFeatures.cpuid(leaf, sub, CpuFeatures.EDX);
    }

    /** 0F 31 RDTSC: EDX:EAX = TSC (upper halves of RAX and RDX cleared). */
    public static void rdtsc(Cpu c, Insn i) {
        if (c.tscSigsegv) {
            throw tscFault();
        }
        long t = tsc();
        c.r[Cpu.RAX] = t & 0xFFFFFFFFL;
        c.r[Cpu.RDX] = t >>> 32;
    }

    /**
     * 0F 01 F9 RDTSCP: RDTSC plus ECX = IA32_TSC_AUX, which Linux sets to (node << 12) | cpu
     * ({@link Cpu#tscAux}, as getcpu reports).
     */
    public static void rdtscp(Cpu c, Insn i) {
        rdtsc(c, i);
        c.r[Cpu.RCX] = c.tscAux & 0xFFFFFFFFL;
    }

    /** The #GP of RDTSC and RDTSCP under PR_TSC_SIGSEGV ({@link Cpu#tscSigsegv}); translated code throws it too. */
    public static CpuException tscFault() {
        return new CpuException(CpuException.GP);
    }

    /** 0F 0B UD2. */
    public static void ud2(Cpu c, Insn i) {
        throw new CpuException(CpuException.UD);
    }

    /** CC INT3: #BP, which Linux delivers as SIGTRAP. */
    public static void int3(Cpu c, Insn i) {
        throw new CpuException(CpuException.BP);
    }

    /**
     * CD INT Ib: the IDT gates Linux gives user mode are INT 3, INT 4 and INT 0x80 (the 32-bit
     * system call, which the OS personality runs); any other vector is #GP, i.e. SIGSEGV, as on
     * Linux. Ends the block: the call may change RIP (a restart, execve, a signal).
     */
    public static void intIb(Cpu c, Insn i) {
        switch ((int) i.imm & 0xFF) {
            case 3: throw new CpuException(CpuException.BP);
            case 4: throw new CpuException(CpuException.OF);
            case 0x80: {
                boolean translated = c.translatedCode;
                c.translatedCode = false;
                try {
                    c.os.int80(c);
                } finally {
                    c.translatedCode = translated;
                }
                return;
            }
            default: // the error code names the IDT entry: vector << 3 | IDT
                throw new CpuException(CpuException.GP, (int) (i.imm & 0xFF) << 3 | 2);
        }
    }

    /** F1 INT1 (ICEBP): a debug trap, which Linux delivers as SIGTRAP with TRAP_BRKPT. */
    public static void int1(Cpu c, Insn i) {
        throw new CpuException(CpuException.DB, CpuException.TRAP_BRKPT);
    }

    /** F4 HLT: privileged, so #GP at CPL 3. */
    public static void hlt(Cpu c, Insn i) {
        throw new CpuException(CpuException.GP);
    }

    /** CLI, STI, IN, OUT, RDMSR, SWAPGS... at CPL 3: #GP(0), as on the host. */
    public static void privileged(Cpu c, Insn i) {
        throw new CpuException(CpuException.GP);
    }

    /** Multi-byte NOP and the hint space (0F 18-1F: PREFETCHh, ENDBR64, RDSSP without CET...). */
    public static void nopEv(Cpu c, Insn i) {
        // Nothing: a hint NOP's memory operand is never accessed.
    }

    /** F3 90 PAUSE: a spin-wait hint, passed on to the host. */
    public static void pause(Cpu c, Insn i) {
        Thread.onSpinWait();
    }

    /**
     * NP 0F AE /6 MFENCE. Guest threads are host threads, so guest fences become JVM fences:
     * MFENCE a full fence, LFENCE a load-load fence, SFENCE a store-store fence.
     */
    public static void mfence(Cpu c, Insn i) {
        VarHandle.fullFence();
    }

    /** NP 0F AE /5 LFENCE. */
    public static void lfence(Cpu c, Insn i) {
        VarHandle.loadLoadFence();
    }

    /** NP 0F AE /7 (register form) SFENCE. */
    public static void sfence(Cpu c, Insn i) {
        VarHandle.storeStoreFence();
    }

    /**
     * NP 0F AE /7 (memory form) CLFLUSH: no cache to flush, but it faults as a byte load would
     * (SDM Vol. 2 CLFLUSH), so the byte is read.
     */
    public static void clflushMb(Cpu c, Insn i) {
        c.mem.read8(Operands.ea(c, i));
    }

    /** 66 0F AE /7 (memory form) CLFLUSHOPT: as CLFLUSH, whose ordering rules need nothing here. */
    public static void clflushoptMb(Cpu c, Insn i) {
        clflushMb(c, i);
    }

    /**
     * 66 0F AE /6 (memory form) CLWB: writes a cache line back, which leaves nothing to do here;
     * it faults as a byte load would, as on the host (a read-only page is fine, PROT_NONE is not).
     */
    public static void clwbMb(Cpu c, Insn i) {
        clflushMb(c, i);
    }

    /** The host's secure random source, made on first use (RDRAND/RDSEED). */
    private static final class Entropy {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    /**
     * NFx 0F C7 /6 RDRAND Rv and /7 RDSEED Rv: random bits from {@link SecureRandom}, which never
     * runs dry, so CF = 1 (valid data) and OF SF ZF AF PF = 0 every time (SDM Vol. 2 RDRAND).
     */
    public static void rdrandRv(Cpu c, Insn i) {
        Operands.setReg(c, i.rm, i.opsize, Entropy.SOURCE.nextLong());
        Flags.setEager(c, Flags.CF);
    }
}
