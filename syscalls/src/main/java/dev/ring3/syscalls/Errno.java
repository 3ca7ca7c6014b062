package dev.ring3.syscalls;

/**
 * Linux x86-64 errno values, with their names and glibc's strerror texts (generated from the host's
 * strerrorname_np/strerror), so handlers return {@code -Errno.ENOENT} and Java I/O exceptions, whose
 * reason is the host's strerror text, map back to the number.
 */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENXIO = 6;
    public static final int E2BIG = 7;
    public static final int ENOEXEC = 8;
    public static final int EBADF = 9;
    public static final int ECHILD = 10;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int ENOTBLK = 15;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENODEV = 19;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENFILE = 23;
    public static final int EMFILE = 24;
    public static final int ENOTTY = 25;
    public static final int ETXTBSY = 26;
    public static final int EFBIG = 27;
    public static final int ENOSPC = 28;
    public static final int ESPIPE = 29;
    public static final int EROFS = 30;
    public static final int EMLINK = 31;
    public static final int EPIPE = 32;
    public static final int EDOM = 33;
    public static final int ERANGE = 34;
    public static final int EDEADLK = 35;
    public static final int ENAMETOOLONG = 36;
    public static final int ENOLCK = 37;
    public static final int ENOSYS = 38;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
    public static final int ENOMSG = 42;
    public static final int EIDRM = 43;
    public static final int ECHRNG = 44;
    public static final int EL2NSYNC = 45;
    public static final int EL3HLT = 46;
    public static final int EL3RST = 47;
    public static final int ELNRNG = 48;
    public static final int EUNATCH = 49;
    public static final int ENOCSI = 50;
    public static final int EL2HLT = 51;
    public static final int EBADE = 52;
    public static final int EBADR = 53;
    public static final int EXFULL = 54;
    public static final int ENOANO = 55;
    public static final int EBADRQC = 56;
    public static final int EBADSLT = 57;
    public static final int EBFONT = 59;
    public static final int ENOSTR = 60;
    public static final int ENODATA = 61;
    public static final int ETIME = 62;
    public static final int ENOSR = 63;
    public static final int ENONET = 64;
    public static final int ENOPKG = 65;
    public static final int EREMOTE = 66;
    public static final int ENOLINK = 67;
    public static final int EADV = 68;
    public static final int ESRMNT = 69;
    public static final int ECOMM = 70;
    public static final int EPROTO = 71;
    public static final int EMULTIHOP = 72;
    public static final int EDOTDOT = 73;
    public static final int EBADMSG = 74;
    public static final int EOVERFLOW = 75;
    public static final int ENOTUNIQ = 76;
    public static final int EBADFD = 77;
    public static final int EREMCHG = 78;
    public static final int ELIBACC = 79;
    public static final int ELIBBAD = 80;
    public static final int ELIBSCN = 81;
    public static final int ELIBMAX = 82;
    public static final int ELIBEXEC = 83;
    public static final int EILSEQ = 84;
    public static final int ERESTART = 85;
    public static final int ESTRPIPE = 86;
    public static final int EUSERS = 87;
    public static final int ENOTSOCK = 88;
    public static final int EDESTADDRREQ = 89;
    public static final int EMSGSIZE = 90;
    public static final int EPROTOTYPE = 91;
    public static final int ENOPROTOOPT = 92;
    public static final int EPROTONOSUPPORT = 93;
    public static final int ESOCKTNOSUPPORT = 94;
    public static final int EOPNOTSUPP = 95;
    public static final int EPFNOSUPPORT = 96;
    public static final int EAFNOSUPPORT = 97;
    public static final int EADDRINUSE = 98;
    public static final int EADDRNOTAVAIL = 99;
    public static final int ENETDOWN = 100;
    public static final int ENETUNREACH = 101;
    public static final int ENETRESET = 102;
    public static final int ECONNABORTED = 103;
    public static final int ECONNRESET = 104;
    public static final int ENOBUFS = 105;
    public static final int EISCONN = 106;
    public static final int ENOTCONN = 107;
    public static final int ESHUTDOWN = 108;
    public static final int ETOOMANYREFS = 109;
    public static final int ETIMEDOUT = 110;
    public static final int ECONNREFUSED = 111;
    public static final int EHOSTDOWN = 112;
    public static final int EHOSTUNREACH = 113;
    public static final int EALREADY = 114;
    public static final int EINPROGRESS = 115;
    public static final int ESTALE = 116;
    public static final int EUCLEAN = 117;
    public static final int ENOTNAM = 118;
    public static final int ENAVAIL = 119;
    public static final int EISNAM = 120;
    public static final int EREMOTEIO = 121;
    public static final int EDQUOT = 122;
    public static final int ENOMEDIUM = 123;
    public static final int EMEDIUMTYPE = 124;
    public static final int ECANCELED = 125;
    public static final int ENOKEY = 126;
    public static final int EKEYEXPIRED = 127;
    public static final int EKEYREVOKED = 128;
    public static final int EKEYREJECTED = 129;
    public static final int EOWNERDEAD = 130;
    public static final int ENOTRECOVERABLE = 131;
    public static final int ERFKILL = 132;
    public static final int EHWPOISON = 133;
    /** Linux defines these as aliases. */
    public static final int EWOULDBLOCK = EAGAIN;
    public static final int EDEADLOCK = EDEADLK;
    public static final int ENOTSUP = EOPNOTSUPP;

    /** Highest errno Linux x86-64 defines. */
    public static final int MAX = 133;
    /**
     * Kernel-internal codes (include/linux/errno.h) that never reach the guest: a blocking call cut
     * short by a signal, restarted or turned into EINTR on the way out. A tracer sees them.
     */
    public static final int ERESTARTSYS = 512, ERESTARTNOHAND = 514;

    private static final String[] NAMES = new String[MAX + 1];
    private static final String[] MESSAGES = new String[MAX + 1];

    static {
        def(EPERM, "EPERM", "Operation not permitted");
        def(ENOENT, "ENOENT", "No such file or directory");
        def(ESRCH, "ESRCH", "No such process");
        def(EINTR, "EINTR", "Interrupted system call");
        def(EIO, "EIO", "Input/output error");
        def(ENXIO, "ENXIO", "No such device or address");
        def(E2BIG, "E2BIG", "Argument list too long");
        def(ENOEXEC, "ENOEXEC", "Exec format error");
        def(EBADF, "EBADF", "Bad file descriptor");
        def(ECHILD, "ECHILD", "No child processes");
        def(EAGAIN, "EAGAIN", "Resource temporarily unavailable");
        def(ENOMEM, "ENOMEM", "Cannot allocate memory");
        def(EACCES, "EACCES", "Permission denied");
        def(EFAULT, "EFAULT", "Bad address");
        def(ENOTBLK, "ENOTBLK", "Block device required");
        def(EBUSY, "EBUSY", "Device or resource busy");
        def(EEXIST, "EEXIST", "File exists");
        def(EXDEV, "EXDEV", "Invalid cross-device link");
        def(ENODEV, "ENODEV", "No such device");
        def(ENOTDIR, "ENOTDIR", "Not a directory");
        def(EISDIR, "EISDIR", "Is a directory");
        def(EINVAL, "EINVAL", "Invalid argument");
        def(ENFILE, "ENFILE", "Too many open files in system");
        def(EMFILE, "EMFILE", "Too many open files");
        def(ENOTTY, "ENOTTY", "Inappropriate ioctl for device");
        def(ETXTBSY, "ETXTBSY", "Text file busy");
        def(EFBIG, "EFBIG", "File too large");
        def(ENOSPC, "ENOSPC", "No space left on device");
        def(ESPIPE, "ESPIPE", "Illegal seek");
        def(EROFS, "EROFS", "Read-only file system");
        def(EMLINK, "EMLINK", "Too many links");
        def(EPIPE, "EPIPE", "Broken pipe");
        def(EDOM, "EDOM", "Numerical argument out of domain");
        def(ERANGE, "ERANGE", "Numerical result out of range");
        def(EDEADLK, "EDEADLK", "Resource deadlock avoided");
        def(ENAMETOOLONG, "ENAMETOOLONG", "File name too long");
        def(ENOLCK, "ENOLCK", "No locks available");
        def(ENOSYS, "ENOSYS", "Function not implemented");
        def(ENOTEMPTY, "ENOTEMPTY", "Directory not empty");
        def(ELOOP, "ELOOP", "Too many levels of symbolic links");
        def(ENOMSG, "ENOMSG", "No message of desired type");
        def(EIDRM, "EIDRM", "Identifier removed");
        def(ECHRNG, "ECHRNG", "Channel number out of range");
        def(EL2NSYNC, "EL2NSYNC", "Level 2 not synchronized");
        def(EL3HLT, "EL3HLT", "Level 3 halted");
        def(EL3RST, "EL3RST", "Level 3 reset");
        def(ELNRNG, "ELNRNG", "Link number out of range");
        def(EUNATCH, "EUNATCH", "Protocol driver not attached");
        def(ENOCSI, "ENOCSI", "No CSI structure available");
        def(EL2HLT, "EL2HLT", "Level 2 halted");
        def(EBADE, "EBADE", "Invalid exchange");
        def(EBADR, "EBADR", "Invalid request descriptor");
        def(EXFULL, "EXFULL", "Exchange full");
        def(ENOANO, "ENOANO", "No anode");
        def(EBADRQC, "EBADRQC", "Invalid request code");
        def(EBADSLT, "EBADSLT", "Invalid slot");
        def(EBFONT, "EBFONT", "Bad font file format");
        def(ENOSTR, "ENOSTR", "Device not a stream");
        def(ENODATA, "ENODATA", "No data available");
        def(ETIME, "ETIME", "Timer expired");
        def(ENOSR, "ENOSR", "Out of streams resources");
        def(ENONET, "ENONET", "Machine is not on the network");
        def(ENOPKG, "ENOPKG", "Package not installed");
        def(EREMOTE, "EREMOTE", "Object is remote");
        def(ENOLINK, "ENOLINK", "Link has been severed");
        def(EADV, "EADV", "Advertise error");
        def(ESRMNT, "ESRMNT", "Srmount error");
        def(ECOMM, "ECOMM", "Communication error on send");
        def(EPROTO, "EPROTO", "Protocol error");
        def(EMULTIHOP, "EMULTIHOP", "Multihop attempted");
        def(EDOTDOT, "EDOTDOT", "RFS specific error");
        def(EBADMSG, "EBADMSG", "Bad message");
        def(EOVERFLOW, "EOVERFLOW", "Value too large for defined data type");
        def(ENOTUNIQ, "ENOTUNIQ", "Name not unique on network");
        def(EBADFD, "EBADFD", "File descriptor in bad state");
        def(EREMCHG, "EREMCHG", "Remote address changed");
        def(ELIBACC, "ELIBACC", "Can not access a needed shared library");
        def(ELIBBAD, "ELIBBAD", "Accessing a corrupted shared library");
        def(ELIBSCN, "ELIBSCN", ".lib section in a.out corrupted");
        def(ELIBMAX, "ELIBMAX", "Attempting to link in too many shared libraries");
        def(ELIBEXEC, "ELIBEXEC", "Cannot exec a shared library directly");
        def(EILSEQ, "EILSEQ", "Invalid or incomplete multibyte or wide character");
        def(ERESTART, "ERESTART", "Interrupted system call should be restarted");
        def(ESTRPIPE, "ESTRPIPE", "Streams pipe error");
        def(EUSERS, "EUSERS", "Too many users");
        def(ENOTSOCK, "ENOTSOCK", "Socket operation on non-socket");
        def(EDESTADDRREQ, "EDESTADDRREQ", "Destination address required");
        def(EMSGSIZE, "EMSGSIZE", "Message too long");
        def(EPROTOTYPE, "EPROTOTYPE", "Protocol wrong type for socket");
        def(ENOPROTOOPT, "ENOPROTOOPT", "Protocol not available");
        def(EPROTONOSUPPORT, "EPROTONOSUPPORT", "Protocol not supported");
        def(ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT", "Socket type not supported");
        def(EOPNOTSUPP, "EOPNOTSUPP", "Operation not supported");
        def(EPFNOSUPPORT, "EPFNOSUPPORT", "Protocol family not supported");
        def(EAFNOSUPPORT, "EAFNOSUPPORT", "Address family not supported by protocol");
        def(EADDRINUSE, "EADDRINUSE", "Address already in use");
        def(EADDRNOTAVAIL, "EADDRNOTAVAIL", "Cannot assign requested address");
        def(ENETDOWN, "ENETDOWN", "Network is down");
        def(ENETUNREACH, "ENETUNREACH", "Network is unreachable");
        def(ENETRESET, "ENETRESET", "Network dropped connection on reset");
        def(ECONNABORTED, "ECONNABORTED", "Software caused connection abort");
        def(ECONNRESET, "ECONNRESET", "Connection reset by peer");
        def(ENOBUFS, "ENOBUFS", "No buffer space available");
        def(EISCONN, "EISCONN", "Transport endpoint is already connected");
        def(ENOTCONN, "ENOTCONN", "Transport endpoint is not connected");
        def(ESHUTDOWN, "ESHUTDOWN", "Cannot send after transport endpoint shutdown");
        def(ETOOMANYREFS, "ETOOMANYREFS", "Too many references: cannot splice");
        def(ETIMEDOUT, "ETIMEDOUT", "Connection timed out");
        def(ECONNREFUSED, "ECONNREFUSED", "Connection refused");
        def(EHOSTDOWN, "EHOSTDOWN", "Host is down");
        def(EHOSTUNREACH, "EHOSTUNREACH", "No route to host");
        def(EALREADY, "EALREADY", "Operation already in progress");
        def(EINPROGRESS, "EINPROGRESS", "Operation now in progress");
        def(ESTALE, "ESTALE", "Stale file handle");
        def(EUCLEAN, "EUCLEAN", "Structure needs cleaning");
        def(ENOTNAM, "ENOTNAM", "Not a XENIX named type file");
        def(ENAVAIL, "ENAVAIL", "No XENIX semaphores available");
        def(EISNAM, "EISNAM", "Is a named type file");
        def(EREMOTEIO, "EREMOTEIO", "Remote I/O error");
        def(EDQUOT, "EDQUOT", "Disk quota exceeded");
        def(ENOMEDIUM, "ENOMEDIUM", "No medium found");
        def(EMEDIUMTYPE, "EMEDIUMTYPE", "Wrong medium type");
        def(ECANCELED, "ECANCELED", "Operation canceled");
        def(ENOKEY, "ENOKEY", "Required key not available");
        def(EKEYEXPIRED, "EKEYEXPIRED", "Key has expired");
        def(EKEYREVOKED, "EKEYREVOKED", "Key has been revoked");
        def(EKEYREJECTED, "EKEYREJECTED", "Key was rejected by service");
        def(EOWNERDEAD, "EOWNERDEAD", "Owner died");
        def(ENOTRECOVERABLE, "ENOTRECOVERABLE", "State not recoverable");
        def(ERFKILL, "ERFKILL", "Operation not possible due to RF-kill");
        def(EHWPOISON, "EHWPOISON", "Memory page has hardware error");
    }

    private Errno() {}

    private static void def(int number, String name, String message) {
        NAMES[number] = name;
        MESSAGES[number] = message;
    }

    /** "ENOENT" for 2; "E" + the number for values Linux does not define. */
    public static String name(int errno) {
        int e = Math.abs(errno);
        if (e == ERESTARTSYS || e == ERESTARTNOHAND) {
            return e == ERESTARTSYS ? "ERESTARTSYS" : "ERESTARTNOHAND";
        }
        return e <= MAX && NAMES[e] != null ? NAMES[e] : "E" + e;
    }

    /** "No such file or directory" for 2, as glibc's strerror says it. */
    public static String message(int errno) {
        int e = Math.abs(errno);
        if (e == ERESTARTSYS || e == ERESTARTNOHAND) {
            return e == ERESTARTSYS ? "To be restarted if SA_RESTART is set" : "To be restarted if no handler";
        }
        return e <= MAX && MESSAGES[e] != null ? MESSAGES[e] : "Unknown error " + e;
    }
}
