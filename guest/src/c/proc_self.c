/* The process's own /proc files: maps (code, stack, heap, file and shared mappings), stat, statm, status, cmdline, environ, comm (read, prctl, write), auxv, fdinfo, the task directory, and a child's /proc/PID/stat. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <dirent.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/auxv.h>
#include "corpus.h"

static char buf[1 << 16];

static int slurp(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        return -errno;
    }
    int n = 0, r;
    while ((r = read(fd, buf + n, sizeof buf - 1 - n)) > 0) {
        n += r;
    }
    close(fd);
    buf[n] = 0;
    return n;
}

/* The maps line whose range holds addr: its permissions, offset, whether it names `name`. */
static int maps_line(uintptr_t addr, char perms[5], unsigned long *off, char *name, size_t cap) {
    slurp("/proc/self/maps");
    for (char *l = strtok(buf, "\n"); l; l = strtok(NULL, "\n")) {
        unsigned long lo, hi, o;
        char p[5];
        int at = 0;
        if (sscanf(l, "%lx-%lx %4s %lx %*x:%*x %*u %n", &lo, &hi, p, &o, &at) < 4) {
            continue;
        }
        if (addr >= lo && addr < hi) {
            memcpy(perms, p, 5);
            *off = o;
            snprintf(name, cap, "%s", at ? l + at : "");
            return 1;
        }
    }
    return 0;
}

/* Field k (1-based) of /proc/PATH/stat as a number (fields after the command name). */
static long long stat_field(const char *path, int k) {
    slurp(path);
    char *p = strrchr(buf, ')');
    if (!p) {
        return -1;
    }
    if (k == 1) {
        return strtoll(buf, NULL, 10);
    }
    p += 2;
    for (int i = 3; i < k; i++) {
        p = strchr(p, ' ');
        if (!p) {
            return -1;
        }
        p++;
    }
    return *p == 'R' || *p == 'S' || *p == 'Z' ? *p : strtoll(p, NULL, 10);
}

static const char *status_value(const char *key) {
    static char v[256];
    slurp("/proc/self/status");
    size_t kl = strlen(key);
    for (char *l = strtok(buf, "\n"); l; l = strtok(NULL, "\n")) {
        if (strncmp(l, key, kl) == 0 && l[kl] == ':') {
            snprintf(v, sizeof v, "%s", l + kl + 2);
            return v;
        }
    }
    return "(none)";
}

static volatile int stop, named;

static void *spin(void *arg) {
    (void) arg;
    prctl(PR_SET_NAME, "worker");
    named = 1;
    while (!stop) {
        usleep(1000);
    }
    return NULL;
}

static void on_usr1(int s) {
    (void) s;
}

int main(int argc, char **argv) {
    (void) argc;
    setvbuf(stdout, NULL, _IOLBF, 0);
    char perms[5], name[512];
    unsigned long off;
    int local = 0;
    char exe[512];
    ssize_t el = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[el > 0 ? el : 0] = 0;

    /* maps */
    printf("code: found %d", maps_line((uintptr_t) &main, perms, &off, name, sizeof name));
    printf(", perms %s, names the executable %d\n", perms, strcmp(name, exe) == 0);
    printf("stack: found %d", maps_line((uintptr_t) &local, perms, &off, name, sizeof name));
    printf(", perms %s, name %s\n", perms, name);
    char *hb = (char *) syscall(SYS_brk, 0); /* musl's sbrk takes only 0 */
    syscall(SYS_brk, hb + 4096);
    hb[0] = 1;
    printf("heap: found %d", maps_line((uintptr_t) hb, perms, &off, name, sizeof name));
    printf(", perms %s, name %s\n", perms, name);
    int fd = open("/proc/self/exe", O_RDONLY);
    char *m = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE, fd, 4096);
    printf("file mapping: found %d", maps_line((uintptr_t) m, perms, &off, name, sizeof name));
    printf(", perms %s, offset %#lx, names the executable %d\n", perms, off, strcmp(name, exe) == 0);
    close(fd);
    char *s = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    printf("shared anonymous: found %d", maps_line((uintptr_t) s, perms, &off, name, sizeof name));
    printf(", perms %s, name %s\n", perms, name);
    char *a = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("private anonymous: found %d", maps_line((uintptr_t) a, perms, &off, name, sizeof name));
    printf(", perms %s, name \"%s\"\n", perms, name);

    /* stat */
    printf("stat pid is ours %d, state %c, ppid %d, pgrp %d, session %d\n",
           stat_field("/proc/self/stat", 1) == getpid(), (int) stat_field("/proc/self/stat", 3),
           stat_field("/proc/self/stat", 4) == getppid(), stat_field("/proc/self/stat", 5) == getpgrp(),
           stat_field("/proc/self/stat", 6) == getsid(0));
    slurp("/proc/self/stat");
    char comm[64] = "";
    sscanf(buf, "%*d (%63[^)])", comm);
    printf("stat comm matches argv[0]'s name %d, threads %lld, nice %lld\n", strncmp(comm, strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0], 15) == 0, stat_field("/proc/self/stat", 20), stat_field("/proc/self/stat", 19));
    long long sc = stat_field("/proc/self/stat", 26), ec = stat_field("/proc/self/stat", 27);
    printf("startcode <= main < endcode: %d\n", sc <= (long long) (uintptr_t) &main && (long long) (uintptr_t) &main < ec);
    long long as = stat_field("/proc/self/stat", 48), ae = stat_field("/proc/self/stat", 49);
    printf("arg_start is argv[0]: %d, arg_end after the last argument: %d\n", as == (long long) (uintptr_t) argv[0],
           ae == (long long) (uintptr_t) (argv[argc - 1] + strlen(argv[argc - 1]) + 1));
    /* The kernel syncs a thread's RSS counters lazily: a small program may see 0 there. */
    printf("vsize > 0 %d, rss >= 0 %d\n", stat_field("/proc/self/stat", 23) > 0, stat_field("/proc/self/stat", 24) >= 0);
    slurp("/proc/self/statm");
    long sz = 0, rs = 0;
    sscanf(buf, "%ld %ld", &sz, &rs);
    printf("statm: size >= resident >= 0: %d\n", sz >= rs && rs >= 0);

    /* status */
    printf("status Name %s, ", status_value("Name"));
    printf("State %.1s\n", status_value("State"));
    printf("status Pid ours %d, ", atoi(status_value("Pid")) == getpid());
    printf("PPid ours %d, ", atoi(status_value("PPid")) == getppid());
    printf("Tgid ours %d, ", atoi(status_value("Tgid")) == getpid());
    printf("Threads %s\n", status_value("Threads"));
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigaddset(&set, SIGHUP);
    sigprocmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGUSR1, on_usr1);
    /* Only the bits set here: a native run inherits its parent's mask and ignored signals. */
    unsigned long long mine = (1ULL << (SIGUSR2 - 1)) | (1ULL << (SIGHUP - 1)) | (1ULL << (SIGPIPE - 1));
    printf("status SigBlk (ours) %llx\n", strtoull(status_value("SigBlk"), NULL, 16) & mine);
    printf("status SigIgn (ours) %llx\n", strtoull(status_value("SigIgn"), NULL, 16) & mine);
    printf("status SigCgt has SIGUSR1 %d\n", (int) ((strtoull(status_value("SigCgt"), NULL, 16) >> (SIGUSR1 - 1)) & 1));
    raise(SIGUSR2);
    printf("status SigPnd (ours) %llx\n", strtoull(status_value("SigPnd"), NULL, 16) & mine);
    int sig;
    sigwait(&set, &sig);
    printf("status Umask %s\n", status_value("Umask"));

    /* cmdline, environ, comm */
    int n = slurp("/proc/self/cmdline");
    printf("cmdline %d bytes, args:", n);
    for (int i = 0, k = 0; i < n; i += (int) strlen(buf + i) + 1, k++) {
        if (k > 0) {
            printf(" [%s]", buf + i);
        }
    }
    printf("\n");
    n = slurp("/proc/self/environ");
    int has = 0;
    for (int i = 0; i < n; i += (int) strlen(buf + i) + 1) {
        has |= strcmp(buf + i, "PROC_SELF_MARK=42") == 0;
    }
    printf("environ has PROC_SELF_MARK=42: %d\n", has);
    slurp("/proc/self/comm");
    printf("comm [%s]\n", strtok(buf, "\n"));
    prctl(PR_SET_NAME, "renamed");
    slurp("/proc/self/comm");
    printf("comm after prctl [%s]\n", strtok(buf, "\n"));
    fd = open("/proc/self/comm", O_WRONLY);
    printf("write to comm: %zd\n", write(fd, "written", 7));
    close(fd);
    slurp("/proc/self/comm");
    printf("comm after write [%s]\n", strtok(buf, "\n"));
    fd = open("/proc/self/maps", O_WRONLY);
    errno = 0;
    ssize_t w = write(fd, "x", 1);
    printf("write to maps: %zd (errno %d)\n", w, errno);
    close(fd);

    /* auxv */
    n = slurp("/proc/self/auxv");
    unsigned long *aux = (unsigned long *) buf;
    int pagesz = 0, entry = 0, ended = 0;
    for (int i = 0; i + 1 < n / 8; i += 2) {
        pagesz |= aux[i] == AT_PAGESZ && aux[i + 1] == 4096;
        entry |= aux[i] == AT_ENTRY && aux[i + 1] == getauxval(AT_ENTRY);
        ended |= aux[i] == AT_NULL;
    }
    printf("auxv: multiple of 16 %d, AT_PAGESZ 4096 %d, AT_ENTRY as getauxval %d, AT_NULL %d\n", n % 16 == 0, pagesz, entry, ended);

    /* fdinfo */
    fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    lseek(fd, 100, SEEK_SET);
    char p[64];
    snprintf(p, sizeof p, "/proc/self/fdinfo/%d", fd);
    slurp(p);
    long long pos = -1;
    unsigned flags = 0;
    sscanf(buf, "pos: %lld flags: %o", &pos, &flags);
    printf("fdinfo: pos %lld, flags %o, has mnt_id %d, has ino %d\n", pos, flags, strstr(buf, "mnt_id:") != NULL,
           strstr(buf, "\nino:") != NULL);
    close(fd);
    printf("fdinfo of a closed fd: %d\n", slurp(p));

    /* task */
    pthread_t th;
    pthread_create(&th, NULL, spin, NULL);
    while (!named) { /* not a fixed sleep: a loaded machine may not have run the thread yet */
        usleep(1000);
    }
    DIR *d = opendir("/proc/self/task");
    int entries = 0, ours = 0;
    long other = 0;
    for (struct dirent *e; d && (e = readdir(d));) {
        if (e->d_name[0] != '.') {
            entries++;
            ours |= atoi(e->d_name) == getpid();
            if (atoi(e->d_name) != getpid()) {
                other = atol(e->d_name);
            }
        }
    }
    if (d) {
        closedir(d);
    }
    printf("task: %d entries, the main thread among them %d\n", entries, ours);
    snprintf(p, sizeof p, "/proc/self/task/%ld/comm", other);
    slurp(p);
    printf("the thread's comm read through task/TID [%s]\n", strtok(buf, "\n"));
    printf("status Threads with a second thread: %s\n", status_value("Threads"));
    stop = 1;
    pthread_join(th, NULL);

    /* A child's /proc/PID/stat */
    int go[2];
    pipe(go);
    pid_t c = fork();
    if (c == 0) {
        char x;
        read(go[0], &x, 1);
        _exit(0);
    }
    snprintf(p, sizeof p, "/proc/%d/stat", c);
    printf("child stat: pid ok %d, ppid is us %d\n", stat_field(p, 1) == c, stat_field(p, 4) == getpid());
    snprintf(p, sizeof p, "/proc/%d/cmdline", c);
    printf("child cmdline same length %d\n", slurp(p) > 0);
    write(go[1], "x", 1);
    waitpid(c, NULL, 0);
    snprintf(p, sizeof p, "/proc/%d/stat", c);
    printf("reaped child's stat: %d\n", slurp(p));
    return 0;
}
