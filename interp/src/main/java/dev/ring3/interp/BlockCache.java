package dev.ring3.interp;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.GuestFault;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongArrayList;

/**
 * Decoded blocks of one address space for one guest thread, by start address: a direct-mapped
 * array in front of a primitive-keyed hash map (never boxed guest addresses: DESIGN.md decision 5).
 * Pages holding decoded code are marked in the MMU, so a write to them drops the blocks on that
 * page before the written code can be decoded again (self-modifying and generated code).
 *
 * <p>Every thread has its own cache, and each registers for the space's code writes. A write by
 * the owning thread drops the blocks at once; a write by another thread (cross-modifying code)
 * cannot touch this cache, which is not thread-safe, so it queues the page, tells the
 * {@linkplain #setForeignWriteListener foreign-write listener} and sets the owner's
 * {@link Cpu#attention}, all before the write lands; the owner then {@linkplain #drainWrites
 * drains} the queue at its next attention check, a block boundary.
 */
public final class BlockCache {
    private static final int MAX_INSNS = 64;
    private static final int L1_BITS = 12;
    /** Pages queued by other threads beyond this drop the whole cache instead (a bounded queue). */
    private static final int MAX_QUEUED = 64;

    private final AddressSpace mem;
    private final Decoder decoder = new Decoder();
    private final Block[] l1 = new Block[1 << L1_BITS];
    private final Long2ObjectHashMap<Block> blocks = new Long2ObjectHashMap<>();
    private final List<Insn> scratch = new ArrayList<>();
    /** Told the page of every invalidation, or -1 when everything is dropped (the JIT's code cache). */
    private LongConsumer invalidationListener = page -> { };
    /** The thread that decodes and runs this cache's blocks; writes by others are queued. */
    private final Thread owner = Thread.currentThread();
    /** Asked to leave guest code when another thread writes code (null: nobody, for tests). */
    private final Cpu ownerCpu;
    /** Registered with the space, which holds it weakly: this field keeps it alive with the cache. */
    private final LongConsumer codeWrites = this::codeWritten;
    /**
     * Guards the queue, and whatever must not interleave with another thread's notification: the
     * foreign-write listener runs under it, and so do invalidations and the JIT's installs.
     */
    private final Object writeLock = new Object();
    /** Pages written by other threads, not yet dropped here (guarded by writeLock). */
    private final LongArrayList queued = new LongArrayList();
    /** More than {@link #MAX_QUEUED} pages were queued: drop everything (guarded by writeLock). */
    private boolean queuedAll;
    private volatile boolean queuedAny;
    private LongConsumer foreignWriteListener = page -> { };

    /** A cache used only by the calling thread (tests): no other thread is expected to write code. */
    public BlockCache(AddressSpace mem) {
        this(mem, null);
    }

    /**
     * The cache of the calling thread, which runs {@code cpu}: a code write by another thread
     * sets {@code cpu.attention}, and the engine then calls {@link #drainWrites}.
     */
    public BlockCache(AddressSpace mem, Cpu cpu) {
        this.mem = mem;
        this.ownerCpu = cpu;
        mem.addCodeWriteListener(codeWrites);
    }

    public AddressSpace memory() {
        return mem;
    }

    /** The block starting at {@code rip}, decoding it on first use. */
    public Block lookup(long rip) {
        int slot = (int) (rip ^ (rip >>> L1_BITS)) & ((1 << L1_BITS) - 1);
        Block b = l1[slot];
        if (b != null && b.start == rip) {
            return b;
        }
        b = blocks.get(rip);
        if (b == null) {
            b = decodeBlock(rip);
            blocks.put(rip, b);
        }
        l1[slot] = b;
        return b;
    }

    private Block decodeBlock(long rip) {
        // Marked before the bytes are read: another thread's write that lands after the read
        // then finds the mark and is told to this cache.
        mem.markCode(rip);
        scratch.clear();
        long a = rip;
        while (scratch.size() < MAX_INSNS) {
            Insn in;
            try {
                in = decoder.decode(mem, a);
            } catch (GuestFault f) {
                if (scratch.isEmpty()) {
                    throw f;
                }
                break; // the fault belongs to a later instruction: raise it when that one is reached
            }
            scratch.add(in);
            a = in.next;
            if (in.op.endsBlock) {
                break;
            }
        }
        Block b = new Block(rip, a, scratch.toArray(new Insn[0]));
        for (long p = (rip & ~AddressSpace.PAGE_MASK) + AddressSpace.PAGE_SIZE; p - a < 0; p += AddressSpace.PAGE_SIZE) {
            mem.markCode(p);
        }
        return b;
    }

    /** The block starting at {@code rip} if it is decoded already, else null (never decodes). */
    public Block peek(long rip) {
        return blocks.get(rip);
    }

    /**
     * Sets who hears about dropped code (the JIT drops translations that cover the page), called
     * after the blocks are gone and before the write lands.
     */
    public void setInvalidationListener(LongConsumer listener) {
        this.invalidationListener = listener;
    }

    /**
     * Sets who is told, on the writing thread and under {@link #writeLock()}, of a code write by
     * another thread, after the page is queued and before the write lands (the JIT marks the
     * translations covering it dropped, which translated code checks at every block boundary).
     */
    public void setForeignWriteListener(LongConsumer listener) {
        this.foreignWriteListener = listener;
    }

    /** The lock held while another thread queues a write here (see {@link #setForeignWriteListener}). */
    public Object writeLock() {
        return writeLock;
    }

    /** The space's code-write listener: runs on the writing thread, before the write lands. */
    private void codeWritten(long page) {
        if (Thread.currentThread() == owner) {
            invalidatePage(page);
            if (ownerCpu != null && ownerCpu.translatedCode) {
                throw CodeWriteRestart.INSTANCE; // before the write lands: the interpreter redoes it
            }
            return;
        }
        synchronized (writeLock) {
            if (!queuedAll && !queued.containsLong(page)) {
                if (queued.size() < MAX_QUEUED) {
                    queued.addLong(page);
                } else {
                    queued.clear();
                    queuedAll = true;
                }
            }
            queuedAny = true;
            foreignWriteListener.accept(page);
        }
        if (ownerCpu != null) {
            ownerCpu.attention = true;
        }
    }

    /**
     * On the owning thread: drops what other threads' code writes invalidated since the last call.
     * Engines call it after the personality's attention, which clears {@link Cpu#attention}: a
     * write queued after that sets it again.
     */
    public void drainWrites() {
        if (!queuedAny) {
            return;
        }
        synchronized (writeLock) {
            queuedAny = false;
            if (queuedAll) {
                queuedAll = false;
                clear();
            } else {
                for (int i = 0; i < queued.size(); i++) {
                    invalidatePage(queued.getLong(i));
                }
            }
            queued.clear();
        }
    }

    /** Drops every block that overlaps the page at {@code page} (called before a write to it lands). */
    public void invalidatePage(long page) {
        synchronized (writeLock) {
            long end = page + AddressSpace.PAGE_SIZE;
            blocks.values().removeIf(b -> {
                boolean hit = b.start < end && b.end > page;
                if (hit) {
                    b.drop();
                }
                return hit;
            });
            java.util.Arrays.fill(l1, null);
            invalidationListener.accept(page);
        }
    }

    /** Drops everything (execve, munmap of code). */
    public void clear() {
        synchronized (writeLock) {
            for (Block b : blocks.values()) {
                b.drop();
            }
            blocks.clear();
            java.util.Arrays.fill(l1, null);
            invalidationListener.accept(-1L);
        }
    }

    public int size() {
        return blocks.size();
    }
}
