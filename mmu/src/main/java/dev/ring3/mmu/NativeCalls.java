package dev.ring3.mmu;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Downcalls to host functions through the JDK's foreign function API, for ring3's few calls to
 * the host's C library (mmap and friends: {@link HostMmap}; the TSC stub: {@code NativeTsc}). All
 * parameters and results are {@code long} or {@code int} (pointers as {@code long}), so no memory
 * segments are involved.
 *
 * <p>ring3 compiles for JDK 17, so the API is reached reflectively: {@code java.lang.foreign} on
 * JDK 22 and later, and JDK 17's incubating {@code jdk.incubator.foreign} when the JVM was started
 * with it ({@code --add-modules jdk.incubator.foreign}: the test build adds it, the launcher does
 * not, since the JVM then prints a warning on the guest's stderr). Both need native access granted
 * ({@code --enable-native-access=ALL-UNNAMED}, or the jar's manifest on JDK 22+). Linking the first
 * handle costs about 0.1 s of CPU on JDK 25, so only code that needs a call links one.
 */
public final class NativeCalls {
    private static final Linker LINKER;
    /** Why no call can be linked, or null. */
    private static final String UNAVAILABLE;

    static {
        Linker l = null;
        String why = null;
        try {
            int jdk = Runtime.version().feature();
            if (!"amd64".equals(System.getProperty("os.arch")) || !"Linux".equals(System.getProperty("os.name"))) {
                why = "not an x86-64 Linux host";
            } else if (jdk >= 22) {
                l = finalApi();
            } else if (jdk == 17 && ModuleLayer.boot().findModule("jdk.incubator.foreign").isPresent()) {
                l = incubatorApi();
            } else {
                why = "JDK " + jdk + " without jdk.incubator.foreign (JDK 17) or java.lang.foreign (JDK 22+)";
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            why = "the foreign function API failed: " + e;
        }
        LINKER = l;
        UNAVAILABLE = why;
    }

    private NativeCalls() {}

    /** Why {@link #symbol} cannot link anything here, or null when it can. */
    public static String unavailable() {
        return UNAVAILABLE;
    }

    /** A handle on the C library's {@code name} with Java signature {@code (args) -> ret}. */
    public static MethodHandle symbol(String name, Class<?> ret, Class<?>... args) throws Throwable {
        if (LINKER == null) {
            throw new IllegalStateException(UNAVAILABLE);
        }
        return LINKER.link(name, 0, false, ret, args);
    }

    /**
     * A handle on the machine code at {@code address}; {@code critical}: without the thread-state
     * transition (JDK 22+ only, for a few instructions that never block).
     */
    public static MethodHandle address(long address, boolean critical, Class<?> ret, Class<?>... args) throws Throwable {
        if (LINKER == null) {
            throw new IllegalStateException(UNAVAILABLE);
        }
        return LINKER.link(null, address, critical, ret, args);
    }

    @FunctionalInterface
    private interface Linker {
        /** A downcall to symbol {@code name}, or to {@code address} when name is null. */
        MethodHandle link(String name, long address, boolean critical, Class<?> ret, Class<?>... args) throws Throwable;
    }

    // JDK 22+: Linker.nativeLinker().downcallHandle(MemorySegment, FunctionDescriptor, Linker.Option...).
    private static Linker finalApi() throws ReflectiveOperationException {
        Class<?> linkerC = Class.forName("java.lang.foreign.Linker");
        Class<?> optionC = Class.forName("java.lang.foreign.Linker$Option");
        Class<?> layoutC = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> valueC = Class.forName("java.lang.foreign.ValueLayout");
        Class<?> descC = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> segC = Class.forName("java.lang.foreign.MemorySegment");
        Class<?> lookupC = Class.forName("java.lang.foreign.SymbolLookup");
        if (!(Boolean) Module.class.getMethod("isNativeAccessEnabled").invoke(NativeCalls.class.getModule())) {
            throw new IllegalStateException("native access is not enabled (--enable-native-access=ALL-UNNAMED)");
        }
        Object linker = linkerC.getMethod("nativeLinker").invoke(null);
        Object lookup = linkerC.getMethod("defaultLookup").invoke(linker);
        Method find = lookupC.getMethod("find", String.class);
        Method of = descC.getMethod("of", layoutC, layoutC.arrayType());
        Method ofVoid = descC.getMethod("ofVoid", layoutC.arrayType());
        Method downcall = linkerC.getMethod("downcallHandle", segC, descC, optionC.arrayType());
        Method ofAddress = segC.getMethod("ofAddress", long.class);
        Method criticalOption = optionC.getMethod("critical", boolean.class);
        Object j = valueC.getField("JAVA_LONG").get(null);
        Object i = valueC.getField("JAVA_INT").get(null);
        return (name, address, critical, ret, args) -> {
            Object target = name != null ? symbol(find, lookup, name) : ofAddress.invoke(null, address);
            Object params = layouts(layoutC, j, i, args);
            Object desc = ret == void.class ? ofVoid.invoke(null, params) : of.invoke(null, ret == long.class ? j : i, params);
            Object options = Array.newInstance(optionC, critical ? 1 : 0);
            if (critical) {
                Array.set(options, 0, criticalOption.invoke(null, false));
            }
            return (MethodHandle) downcall.invoke(linker, target, desc, options);
        };
    }

    // JDK 17: CLinker.getInstance().downcallHandle(Addressable, MethodType, FunctionDescriptor).
    private static Linker incubatorApi() throws ReflectiveOperationException {
        Class<?> linkerC = Class.forName("jdk.incubator.foreign.CLinker");
        Class<?> layoutC = Class.forName("jdk.incubator.foreign.MemoryLayout");
        Class<?> descC = Class.forName("jdk.incubator.foreign.FunctionDescriptor");
        Class<?> addressableC = Class.forName("jdk.incubator.foreign.Addressable");
        Class<?> lookupC = Class.forName("jdk.incubator.foreign.SymbolLookup");
        Object linker = linkerC.getMethod("getInstance").invoke(null);
        Object lookup = linkerC.getMethod("systemLookup").invoke(null);
        Method find = lookupC.getMethod("lookup", String.class);
        Method of = descC.getMethod("of", layoutC, layoutC.arrayType());
        Method ofVoid = descC.getMethod("ofVoid", layoutC.arrayType());
        Method downcall = linkerC.getMethod("downcallHandle", addressableC, MethodType.class, descC);
        Object j = linkerC.getField("C_LONG").get(null);
        Object i = linkerC.getField("C_INT").get(null);
        return (name, address, critical, ret, args) -> {
            if (name == null || critical) {
                throw new UnsupportedOperationException("JDK 17 links named functions only, without the critical option");
            }
            Object params = layouts(layoutC, j, i, args);
            Object desc = ret == void.class ? ofVoid.invoke(null, params) : of.invoke(null, ret == long.class ? j : i, params);
            return (MethodHandle) downcall.invoke(linker, symbol(find, lookup, name), MethodType.methodType(ret, args), desc);
        };
    }

    private static Object symbol(Method find, Object lookup, String name) throws ReflectiveOperationException {
        Optional<?> s = (Optional<?>) find.invoke(lookup, name);
        return s.orElseThrow(() -> new IllegalStateException("no symbol " + name));
    }

    /** The layouts for parameters of the Java types {@code args} (long or int). */
    private static Object layouts(Class<?> layoutC, Object j, Object i, Class<?>... args) {
        Object a = Array.newInstance(layoutC, args.length);
        for (int k = 0; k < args.length; k++) {
            Array.set(a, k, args[k] == long.class ? j : i);
        }
        return a;
    }
}
