package dev.ring3.syscalls;

import java.util.ArrayList;
import java.util.List;

/**
 * The System V shared memory segments one address space has attached (shmat), by address: what
 * shmdt looks up, and what fork, execve, munmap and the process's end detach or inherit.
 */
final class ShmAttachments {
    record Attachment(long addr, long size, ShmSegments.Segment segment) {}

    private final ShmSegments namespace;
    private final List<Attachment> list = new ArrayList<>();

    ShmAttachments(ShmSegments namespace) {
        this.namespace = namespace;
    }

    ShmSegments namespace() {
        return namespace;
    }

    synchronized void add(long addr, long size, ShmSegments.Segment s, int pid) {
        list.add(new Attachment(addr, size, s));
        namespace.attached(s, pid);
    }

    /** The attachment that starts at {@code addr}, or null. */
    synchronized Attachment at(long addr) {
        for (Attachment a : list) {
            if (a.addr == addr) {
                return a;
            }
        }
        return null;
    }

    /** Detaches every attachment that starts inside [addr, addr+size) (shmdt, munmap, mmap over it). */
    synchronized void unmapped(long addr, long size, int pid) {
        if (list.isEmpty()) {
            return;
        }
        list.removeIf(a -> {
            boolean gone = a.addr >= addr && a.addr - addr < size;
            if (gone) {
                namespace.detached(a.segment, pid);
            }
            return gone;
        });
    }

    /** fork: the child's address space holds the same attachments. */
    synchronized ShmAttachments copy() {
        ShmAttachments c = new ShmAttachments(namespace);
        for (Attachment a : list) {
            c.list.add(a);
            namespace.inherited(a.segment);
        }
        return c;
    }

    /** execve and exit: every attachment goes. */
    synchronized void clear(int pid) {
        for (Attachment a : list) {
            namespace.detached(a.segment, pid);
        }
        list.clear();
    }
}
