package dev.ring3.syscalls;

import dev.ring3.interp.CpuFeatures;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Maps the main thread's stack and lays out argc, argv, envp and the auxiliary vector on it exactly
 * as Linux does (fs/exec.c copies the strings, fs/binfmt_elf.c create_elf_tables builds the
 * vectors), so that a program printing its stack addresses or walking past envp sees a native
 * layout, minus the randomisation.
 */
public final class InitialStack {
    /** Auxiliary vector keys (uapi/linux/auxvec.h, asm/auxvec.h). */
    public static final int AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6,
            AT_BASE = 7, AT_FLAGS = 8, AT_ENTRY = 9, AT_UID = 11, AT_EUID = 12, AT_GID = 13,
            AT_EGID = 14, AT_PLATFORM = 15, AT_HWCAP = 16, AT_CLKTCK = 17, AT_SECURE = 23,
            AT_RANDOM = 25, AT_HWCAP2 = 26, AT_EXECFN = 31, AT_SYSINFO_EHDR = 33, AT_MINSIGSTKSZ = 51;

    /** The main thread's stack size (RLIMIT_STACK's default), mapped in full up front. */
    public static final long STACK_SIZE = 8L << 20;
    /** Linux refuses argument+environment strings larger than a quarter of the stack limit (E2BIG). */
    static final long MAX_STRINGS = STACK_SIZE / 4;

    private InitialStack() {}

    /**
     * Maps "[stack]" below {@code layout().stackTop()} and writes the initial frame. Returns the
     * initial RSP (the address of argc, 16-byte aligned).
     */
    public static long build(AddressSpace mem, ElfLoader.Image image, List<String> argv, List<String> env,
            String execfn, byte[] random16, HostIdentity ids) throws ExecFailure {
        return build(mem, image, argv, env, execfn, random16, ids, 0);
    }

    /**
     * As {@link #build(AddressSpace, ElfLoader.Image, List, List, String, byte[], HostIdentity)},
     * announcing the vDSO image at {@code vdso} with AT_SYSINFO_EHDR (0: no vDSO, no entry).
     */
    public static long build(AddressSpace mem, ElfLoader.Image image, List<String> argv, List<String> env,
            String execfn, byte[] random16, HostIdentity ids, long vdso) throws ExecFailure {
        return place(mem, image, argv, env, execfn, random16, ids, vdso).sp();
    }

    /**
     * What {@link #place} left where: the initial stack pointer, the argument and environment
     * strings (mm->arg_start..arg_end, env_start..env_end: /proc/PID/cmdline and environ read them
     * live) and the auxiliary vector (the kernel's saved copy: /proc/PID/auxv).
     */
    public record Placed(long sp, long argStart, long argEnd, long envStart, long envEnd, long[] auxv) {}

    /** As {@link #build(AddressSpace, ElfLoader.Image, List, List, String, byte[], HostIdentity, long)}, saying where it put things. */
    public static Placed place(AddressSpace mem, ElfLoader.Image image, List<String> argv, List<String> env,
            String execfn, byte[] random16, HostIdentity ids, long vdso) throws ExecFailure {
        long top = mem.layout().stackTop();
        int prot = Prot.READ | Prot.WRITE | (image.execStack() ? Prot.EXEC : 0);
        mem.map(top - STACK_SIZE, STACK_SIZE, prot, "[stack]");

        byte[][] args = strings(argv);
        byte[][] envs = strings(env);
        byte[] fn = (execfn + "\0").getBytes(StandardCharsets.ISO_8859_1);
        long total = fn.length;
        for (byte[] b : args) {
            total += b.length + 8;
        }
        for (byte[] b : envs) {
            total += b.length + 8;
        }
        if (total > MAX_STRINGS) {
            throw new ExecFailure("Argument list too long", ExecFailure.CANNOT_EXECUTE);
        }

        // fs/exec.c: the word at the very top stays zero; below it execfn, the environment
        // strings, then the argument strings, each copied last to first.
        long p = top - 8;
        p -= fn.length;
        long execfnAddr = p;
        mem.poke(p, fn, 0, fn.length);
        long[] envAddr = new long[envs.length];
        for (int i = envs.length - 1; i >= 0; i--) {
            p -= envs[i].length;
            mem.poke(p, envs[i], 0, envs[i].length);
            envAddr[i] = p;
        }
        long[] argAddr = new long[args.length];
        for (int i = args.length - 1; i >= 0; i--) {
            p -= args[i].length;
            mem.poke(p, args[i], 0, args[i].length);
            argAddr[i] = p;
        }

        // create_elf_tables: align (no random offset), platform string, 16 random bytes.
        p &= ~15L;
        byte[] platform = "x86_64\0".getBytes(StandardCharsets.US_ASCII);
        p -= platform.length;
        long platformAddr = p;
        mem.poke(p, platform, 0, platform.length);
        p -= 16;
        long randomAddr = p;
        mem.poke(p, random16, 0, 16);

        long[] all = {
            // x86-64's ARCH_DLINFO comes first: AT_SYSINFO_EHDR (when there is a vDSO), AT_MINSIGSTKSZ.
            AT_SYSINFO_EHDR, vdso,
            AT_MINSIGSTKSZ, SignalFrame.MIN_SIGSTACK,
            AT_HWCAP, CpuFeatures.HWCAP,
            AT_PAGESZ, AddressSpace.PAGE_SIZE,
            AT_CLKTCK, 100,
            AT_PHDR, image.phdr(),
            AT_PHENT, ElfFile.PHDR_SIZE,
            AT_PHNUM, image.phnum(),
            AT_BASE, image.interpBase(),
            AT_FLAGS, 0,
            AT_ENTRY, image.programEntry(),
            AT_UID, ids.uid(),
            AT_EUID, ids.euid(),
            AT_GID, ids.gid(),
            AT_EGID, ids.egid(),
            AT_SECURE, 0,
            AT_RANDOM, randomAddr,
            AT_HWCAP2, CpuFeatures.HWCAP2,
            AT_EXECFN, execfnAddr,
            AT_PLATFORM, platformAddr,
            AT_NULL, 0,
        };
        long[] aux = vdso != 0 ? all : java.util.Arrays.copyOfRange(all, 2, all.length);
        int items = (args.length + 1) + (envs.length + 1) + 1;
        long sp = ((p - 8L * aux.length) - 8L * items) & ~15L;

        byte[] words = new byte[8 * (items + aux.length)];
        int w = 0;
        w = put(words, w, args.length);
        for (long a : argAddr) {
            w = put(words, w, a);
        }
        w = put(words, w, 0);
        for (long a : envAddr) {
            w = put(words, w, a);
        }
        w = put(words, w, 0);
        for (long a : aux) {
            w = put(words, w, a);
        }
        mem.poke(sp, words, 0, words.length);
        long argStart = args.length > 0 ? argAddr[0] : envs.length > 0 ? envAddr[0] : execfnAddr;
        long envStart = envs.length > 0 ? envAddr[0] : execfnAddr;
        return new Placed(sp, argStart, envStart, envStart, execfnAddr, aux);
    }

    /** Strings here are byte strings: one char per byte (ISO-8859-1), see Linux.Config#encoding. */
    private static byte[][] strings(List<String> list) {
        byte[][] r = new byte[list.size()][];
        for (int i = 0; i < r.length; i++) {
            r[i] = (list.get(i) + "\0").getBytes(StandardCharsets.ISO_8859_1);
        }
        return r;
    }

    private static int put(byte[] b, int off, long v) {
        for (int i = 0; i < 8; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
        return off + 8;
    }
}
