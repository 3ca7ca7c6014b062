package dev.ring3.interp;

/**
 * Opcode-table rows for system instructions: SYSCALL, CPUID, RDTSC/RDTSCP, traps (UD2, INT3,
 * INT n, HLT and the other privileged instructions), fences and CLFLUSH, PAUSE, the multi-byte and hint NOPs,
 * and the segment and descriptor-table instructions. Semantics in {@link SystemOps} and {@link Descriptors}; the x87 control instructions live with the rest of the x87 in {@link X87Rows}.
 * XGETBV is deliberately absent (#UD): CPUID does not advertise OSXSAVE.
 */
final class SystemRows {
    private SystemRows() {}

    static void register(OpcodeTable.Builder b) {
        b.row("0F 05", "syscall", SystemOpsSem.syscall).reads(Flags.OSZAPC).ends();
        b.row("0F A2", "cpuid", SystemOpsSem.cpuid);
        b.row("0F 31", "rdtsc", SystemOpsSem.rdtsc);
        b.row("0F 01 F9", "rdtscp", SystemOpsSem.rdtscp);

        b.row("0F 0B", "ud2", SystemOpsSem.ud2).ends();
        b.row("CC", "int3", SystemOpsSem.int3).ends();
        b.row("CD", "int Ib", SystemOpsSem.intIb).reads(Flags.OSZAPC).ends(); // INT 0x80 may fork or take a signal frame
        b.row("F1", "int1", SystemOpsSem.int1).ends();
        b.row("F4", "hlt", SystemOpsSem.hlt).ends();
        // Privileged at CPL 3 (and I/O without IOPL or an I/O bitmap, which Linux never grants
        // here): #GP, which Linux delivers as SIGSEGV with si_code SI_KERNEL and address 0.
        for (String[] r : new String[][] {{"FA", "cli"}, {"FB", "sti"}, {"0F 06", "clts"}, {"0F 08", "invd"},
            {"0F 09", "wbinvd"}, {"F3 0F 09", "wbnoinvd"}, {"0F 30", "wrmsr"}, {"0F 32", "rdmsr"}, {"0F 33", "rdpmc"}, {"0F 01 F8", "swapgs"},
            {"E4", "in AL,Ib"}, {"E5", "in eAX,Ib"}, {"EC", "in AL,DX"}, {"ED", "in eAX,DX"},
            {"E6", "out Ib,AL"}, {"E7", "out Ib,eAX"}, {"EE", "out DX,AL"}, {"EF", "out DX,eAX"},
            {"6C", "ins Yb,DX"}, {"6D", "ins Yz,DX"}, {"6E", "outs DX,Xb"}, {"6F", "outs DX,Xz"},
            {"0F 07", "sysret"}, {"0F 35", "sysexit"}, {"0F 00 /2", "lldt Ew"}, {"0F 00 /3", "ltr Ew"},
            {"0F 01 /2 mem", "lgdt Ms"}, {"0F 01 /3 mem", "lidt Ms"}, {"0F 01 /6", "lmsw Ew"},
            {"0F 01 /7 mem", "invlpg Mb"}, {"66 0F 38 82 mem", "invpcid Gq,Mdq"}}) {
            b.row(r[0], r[1], SystemOpsSem.privileged).ends();
        }

        // The hint space 0F 18-1F is NOP Ev for every ModRM (SDM Vol. 2 NOP, Table 4-12 "reserved
        // NOP"): it covers NOPL/NOPW, PREFETCHh, ENDBR64/32 and RDSSP on a CPU without CET.
        for (int op = 0x18; op <= 0x1F; op++) {
            b.row(String.format("0F %02X", op), "nop Ev", SystemOpsSem.nopEv);
        }
        b.row("0F 18 /0 mem", "prefetchnta Mb", SystemOpsSem.nopEv);
        b.row("0F 18 /1 mem", "prefetcht0 Mb", SystemOpsSem.nopEv);
        b.row("0F 18 /2 mem", "prefetcht1 Mb", SystemOpsSem.nopEv);
        b.row("0F 18 /3 mem", "prefetcht2 Mb", SystemOpsSem.nopEv);
        b.row("F3 0F 1E FA", "endbr64", SystemOpsSem.nopEv);
        b.row("F3 0F 1E FB", "endbr32", SystemOpsSem.nopEv);
        // 0F 0D: PREFETCH/PREFETCHW. Intel CPUs execute it as a NOP since long before PRFCHW.
        b.row("0F 0D mem", "prefetchw Mb", SystemOpsSem.nopEv);
        b.row("F3 90", "pause", SystemOpsSem.pause);

        // Segment and descriptor-table instructions (Descriptors): what Linux shows user code.
        // LAR and LSL read a 16-bit selector; objdump names a register source by G's size.
        b.row("0F 02", "lar Gv,Ev", DescriptorsSem.larGvEv).writes(Flags.ZF);
        b.row("0F 03", "lsl Gv,Ev", DescriptorsSem.lslGvEv).writes(Flags.ZF);
        b.row("0F 00 /4", "verr Ew", DescriptorsSem.verrEw).writes(Flags.ZF);
        // AMD Zen 1-4 take LOCK on VERW with a memory operand (not on VERR, LAR or LSL); Zen 5
        // raises #UD for it, as for any LOCK that is not on a read-modify-write.
        Op verw = b.row("0F 00 /5", "verw Ew", DescriptorsSem.verwEw).writes(Flags.ZF);
        if (!UndefinedFlags.ZEN5) {
            verw.lock();
        }
        b.row("0F 00 /0 reg", "sldt Rv", DescriptorsSem.sldtEv);
        b.row("0F 00 /0 mem", "sldt Mw", DescriptorsSem.sldtEv);
        b.row("0F 00 /1 reg", "str Rv", DescriptorsSem.strEv);
        b.row("0F 00 /1 mem", "str Mw", DescriptorsSem.strEv);
        b.row("0F 01 /0 mem", "sgdt Ms", DescriptorsSem.sgdtMs);
        b.row("0F 01 /1 mem", "sidt Ms", DescriptorsSem.sidtMs);
        b.row("0F 01 /4 reg", "smsw Rv", DescriptorsSem.smswEv);
        b.row("0F 01 /4 mem", "smsw Mw", DescriptorsSem.smswEv);
        b.row("0F 20", "mov Rq,Cq", DescriptorsSem.movCr).ends();
        b.row("0F 21", "mov Rq,Dq", DescriptorsSem.movDr).ends();
        b.row("0F 22", "mov Cq,Rq", DescriptorsSem.movCr).ends();
        b.row("0F 23", "mov Dq,Rq", DescriptorsSem.movDr).ends();
        b.row("F3 0F AE /0 reg", "rdfsbase Ry", DescriptorsSem.rdfsbaseRy);
        b.row("F3 0F AE /1 reg", "rdgsbase Ry", DescriptorsSem.rdgsbaseRy);
        b.row("F3 0F AE /2 reg", "wrfsbase Ry", DescriptorsSem.wrfsbaseRy);
        b.row("F3 0F AE /3 reg", "wrgsbase Ry", DescriptorsSem.wrgsbaseRy);
        b.row("F3 0F C7 /7 reg", "rdpid Rq", DescriptorsSem.rdpidRq);

        b.row("NP 0F AE /5 reg", "lfence", SystemOpsSem.lfence);
        b.row("NP 0F AE /6 reg", "mfence", SystemOpsSem.mfence);
        b.row("NP 0F AE /7 reg", "sfence", SystemOpsSem.sfence);
        b.row("NP 0F AE /7 mem", "clflush Mb", SystemOpsSem.clflushMb);
    }
}
