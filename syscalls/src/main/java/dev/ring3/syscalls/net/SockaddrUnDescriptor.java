package dev.ring3.syscalls.net;

import dev.ring3.syscalls.Errno;
import dev.ring3.syscalls.ErrnoException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * struct sockaddr_un (unix(7)): u16 sun_family, char sun_path[108]: 110 bytes. A path starting with
 * a NUL byte names the abstract namespace, which the JDK lacks: ring3 maps each abstract name to a
 * socket file in a private directory (the name hex-encoded, so the mapping reverses), which makes
 * abstract sockets work between guests of one JVM but not with native processes (docs/quirks.md).
 */
public final class SockaddrUnDescriptor {
    public static final int SIZE = 110;
    public static final int PATH_OFFSET = 2;
    private static final String ABSTRACT_DIR = "ring3-abstract-" + System.getProperty("user.name", "user");

    private SockaddrUnDescriptor() {}

    /** The address of {@code len} bytes (more than 2, at most 110: the caller checked). */
    public static UnixDomainSocketAddress decode(byte[] raw, int len) {
        if (raw[PATH_OFFSET] == 0) {
            byte[] name = new byte[len - PATH_OFFSET - 1];
            System.arraycopy(raw, PATH_OFFSET + 1, name, 0, name.length);
            return UnixDomainSocketAddress.of(abstractDirectory().resolve("@" + HexFormat.of().formatHex(name)));
        }
        int end = PATH_OFFSET;
        while (end < len && raw[end] != 0) {
            end++;
        }
        return UnixDomainSocketAddress.of(new String(raw, PATH_OFFSET, end - PATH_OFFSET, StandardCharsets.UTF_8));
    }

    /** The guest's bytes for {@code a}: family only when unnamed, the path with its NUL, or an abstract name. */
    public static byte[] encode(UnixDomainSocketAddress a) {
        String path = a == null ? "" : a.getPath().toString();
        if (path.isEmpty()) {
            return new byte[] {(byte) SocketConstants.AF_UNIX, 0};
        }
        Path p = a.getPath();
        byte[] name;
        boolean isAbstract = p.getParent() != null && p.getParent().equals(abstractDirectory())
                && p.getFileName().toString().startsWith("@");
        if (isAbstract) {
            byte[] n = HexFormat.of().parseHex(p.getFileName().toString().substring(1));
            name = new byte[n.length + 1];
            System.arraycopy(n, 0, name, 1, n.length); // leading NUL, no trailing one
        } else {
            byte[] n = path.getBytes(StandardCharsets.UTF_8);
            name = new byte[n.length + 1]; // the kernel reports the terminating NUL in the length
            System.arraycopy(n, 0, name, 0, n.length);
        }
        byte[] b = new byte[PATH_OFFSET + Math.min(name.length, SIZE - PATH_OFFSET)];
        b[0] = (byte) SocketConstants.AF_UNIX;
        System.arraycopy(name, 0, b, PATH_OFFSET, b.length - PATH_OFFSET);
        return b;
    }

    /** Where abstract names live (created on first use, private to the user). */
    static Path abstractDirectory() {
        Path d = Path.of(System.getProperty("java.io.tmpdir"), ABSTRACT_DIR);
        if (!Files.isDirectory(d)) {
            try {
                Files.createDirectories(d);
                d.toFile().setReadable(false, false);
                d.toFile().setReadable(true, true);
                d.toFile().setWritable(false, false);
                d.toFile().setWritable(true, true);
            } catch (IOException e) {
                throw ErrnoException.of(Errno.ENOMEM);
            }
        }
        return d;
    }
}
