package dev.ring3.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.Flags;
import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** rt_sigaction and rt_sigprocmask argument checks, self-kill delivery, and the signal frame round trip. */
class SignalSyscallsTest {
    final Task t = TestTasks.task();
    final AddressSpace m = t.process.mem;
    final long buf = 0x2000_0000L;

    SignalSyscallsTest() {
        m.map(buf, 0x10000, Prot.READ | Prot.WRITE, "");
    }

    @AfterEach
    void close() {
        m.close();
    }

    long sigaction(long sig, long act, long oact, long size) {
        return SignalSyscalls.rtSigaction(t, sig, act, oact, size, 0, 0);
    }

    void writeAction(long at, long handler, long flags, long restorer, long mask) {
        m.write64(at, handler);
        m.write64(at + 8, flags);
        m.write64(at + 16, restorer);
        m.write64(at + 24, mask);
    }

    @Test
    void sigactionChecksItsArguments() {
        writeAction(buf, 0x401000, SignalActions.SA_RESTORER, 0x402000, 0);
        assertEquals(-Errno.EINVAL, sigaction(Signals.SIGINT, buf, 0, 4), "sigsetsize must be 8");
        assertEquals(-Errno.EINVAL, sigaction(0, buf, 0, 8));
        assertEquals(-Errno.EINVAL, sigaction(65, buf, 0, 8));
        assertEquals(-Errno.EINVAL, sigaction(Signals.SIGKILL, buf, 0, 8));
        assertEquals(-Errno.EINVAL, sigaction(Signals.SIGSTOP, buf, 0, 8));
        assertEquals(0, sigaction(Signals.SIGKILL, 0, buf + 64, 8), "querying SIGKILL is fine");
        assertEquals(-Errno.EFAULT, new LinuxSyscallsProbe(t).call(13, Signals.SIGINT, 0x10, 0, 8));
        assertEquals(0, sigaction(Signals.SIGINT, buf, 0, 8));
        writeAction(buf + 32, 1, 0, 0, Signals.bit(Signals.SIGKILL) | Signals.bit(Signals.SIGUSR1));
        assertEquals(0, sigaction(Signals.SIGINT, buf + 32, buf + 64, 8));
        assertEquals(0x401000, m.read64(buf + 64));
        assertEquals(SignalActions.SA_RESTORER, m.read64(buf + 72));
        assertEquals(0x402000, m.read64(buf + 80));
        assertEquals(Signals.bit(Signals.SIGUSR1), t.process.actions.mask[Signals.SIGINT], "SIGKILL is never in a mask");
    }

    @Test
    void sigprocmask() {
        m.write64(buf, Signals.bit(Signals.SIGUSR1) | Signals.bit(Signals.SIGKILL));
        assertEquals(-Errno.EINVAL, SignalSyscalls.rtSigprocmask(t, 0, buf, 0, 16, 0, 0));
        assertEquals(-Errno.EINVAL, SignalSyscalls.rtSigprocmask(t, 7, buf, 0, 8, 0, 0));
        assertEquals(0, SignalSyscalls.rtSigprocmask(t, SignalSyscalls.SIG_BLOCK, buf, 0, 8, 0, 0));
        assertEquals(Signals.bit(Signals.SIGUSR1), t.signals.blocked);
        assertEquals(0, SignalSyscalls.rtSigprocmask(t, 7, 0, buf + 8, 8, 0, 0), "how is ignored without a set");
        assertEquals(Signals.bit(Signals.SIGUSR1), m.read64(buf + 8));
        assertEquals(0, SignalSyscalls.rtSigprocmask(t, SignalSyscalls.SIG_UNBLOCK, buf, 0, 8, 0, 0));
        assertEquals(0, t.signals.blocked);
    }

    @Test
    void raiseWithoutHandlerKillsWithTheShellsWords() {
        assertEquals(-Errno.EINVAL, SignalSyscalls.kill(t, t.process.pid, 99, 0, 0, 0, 0));
        assertEquals(-Errno.ESRCH, SignalSyscalls.kill(t, 1, Signals.SIGTERM, 0, 0, 0, 0));
        assertEquals(0, SignalSyscalls.kill(t, t.process.pid, 0, 0, 0, 0, 0));
        assertEquals(0, SignalSyscalls.tgkill(t, t.process.pid, t.tid, Signals.SIGABRT, 0, 0, 0));
        assertTrue(t.signals.deliverable());
        assertFalse(SignalDelivery.deliverPending(t));
        assertEquals(134, t.process.exitStatus);
        assertTrue(t.process.deathLine.startsWith("Aborted (SIGABRT"), t.process.deathLine);
    }

    @Test
    void ignoredAndDefaultIgnoredSignalsAreDiscarded() {
        assertEquals(0, SignalSyscalls.kill(t, 0, Signals.SIGCHLD, 0, 0, 0, 0));
        assertFalse(t.signals.deliverable());
        writeAction(buf, SignalActions.SIG_IGN, 0, 0, 0);
        assertEquals(0, sigaction(Signals.SIGTERM, buf, 0, 8));
        assertEquals(0, SignalSyscalls.kill(t, 0, Signals.SIGTERM, 0, 0, 0, 0));
        assertFalse(t.signals.deliverable());
        assertNull(t.process.deathLine);
    }

    @Test
    void blockedSignalWaitsAndShowsInSigpending() {
        t.signals.blocked = Signals.bit(Signals.SIGUSR1);
        assertEquals(0, SignalSyscalls.kill(t, 0, Signals.SIGUSR1, 0, 0, 0, 0));
        assertFalse(t.signals.deliverable());
        assertEquals(0, SignalSyscalls.rtSigpending(t, buf, 8, 0, 0, 0, 0));
        assertEquals(Signals.bit(Signals.SIGUSR1), m.read64(buf));
    }

    @Test
    void handlerFrameAndSigreturnRoundTrip() {
        Cpu cpu = t.cpu;
        long stackTop = buf + 0x8000;
        writeAction(buf, 0x401000, SignalActions.SA_RESTORER | SignalActions.SA_SIGINFO, 0x402000,
                Signals.bit(Signals.SIGUSR2));
        assertEquals(0, sigaction(Signals.SIGUSR1, buf, 0, 8));
        for (int i = 0; i < 16; i++) {
            cpu.r[i] = 0x1000 + i;
        }
        cpu.r[Cpu.RSP] = stackTop;
        cpu.rip = 0x400123;
        cpu.xmm[3] = 0x5555;
        cpu.mxcsr = 0x1FA0;
        Flags.sub(cpu, 8, 1, 2, -1); // CF SF set, lazily
        long flagsBefore = Flags.rflags(cpu);
        assertEquals(0, SignalSyscalls.kill(t, 0, Signals.SIGUSR1, 0, 0, 0, 0));
        assertTrue(SignalDelivery.deliverPending(t));
        assertEquals(0x401000, cpu.rip);
        assertEquals(Signals.SIGUSR1, cpu.r[Cpu.RDI]);
        long frame = cpu.r[Cpu.RSP];
        assertEquals(8, frame & 15, "the handler is entered as after a CALL");
        assertTrue(frame < stackTop - 128, "the red zone is skipped");
        assertEquals(0x402000, m.read64(frame), "return address is sa_restorer");
        assertEquals(frame + SignalFrame.INFO, cpu.r[Cpu.RSI]);
        assertEquals(frame + SignalFrame.UC, cpu.r[Cpu.RDX]);
        assertEquals(Signals.SIGUSR1, m.read32(cpu.r[Cpu.RSI]));
        assertEquals(ThreadSignals.SI_USER, m.read32(cpu.r[Cpu.RSI] + 8));
        assertEquals(t.process.pid, m.read32(cpu.r[Cpu.RSI] + 16));
        long mc = cpu.r[Cpu.RDX] + 40;
        assertEquals(0x400123, m.read64(mc + SignalFrame.SC_RIP), "gregs[REG_RIP] at the glibc offset");
        assertEquals(0x1000 + Cpu.RAX, m.read64(mc + SignalFrame.SC_RAX));
        assertEquals(flagsBefore, m.read64(mc + SignalFrame.SC_EFLAGS));
        long fx = m.read64(mc + SignalFrame.SC_FPSTATE);
        assertEquals(0, fx & 63);
        assertEquals(0x1FA0, m.read32(fx + 24));
        assertEquals(0x5555, m.read64(fx + 160 + 24), "xmm[3] is the high half of XMM1");
        assertEquals(Signals.bit(Signals.SIGUSR1) | Signals.bit(Signals.SIGUSR2), t.signals.blocked);

        // The handler clobbers things, edits the saved RIP, then returns through the restorer.
        cpu.r[Cpu.RBX] = 0;
        cpu.xmm[3] = 0;
        Flags.logic(cpu, 8, 0);
        m.write64(mc + SignalFrame.SC_RIP, 0x400200);
        cpu.r[Cpu.RSP] = frame + 8; // RET popped the restorer address
        long rax = SignalSyscalls.rtSigreturn(t, 0, 0, 0, 0, 0, 0);
        assertEquals(0x1000 + Cpu.RAX, rax);
        assertEquals(0x400200, cpu.rip);
        assertEquals(0x1000 + Cpu.RBX, cpu.r[Cpu.RBX]);
        assertEquals(stackTop, cpu.r[Cpu.RSP]);
        assertEquals(0x5555, cpu.xmm[3]);
        assertEquals(flagsBefore, Flags.rflags(cpu));
        assertEquals(0, t.signals.blocked);
    }

    @Test
    void sigaltstackIsUsedWithSaOnstack() {
        long alt = buf + 0x4000;
        m.write64(buf + 0x100, alt);
        m.write32(buf + 0x108, 0);
        m.write64(buf + 0x110, 1024);
        assertEquals(-Errno.ENOMEM, SignalSyscalls.sigaltstack(t, buf + 0x100, 0, 0, 0, 0, 0));
        m.write64(buf + 0x110, 0x4000);
        assertEquals(0, SignalSyscalls.sigaltstack(t, buf + 0x100, 0, 0, 0, 0, 0));
        writeAction(buf, 0x401000, SignalActions.SA_RESTORER | SignalActions.SA_ONSTACK | SignalActions.SA_SIGINFO, 0x402000, 0);
        assertEquals(0, sigaction(Signals.SIGSEGV, buf, 0, 8));
        t.cpu.r[Cpu.RSP] = buf + 0x1000;
        assertTrue(SignalDelivery.force(t, Signals.SIGSEGV, 1, 0xdead, 14, 4, "test"));
        long sp = t.cpu.r[Cpu.RSP];
        assertTrue(sp > alt && sp < alt + 0x4000, "frame on the alternate stack");
        assertEquals(0xdead, m.read64(t.cpu.r[Cpu.RSI] + 16), "si_addr");
        assertEquals(0xdead, m.read64(t.cpu.r[Cpu.RDX] + 40 + SignalFrame.SC_CR2));
        assertEquals(-Errno.EPERM, SignalSyscalls.sigaltstack(t, buf + 0x100, 0, 0, 0, 0, 0), "cannot change while on it");
        assertEquals(0, SignalSyscalls.sigaltstack(t, 0, buf + 0x200, 0, 0, 0, 0));
        assertEquals(ThreadSignals.SS_ONSTACK, m.read32(buf + 0x208));
    }

    @Test
    void faultWhileBlockedStillKills() {
        writeAction(buf, 0x401000, SignalActions.SA_RESTORER, 0x402000, 0);
        assertEquals(0, sigaction(Signals.SIGSEGV, buf, 0, 8));
        t.signals.blocked = Signals.bit(Signals.SIGSEGV);
        assertFalse(SignalDelivery.force(t, Signals.SIGSEGV, 1, 0, 14, 4, "SIGSEGV at address 0x0"));
        assertEquals(139, t.process.exitStatus);
        assertEquals("Segmentation fault (SIGSEGV at address 0x0)", t.process.deathLine);
    }

    /** Calls a handler through the dispatcher, so that faults become EFAULT as in real calls. */
    static final class LinuxSyscallsProbe {
        final Task task;

        LinuxSyscallsProbe(Task task) {
            this.task = task;
        }

        long call(long nr, long a0, long a1, long a2, long a3) {
            LinuxSyscalls d = new LinuxSyscalls(task, SyscallTable.get(), null, System.err, true);
            Cpu c = task.cpu;
            c.r[Cpu.RAX] = nr;
            c.r[Cpu.RDI] = a0;
            c.r[Cpu.RSI] = a1;
            c.r[Cpu.RDX] = a2;
            c.r[Cpu.R10] = a3;
            d.syscall(c);
            return c.r[Cpu.RAX];
        }
    }
}
