package dev.ring3.interp;

import dev.ring3.mmu.Access;
import dev.ring3.mmu.GuestFault;
import dev.ring3.semgen.Semantics;

/**
 * The segment state a user-mode program can observe under Linux on the host (an AMD EPYC with
 * UMIP and FSGSBASE enabled), all checked there: the GDT entries LAR, LSL, VERR and VERW test, what
 * SMSW, SGDT, SIDT, SLDT and STR return under the kernel's UMIP emulation, the FS/GS base
 * instructions, RDPID, and the control and debug register moves, which are #GP at CPL 3.
 */
@Semantics(Exec.class)
public final class Descriptors {
    private Descriptors() {}

    /**
     * The GDT entries with DPL 3 (arch/x86/include/asm/segment.h): index, LAR's access-rights
     * dword, LSL's limit (-1 for the page-granular 4 GiB ones), readable, writable. Entry 15 is the
     * CPU-number segment whose limit is (node << 12) | cpu, the thread's {@link Cpu#tscAux} (its
     * limit here is a placeholder), as getcpu and RDPID report. Every other index, the null selector and the LDT (TI = 1, empty)
     * fail the tests (ZF = 0); the kernel's entries fail them on DPL.
     */
    private static final long[][] USER_GDT = {
        {4, 0x00CFFB00L, 0xFFFFFFFFL, 1, 0},     // __USER32_CS
        {5, 0x00CFF300L, 0xFFFFFFFFL, 1, 1},     // __USER_DS
        {6, 0x00AFFB00L, 0xFFFFFFFFL, 1, 0},     // __USER_CS
        {15, 0x0040F500L, 0, 1, 0},      // GDT_ENTRY_CPUNODE
    };

    /** Linux's dummy values under UMIP (arch/x86/kernel/umip.c): CR0, the GDT and IDT bases, TR. */
    static final long UMIP_CR0 = 0x80050033L, UMIP_GDT_BASE = 0xFFFFFFFFFFFE0000L,
            UMIP_IDT_BASE = 0xFFFFFFFFFFFF0000L, UMIP_TR = 0x40;

    /** The descriptor {@code sel} names, if user code may see it, else null. */
    private static long[] descriptor(int sel) {
        if ((sel & 4) != 0) {
            return null;
        }
        for (long[] d : USER_GDT) {
            if (d[0] == sel >> 3) {
                return d;
            }
        }
        return null;
    }

    /** Sets ZF as {@code ok} says and keeps the other arithmetic flags. */
    private static void zf(Cpu c, boolean ok) {
        Flags.setEager(c, Flags.oszapc(c) & ~Flags.ZF | (ok ? Flags.ZF : 0));
    }

    /**
     * 0F 02 LAR Gv,Ev (a 16-bit selector): the access-rights dword (type, S, DPL, P, AVL, L, D/B, G; 0x00FxFF00), 16
     * bits with 0x66, zero-extended otherwise. A selector that fails leaves G untouched, bits
     * 63..32 included.
     */
    public static void larGvEv(Cpu c, Insn i) {
        long[] d = descriptor((int) Operands.getE(c, i, 2));
        if (d != null) {
            Operands.setG(c, i, d[1]);
        }
        zf(c, d != null);
    }

    /** 0F 03 LSL Gv,Ev: the byte-granular segment limit, as LAR. */
    public static void lslGvEv(Cpu c, Insn i) {
        long[] d = descriptor((int) Operands.getE(c, i, 2));
        if (d != null) {
            Operands.setG(c, i, d[0] == 15 ? c.tscAux & 0xFFFFFFFFL : d[2]);
        }
        zf(c, d != null);
    }

    /** 0F 00 /4 VERR Ew: ZF = 1 if the segment is readable at CPL 3 (every user entry). */
    public static void verrEw(Cpu c, Insn i) {
        long[] d = descriptor((int) Operands.getE(c, i, 2));
        zf(c, d != null && d[3] != 0);
    }

    /** 0F 00 /5 VERW Ew: ZF = 1 if the segment is writable at CPL 3 (only __USER_DS). */
    public static void verwEw(Cpu c, Insn i) {
        long[] d = descriptor((int) Operands.getE(c, i, 2));
        zf(c, d != null && d[4] != 0);
    }

    /** 0F 01 /4 SMSW Ev: CR0's low bits as Linux's UMIP emulation fakes them. */
    public static void smswEv(Cpu c, Insn i) {
        umipStore(c, i, UMIP_CR0);
    }

    /** 0F 00 /0 SLDT Ev: no LDT, selector 0. */
    public static void sldtEv(Cpu c, Insn i) {
        umipStore(c, i, 0);
    }

    /** 0F 00 /1 STR Ev: the TSS selector Linux reports (GDT entry 8). */
    public static void strEv(Cpu c, Insn i) {
        umipStore(c, i, UMIP_TR);
    }

    /**
     * Stores a UMIP-emulated value as the kernel does (fixup_umip_exception): into a register, the
     * operand size's bytes with nothing zero-extended (a 32-bit destination keeps bits 63..32);
     * into memory, two bytes whatever the prefixes.
     */
    private static void umipStore(Cpu c, Insn i, long v) {
        requireKernelDecode(c, i);
        if (i.rm >= 0) {
            long m = Flags.mask(i.opsize);
            c.r[i.rm] = c.r[i.rm] & ~m | v & m;
        } else {
            umipCopy(c, Operands.ea(c, i), v, 0, 2);
        }
    }

    /** 0F 01 /0 SGDT Ms: limit 0 and Linux's dummy base (10 bytes in 64-bit mode). */
    public static void sgdtMs(Cpu c, Insn i) {
        requireKernelDecode(c, i);
        umipCopy(c, Operands.ea(c, i), 0, UMIP_GDT_BASE, 10);
    }

    /** 0F 01 /1 SIDT Ms: as SGDT, with the IDT's dummy base. */
    public static void sidtMs(Cpu c, Insn i) {
        requireKernelDecode(c, i);
        umipCopy(c, Operands.ea(c, i), 0, UMIP_IDT_BASE, 10);
    }

    /** The legacy prefixes as Linux's instruction decoder knows them. */
    private static final int[] LEGACY = {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65, 0x66, 0x67, 0xF0, 0xF2, 0xF3};

    private static int legacyIndex(int b) {
        for (int p = 0; p < LEGACY.length; p++) {
            if (LEGACY[p] == b) {
                return p;
            }
        }
        return -1;
    }

    /**
     * The UMIP emulation first decodes the instruction with Linux's decoder (arch/x86/lib/insn.c),
     * which takes at most four distinct legacy prefixes and then one REX right before the 0F
     * opcode byte. An encoding it reads otherwise (a REX before a legacy prefix, two REX bytes, a
     * fifth distinct prefix), or a memory operand with more than one segment override as it counts
     * them (insn_get_addr_ref; three distinct prefixes ending in a segment override count it
     * twice, so 67 66 3E fails where 67 66 F3 works), is not emulated: the hardware's #GP reaches the program (SIGSEGV), as
     * on the host.
     */
    private static void requireKernelDecode(Cpu c, Insn i) {
        // insn_get_prefixes: up to four distinct prefixes in order, the last one read moved to slot 3.
        int[] bytes = new int[4];
        int nb = 0;
        int last = 0;
        int k = 0;
        int b;
        while (true) {
            b = c.mem.read8(i.addr + k) & 0xFF;
            if (legacyIndex(b) < 0) {
                break;
            }
            boolean seen = false;
            for (int j = 0; j < nb; j++) {
                seen |= bytes[j] == b;
            }
            if (!seen) {
                if (nb == 4) {
                    break;
                }
                bytes[nb++] = b;
            }
            last = b;
            k++;
        }
        if (last != 0 && last != bytes[3]) {
            if (bytes[3] != 0) {
                for (int j = 0; j < nb; j++) {
                    if (bytes[j] == last) {
                        bytes[j] = bytes[3];
                    }
                }
            }
            bytes[3] = last;
        }
        if ((b & 0xF0) == 0x40) {
            b = c.mem.read8(i.addr + ++k) & 0xFF;
        }
        if (b != 0x0F) {
            throw new CpuException(CpuException.GP);
        }
        // get_seg_reg_override_idx counts segment overrides up to the first empty slot: with three
        // prefixes the last one sits in slots 2 and 3, so a segment override last counts twice.
        int segments = 0;
        for (int j = 0; j < 4 && bytes[j] != 0; j++) {
            segments += legacyIndex(bytes[j]) < 6 ? 1 : 0;
        }
        if (segments > 1 && i.rm < 0) {
            throw new CpuException(CpuException.GP); // insn_get_addr_ref refuses more than one
        }
    }

    /**
     * The kernel's copy_to_user of the emulated result (a 16-bit value, then a 64-bit base): byte
     * by byte, so a destination that runs into an inaccessible page keeps the bytes before it; then
     * SIGSEGV with SEGV_MAPERR at the operand's first byte, whatever failed (force_sig_fault in
     * umip.c), non-canonical addresses included.
     */
    private static void umipCopy(Cpu c, long a, long low, long base, int n) {
        try {
            for (int k = 0; k < n; k++) {
                long v = k < 2 ? low >>> (8 * k) : base >>> (8 * (k - 2));
                c.mem.write8(a + k, (byte) v);
            }
        } catch (GuestFault e) {
            throw new GuestFault(a, Access.WRITE, GuestFault.SEGV_MAPERR);
        }
    }

    /**
     * 0F 20-23 MOV to and from CR0, CR2, CR3, CR4, CR8 and DR0-DR7: #GP at CPL 3. The other
     * control registers and DR8-DR15 (REX.R) do not exist: #UD first, as on the host. ModRM.mod is
     * ignored (the operand is always a register). LOCK adds 8 to the register number (AMD's
     * alternative encoding of CR8, which the host has); on a debug register it is #UD.
     */
    public static void movCr(Cpu c, Insn i) {
        int n = (i.prefixes & Insn.P_LOCK) != 0 ? i.reg + 8 : i.reg;
        boolean exists = n == 0 || n == 2 || n == 3 || n == 4 || n == 8;
        throw new CpuException(exists ? CpuException.GP : CpuException.UD);
    }

    /** See {@link #movCr}. */
    public static void movDr(Cpu c, Insn i) {
        boolean exists = i.reg < 8 && (i.prefixes & Insn.P_LOCK) == 0;
        throw new CpuException(exists ? CpuException.GP : CpuException.UD);
    }

    /** F3 0F AE /0 RDFSBASE Ry: Linux sets CR4.FSGSBASE (AT_HWCAP2 says so). */
    public static void rdfsbaseRy(Cpu c, Insn i) {
        Operands.setReg(c, i.rm, i.opsize, c.fsBase);
    }

    /** F3 0F AE /1 RDGSBASE Ry. */
    public static void rdgsbaseRy(Cpu c, Insn i) {
        Operands.setReg(c, i.rm, i.opsize, c.gsBase);
    }

    /** F3 0F AE /2 WRFSBASE Ry: a 32-bit source is zero-extended; a non-canonical base is #GP. */
    public static void wrfsbaseRy(Cpu c, Insn i) {
        c.fsBase = canonicalBase(c, i);
    }

    /** F3 0F AE /3 WRGSBASE Ry. */
    public static void wrgsbaseRy(Cpu c, Insn i) {
        c.gsBase = canonicalBase(c, i);
    }

    private static long canonicalBase(Cpu c, Insn i) {
        long v = c.r[i.rm] & Flags.mask(i.opsize);
        if (v >> 47 != 0 && v >> 47 != -1) {
            throw new CpuException(CpuException.GP);
        }
        return v;
    }

    /** F3 0F C7 /7 RDPID Rq: IA32_TSC_AUX, (node << 12) | cpu as Linux sets it ({@link Cpu#tscAux}). */
    public static void rdpidRq(Cpu c, Insn i) {
        c.r[i.rm] = c.tscAux & 0xFFFFFFFFL;
    }
}
