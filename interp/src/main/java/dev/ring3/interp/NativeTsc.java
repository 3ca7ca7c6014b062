package dev.ring3.interp;

import dev.ring3.mmu.NativeCalls;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agrona.UnsafeApi;

/**
 * The host's own time-stamp counter, read by a ten-byte native stub through a critical downcall of
 * the Foreign Function & Memory API (JDK 22 and later: no thread-state transition, about 2 ns
 * above the RDTSC itself), linked through {@link NativeCalls}; the resulting handle is a plain {@code ()long} {@link MethodHandle} held in a static final field, which
 * C2 inlines. Initialising this class links the stub (about 0.1-0.25 s of CPU on JDK 25, most of it
 * the FFM linker's first use), so only {@link HostTsc}'s background thread touches it.
 *
 * <p>The stub is used only where the host kernel itself reads the TSC for its clocks (clocksource
 * {@code tsc}: the TSC is invariant and synchronised across CPUs), and only when the JVM grants
 * native access ({@code --enable-native-access=ALL-UNNAMED}, which ring3's launcher and jar give),
 * so that no restricted-method warning ever reaches the guest's stderr.
 */
final class NativeTsc {
    /** RDTSC; SHL RDX,32; OR RAX,RDX; RET — EDX:EAX as one 64-bit value (SysV: returned in RAX). */
    static final byte[] STUB = {0x0F, 0x31, 0x48, (byte) 0xC1, (byte) 0xE2, 0x20, 0x48, 0x09, (byte) 0xD0, (byte) 0xC3};
    private static final int PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20;
    private static final long PAGE = 4096;
    static final Path CLOCKSOURCE = Path.of("/sys/devices/system/clocksource/clocksource0/current_clocksource");

    /** Why {@link #READ} is null, or null when it is not. */
    static String unavailable;
    /** {@code ()long}: the host's TSC; null when it cannot be read this way (see {@link #unavailable}). */
    static final MethodHandle READ = link();

    private NativeTsc() {}

    /** The host's TSC; only when {@link #READ} is not null. */
    static long read() {
        try {
            return (long) READ.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static MethodHandle link() {
        int jdk = Runtime.version().feature();
        if (jdk < 22) {
            return fail("JDK " + jdk + " has no FFM critical downcalls (JDK 22 or later has)");
        }
        if (!"amd64".equals(System.getProperty("os.arch")) || !"Linux".equals(System.getProperty("os.name"))) {
            return fail("not an x86-64 Linux host");
        }
        String source;
        try {
            source = Files.readString(CLOCKSOURCE, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return fail("cannot read " + CLOCKSOURCE);
        }
        if (!source.equals("tsc")) {
            return fail("the host's clocksource is " + source + ", not tsc");
        }
        if (NativeCalls.unavailable() != null) {
            return fail(NativeCalls.unavailable());
        }
        try {
            return linkStub();
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError) {
                throw (VirtualMachineError) t;
            }
            return fail("linking the stub failed: " + t);
        }
    }

    /** mmap a page, copy the stub in, make it read+exec, and link a critical downcall to it. */
    private static MethodHandle linkStub() throws Throwable {
        MethodHandle mmap = NativeCalls.symbol("mmap", long.class, long.class, long.class, int.class, int.class, int.class, long.class);
        MethodHandle mprotect = NativeCalls.symbol("mprotect", int.class, long.class, long.class, int.class);
        long page = (long) mmap.invokeExact(0L, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0L);
        if (page == -1 || page == 0) {
            throw new IllegalStateException("mmap failed");
        }
        for (int k = 0; k < STUB.length; k++) {
            UnsafeApi.putByte(page + k, STUB[k]);
        }
        if ((int) mprotect.invokeExact(page, PAGE, PROT_READ | PROT_EXEC) != 0) {
            throw new IllegalStateException("mprotect failed");
        }
        MethodHandle read = NativeCalls.address(page, true, long.class);
        long a = (long) read.invokeExact();
        long b = (long) read.invokeExact();
        if (a <= 0 || b < a) {
            throw new IllegalStateException("the TSC read " + a + " then " + b);
        }
        return read;
    }

    private static MethodHandle fail(String why) {
        unavailable = why;
        return null;
    }
}
