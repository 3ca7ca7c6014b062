package dev.ring3.syscalls;

/**
 * A process's resource limits (getrlimit(2)): soft and hard value per RLIMIT_* number, starting
 * from the values a login shell on a typical Linux host has.
 */
public final class Rlimits {
    public static final int RLIMIT_CPU = 0, RLIMIT_FSIZE = 1, RLIMIT_DATA = 2, RLIMIT_STACK = 3,
            RLIMIT_CORE = 4, RLIMIT_RSS = 5, RLIMIT_NPROC = 6, RLIMIT_NOFILE = 7, RLIMIT_MEMLOCK = 8,
            RLIMIT_AS = 9, RLIMIT_LOCKS = 10, RLIMIT_SIGPENDING = 11, RLIMIT_MSGQUEUE = 12,
            RLIMIT_NICE = 13, RLIMIT_RTPRIO = 14, RLIMIT_RTTIME = 15;
    public static final int COUNT = 16;
    /** RLIM_INFINITY. */
    public static final long INFINITY = -1L;

    public final long[] soft = new long[COUNT];
    public final long[] hard = new long[COUNT];

    public Rlimits() {
        for (int i = 0; i < COUNT; i++) {
            soft[i] = INFINITY;
            hard[i] = INFINITY;
        }
        soft[RLIMIT_STACK] = 8L << 20;
        soft[RLIMIT_CORE] = 0;
        soft[RLIMIT_NOFILE] = FdTable.DEFAULT_LIMIT;
        hard[RLIMIT_NOFILE] = FdTable.NR_OPEN;
        soft[RLIMIT_MEMLOCK] = 8L << 20;
        hard[RLIMIT_MEMLOCK] = 8L << 20;
        soft[RLIMIT_NPROC] = 63_000;
        hard[RLIMIT_NPROC] = 63_000;
        soft[RLIMIT_SIGPENDING] = 63_000;
        hard[RLIMIT_SIGPENDING] = 63_000;
        soft[RLIMIT_MSGQUEUE] = 819_200;
        hard[RLIMIT_MSGQUEUE] = 819_200;
        soft[RLIMIT_NICE] = 0;
        hard[RLIMIT_NICE] = 0;
        soft[RLIMIT_RTPRIO] = 0;
        hard[RLIMIT_RTPRIO] = 0;
    }

    /** A copy for fork. */
    public Rlimits copy() {
        Rlimits r = new Rlimits();
        System.arraycopy(soft, 0, r.soft, 0, COUNT);
        System.arraycopy(hard, 0, r.hard, 0, COUNT);
        return r;
    }
}
