package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import java.security.SecureRandom;

/**
 * One guest process: its address space, file descriptors, working directory, umask, program break
 * and signal state. Several processes can live in one JVM (DESIGN.md decision 9), so nothing here
 * is static.
 */
public final class LinuxProcess {
    public final int pid;
    public AddressSpace mem;
    public final FdTable fds;
    /** MAP_SHARED file mappings, synchronised with their files around each system call. */
    final SharedFileMappings sharedFiles = new SharedFileMappings();
    /** Absolute path of the working directory, without a trailing slash (except "/"). */
    public String cwd;
    public int umask = 022;
    /** Absolute host path of the running executable (/proc/self/exe). */
    public String exePath;

    public int ppid;
    public int pgid;
    public int sid;
    /** Real and effective ids: the host user's (ring3 does not pretend to be someone else). */
    public final HostIdentity ids = HostIdentity.get();

    /** Where the program break starts (page after the highest ELF segment) and where it is now. */
    public long brkStart;
    public long brk;

    public final Rlimits rlimits = new Rlimits();
    public SignalActions actions = new SignalActions();
    /** personality(2) flags (ADDR_NO_RANDOMIZE etc. change nothing: ring3 does not randomise). */
    public long personality;
    /** The thread name (prctl PR_SET_NAME, /proc/self/comm): at most 15 bytes. */
    public String comm = "";
    /** getrandom(2) and AT_RANDOM. */
    public final SecureRandom random = new SecureRandom();

    /** Where ring3's own notes about this process go (System.err unless the runner says otherwise). */
    public java.io.PrintStream diagnostics = System.err;

    /** Shell-style exit status once the process has ended (0..255 or 128+signal), else -1. */
    public int exitStatus = -1;
    /** When the process died of a signal: the one line ring3 prints about it. */
    public String deathLine;

    public LinuxProcess(int pid, AddressSpace mem, FdTable fds, String cwd) {
        this.pid = pid;
        this.mem = mem;
        this.fds = fds;
        this.cwd = cwd;
        this.pgid = pid;
        this.sid = pid;
    }
}
