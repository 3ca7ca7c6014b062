package dev.ring3.syscalls.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ring3.mmu.AddressSpace;
import dev.ring3.mmu.Prot;
import dev.ring3.syscalls.ArgKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Socket and process arguments against lines strace 6.1 printed on the host for the same bytes
 * (net_errno, net_loopback and the proc_* corpus programs traced natively).
 */
class SocketProcessFormatTest {
    private static final long BASE = 0x10000;
    private final AddressSpace m = AddressSpace.create(AddressSpace.Kind.FLAT);

    SocketProcessFormatTest() {
        m.map(BASE, 0x10000, Prot.READ | Prot.WRITE, "");
    }

    private long put(long at, byte... b) {
        m.write(at, b, 0, b.length);
        return at;
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    private String sockaddr(long a, long len) {
        StringBuilder sb = new StringBuilder();
        SocketFormat.sockaddr(sb, m, a, len);
        return sb.toString();
    }

    @Test
    void sockaddrByFamily() {
        long in = put(BASE, bytes(2, 0, 0x1f, 0x90, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
        assertEquals("{sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr(\"127.0.0.1\")}", sockaddr(in, 16));
        // Shorter than sockaddr_in: the generic form (connect(3, ..., 8) = -1 EINVAL in net_errno).
        put(BASE + 0x100, bytes(2, 0, 0, 0, 127, 0, 0, 1));
        assertEquals("{sa_family=AF_INET, sa_data=\"\\0\\0\\177\\0\\0\\1\"}", sockaddr(BASE + 0x100, 8));
        byte[] in6 = new byte[28];
        in6[0] = 10;
        in6[23] = 1;
        put(BASE + 0x200, in6);
        assertEquals("{sa_family=AF_INET6, sin6_port=htons(0), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\","
                + " &sin6_addr), sin6_scope_id=0}", sockaddr(BASE + 0x200, 28));
        byte[] un = new byte[110];
        un[0] = 1;
        byte[] path = "/tmp/sock".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(path, 0, un, 2, path.length);
        put(BASE + 0x300, un);
        assertEquals("{sa_family=AF_UNIX, sun_path=\"/tmp/sock\"}", sockaddr(BASE + 0x300, 110));
        assertEquals("{sa_family=AF_UNIX}", sockaddr(BASE + 0x300, 2));
        byte[] abs = new byte[19];
        abs[0] = 1;
        byte[] name = "ring3-test-30724".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, abs, 3, name.length);
        put(BASE + 0x400, abs);
        assertEquals("{sa_family=AF_UNIX, sun_path=@\"ring3-test-30724\"}", sockaddr(BASE + 0x400, 19));
        assertEquals("NULL", sockaddr(0, 16));
    }

    @Test
    void ipv6AsInetNtopWritesIt() {
        String[][] cases = {
            {"20010db8000000000000000000000001", "2001:db8::1"},
            {"00000000000000000000000000000000", "::"},
            {"00000000000000000000ffff0a000001", "::ffff:10.0.0.1"},
            {"00010000000000020000000000000003", "1:0:0:2::3"},
            {"fe800000000000000000000000000000", "fe80::"},
            {"00010002000300040005000600070008", "1:2:3:4:5:6:7:8"},
        };
        for (String[] c : cases) {
            byte[] b = new byte[16];
            for (int i = 0; i < 16; i++) {
                b[i] = (byte) Integer.parseInt(c[0].substring(2 * i, 2 * i + 2), 16);
            }
            StringBuilder sb = new StringBuilder();
            SocketFormat.inet6(sb, b, 0);
            assertEquals(c[1], sb.toString(), c[0]);
        }
    }

    @Test
    void socketConstantsLikeStrace() {
        StringBuilder sb = new StringBuilder();
        SocketFormat.type(sb, 1 | 0x4000000);
        assertEquals("SOCK_STREAM|0x4000000 /* SOCK_??? */", sb.toString());
        sb.setLength(0);
        SocketFormat.type(sb, 1 | 04000 | 02000000);
        assertEquals("SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK", sb.toString());
        sb.setLength(0);
        SocketNames.FAMILY.value(sb, 0x3039);
        assertEquals("0x3039 /* AF_??? */", sb.toString());
        sb.setLength(0);
        SocketFormat.option(sb, 1, 0x270f);
        assertEquals("0x270f /* SO_??? */", sb.toString());
        sb.setLength(0);
        put(BASE, bytes(111, 0, 0, 0));
        SocketFormat.optionValue(sb, m, 1, 4, BASE, 4);
        assertEquals("[ECONNREFUSED]", sb.toString());
        sb.setLength(0);
        SocketFormat.optionValue(sb, m, 1, 2, BASE, 2);
        assertEquals("0x10000", sb.toString(), "a length other than an int's prints the address");
    }

    private Call call(String name, String kinds, long... args) {
        Call c = new Call();
        c.mem = m;
        c.name = name;
        c.kinds = ArgKind.parse(kinds);
        c.limit = 32;
        System.arraycopy(args, 0, c.a, 0, args.length);
        for (int i = 0; i < c.argCount(); i++) {
            ArgFormat.save(c, i);
        }
        return c;
    }

    private static String arg(Call c, int i) {
        StringBuilder sb = new StringBuilder();
        ArgFormat.format(sb, c, i);
        return sb.toString();
    }

    @Test
    void socklenShowsWhatChanged() {
        m.write32(BASE, 128);
        Call c = call("getsockname", "fd,sockaddr_out,socklen_inout", 3, BASE + 0x100, BASE);
        put(BASE + 0x100, bytes(1, 0));
        m.write32(BASE, 2);
        assertEquals("{sa_family=AF_UNIX}", arg(c, 1));
        assertEquals("[128 => 2]", arg(c, 2));
        c.result = -107;
        c.failed = true;
        assertEquals("[128]", arg(c, 2), "a failed call shows the length passed in");
        assertEquals("0x10100", arg(c, 1));
    }

    @Test
    void msghdrLikeStrace() {
        long iov = put(BASE + 0x200, "hello".getBytes(StandardCharsets.US_ASCII));
        long vec = BASE + 0x300;
        m.write64(vec, iov);
        m.write64(vec + 8, 3);
        m.write64(vec + 16, iov + 3);
        m.write64(vec + 24, 2);
        long msg = BASE + 0x400;
        m.write64(msg + 16, vec);
        m.write64(msg + 24, 2);
        Call c = call("sendmsg", "fd,msghdr_in,msg_flags", 5, msg, 0);
        assertEquals("{msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"hel\", iov_len=3}, {iov_base=\"lo\","
                + " iov_len=2}], msg_iovlen=2, msg_controllen=0, msg_flags=0}", arg(c, 1));
        assertEquals("0", arg(c, 2));
    }

    @Test
    void cloneAndWaitLikeStrace() {
        Call c = call("clone", "clone_args,hidden,hidden,hidden,hidden", 0x1200011, 0, 0, 0x21f76650, 0);
        c.result = 2103;
        assertEquals("child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD,"
                + " child_tidptr=0x21f76650", arg(c, 0));
        m.write32(BASE, 4995);
        c = call("clone", "clone_args,hidden,hidden,hidden,hidden", 0x3d0f00, 0x7000, BASE, 0x8000, 0x9000);
        c.result = 4995;
        assertEquals("child_stack=0x7000, flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|"
                + "CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, parent_tid=[4995], tls=0x9000,"
                + " child_tidptr=0x8000", arg(c, 0));
        StringBuilder sb = new StringBuilder();
        ProcessFormat.status(sb, 5 << 8);
        ProcessFormat.status(sb.append(' '), 15);
        ProcessFormat.status(sb.append(' '), 0x86);
        ProcessFormat.status(sb.append(' '), 0x137f);
        assertEquals("[{WIFEXITED(s) && WEXITSTATUS(s) == 5}] [{WIFSIGNALED(s) && WTERMSIG(s) == SIGTERM}]"
                + " [{WIFSIGNALED(s) && WTERMSIG(s) == SIGABRT && WCOREDUMP(s)}] [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}]",
                sb.toString());
        long clone3 = BASE + 0x500;
        m.write64(clone3, 0x4100);
        m.write64(clone3 + 32, 17);
        m.write64(clone3 + 40, 0x7f00);
        m.write64(clone3 + 48, 0x9000);
        c = call("clone3", "clone3_args,size", clone3, 88);
        assertEquals("{flags=CLONE_VM|CLONE_VFORK, exit_signal=SIGCHLD, stack=0x7f00, stack_size=0x9000}", arg(c, 0));
    }

    @Test
    void execveArgvAndEnvp() {
        long s1 = put(BASE, "./prog\0".getBytes(StandardCharsets.US_ASCII));
        long s2 = put(BASE + 0x10, "two words\0".getBytes(StandardCharsets.US_ASCII));
        long argv = BASE + 0x100;
        m.write64(argv, s1);
        m.write64(argv + 8, s2);
        long envp = BASE + 0x200;
        m.write64(envp, s2);
        Call c = call("execve", "path,argv,envp", s1, argv, envp);
        assertEquals("[\"./prog\", \"two words\"]", arg(c, 1));
        assertEquals("0x10200 /* 1 var */", arg(c, 2));
    }

    @Test
    void childSignalInfo() {
        StringBuilder sb = new StringBuilder();
        SignalInfo.format(sb, 17, 1, 5, 2103, 0);
        assertEquals("{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=2103, si_uid=0, si_status=5, si_utime=0,"
                + " si_stime=0}", sb.toString());
        sb.setLength(0);
        SignalInfo.format(sb, 17, 2, 15, 9785, 0);
        assertEquals("{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=9785, si_uid=0, si_status=SIGTERM, si_utime=0,"
                + " si_stime=0}", sb.toString());
    }

    @Test
    void sleepShowsTheTimeLeftOnlyWhenInterrupted() {
        m.write64(BASE, 1);
        m.write64(BASE + 8, 500);
        Call c = call("clock_nanosleep", "clockid,timer_flags,timespec_in,sleep_remain", 0, 0, BASE, BASE);
        assertEquals("0x10000", arg(c, 3), "clock_nanosleep(CLOCK_REALTIME, 0, {...}, 0x7ffd...) = 0");
        c.result = -4;
        c.failed = true;
        assertEquals("{tv_sec=1, tv_nsec=500}", arg(c, 3));
    }
}
