package dev.ring3.syscalls;

import java.util.ArrayList;
import java.util.List;

/**
 * The System V shared memory segments of one ring3 run (its IPC namespace: the guest processes
 * share it, the host's own segments are not in it). Ids are made as ipc/util.c makes them, the
 * slot index plus a sequence number times 32768, so a removed segment's id is not reused at once.
 * Every method runs under this object's monitor.
 */
final class ShmSegments {
    static final int IPCMNI = 32768;
    static final int SHMMNI = 4096;
    /** SHM_DEST and SHM_LOCKED: state bits that IPC_STAT shows in shm_perm.mode. */
    static final int SHM_DEST = 01000, SHM_LOCKED = 02000;

    /** One segment: struct shmid_kernel's fields and the memory, a shmem object. */
    static final class Segment {
        final int index;
        int id;
        int key;
        final long size;
        int mode;
        int uid, gid;
        final int cuid, cgid;
        final int cpid;
        int lpid;
        long nattch;
        long atime, dtime, ctime;
        final SharedAnonymousMemory memory;
        /** The shmem file's name in /proc/PID/maps: "/SYSV" and the key at creation. */
        final String name;

        Segment(int index, int seq, int key, long size, int mode, int uid, int gid, int pid) {
            this.index = index;
            this.id = seq * IPCMNI + index;
            this.key = key;
            this.size = size;
            this.mode = mode;
            this.uid = this.cuid = uid;
            this.gid = this.cgid = gid;
            this.cpid = pid;
            this.ctime = now();
            this.memory = new SharedAnonymousMemory(MemorySyscalls.pageUp(size), id, "SYSV");
            this.name = String.format("/SYSV%08x (deleted)", key);
        }

        boolean removed() {
            return (mode & SHM_DEST) != 0;
        }
    }

    private final List<Segment> slots = new ArrayList<>();
    private int seq;

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** The live segment with this id, or null. */
    synchronized Segment byId(int id) {
        int index = id % IPCMNI;
        if (id < 0 || index >= slots.size()) {
            return null;
        }
        Segment s = slots.get(index);
        return s != null && s.id == id ? s : null;
    }

    /** The segment in slot {@code index} (SHM_STAT), or null. */
    synchronized Segment byIndex(int index) {
        return index >= 0 && index < slots.size() ? slots.get(index) : null;
    }

    /** The segment with this key that IPC_RMID has not made private yet, or null. */
    synchronized Segment byKey(int key) {
        for (Segment s : slots) {
            if (s != null && s.key == key && !s.removed()) {
                return s;
            }
        }
        return null;
    }

    /** A new segment in the lowest free slot, or null when SHMMNI are in use. */
    synchronized Segment create(int key, long size, int mode, int uid, int gid, int pid) {
        int index = slots.indexOf(null);
        if (index < 0) {
            if (slots.size() >= SHMMNI) {
                return null;
            }
            index = slots.size();
            slots.add(null);
        }
        Segment s = new Segment(index, seq++ & 0xFFFF, key, size, mode, uid, gid, pid);
        slots.set(index, s);
        return s;
    }

    /** IPC_RMID: private at once, gone when the last attachment goes. */
    synchronized void remove(Segment s) {
        s.mode |= SHM_DEST;
        s.key = 0;
        destroyIfUnused(s);
    }

    /** An attachment went (shmdt, munmap, exit): the segment goes too if it was removed. */
    synchronized void detached(Segment s, int pid) {
        s.nattch--;
        s.dtime = now();
        s.lpid = pid;
        destroyIfUnused(s);
    }

    synchronized void attached(Segment s, int pid) {
        s.nattch++;
        s.atime = now();
        s.lpid = pid;
    }

    /** fork: the child holds the parent's attachments too (no time stamps change). */
    synchronized void inherited(Segment s) {
        s.nattch++;
    }

    private void destroyIfUnused(Segment s) {
        if (s.removed() && s.nattch == 0 && slots.get(s.index) == s) {
            slots.set(s.index, null);
            s.memory.release();
        }
    }

    /** The highest slot in use (IPC_INFO's and SHM_INFO's result), or 0. */
    synchronized int maxIndex() {
        for (int i = slots.size() - 1; i >= 0; i--) {
            if (slots.get(i) != null) {
                return i;
            }
        }
        return 0;
    }

    /** {used ids, total pages} for SHM_INFO. */
    synchronized long[] usage() {
        long used = 0, pages = 0;
        for (Segment s : slots) {
            if (s != null) {
                used++;
                pages += MemorySyscalls.pageUp(s.size) / MemorySyscalls.PAGE;
            }
        }
        return new long[] {used, pages};
    }
}
