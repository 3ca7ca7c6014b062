package dev.ring3.difftest;

import dev.ring3.interp.Op;
import dev.ring3.interp.RowEncoding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which CPU feature a form needs beyond the x86-64 baseline (as /proc/cpuinfo names it), and
 * whether the host has it: a form the host cannot run is skipped with the reason, never passed.
 */
final class Features {
    private final Set<String> host;

    private Features(Set<String> host) {
        this.host = host;
    }

    /** The host's feature flags, from /proc/cpuinfo (none where it cannot be read). */
    static Features host() {
        Set<String> flags = new HashSet<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    for (String f : line.substring(line.indexOf(':') + 1).trim().split("\\s+")) {
                        flags.add(f);
                    }
                    break;
                }
            }
        } catch (IOException e) {
            // no cpuinfo: every form with a feature is skipped
        }
        if (!fsgsbaseEnabled()) {
            flags.remove("fsgsbase"); // the CPU has it, but the kernel has not set CR4.FSGSBASE
        }
        return new Features(flags);
    }

    /** AT_HWCAP2 has HWCAP2_FSGSBASE (bit 1): user code may run RDFSBASE and its kin (Linux 5.9+). */
    private static boolean fsgsbaseEnabled() {
        try {
            ByteBuffer auxv = ByteBuffer.wrap(Files.readAllBytes(Path.of("/proc/self/auxv"))).order(ByteOrder.LITTLE_ENDIAN);
            while (auxv.remaining() >= 16) {
                long type = auxv.getLong();
                long value = auxv.getLong();
                if (type == 26) { // AT_HWCAP2
                    return (value & 2) != 0;
                }
            }
        } catch (IOException e) {
            // no auxv: treat it as absent
        }
        return false;
    }

    /**
     * FS can be a case's own: the harness gives it a null selector and base 0 for the case and
     * restores its C library's thread pointer after (needs FSGSBASE), so FS overrides, MOV to FS
     * and POP FS are generated only then.
     */
    boolean caseOwnsFs() {
        return has("fsgsbase");
    }

    boolean has(String flag) {
        return host.contains(flag);
    }

    private static final Map<String, String> BY_MNEMONIC = new HashMap<>();

    private static void feature(String flag, String... mnemonics) {
        for (String m : mnemonics) {
            BY_MNEMONIC.put(m, flag);
        }
    }

    static {
        feature("pni", "addsubps", "addsubpd", "haddps", "haddpd", "hsubps", "hsubpd", "lddqu", "movddup",
                "movshdup", "movsldup", "fisttp", "monitor", "mwait");
        feature("ssse3", "pabsb", "pabsw", "pabsd", "palignr", "phaddw", "phaddd", "phaddsw", "phsubw", "phsubd",
                "phsubsw", "pmaddubsw", "pmulhrsw", "pshufb", "psignb", "psignw", "psignd");
        feature("sse4_1", "blendpd", "blendps", "blendvpd", "blendvps", "dppd", "dpps", "extractps", "insertps",
                "movntdqa", "mpsadbw", "packusdw", "pblendvb", "pblendw", "pcmpeqq", "pextrb", "pextrd", "pextrq",
                "phminposuw", "pinsrb", "pinsrd", "pinsrq", "pmaxsb", "pmaxsd", "pmaxud", "pmaxuw", "pminsb",
                "pminsd", "pminud", "pminuw", "pmovsxbw", "pmovsxbd", "pmovsxbq", "pmovsxwd", "pmovsxwq",
                "pmovsxdq", "pmovzxbw", "pmovzxbd", "pmovzxbq", "pmovzxwd", "pmovzxwq", "pmovzxdq", "pmuldq",
                "pmulld", "ptest", "roundps", "roundpd", "roundss", "roundsd");
        feature("sse4_2", "crc32", "pcmpestri", "pcmpestrm", "pcmpistri", "pcmpistrm", "pcmpgtq");
        feature("popcnt", "popcnt");
        feature("abm", "lzcnt");
        feature("bmi1", "tzcnt", "andn", "bextr", "blsi", "blsmsk", "blsr");
        feature("bmi2", "bzhi", "mulx", "pdep", "pext", "rorx", "sarx", "shlx", "shrx");
        feature("adx", "adcx", "adox");
        feature("movbe", "movbe");
        feature("aes", "aesenc", "aesenclast", "aesdec", "aesdeclast", "aesimc", "aeskeygenassist");
        feature("pclmulqdq", "pclmulqdq");
        feature("rdrand", "rdrand");
        feature("rdseed", "rdseed");
        feature("cx16", "cmpxchg16b");
        feature("fsgsbase", "rdfsbase", "rdgsbase", "wrfsbase", "wrgsbase");
        feature("rdpid", "rdpid");
        feature("sha_ni", "sha1rnds4", "sha1nexte", "sha1msg1", "sha1msg2", "sha256rnds2", "sha256msg1", "sha256msg2");
    }

    /** The cpuinfo flag {@code row} needs, or null for the baseline (x86-64 with SSE2). */
    static String required(RowEncoding row) {
        if (row.map() == 1 && row.opcode() == 0xA1) {
            return "fsgsbase"; // POP FS: the harness can give FS back only with FSGSBASE
        }
        Op op = row.op();
        if (row.vex()) {
            String f = BY_MNEMONIC.get(op.mnemonic);
            return f != null && (f.startsWith("bmi") || f.equals("abm")) ? f : "avx";
        }
        String f = BY_MNEMONIC.get(op.mnemonic);
        if (f != null) {
            return f;
        }
        if (op.mnemonic.equals("pextrw") && row.map() == 3) {
            return "sse4_1"; // 66 0F 3A 15, the memory-capable form
        }
        for (String t : op.operands.tokens()) {
            if (t.length() > 1 && "PNQ".indexOf(t.charAt(0)) >= 0 && Character.isLowerCase(t.charAt(1))) {
                return "mmx"; // an MMX register operand
            }
        }
        return null;
    }
}
