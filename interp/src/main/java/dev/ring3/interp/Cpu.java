package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;
import java.util.Arrays;

/**
 * The architectural state of one guest thread: general registers, RIP, lazy flags, FS/GS bases,
 * SSE registers and MXCSR, and the x87 unit. Plain fields so the interpreter and generated code reach them directly
 * (DESIGN.md decision 2); GPRs are an array indexed by the x86 register number (0 RAX, 1 RCX,
 * 2 RDX, 3 RBX, 4 RSP, 5 RBP, 6 RSI, 7 RDI, 8..15 R8..R15) because decoded instructions name them
 * by number.
 */
public final class Cpu {
    public static final int RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7;
    public static final int R8 = 8, R9 = 9, R10 = 10, R11 = 11, R12 = 12, R13 = 13, R14 = 14, R15 = 15;

    /** General-purpose registers by encoding number. */
    public final long[] r = new long[16];
    /** Address of the next instruction to execute (set before each instruction's semantics run). */
    public long rip;

    // ---- lazy flags (see Flags): the last flag-setting operation, materialised when read -----
    /** Operation kind, one of Flags.OP_*. */
    public int ccOp;
    /** Operand size in bytes of that operation (1, 2, 4, 8). */
    public int ccSize;
    /** Result, first operand, second operand, and an extra (carry-in, old CF, shift count...). */
    public long ccRes, ccA, ccB, ccC;
    /** RFLAGS bits that are not lazy (DF, IF, TF, AC, ID, ...) and, when ccOp is EAGER, all of them. */
    public long rflags = 0x202;

    public long fsBase, gsBase;
    /**
     * The segment selectors by ModRM.reg number (ES, CS, SS, DS, FS, GS), as MOV Sw, POP FS/GS and
     * LFS/LGS/LSS last loaded them; Linux starts a process with CS 0x33, SS 0x2B and the rest null.
     */
    public final int[] sreg = new int[6];

    /** XMM0..15 as (low, high) 64-bit halves: xmm[2*n] is bits 0..63 of XMMn, xmm[2*n+1] bits 64..127. */
    public final long[] xmm = new long[32];
    /** MXCSR; 0x1F80 is the power-on value (all exceptions masked, round to nearest). */
    public int mxcsr = 0x1F80;
    /** x87 control word (SDM Vol. 1 §8.1.5): exception masks, precision (PC) and rounding (RC) control. */
    public int fpuControl = 0x037F;
    /** x87 status word, TOP (bits 13..11) included: ST(i) is physical register (TOP + i) mod 8. */
    public int fpuStatus;
    /**
     * x87 tag word by physical register, two bits each: 11 empty, 00 in use. The finer valid/zero/
     * special tags that FNSTENV and FNSAVE store are computed from the contents when stored.
     */
    public int fpuTag = 0xFFFF;
    /** x87 data registers R0..R7 by physical number: 64-bit significand with its explicit integer bit. */
    public final long[] fpuMan = new long[8];
    /** Sign (bit 15) and biased exponent (bits 14..0) of R0..R7. */
    public final int[] fpuSe = new int[8];
    /** Last x87 instruction's address, its memory operand's offset, and its opcode (FOP, 11 bits). */
    public long fpuIp, fpuDp;
    public int fpuOp;
    /**
     * The selectors stored beside FIP and FDP (FCS, FDS): CS and the operand's default segment of
     * the last x87 instruction, or what FXRSTOR (32-bit format), FLDENV or FRSTOR loaded.
     */
    public int fpuCs, fpuDs;
    /**
     * On an Intel host ({@link UndefinedFlags}) FOP and FDP change only when an instruction raises
     * an unmasked x87 exception: the current instruction's values wait here until then.
     */
    long fpuDpNext;
    int fpuOpNext, fpuDsNext;
    /** Where x87 arithmetic leaves each result, so that it allocates nothing. */
    public final Float80 fpuAcc = new Float80();

    /** The address space this thread runs in. */
    public AddressSpace mem;
    /** Where the SYSCALL instruction goes: the Linux personality. */
    public SystemCallHandler os;
    /** Scratch lanes for semantics that need temporaries without allocating (e.g. 128-bit operands). */
    public final long[] scratch = new long[8];
    /** Guest instructions retired, for profiles and the scheduler's budget. */
    public long instructions;
    /**
     * Set by another thread (exit_group, a signal from another thread or process) to make this one
     * leave guest code promptly: engines check it at block boundaries and then call
     * {@link SystemCallHandler#attention}, which clears it. Volatile: a plain load on x86-64.
     */
    public volatile boolean attention;

    /**
     * True only while an instruction is stepped with RFLAGS.AC set: the 128-bit, x87 environment
     * and string paths then check their operand's alignment ({@link AlignmentCheck}).
     */
    public boolean alignCheck;
    /**
     * IA32_TSC_AUX as Linux keeps it for the CPU this thread runs on, (node << 12) | cpu, which
     * RDTSCP, RDPID, the vDSO's getcpu and LSL of the CPU-number segment read: ring3 reports the
     * lowest CPU of the thread's affinity mask (CPU 0 until the guest pins it elsewhere) on node 0.
     */
    public int tscAux;
    /**
     * prctl(PR_SET_TSC, PR_TSC_SIGSEGV): RDTSC and RDTSCP raise #GP (SIGSEGV, SI_KERNEL, address
     * 0) at the instruction, as with CR4.TSD set for the thread. Inherited by clone and fork, kept
     * by execve (the kernel's TIF_NOTSC).
     */
    public boolean tscSigsegv;
    /**
     * arch_prctl(ARCH_SET_CPUID, 0): CPUID raises #GP, where the host CPU has CPUID faulting.
     * Inherited by clone and fork, cleared by execve (TIF_NOCPUID, arch_setup_new_exec).
     */
    public boolean cpuidFault;
    /**
     * True while translated code runs on this thread (the JIT's dispatcher sets it around a
     * translation, system calls clear it meanwhile): a store that would write decoded code then
     * raises {@link CodeWriteRestart} before it lands, and the instruction runs again in the
     * interpreter, which lets the written code take effect right after it.
     */
    public boolean translatedCode;

    public Cpu(AddressSpace mem) {
        this.mem = mem;
        resetSegments();
    }

    /** The segment state of a new Linux process: CS 0x33, SS 0x2B, the other selectors null, no FS/GS base. */
    public void resetSegments() {
        Arrays.fill(sreg, 0);
        sreg[Moves.SREG_CS] = Moves.USER_CS;
        sreg[Moves.SREG_SS] = Moves.USER_DS;
        fsBase = 0;
        gsBase = 0;
    }

    /** A copy for fork/clone: same registers, another address space. */
    public Cpu copy(AddressSpace newMem) {
        Cpu c = new Cpu(newMem);
        System.arraycopy(r, 0, c.r, 0, 16);
        System.arraycopy(xmm, 0, c.xmm, 0, 32);
        c.rip = rip;
        c.ccOp = ccOp; c.ccSize = ccSize; c.ccRes = ccRes; c.ccA = ccA; c.ccB = ccB; c.ccC = ccC;
        c.rflags = rflags;
        c.tscAux = tscAux;
        c.tscSigsegv = tscSigsegv;
        c.cpuidFault = cpuidFault;
        c.fsBase = fsBase; c.gsBase = gsBase;
        System.arraycopy(sreg, 0, c.sreg, 0, sreg.length);
        c.mxcsr = mxcsr; c.fpuControl = fpuControl; c.fpuStatus = fpuStatus; c.fpuTag = fpuTag;
        System.arraycopy(fpuMan, 0, c.fpuMan, 0, 8);
        System.arraycopy(fpuSe, 0, c.fpuSe, 0, 8);
        c.fpuIp = fpuIp; c.fpuDp = fpuDp; c.fpuOp = fpuOp; c.fpuCs = fpuCs; c.fpuDs = fpuDs;
        c.fpuDpNext = fpuDpNext; c.fpuOpNext = fpuOpNext; c.fpuDsNext = fpuDsNext;
        c.os = os;
        return c;
    }
}
