package dev.ring3.syscalls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every guest process and thread of one ring3 run (DESIGN.md decision 9): the pid namespace, the
 * lookups kill(2), wait4(2) and setpgid(2) need, and what new threads are started
 * with. One instance per {@link Linux#run}, nothing static, so tests can run machines side by side.
 *
 * <p>Pids: the first process keeps the JVM's host pid (what it printed before processes existed);
 * later processes and threads take the next numbers, as a fresh kernel hands them out. Its lock
 * (the table's monitor) guards the tree: parents, children, zombies, process groups.
 */
public final class ProcessTable {
    /** The run's configuration: the engine supplier, the observer, diagnostics. */
    final Linux.Config config;
    private final Map<Integer, Task> tasks = new HashMap<>();
    private final Map<Integer, LinuxProcess> processes = new HashMap<>();
    private int nextPid;
    /** Processes started and not yet ended (zombies count as ended): the run waits for zero. */
    private int running;
    /**
     * The futex queues of process-shared futexes (not FUTEX_PRIVATE_FLAG) in MAP_SHARED memory,
     * keyed by the mapped object and offset ({@link SharedFutexKey}), so that processes sharing the
     * memory wake one another, as the kernel's inode-and-offset keys do.
     */
    final Futexes sharedFutexes = new Futexes();
    /** Paths already reported as impossible to execute (one note each). */
    private final java.util.Set<String> refused = new java.util.HashSet<>();

    /** The first pid handed out: guest pids are firstPid..nextPid-1 (and the first process's own). */
    private final int firstPid;

    ProcessTable(Linux.Config config, int firstPid) {
        this.config = config;
        this.nextPid = firstPid;
        this.firstPid = firstPid;
    }

    /** Whether {@code pid} was handed to a guest process or thread of this run (live or gone). */
    synchronized boolean handedOut(int pid) {
        return pid >= firstPid && pid < nextPid;
    }

    /** A fresh pid/tid. */
    synchronized int allocatePid() {
        int pid = nextPid++;
        while (tasks.containsKey(nextPid) || processes.containsKey(nextPid)) {
            nextPid++;
        }
        return pid;
    }

    synchronized void addProcess(LinuxProcess p) {
        processes.put(p.pid, p);
        p.table = this;
        running++;
    }

    synchronized void addTask(Task t) {
        tasks.put(t.tid, t);
    }

    synchronized void removeTask(Task t) {
        tasks.remove(t.tid);
    }

    /** Called once when the last thread of {@code p} is gone (it may stay as a zombie). */
    synchronized void ended(LinuxProcess p) {
        running--;
        notifyAll();
    }

    /** Forgets a reaped (or never-to-be-reaped) process. */
    synchronized void remove(LinuxProcess p) {
        processes.remove(p.pid);
    }

    synchronized LinuxProcess process(int pid) {
        return processes.get(pid);
    }

    synchronized Task task(int tid) {
        return tasks.get(tid);
    }

    /** Live (not zombie) processes whose group is {@code pgid}. */
    synchronized List<LinuxProcess> group(int pgid) {
        List<LinuxProcess> r = new ArrayList<>();
        for (LinuxProcess p : processes.values()) {
            if (p.pgid == pgid && !p.zombie) {
                r.add(p);
            }
        }
        return r;
    }

    /** Every live process. */
    synchronized List<LinuxProcess> all() {
        List<LinuxProcess> r = new ArrayList<>();
        for (LinuxProcess p : processes.values()) {
            if (!p.zombie) {
                r.add(p);
            }
        }
        return r;
    }

    /** True if some process has {@code pgid} as its group in session {@code sid}. */
    synchronized boolean groupExists(int pgid, int sid) {
        for (LinuxProcess p : processes.values()) {
            if (p.pgid == pgid && p.sid == sid) {
                return true;
            }
        }
        return false;
    }

    /** Blocks until every process has ended: orphans finish their work before ring3 exits. */
    synchronized void awaitAll() {
        boolean interrupted = false;
        while (running > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** True the first time {@code path} is reported. */
    synchronized boolean firstRefusal(String path) {
        return refused.add(path);
    }
}
