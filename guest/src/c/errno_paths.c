/* System-call error paths and their errno values: ENOENT, EEXIST, ENOTDIR, EBADF, EISDIR, ENOTEMPTY, EINVAL, EFAULT... */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "corpus.h"

#define TRY(expr) do { errno = 0; long r_ = (long)(expr); \
    printf("%-48s -> %ld errno %d (%s)\n", #expr, r_, errno, strerror(errno)); } while (0)

int main(void) {
    char dir[] = "/tmp/ring3-errno-XXXXXX";
    if (!mkdtemp(dir)) return 1;
    if (chdir(dir) != 0) return 1;
    char buf[16];
    struct stat st;
    TRY(open("does-not-exist", O_RDONLY));
    TRY(open("f", O_CREAT | O_WRONLY, 0600));
    TRY(open("f", O_CREAT | O_EXCL | O_WRONLY, 0600));
    TRY(open("f/child", O_RDONLY));
    TRY(mkdir("f", 0700));
    TRY(mkdir("d", 0700));
    TRY(open("d", O_WRONLY));
    TRY(close(12345));
    TRY(read(-1, buf, 1));
    TRY(write(999, buf, 1));
    TRY(lseek(0x7fff, 0, SEEK_SET));
    TRY(stat("", &st));
    TRY(stat("d/x/y", &st));
    TRY(rmdir("f"));
    TRY(unlink("d"));
    TRY(rename("nope", "other"));
    TRY(open("d/inner", O_CREAT | O_WRONLY, 0600));
    TRY(rmdir("d"));
    TRY(unlink("d/inner"));
    TRY(rmdir("d"));
    TRY(chdir("f"));
    TRY(read(0x10000, NULL, 0));
    TRY(write(1, OPAQUE((void *)8), 4));
    TRY(dup2(1, -1));
    TRY(fcntl(-1, F_GETFD));
    TRY(lseek(1, 0, 99));
    TRY(unlink("f"));
    TRY(chdir("/"));
    TRY(rmdir(dir));
    errno = ERANGE;
    perror("perror test");
    printf("strerror(EAGAIN)=%s strerror(0)=%s\n", strerror(EAGAIN), strerror(0));
    return 0;
}
