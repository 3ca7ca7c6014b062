package dev.ring3.guest;

/**
 * How a corpus program was built: which toolchain and libc, and so which build directory it lands
 * in and which tool must be installed for it to exist.
 */
public enum Flavour {
    /** {@code gcc -O2 -static} against glibc. */
    GLIBC("glibc", "c", "gcc"),
    /** {@code musl-gcc -O2 -static}. */
    MUSL("musl", "c", "musl-gcc"),
    /** {@code gcc -static-pie}: the self-relocating start-up path. */
    PIE("pie", "c", "gcc"),
    /** {@code gcc -O2}, dynamically linked: the host's ld.so and libc.so.6 loaded by the guest itself. */
    DYN("dyn", "c", "gcc"),
    /** nasm + ld, raw system calls, no libc. */
    ASM("asm", "asm", "nasm");

    private final String dir;
    private final String sourceDir;
    private final String tool;

    Flavour(String dir, String sourceDir, String tool) {
        this.dir = dir;
        this.sourceDir = sourceDir;
        this.tool = tool;
    }

    /** The directory under {@code guest/build} holding the executables. */
    public String dir() {
        return dir;
    }

    /** The directory under {@code guest/src} holding the sources, specs and golden files. */
    public String sourceDir() {
        return sourceDir;
    }

    /** The program that must be on PATH for this flavour to be built. */
    public String tool() {
        return tool;
    }
}
