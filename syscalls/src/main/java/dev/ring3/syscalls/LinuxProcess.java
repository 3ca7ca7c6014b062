package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;

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
    /** MAP_PRIVATE file mappings (MADV_DONTNEED reads them again); shared with a CLONE_VM child. */
    PrivateFileMappings privateFiles = new PrivateFileMappings();
    /** Held while a call changes the memory layout (mmap, munmap, mremap, ...) and while fork copies it. */
    final Object mmapLock = new Object();
    /**
     * System V shared memory attached here; its namespace (the segments) passes from parent to
     * child, so one ring3 run is one IPC namespace.
     */
    ShmAttachments shmAttachments = new ShmAttachments(new ShmSegments());
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

    /** The running image's code and data bounds and its initial stack's strings and auxv (/proc/PID/...). */
    public ElfLoader.Bounds bounds = new ElfLoader.Bounds(0, 0, 0, 0);
    public InitialStack.Placed placed = new InitialStack.Placed(0, 0, 0, 0, 0, new long[0]);
    /** Capability sets (effective, permitted, inheritable) once capget or capset asked; null: ring3's own. */
    long[] caps;
    /** The capability bounding and ambient sets once prctl asked (the host's until then); guarded by {@code this}. */
    long[] capBoundingAmbient;
    /** prctl's securebits (SECBIT_KEEP_CAPS and the rest, with their locks); guarded by {@code this}. */
    int securebits;
    /**
     * prctl state of the process: PR_SET_DUMPABLE (the mm's, inherited by fork, 1 again after
     * execve), PR_SET_CHILD_SUBREAPER (not inherited: orphans below it are reparented to it, see
     * {@link ProcessExit}), PR_SET_THP_DISABLE and PR_SET_MDWE (the mm's, inherited, kept by
     * execve, MDWE not past either with PR_MDWE_NO_INHERIT; its bits refuse writable and
     * executable mappings and making one executable).
     */
    volatile int dumpable = 1;
    volatile boolean childSubreaper;
    volatile boolean thpDisable;
    volatile int mdwe;
    /** Where file mappings came from (the offset, device and inode columns of /proc/PID/maps). */
    ProcFiles.FileRanges fileRanges = new ProcFiles.FileRanges();
    /** System.nanoTime() when the process was created (fork) or started: /proc/PID/stat's starttime. */
    public long startNanos = System.nanoTime();

    /** Where the program break starts (page after the highest ELF segment) and where it is now. */
    public long brkStart;
    public long brk;

    public Rlimits rlimits = new Rlimits();
    public SignalActions actions = new SignalActions();
    /** personality(2) flags (ADDR_NO_RANDOMIZE etc. change nothing: ring3 does not randomise). */
    public long personality;
    /** The thread name (prctl PR_SET_NAME, /proc/self/comm): at most 15 bytes. */
    public String comm = "";
    /** getrandom(2) and AT_RANDOM: fills {@code b[0, len)} with the host's random bytes. */
    public void randomBytes(byte[] b, int len) {
        HostRandom.fill(b, len);
    }

    /** --deny-network: sockets may reach loopback only (dev.ring3.syscalls.net.NetworkPolicy). */
    public boolean denyNetwork;
    /** PTRACE_TRACEME was called: a second call fails with EPERM, as under a real tracer. */
    public boolean ptraced;
    /** A fixed mapping beyond the flat memory window was refused and said so (once per process). */
    boolean windowNoted;

    /** Where ring3's own notes about this process go (System.err unless the runner says otherwise). */
    public java.io.PrintStream diagnostics = System.err;

    /** Shell-style exit status once the process has ended (0..255 or 128+signal), else -1. */
    public int exitStatus = -1;
    /** When the process died of a signal: the one line ring3 prints about it. */
    public String deathLine;
    /** The signal that killed the process (0 if it exited), with 0x80 if it "dumped core". */
    public int termSignal;

    // ---- the process tree (DESIGN.md decision 9: every guest process lives in this JVM) ---------

    /** The processes of this ring3 run, or null for a process built alone by a test. */
    public ProcessTable table;
    /** The parent while it lives, else its child subreaper, else null (an orphan: reaped by nobody, as init would). */
    LinuxProcess parent;
    /**
     * The parent's thread this process counts as the child of (the kernel's real_parent: the
     * thread that forked it, then another of that process's threads when it ends); when it ends,
     * the threads that set PR_SET_PDEATHSIG make this process get their signal. Guarded by the
     * process table.
     */
    Task parentTask;
    /** Children not yet reaped, guarded by the table's lock. */
    final java.util.List<LinuxProcess> children = new java.util.ArrayList<>();
    /** membarrier's registrations (MEMBARRIER_CMD_REGISTER_* bits), guarded by {@code this}. */
    int membarrierRegistered;
    /** setitimer/alarm and POSIX timers (fork gives the child none, execve keeps only the former). */
    final ProcessTimers timers = new ProcessTimers(this);
    /** Futex waiters: keys are private to the address space, which only this process's threads share. */
    final Futexes futexes = new Futexes();
    /** Live threads, guarded by {@code this}. */
    final java.util.List<Task> threads = new java.util.ArrayList<>();
    /** Set once by exit_group or a fatal signal: every thread leaves at its next chance. */
    volatile boolean exiting;
    /** Ended and waiting to be reaped (guarded by the table's lock). */
    boolean zombie;

    /** Whether every thread has ended (zombie or reaped: the kernel's thread_group_exited). */
    boolean ended() {
        if (table == null) {
            return false;
        }
        synchronized (table) {
            return zombie;
        }
    }
    /** The signal the parent gets at this process's end (clone's CSIGNAL byte: SIGCHLD for fork). */
    int exitSignal = Signals.SIGCHLD;
    /** False while the address space is borrowed from the parent (vfork, CLONE_VM): never closed here. */
    boolean ownsMemory = true;
    /** vfork: true once the child has exec'd or ended, releasing its parent; guarded by {@code this}. */
    boolean vforkDone = true;

    /** The wait status wait4(2) reports: exit code in bits 8..15, or the signal number (WIFSIGNALED). */
    public int waitStatus() {
        return termSignal != 0 ? termSignal : (exitStatus & 0xFF) << 8;
    }

    public LinuxProcess(int pid, AddressSpace mem, FdTable fds, String cwd) {
        this.pid = pid;
        this.mem = mem;
        this.fds = fds;
        this.cwd = cwd;
        this.pgid = pid;
        this.sid = pid;
    }
}
