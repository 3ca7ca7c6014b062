package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The common case of SSE semantics (MXCSR at its default, normal operands) must not allocate:
 * runs representative instructions many times and reads the thread's allocation counter.
 */
class SseAllocationTest {

    @Test
    void commonCaseDoesNotAllocate() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        String[] codes = {
            "0f58c1", "f30f59c1", "660f5ec1", "f20f51c1", "0f5dc1", "f20fc2c102", "0f2fc1",
            "f20f2ac1", "f20f2dc1", "660f5ac1",
            "f20f7cc1", "660f3a40c1ff", "660f3a0bc109",     // haddps, dpps, roundsd (float before integer)
            "660ffec1", "660fd5c1", "660f70c11b", "660f73d104",
            // SSSE3/SSE4.1 integer: pshufb palignr ptest pminud pmovzxbw pblendvb pextrb mpsadbw
            "660f3800c1", "660f3a0fc105", "660f3817c1", "660f383bc1", "660f3830c1", "660f3810c1",
            "660f3a14c003", "660f3a42c105",
        };
        try (StepMachine m = new StepMachine()) {
            Insn[] insns = new Insn[codes.length];
            for (int k = 0; k < codes.length; k++) {
                insns[k] = m.decode(codes[k]);
            }
            run(m, insns, 20_000);   // warm up: class loading, JIT compilation
            long tid = Thread.currentThread().getId();
            long before = hs.getThreadAllocatedBytes(tid);
            run(m, insns, 50_000);
            long allocated = hs.getThreadAllocatedBytes(tid) - before;
            assertTrue(allocated < 64 * 1024, allocated + " bytes allocated");
        }
    }

    private static void run(StepMachine m, Insn[] insns, int rounds) {
        Cpu c = m.cpu;
        for (int n = 0; n < rounds; n++) {
            c.xmm[0] = Double.doubleToRawLongBits(1.25 + n) | 0x3F80_0000L;
            c.xmm[1] = 0x3FF8_0000_0000_0000L;
            c.xmm[2] = Double.doubleToRawLongBits(3.5) | 0x4040_0000L;
            c.xmm[3] = 0x4000_0000_3F80_0000L;
            c.r[Cpu.RCX] = n;
            c.mxcsr = Mxcsr.DEFAULT;
            for (Insn i : insns) {
                i.op.exec.exec(c, i);
            }
        }
    }
}
