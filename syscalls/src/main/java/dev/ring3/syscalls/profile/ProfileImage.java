package dev.ring3.syscalls.profile;

import dev.ring3.syscalls.ElfSymbols;
import java.nio.file.Path;

/**
 * A program image as the profile names its addresses: the executable's path, its ELF symbols and
 * the bias it was loaded at (non-zero for a static PIE). Blocks of different images are kept
 * apart even at equal addresses (a shell and the program it execs).
 */
public final class ProfileImage {
    final String path;
    final String name;
    private final ElfSymbols symbols;
    private final long bias;

    ProfileImage(String path, ElfSymbols symbols, long bias) {
        this.path = path;
        Path file = path != null ? Path.of(path).getFileName() : null;
        this.name = file != null ? file.toString() : "?";
        this.symbols = symbols;
        this.bias = bias;
    }

    /** The executable's path, as the process names it. */
    public String path() {
        return path;
    }

    /** {@code symbol+0xoff} for a guest address, or null without a covering symbol. */
    String describe(long addr) {
        return symbols.describe(addr - bias);
    }

    /** The function containing {@code addr}, or its address in hex when no symbol covers it. */
    String function(long addr) {
        String f = symbols.function(addr - bias);
        return f != null ? f : "0x" + Long.toHexString(addr);
    }
}
