package dev.ring3.interp;

/**
 * Opcode-table rows for system instructions: SYSCALL, CPUID, RDTSC/RDTSCP, traps (UD2, INT3,
 * INT n, HLT and the other privileged instructions), fences and CLFLUSH, PAUSE, and the multi-byte and hint NOPs. Semantics in
 * {@link SystemOps}; the x87 control instructions live with the rest of the x87 in {@link X87Rows}.
 * XGETBV is deliberately absent (#UD): CPUID does not advertise OSXSAVE.
 */
final class SystemRows {
    private SystemRows() {}

    static void register(OpcodeTable.Builder b) {
        b.row("0F 05", "syscall", SystemOps::syscall).reads(Flags.OSZAPC).ends();
        b.row("0F A2", "cpuid", SystemOps::cpuid);
        b.row("0F 31", "rdtsc", SystemOps::rdtsc);
        b.row("0F 01 F9", "rdtscp", SystemOps::rdtscp);

        b.row("0F 0B", "ud2", SystemOps::ud2).ends();
        b.row("CC", "int3", SystemOps::int3).ends();
        b.row("CD", "int Ib", SystemOps::intIb).ends();
        b.row("F4", "hlt", SystemOps::hlt).ends();
        // Privileged at CPL 3 (and I/O without IOPL or an I/O bitmap, which Linux never grants
        // here): #GP, which Linux delivers as SIGSEGV with si_code SI_KERNEL and address 0.
        for (String[] r : new String[][] {{"FA", "cli"}, {"FB", "sti"}, {"0F 06", "clts"}, {"0F 08", "invd"},
            {"0F 09", "wbinvd"}, {"F3 0F 09", "wbnoinvd"}, {"0F 30", "wrmsr"}, {"0F 32", "rdmsr"}, {"0F 33", "rdpmc"}, {"0F 01 F8", "swapgs"},
            {"E4", "in AL,Ib"}, {"E5", "in eAX,Ib"}, {"EC", "in AL,DX"}, {"ED", "in eAX,DX"},
            {"E6", "out Ib,AL"}, {"E7", "out Ib,eAX"}, {"EE", "out DX,AL"}, {"EF", "out DX,eAX"},
            {"6C", "ins Yb,DX"}, {"6D", "ins Yz,DX"}, {"6E", "outs DX,Xb"}, {"6F", "outs DX,Xz"},
            {"0F 07", "sysret"}, {"0F 35", "sysexit"}}) {
            b.row(r[0], r[1], SystemOps::privileged).ends();
        }

        // The hint space 0F 18-1F is NOP Ev for every ModRM (SDM Vol. 2 NOP, Table 4-12 "reserved
        // NOP"): it covers NOPL/NOPW, PREFETCHh, ENDBR64/32 and RDSSP on a CPU without CET.
        for (int op = 0x18; op <= 0x1F; op++) {
            b.row(String.format("0F %02X", op), "nop Ev", SystemOps::nopEv);
        }
        b.row("0F 18 /0 mem", "prefetchnta Mb", SystemOps::nopEv);
        b.row("0F 18 /1 mem", "prefetcht0 Mb", SystemOps::nopEv);
        b.row("0F 18 /2 mem", "prefetcht1 Mb", SystemOps::nopEv);
        b.row("0F 18 /3 mem", "prefetcht2 Mb", SystemOps::nopEv);
        b.row("F3 0F 1E FA", "endbr64", SystemOps::nopEv);
        b.row("F3 0F 1E FB", "endbr32", SystemOps::nopEv);
        // 0F 0D: PREFETCH/PREFETCHW. Intel CPUs execute it as a NOP since long before PRFCHW.
        b.row("0F 0D mem", "prefetchw Mb", SystemOps::nopEv);
        b.row("F3 90", "pause", SystemOps::pause);

        b.row("NP 0F AE /5 reg", "lfence", SystemOps::lfence);
        b.row("NP 0F AE /6 reg", "mfence", SystemOps::mfence);
        b.row("NP 0F AE /7 reg", "sfence", SystemOps::sfence);
        b.row("NP 0F AE /7 mem", "clflush Mb", SystemOps::clflushMb);
    }
}
