package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.*;

import dev.ring3.interp.Cpu;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import dev.ring3.syscalls.trace.StraceObserver;
import dev.ring3.syscalls.trace.TraceOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The INT 0x80 table (the calls themselves run against the host in the corpus program
 * int80_compat, in every mode) and how the trace shows its calls.
 */
class Compat32SyscallsTest {
    @Test
    void twinsAreTheSameKernelCallsUnderTheirX8664Numbers() {
        assertEquals(1, Compat32Syscalls.twin(4), "write");
        assertEquals(60, Compat32Syscalls.twin(1), "exit");
        assertEquals(231, Compat32Syscalls.twin(252), "exit_group");
        assertEquals(102, Compat32Syscalls.twin(199), "getuid32 is getuid");
        assertEquals(228, Compat32Syscalls.twin(403), "clock_gettime64 is clock_gettime");
        assertEquals(42, Compat32Syscalls.twin(362), "connect");
        assertEquals(-1, Compat32Syscalls.twin(24), "getuid (16-bit) is converted, not a twin");
        assertEquals(-1, Compat32Syscalls.twin(174), "rt_sigaction: a 32-bit handler");
        assertEquals("getuid32", Compat32Syscalls.twinName(102));
    }

    @Test
    void everyCallIsATwinOrConvertedOrNeitherNeverBoth() {
        int twins = 0, own = 0;
        for (int nr = 0; nr < Compat32Syscalls.SIZE; nr++) {
            int t = Compat32Syscalls.twin(nr);
            Syscall row = Compat32Syscalls.own(nr);
            assertFalse(t >= 0 && row != null, "i386 " + nr + " both twin and converted");
            if (t >= 0) {
                twins++;
                String i386 = Compat32Syscalls.name(nr), x64 = SyscallNames.name(t);
                assertNotNull(i386);
                assertTrue(i386.equals(x64) || i386.startsWith(x64), i386 + " twinned with " + x64);
            }
            if (row != null) {
                own++;
                assertEquals(Compat32Syscalls.name(nr), row.name());
                assertEquals(row.name(), SyscallNames.name(Compat32Syscalls.TRACE_BASE + nr));
                ArgKind.parse(row.args()); // the trace can decode what the row declares
            }
        }
        assertTrue(twins > 200 && own > 30, twins + " twins, " + own + " converted");
    }

    @Test
    void theTraceNamesI386CallsAndNotesTheAbiSwitchOnItsOwnStream() {
        AddressSpace m = AddressSpace.create(AddressSpace.Kind.FLAT);
        m.map(0x10000, 0x1000, Prot.READ | Prot.WRITE, "");
        LinuxProcess p = new LinuxProcess(100, m, new FdTable(), "/");
        Task t = new Task(new Cpu(m), p, 100);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), messages = new ByteArrayOutputStream();
        TraceOptions o = new TraceOptions();
        o.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        o.messages = new PrintStream(messages, true, StandardCharsets.UTF_8);
        StraceObserver s = new StraceObserver(SyscallTable.get(), o);
        s.started(t, "/prog", List.of("/prog"), 0, 0x10000);
        s.personality(t, 32);
        s.entering(t, 102, 0, 0, 0, 0, 0, 0);
        s.completed(t, 102, 0, 0, 0, 0, 0, 0, 1000);
        long llseek = Compat32Syscalls.TRACE_BASE + 140;
        s.entering(t, llseek, 3, 0, 4, 0x10000, 0, 0);
        s.completed(t, llseek, 3, 0, 4, 0x10000, 0, 0, 0);
        long missing = Compat32Syscalls.TRACE_BASE + 0x7fffffffL;
        s.entering(t, missing, 1, 2, 3, 4, 5, 6);
        s.completed(t, missing, 1, 2, 3, 4, 5, 6, -38);
        s.personality(t, 64);
        s.entering(t, 102, 0, 0, 0, 0, 0, 0);
        s.completed(t, 102, 0, 0, 0, 0, 0, 0, 1000);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("getuid32()                              = 1000", lines[1]);
        assertEquals("_llseek(3, 0, 0x4, 0x10000, SEEK_SET)   = 0", lines[2]);
        assertEquals("syscall_0x7fffffff(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS (Function not implemented)", lines[3]);
        assertEquals("getuid()                                = 1000", lines[4]);
        assertEquals("[ Process PID=100 runs in 32 bit mode. ]\n[ Process PID=100 runs in 64 bit mode. ]\n",
                messages.toString(StandardCharsets.UTF_8));
    }
}
