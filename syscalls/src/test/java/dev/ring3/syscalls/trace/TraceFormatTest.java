package dev.ring3.syscalls.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.syscalls.ArgKind;
import dev.ring3.syscalls.Syscall;
import dev.ring3.syscalls.SyscallNames;
import dev.ring3.syscalls.SyscallTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The trace's building blocks against strace 6.1 output captured on the host. */
class TraceFormatTest {
    @Test
    void everyRowUsesTheArgKindVocabulary() {
        SyscallTable t = SyscallTable.get();
        int rows = 0;
        for (int nr = 0; nr < SyscallTable.SIZE; nr++) {
            Syscall row = t.get(nr);
            if (row != null) {
                ArgKind.parse(row.args());
                assertEquals(SyscallNames.name(nr), row.name(), "row " + nr);
                rows++;
            }
        }
        assertTrue(rows > 100, "rows: " + rows);
        assertThrows(IllegalArgumentException.class, () -> ArgKind.parse("fd,nonsense"));
    }

    @Test
    void quotesLikeStrace() {
        StringBuilder sb = new StringBuilder();
        byte[] b = "a\0b\u007f".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[] {b[0], b[1], b[2], b[3], (byte) 0x80, '"', '\\', '\r', 0x0B, '\f', '\t', '1', 0};
        QuotedString.quote(sb, all, all.length, false);
        assertEquals("\"a\\0b\\177\\200\\\"\\\\\\r\\v\\f\\t1\\0\"", sb.toString());
        sb.setLength(0);
        QuotedString.quote(sb, new byte[] {0x10, '7', (byte) 0xff}, 3, false);
        assertEquals("\"\\0207\\377\"", sb.toString(), "three digits before an octal digit");
        sb.setLength(0);
        QuotedString.quote(sb, new byte[] {0x1b, (byte) 0xb1}, 2, true);
        assertEquals("\"\\x1b\\xb1\"", sb.toString());
    }

    @Test
    void timersSignalsAndSchedulingLikeStrace() {
        // Each expected string is from strace 6.1 on the host (timers, signalfd_ops, sched_prio).
        assertEquals("2011-03-13T07:06:40.500000+0000", StructFormat.isoTime(1300000000, ".500000"),
                "the fraction goes before the zone");
        StringBuilder sb = new StringBuilder();
        SignalInfo.format(sb, 10, -2, 0x1234, 1, 15);
        assertEquals("{si_signo=SIGUSR1, si_code=SI_TIMER, si_timerid=0x1, si_overrun=15, si_int=4660, si_ptr=0x1234}",
                sb.toString());
        sb.setLength(0);
        SignalInfo.format(sb, 10, -1, 1234, 665, 0);
        assertEquals("{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=665, si_uid=0, si_int=1234, si_ptr=0x4d2}", sb.toString());
        sb.setLength(0);
        LinuxNames.TFD.flags(sb, 02000000 | 04000);
        assertEquals("TFD_CLOEXEC|TFD_NONBLOCK", sb.toString());
        sb.setLength(0);
        LinuxNames.TFD.flags(sb, 8);
        assertEquals("0x8 /* TFD_??? */", sb.toString());
        sb.setLength(0);
        LinuxNames.SCHED.value(sb, 0x40000005);
        assertEquals("0x40000005 /* SCHED_??? */", sb.toString(), "strace 6.1 does not decode SCHED_RESET_ON_FORK");
        sb.setLength(0);
        LinuxNames.SIGEV.value(sb, 77);
        assertEquals("0x4d /* SIGEV_??? */", sb.toString());
    }

    @Test
    void pidfdFlagsLikeStrace() {
        // strace 6.1 on the host (pidfd_ops): it predates PIDFD_THREAD (O_EXCL, Linux 6.9).
        StringBuilder sb = new StringBuilder();
        LinuxNames.PIDFD.flags(sb, 04000);
        assertEquals("PIDFD_NONBLOCK", sb.toString());
        sb.setLength(0);
        LinuxNames.PIDFD.flags(sb, 0200);
        assertEquals("0x80 /* PIDFD_??? */", sb.toString());
        sb.setLength(0);
        LinuxNames.PIDFD.flags(sb, 0);
        assertEquals("0", sb.toString());
    }

    @Test
    void sysvShmLikeStrace() {
        // strace 6.1 on the host (shm_sysv): shmget(IPC_PRIVATE, 32768, IPC_CREAT|0777), shmat(2, NULL,
        // SHM_RDONLY), shmctl(2, IPC_RMID, NULL), shmctl(2, 0x63 /* SHM_??? */, NULL).
        StringBuilder sb = new StringBuilder();
        LinuxNames.SHMGET.flags(sb, 01000 | 02000);
        assertEquals("IPC_CREAT|IPC_EXCL", sb.toString());
        sb.setLength(0);
        LinuxNames.SHMAT.flags(sb, 010000 | 020000);
        assertEquals("SHM_RDONLY|SHM_RND", sb.toString());
        sb.setLength(0);
        LinuxNames.SHMAT.flags(sb, 0);
        assertEquals("0", sb.toString());
        sb.setLength(0);
        LinuxNames.SHMCTL.value(sb, 0);
        LinuxNames.SHMCTL.value(sb.append(' '), 14);
        LinuxNames.SHMCTL.value(sb.append(' '), 99);
        assertEquals("IPC_RMID SHM_INFO 0x63 /* SHM_??? */", sb.toString());
    }

    @Test
    void flagsAndValuesLikeStrace() {
        StringBuilder sb = new StringBuilder();
        ArgFormat.openFlags(sb, 02000000 | 0200000 | 04000);
        assertEquals("O_RDONLY|O_NONBLOCK|O_CLOEXEC|O_DIRECTORY", sb.toString());
        sb.setLength(0);
        LinuxNames.MAP.flags(sb, 0x100000 | 0x8000);
        assertEquals("MAP_POPULATE|MAP_FIXED_NOREPLACE", sb.toString());
        sb.setLength(0);
        LinuxNames.CLOCK.value(sb, 99);
        assertEquals("0x63 /* CLOCK_??? */", sb.toString());
        sb.setLength(0);
        LinuxNames.PROT.flags(sb, 0);
        assertEquals("PROT_NONE", sb.toString());
        sb.setLength(0);
        LinuxNames.GRND.flags(sb, 8);
        assertEquals("0x8 /* GRND_??? */", sb.toString());
        sb.setLength(0);
        StructFormat.sigset(sb, ~((1L << 31) | (1L << 32) | (1L << 33)), 64);
        assertEquals("~[RTMIN RT_1 RT_2]", sb.toString());
        sb.setLength(0);
        StructFormat.octal(sb, 0);
        StructFormat.octal(sb.append(' '), 022);
        StructFormat.octal(sb.append(' '), 0644);
        assertEquals("000 022 0644", sb.toString());
    }

    @Test
    void filtersAsStraceSpellsThem() {
        TraceFilter f = new TraceFilter();
        f.add("trace=openat,read");
        assertTrue(f.traced(257));
        assertTrue(f.traced(0));
        assertFalse(f.traced(1));
        long mmap2 = dev.ring3.syscalls.Compat32Syscalls.TRACE_BASE + 192; // INT 0x80's own rows
        assertFalse(f.traced(mmap2), "a set of names leaves out the calls it cannot name");
        assertTrue(new TraceFilter().traced(mmap2), "no expression: everything");
        f = new TraceFilter();
        f.add("trace=%file,%memory");
        assertTrue(f.traced(SyscallNames.number("newfstatat")));
        assertTrue(f.traced(SyscallNames.number("brk")));
        assertFalse(f.traced(SyscallNames.number("write")));
        assertTrue(f.tracedName("execve"));
        f = new TraceFilter();
        f.add("!brk,mmap");
        assertFalse(f.traced(12));
        assertFalse(f.traced(9));
        assertTrue(f.traced(1));
        assertTrue(f.traced(mmap2), "a negated set keeps what it does not name");
        f = new TraceFilter();
        f.add("trace=none");
        assertFalse(f.traced(mmap2));
        f = new TraceFilter();
        f.add("trace=/^mm");
        assertTrue(f.traced(9));
        assertFalse(f.traced(10));
        TraceFilter bad = new TraceFilter();
        assertThrows(IllegalArgumentException.class, () -> bad.add("trace=nosuchcall"));
        assertThrows(IllegalArgumentException.class, () -> bad.add("signal=none"));
        bad.add("trace=?nosuchcall");
    }

    @Test
    void summaryTableLooksLikeStraceC() {
        SyscallSummary s = new SyscallSummary();
        s.add(1, 4000, false);
        s.add(12, 0, false);
        s.add(12, 0, false);
        s.add(16, 0, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        s.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("% time     seconds  usecs/call     calls    errors syscall", lines[0]);
        assertEquals("------ ----------- ----------- --------- --------- ----------------", lines[1]);
        assertEquals("100.00    0.000004           4         1           write", lines[2]);
        assertEquals("  0.00    0.000000           0         2           brk", lines[3]);
        assertEquals("  0.00    0.000000           0         1         1 ioctl", lines[4]);
        assertEquals("100.00    0.000004           1         4         1 total", lines[6]);
    }

    @Test
    void signalInfoLikeStrace() {
        StringBuilder sb = new StringBuilder();
        SignalInfo.format(sb, 11, 1, 0, 0, 0);
        assertEquals("{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL}", sb.toString());
        sb.setLength(0);
        SignalInfo.format(sb, 15, -6, 0, 42, 0);
        assertEquals("{si_signo=SIGTERM, si_code=SI_TKILL, si_pid=42, si_uid=0}", sb.toString());
    }
}
