package dev.ring3.syscalls;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The /proc/PID files that describe a process, answered from the guest process rather than from
 * the JVM the host would describe (fs/proc/array.c, task_mmu.c, base.c): maps, stat, statm,
 * status, cmdline, environ, comm, auxv, fdinfo/N and the task directory, for /proc/self,
 * /proc/thread-self, /proc/PID and /proc/PID/task/TID of every guest process and thread. Other
 * /proc files stay the host's (docs/quirks.md).
 */
final class ProcFiles {
    /** Linux's USER_HZ: the clock ticks of /proc/PID/stat. */
    static final int CLK_TCK = 100;
    private static final long INO_BASE = 0x71000000L;

    private ProcFiles() {}

    /** A guest process (and thread, for thread-self and task/TID) and the path below its directory. */
    record Target(LinuxProcess process, Task thread, String rest, String dir) {}

    /** What a /proc path names among the guest's processes, or null if it names none of them. */
    static Target target(LinuxProcess p, String abs) {
        LinuxProcess q;
        Task t = null;
        String rest;
        String dir;
        if (abs.startsWith("/proc/self/") || abs.equals("/proc/self")) {
            q = p;
            rest = abs.length() > 10 ? abs.substring(11) : "";
            dir = "/proc/" + p.pid;
        } else if (abs.startsWith("/proc/thread-self/")) {
            q = p;
            t = leader(p);
            rest = abs.substring(18);
            dir = "/proc/" + p.pid + "/task/" + p.pid;
        } else if (abs.startsWith("/proc/") && abs.length() > 6 && Character.isDigit(abs.charAt(6))) {
            int slash = abs.indexOf('/', 6);
            String num = slash < 0 ? abs.substring(6) : abs.substring(6, slash);
            int n = number(num);
            if (n <= 0) {
                return null;
            }
            rest = slash < 0 ? "" : abs.substring(slash + 1);
            if (n == p.pid) {
                q = p;
            } else if (p.table != null && p.table.process(n) != null) {
                q = p.table.process(n);
            } else if (p.table != null && p.table.task(n) != null) {
                t = p.table.task(n);
                q = t.process; // a thread's own directory, hidden from the listing but there
            } else if (p.table != null && p.table.handedOut(n) || Files.exists(Path.of("/proc/self/task/" + n))) {
                // A guest process or thread that has gone (its number may be a host process's now),
                // or one of the JVM's own threads, whose ids guest pids may meet.
                throw ErrnoException.of(Errno.ENOENT);
            } else {
                return null; // a host process: the guest sees it as a native program would
            }
            dir = "/proc/" + n;
        } else {
            return null;
        }
        if (rest.startsWith("task/")) {
            int slash = rest.indexOf('/', 5);
            int tid = number(slash < 0 ? rest.substring(5) : rest.substring(5, slash));
            Task th = tid > 0 ? thread(q, tid) : null;
            if (th == null) {
                return tid > 0 ? null : new Target(q, t, rest, dir);
            }
            return new Target(q, th, slash < 0 ? "" : rest.substring(slash + 1), dir + "/task/" + tid);
        }
        return new Target(q, t, rest, dir);
    }

    /** Opens a generated /proc file, or null if {@code abs} is not one. */
    static OpenFile open(LinuxProcess p, String abs, int flags) {
        Target t = target(p, abs);
        if (t == null) {
            return null;
        }
        if (t.rest.equals("task") || t.rest.equals("task/")) {
            if ((flags & OpenFlags.O_ACCMODE) != OpenFlags.O_RDONLY) {
                throw ErrnoException.of(Errno.EISDIR);
            }
            return ProcFdDirectory.listing(flags, () -> tids(t.process), ProcFdDirectory.DT_DIR,
                    FileStat.synthetic(FileStat.S_IFDIR | 0555, INO_BASE, 0, 0, 0), t.dir + "/task");
        }
        byte[] text = text(t);
        if (text == null) {
            return null;
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            throw ErrnoException.of(Errno.ENOTDIR);
        }
        java.util.function.Consumer<byte[]> writer = null;
        if (t.rest.equals("comm")) {
            writer = b -> setComm(t, b);
        }
        return new ProcTextFile(flags, text, t.dir + "/" + t.rest, INO_BASE + t.rest.hashCode() & 0xFFFFFF, writer);
    }

    /** The stat of a generated /proc file, or null if {@code abs} is not one. */
    static FileStat stat(LinuxProcess p, String abs) {
        Target t = target(p, abs);
        if (t == null) {
            return null;
        }
        if (t.rest.equals("task") || t.rest.equals("task/")) {
            return FileStat.synthetic(FileStat.S_IFDIR | 0555, INO_BASE, 0, 0, 0);
        }
        if (!generated(t.rest)) {
            return null;
        }
        return FileStat.synthetic(FileStat.S_IFREG | (t.rest.equals("comm") ? 0644 : 0444),
                INO_BASE + t.rest.hashCode() & 0xFFFFFF, 0, 0, 0);
    }

    private static boolean generated(String rest) {
        switch (rest) {
            case "maps": case "stat": case "statm": case "status": case "cmdline": case "environ": case "comm":
            case "auxv":
                return true;
            default:
                return rest.startsWith("fdinfo/") && number(rest.substring(7)) >= 0;
        }
    }

    /** The text of a generated file, or null if the target names none. */
    private static byte[] text(Target t) {
        if (!generated(t.rest)) {
            return null;
        }
        LinuxProcess q = t.process;
        Task th = t.thread != null ? t.thread : leader(q);
        switch (t.rest) {
            case "maps": return ascii(maps(q));
            case "stat": return ascii(statLine(q, th));
            case "statm": return ascii(statm(q));
            case "status": return ascii(status(q, th));
            case "cmdline": return strings(q, q.placed.argStart(), q.placed.argEnd());
            case "environ": return strings(q, q.placed.envStart(), q.placed.envEnd());
            case "comm": return (name(q, th) + "\n").getBytes(StandardCharsets.UTF_8);
            case "auxv": return auxv(q);
            default: return ascii(fdinfo(q, number(t.rest.substring(7))));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** comm is writable: the name becomes the first 15 bytes written (proc_pid_set_comm). */
    private static void setComm(Target t, byte[] b) {
        int n = Math.min(b.length, 15);
        String comm = new String(b, 0, n, StandardCharsets.UTF_8);
        Task th = t.thread != null ? t.thread : leader(t.process);
        if (th != null) {
            th.comm = comm;
        }
        if (th == null || th.tid == t.process.pid) {
            t.process.comm = comm;
        }
    }

    /** The name of thread {@code t} of {@code q} (the process's when there is no live thread). */
    private static String name(LinuxProcess q, Task t) {
        return t != null ? Prctl.comm(t) : q.comm;
    }

    // ---- maps ------------------------------------------------------------------------------------

    /**
     * Where file-backed mappings came from, for the offset, device and inode columns of maps:
     * ranges by start, each {end, start minus file offset, st_dev, st_ino, name's hash}. A mapping
     * shows them only while its name is still the file's (anything mapped over it is renamed).
     */
    static final class FileRanges {
        private final java.util.TreeMap<Long, long[]> ranges = new java.util.TreeMap<>();

        synchronized void add(long start, long end, long offset, FileStat st, String name) {
            ranges.subMap(start, end).clear();
            java.util.Map.Entry<Long, long[]> below = ranges.lowerEntry(start);
            if (below != null && below.getValue()[0] > start) {
                below.getValue()[0] = start;
            }
            ranges.put(start, new long[] {end, start - offset, st != null ? st.dev() : 0, st != null ? st.ino() : 0,
                    name.hashCode()});
        }

        /** {offset, dev, ino} for a mapping at {@code start} named {@code name}, or null. */
        synchronized long[] lookup(long start, String name) {
            java.util.Map.Entry<Long, long[]> e = ranges.floorEntry(start);
            if (e == null || e.getValue()[0] <= start || e.getValue()[4] != name.hashCode()) {
                return null;
            }
            long[] r = e.getValue();
            return new long[] {start - r[1], r[2], r[3]};
        }

        synchronized void clear() {
            ranges.clear();
        }

        synchronized FileRanges copy() {
            FileRanges c = new FileRanges();
            for (java.util.Map.Entry<Long, long[]> e : ranges.entrySet()) {
                c.ranges.put(e.getKey(), e.getValue().clone());
            }
            return c;
        }
    }

    /** Records the PT_LOAD segments of an image and of its dynamic loader, as their file mappings. */
    static void recordImage(LinuxProcess p, ElfFile f, ElfLoader.Image image) {
        p.fileRanges.clear();
        recordSegments(p, f, image.loadBias(), f.path);
        if (image.interp() != null) {
            ElfFile i = image.interp();
            recordSegments(p, i, image.interpBase() - (lowestLoad(i) & -AddressSpace.PAGE_SIZE), ElfLoader.realPath(i.path));
        }
    }

    private static long lowestLoad(ElfFile f) {
        long lo = Long.MAX_VALUE;
        for (ElfFile.Segment s : f.segments) {
            if (s.type() == ElfFile.PT_LOAD) {
                lo = Math.min(lo, s.vaddr());
            }
        }
        return lo;
    }

    private static void recordSegments(LinuxProcess p, ElfFile f, long bias, String name) {
        FileStat st;
        try {
            st = FileStat.of(Path.of(f.path), true);
        } catch (RuntimeException e) {
            st = null;
        }
        long page = AddressSpace.PAGE_SIZE;
        for (ElfFile.Segment s : f.segments) {
            if (s.type() == ElfFile.PT_LOAD && s.filesz() > 0) {
                long start = (s.vaddr() + bias) & -page;
                long lead = s.vaddr() + bias - start;
                long end = (s.vaddr() + bias + s.filesz() + page - 1) & -page;
                p.fileRanges.add(start, end, s.offset() - lead, st, name);
            }
        }
    }

    /** show_map_vma: "start-end perms offset major:minor inode", padded to column 73 before a name. */
    static String maps(LinuxProcess q) {
        StringBuilder sb = new StringBuilder();
        List<AddressSpace.Mapping> ms = q.mem.mappings();
        for (AddressSpace.Mapping m : ms) {
            int mark = sb.length();
            long[] file = m.name().isEmpty() ? null : q.fileRanges.lookup(m.start(), m.name());
            long off = file != null ? file[0] : 0, dev = file != null ? file[1] : 0, ino = file != null ? file[2] : 0;
            sb.append(String.format("%08x-%08x %c%c%c%c %08x %02x:%02x %d ", m.start(), m.end(),
                    (m.prot() & Prot.READ) != 0 ? 'r' : '-', (m.prot() & Prot.WRITE) != 0 ? 'w' : '-',
                    (m.prot() & Prot.EXEC) != 0 ? 'x' : '-', q.sharedFiles.covers(m.start()) || q.mem.sharedAt(m.start()) != null ? 's' : 'p', off,
                    FileStat.major(dev), FileStat.minor(dev), ino));
            String name = m.name();
            if (!name.isEmpty()) {
                while (sb.length() - mark < 73) {
                    sb.append(' ');
                }
                sb.append(name);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Mapped bytes; bytes of pages written since mapped (resident); the [stack] mapping's bytes. */
    private static long[] memory(LinuxProcess q) {
        long size = 0, resident = 0, stack = 0, exe = 0, data = 0;
        for (AddressSpace.Mapping m : q.mem.mappings()) {
            long len = m.end() - m.start();
            size += len;
            if (m.name().equals("[stack]")) {
                stack += len;
            } else if ((m.prot() & Prot.EXEC) != 0 && m.name().equals(q.exePath)) {
                exe += len;
            } else if ((m.prot() & Prot.WRITE) != 0) {
                data += len;
            }
            if (m.prot() != Prot.NONE && len <= (1L << 32)) {
                for (long a = m.start(); a < m.end(); a += AddressSpace.PAGE_SIZE) {
                    if (q.mem.written(a)) {
                        resident += AddressSpace.PAGE_SIZE;
                    }
                }
            }
        }
        return new long[] {size, resident, stack, exe, data};
    }

    // ---- stat, statm, status ----------------------------------------------------------------------

    /** do_task_stat's 52 fields. */
    static String statLine(LinuxProcess q, Task t) {
        long[] mem = memory(q);
        String[] host = hostStat();
        long cpu = t != null ? ProcessTimers.threadCpu(t, false) : 0;
        long user = t != null ? ProcessTimers.threadCpu(t, true) : 0;
        int threads;
        synchronized (q) {
            threads = q.threads.size();
        }
        int nice = t != null ? t.nice : 0;
        int policy = t != null ? t.schedPolicy : 0;
        int rtPrio = t != null ? t.schedPriority : 0;
        int prio = policy == SchedSyscalls.SCHED_FIFO || policy == SchedSyscalls.SCHED_RR ? -1 - rtPrio : 20 + nice;
        long blocked = t != null ? t.signals.blocked : 0;
        long pending = t != null ? t.signals.pending : 0;
        long[] ign = dispositions(q);
        StringBuilder sb = new StringBuilder();
        sb.append(t != null ? t.tid : q.pid).append(" (").append(name(q, t)).append(") ").append(state(q, t));
        sb.append(' ').append(q.ppid).append(' ').append(q.pgid).append(' ').append(q.sid);
        sb.append(' ').append(field(host, 7, "0")).append(' ').append(field(host, 8, "-1"));
        sb.append(' ').append(field(host, 9, "4194304"));
        sb.append(" 0 0 0 0"); // minflt cminflt majflt cmajflt
        sb.append(' ').append(ticks(user)).append(' ').append(ticks(Math.max(0, cpu - user))).append(" 0 0");
        sb.append(' ').append(prio).append(' ').append(nice).append(' ').append(threads).append(" 0");
        sb.append(' ').append(startTicks(q));
        sb.append(' ').append(mem[0]).append(' ').append(mem[1] / AddressSpace.PAGE_SIZE);
        sb.append(' ').append(Long.toUnsignedString(q.rlimits.soft[Rlimits.RLIMIT_RSS]));
        sb.append(' ').append(q.bounds.startCode()).append(' ').append(q.bounds.endCode());
        sb.append(' ').append(q.placed.sp());
        sb.append(" 0 0"); // kstkesp kstkeip: 0 unless the caller may ptrace and the task is dumping
        sb.append(' ').append(pending & 0x7FFFFFFFFFFFFFFFL).append(' ').append(blocked).append(' ').append(ign[0])
                .append(' ').append(ign[1]);
        sb.append(" 0 0 0"); // wchan nswap cnswap
        sb.append(' ').append(q.exitSignal).append(" 0"); // processor
        sb.append(' ').append(rtPrio).append(' ').append(policy).append(" 0 0 0");
        sb.append(' ').append(q.bounds.startData()).append(' ').append(q.bounds.endData());
        sb.append(' ').append(q.brkStart);
        sb.append(' ').append(q.placed.argStart()).append(' ').append(q.placed.argEnd());
        sb.append(' ').append(q.placed.envStart()).append(' ').append(q.placed.envEnd());
        sb.append(' ').append(q.exitStatus >= 0 ? q.exitStatus << 8 : 0).append('\n');
        return sb.toString();
    }

    /** statm: size resident shared text lib data dt, in pages. */
    static String statm(LinuxProcess q) {
        long[] mem = memory(q);
        long page = AddressSpace.PAGE_SIZE;
        return (mem[0] / page) + " " + (mem[1] / page) + " 0 " + (mem[3] / page) + " 0 " + ((mem[4] + mem[2]) / page)
                + " 0\n";
    }

    /**
     * The host's own status lines with the guest's values in place of the process's: its name,
     * state, ids, memory, threads, signals and CPUs; capabilities, seccomp and the rest as the
     * host reports them for ring3 (they are the guest's too).
     */
    static String status(LinuxProcess q, Task t) {
        long[] mem = memory(q);
        long[] disp = dispositions(q);
        int threads;
        synchronized (q) {
            threads = q.threads.size();
        }
        int fdSize = 64;
        while (fdSize < q.fds.size()) {
            fdSize <<= 1;
        }
        long kb = 1024;
        StringBuilder sb = new StringBuilder();
        for (String line : hostLines("/proc/self/status")) {
            int colon = line.indexOf(':');
            String key = colon < 0 ? line : line.substring(0, colon);
            String v;
            switch (key) {
                case "Name": v = escapeName(name(q, t)); break;
                case "Umask": v = String.format("%04o", q.umask); break;
                case "State": v = state(q, t) == 'Z' ? "Z (zombie)" : q == null || t == null ? "S (sleeping)" : "R (running)"; break;
                case "Tgid": case "NStgid": v = Integer.toString(q.pid); break;
                case "Ngid": v = "0"; break;
                case "Pid": case "NSpid": v = Integer.toString(t != null ? t.tid : q.pid); break;
                case "PPid": v = Integer.toString(q.ppid); break;
                case "TracerPid": v = "0"; break;
                case "NSpgid": v = Integer.toString(q.pgid); break;
                case "NSsid": v = Integer.toString(q.sid); break;
                case "FDSize": v = Integer.toString(fdSize); break;
                case "VmPeak": case "VmSize": v = kB(mem[0] / kb); break;
                case "VmLck": case "VmPin": case "VmLib": case "VmSwap": case "RssFile": case "RssShmem":
                    v = kB(0); break;
                case "VmHWM": case "VmRSS": case "RssAnon": v = kB(mem[1] / kb); break;
                case "VmData": v = kB(mem[4] / kb); break;
                case "VmStk": v = kB(mem[2] / kb); break;
                case "VmExe": v = kB(mem[3] / kb); break;
                case "VmPTE": v = kB((mem[1] / AddressSpace.PAGE_SIZE + 511) / 512 * 4); break;
                case "Threads": v = Integer.toString(threads); break;
                case "SigQ": {
                    int pendingCount = Long.bitCount(t != null ? t.signals.pending : 0);
                    v = pendingCount + "/" + Long.toUnsignedString(q.rlimits.soft[Rlimits.RLIMIT_SIGPENDING]);
                    break;
                }
                case "SigPnd": v = hex16(t != null ? t.signals.pending : 0); break;
                case "ShdPnd": v = hex16(0); break;
                case "SigBlk": v = hex16(t != null ? t.signals.blocked : 0); break;
                case "SigIgn": v = hex16(disp[0]); break;
                case "SigCgt": v = hex16(disp[1]); break;
                case "Cpus_allowed": v = HostCpus.allowed(t != null ? t.affinity : null); break; // as sched_getaffinity reports
                case "Cpus_allowed_list": v = HostCpus.allowedList(t != null ? t.affinity : null); break;
                case "voluntary_ctxt_switches": case "nonvoluntary_ctxt_switches": v = "0"; break;
                default: v = null;
            }
            if (v == null) {
                sb.append(line).append('\n');
            } else {
                sb.append(key).append(":\t").append(v).append('\n');
            }
        }
        return sb.toString();
    }

    private static String kB(long n) {
        return String.format("%8d kB", n);
    }

    private static String hex16(long v) {
        return String.format("%016x", v);
    }

    /** proc_task_name's escaping for status: backslash and newline as \\ and \n. */
    private static String escapeName(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** R for the caller's own process, S for the others, Z for an ended one. */
    private static char state(LinuxProcess q, Task t) {
        if (q.ended()) {
            return 'Z';
        }
        return t != null && t.thread == Thread.currentThread() ? 'R' : 'S';
    }

    /** The ignored and the caught signals as masks (bit n-1 for signal n). */
    private static long[] dispositions(LinuxProcess q) {
        long ign = 0, cgt = 0;
        for (int s = 1; s <= Signals.NSIG; s++) {
            long h = q.actions.handler[s];
            if (h == SignalActions.SIG_IGN) {
                ign |= 1L << (s - 1);
            } else if (h != SignalActions.SIG_DFL) {
                cgt |= 1L << (s - 1);
            }
        }
        return new long[] {ign, cgt};
    }

    private static long ticks(long nanos) {
        return nanos / (1_000_000_000L / CLK_TCK);
    }

    /** starttime: the clock ticks since boot when the process began. */
    private static long startTicks(LinuxProcess q) {
        double uptime = 0;
        List<String> l = hostLines("/proc/uptime");
        if (!l.isEmpty()) {
            try {
                uptime = Double.parseDouble(l.get(0).split(" ")[0]);
            } catch (NumberFormatException e) {
                uptime = 0;
            }
        }
        long since = System.nanoTime() - q.startNanos;
        return Math.max(0, (long) (uptime * CLK_TCK) - ticks(since));
    }

    /** The fields of ring3's own /proc/self/stat after the command name (index 3 = ppid, ...). */
    private static String[] hostStat() {
        List<String> l = hostLines("/proc/self/stat");
        if (l.isEmpty()) {
            return new String[0];
        }
        String s = l.get(0);
        int close = s.lastIndexOf(')');
        return close < 0 ? new String[0] : ("x x " + s.substring(close + 2)).split(" ");
    }

    private static String field(String[] f, int oneBased, String fallback) {
        return oneBased - 1 < f.length ? f[oneBased - 1] : fallback;
    }

    private static List<String> hostLines(String path) {
        try {
            return Files.readAllLines(Path.of(path), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    // ---- cmdline, environ, auxv, fdinfo -------------------------------------------------------------

    /** The bytes between two addresses of the process's memory, read now (the guest may have rewritten them). */
    private static byte[] strings(LinuxProcess q, long from, long to) {
        if (to <= from || q.ended()) {
            return new byte[0];
        }
        byte[] b = new byte[(int) Math.min(to - from, 1 << 20)];
        try {
            q.mem.read(from, b, 0, b.length);
        } catch (dev.ring3.mmu.GuestFault e) {
            return new byte[0];
        }
        return b;
    }

    private static byte[] auxv(LinuxProcess q) {
        long[] a = q.placed.auxv();
        byte[] b = new byte[a.length * 8];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < 8; k++) {
                b[8 * i + k] = (byte) (a[i] >>> (8 * k));
            }
        }
        return b;
    }

    /** seq_show of fs/proc/fd.c: pos, flags (with O_CLOEXEC), mnt_id, ino, then what the file adds. */
    static String fdinfo(LinuxProcess q, int fd) {
        OpenFile f = q.fds.get(fd);
        if (f == null) {
            throw ErrnoException.of(Errno.ENOENT);
        }
        long pos;
        try {
            pos = f.seek(0, Lseek.SEEK_CUR);
        } catch (ErrnoException e) {
            pos = 0;
        }
        int flags = f.flags() | (q.fds.closeOnExec(fd) ? OpenFlags.O_CLOEXEC : 0);
        StringBuilder sb = new StringBuilder();
        sb.append("pos:\t").append(pos).append("\nflags:\t0").append(Integer.toOctalString(flags));
        sb.append("\nmnt_id:\t").append(mountId(f)).append("\nino:\t").append(f.stat().ino()).append('\n');
        if (f instanceof PidFd) {
            PidFd pf = (PidFd) f;
            int pid = pf.reaped() ? -1 : pf.thread != null ? pf.thread.tid : pf.process.pid;
            sb.append("Pid:\t").append(pid).append("\nNSpid:\t").append(pid).append('\n');
        }
        return sb.toString();
    }

    /** The mount id of a host file (the longest mount point over its path in mountinfo), else anon_inode's. */
    private static int mountId(OpenFile f) {
        Path host = f.hostPath();
        String path = host != null ? host.toAbsolutePath().normalize().toString() : null;
        int best = -1, bestLen = -1, anon = 0;
        for (String line : hostLines("/proc/self/mountinfo")) {
            String[] w = line.split(" ");
            if (w.length < 5) {
                continue;
            }
            String mp = w[4];
            int id = number(w[0]);
            if (mp.equals("/")) {
                anon = anon == 0 ? id : anon;
            }
            if (path != null && (path.equals(mp) || path.startsWith(mp.equals("/") ? "/" : mp + "/")) && mp.length() > bestLen) {
                best = id;
                bestLen = mp.length();
            }
        }
        return best >= 0 ? best : anon;
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static Task leader(LinuxProcess q) {
        return thread(q, q.pid);
    }

    private static Task thread(LinuxProcess q, int tid) {
        synchronized (q) {
            for (Task t : q.threads) {
                if (t.tid == tid) {
                    return t;
                }
            }
            return tid == q.pid && !q.threads.isEmpty() ? q.threads.get(0) : null;
        }
    }

    private static List<Integer> tids(LinuxProcess q) {
        List<Integer> r = new ArrayList<>();
        synchronized (q) {
            for (Task t : q.threads) {
                r.add(t.tid);
            }
        }
        return r;
    }

    /** A decimal number of up to 9 digits, else -1. */
    static int number(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
