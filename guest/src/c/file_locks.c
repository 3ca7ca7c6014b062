/* Advisory file locks between processes: fcntl record locks (conflicts, F_GETLK's report of the
   holder, splitting and merging, F_SETLKW waiting for the holder, EDEADLK, dropped by any close of
   the file), open file description locks (which conflict with record locks, survive another fd's
   close, go with the last close), and flock(2) (shared and exclusive, LOCK_NB, conversion). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char path[] = "/tmp/ring3-file-locks-XXXXXX";
static int parent_pid;

static int lk(int fd, int cmd, int type, off_t start, off_t len) {
    struct flock f = {0};
    f.l_type = type;
    f.l_whence = SEEK_SET;
    f.l_start = start;
    f.l_len = len;
    return fcntl(fd, cmd, &f) < 0 ? -errno : 0;
}

static void getlk(const char *what, int fd, int cmd, int type, off_t start, off_t len) {
    struct flock f = {0};
    f.l_type = type;
    f.l_start = start;
    f.l_len = len;
    if (fcntl(fd, cmd, &f) < 0) {
        printf("  %s: %s\n", what, strerror(errno));
        return;
    }
    if (f.l_type == F_UNLCK) {
        printf("  %s: unlocked\n", what);
    } else {
        printf("  %s: %s lock at %ld len %ld by %s\n", what, f.l_type == F_WRLCK ? "write" : "read", (long)f.l_start,
               (long)f.l_len, f.l_pid == parent_pid ? "the parent" : f.l_pid == -1 ? "-1 (OFD)" : "someone else");
    }
}

static const char *res(int r) {
    return r == 0 ? "ok" : strerror(-r);
}

/* Runs fn in a child that reports back through its exit status. */
static int in_child(int (*fn)(void)) {
    pid_t p = fork();
    if (p == 0) {
        _exit(fn());
    }
    int st;
    waitpid(p, &st, 0);
    return WEXITSTATUS(st);
}

static int child_probe(void) {
    int fd = open(path, O_RDWR);
    getlk("child asks for a write lock on 0-99", fd, F_GETLK, F_WRLCK, 0, 100);
    getlk("child asks for a read lock on 10-19", fd, F_GETLK, F_RDLCK, 10, 10);
    getlk("child asks for a read lock on 50-59", fd, F_GETLK, F_RDLCK, 50, 10);
    getlk("child asks for a write lock on 200-", fd, F_GETLK, F_WRLCK, 200, 0);
    printf("  child F_SETLK write 0-9: %s\n", res(lk(fd, F_SETLK, F_WRLCK, 0, 10)));
    printf("  child F_SETLK read 50-59: %s\n", res(lk(fd, F_SETLK, F_RDLCK, 50, 10)));
    printf("  child F_SETLK write 100-109: %s\n", res(lk(fd, F_SETLK, F_WRLCK, 100, 10)));
    fflush(stdout);
    return 0;
}

static int child_ofd_probe(void) {
    int fd = open(path, O_RDWR);
    printf("  child F_SETLK write 0-9 against an OFD lock: %s\n", res(lk(fd, F_SETLK, F_WRLCK, 0, 10)));
    getlk("child F_GETLK", fd, F_GETLK, F_WRLCK, 0, 10);
    fflush(stdout);
    return 0;
}

static int child_flock(void) {
    int fd = open(path, O_RDWR);
    int r1 = flock(fd, LOCK_SH | LOCK_NB) < 0 ? -errno : 0;
    int r2 = flock(fd, LOCK_EX | LOCK_NB) < 0 ? -errno : 0;
    printf("  child LOCK_SH|LOCK_NB: %s, LOCK_EX|LOCK_NB: %s\n", res(r1), res(r2));
    fflush(stdout);
    return 0;
}

int main(void) {
    setvbuf(stdout, 0, _IOLBF, 0);
    parent_pid = getpid();
    int fd = mkstemp(path);
    ftruncate(fd, 4096);

    printf("record locks:\n");
    printf("  write 0-19: %s, read 40-59: %s\n", res(lk(fd, F_SETLK, F_WRLCK, 0, 20)), res(lk(fd, F_SETLK, F_RDLCK, 40, 20)));
    printf("  write 20-29 (merges with 0-19): %s\n", res(lk(fd, F_SETLK, F_WRLCK, 20, 10)));
    printf("  unlock 5-9 (splits it): %s\n", res(lk(fd, F_SETLK, F_UNLCK, 5, 5)));
    getlk("own locks never conflict", fd, F_GETLK, F_WRLCK, 0, 100);
    in_child(child_probe);
    printf("  F_GETLK with F_UNLCK: %s\n", res(lk(fd, F_GETLK, F_UNLCK, 0, 10)));
    printf("  negative start: %s\n", res(lk(fd, F_SETLK, F_WRLCK, -5, 10)));
    printf("  negative length 10-19 as 20,-10: %s\n", res(lk(fd, F_SETLK, F_WRLCK, 20, -10)));

    /* F_SETLKW waits for the holder */
    int pipefd[2];
    pipe(pipefd);
    pid_t p = fork();
    if (p == 0) {
        int cfd = open(path, O_RDWR);
        int r = lk(cfd, F_SETLKW, F_WRLCK, 0, 10);
        char c = r == 0 ? 'y' : 'n';
        write(pipefd[1], &c, 1);
        _exit(0);
    }
    struct timespec t = {0, 200000000};
    nanosleep(&t, 0);
    printf("F_SETLKW: the child waits while the parent holds 0-19\n");
    lk(fd, F_SETLK, F_UNLCK, 0, 0);
    char c = 0;
    read(pipefd[0], &c, 1);
    waitpid(p, 0, 0);
    printf("  after the unlock the child got it: %c\n", c);

    /* any close of the file drops a process's record locks */
    lk(fd, F_SETLK, F_WRLCK, 0, 10);
    int other = open(path, O_RDONLY);
    close(other);
    printf("after closing another fd of the file:\n");
    in_child(child_probe);

    /* EDEADLK: the child holds 100-109 and waits for 0-9, which the parent holds, then the parent asks for 100-109 */
    lk(fd, F_SETLK, F_WRLCK, 0, 10);
    pipe(pipefd);
    p = fork();
    if (p == 0) {
        int cfd = open(path, O_RDWR);
        lk(cfd, F_SETLK, F_WRLCK, 100, 10);
        char go = 'g';
        write(pipefd[1], &go, 1);
        int r = lk(cfd, F_SETLKW, F_WRLCK, 0, 10);
        _exit(r == 0 ? 0 : 1);
    }
    read(pipefd[0], &c, 1);
    struct timespec second = {1, 0}; /* the child is waiting by now, even emulated on a loaded machine */
    nanosleep(&second, 0);
    printf("deadlock: the parent's F_SETLKW on the child's lock: %s\n", res(lk(fd, F_SETLKW, F_WRLCK, 100, 10)));
    lk(fd, F_SETLK, F_UNLCK, 0, 0);
    int st;
    waitpid(p, &st, 0);
    printf("  the child then got its lock: %s\n", WEXITSTATUS(st) == 0 ? "yes" : "no");

    /* OFD locks */
    printf("OFD locks:\n");
    struct flock o = {0};
    o.l_type = F_WRLCK;
    o.l_len = 10;
    o.l_pid = 5;
    printf("  l_pid not 0: %s\n", fcntl(fd, F_OFD_SETLK, &o) < 0 ? strerror(errno) : "ok");
    o.l_pid = 0;
    int ofd = open(path, O_RDWR);
    printf("  F_OFD_SETLK write 0-9: %s\n", fcntl(ofd, F_OFD_SETLK, &o) < 0 ? strerror(errno) : "ok");
    printf("  the same process's record lock on 0-9 conflicts: %s\n", res(lk(fd, F_SETLK, F_WRLCK, 0, 10)));
    getlk("F_GETLK reports it", fd, F_GETLK, F_WRLCK, 0, 10);
    int dupd = dup(ofd);
    close(dupd);
    in_child(child_ofd_probe);
    close(ofd);
    printf("  after its last close: %s\n", res(lk(fd, F_SETLK, F_WRLCK, 0, 10)));
    lk(fd, F_SETLK, F_UNLCK, 0, 0);

    /* flock */
    printf("flock:\n");
    int f2 = open(path, O_RDWR);
    printf("  LOCK_SH: %d\n", flock(fd, LOCK_SH));
    in_child(child_flock);
    printf("  another open file, LOCK_EX|LOCK_NB: %s\n", flock(f2, LOCK_EX | LOCK_NB) < 0 ? strerror(errno) : "ok");
    printf("  flock and record locks do not meet: F_SETLK write: %s\n", res(lk(f2, F_SETLK, F_WRLCK, 0, 0)));
    lk(f2, F_SETLK, F_UNLCK, 0, 0);
    printf("  convert to LOCK_EX: %d\n", flock(fd, LOCK_EX));
    in_child(child_flock);
    printf("  LOCK_UN: %d\n", flock(fd, LOCK_UN));
    in_child(child_flock);
    printf("  bad operation: %s\n", flock(fd, 3) < 0 ? strerror(errno) : "ok");
    unlink(path);
    return 0;
}
