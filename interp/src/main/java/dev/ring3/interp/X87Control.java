package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;

import dev.ring3.semgen.Semantics;

/**
 * x87 control instructions (SDM Vol. 2 FNSTCW, FLDCW, FNSTSW, FNINIT, FNCLEX, FWAIT, FNOP, FFREE,
 * FINCSTP, FDECSTP, FNSTENV, FLDENV, FNSAVE, FRSTOR). The environment images use the 32-bit
 * protected-mode layout of SDM Vol. 1 Figure 8-9, which is what 64-bit code gets: as on the host
 * (an AMD EPYC), the reserved upper halves read 0xFFFF and FCS and FDS are the selectors the CPU
 * keeps beside FIP and FDP ({@link Cpu#fpuCs}).
 */
@Semantics(Exec.class)
final class X87Control {
    private X87Control() {}

    /**
     * Size of the FNSTENV image, 32-bit and 16-bit layouts (FNSAVE's adds eight 10-byte registers).
     */
    static final int ENV_SIZE = 28, ENV16_SIZE = 14;

    /** D9 /7 FNSTCW m2byte. */
    static void fnstcwMw(Cpu c, Insn i) {
        Operands.store(c, Operands.ea(c, i), 2, c.fpuControl);
    }

    /** D9 /5 FLDCW m2byte: unmasking a pending exception makes it pending for #MF (ES set). */
    static void fldcwMw(Cpu c, Insn i) {
        c.fpuControl = (int) Operands.load(c, Operands.ea(c, i), 2) & 0x1F7F | 0x40;
        X87.recomputeSummary(c);
    }

    /** DF E0 FNSTSW AX. */
    static void fnstswAX(Cpu c, Insn i) {
        Operands.setReg(c, Cpu.RAX, 2, c.fpuStatus);
    }

    /** DD /7 FNSTSW m2byte. */
    static void fnstswMw(Cpu c, Insn i) {
        Operands.store(c, Operands.ea(c, i), 2, c.fpuStatus);
    }

    /** DB E3 FNINIT: control 0x37F, status 0, all registers empty, pointers cleared. */
    static void fninit(Cpu c, Insn i) {
        init(c);
    }

    /** FNINIT's state: also what a signal handler starts with ({@link SseState#reset}). */
    static void init(Cpu c) {
        c.fpuControl = 0x037F;
        c.fpuStatus = 0;
        c.fpuTag = 0xFFFF;
        c.fpuIp = 0;
        c.fpuDp = 0;
        c.fpuOp = 0;
        c.fpuCs = 0;
        c.fpuDs = 0;
    }

    /** DB E2 FNCLEX: clears the exception flags, SF, ES and B. */
    static void fnclex(Cpu c, Insn i) {
        c.fpuStatus &= ~(0x3F | X87.SF | X87.ES | X87.B);
    }

    /** 9B FWAIT: raises a pending unmasked x87 exception as #MF. */
    static void fwait(Cpu c, Insn i) {
        if ((c.fpuStatus & X87.ES) != 0) {
            throw new CpuException(CpuException.MF);
        }
    }

    /** D9 /5 FLDCW as a waiting instruction: a pending unmasked exception is #MF first. */
    static void fwaitFldcwMw(Cpu c, Insn i) {
        fwait(c, i);
        fldcwMw(c, i);
    }

    /** DD /4 FRSTOR as a waiting instruction: a pending unmasked exception is #MF first. */
    static void fwaitFrstor(Cpu c, Insn i) {
        fwait(c, i);
        frstor(c, i);
    }

    /** D9 D0 FNOP. */
    static void fnop(Cpu c, Insn i) {
        // Waits, and records FIP/FOP (done by the row's framing).
    }

    /**
     * DB E0/E1/E4, the 8087's FNENI/FNDISI and the 287's FNSETPM: no-ops since the 387 that do not
     * wait (no #MF with an exception pending) and do not record FIP or FOP, as on the host.
     */
    static void fnsetpm(Cpu c, Insn i) {
        // Nothing.
    }

    /** DD C0+i FFREE ST(i). */
    static void ffree(Cpu c, Insn i) {
        X87.free(c, X87.st(c, i.modrm & 7));
        c.fpuStatus &= ~X87.C1;   // the host clears C1 (the SDM leaves C0..C3 undefined)
    }

    /** DF C0+i FFREEP ST(i): undocumented (AMD and Intel both run it): free, then pop. */
    static void ffreep(Cpu c, Insn i) {
        X87.free(c, X87.st(c, i.modrm & 7));
        c.fpuStatus &= ~X87.C1;
        X87.pop(c);
    }

    /** D9 F7 FINCSTP: TOP + 1 without freeing anything; C1 cleared. */
    static void fincstp(Cpu c, Insn i) {
        X87.setTop(c, X87.top(c) + 1);
        c.fpuStatus &= ~X87.C1;
    }

    /** D9 F6 FDECSTP. */
    static void fdecstp(Cpu c, Insn i) {
        X87.setTop(c, X87.top(c) - 1);
        c.fpuStatus &= ~X87.C1;
    }

    // ---- environment -------------------------------------------------------------------------------

    /** The environment's size: 28 bytes, or 14 in the 16-bit layout a 0x66 prefix selects. */
    private static int envSize(Insn i) {
        return i.opsize == 2 ? ENV16_SIZE : ENV_SIZE;
    }

    /** The bytes of an image's first field (its control word's slot): the host probes them first. */
    private static int firstField(Insn i) {
        return i.opsize == 2 ? 2 : 4;
    }

    private static void storeEnv(Cpu c, AddressSpace m, long a, Insn i) {
        if (i.opsize == 2) {
            // 16-bit protected-mode layout (SDM Vol. 1 Figure 8-10): offsets cut to 16 bits, no FOP.
            m.write16(a, (short) c.fpuControl);
            m.write16(a + 2, (short) c.fpuStatus);
            m.write16(a + 4, (short) X87.fullTag(c));
            m.write16(a + 6, (short) c.fpuIp);
            m.write16(a + 8, (short) c.fpuCs);
            m.write16(a + 10, (short) c.fpuDp);
            m.write16(a + 12, (short) c.fpuDs);
            return;
        }
        m.write32(a, 0xFFFF_0000 | c.fpuControl);
        m.write32(a + 4, 0xFFFF_0000 | c.fpuStatus);
        m.write32(a + 8, 0xFFFF_0000 | X87.fullTag(c));
        m.write32(a + 12, (int) c.fpuIp);
        m.write32(a + 16, c.fpuCs & 0xFFFF | (c.fpuOp & 0x7FF) << 16);
        m.write32(a + 20, (int) c.fpuDp);
        m.write32(a + 24, 0xFFFF_0000 | c.fpuDs & 0xFFFF);
    }

    private static void loadEnv(Cpu c, AddressSpace m, long a, Insn i) {
        boolean small = i.opsize == 2;
        int cw = m.read16(a) & 0xFFFF;
        int sw = m.read16(a + (small ? 2 : 4)) & 0xFFFF;
        int tw = m.read16(a + (small ? 4 : 8)) & 0xFFFF;
        long ip = small ? m.read16(a + 6) & 0xFFFFL : m.read32(a + 12) & 0xFFFF_FFFFL;
        int cs = m.read16(a + (small ? 8 : 16)) & 0xFFFF;
        int op = small ? 0 : (m.read32(a + 16) >>> 16) & 0x7FF; // the 16-bit layout has no FOP: the host clears it
        long dp = small ? m.read16(a + 10) & 0xFFFFL : m.read32(a + 20) & 0xFFFF_FFFFL;
        int ds = m.read16(a + (small ? 12 : 24)) & 0xFFFF;
        c.fpuControl = cw & 0x1F7F | 0x40;
        c.fpuStatus = sw;
        X87.loadTag(c, tw);
        c.fpuIp = ip;
        c.fpuCs = cs;
        c.fpuOp = op;
        c.fpuDp = dp;
        c.fpuDs = ds;
        X87.recomputeSummary(c);
    }

    /** D9 /6 FNSTENV m28byte: stores the environment, then masks all exceptions. */
    static void fnstenv(Cpu c, Insn i) {
        long a = Operands.ea(c, i);
        Operands.probeImage(c, a, envSize(i), firstField(i), true);     // fault before writing anything
        storeEnv(c, AlignmentCheck.whole(c, a, 4), a, i);
        c.fpuControl |= 0x3F;
        X87.recomputeSummary(c);   // all masked now: ES and B clear, as on the host
    }

    /** D9 /4 FLDENV m28byte. */
    static void fldenv(Cpu c, Insn i) {
        long a = Operands.ea(c, i);
        Operands.probeImage(c, a, envSize(i), firstField(i), false);
        loadEnv(c, AlignmentCheck.whole(c, a, 4), a, i);
    }

    /** DD /6 FNSAVE m108byte: environment and ST(0)..ST(7), then FNINIT. */
    static void fnsave(Cpu c, Insn i) {
        long a = Operands.ea(c, i);
        int env = envSize(i);
        Operands.probeImage(c, a, env + 80, firstField(i), true);
        AddressSpace m = AlignmentCheck.whole(c, a, 4);
        storeEnv(c, m, a, i);
        for (int k = 0; k < 8; k++) {
            int p = X87.st(c, k);
            m.write64(a + env + 10L * k, c.fpuMan[p]);
            m.write16(a + env + 10L * k + 8, (short) c.fpuSe[p]);
        }
        fninit(c, i);
    }

    /** DD /4 FRSTOR m108byte. */
    static void frstor(Cpu c, Insn i) {
        long a = Operands.ea(c, i);
        int env = envSize(i);
        Operands.probeImage(c, a, env + 80, firstField(i), false);
        AddressSpace m = AlignmentCheck.whole(c, a, 4);
        int sw = m.read16(a + (env == ENV_SIZE ? 4 : 2)) & 0xFFFF;
        int top = (sw >>> 11) & 7;
        for (int k = 0; k < 8; k++) {
            int p = (top + k) & 7;
            c.fpuMan[p] = m.read64(a + env + 10L * k);
            c.fpuSe[p] = m.read16(a + env + 10L * k + 8) & 0xFFFF;
        }
        loadEnv(c, m, a, i);
    }
}
