/* mknod and mknodat: a regular file, a FIFO (carrying data from a child to its parent), a socket inode; EEXIST, ENOENT, ENOTDIR, EINVAL for an unknown type, EBADF; the modes stat reports under umask 022. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include "corpus.h"

static void show(const char *path) {
    struct stat st;
    if (lstat(path, &st) < 0) {
        printf("%s: stat errno %d\n", path, errno);
        return;
    }
    printf("%s: type %s mode %04o size %lld\n", path,
           S_ISREG(st.st_mode) ? "reg" : S_ISFIFO(st.st_mode) ? "fifo" : S_ISSOCK(st.st_mode) ? "sock" : "other",
           st.st_mode & 07777, (long long) st.st_size);
}

int main(void) {
    umask(022);
    char dir[] = "/tmp/ring3-mknod-XXXXXX";
    if (!mkdtemp(dir) || chdir(dir) < 0) {
        perror("mkdtemp");
        return 1;
    }
    printf("mknod(reg, 0666) = %ld\n", raw(SYS_mknod, (long) "reg", S_IFREG | 0666, 0, 0));
    printf("mknod(plain 0640) = %ld\n", raw(SYS_mknod, (long) "plain", 0640, 0, 0));
    printf("mknod(fifo, 0777) = %ld\n", raw(SYS_mknod, (long) "fifo", S_IFIFO | 0777, 0, 0));
    printf("mknod(sock, 0600) = %ld\n", raw(SYS_mknod, (long) "sock", S_IFSOCK | 0600, 0, 0));
    int dfd = open(".", O_RDONLY | O_DIRECTORY);
    printf("mknodat(dirfd, fifo2, 0640) = %ld\n", raw(SYS_mknodat, dfd, (long) "fifo2", S_IFIFO | 0640, 0));
    printf("mkfifo(fifo3) = %d\n", mkfifo("fifo3", 0600));
    show("reg");
    show("plain");
    show("fifo");
    show("sock");
    show("fifo2");
    show("fifo3");
    printf("again: %ld\n", raw(SYS_mknod, (long) "fifo", S_IFIFO | 0600, 0, 0));
    printf("missing dir: %ld\n", raw(SYS_mknod, (long) "nodir/x", S_IFIFO | 0600, 0, 0));
    printf("through a file: %ld\n", raw(SYS_mknod, (long) "reg/x", S_IFREG | 0600, 0, 0));
    printf("unknown type: %ld\n", raw(SYS_mknod, (long) "bad", 0170000 | 0600, 0, 0));
    printf("bad dirfd: %ld\n", raw(SYS_mknodat, 999, (long) "x", S_IFIFO | 0600, 0));

    /* A FIFO carries a child's words to its parent. */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        int w = open("fifo", O_WRONLY);
        const char msg[] = "through the fifo\n";
        write(w, msg, sizeof msg - 1);
        close(w);
        _exit(0);
    }
    int r = open("fifo", O_RDONLY);
    char buf[64];
    ssize_t n, total = 0;
    while ((n = read(r, buf + total, sizeof buf - 1 - total)) > 0) {
        total += n;
    }
    buf[total] = 0;
    int status;
    waitpid(pid, &status, 0);
    printf("read %zd bytes: %s", total, buf);
    printf("child exited %d\n", WEXITSTATUS(status));
    close(r);

    const char *names[] = {"reg", "plain", "fifo", "sock", "fifo2", "fifo3"};
    for (int i = 0; i < 6; i++) {
        unlink(names[i]);
    }
    chdir("/");
    printf("rmdir = %d\n", rmdir(dir));
    return 0;
}
