package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import org.agrona.collections.LongArrayList;
import org.junit.jupiter.api.Test;

/** Code writes reach the block caches of every thread: at once for the writer's own, queued for the others. */
class BlockCacheTest {
    private static final long CODE = 0x400000;
    private static final byte[] MOV_EAX_1_RET = {(byte) 0xb8, 1, 0, 0, 0, (byte) 0xc3};
    private static final byte[] MOV_EAX_2_RET = {(byte) 0xb8, 2, 0, 0, 0, (byte) 0xc3};

    @Test
    void aWriteByTheOwnerDropsTheBlockAtOnce() {
        try (AddressSpace mem = code()) {
            BlockCache cache = new BlockCache(mem);
            Block b = cache.lookup(CODE);
            mem.write(CODE, MOV_EAX_2_RET, 0, MOV_EAX_2_RET.length);
            assertTrue(b.dropped);
            assertEquals(2, cache.lookup(CODE).insns[0].imm);
        }
    }

    @Test
    void aWriteByAnotherThreadIsQueuedUntilTheOwnerDrainsIt() throws InterruptedException {
        try (AddressSpace mem = code()) {
            Cpu cpu = new Cpu(mem);
            BlockCache cache = new BlockCache(mem, cpu);
            LongArrayList foreign = new LongArrayList();
            cache.setForeignWriteListener(foreign::addLong);
            Block b = cache.lookup(CODE);
            Thread writer = new Thread(() -> mem.write(CODE + 1, new byte[] {2}, 0, 1));
            writer.start();
            writer.join();
            assertFalse(b.dropped, "another thread must not touch this cache");
            assertTrue(cpu.attention, "the owner is asked to leave guest code");
            assertEquals(1, foreign.size());
            assertEquals(CODE, foreign.getLong(0));
            assertSame(b, cache.lookup(CODE), "nothing dropped before the drain");
            cache.drainWrites();
            assertTrue(b.dropped);
            Block fresh = cache.lookup(CODE);
            assertNotSame(b, fresh);
            assertEquals(2, fresh.insns[0].imm);
        }
    }

    @Test
    void manyForeignWritesDropTheWholeCache() throws InterruptedException {
        try (AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT)) {
            int pages = 80;
            mem.map(CODE, pages * AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE | Prot.EXEC, "");
            BlockCache cache = new BlockCache(mem, new Cpu(mem));
            Block[] blocks = new Block[pages];
            for (int i = 0; i < pages; i++) {
                long a = CODE + i * AddressSpace.PAGE_SIZE;
                mem.write(a, MOV_EAX_1_RET, 0, MOV_EAX_1_RET.length);
                blocks[i] = cache.lookup(a);
            }
            Thread writer = new Thread(() -> {
                for (int i = 0; i < pages; i++) {
                    mem.write8(CODE + i * AddressSpace.PAGE_SIZE + 1, (byte) 2);
                }
            });
            writer.start();
            writer.join();
            cache.drainWrites();
            assertEquals(0, cache.size(), "a bounded queue: past its limit everything is dropped");
            for (Block b : blocks) {
                assertTrue(b.dropped);
            }
        }
    }

    private static AddressSpace code() {
        AddressSpace mem = AddressSpace.create(AddressSpace.Kind.FLAT);
        mem.map(CODE, AddressSpace.PAGE_SIZE, Prot.READ | Prot.WRITE | Prot.EXEC, "");
        mem.write(CODE, MOV_EAX_1_RET, 0, MOV_EAX_1_RET.length);
        return mem;
    }
}
